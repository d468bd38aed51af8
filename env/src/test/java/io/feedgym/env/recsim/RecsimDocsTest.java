package io.feedgym.env.recsim;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.config.ConfigTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The configuration tables in docs/envs/recsim.md are the ones generated from the config records' defaults. */
class RecsimDocsTest {

  @Test
  void documentedDefaultsAreTheConfigDefaults() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "envs", "recsim.md"));
    assertThat(docs).contains(ConfigTable.markdown(InterestEvolutionConfig.defaults()));
    assertThat(docs).contains(ConfigTable.markdown(LongTermSatisfactionConfig.defaults()));
  }
}
