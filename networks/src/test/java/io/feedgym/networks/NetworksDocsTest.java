package io.feedgym.networks;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.config.ConfigBinder;
import io.feedgym.config.ConfigTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/networks.md shows the defaults of {@link NetworkConfig#defaults()}, and its keys bind as documented. */
class NetworksDocsTest {

  @Test
  void documentedDefaultsAreTheConfigDefaults() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "networks.md"));
    assertThat(docs).contains(ConfigTable.markdown(NetworkConfig.defaults()));
  }

  @Test
  void setKeysSelectABlock() {
    NetworkConfig config = ConfigBinder.bind(NetworkConfig.defaults(),
        Map.of("network", "deepfm", "embedding_dim", "16", "sequence_encoder", "self_attention"));

    assertThat(config.network()).isEqualTo(Network.DEEPFM);
    assertThat(config.embeddingDim()).isEqualTo(16);
    assertThat(config.hiddenSizes()).containsExactly(64, 32);
  }
}
