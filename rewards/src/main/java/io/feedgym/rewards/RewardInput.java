package io.feedgym.rewards;

import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import java.util.Objects;

/**
 * Everything a reward may read about one transition: the observation the action was chosen in, the
 * action, the user's feedback and the next observation (needed by potential-based shaping).
 *
 * @param observation the observation before the action, non-null
 * @param action the action taken, non-null
 * @param feedback the user's response to the served page, non-null
 * @param nextObservation the observation after the action, non-null
 */
public record RewardInput<O, A>(O observation, A action, Feedback feedback, O nextObservation) {

  public RewardInput {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(nextObservation, "nextObservation");
  }

  /**
   * The input for a transition from {@code observation} via {@code action} to {@code step}, reading
   * the feedback published under {@link Feedback#INFO_KEY}; a step without feedback is an error.
   */
  public static <O, A> RewardInput<O, A> of(O observation, A action, Step<O> step) {
    Object feedback = step.info().get(Feedback.INFO_KEY);
    if (!(feedback instanceof Feedback typed)) {
      throw new IllegalArgumentException("step info must hold a Feedback under key '" + Feedback.INFO_KEY
          + "', found " + (feedback == null ? "nothing" : feedback.getClass().getSimpleName()));
    }
    return new RewardInput<>(observation, action, typed, step.observation());
  }
}
