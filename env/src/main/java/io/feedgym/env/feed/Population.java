package io.feedgym.env.feed;

import java.util.random.RandomGenerator;

/**
 * Where a {@link Feed}'s users come from: {@code feed-v0}'s population of catalog cohorts, or the user
 * cohorts (tasks) of {@code feed-cohorts-v0}. Owned by one feed; not thread-safe.
 */
interface Population {

  /**
   * Draws a user of world day {@code day} from {@code random}. With {@code newTask} the episode starts and
   * the population draws what the episode's users share first (a task's cohort); otherwise the user is
   * another one of the current episode's task.
   */
  FeedUser draw(RandomGenerator random, boolean newTask, double day);
}
