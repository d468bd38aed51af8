package io.feedgym.policies;

import io.feedgym.env.spaces.Space;
import java.util.SplittableRandom;

/** Samples a uniformly random action from the action space; seeded. */
public final class RandomPolicy<O, A> implements Policy<O, A> {
  private final Space<A> actionSpace;
  private final SplittableRandom random;

  public RandomPolicy(Space<A> actionSpace, long seed) {
    this.actionSpace = actionSpace;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public A act(O observation) {
    return actionSpace.sample(random);
  }
}
