package io.feedgym.agents.ppo;

import io.feedgym.agents.nn.DenseMirror;
import io.feedgym.agents.nn.NetworkFiles;
import io.feedgym.random.SplitMix;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * An actor or critic of {@link Ppo}: a DL4J MLP of tanh dense layers and a linear dense output layer, with no
 * loss layer, trained from an external error (∂loss/∂output computed in plain Java): {@link #forward} keeps
 * the activations, {@link #backprop} returns the parameter gradient, {@link #step} applies Adam (β = 0.9,
 * 0.999, ε = 1e-5 as CleanRL's PyTorch optimizer) to a gradient the caller may have rescaled. Weights are
 * orthogonal with gain √2 in the hidden layers and {@code outputGain} in the output layer, biases 0 (CleanRL's
 * {@code layer_init}), drawn from a {@link SplitMix} stream. Acting uses a plain-Java {@link DenseMirror}.
 * Not thread-safe.
 */
final class PpoNetwork implements PpoActor {
  private final MultiLayerNetwork net;
  private final DenseMirror mirror;

  private PpoNetwork(MultiLayerNetwork net) {
    this.net = net;
    this.mirror = new DenseMirror(net);
  }

  /** A network {@code inputs → hidden (tanh)… → outputs (linear)} with CleanRL's orthogonal initialisation. */
  static PpoNetwork build(int inputs, List<Integer> hidden, int outputs, double outputGain, double learningRate,
      SplitMix random) {
    var layers = new NeuralNetConfiguration.Builder()
        .dataType(DataType.FLOAT)
        .updater(new Adam(learningRate, 0.9, 0.999, 1e-5))
        .list();
    int in = inputs;
    for (int width : hidden) {
      layers.layer(new DenseLayer.Builder().nIn(in).nOut(width).activation(Activation.TANH).build());
      in = width;
    }
    layers.layer(new DenseLayer.Builder().nIn(in).nOut(outputs).activation(Activation.IDENTITY).build());
    MultiLayerNetwork net = new MultiLayerNetwork(layers.build());
    net.init();
    float[] params = new float[(int) net.numParams()];
    int offset = 0;
    in = inputs;
    for (int l = 0; l <= hidden.size(); l++) {
      int out = l < hidden.size() ? hidden.get(l) : outputs;
      double gain = l < hidden.size() ? Math.sqrt(2) : outputGain;
      Orthogonal.fill(in, out, gain, random, params, offset);
      offset += in * out + out;
      in = out;
    }
    net.setParams(Nd4j.create(params, new long[] {1, params.length}, 'c'));
    return new PpoNetwork(net);
  }

  /** The outputs for one input row, computed by the plain-Java mirror; the array is reused by the next call. */
  float[] output(float[] input) {
    return mirror.forward(input);
  }

  @Override
  public float[] act(float[] inputs, int rows) {
    int width = mirror.inputs();
    int outputs = mirror.outputs();
    float[] row = new float[width];
    float[] out = new float[rows * outputs];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(inputs, r * width, row, 0, width);
      System.arraycopy(mirror.forward(row), 0, out, r * outputs, outputs);
    }
    return out;
  }

  /** The outputs of a minibatch [rows × inputs], keeping the activations for {@link #backprop}; [rows][outputs]. */
  @Override
  public float[][] forward(float[] inputs, int rows) {
    net.setInput(Nd4j.create(inputs, new long[] {rows, mirror.inputs()}, 'c'));
    List<INDArray> activations = net.feedForward(true, false);
    // One bulk copy: INDArray.toFloatMatrix() views each row as an NDArray, which dominated the update's time.
    float[] flat = activations.get(activations.size() - 1).dup('c').data().asFloat();
    int outputs = mirror.outputs();
    float[][] out = new float[rows][];
    for (int r = 0; r < rows; r++) {
      out[r] = Arrays.copyOfRange(flat, r * outputs, (r + 1) * outputs);
    }
    return out;
  }

  /** The parameter gradient of a loss whose gradient with respect to the last {@link #forward}'s outputs is {@code error}. */
  @Override
  public Gradient backprop(float[] error, int rows) {
    INDArray epsilon = Nd4j.create(error, new long[] {rows, mirror.outputs()}, 'c');
    return net.backpropGradient(epsilon, LayerWorkspaceMgr.noWorkspaces()).getFirst();
  }

  /** Squared L2 norm of a gradient of this network. */
  static double squaredNorm(Gradient gradient) {
    double norm = gradient.gradient().norm2Number().doubleValue();
    return norm * norm;
  }

  /** Sets Adam's step size (DL4J rebuilds the updater, so call it once per rollout, not per minibatch). */
  @Override
  public void setLearningRate(double learningRate) {
    net.setLearningRate(learningRate);
  }

  /**
   * One Adam step on {@code gradient} × {@code scale}; {@code iteration} (0-based) sets Adam's bias correction.
   * The updater is told the batch has size 1: the error is already a mean over the minibatch.
   */
  @Override
  public void step(Gradient gradient, double scale, long iteration) {
    if (scale != 1) {
      gradient.gradient().muli(scale);
    }
    net.getUpdater().update(net, gradient, Math.toIntExact(iteration), 0, 1, LayerWorkspaceMgr.noWorkspaces());
    net.params().subi(gradient.gradient());
    net.clear();
  }

  /** Copies the parameters into the acting mirror; call after a round of {@link #step}s. */
  @Override
  public void sync() {
    mirror.sync();
  }

  @Override
  public long numParams() {
    return net.numParams();
  }

  /** Writes the network with its Adam state. */
  @Override
  public void save(OutputStream out) throws IOException {
    ModelSerializer.writeModel(net, out, true);
  }

  @Override
  public PpoNetwork restore(Path file) throws IOException {
    return new PpoNetwork(NetworkFiles.readMultiLayer(file, net));
  }
}
