package io.feedgym.env.vector;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.Environment;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.wrappers.TimeLimit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SyncThreadedEquivalenceTest {
  private static final int NUM_ENVS = 6;
  private static final int STEPS = 3000;
  private static final Supplier<Environment<double[], Integer>> CART_POLE = () -> new TimeLimit<>(new CartPole(), 200);

  @Test
  void threadedGivesExactlyTheSyncResultsOnCartPole() {
    try (var sync = SyncVectorEnv.fromSuppliers(Collections.nCopies(NUM_ENVS, CART_POLE));
        var threaded = new ThreadedVectorEnv<>(Stream.generate(CART_POLE).limit(NUM_ENVS).toList(), 3)) {
      VectorReset<double[]> a = sync.reset(42);
      VectorReset<double[]> b = threaded.reset(42);
      for (int i = 0; i < NUM_ENVS; i++) {
        assertThat(b.observations().get(i)).containsExactly(a.observations().get(i));
      }
      SplittableRandom random = new SplittableRandom(1);
      int episodesEnded = 0;
      for (int t = 0; t < STEPS; t++) {
        List<Integer> actions = new ArrayList<>();
        for (int i = 0; i < NUM_ENVS; i++) {
          actions.add(random.nextInt(2));
        }
        VectorStep<double[]> x = sync.step(actions);
        VectorStep<double[]> y = threaded.step(actions);
        assertSame(x, y, t);
        for (int i = 0; i < NUM_ENVS; i++) {
          episodesEnded += x.done(i) ? 1 : 0;
        }
      }
      // Random CartPole episodes last ~20 steps, so thousands of autoresets were compared.
      assertThat(episodesEnded).isGreaterThan(STEPS * NUM_ENVS / 100);
    }
  }

  private static void assertSame(VectorStep<double[]> x, VectorStep<double[]> y, int t) {
    assertThat(y.rewards()).as("rewards at step %s", t).containsExactly(x.rewards());
    assertThat(y.terminated()).as("terminated at step %s", t).containsExactly(x.terminated());
    assertThat(y.truncated()).as("truncated at step %s", t).containsExactly(x.truncated());
    for (int i = 0; i < x.size(); i++) {
      assertThat(y.observations().get(i)).as("observation %s at step %s", i, t).containsExactly(x.observations().get(i));
      assertThat(y.infos().get(i).keySet()).isEqualTo(x.infos().get(i).keySet());
      if (x.done(i)) {
        assertThat((double[]) y.infos().get(i).get(VectorEnv.FINAL_OBSERVATION))
            .containsExactly((double[]) x.infos().get(i).get(VectorEnv.FINAL_OBSERVATION));
      }
    }
  }

  @Test
  void syncVectorEnvMatchesSteppingTheEnvsByHand() {
    List<Environment<double[], Integer>> manual = List.of(CART_POLE.get(), CART_POLE.get());
    try (var vec = SyncVectorEnv.fromSuppliers(List.of(CART_POLE, CART_POLE))) {
      VectorReset<double[]> reset = vec.reset(7);
      for (int i = 0; i < 2; i++) {
        assertThat(reset.observations().get(i)).containsExactly(manual.get(i).reset(7 + i).observation());
      }
      boolean[] needsReset = new boolean[2];
      SplittableRandom random = new SplittableRandom(2);
      for (int t = 0; t < 500; t++) {
        List<Integer> actions = List.of(random.nextInt(2), random.nextInt(2));
        VectorStep<double[]> step = vec.step(actions);
        for (int i = 0; i < 2; i++) {
          if (needsReset[i]) {
            assertThat(step.observations().get(i)).containsExactly(manual.get(i).reset().observation());
            assertThat(step.reward(i)).isZero();
            needsReset[i] = false;
          } else {
            var expected = manual.get(i).step(actions.get(i));
            assertThat(step.observations().get(i)).containsExactly(expected.observation());
            assertThat(step.reward(i)).isEqualTo(expected.reward());
            assertThat(step.terminated(i)).isEqualTo(expected.terminated());
            assertThat(step.truncated(i)).isEqualTo(expected.truncated());
            needsReset[i] = expected.done();
          }
        }
      }
    }
  }
}
