/**
 * The session-paging feed environments {@code feed-v0} and {@code feed-return-v0}: a simulated user pages
 * through a recommended feed, one page per step, with position-biased examination, clicks, purchases,
 * fatigue, interest drift, clickbait, leaving and (RETURNING) return visits. See {@code docs/envs/feed.md}.
 */
package io.feedgym.env.feed;
