/**
 * Streaming readers of logged sessions over an embedded DuckDB: CSV, JSON Lines, Parquet or a user's SQL
 * query ({@link io.feedgym.offline.read.LogSource}), validated row by row and grouped into pages and sessions
 * on the fly by {@link io.feedgym.offline.read.LogReader}.
 */
package io.feedgym.offline.read;
