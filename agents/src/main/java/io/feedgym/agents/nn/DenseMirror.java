package io.feedgym.agents.nn;

import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/**
 * A plain-Java copy of a DL4J network of dense layers, for single-example inference: ND4J's fixed
 * per-op cost makes a batch-1 forward pass ~100× slower than these loops (for a minibatch, DL4J's
 * BLAS wins). It mirrors a {@link MultiLayerNetwork} chain of dense layers, or a {@link ComputationGraph}
 * of a dense chain ending in a dueling head (value and advantage layers joined by a
 * {@link DuelingVertex}, as {@link DuelingQNetwork} builds). Weights are kept input-major, so the inner
 * loop is {@code out += x_i · W[i, :]} and skips inputs that a ReLU zeroed. Call {@link #sync} after
 * every update of the source network. Not thread-safe (it reuses its activation buffers).
 */
public final class DenseMirror {
  enum Act { IDENTITY, RELU, TANH }

  private final Model net;
  // All dense layers in DL4J's parameter order: the chain, then (dueling) the value and advantage heads.
  private final int[] nIn;
  private final int[] nOut;
  private final Act[] activations;
  private final float[][] weights;
  private final float[][] biases;
  private final float[][] buffers;
  private final int chain;
  private final int value;
  private final int advantage;
  private final float[] q;

  /** Mirrors {@code net}, which must consist of dense layers with identity, ReLU or tanh activations. */
  public DenseMirror(MultiLayerNetwork net) {
    this(net, DenseStructure.of(net));
  }

  /**
   * Mirrors a dueling {@code graph}: a chain of dense layers from its one input, two dense heads on the
   * chain's output feeding a {@link DuelingVertex} (value first), and optionally a parameter-free
   * identity {@link org.deeplearning4j.nn.conf.layers.LossLayer} on the vertex.
   */
  public DenseMirror(ComputationGraph graph) {
    this(graph, DenseStructure.of(graph));
  }

  private DenseMirror(Model net, DenseStructure structure) {
    this.net = net;
    List<BaseLayer> layers = structure.layers();
    int count = layers.size();
    this.value = structure.value();
    this.advantage = structure.advantage();
    this.chain = value < 0 ? count : count - 2;
    nIn = new int[count];
    nOut = new int[count];
    activations = new Act[count];
    weights = new float[count][];
    biases = new float[count][];
    buffers = new float[count][];
    for (int l = 0; l < count; l++) {
      FeedForwardLayer ff = (FeedForwardLayer) layers.get(l);
      nIn[l] = (int) ff.getNIn();
      nOut[l] = (int) ff.getNOut();
      activations[l] = activation("layer " + l, layers.get(l).getActivationFn());
      weights[l] = new float[nIn[l] * nOut[l]];
      biases[l] = new float[nOut[l]];
      buffers[l] = new float[nOut[l]];
    }
    q = value < 0 ? new float[0] : new float[nOut[advantage]];
    sync();
  }

  /** The mirrored form of {@code fn}; fails naming {@code layer} for an activation the mirror lacks. */
  static Act activation(String layer, IActivation fn) {
    if (fn instanceof ActivationIdentity) {
      return Act.IDENTITY;
    } else if (fn instanceof ActivationReLU) {
      return Act.RELU;
    } else if (fn instanceof ActivationTanH) {
      return Act.TANH;
    }
    throw new IllegalArgumentException(layer + " has unsupported activation " + fn);
  }

  /** Copies the source network's current parameters (one ND4J op). */
  public void sync() {
    load(net.params().toFloatVector());
  }

  /**
   * Sets the parameters from DL4J's flat layout: per layer (in parameter order, for a graph its
   * topological order) W [nIn, nOut] in column-major order, then b.
   */
  public void load(float[] flat) {
    int expected = 0;
    for (int l = 0; l < weights.length; l++) {
      expected += weights[l].length + biases[l].length;
    }
    if (flat.length != expected) {
      throw new IllegalArgumentException("expected " + expected + " parameters, found " + flat.length);
    }
    int offset = 0;
    for (int l = 0; l < weights.length; l++) {
      int in = nIn[l];
      int out = nOut[l];
      float[] w = weights[l];
      for (int j = 0; j < out; j++) {
        for (int i = 0; i < in; i++) {
          w[i * out + j] = flat[offset + j * in + i];
        }
      }
      offset += in * out;
      System.arraycopy(flat, offset, biases[l], 0, out);
      offset += out;
    }
  }

  /** Number of inputs. */
  public int inputs() {
    return nIn[0];
  }

  /** Number of outputs. */
  public int outputs() {
    return value < 0 ? nOut[nOut.length - 1] : q.length;
  }

  /** The network's output for one example; the returned array is reused by the next call. */
  public float[] forward(float[] input) {
    float[] x = input;
    for (int l = 0; l < chain; l++) {
      x = layer(l, x);
    }
    if (value < 0) {
      return x;
    }
    float v = layer(value, x)[0];
    float[] a = layer(advantage, x);
    float sum = 0f;
    for (float aj : a) {
      sum += aj;
    }
    float mean = sum / a.length;
    for (int j = 0; j < a.length; j++) {
      q[j] = a[j] - mean + v;
    }
    return q;
  }

  private float[] layer(int l, float[] x) {
    float[] w = weights[l];
    float[] out = buffers[l];
    int width = out.length;
    System.arraycopy(biases[l], 0, out, 0, width);
    for (int i = 0; i < nIn[l]; i++) {
      float xi = x[i];
      if (xi != 0f) {
        int row = i * width;
        for (int j = 0; j < width; j++) {
          out[j] += xi * w[row + j];
        }
      }
    }
    activate(out, activations[l]);
    return out;
  }

  private static void activate(float[] values, Act act) {
    switch (act) {
      case IDENTITY -> { }
      case RELU -> {
        for (int j = 0; j < values.length; j++) {
          values[j] = Math.max(values[j], 0f);
        }
      }
      case TANH -> {
        for (int j = 0; j < values.length; j++) {
          values[j] = (float) Math.tanh(values[j]);
        }
      }
    }
  }

  /** Index of the largest output (the first on ties). */
  public int argmax(float[] input) {
    float[] out = forward(input);
    int best = 0;
    for (int a = 1; a < out.length; a++) {
      if (out[a] > out[best]) {
        best = a;
      }
    }
    return best;
  }
}
