package io.feedgym.agents.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.dqn.TdLoss;
import io.feedgym.networks.Network;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

class BlockQNetworkTest {
  private static final int INPUTS = 3;
  private static final int ACTIONS = 4;

  private static QNetwork network(Network block, long seed) {
    return BlockQNetwork.builder(block).build(INPUTS, List.of(8), ACTIONS, new TdLoss(TdLoss.Kind.MSE), 0.01, seed);
  }

  @Test
  void aBatchScoresEachStateAsAloneAndArgmaxPicksTheLargest() {
    QNetwork q = network(Network.DCN, 3);
    float[] s1 = {0.5f, -1f, 2f};
    float[] s2 = {-0.3f, 0.7f, 0.1f};
    float[] batch = q.output(Nd4j.create(new float[] {0.5f, -1f, 2f, -0.3f, 0.7f, 0.1f}, new long[] {2, INPUTS}, 'c'));
    float[] one = q.output(Nd4j.create(s1, new long[] {1, INPUTS}, 'c'));
    float[] two = q.output(Nd4j.create(s2, new long[] {1, INPUTS}, 'c'));
    assertThat(batch).hasSize(2 * ACTIONS);
    for (int a = 0; a < ACTIONS; a++) {
      assertThat(batch[a]).isCloseTo(one[a], within(1e-6f));
      assertThat(batch[ACTIONS + a]).isCloseTo(two[a], within(1e-6f));
    }
    assertThat(one).doesNotHaveDuplicates();
    int best = 0;
    for (int a = 1; a < ACTIONS; a++) {
      best = one[a] > one[best] ? a : best;
    }
    assertThat(q.argmax(s1)).isEqualTo(best);
  }

  @Test
  void blendCopySaveAndRestoreKeepTheParameters(@TempDir Path dir) throws IOException {
    QNetwork a = network(Network.FM, 1);
    QNetwork b = network(Network.FM, 2);
    QNetwork copy = a.copy();
    a.blend(b, 0.0);
    assertThat(a.params()).isEqualTo(b.params());
    assertThat(copy.params()).isNotEqualTo(b.params());
    Path file = dir.resolve("q.zip");
    try (var out = Files.newOutputStream(file)) {
      a.save(out, true);
    }
    assertThat(copy.restore(file).params()).isEqualTo(b.params());
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    network(Network.DCN, 1).save(other, true);
    Files.write(file, other.toByteArray());
    assertThatThrownBy(() -> a.restore(file)).isInstanceOf(IOException.class).hasMessageContaining(file.toString());
  }
}
