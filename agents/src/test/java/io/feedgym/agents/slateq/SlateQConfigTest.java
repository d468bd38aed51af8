package io.feedgym.agents.slateq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.config.ConfigBinder;
import io.feedgym.config.ConfigTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation of {@link SlateQConfig} and the defaults table in docs/agents/slateq.md. */
class SlateQConfigTest {

  private static SlateQConfig bind(String key, String value) {
    return ConfigBinder.bind(SlateQConfig.defaults(), Map.of(key, value));
  }

  @Test
  void invalidValuesFailNamingTheParameterAndItsRange() {
    assertThatThrownBy(() -> bind("n_steps", "0")).hasMessage("n_steps must be >= 1, found 0");
    assertThatThrownBy(() -> bind("tau", "0")).hasMessage("tau must be in (0.0, 1.0], found 0.0");
    assertThatThrownBy(() -> bind("learning_rate", "2")).hasMessage("learning_rate must be in (0.0, 1.0], found 2.0");
    assertThatThrownBy(() -> bind("end_e", "-0.1")).hasMessage("end_e must be in [0.0, 1.0], found -0.1");
    assertThatThrownBy(() -> bind("tower_size", "0")).hasMessage("tower_size must be >= 1, found 0");
    assertThatThrownBy(() -> bind("hidden_sizes", "64,0"))
        .hasMessage("hidden_sizes must be one or more positive widths, found [64, 0]");
    assertThatThrownBy(() -> bind("batch_size", "100000"))
        .hasMessage("batch_size must be at most buffer_size=50000, found 100000");
    assertThatThrownBy(() -> bind("slate_selection", "optimal"))
        .hasMessage("key 'slate_selection' must be one of top_k, greedy, found 'optimal'");
    assertThatThrownBy(() -> bind("head", "twin"))
        .hasMessage("key 'head' must be one of plain, dueling, found 'twin'");
  }

  @Test
  void enumKeysAcceptTheCliSpelling() {
    assertThat(bind("slate_selection", "top-k").slateSelection()).isEqualTo(SlateSelection.TOP_K);
    assertThat(bind("target", "q-learning").target()).isEqualTo(SlateQConfig.Target.Q_LEARNING);
    assertThat(bind("head", "dueling").head()).isEqualTo(SlateQConfig.Head.DUELING);
    assertThat(bind("network", "deepfm").network()).isEqualTo(SlateQConfig.ItemNetwork.DEEPFM);
  }

  @Test
  void blockNetworksHaveOnlyThePlainHead() {
    assertThatThrownBy(() -> ConfigBinder.bind(SlateQConfig.defaults(), Map.of("network", "afm", "head", "dueling")))
        .hasMessage("head=dueling needs network=drn, found network=afm");
  }

  @Test
  void documentedDefaultsAreTheConfigDefaults() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "agents", "slateq.md"));
    assertThat(docs).contains(ConfigTable.markdown(SlateQConfig.defaults()));
  }
}
