package io.feedgym.rl4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.cartpole.CartPole;
import org.deeplearning4j.rl4j.learning.configuration.QLearningConfiguration;
import org.deeplearning4j.rl4j.learning.sync.qlearning.discrete.QLearningDiscreteDense;
import org.deeplearning4j.rl4j.space.Box;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Short RL4J runs through {@link FeedGymMdp}: they must run, train and respect the budget, not learn. */
class Rl4jTrainingTest {
  /** 300 steps, batch 16, two hidden layers of 16, ε over half the run, a 500-step time limit. */
  private static MatchedSettings small(int maxEpisodeSteps) {
    return new MatchedSettings(300, 1e-3, 1_000, 0.99, 50, 16, 0.1, 0.5, 2, 16, maxEpisodeSteps);
  }

  /** A learner on CartPole (seed 5) whose budget is exact; {@code learning} is the configuration it reads. */
  private static QLearningDiscreteDense<Box> learner(MatchedSettings settings, QLearningConfiguration learning) {
    QLearningDiscreteDense<Box> dqn =
        new QLearningDiscreteDense<>(new FeedGymMdp(CartPole::new, 5), settings.rl4jNetwork(), learning);
    dqn.addListener(new StepBudget(learning));
    return dqn;
  }

  private static QLearningDiscreteDense<Box> trained(MatchedSettings settings) {
    QLearningDiscreteDense<Box> dqn = learner(settings, settings.rl4jLearning(3));
    dqn.train();
    return dqn;
  }

  private static INDArray parameters(QLearningDiscreteDense<Box> dqn) {
    return dqn.getQNetwork().getNeuralNetworks()[0].params().dup();
  }

  @Test
  void qLearningDiscreteDenseTrainsThroughTheAdapterForExactlyTheBudget() {
    MatchedSettings settings = small(500);
    QLearningConfiguration learning = settings.rl4jLearning(3);
    QLearningDiscreteDense<Box> dqn = learner(settings, learning);
    INDArray before = parameters(dqn);

    dqn.train();

    assertThat(dqn.getStepCount()).isEqualTo(300);
    assertThat(dqn.getEpochCount()).isGreaterThan(1);
    assertThat(parameters(dqn)).isNotEqualTo(before);
    assertThat(learning.getMaxEpochStep()).as("the time limit is restored after the run").isEqualTo(500);
  }

  @Test
  void maxEpochStepCutsEpisodesTheMdpDoesNotEnd() {
    QLearningDiscreteDense<Box> dqn = trained(small(5));

    assertThat(dqn.getStepCount()).isEqualTo(300);
    assertThat(dqn.getEpochCount()).as("episodes of at most 5 steps").isGreaterThanOrEqualTo(60);
  }

  @Test
  void sameSeedsGiveTheSameNetwork() {
    INDArray first = parameters(trained(small(500)));
    INDArray second = parameters(trained(small(500)));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void comparisonRunEvaluatesTheGreedyPolicyOnFeedGymsEpisodes() {
    ComparisonRow row = Rl4jTraining.run(small(500), RunSeeds.from(1), 2);

    assertThat(row.steps()).isEqualTo(300);
    assertThat(row.evalEpisodes()).isEqualTo(2);
    assertThat(row.meanReturn()).isBetween(1.0, 500.0);
    assertThat(row.stepsPerSecond()).isEqualTo(300 / row.wallSeconds());
  }
}
