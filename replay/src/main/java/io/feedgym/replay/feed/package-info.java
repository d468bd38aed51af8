/**
 * Replay for the session-paging feed: {@link io.feedgym.replay.feed.FeedTransition} carries both
 * pages (candidates, features and availability mask of s and s′), the slate shown and the typed
 * per-position feedback; {@link io.feedgym.replay.feed.FeedStorage} keeps each page once in float
 * columns, shared between s′ of one step and s of the next.
 */
package io.feedgym.replay.feed;
