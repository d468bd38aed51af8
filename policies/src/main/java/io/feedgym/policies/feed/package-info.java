/**
 * Baseline and reference policies for the feed environments ({@code feed-v0}, {@code feed-return-v0}):
 * popularity, myopic-greedy on observable features, oracle-myopic and the non-myopic quality-diversity
 * ranking, built by id with {@link io.feedgym.policies.feed.FeedBaselines}.
 */
package io.feedgym.policies.feed;
