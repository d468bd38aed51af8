package io.feedgym.agents.ddpg;

import io.feedgym.agents.ddpg.DdpgConfig.Bound;
import io.feedgym.agents.nn.DenseMirror;
import io.feedgym.agents.nn.Mlp;
import java.util.List;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The deterministic actor μ(s): ReLU hidden layers and an output layer whose weights start in
 * U(−3·10⁻³, 3·10⁻³) (Lillicrap et al. 2016, Sec. 7), so that the first actions are near 0. The output is
 * tanh, in [-1, 1]^F ({@link Bound#TANH}), or linear with inverted gradients ({@link Bound#INVERT_GRADIENTS}),
 * which may leave [-1, 1] and is clipped by the caller before it reaches the environment. It has no loss of its
 * own: {@link #ascend} back-propagates an external error, −∂Q/∂a from the critic, and takes an Adam step.
 * Acting runs on a plain-Java {@link DenseMirror}. Not thread-safe.
 */
final class Actor {
  private final MultiLayerNetwork net;
  private final DenseMirror mirror;
  private boolean mirrorStale;

  Actor(MultiLayerNetwork net) {
    this.net = net;
    this.mirror = new DenseMirror(net);
  }

  /**
   * An initialized actor {@code states → hidden… → actions} with the output of {@code bound}, trained by Adam
   * with {@code learningRate}; its output layer's bias makes the first actions ≈ {@code initialAction} (empty: 0).
   */
  static Actor build(int states, List<Integer> hidden, int actions, Bound bound, double learningRate,
      List<Double> initialAction, long seed) {
    var layers = Mlp.settings(learningRate, seed)
        .trainingWorkspaceMode(WorkspaceMode.NONE)
        .inferenceWorkspaceMode(WorkspaceMode.NONE)
        .list();
    int in = states;
    for (int width : hidden) {
      layers.layer(new DenseLayer.Builder().nIn(in).nOut(width).activation(Activation.RELU).build());
      in = width;
    }
    Activation output = bound == Bound.TANH ? Activation.TANH : Activation.IDENTITY;
    layers.layer(new DenseLayer.Builder().nIn(in).nOut(actions).activation(output)
        .weightInit(new UniformDistribution(-3e-3, 3e-3)).biasInit(0).build());
    MultiLayerNetwork net = new MultiLayerNetwork(layers.build());
    net.init();
    if (!initialAction.isEmpty()) {
      if (initialAction.size() != actions) {
        throw new IllegalArgumentException("initial_action must hold " + actions + " values, one per action "
            + "dimension, found " + initialAction.size());
      }
      INDArray bias = net.getLayer(hidden.size()).getParam("b");
      for (int i = 0; i < actions; i++) {
        double a = initialAction.get(i);
        bias.putScalar(i, bound == Bound.TANH ? 0.5 * Math.log((1 + a) / (1 - a)) : a);
      }
    }
    return new Actor(net);
  }

  /** The network, for checkpoints and target copies. */
  MultiLayerNetwork net() {
    return net;
  }

  /** μ(s) of a [batch × states] array, [batch × actions]. */
  INDArray output(INDArray states) {
    return net.output(states, false);
  }

  /** μ(s) of one state, computed without DL4J; the returned array is reused by the next call. */
  float[] act(float[] state) {
    if (mirrorStale) {
      mirror.sync();
      mirrorStale = false;
    }
    return mirror.forward(state);
  }

  /**
   * μ(s) of a [batch × states] array by a training-mode forward pass that keeps every layer's input for the
   * {@link #ascend} that follows; [batch × actions], owned by the network until then.
   */
  INDArray forwardForTraining(INDArray states) {
    net.setInput(states);
    List<INDArray> activations = net.feedForward(true, false);
    return activations.get(activations.size() - 1);
  }

  /**
   * One Adam step up the deterministic policy gradient (Silver et al. 2014; Lillicrap et al. 2016, Algorithm
   * 1): ∇θ J ≈ (1/B) Σ_i ∇a Q(s_i, a)|a=μ(s_i) ∇θ μ(s_i), back-propagated from the last
   * {@link #forwardForTraining}, whose output is {@code mu}, with the action penalty λ · |μ(s_i)|². {@code dQda}
   * is [batch × actions]. The ascent gradient g = ∂Q/∂a − 2λ μ is, when {@code invert}, scaled by
   * {@link InvertingGradients}; the external error fed into the output is −g, and DL4J's updater divides by the
   * batch size.
   */
  void ascend(INDArray dQda, INDArray mu, double actionL2, boolean invert) {
    INDArray ascent = dQda.dup('c');
    if (actionL2 > 0) {
      Nd4j.getBlasWrapper().level1().axpy(ascent.length(), -2 * actionL2, mu, ascent);
    }
    if (invert) {
      float[] g = ascent.data().asFloat();
      InvertingGradients.apply(g, mu.dup('c').data().asFloat());
      ascent.data().setData(g);
    }
    INDArray error = ascent.negi();
    LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
    Gradient gradient = net.backpropGradient(error, workspaces).getFirst();
    net.getUpdater().update(net, gradient, net.getIterationCount(), net.getEpochCount(), (int) dQda.size(0),
        workspaces);
    net.params().subi(gradient.gradient());
    net.setIterationCount(net.getIterationCount() + 1);
    mirrorStale = true;
  }

  /** Moves the parameters toward {@code source}'s: θ ← keep · θ + (1 − keep) · θ_source. */
  void blend(Actor source, double keep) {
    SoftUpdate.blend(net.params(), source.net.params(), keep);
    mirrorStale = true;
  }

  /** An independent copy with the same parameters and optimizer state, as a {@link #target} network. */
  Actor targetCopy() {
    return target(net.clone());
  }

  /**
   * {@code net} as a target network: only {@link #output} runs on it, so its forward passes may use DL4J's
   * workspaces (reused activation memory instead of fresh off-heap arrays); the online actor keeps them off.
   */
  static Actor target(MultiLayerNetwork net) {
    net.getLayerWiseConfigurations().setInferenceWorkspaceMode(WorkspaceMode.ENABLED);
    return new Actor(net);
  }
}
