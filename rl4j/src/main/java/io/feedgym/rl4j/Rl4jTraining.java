package io.feedgym.rl4j;

import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.registry.Envs;
import java.util.Map;
import org.deeplearning4j.rl4j.learning.configuration.QLearningConfiguration;
import org.deeplearning4j.rl4j.learning.sync.qlearning.discrete.QLearningDiscreteDense;
import org.deeplearning4j.rl4j.observation.Observation;
import org.deeplearning4j.rl4j.policy.DQNPolicy;
import org.deeplearning4j.rl4j.space.Box;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One RL4J run of {@link Rl4jComparison}: RL4J's {@code QLearningDiscreteDense} trained on CartPole through
 * {@link FeedGymMdp}, then its greedy policy evaluated on the same episodes FeedGym's evaluator plays.
 * The MDP wraps the unwrapped {@link CartPole}; RL4J's {@code maxEpochStep} applies the 500-step limit, so
 * a cut episode's last transition bootstraps as in FeedGym ({@link MatchedSettings#rl4jLearning}).
 */
final class Rl4jTraining {
  static final String ENV_ID = "cartpole-v1";
  private static final int REPORT_EVERY = 5_000;

  private Rl4jTraining() {}

  /** Trains for exactly {@code settings.steps()} steps and evaluates over {@code evalEpisodes} episodes. */
  static ComparisonRow run(MatchedSettings settings, RunSeeds seeds, int evalEpisodes) {
    QLearningConfiguration learning = settings.rl4jLearning(seeds.agent());
    try (FeedGymMdp mdp = new FeedGymMdp(CartPole::new, seeds.env())) {
      QLearningDiscreteDense<Box> dqn = new QLearningDiscreteDense<>(mdp, settings.rl4jNetwork(), learning);
      dqn.addListener(new StepBudget(learning));
      dqn.addListener(new ProgressReport("rl4j", learning.getMaxStep(), REPORT_EVERY, System.err));
      long start = System.nanoTime();
      dqn.train();
      double wallSeconds = (System.nanoTime() - start) / 1e9;
      if (dqn.getStepCount() != settings.steps()) {
        throw new IllegalStateException(
            "RL4J took " + dqn.getStepCount() + " steps, expected exactly " + settings.steps());
      }
      double[] returns = evaluate(dqn.getPolicy(), seeds.eval(), evalEpisodes);
      return ComparisonRow.of("rl4j", "RL4J QLearningDiscreteDense (DL4J 1.0.0-M1.1)", dqn.getStepCount(),
          wallSeconds, returns);
    }
  }

  /**
   * Plays {@code episodes} greedy episodes of {@code policy} on {@code cartpole-v1} (with its time limit);
   * episode i starts from {@code reset(seed + i)}, as in FeedGym's {@code Evaluator}. Returns the returns.
   */
  static double[] evaluate(DQNPolicy<Box> policy, long seed, int episodes) {
    double[] returns = new double[episodes];
    try (Environment<?, ?> made = Envs.make(ENV_ID, Map.of())) {
      @SuppressWarnings("unchecked") // cartpole-v1 is a CartPole in a TimeLimit: double[] observations, Integer actions
      Environment<double[], Integer> env = (Environment<double[], Integer>) made;
      for (int i = 0; i < episodes; i++) {
        double[] observation = env.reset(seed + i).observation();
        Step<double[]> step;
        do {
          int action = policy.nextAction(new Observation(Nd4j.create(new double[][] {observation})));
          step = env.step(action);
          returns[i] += step.reward();
          observation = step.observation();
        } while (!step.done());
      }
    }
    return returns;
  }
}
