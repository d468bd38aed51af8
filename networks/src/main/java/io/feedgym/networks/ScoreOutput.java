package io.feedgym.networks;

import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

/**
 * The output layer on a scorer's logit: an activation and the training loss.
 *
 * @param activation applied to the logit (identity for values, sigmoid for click probabilities)
 * @param loss the loss the graph is fitted with
 */
public record ScoreOutput(Activation activation, ILossFunction loss) {
  public ScoreOutput {
    if (activation == null || loss == null) {
      throw new IllegalArgumentException("activation and loss must be set, found " + activation + ", " + loss);
    }
  }

  /** A value (Q(s, i), a return): identity output, squared error. */
  public static ScoreOutput value() {
    return new ScoreOutput(Activation.IDENTITY, new LossMSE());
  }

  /** A click probability: sigmoid output, log loss (binary cross-entropy). */
  public static ScoreOutput clickProbability() {
    return new ScoreOutput(Activation.SIGMOID, new LossBinaryXENT());
  }
}
