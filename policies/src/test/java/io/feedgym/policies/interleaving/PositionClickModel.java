package io.feedgym.policies.interleaving;

import java.util.random.RandomGenerator;

/**
 * The position-based click model: the item at position i is clicked with probability examination[i] ·
 * relevance[item], independently of the other positions.
 */
record PositionClickModel(double[] examination, double[] relevance) {

  /** One draw of the clicks on {@code items}. */
  boolean[] clicks(int[] items, RandomGenerator random) {
    boolean[] clicked = new boolean[items.length];
    for (int position = 0; position < items.length; position++) {
      clicked[position] = random.nextDouble() < clickProbability(items, position);
    }
    return clicked;
  }

  /** The probability of exactly the clicks {@code clicked} on {@code items}. */
  double probability(int[] items, boolean[] clicked) {
    double p = 1;
    for (int position = 0; position < items.length; position++) {
      double click = clickProbability(items, position);
      p *= clicked[position] ? click : 1 - click;
    }
    return p;
  }

  private double clickProbability(int[] items, int position) {
    return examination[position] * relevance[items[position]];
  }
}
