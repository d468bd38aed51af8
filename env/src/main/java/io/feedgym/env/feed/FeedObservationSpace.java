package io.feedgym.env.feed;

import static io.feedgym.env.feed.FeedObservation.POPULARITY;
import static io.feedgym.env.feed.FeedObservation.PREDICTED_CTR;
import static io.feedgym.env.feed.FeedObservation.SEEN;
import static io.feedgym.env.feed.FeedObservation.TOPIC_FATIGUE;

import io.feedgym.env.spaces.Space;
import java.util.random.RandomGenerator;

/**
 * Observations of {@link Feed}: arrays of the stated lengths with finite values, non-negative context,
 * predicted CTR and popularity in [0, 1], the seen flag 0 or 1, non-negative fatigue, topics and items in
 * range and at least {@code slateSize} available candidates. Immutable and thread-safe.
 *
 * @param userDim length of the user features, positive
 * @param contextDim length of the context, positive
 * @param numCandidates candidates per page, positive
 * @param numFeatures features per candidate, more than the scoring features
 * @param numTopics topics, positive
 * @param numItems catalog size, positive
 * @param slateSize minimum number of available candidates, in [1, num_candidates]
 */
public record FeedObservationSpace(
    int userDim, int contextDim, int numCandidates, int numFeatures, int numTopics, int numItems, int slateSize)
    implements Space<FeedObservation> {

  public FeedObservationSpace {
    if (userDim <= 0 || contextDim <= 0 || numCandidates <= 0 || numTopics <= 0 || numItems <= 0) {
      throw new IllegalArgumentException("dimensions must be positive, found user_dim=" + userDim + ", context_dim="
          + contextDim + ", num_candidates=" + numCandidates + ", num_topics=" + numTopics + ", num_items=" + numItems);
    }
    if (numFeatures <= FeedObservation.SCORING_FEATURES) {
      throw new IllegalArgumentException(
          "num_features must exceed " + FeedObservation.SCORING_FEATURES + ", found " + numFeatures);
    }
    if (slateSize <= 0 || slateSize > numCandidates) {
      throw new IllegalArgumentException(
          "slate_size must be in [1, num_candidates=" + numCandidates + "], found " + slateSize);
    }
  }

  @Override
  public boolean contains(FeedObservation value) {
    if (value == null || value.userLength() != userDim || value.contextLength() != contextDim
        || value.numCandidates() != numCandidates || value.numFeatures() != numFeatures
        || value.countAvailable() < slateSize) {
      return false;
    }
    for (int i = 0; i < userDim; i++) {
      if (!Double.isFinite(value.userValue(i))) {
        return false;
      }
    }
    for (int i = 0; i < contextDim; i++) {
      if (!(value.context(i) >= 0) || !Double.isFinite(value.context(i))) {
        return false;
      }
    }
    for (int c = 0; c < numCandidates; c++) {
      if (value.topic(c) < 0 || value.topic(c) >= numTopics || value.item(c) < 0 || value.item(c) >= numItems
          || !candidateValid(value, c)) {
        return false;
      }
    }
    return true;
  }

  private boolean candidateValid(FeedObservation value, int c) {
    for (int f = 0; f < numFeatures; f++) {
      if (!Double.isFinite(value.feature(c, f))) {
        return false;
      }
    }
    double seen = value.feature(c, SEEN);
    return inUnit(value.feature(c, PREDICTED_CTR)) && inUnit(value.feature(c, POPULARITY))
        && (seen == 0 || seen == 1) && value.feature(c, TOPIC_FATIGUE) >= 0;
  }

  private static boolean inUnit(double x) {
    return x >= 0 && x <= 1;
  }

  /** Standard normal user features and embeddings, uniform bounded features, and a mask with K available. */
  @Override
  public FeedObservation sample(RandomGenerator random) {
    double[] user = new double[userDim];
    for (int i = 0; i < userDim; i++) {
      user[i] = random.nextDouble(-1, 1);
    }
    double[] context = new double[contextDim];
    for (int i = 0; i < contextDim; i++) {
      context[i] = random.nextDouble(0, 10);
    }
    double[] features = new double[numCandidates * numFeatures];
    int[] topics = new int[numCandidates];
    int[] items = new int[numCandidates];
    boolean[] mask = new boolean[numCandidates];
    for (int c = 0; c < numCandidates; c++) {
      for (int f = 0; f < numFeatures; f++) {
        features[c * numFeatures + f] = random.nextDouble(-1, 1);
      }
      features[c * numFeatures + PREDICTED_CTR] = random.nextDouble();
      features[c * numFeatures + POPULARITY] = random.nextDouble();
      features[c * numFeatures + TOPIC_FATIGUE] = random.nextDouble(0, 5);
      features[c * numFeatures + SEEN] = random.nextBoolean() ? 1 : 0;
      topics[c] = random.nextInt(numTopics);
      items[c] = random.nextInt(numItems);
      mask[c] = c < slateSize || random.nextBoolean();
    }
    return new FeedObservation(user, context, features, topics, items, mask, null);
  }
}
