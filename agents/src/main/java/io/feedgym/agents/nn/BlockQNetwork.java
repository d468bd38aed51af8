package io.feedgym.agents.nn;

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
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Q(s, a) from a block of module {@code networks} (docs/networks.md): the flat state is the dense field
 * {@value #STATE} (state tower) and the action the categorical field {@value #ACTION} (item tower, one embedding
 * per action), so Q(s, ·) is the block's score of the |A| rows (s, 0), …, (s, |A|−1) — an FM, for instance,
 * factorizes the interaction of every state number with the action. The TD loss sees one row per (state,
 * action) with the label mask selecting the taken action; DL4J averages it over the B·|A| rows, 1/|A| of the
 * MLP network's scale, to which Adam's steps are invariant. Acting runs the DL4J graph (no plain-Java mirror).
 * Not thread-safe.
 */
public final class BlockQNetwork implements QNetwork {
  static final String STATE = "state";
  static final String ACTION = "action";

  private final ComputationGraph net;
  private final int inputs;
  private final int actions;
  private INDArray actionColumn = Nd4j.empty(DataType.FLOAT);

  private BlockQNetwork(ComputationGraph net, int inputs, int actions) {
    this.net = net;
    this.inputs = inputs;
    this.actions = actions;
  }

  /**
   * A {@link QNetwork.Builder} of {@code block} with the block's defaults, the builder's hidden sizes as its
   * deep part and {@code embeddingDim}-dimensional vectors.
   */
  public static QNetwork.Builder builder(Network block) {
    return (inputs, hidden, outputs, loss, learningRate, seed) -> {
      FeatureSpec spec = FeatureSpec.of(new Field.Dense(STATE, Tower.STATE, inputs),
          new Field.Categorical(ACTION, Tower.ITEM, outputs, NetworkConfig.defaults().embeddingDim()));
      NetworkConfig config = NetworkConfig.defaults().withNetwork(block).withHiddenSizes(hidden);
      return new BlockQNetwork(ScorerGraph.build(spec, config, new ScoreOutput(Activation.IDENTITY, loss),
          learningRate, seed), inputs, outputs);
    };
  }

  @Override
  public float[] output(INDArray states) {
    return net.outputSingle(false, rows(states)).ravel().toFloatVector();
  }

  @Override
  public void fit(INDArray states, INDArray labels, INDArray mask) {
    long rows = states.size(0) * actions;
    net.fit(new MultiDataSet(rows(states), new INDArray[] {labels.reshape('c', rows, 1)}, null,
        new INDArray[] {mask.reshape('c', rows, 1)}));
  }

  /** The graph's inputs for a [batch × inputs] state array: each state repeated |A| times beside 0, …, |A|−1. */
  private INDArray[] rows(INDArray states) {
    long batch = states.size(0);
    if (actionColumn.isEmpty() || actionColumn.size(0) != batch * actions) {
      float[] column = new float[Math.toIntExact(batch * actions)];
      for (int r = 0; r < column.length; r++) {
        column[r] = r % actions;
      }
      actionColumn = Nd4j.create(column, new long[] {column.length, 1}, 'c');
    }
    return new INDArray[] {states.castTo(DataType.FLOAT).repeat(0, actions), actionColumn};
  }

  @Override
  public double score() {
    return net.score();
  }

  @Override
  public int argmax(float[] state) {
    float[] q = output(Nd4j.create(state, new long[] {1, inputs}, 'c'));
    int best = 0;
    for (int a = 1; a < q.length; a++) {
      if (q[a] > q[best]) {
        best = a;
      }
    }
    return best;
  }

  @Override
  public long numParams() {
    return net.numParams();
  }

  @Override
  public INDArray params() {
    return net.params();
  }

  @Override
  public void blend(QNetwork source, double keep) {
    if (source.numParams() != numParams()) {
      throw new IllegalArgumentException(
          "cannot blend a network of " + source.numParams() + " parameters into one of " + numParams());
    }
    if (keep == 0.0) {
      net.params().assign(source.params());
    } else {
      net.params().muli(keep).addi(source.params().mul(1.0 - keep));
    }
  }

  @Override
  public QNetwork copy() {
    return new BlockQNetwork(net.clone(), inputs, actions);
  }

  @Override
  public void save(OutputStream out, boolean withUpdater) throws IOException {
    ModelSerializer.writeModel(net, out, withUpdater);
  }

  @Override
  public QNetwork restore(Path file) throws IOException {
    return new BlockQNetwork(NetworkFiles.readGraph(file, net), inputs, actions);
  }
}
