package io.feedgym.agents.nn;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/**
 * A plain-Java copy of a DL4J network of dense layers, for single-example inference: ND4J's fixed
 * per-op cost makes a batch-1 forward pass ~100× slower than these loops. Call {@link #sync} after
 * every parameter update. Not thread-safe (it reuses its activation buffers).
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

  /** Copies the network's current parameters (one ND4J op). */
  public void sync() {
    float[] flat = net.params().toFloatVector();
    int offset = 0;
    for (int l = 0; l < weights.length; l++) {
      // DL4J stores W [nIn, nOut] in column-major ('f') order, then b.
      System.arraycopy(flat, offset, weights[l], 0, weights[l].length);
      offset += weights[l].length;
      System.arraycopy(flat, offset, biases[l], 0, biases[l].length);
      offset += biases[l].length;
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
      int in = nIn[l];
      for (int j = 0; j < out.length; j++) {
        float sum = biases[l][j];
        int column = j * in;
        for (int i = 0; i < in; i++) {
          sum += x[i] * w[column + i];
        }
        out[j] = switch (activations[l]) {
          case IDENTITY -> sum;
          case RELU -> Math.max(sum, 0f);
          case TANH -> (float) Math.tanh(sum);
        };
      }
      x = out;
    }
    return x;
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
