package io.feedgym.agents.dqn;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.config.ConfigTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The hyperparameter table in docs/agents/dqn.md is the one generated from {@link DqnConfig#defaults()}. */
class DqnDocsTest {

  @Test
  void documentedDefaultsAreTheConfigDefaults() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "agents", "dqn.md"));
    assertThat(docs).contains(ConfigTable.markdown(DqnConfig.defaults()));
  }
}
