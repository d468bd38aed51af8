package io.feedgym.offline.convert;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.offline.read.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shard reader's errors on inputs that are not transition shards (round trips are tested in module spark). */
class TransitionShardReaderTest {
  @TempDir
  Path dir;

  private final TransitionShardReader reader = new TransitionShardReader(ReadOptions.defaults());

  @Test
  void aMissingDirectoryOrOneWithoutShardsIsNamed() throws Exception {
    assertThatThrownBy(() -> reader.read(dir.resolve("none"), e -> { })).isInstanceOf(IOException.class)
        .hasMessage(dir.resolve("none") + ": no such directory of transition shards");
    Files.writeString(dir.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> reader.read(dir, e -> { })).isInstanceOf(IOException.class)
        .hasMessage(dir + ": holds no .parquet shard");
  }

  @Test
  void aParquetFileWithoutTheShardColumnsNamesTheFirstMissingOne() throws Exception {
    Path file = dir.resolve("part-0.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("COPY (SELECT 1::BIGINT AS session_id, 0 AS page, 3 AS num_candidates) TO '" + file + "' (FORMAT parquet)");
    }
    assertThatThrownBy(() -> reader.read(dir, e -> { })).isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + ": shard column 'num_item_features' is missing");
  }
}
