package io.feedgym.policies.recsim;

import io.feedgym.env.Environment;
import io.feedgym.env.recsim.InterestEvolutionObservationSpace;
import io.feedgym.env.recsim.LongTermSatisfactionObservationSpace;
import io.feedgym.env.spaces.Slate;
import io.feedgym.policies.Policy;
import java.util.Optional;

/** Builds the myopic baseline matching a RecSim environment, recognised by its observation space. */
public final class RecsimMyopic {
  private RecsimMyopic() {}

  /** The myopic policy for {@code env} (possibly wrapped), or empty when it is not a RecSim port. */
  public static Optional<Policy<?, int[]>> find(Environment<?, ?> env) {
    if (env.actionSpace() instanceof Slate slate) {
      if (env.observationSpace() instanceof InterestEvolutionObservationSpace) {
        return Optional.of(new InterestEvolutionMyopic(slate.k()));
      }
      if (env.observationSpace() instanceof LongTermSatisfactionObservationSpace) {
        return Optional.of(new LongTermSatisfactionMyopic(slate.k()));
      }
    }
    return Optional.empty();
  }
}
