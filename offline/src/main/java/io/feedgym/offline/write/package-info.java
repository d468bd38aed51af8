/**
 * Writers of logged sessions: CSV and JSON Lines streamed straight to the file, Parquet through DuckDB's
 * {@code COPY} from a temporary CSV ({@link io.feedgym.offline.write.LogWriter}).
 */
package io.feedgym.offline.write;
