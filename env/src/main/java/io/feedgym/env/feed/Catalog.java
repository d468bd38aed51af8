package io.feedgym.env.feed;

import io.feedgym.env.sampling.Gaussian;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The feed's items and cohorts, drawn once from {@code catalog_seed}: topic directions, cohort prototypes,
 * then per item its topic, true embedding, observed embedding, clickbait flag, quality, observed rating
 * and price; then the population click rate of every item; last the population's affinity mean and
 * variance, from {@value #PRIOR_USERS} users drawn like real ones. Immutable after construction; arrays are
 * package-private and must not be modified.
 */
final class Catalog {
  /** Users drawn to estimate the population's affinity mean and variance. */
  static final int PRIOR_USERS = 64;
  final int size;
  final int dim;
  final int[] topic;
  /** True unit embeddings, row-major {@code size × dim}. */
  final double[] embedding;
  /** The embeddings the recommender observes (true plus noise), row-major {@code size × dim}. */
  final double[] observedEmbedding;
  /**
   * {@link #observedEmbedding} by column: {@code observedColumns[j][i]} is component j of item i, so that
   * scoring the whole catalog runs down contiguous arrays, which the JIT vectorises ({@link Recall#startUser}).
   */
  final double[][] observedColumns;
  final double[] quality;
  final boolean[] clickbait;
  final double[] rating;
  final double[] price;
  /** log(1 + price) − log(1 + exp(price_log_mean)): the centred log price used by features and purchases. */
  final double[] logPrice;
  /** Population click rate given examination, over the cohort prototypes weighted by cohort_weights. */
  final double[] popularity;
  /** Topic directions τ_t, unit rows, row-major {@code topics × dim}. */
  final double[] topicDirections;
  /** Cohort preference prototypes, unit rows, row-major {@code cohorts × dim}. */
  final double[] cohortPrototypes;
  /** Mean true affinity u·e over the user population and the catalog. */
  final double affinityMean;
  /**
   * Weight of the observed retrieval score in the posterior-mean affinity estimate:
   * Var(u·e) / (Var(u·e) + noise variance of the score).
   */
  final double affinityShrinkage;

  Catalog(FeedConfig config) {
    SplittableRandom random = new SplittableRandom(config.catalogSeed());
    size = config.numItems();
    dim = config.embeddingDim();
    topicDirections = unitRows(random, config.numTopics(), dim);
    cohortPrototypes = unitRows(random, config.numCohorts(), dim);
    topic = new int[size];
    embedding = new double[size * dim];
    observedEmbedding = new double[size * dim];
    quality = new double[size];
    clickbait = new boolean[size];
    rating = new double[size];
    price = new double[size];
    logPrice = new double[size];
    double priceCentre = Math.log1p(Math.exp(config.priceLogMean()));
    for (int i = 0; i < size; i++) {
      topic[i] = random.nextInt(config.numTopics());
      double[] row = noisyUnit(random, topicDirections, topic[i], dim, config.itemSpread());
      System.arraycopy(row, 0, embedding, i * dim, dim);
      for (int j = 0; j < dim; j++) {
        observedEmbedding[i * dim + j] = row[j] + Gaussian.sample(random, 0, config.itemFeatureNoise());
      }
      clickbait[i] = random.nextDouble() < config.clickbaitFraction();
      quality[i] = clickbait[i]
          ? random.nextDouble() * config.clickbaitQualityMax()
          : config.qualityMin() + random.nextDouble() * (1 - config.qualityMin());
      rating[i] = quality[i] + Gaussian.sample(random, 0, config.ratingNoise());
      price[i] = Math.exp(Gaussian.sample(random, config.priceLogMean(), config.priceLogStd()));
      logPrice[i] = Math.log1p(price[i]) - priceCentre;
    }
    observedColumns = new double[dim][size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < dim; j++) {
        observedColumns[j][i] = observedEmbedding[i * dim + j];
      }
    }
    popularity = new double[size];
    double weightSum = config.cohortWeights().stream().mapToDouble(Double::doubleValue).sum();
    for (int i = 0; i < size; i++) {
      double rate = 0;
      for (int c = 0; c < config.numCohorts(); c++) {
        double affinity = dot(cohortPrototypes, c, embedding, i, dim);
        rate += config.cohortWeights().get(c) / weightSum * sigmoid(clickLogit(config, i, affinity, 0));
      }
      popularity[i] = rate;
    }
    double[] moments = affinityMoments(config, random);
    affinityMean = moments[0];
    double su = config.userFeatureNoise() * config.userFeatureNoise();
    double se = config.itemFeatureNoise() * config.itemFeatureNoise();
    double noise = su + se + dim * su * se;
    affinityShrinkage = moments[1] + noise == 0 ? 1 : moments[1] / (moments[1] + noise);
  }

  /** Mean and variance of u·e over {@value #PRIOR_USERS} users drawn like {@link FeedUser}'s and every item. */
  private double[] affinityMoments(FeedConfig config, RandomGenerator random) {
    double total = config.cohortWeights().stream().mapToDouble(Double::doubleValue).sum();
    double sum = 0;
    double squares = 0;
    for (int u = 0; u < PRIOR_USERS; u++) {
      double draw = random.nextDouble() * total;
      int cohort = 0;
      while (cohort < config.numCohorts() - 1 && (draw -= config.cohortWeights().get(cohort)) >= 0) {
        cohort++;
      }
      double[] user = noisyUnit(random, cohortPrototypes, cohort, dim, config.userSpread());
      for (int i = 0; i < size; i++) {
        double affinity = dot(user, 0, embedding, i, dim);
        sum += affinity;
        squares += affinity * affinity;
      }
    }
    double n = (double) PRIOR_USERS * size;
    double mean = sum / n;
    return new double[] {mean, Math.max(0, squares / n - mean * mean)};
  }

  /** The click logit of item {@code i} for a user with true affinity {@code affinity} and topic fatigue {@code fatigue}. */
  double clickLogit(FeedConfig config, int i, double affinity, double fatigue) {
    return logit(config, affinity, quality[i], clickbait[i], fatigue);
  }

  /**
   * The production CTR model's logit for item {@code i}: the click logit with the posterior-mean affinity
   * given the observed retrieval {@code score} in place of the affinity and the observed rating in place
   * of the quality.
   */
  double predictedClickLogit(FeedConfig config, int i, double score, double fatigue) {
    double affinity = affinityMean + affinityShrinkage * (score - affinityMean);
    return logit(config, affinity, rating[i], clickbait[i], fatigue);
  }

  private static double logit(FeedConfig config, double affinity, double quality, boolean bait, double fatigue) {
    return config.clickBias() + config.clickAffinity() * affinity + config.clickQuality() * quality
        + (bait ? config.clickbaitAppeal() : 0) - config.clickFatigue() * fatigue;
  }

  /** Row {@code center} of {@code centers} plus spread · N(0, I/dim), normalised to unit length. */
  static double[] noisyUnit(RandomGenerator random, double[] centers, int center, int dim, double spread) {
    return unitSum(centers, center, deviation(random, dim, spread));
  }

  /** A draw of spread · N(0, I/dim): a user's or item's own deviation from its centre. */
  static double[] deviation(RandomGenerator random, int dim, double spread) {
    double[] out = new double[dim];
    double scale = spread / Math.sqrt(dim);
    for (int j = 0; j < dim; j++) {
      out[j] = Gaussian.sample(random, 0, scale);
    }
    return out;
  }

  /** Row {@code center} of {@code centers} plus {@code deviation}, normalised to unit length. */
  static double[] unitSum(double[] centers, int center, double[] deviation) {
    int dim = deviation.length;
    double[] row = new double[dim];
    for (int j = 0; j < dim; j++) {
      row[j] = centers[center * dim + j] + deviation[j];
    }
    normalize(row, 0, dim);
    return row;
  }

  private static double[] unitRows(RandomGenerator random, int rows, int dim) {
    double[] out = new double[rows * dim];
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < dim; j++) {
        out[r * dim + j] = Gaussian.sample(random, 0, 1);
      }
      normalize(out, r * dim, dim);
    }
    return out;
  }

  /** Scales {@code values[offset, offset + dim)} to unit length (a zero vector becomes the first axis). */
  static void normalize(double[] values, int offset, int dim) {
    double norm = 0;
    for (int j = 0; j < dim; j++) {
      norm += values[offset + j] * values[offset + j];
    }
    if (norm == 0) {
      values[offset] = 1;
      return;
    }
    double inverse = 1 / Math.sqrt(norm);
    for (int j = 0; j < dim; j++) {
      values[offset + j] *= inverse;
    }
  }

  /** The dot product of row {@code a} of {@code left} and row {@code b} of {@code right}. */
  static double dot(double[] left, int a, double[] right, int b, int dim) {
    double sum = 0;
    for (int j = 0; j < dim; j++) {
      sum += left[a * dim + j] * right[b * dim + j];
    }
    return sum;
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
