package io.feedgym.env.recsim;

import java.util.random.RandomGenerator;

/**
 * RecSim's interest-evolution user ({@code IEvUserModel}): an interest in [-1, 1] per cluster and a time
 * budget, with the multinomial proportional choice model and the state update after a response. Mutable;
 * not thread-safe.
 */
final class InterestEvolutionUser {
  private final InterestEvolutionConfig config;
  private final double[] interests;
  private double budget;

  InterestEvolutionUser(InterestEvolutionConfig config, double[] interests, double budget) {
    this.config = config;
    this.interests = interests.clone();
    this.budget = budget;
  }

  double[] interests() {
    return interests.clone();
  }

  double interest(int cluster) {
    return interests[cluster];
  }

  double budget() {
    return budget;
  }

  /** True when the budget is used up ({@code budget <= 0}), which terminates the session. */
  boolean exhausted() {
    return budget <= 0;
  }

  /**
   * The probability of clicking each slate document, whose scores (interests in their clusters) are
   * given, followed by the probability of no click: weights {@code score - min_normalizer} and
   * {@code no_click_mass - min_normalizer}, normalised.
   */
  double[] choiceProbabilities(double[] scores) {
    double[] probabilities = new double[scores.length + 1];
    double total = 0;
    for (int i = 0; i < scores.length; i++) {
      probabilities[i] = scores[i] - config.minNormalizer();
      total += probabilities[i];
    }
    probabilities[scores.length] = config.noClickMass() - config.minNormalizer();
    total += probabilities[scores.length];
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] /= total;
    }
    return probabilities;
  }

  /** Draws the clicked slate position from {@link #choiceProbabilities}, or -1 for no click (one uniform draw). */
  int choose(double[] scores, RandomGenerator random) {
    double[] probabilities = choiceProbabilities(scores);
    double u = random.nextDouble();
    double cumulative = 0;
    for (int i = 0; i < scores.length; i++) {
      cumulative += probabilities[i];
      if (u < cumulative) {
        return i;
      }
    }
    return -1;
  }

  /** RecSim's interest step size for a current interest {@code x}: {@code -0.3 |x| + 0.3}. */
  static double interestStep(double x) {
    return -0.3 * Math.abs(x) + 0.3;
  }

  /** The probability {@code (x + 1) / 2} that a click moves the interest in {@code cluster} towards the document. */
  double towardsProbability(int cluster) {
    return (interests[cluster] + 1) / 2;
  }

  /** Watch time of a clicked video: {@code min(budget, video_length)}. */
  double watchTime() {
    return Math.min(budget, config.videoLength());
  }

  /**
   * Applies a click on a document of {@code cluster} and {@code quality} watched for {@code watchTime}:
   * the interest moves by {@code alpha (1 - x)} towards the one-hot (or away when not {@code towards}),
   * clipped to [-1, 1]; then the budget loses the watch time and regains
   * {@code user_update_alpha * watchTime * utility}, where the utility weighs the pre-click score and the quality.
   */
  void click(int cluster, double quality, double watchTime, boolean towards) {
    double x = interests[cluster];
    double update = interestStep(x) * (1 - x);
    interests[cluster] = Math.max(-1, Math.min(1, towards ? x + update : x - update));
    double utility = config.userQualityFactor() * x + config.documentQualityFactor() * quality;
    budget -= watchTime;
    budget += config.userUpdateAlpha() * watchTime * utility;
  }

  /** Applies a step without a click: the budget loses {@code step_penalty}. */
  void skip() {
    budget -= config.stepPenalty();
  }
}
