package io.feedgym.replay.feed;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.spaces.Slate;
import java.util.Objects;

/**
 * One page of a recommender episode: the page s (candidate set with its availability mask), the slate
 * shown, the reward, the next page s′ (whose candidates and mask differ), {@code terminated} (no
 * bootstrap) and {@code truncated} (bootstrap) kept apart, and the user's feedback on each position.
 *
 * @param observation the page the slate was chosen from
 * @param slate candidate indices shown, top position first, distinct and available in {@code observation}
 * @param reward the step's reward, finite
 * @param nextObservation the page after this one
 * @param terminated whether the episode ended in a terminal state
 * @param truncated whether an outside limit cut the episode
 * @param feedback the response at each slate position, in slate order
 */
public record FeedTransition(
    FeedObservation observation,
    ImmutableIntArray slate,
    double reward,
    FeedObservation nextObservation,
    boolean terminated,
    boolean truncated,
    Feedback feedback) {

  public FeedTransition {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(slate, "slate");
    Objects.requireNonNull(nextObservation, "nextObservation");
    Objects.requireNonNull(feedback, "feedback");
    if (!Double.isFinite(reward)) {
      throw new IllegalArgumentException("reward must be finite, found " + reward);
    }
    if (slate.isEmpty() || slate.length() > observation.numCandidates()) {
      throw new IllegalArgumentException("slate must hold 1 to " + observation.numCandidates()
          + " candidates, found " + slate.length());
    }
    new Slate(slate.length(), observation.numCandidates()).validate(slate.toArray(), observation.mask());
    if (feedback.positions().size() != slate.length()) {
      throw new IllegalArgumentException("feedback must cover the " + slate.length() + " slate positions, found "
          + feedback.positions().size());
    }
    for (int position = 0; position < slate.length(); position++) {
      int candidate = feedback.positions().get(position).candidate();
      if (candidate != slate.get(position)) {
        throw new IllegalArgumentException("feedback at position " + position + " is for candidate " + candidate
            + ", the slate shows candidate " + slate.get(position));
      }
    }
  }

  /** The transition of {@code step}, taken with {@code slate} from {@code observation}; its info must hold the {@link Feedback}. */
  public static FeedTransition of(FeedObservation observation, int[] slate, Step<FeedObservation> step) {
    if (!(step.info().get(Feedback.INFO_KEY) instanceof Feedback feedback)) {
      throw new IllegalArgumentException("step info must hold a Feedback under '" + Feedback.INFO_KEY
          + "', found keys " + step.info().keySet());
    }
    return new FeedTransition(observation, ImmutableIntArray.copyOf(slate), step.reward(), step.observation(),
        step.terminated(), step.truncated(), feedback);
  }

  /** True when the episode ended with this transition, terminated or truncated. */
  public boolean done() {
    return terminated || truncated;
  }
}
