/** File input and output shared by all modules: atomic writes. */
package io.feedgym.io;
