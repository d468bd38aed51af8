package io.feedgym.agents.nn;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * The dueling network architecture (Wang et al. 2016, "Dueling Network Architectures for Deep
 * Reinforcement Learning", Fig. 1 and Eq. 9): shared ReLU hidden layers, then two linear streams, a
 * value V(s) and advantages A(s, ·), combined by {@link DuelingVertex} into
 * Q(s, a) = V(s) + A(s, a) − (1/|A|) Σ_a′ A(s, a′). Layer names are {@code hidden0…}, {@value #VALUE},
 * {@value #ADVANTAGE}, {@value #Q} and the parameter-free loss layer {@value #LOSS}. Checkpoints are DL4J
 * {@code ComputationGraph} zip files. Not thread-safe.
 */
public final class DuelingQNetwork extends MirroredQNetwork<ComputationGraph> {
  /** Name of the network input. */
  public static final String INPUT = "state";
  /** Name of the value stream's layer, V(s): one output. */
  public static final String VALUE = "value";
  /** Name of the advantage stream's layer, A(s, ·): one output per action. */
  public static final String ADVANTAGE = "advantage";
  /** Name of the aggregating vertex, Q(s, ·). */
  public static final String Q = "q";
  /** Name of the output layer that applies the loss to Q. */
  public static final String LOSS = "loss";

  private DuelingQNetwork(ComputationGraph graph) {
    super(graph, "a dueling Q-network (DL4J ComputationGraph)");
  }

  /**
   * An initialized dueling network {@code inputs → hidden… → (V, A) → Q} with as many outputs as
   * actions, trained with {@code loss} on Q by Adam; weights initialized like {@link Mlp}'s. Usable as
   * a {@link QNetwork.Builder}.
   */
  public static DuelingQNetwork build(
      int inputs, List<Integer> hidden, int actions, ILossFunction loss, double learningRate, long seed) {
    ComputationGraphConfiguration.GraphBuilder graph = Mlp.settings(learningRate, seed).graphBuilder()
        .addInputs(INPUT);
    String last = INPUT;
    int in = inputs;
    for (int l = 0; l < hidden.size(); l++) {
      graph.addLayer("hidden" + l, Mlp.dense(in, hidden.get(l), Activation.RELU), last);
      last = "hidden" + l;
      in = hidden.get(l);
    }
    graph.addLayer(VALUE, Mlp.dense(in, 1, Activation.IDENTITY), last)
        .addLayer(ADVANTAGE, Mlp.dense(in, actions, Activation.IDENTITY), last)
        .addVertex(Q, new DuelingVertex(), VALUE, ADVANTAGE)
        .addLayer(LOSS, new LossLayer.Builder(loss).activation(Activation.IDENTITY).build(), Q)
        .setOutputs(LOSS);
    ComputationGraph net = new ComputationGraph(graph.build());
    net.init();
    return new DuelingQNetwork(net);
  }

  /** The underlying DL4J graph, for inspection; change parameters through {@link #fit} and {@link #blend}. */
  public ComputationGraph graph() {
    return model;
  }

  @Override
  protected INDArray forward(INDArray states) {
    return model.outputSingle(states);
  }

  @Override
  protected void step(INDArray states, INDArray labels, INDArray mask) {
    model.fit(new INDArray[] {states}, new INDArray[] {labels}, null, new INDArray[] {mask});
  }

  @Override
  protected DenseMirror mirrorOf(ComputationGraph graph) {
    return new DenseMirror(graph);
  }

  @Override
  protected ComputationGraph cloneOf(ComputationGraph graph) {
    return graph.clone();
  }

  @Override
  protected ComputationGraph read(File file) throws IOException {
    return ModelSerializer.restoreComputationGraph(file, true);
  }

  @Override
  protected DuelingQNetwork wrap(ComputationGraph graph) {
    return new DuelingQNetwork(graph);
  }
}
