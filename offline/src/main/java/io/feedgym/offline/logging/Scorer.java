package io.feedgym.offline.logging;

import io.feedgym.env.feed.FeedObservation;

/**
 * Scores a feed page's candidates from observable features: what a logging policy ranks or samples by.
 * {@link #of} names the built-in ones. Implementations are stateless.
 */
@FunctionalInterface
public interface Scorer {

  /** One score per candidate of {@code page}. */
  double[] scores(FeedObservation page);

  /**
   * The scorer named {@code name}: {@code predicted_ctr_logit} (log p̂ − log(1 − p̂) of the production CTR
   * model, what the myopic baseline ranks by) or any scoring feature name ({@code predicted_ctr},
   * {@code popularity}, {@code rating}, …) read as is.
   */
  static Scorer of(String name) {
    if (name.equals("predicted_ctr_logit")) {
      return page -> {
        double[] out = new double[page.numCandidates()];
        for (int c = 0; c < out.length; c++) {
          double p = page.feature(c, FeedObservation.PREDICTED_CTR);
          out[c] = Math.log(p) - Math.log1p(-p);
        }
        return out;
      };
    }
    int feature = FeedObservation.SCORING_FEATURE_NAMES.indexOf(name);
    if (feature < 0) {
      throw new IllegalArgumentException("unknown scorer '" + name + "'; known: predicted_ctr_logit, "
          + String.join(", ", FeedObservation.SCORING_FEATURE_NAMES));
    }
    return page -> {
      double[] out = new double[page.numCandidates()];
      for (int c = 0; c < out.length; c++) {
        out[c] = page.feature(c, feature);
      }
      return out;
    };
  }
}
