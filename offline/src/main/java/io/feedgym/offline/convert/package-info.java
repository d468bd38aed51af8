/**
 * Logged sessions to page-level transitions (s, slate, per-position feedback, r, s′, terminated, truncated),
 * with rewards from the {@code rewards} registry, so a reward means the same offline as online.
 */
package io.feedgym.offline.convert;
