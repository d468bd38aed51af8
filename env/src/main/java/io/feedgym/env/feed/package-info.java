/**
 * The session-paging feed environments {@code feed-v0} and {@code feed-return-v0}: a simulated user pages
 * through a recommended feed, one page per step, with position-biased examination, clicks, purchases,
 * fatigue, interest drift, clickbait, leaving and (RETURNING) return visits, optionally in a world whose
 * tastes and catalog change over simulated days ({@link io.feedgym.env.feed.FeedDrift}). See
 * {@code docs/envs/feed.md}.
 */
package io.feedgym.env.feed;
