package io.feedgym.networks.clickmodel;

import io.feedgym.config.Checks;

/**
 * How a click model is fitted: Adam on the mean log loss over shuffled minibatches.
 *
 * @param epochs passes over the training rows, positive
 * @param batchSize rows per gradient step, positive
 * @param learningRate Adam's step size, in (0, 1]
 */
public record ClickModelConfig(int epochs, int batchSize, double learningRate) {

  public ClickModelConfig {
    Checks.atLeast("epochs", epochs, 1);
    Checks.atLeast("batch_size", batchSize, 1);
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw new IllegalArgumentException("learning_rate must be in (0, 1], found " + learningRate);
    }
  }

  /** 3 epochs of 256-row minibatches at learning rate 1e-3. */
  public static ClickModelConfig defaults() {
    return new ClickModelConfig(3, 256, 1e-3);
  }

  public ClickModelConfig withEpochs(int value) {
    return new ClickModelConfig(value, batchSize, learningRate);
  }
}
