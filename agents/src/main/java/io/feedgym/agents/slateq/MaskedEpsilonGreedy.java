package io.feedgym.agents.slateq;

import io.feedgym.env.spaces.Slate;
import io.feedgym.policies.exploration.LinearSchedule;
import io.feedgym.random.SplitMix;
import java.util.function.Supplier;

/**
 * ε-greedy exploration over slates that respects the availability mask: with probability ε(t), from a
 * {@link LinearSchedule}, a slate of k distinct available candidates drawn uniformly without replacement,
 * else the greedy slate. Each call advances t. Not thread-safe.
 */
final class MaskedEpsilonGreedy {
  private final LinearSchedule epsilon;
  private final Slate slates;
  private SplitMix random;
  private long step;

  MaskedEpsilonGreedy(LinearSchedule epsilon, Slate slates, long seed) {
    this.epsilon = epsilon;
    this.slates = slates;
    this.random = new SplitMix(seed);
  }

  /** The slate at the current step; {@code greedy} is only called when exploiting. */
  int[] select(boolean[] mask, Supplier<int[]> greedy) {
    double eps = epsilon.valueAt(step++);
    return random.nextDouble() < eps ? slates.sample(random, mask) : greedy.get();
  }

  long step() {
    return step;
  }

  /** The position of the random stream, saved with checkpoints. */
  SplitMix.State randomState() {
    return random.state();
  }

  /** Continues from schedule step {@code value} (>= 0) and the random stream {@code state}, when resuming. */
  void restore(long value, SplitMix.State state) {
    if (value < 0) {
      throw new IllegalArgumentException("exploration step must be >= 0, found " + value);
    }
    step = value;
    random = SplitMix.restore(state);
  }
}
