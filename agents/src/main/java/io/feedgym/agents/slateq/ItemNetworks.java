package io.feedgym.agents.slateq;

import io.feedgym.agents.slateq.SlateQConfig.Head;
import io.feedgym.agents.slateq.SlateQConfig.ItemNetwork;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * SlateQ's item networks Q̄(s, i) for other learners over the same rows (the offline agents of
 * {@code io.feedgym.agents.offline}): build one with any loss, score whole pages in one DL4J pass, and get the
 * scorer used for acting (DRN's plain-Java mirror, or the graph for a block network). Plain head only; the
 * graph's inputs are the state rows, then the item rows of a {@link SlateEncoder}. Stateless.
 */
public final class ItemNetworks {
  private ItemNetworks() {}

  /**
   * An initialized item network of {@code network} (plain head: one output per row) for the rows of
   * {@code encoder}, Adam with {@code learningRate}, trained with {@code loss}.
   */
  public static ComputationGraph build(ItemNetwork network, SlateEncoder<?> encoder, int towerSize,
      List<Integer> hiddenSizes, double learningRate, long seed, ILossFunction loss) {
    return network == ItemNetwork.DRN
        ? ItemQNetwork.build(Head.PLAIN, encoder.stateSize(), encoder.itemSize(), towerSize, hiddenSizes,
            learningRate, seed, loss)
        : BlockItemNetwork.build(network.block(), towerSize, hiddenSizes, learningRate, encoder, seed, loss);
  }

  /** The scorer that acts with {@code net} (built by {@link #build} with {@code network} and {@code hiddenSizes}). */
  public static PageScorer scorer(ComputationGraph net, ItemNetwork network, SlateEncoder<?> encoder,
      List<Integer> hiddenSizes) {
    return network == ItemNetwork.DRN ? new TwoTowerMirror(net, Head.PLAIN, encoder, hiddenSizes)
        : new BlockItemNetwork(net, encoder);
  }

  /** Q̄(s, ·) of every candidate, then of ⊥, of each page under {@code net} with {@code head}, in one forward pass. */
  public static <O> double[][] pageValues(ComputationGraph net, SlateEncoder<O> encoder, List<O> pages) {
    return pageValues(net, Head.PLAIN, encoder, pages);
  }

  static <O> double[][] pageValues(ComputationGraph net, Head head, SlateEncoder<O> encoder, List<O> pages) {
    int n = encoder.pageRows();
    int rows = pages.size() * n;
    if (rows == 0) {
      return new double[0][];
    }
    float[] states = new float[rows * encoder.stateSize()];
    float[] items = new float[rows * encoder.itemSize()];
    double[] available = new double[rows];
    for (int p = 0; p < pages.size(); p++) {
      encoder.encodeState(pages.get(p), states, p * n, n);
      encoder.encodeItems(pages.get(p), items, p * n, available);
    }
    float[] out = ItemQNetwork.outputs(net, Nd4j.create(states, new long[] {rows, encoder.stateSize()}, 'c'),
        Nd4j.create(items, new long[] {rows, encoder.itemSize()}, 'c'));
    double[] q = ItemTdLoss.itemValues(head, out, available, n);
    double[][] perPage = new double[pages.size()][];
    for (int p = 0; p < perPage.length; p++) {
      perPage[p] = Arrays.copyOfRange(q, p * n, (p + 1) * n);
    }
    return perPage;
  }
}
