package io.feedgym.rewards.testkit;

import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.rewards.RewardFunction;
import io.feedgym.rewards.RewardInput;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Fluent assertions on a {@link RewardFunction}: its value on given feedback, and property checks
 * over a seeded random sample of feedback ({@link RandomFeedback}; seed 42, 1000 samples unless
 * changed). Observations and action are fixed per assertion object.
 */
public final class RewardAssert<O, A> extends AbstractAssert<RewardAssert<O, A>, RewardFunction<O, A>> {
  /** The placeholder observation and action used for rewards that read only feedback. */
  public static final Object NONE = "none";

  private final O observation;
  private final A action;
  private final O nextObservation;
  private long seed = 42;
  private int samples = 1000;

  private RewardAssert(RewardFunction<O, A> reward, O observation, A action, O nextObservation) {
    super(reward, RewardAssert.class);
    this.observation = Objects.requireNonNull(observation, "observation");
    this.action = Objects.requireNonNull(action, "action");
    this.nextObservation = Objects.requireNonNull(nextObservation, "nextObservation");
  }

  /** Assertions on a reward that reads only feedback; observations and action are {@link #NONE}. */
  public static RewardAssert<Object, Object> assertThatReward(RewardFunction<Object, Object> reward) {
    return new RewardAssert<>(reward, NONE, NONE, NONE);
  }

  /** Assertions on a reward evaluated between {@code observation} and {@code nextObservation}. */
  public static <O, A> RewardAssert<O, A> assertThatReward(
      RewardFunction<O, A> reward, O observation, A action, O nextObservation) {
    return new RewardAssert<>(reward, observation, action, nextObservation);
  }

  /** Uses {@code value} as the seed of the random feedback for property checks. */
  public RewardAssert<O, A> withSeed(long value) {
    seed = value;
    return this;
  }

  /** Uses {@code count} random feedbacks for property checks. */
  public RewardAssert<O, A> withSamples(int count) {
    samples = count;
    return this;
  }

  /** The reward on the feedback {@code builder} describes, for value and breakdown assertions. */
  public GivenReward given(FeedbackBuilder builder) {
    return given(builder.build());
  }

  /** The reward on {@code feedback}, for value and breakdown assertions. */
  public GivenReward given(Feedback feedback) {
    isNotNull();
    return new GivenReward(actual.explain(input(feedback)));
  }

  /** Checks that the reward lies in [lo, hi] for every sampled feedback. */
  public RewardAssert<O, A> isBounded(double lo, double hi) {
    for (Feedback feedback : sample()) {
      double value = value(feedback);
      if (!(value >= lo && value <= hi)) {
        failWithMessage("expected reward in [%s, %s] but was %s for %s", lo, hi, value, describe(feedback));
      }
    }
    return this;
  }

  /** Checks that the reward (and each of its terms) is finite for every sampled feedback. */
  public RewardAssert<O, A> isFiniteForAllFeedback() {
    for (Feedback feedback : sample()) {
      value(feedback);
    }
    return this;
  }

  /**
   * Checks that clicking one more, previously unclicked position (with no dwell, no purchase) never
   * lowers the reward, for every sampled feedback and every such position.
   */
  public RewardAssert<O, A> isMonotoneInClicks() {
    for (Feedback feedback : sample()) {
      double before = value(feedback);
      for (PositionFeedback position : feedback.positions()) {
        if (position.clicked()) {
          continue;
        }
        Feedback more = FeedbackBuilder.from(feedback).clickAt(position.position()).build();
        double after = value(more);
        if (after < before) {
          failWithMessage("expected reward not to decrease with a click at position %s, but it went from %s to %s for %s",
              position.position(), before, after, describe(feedback));
        }
      }
    }
    return this;
  }

  private List<Feedback> sample() {
    isNotNull();
    return RandomFeedback.sample(seed, samples);
  }

  private double value(Feedback feedback) {
    try {
      return actual.reward(input(feedback));
    } catch (ArithmeticException e) {
      throw failure("expected a finite reward but %s for %s", e.getMessage(), describe(feedback));
    }
  }

  private RewardInput<O, A> input(Feedback feedback) {
    return new RewardInput<>(observation, action, feedback, nextObservation);
  }

  private static String describe(Feedback feedback) {
    return FeedbackBuilder.from(feedback).toString();
  }
}
