package io.feedgym.policies.recsim;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.recsim.InterestEvolution;
import io.feedgym.env.recsim.InterestEvolutionConfig;
import io.feedgym.env.recsim.InterestEvolutionObservation;
import io.feedgym.env.recsim.LongTermSatisfaction;
import io.feedgym.env.recsim.LongTermSatisfactionConfig;
import io.feedgym.env.recsim.LongTermSatisfactionObservation;
import org.junit.jupiter.api.Test;

class RecsimMyopicTest {

  @Test
  void interestEvolutionPicksTheMostInterestingClustersTiesByLowerIndex() {
    double[] interests = {0.1, 0.9, -0.5, 0.9};
    int[] clusters = {0, 2, 3, 1, 1, 0};
    var observation = new InterestEvolutionObservation(interests, clusters);
    // scores 0.1, -0.5, 0.9, 0.9, 0.9, 0.1
    assertThat(new InterestEvolutionMyopic(2).act(observation)).containsExactly(2, 3);
    assertThat(new InterestEvolutionMyopic(4).act(observation)).containsExactly(2, 3, 4, 0);
  }

  @Test
  void longTermSatisfactionPicksTheHighestClickbait() {
    var observation = new LongTermSatisfactionObservation(new double[] {0.2, 0.7, 0.1, 0.7, 0.9}, 0.0);
    assertThat(new LongTermSatisfactionMyopic(3).act(observation)).containsExactly(4, 1, 3);
  }

  @Test
  void findMatchesTheRecsimPortAndNothingElse() {
    assertThat(RecsimMyopic.find(new InterestEvolution(InterestEvolutionConfig.defaults())))
        .containsInstanceOf(InterestEvolutionMyopic.class);
    assertThat(RecsimMyopic.find(new LongTermSatisfaction(LongTermSatisfactionConfig.defaults())))
        .containsInstanceOf(LongTermSatisfactionMyopic.class);
    assertThat(RecsimMyopic.find(new CartPole())).isEmpty();
  }

  @Test
  void myopicSlatesAreValidInTheEnvironment() {
    var env = new InterestEvolution(InterestEvolutionConfig.defaults());
    var policy = new InterestEvolutionMyopic(2);
    var observation = env.reset(4).observation();
    for (int i = 0; i < 5; i++) {
      int[] slate = policy.act(observation);
      assertThat(env.actionSpace().contains(slate)).isTrue();
      observation = env.step(slate).observation();
    }
  }
}
