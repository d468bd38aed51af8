package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.config.ConfigTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The configuration table in docs/envs/feed-cohorts.md is the one generated from the config record's defaults. */
class CohortDocsTest {

  @Test
  void documentedDefaultsAreTheConfigDefaults() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "envs", "feed-cohorts.md"));
    assertThat(docs).contains(ConfigTable.markdown(FeedCohortsConfig.defaults()));
  }
}
