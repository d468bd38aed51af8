package io.feedgym.env.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SpaceTest {
  private static final class Anything implements Space<Object> {
    @Override
    public boolean contains(Object value) {
      return true;
    }

    @Override
    public Object sample(RandomGenerator random) {
      return random.nextInt();
    }
  }

  @Test
  void defaultDescriptionShowsArraysByContent() {
    Space<Object> space = new Anything();
    assertThat(space.describe(new int[] {1, 2})).isEqualTo("[1, 2]");
    assertThat(space.describe(new double[][] {{0.5}, {1.5}})).isEqualTo("[[0.5], [1.5]]");
    assertThat(space.describe("page 3")).isEqualTo("page 3");
    assertThat(space.describe(null)).isEqualTo("null");
  }
}
