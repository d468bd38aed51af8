package io.feedgym.agents.ppo;

import io.feedgym.agents.nn.ExternalErrorGraph;
import io.feedgym.agents.nn.ExternalErrorLoss;
import io.feedgym.agents.nn.NetworkFiles;
import io.feedgym.networks.Network;
import io.feedgym.networks.NetworkConfig;
import io.feedgym.networks.ScoreOutput;
import io.feedgym.networks.ScorerGraph;
import io.feedgym.networks.features.FeatureSpec;
import io.feedgym.networks.features.Field;
import io.feedgym.networks.features.Tower;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * A slate actor whose per-candidate score is a block of module {@code networks} (docs/networks.md) over the
 * dense fields {@value #STATE} (state tower) and {@value #ITEM} (item tower), with the hidden sizes as its deep
 * part; the output layer takes the external error ({@link ExternalErrorLoss}). Adam as {@link PpoNetwork}'s
 * (ε = 1e-5); initial weights from the block's own initialisation, seeded. Acting scores a page's rows in one
 * graph call (no plain-Java mirror). Not thread-safe.
 */
final class BlockActor implements PpoActor {
  static final String STATE = "state";
  static final String ITEM = "item";

  private final ExternalErrorGraph net;
  private final int stateSize;
  private final int itemSize;

  private BlockActor(ExternalErrorGraph net, int stateSize, int itemSize) {
    this.net = net;
    this.stateSize = stateSize;
    this.itemSize = itemSize;
  }

  /** A block actor of one score per (state, item) row. */
  static BlockActor build(Network block, int stateSize, int itemSize, List<Integer> hidden, double learningRate,
      long seed) {
    FeatureSpec spec = FeatureSpec.of(new Field.Dense(STATE, Tower.STATE, stateSize),
        new Field.Dense(ITEM, Tower.ITEM, itemSize));
    var settings = ScorerGraph.settings(learningRate, seed)
        .updater(new Adam(learningRate, 0.9, 0.999, 1e-5))
        .trainingWorkspaceMode(WorkspaceMode.NONE)
        .inferenceWorkspaceMode(WorkspaceMode.NONE);
    ComputationGraph net = ScorerGraph.build(spec, NetworkConfig.defaults().withNetwork(block).withHiddenSizes(hidden),
        new ScoreOutput(Activation.IDENTITY, new ExternalErrorLoss()), settings);
    return new BlockActor(ExternalErrorGraph.of(net), stateSize, itemSize);
  }

  @Override
  public float[] act(float[] inputs, int rows) {
    return net.output(false, split(inputs, rows))[0].dup('c').data().asFloat();
  }

  @Override
  public float[][] forward(float[] inputs, int rows) {
    float[] flat = net.feedForward(split(inputs, rows), true, false).get(ScorerGraph.OUTPUT).dup('c').data().asFloat();
    float[][] out = new float[rows][];
    for (int r = 0; r < rows; r++) {
      out[r] = new float[] {flat[r]};
    }
    return out;
  }

  @Override
  public Gradient backprop(float[] error, int rows) {
    return net.backpropKeepingEpsilons(Nd4j.create(error, new long[] {rows, 1}, 'c'));
  }

  @Override
  public void step(Gradient gradient, double scale, long iteration) {
    if (scale != 1) {
      gradient.gradient().muli(scale);
    }
    net.getUpdater().update(gradient, Math.toIntExact(iteration), 0, 1, LayerWorkspaceMgr.noWorkspaces());
    net.params().subi(gradient.gradient());
    net.clearLayersStates();
  }

  @Override
  public void setLearningRate(double learningRate) {
    net.setLearningRate(learningRate);
  }

  @Override
  public void sync() {
    // Acting runs the graph itself.
  }

  @Override
  public long numParams() {
    return net.numParams();
  }

  @Override
  public void save(OutputStream out) throws IOException {
    ModelSerializer.writeModel(net, out, true);
  }

  @Override
  public PpoActor restore(Path file) throws IOException {
    return new BlockActor(ExternalErrorGraph.of(NetworkFiles.readGraph(file, net)), stateSize, itemSize);
  }

  /** The [state | item] rows as the graph's two inputs. */
  private INDArray[] split(float[] inputs, int rows) {
    int width = stateSize + itemSize;
    float[] states = new float[rows * stateSize];
    float[] items = new float[rows * itemSize];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(inputs, r * width, states, r * stateSize, stateSize);
      System.arraycopy(inputs, r * width + stateSize, items, r * itemSize, itemSize);
    }
    return new INDArray[] {Nd4j.create(states, new long[] {rows, stateSize}, 'c'),
        Nd4j.create(items, new long[] {rows, itemSize}, 'c')};
  }
}
