package io.feedgym.offline.logging;

import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;

/**
 * A slate a logging policy drew, with its exact probabilities.
 *
 * @param slate candidate indices, top position first
 * @param propensities per position k, P(slate[k] at k | slate[0..k−1] above it), each in (0, 1]
 * @param slatePropensity P(the whole ordered slate), the product of {@code propensities}
 */
public record SlateDraw(ImmutableIntArray slate, ImmutableDoubleArray propensities, double slatePropensity) {

  public SlateDraw {
    if (slate.length() != propensities.length()) {
      throw new IllegalArgumentException("one propensity per position: slate of " + slate.length() + ", "
          + propensities.length() + " propensities");
    }
    for (int k = 0; k < propensities.length(); k++) {
      double p = propensities.get(k);
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("propensity at position " + k + " must be in (0, 1], found " + p);
      }
    }
    if (!(slatePropensity > 0 && slatePropensity <= 1)) {
      throw new IllegalArgumentException("slate propensity must be in (0, 1], found " + slatePropensity);
    }
  }
}
