package io.feedgym.agents.slateq;

import io.feedgym.agents.slateq.SlateQConfig.Head;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;

/**
 * A plain-Java copy of an {@link ItemQNetwork}, for scoring one page while acting: the graph's fixed
 * per-call cost (~1 ms for one 101-row forward pass) is far above the work, so the mirror computes the
 * same function with loops, the state tower and the state's share of the first interaction layer once per
 * page. It agrees with the graph to float rounding (a test checks 1e-4). Call {@link #sync} after every
 * update of the network. Not thread-safe (it reuses its buffers).
 */
final class TwoTowerMirror implements PageScorer {
  /** One dense layer: input-major weights W[i · nOut + j], bias, and whether a ReLU follows. */
  private record Dense(int nIn, int nOut, float[] weights, float[] bias, boolean relu) {
    /** out = act(b + Σ_i x_i W[i, :]) over the inputs {@code x[from, from + count)} mapped to weight rows {@code [row, row + count)}. */
    void accumulate(float[] x, int from, int count, int row, float[] out) {
      for (int i = 0; i < count; i++) {
        float xi = x[from + i];
        if (xi != 0f) {
          int offset = (row + i) * nOut;
          for (int j = 0; j < nOut; j++) {
            out[j] += xi * weights[offset + j];
          }
        }
      }
    }

    float[] apply(float[] x) {
      float[] out = bias.clone();
      accumulate(x, 0, nIn, 0, out);
      return activate(out);
    }

    float[] activate(float[] values) {
      if (relu) {
        for (int j = 0; j < values.length; j++) {
          values[j] = Math.max(values[j], 0f);
        }
      }
      return values;
    }
  }

  private final ComputationGraph net;
  private final Head head;
  private final int hiddenLayers;
  private Dense stateTower;
  private Dense itemTower;
  private Dense[] advantageStack;
  private Dense[] valueStack;
  private final float[] state;
  private final float[] items;
  private final double[] available;

  /** A mirror of {@code net}, with buffers for the rows of {@code encoder}. */
  TwoTowerMirror(ComputationGraph net, Head head, SlateEncoder<?> encoder, List<Integer> hiddenSizes) {
    this.net = net;
    this.head = head;
    this.hiddenLayers = hiddenSizes.size();
    this.state = new float[encoder.stateSize()];
    this.items = new float[encoder.pageRows() * encoder.itemSize()];
    this.available = new double[encoder.pageRows()];
    sync();
  }

  /**
   * Copies the network's parameters (one ND4J op). DL4J lays them out per layer in the graph's topological
   * order, each dense layer as W [nIn, nOut] in column-major order, then b.
   */
  @Override
  public void sync() {
    float[] flat = net.params().toFloatVector();
    Map<String, Dense> layers = new HashMap<>();
    int offset = 0;
    for (int index : net.topologicalSortOrder()) {
      GraphVertex vertex = net.getVertices()[index];
      if (!vertex.hasLayer() || !(vertex.getLayer().conf().getLayer() instanceof DenseLayer conf)) {
        continue;
      }
      int in = (int) conf.getNIn();
      int out = (int) conf.getNOut();
      float[] w = new float[in * out];
      for (int j = 0; j < out; j++) {
        for (int i = 0; i < in; i++) {
          w[i * out + j] = flat[offset + j * in + i];
        }
      }
      offset += in * out;
      float[] b = java.util.Arrays.copyOfRange(flat, offset, offset + out);
      offset += out;
      boolean relu = !conf.getLayerName().endsWith("_out");
      layers.put(conf.getLayerName(), new Dense(in, out, w, b, relu));
    }
    if (offset != flat.length) {
      throw new IllegalStateException("mirrored " + offset + " of the network's " + flat.length + " parameters");
    }
    stateTower = layers.get("state_tower");
    itemTower = layers.get("item_tower");
    advantageStack = stack(layers, "hidden");
    valueStack = head == Head.PLAIN ? null : stack(layers, "value_hidden");
  }

  /** The layers {@code prefix_0 … prefix_out}. */
  private Dense[] stack(Map<String, Dense> layers, String prefix) {
    Dense[] out = new Dense[hiddenLayers + 1];
    for (int l = 0; l < hiddenLayers; l++) {
      out[l] = layers.get(prefix + "_" + l);
    }
    out[hiddenLayers] = layers.get(prefix + "_out");
    return out;
  }

  /**
   * Q̄(s, ·) of every candidate of {@code page}, then of the null item, as {@link ItemQNetwork} computes it;
   * {@code encoder} has the row widths of the encoder this mirror was built with.
   */
  @Override
  public <O> double[] itemValues(SlateEncoder<O> encoder, O page) {
    encoder.encodeState(page, state, 0, 1);
    encoder.encodeItems(page, items, 0, available);
    float[] stateEmbedding = stateTower.apply(state);
    Dense first = advantageStack[0];
    int width = stateEmbedding.length;
    float[] shared = first.bias().clone();
    first.accumulate(stateEmbedding, 0, width, 0, shared);
    float[] item = new float[items.length / available.length];
    float[] product = new float[width];
    int rows = available.length;
    float[] out = new float[rows * (head == Head.PLAIN ? 1 : 2)];
    float value = head == Head.PLAIN ? 0f : tail(valueStack, stateEmbedding, 0);
    for (int r = 0; r < rows; r++) {
      System.arraycopy(items, r * item.length, item, 0, item.length);
      float[] itemEmbedding = itemTower.apply(item);
      for (int i = 0; i < width; i++) {
        product[i] = stateEmbedding[i] * itemEmbedding[i];
      }
      float[] h = shared.clone();
      first.accumulate(itemEmbedding, 0, width, width, h);
      first.accumulate(product, 0, width, 2 * width, h);
      float advantage = tail(advantageStack, first.activate(h), 1);
      if (head == Head.PLAIN) {
        out[r] = advantage;
      } else {
        out[2 * r] = value;
        out[2 * r + 1] = advantage;
      }
    }
    return ItemTdLoss.itemValues(head, out, available, rows);
  }

  /** The layers {@code stack[from …]} applied to {@code x}; returns the one output. */
  private static float tail(Dense[] stack, float[] x, int from) {
    float[] h = x;
    for (int l = from; l < stack.length; l++) {
      h = stack[l].apply(h);
    }
    return h[0];
  }
}
