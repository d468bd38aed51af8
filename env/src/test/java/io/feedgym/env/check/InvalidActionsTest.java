package io.feedgym.env.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.spaces.Box;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.MultiDiscrete;
import io.feedgym.env.spaces.Slate;
import io.feedgym.env.spaces.Space;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class InvalidActionsTest {

  @SuppressWarnings("unchecked")
  private static <T> T outside(Space<T> space) {
    T action = (T) InvalidActions.outside(space).orElseThrow();
    assertThat(space.contains(action)).isFalse();
    return action;
  }

  @Test
  void discreteAndMultiDiscreteUseTheFirstValueTooLarge() {
    assertThat(outside(new Discrete(3))).isEqualTo(3);
    assertThat(outside(new MultiDiscrete(2, 3))).containsExactly(2, 0);
  }

  @Test
  void slatesRepeatAnIndexOrGoOutOfRange() {
    assertThat(outside(new Slate(3, 5))).containsExactly(0, 1, 0);
    assertThat(outside(new Slate(1, 5))).containsExactly(5);
  }

  @Test
  void boxesStepOverTheFirstBound() {
    assertThat(outside(new Box(new double[] {-1, 0}, new double[] {1, 2}))).containsExactly(2, 0);
    assertThat(outside(new Box(new double[] {0}, new double[] {Double.POSITIVE_INFINITY}))).containsExactly(-1);
    assertThat(outside(new Box(new double[] {-4}, new double[] {-3}))).containsExactly(0);
    double[] unbounded = outside(Box.uniform(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1));
    assertThat(unbounded[0]).isNaN();
    assertThat(outside(new Box(new double[] {-Double.MAX_VALUE}, new double[] {Double.MAX_VALUE}))[0]).isInfinite();
  }

  @Test
  void unknownSpacesGiveNothing() {
    Space<String> custom = new Space<>() {
      @Override
      public boolean contains(String value) {
        return true;
      }

      @Override
      public String sample(RandomGenerator random) {
        return "";
      }
    };
    assertThat(InvalidActions.outside(custom)).isEmpty();
  }
}
