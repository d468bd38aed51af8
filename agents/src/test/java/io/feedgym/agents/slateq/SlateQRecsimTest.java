package io.feedgym.agents.slateq;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.agents.AgentContract;
import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.env.recsim.InterestEvolution;
import io.feedgym.env.recsim.InterestEvolutionConfig;
import io.feedgym.env.recsim.InterestEvolutionObservation;
import io.feedgym.env.recsim.InterestEvolutionObservationSpace;
import io.feedgym.env.recsim.LongTermSatisfaction;
import io.feedgym.env.recsim.LongTermSatisfactionConfig;
import io.feedgym.env.recsim.LongTermSatisfactionObservation;
import io.feedgym.env.recsim.LongTermSatisfactionObservationSpace;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Agent;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The agent contract for SlateQ on the RecSim ports, and the registry building it for them. */
class SlateQRecsimTest {

  @Nested
  class OnInterestEvolution extends AgentContract<InterestEvolutionObservation, int[]> {
    @Override
    protected Environment<InterestEvolutionObservation, int[]> newEnvironment() {
      return new InterestEvolution(InterestEvolutionConfig.defaults());
    }

    @Override
    protected Agent<InterestEvolutionObservation, int[]> newAgent(Environment<InterestEvolutionObservation, int[]> env,
        long seed) {
      var encoder = new InterestEvolutionEncoder((InterestEvolutionObservationSpace) env.observationSpace(),
          InterestEvolutionConfig.defaults());
      return new SlateQ<>(SlateQTest.SMALL, encoder, encoder, ((InterestEvolution) env).actionSpace(), seed, 10_000);
    }
  }

  /** The dueling head with Q-learning targets and prioritized replay, on the partially observed port. */
  @Nested
  class OnLongTermSatisfaction extends AgentContract<LongTermSatisfactionObservation, int[]> {
    @Override
    protected Environment<LongTermSatisfactionObservation, int[]> newEnvironment() {
      return new LongTermSatisfaction(LongTermSatisfactionConfig.defaults());
    }

    @Override
    protected Agent<LongTermSatisfactionObservation, int[]> newAgent(
        Environment<LongTermSatisfactionObservation, int[]> env, long seed) {
      var encoder = new LongTermSatisfactionEncoder((LongTermSatisfactionObservationSpace) env.observationSpace());
      return new SlateQ<>(SlateQTest.SMALL.withHead(SlateQConfig.Head.DUELING)
          .withTarget(SlateQConfig.Target.Q_LEARNING).withReplay(SlateQConfig.Sampling.PRIORITIZED), encoder, encoder,
          ((LongTermSatisfaction) env).actionSpace(), seed, 10_000);
    }
  }

  @Test
  void registryBuildsSlateQForBothPorts() {
    for (String id : new String[] {"recsim-interest-evolution-v0", "recsim-long-term-satisfaction-v0"}) {
      assertThat(Agents.make("slateq", Envs.make(id, Map.of("num_candidates", "6", "slate_size", "3")), Map.of(), 1,
          100)).as(id).isInstanceOf(SlateQ.class);
    }
  }
}
