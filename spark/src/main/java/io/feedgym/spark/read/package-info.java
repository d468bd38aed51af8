/**
 * Logged-session files read by Spark and validated by the offline module's own parser and assembler
 * ({@link io.feedgym.offline.read.SessionStream}) where the rows lie: rows numbered per file, grouped and sorted by
 * session, counts and first errors merged as a sequential read would report them.
 */
package io.feedgym.spark.read;
