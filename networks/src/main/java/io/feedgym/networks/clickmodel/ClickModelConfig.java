package io.feedgym.networks.clickmodel;

import io.feedgym.config.Checks;

/**
 * How a click model is fitted: Adam on the mean log loss over shuffled minibatches.
 *
 * @param epochs passes over the training rows, positive
 * @param batchSize rows per gradient step, positive
 * @param learningRate Adam's step size, in (0, 1]
 * @param l2 the L2 penalty λ on every weight and embedding (not on biases), added as λ·w to each gradient; 0 for none
 */
public record ClickModelConfig(int epochs, int batchSize, double learningRate, double l2) {

  public ClickModelConfig {
    Checks.atLeast("epochs", epochs, 1);
    Checks.atLeast("batch_size", batchSize, 1);
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw new IllegalArgumentException("learning_rate must be in (0, 1], found " + learningRate);
    }
    if (!(l2 >= 0 && l2 < 1)) {
      throw new IllegalArgumentException("l2 must be in [0, 1), found " + l2);
    }
  }

  /** 3 epochs of 256-row minibatches at learning rate 1e-3, no L2 penalty. */
  public static ClickModelConfig defaults() {
    return new ClickModelConfig(3, 256, 1e-3, 0);
  }

  public ClickModelConfig withEpochs(int value) {
    return new ClickModelConfig(value, batchSize, learningRate, l2);
  }
}
