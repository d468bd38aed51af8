package io.feedgym.agents.ppo;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.config.ConfigTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The hyperparameter table in docs/agents/ppo.md is the one generated from {@link PpoConfig#defaults()}. */
class PpoDocsTest {

  @Test
  void documentedDefaultsAreTheConfigDefaults() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "agents", "ppo.md"));
    assertThat(docs).contains(ConfigTable.markdown(PpoConfig.defaults()));
  }
}
