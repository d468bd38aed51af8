package io.feedgym.policies.recsim;

import io.feedgym.env.Environment;
import io.feedgym.env.recsim.InterestEvolutionObservationSpace;
import io.feedgym.env.recsim.LongTermSatisfactionObservationSpace;
import io.feedgym.env.spaces.Slate;
import io.feedgym.policies.Policy;

/** Builds the myopic baseline matching a RecSim environment, recognised by its observation space. */
public final class RecsimMyopic {
  private RecsimMyopic() {}

  /**
   * The myopic policy for {@code env} (possibly wrapped); an environment that is not a RecSim port is an
   * {@link IllegalArgumentException} naming its spaces.
   */
  public static Policy<?, int[]> forEnvironment(Environment<?, ?> env) {
    if (env.actionSpace() instanceof Slate slate) {
      if (env.observationSpace() instanceof InterestEvolutionObservationSpace) {
        return new InterestEvolutionMyopic(slate.k());
      }
      if (env.observationSpace() instanceof LongTermSatisfactionObservationSpace) {
        return new LongTermSatisfactionMyopic(slate.k());
      }
    }
    throw new IllegalArgumentException("the myopic policy supports only the RecSim environments "
        + "(recsim-interest-evolution-v0, recsim-long-term-satisfaction-v0); " + env + " has observation space "
        + env.observationSpace() + " and action space " + env.actionSpace());
  }
}
