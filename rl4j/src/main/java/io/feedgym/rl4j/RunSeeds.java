package io.feedgym.rl4j;

import java.util.SplittableRandom;

/**
 * The seeds of one run, split from the run seed exactly as FeedGym's {@code io.feedgym.runner.RunSeeds}
 * splits them (that class lives in {@code feedgym-agents}, on DL4J 1.0.0-M2.1, out of this module's
 * reach), so both sides of {@link Rl4jComparison} start training from the same first episode and are
 * evaluated on the same episodes.
 *
 * @param run the seed given by the user
 * @param env the seed of the training environment's first reset
 * @param agent the seed of the learner's random generators
 * @param eval the seed of the first evaluation episode (episode i uses {@code eval + i})
 */
record RunSeeds(long run, long env, long agent, long eval) {

  /** The seeds split, in order env, agent, eval, from a {@link SplittableRandom} seeded with {@code run}. */
  static RunSeeds from(long run) {
    SplittableRandom random = new SplittableRandom(run);
    return new RunSeeds(run, random.nextLong(), random.nextLong(), random.nextLong());
  }
}
