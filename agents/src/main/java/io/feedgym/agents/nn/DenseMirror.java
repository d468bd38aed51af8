package io.feedgym.agents.nn;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/**
 * A plain-Java copy of a DL4J network of dense layers, for single-example inference: ND4J's fixed
 * per-op cost makes a batch-1 forward pass ~100× slower than these loops (for a minibatch, DL4J's
 * BLAS wins). Weights are kept input-major, so the inner loop is {@code out += x_i · W[i, :]} and
 * skips inputs that a ReLU zeroed. Call {@link #sync} after every update of the source network. Not
 * thread-safe (it reuses its activation buffers).
 */
public final class DenseMirror {
  private enum Act { IDENTITY, RELU, TANH }

  private final MultiLayerNetwork net;
  private final int[] nIn;
  private final int[] nOut;
  private final Act[] activations;
  private final float[][] weights;
  private final float[][] biases;
  private final float[][] buffers;

  /** Mirrors {@code net}, which must consist of dense layers with identity, ReLU or tanh activations. */
  public DenseMirror(MultiLayerNetwork net) {
    this.net = net;
    int layers = net.getnLayers();
    nIn = new int[layers];
    nOut = new int[layers];
    activations = new Act[layers];
    weights = new float[layers][];
    biases = new float[layers][];
    buffers = new float[layers][];
    for (int l = 0; l < layers; l++) {
      var conf = net.getLayerWiseConfigurations().getConf(l).getLayer();
      if (!(conf instanceof FeedForwardLayer ff) || !(conf instanceof BaseLayer base)) {
        throw new IllegalArgumentException("layer " + l + " is not a dense layer: " + conf);
      }
      nIn[l] = (int) ff.getNIn();
      nOut[l] = (int) ff.getNOut();
      activations[l] = activation(l, base);
      weights[l] = new float[nIn[l] * nOut[l]];
      biases[l] = new float[nOut[l]];
      buffers[l] = new float[nOut[l]];
    }
    sync();
  }

  private static Act activation(int layer, BaseLayer conf) {
    var fn = conf.getActivationFn();
    if (fn instanceof ActivationIdentity) {
      return Act.IDENTITY;
    } else if (fn instanceof ActivationReLU) {
      return Act.RELU;
    } else if (fn instanceof ActivationTanH) {
      return Act.TANH;
    }
    throw new IllegalArgumentException("layer " + layer + " has unsupported activation " + fn);
  }

  /** Copies the source network's current parameters (one ND4J op). */
  public void sync() {
    load(net.params().toFloatVector());
  }

  /** Sets the parameters from DL4J's flat layout: per layer W [nIn, nOut] in column-major order, then b. */
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
    return nOut[nOut.length - 1];
  }

  /** The network's output for one example; the returned array is reused by the next call. */
  public float[] forward(float[] input) {
    float[] x = input;
    for (int l = 0; l < weights.length; l++) {
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
      x = out;
    }
    return x;
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
    float[] q = forward(input);
    int best = 0;
    for (int a = 1; a < q.length; a++) {
      if (q[a] > q[best]) {
        best = a;
      }
    }
    return best;
  }
}
