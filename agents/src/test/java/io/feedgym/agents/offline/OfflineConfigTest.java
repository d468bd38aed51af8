package io.feedgym.agents.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.agents.Agents;
import io.feedgym.config.ConfigTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation of {@link OfflineConfig}, its CLI keys and the defaults table in docs/offline/training.md. */
class OfflineConfigTest {

  @Test
  void outOfRangeValuesNameTheParameterAndItsRange() {
    assertThatThrownBy(() -> OfflineConfig.defaults().withBatchSize(0))
        .hasMessage("batch_size must be >= 1, found 0");
    assertThatThrownBy(() -> OfflineConfig.defaults().withCqlAlpha(-1))
        .hasMessage("cql_alpha must be a finite number >= 0, found -1.0");
    assertThatThrownBy(() -> OfflineConfig.defaults().withBcqThreshold(Double.NaN))
        .hasMessageStartingWith("bcq_threshold must be in [0.0, 1.0]");
    assertThatThrownBy(() -> Agents.config("offline-dqn", Map.of("tau", "0"))).hasMessageContaining("tau must be in (0, 1]");
  }

  @Test
  void theCliKeysReachTheRecord() {
    OfflineConfig config = (OfflineConfig) Agents.config("offline-cql",
        Map.of("network", "deepfm", "cql_alpha", "0.5", "slate_selection", "top-k", "n_steps", "3"));
    assertThat(config.network().name()).isEqualTo("DEEPFM");
    assertThat(config.cqlAlpha()).isEqualTo(0.5);
    assertThat(config.nSteps()).isEqualTo(3);
  }

  @Test
  void theDocsShowTheDefaults() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "offline", "training.md"));
    assertThat(docs).contains(ConfigTable.markdown(OfflineConfig.defaults()));
  }
}
