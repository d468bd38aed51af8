package io.feedgym.env.feed;

import io.feedgym.env.MaskedObservation;
import io.feedgym.env.feedback.Feedback;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the recommender sees before a page: the user's observable features, the session context and
 * the candidate set (a feature row, topic and catalog item per candidate, and an availability mask); in
 * trial environments ({@code feed-cohorts-v0}) also the previous page's feedback. Immutable: arrays are copied out by the bulk accessors; equality is by content. The hidden user state
 * (true preference, satisfaction, patience) is not part of it.
 */
public final class FeedObservation implements MaskedObservation {
  /** Candidate feature: the recall stage's retrieval score, observed user embedding · observed item embedding. */
  public static final int RETRIEVAL_SCORE = 0;
  /** Candidate feature: the production CTR model's predicted click probability given examination. */
  public static final int PREDICTED_CTR = 1;
  /** Candidate feature: the item's click rate over the whole user population. */
  public static final int POPULARITY = 2;
  /** Candidate feature: the item's observed rating, its quality plus noise. */
  public static final int RATING = 3;
  /** Candidate feature: centred log price, log(1 + price) − log(1 + exp(price_log_mean)). */
  public static final int PRICE = 4;
  /** Candidate feature: the current fatigue of the item's topic (also in the context). */
  public static final int TOPIC_FATIGUE = 5;
  /** Candidate feature: 1 when the item was already shown in this session, else 0. */
  public static final int SEEN = 6;
  /** Number of scoring features, the first columns of a candidate row, weighted by WEIGHTS actions. */
  public static final int SCORING_FEATURES = 7;
  /** Column of the first component of the observed item embedding, which fills the rest of the row. */
  public static final int EMBEDDING = 7;
  /** Names of the scoring features, in column order. */
  public static final List<String> SCORING_FEATURE_NAMES = List.of(
      "retrieval_score", "predicted_ctr", "popularity", "rating", "price", "topic_fatigue", "seen");

  /** Context entry: 0-based index of the next page within the session. */
  public static final int PAGE = 0;
  /** Context entry: clicks so far in the session. */
  public static final int SESSION_CLICKS = 1;
  /** Context entry: purchases so far in the session. */
  public static final int SESSION_PURCHASES = 2;
  /** Context entry: clicks on the previous page (0 on a session's first page). */
  public static final int LAST_PAGE_CLICKS = 3;
  /** Context entry: 0-based index of the session within the episode (always 0 for SESSION episodes). */
  public static final int SESSION = 4;
  /** Context entry: the day the session started (0 for the first). */
  public static final int DAY = 5;
  /** Context entry: days between the previous session and this one (0 for the first). */
  public static final int LAST_RETURN_GAP = 6;
  /** Context entry of topic 0's fatigue; topic t's is at {@code TOPIC_FATIGUES + t}. */
  public static final int TOPIC_FATIGUES = 7;

  private final double[] user;
  private final double[] context;
  private final double[] features;
  private final int[] topics;
  private final int[] items;
  private final boolean[] mask;
  private final int numFeatures;
  private final Feedback previousPage;

  /**
   * Takes ownership of the arrays; used by the environment, which never touches them again.
   * {@code previousPage} is null when the observation carries no feedback.
   */
  FeedObservation(double[] user, double[] context, double[] features, int[] topics, int[] items, boolean[] mask,
      Feedback previousPage) {
    int n = topics.length;
    if (n == 0 || items.length != n || mask.length != n || features.length % n != 0) {
      throw new IllegalArgumentException("candidate arrays disagree: " + n + " topics, " + items.length
          + " items, " + mask.length + " mask entries, " + features.length + " feature values");
    }
    this.user = user;
    this.context = context;
    this.features = features;
    this.topics = topics;
    this.items = items;
    this.mask = mask;
    this.numFeatures = features.length / n;
    this.previousPage = previousPage;
  }

  /**
   * An observation built from copies of the given arrays: {@code features} is row-major
   * {@code candidates × features}, one row per entry of {@code topics}, {@code items} and {@code mask}.
   */
  public static FeedObservation of(
      double[] user, double[] context, double[] features, int[] topics, int[] items, boolean[] mask) {
    return new FeedObservation(user.clone(), context.clone(), features.clone(), topics.clone(), items.clone(),
        mask.clone(), null);
  }

  /**
   * What the user did with the previous page (the step's {@link Feedback}, whose positions name the
   * candidates of the previous observation that were shown): present in trial environments
   * ({@code feed-cohorts-v0}) on every page but a trial's first, where a policy must infer the task from
   * behaviour (RL²'s previous action and reward input); empty in {@code feed-v0} and {@code feed-return-v0}.
   */
  public Optional<Feedback> previousPage() {
    return Optional.ofNullable(previousPage);
  }

  /** The user's observable features: the noisy preference embedding, then the one-hot cohort. */
  public double[] user() {
    return user.clone();
  }

  /** The session context: the entries named by this class's context constants, then the topic fatigues. */
  public double[] context() {
    return context.clone();
  }

  /** Context entry {@code index} (see the context constants). */
  public double context(int index) {
    return context[index];
  }

  /** All candidate features, row-major {@code numCandidates × numFeatures}. */
  public double[] features() {
    return features.clone();
  }

  /** Feature {@code feature} of candidate {@code candidate} (see the feature constants). */
  public double feature(int candidate, int feature) {
    return features[candidate * numFeatures + feature];
  }

  /** The topic of candidate {@code candidate}. */
  public int topic(int candidate) {
    return topics[candidate];
  }

  /** The catalog index of candidate {@code candidate}. */
  public int item(int candidate) {
    return items[candidate];
  }

  /** The topic of every candidate. */
  public int[] topics() {
    return topics.clone();
  }

  /** The catalog index of every candidate. */
  public int[] items() {
    return items.clone();
  }

  /** True when candidate {@code candidate} may be shown. */
  public boolean available(int candidate) {
    return mask[candidate];
  }

  /** The availability mask, shared: callers must not modify it. */
  @Override
  public boolean[] mask() {
    return mask;
  }

  public int numCandidates() {
    return topics.length;
  }

  public int numFeatures() {
    return numFeatures;
  }

  int userLength() {
    return user.length;
  }

  int contextLength() {
    return context.length;
  }

  double userValue(int index) {
    return user[index];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeedObservation other && Arrays.equals(user, other.user)
        && Arrays.equals(context, other.context) && Arrays.equals(features, other.features)
        && Arrays.equals(topics, other.topics) && Arrays.equals(items, other.items)
        && Arrays.equals(mask, other.mask) && Objects.equals(previousPage, other.previousPage);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new int[] {Arrays.hashCode(user), Arrays.hashCode(context), Arrays.hashCode(features),
        Arrays.hashCode(topics), Arrays.hashCode(items), Arrays.hashCode(mask)});
  }

  @Override
  public String toString() {
    return "FeedObservation[user=" + Arrays.toString(user) + ", context=" + Arrays.toString(context)
        + ", candidates=" + topics.length + " x " + numFeatures + " features, available="
        + countAvailable() + "]";
  }

  int countAvailable() {
    int count = 0;
    for (boolean available : mask) {
      if (available) {
        count++;
      }
    }
    return count;
  }
}
