package io.feedgym.runner;

import java.util.SplittableRandom;

/**
 * The seeds of one run, all split from the run seed so the environment, the agent and the evaluation
 * draw from independent streams.
 *
 * @param run the seed given by the user
 * @param env the seed of the training environment's first reset
 * @param agent the seed the agent is assembled with
 * @param eval the seed of the first evaluation episode (episode i uses {@code eval + i})
 */
public record RunSeeds(long run, long env, long agent, long eval) {

  /** The seeds split, in order env, agent, eval, from a {@link SplittableRandom} seeded with {@code run}. */
  public static RunSeeds from(long run) {
    SplittableRandom random = new SplittableRandom(run);
    return new RunSeeds(run, random.nextLong(), random.nextLong(), random.nextLong());
  }
}
