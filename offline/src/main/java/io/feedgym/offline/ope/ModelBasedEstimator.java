package io.feedgym.offline.ope;

/**
 * An estimator built on the cross-fitted {@link RewardModel} (the direct method and the doubly robust family):
 * its terms given a fitted model, so that a distributed evaluation can fit the model once over all sessions and
 * then compute each session's terms where the session lies.
 */
public interface ModelBasedEstimator extends Estimator {

  /** The reward model's ridge penalty. */
  double ridge();

  /** The terms of {@code data} with {@code model}, whose fold for session i is {@code i % 2}. */
  Terms terms(OpeData data, RewardModel model);

  /** The terms with the model fitted on {@code data} itself, for the top position. */
  @Override
  default Terms terms(OpeData data) {
    return terms(data, RewardModel.fit(data, 1, ridge()));
  }
}
