/** Seeded random streams whose position can be saved with a checkpoint and restored on resume. */
package io.feedgym.random;
