package io.feedgym.agents.slateq;

import io.feedgym.agents.slateq.SlateQConfig.Head;
import io.feedgym.networks.Network;
import io.feedgym.networks.NetworkConfig;
import io.feedgym.networks.ScoreOutput;
import io.feedgym.networks.ScorerGraph;
import io.feedgym.networks.features.FeatureSpec;
import io.feedgym.networks.features.Field;
import io.feedgym.networks.features.Tower;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * An item network Q̄(s, i) from a block of module {@code networks} (docs/networks.md): the encoder's state row
 * and item row are the dense fields {@value #STATE} (state tower) and {@value #ITEM} (item tower), so the graph
 * takes the same two inputs as {@link ItemQNetwork} and works with every {@link SlateEncoder}; one output
 * (the plain head) under {@link ItemTdLoss}. The block's settings are its defaults, with the tower size and the
 * hidden sizes of the SlateQ config. Acting scores a page with one DL4J forward pass of its
 * {@link SlateEncoder#pageRows()} rows (no plain-Java mirror). Not thread-safe.
 */
final class BlockItemNetwork implements PageScorer {
  static final String STATE = "state";
  static final String ITEM = "item";

  private final ComputationGraph net;
  private final float[] states;
  private final float[] items;
  private final double[] available;

  /** A scorer reading {@code net} for pages of {@code encoder}. */
  BlockItemNetwork(ComputationGraph net, SlateEncoder<?> encoder) {
    this.net = net;
    this.states = new float[encoder.pageRows() * encoder.stateSize()];
    this.items = new float[encoder.pageRows() * encoder.itemSize()];
    this.available = new double[encoder.pageRows()];
  }

  /** An initialized item network of {@code block} for the rows of {@code encoder}. */
  static ComputationGraph build(Network block, SlateQConfig config, SlateEncoder<?> encoder, long seed) {
    return build(block, config.towerSize(), config.hiddenSizes(), config.learningRate(), encoder, seed,
        new ItemTdLoss(Head.PLAIN, encoder.pageRows()));
  }

  /** An initialized item network of {@code block} trained with {@code loss} (one output per row). */
  static ComputationGraph build(Network block, int towerSize, List<Integer> hiddenSizes, double learningRate,
      SlateEncoder<?> encoder, long seed, ILossFunction loss) {
    FeatureSpec spec = FeatureSpec.of(new Field.Dense(STATE, Tower.STATE, encoder.stateSize()),
        new Field.Dense(ITEM, Tower.ITEM, encoder.itemSize()));
    NetworkConfig network = NetworkConfig.defaults().withNetwork(block).withTowerSize(towerSize)
        .withHiddenSizes(hiddenSizes);
    ScoreOutput output = new ScoreOutput(Activation.IDENTITY, loss);
    return ScorerGraph.build(spec, network, output, learningRate, seed);
  }

  @Override
  public <O> double[] itemValues(SlateEncoder<O> encoder, O page) {
    int rows = encoder.pageRows();
    encoder.encodeState(page, states, 0, rows);
    encoder.encodeItems(page, items, 0, available);
    float[] out = ItemQNetwork.outputs(net, Nd4j.create(states, new long[] {rows, encoder.stateSize()}, 'c'),
        Nd4j.create(items, new long[] {rows, encoder.itemSize()}, 'c'));
    return ItemTdLoss.itemValues(Head.PLAIN, out, available, rows);
  }

  /** Nothing to copy: acting reads the graph itself. */
  @Override
  public void sync() {}
}
