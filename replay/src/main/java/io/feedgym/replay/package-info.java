/** Experience replay: transitions and the buffers agents sample them from; free of DL4J. */
package io.feedgym.replay;
