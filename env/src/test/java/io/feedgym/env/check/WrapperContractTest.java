package io.feedgym.env.check;

import io.feedgym.env.Environment;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.spaces.Box;
import io.feedgym.env.wrappers.RecordEpisodeStatistics;
import io.feedgym.env.wrappers.TimeLimit;
import io.feedgym.env.wrappers.TransformObservation;
import io.feedgym.env.wrappers.TransformReward;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CartPole in every combination of the shipped wrappers (each subset, applied inside-out in the order
 * TransformObservation, TransformReward, TimeLimit, RecordEpisodeStatistics) passes every check.
 */
class WrapperContractTest {
  private static final List<String> WRAPPERS =
      List.of("TransformObservation", "TransformReward", "TimeLimit", "RecordEpisodeStatistics");
  private static final Box CART_POLE_SPACE = (Box) new CartPole().observationSpace();
  /** CartPole's box with one more dimension fixed at 1. */
  private static final Box BIASED_SPACE =
      new Box(withBias(CART_POLE_SPACE.low()), withBias(CART_POLE_SPACE.high()));

  @TestFactory
  Stream<DynamicTest> cartPoleInEveryWrapperCombinationPasses() {
    return IntStream.range(0, 1 << WRAPPERS.size()).boxed()
        .flatMap(subset -> EnvironmentContract.dynamicTests(name(subset), () -> wrap(subset)));
  }

  private static String name(int subset) {
    List<String> names = new ArrayList<>(List.of("CartPole"));
    for (int i = 0; i < WRAPPERS.size(); i++) {
      if ((subset & (1 << i)) != 0) {
        names.add(WRAPPERS.get(i));
      }
    }
    return String.join("+", names);
  }

  private static Environment<?, ?> wrap(int subset) {
    Environment<double[], Integer> env = new CartPole();
    if ((subset & 1) != 0) {
      env = new TransformObservation<>(env, WrapperContractTest::withBias, BIASED_SPACE);
    }
    if ((subset & 2) != 0) {
      env = new TransformReward<>(env, r -> 0.5 * r - 0.1);
    }
    if ((subset & 4) != 0) {
      env = new TimeLimit<>(env, 50);
    }
    if ((subset & 8) != 0) {
      env = new RecordEpisodeStatistics<>(env);
    }
    return env;
  }

  /** Appends a constant bias feature 1.0. */
  private static double[] withBias(double[] values) {
    double[] out = Arrays.copyOf(values, values.length + 1);
    out[values.length] = 1.0;
    return out;
  }
}
