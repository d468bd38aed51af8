package io.feedgym.runner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.Objects;

/**
 * What one evaluation episode produced, as {@link Evaluator#summarize} needs it: the return and length, the
 * counts of its steps' {@link io.feedgym.env.feedback.Feedback}, and each step's reward terms in order (so that
 * summing them over episodes in order repeats a single run's arithmetic). Serializable, so that a distributed
 * evaluation can play episodes apart and summarise them in one place.
 *
 * @param index the episode's number i (reset seed = evaluation seed + i)
 * @param episodeReturn the undiscounted return
 * @param length steps
 * @param pages steps that carried Feedback
 * @param sessions sessions the user left, plus one for a session still open at the end
 * @param clicks clicks over the episode
 * @param purchases purchases over the episode
 * @param impressions positions shown over the episode
 * @param stepsWithoutFeedback steps that carried no Feedback
 * @param stepTerms per step that carried a reward breakdown, its terms
 */
public record EvaluatedEpisode(int index, double episodeReturn, int length, long pages, long sessions, long clicks,
    long purchases, long impressions, long stepsWithoutFeedback, ImmutableList<ImmutableMap<String, Double>> stepTerms)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public EvaluatedEpisode {
    Objects.requireNonNull(stepTerms, "stepTerms");
    if (index < 0 || length <= 0) {
      throw new IllegalArgumentException("an episode needs index >= 0 and length >= 1, found " + index + " and "
          + length);
    }
  }
}
