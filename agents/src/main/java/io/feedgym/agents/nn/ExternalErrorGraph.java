package io.feedgym.agents.nn;

import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A {@link ComputationGraph} whose backward pass keeps every vertex's epsilon. DL4J 1.0.0-M2.1's public
 * {@code backpropGradient(INDArray...)} calls {@code calcBackpropGradients(clearLayers = true, …)}, which ends
 * by clearing all vertices, the input vertices' epsilons ∂(e · output)/∂input included; with
 * {@code clearLayers = false} they stay readable through {@code getVertex(input).getEpsilon()}. A graph whose output
 * is a loss layer (a block of module {@code networks}) must use {@link ExternalErrorLoss}.
 * Not thread-safe.
 */
public final class ExternalErrorGraph extends ComputationGraph {

  public ExternalErrorGraph(ComputationGraphConfiguration configuration) {
    super(configuration);
  }

  /**
   * A copy of {@code source}: a clone of its configuration, its iteration and epoch counts (Adam's bias correction), its parameters and, when
   * it has one, its optimizer state.
   */
  public static ExternalErrorGraph of(ComputationGraph source) {
    ExternalErrorGraph copy = new ExternalErrorGraph(source.getConfiguration().clone());
    copy.init(source.params().dup(), false);
    copy.getConfiguration().setIterationCount(source.getIterationCount());
    copy.getConfiguration().setEpochCount(source.getEpochCount());
    var updater = source.getUpdater(false);
    if (updater != null && updater.getStateViewArray() != null) {
      copy.getUpdater().getStateViewArray().assign(updater.getStateViewArray());
    }
    return copy;
  }

  /**
   * Back-propagates the external errors {@code epsilons} (one per output) from the last training-mode
   * {@code feedForward}, keeping the vertices' epsilons; returns the parameter gradient, a view that the next
   * backward pass overwrites.
   */
  public Gradient backpropKeepingEpsilons(INDArray... epsilons) {
    if (getOutputLayer(0) instanceof IOutputLayer) {
      // An output layer ignores external epsilons and back-propagates its loss: ExternalErrorLoss takes them as labels.
      setLabels(epsilons);
      calcBackpropGradients(false, false);
    } else {
      calcBackpropGradients(false, false, epsilons);
    }
    return gradient();
  }
}
