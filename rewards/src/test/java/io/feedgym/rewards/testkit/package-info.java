/**
 * A fluent AssertJ kit for reward functions, published in the rewards test-jar: build feedback with
 * {@link io.feedgym.rewards.testkit.FeedbackBuilder#feedback()} and assert with
 * {@link io.feedgym.rewards.testkit.RewardAssert#assertThatReward}.
 */
package io.feedgym.rewards.testkit;
