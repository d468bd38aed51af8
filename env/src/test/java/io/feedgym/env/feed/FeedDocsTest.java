package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.config.ConfigTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The configuration table in docs/envs/feed.md is the one generated from the config record's defaults. */
class FeedDocsTest {

  @Test
  void documentedDefaultsAreTheConfigDefaults() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "envs", "feed.md"));
    assertThat(docs).contains(ConfigTable.markdown(FeedConfig.defaults()));
    for (String name : FeedObservation.SCORING_FEATURE_NAMES) {
      assertThat(docs).contains("| `" + name + "` |");
    }
  }
}
