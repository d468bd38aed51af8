package io.feedgym.policies;

import io.feedgym.env.MaskedObservation;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.Slate;
import io.feedgym.env.spaces.Space;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Samples a uniformly random action from the action space, among the available candidates when the
 * observation is a {@link MaskedObservation} and the space is a {@link Slate} or {@link Discrete}; seeded.
 */
public final class RandomPolicy<O, A> implements Policy<O, A> {
  private final Space<A> actionSpace;
  private final SplittableRandom random;

  public RandomPolicy(Space<A> actionSpace, long seed) {
    this.actionSpace = actionSpace;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public A act(O observation) {
    return sample(actionSpace, observation, random);
  }

  /**
   * A uniformly random action of {@code space} for {@code observation}: among the available candidates of a
   * {@link MaskedObservation} when the space is a {@link Slate} or {@link Discrete}, else over the whole space.
   */
  @SuppressWarnings("unchecked") // the space decides the action type: a Slate samples int[], a Discrete Integer
  public static <O, A> A sample(Space<A> space, O observation, RandomGenerator random) {
    if (observation instanceof MaskedObservation masked) {
      if (space instanceof Slate slate) {
        return (A) slate.sample(random, masked.mask());
      }
      if (space instanceof Discrete discrete) {
        return (A) Integer.valueOf(discrete.sample(random, masked.mask()));
      }
    }
    return space.sample(random);
  }
}
