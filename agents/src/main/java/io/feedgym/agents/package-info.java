/** Learning agents on DL4J and their registry. */
package io.feedgym.agents;
