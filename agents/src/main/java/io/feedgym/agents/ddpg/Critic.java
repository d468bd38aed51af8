package io.feedgym.agents.ddpg;

import io.feedgym.agents.ddpg.DdpgConfig.CriticForm;
import io.feedgym.agents.nn.ExternalErrorGraph;
import io.feedgym.agents.nn.ExternalErrorLoss;
import io.feedgym.agents.nn.Mlp;
import io.feedgym.networks.Network;
import io.feedgym.networks.NetworkConfig;
import io.feedgym.networks.ScoreOutput;
import io.feedgym.networks.ScorerGraph;
import io.feedgym.networks.features.FeatureSpec;
import io.feedgym.networks.features.Field;
import io.feedgym.networks.features.Tower;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The critic Q(s, a), a DL4J {@link ComputationGraph} with two inputs, {@code state} and {@code action}, and
 * one linear output {@code q}. {@link CriticForm#PLAIN}: ReLU layers on the concatenation [s, a].
 * {@link CriticForm#ADVANTAGE}: Q(s, a) = V(s) + A(s, a), V from ReLU layers on s alone and A from ReLU layers
 * on [s, a], added by an {@link ElementWiseVertex}. Without a constraint V and A are identifiable only up to
 * a function of s (V + c(s), A − c(s) give the same Q); nothing here pins them, since only Q enters the loss
 * and ∂Q/∂a = ∂A/∂a — V is a state baseline that the A stream need not learn. Both output layers start in
 * U(−3·10⁻³, 3·10⁻³) as in the paper. A block of module {@code networks} may replace the MLP
 * ({@link #build(Network, int, int, List, double, long)}). The graph runs without workspaces and back-propagates without clearing
 * ({@link ExternalErrorGraph}), so that the {@code action} input vertex then holds its epsilon ∂(e · Q)/∂a:
 * {@link #actionGradient}. Not thread-safe.
 */
final class Critic {
  static final String STATE = "state";
  static final String ACTION = "action";
  static final String Q = "q";
  private static final String STATE_ACTION = "state_action";

  private final ExternalErrorGraph graph;
  private final String output;
  private float[] lastQ = new float[0];

  Critic(ComputationGraph graph) {
    this.graph = graph instanceof ExternalErrorGraph own ? own : ExternalErrorGraph.of(graph);
    this.output = graph.getConfiguration().getNetworkOutputs().get(0);
  }

  /**
   * An initialized critic of {@code block} (docs/networks.md) over the dense fields {@value #STATE} (state tower)
   * and {@value #ACTION} (item tower), with {@code hidden} as its deep part and the block's other defaults; its
   * output layer takes the external error ({@link ExternalErrorLoss}).
   */
  static Critic build(Network block, int states, int actions, List<Integer> hidden, double learningRate, long seed) {
    FeatureSpec spec = FeatureSpec.of(new Field.Dense(STATE, Tower.STATE, states),
        new Field.Dense(ACTION, Tower.ITEM, actions));
    var settings = ScorerGraph.settings(learningRate, seed)
        .trainingWorkspaceMode(WorkspaceMode.NONE)
        .inferenceWorkspaceMode(WorkspaceMode.NONE);
    ComputationGraph graph = ScorerGraph.build(spec, NetworkConfig.defaults().withNetwork(block).withHiddenSizes(hidden),
        new ScoreOutput(Activation.IDENTITY, new ExternalErrorLoss()), settings);
    return new Critic(ExternalErrorGraph.of(graph));
  }

  /** An initialized critic of {@code form}, trained by Adam with {@code learningRate}. */
  static Critic build(CriticForm form, int states, int actions, List<Integer> hidden, double learningRate, long seed) {
    ComputationGraphConfiguration.GraphBuilder g = Mlp.settings(learningRate, seed)
        .trainingWorkspaceMode(WorkspaceMode.NONE)
        .inferenceWorkspaceMode(WorkspaceMode.NONE)
        .graphBuilder()
        .addInputs(STATE, ACTION)
        .addVertex(STATE_ACTION, new MergeVertex(), STATE, ACTION);
    String stateAction = stream(g, "sa", STATE_ACTION, states + actions, hidden);
    if (form == CriticForm.PLAIN) {
      g.addLayer(Q, head(hidden), stateAction);
    } else {
      String state = stream(g, "s", STATE, states, hidden);
      g.addLayer("value", head(hidden), state)
          .addLayer("advantage", head(hidden), stateAction)
          .addVertex(Q, new ElementWiseVertex(ElementWiseVertex.Op.Add), "value", "advantage");
    }
    ExternalErrorGraph graph = new ExternalErrorGraph(g.setOutputs(Q).build());
    graph.init();
    return new Critic(graph);
  }

  private static String stream(ComputationGraphConfiguration.GraphBuilder g, String prefix, String input, int in,
      List<Integer> hidden) {
    String last = input;
    for (int l = 0; l < hidden.size(); l++) {
      String name = prefix + "_hidden" + l;
      g.addLayer(name, new DenseLayer.Builder().nIn(l == 0 ? in : hidden.get(l - 1)).nOut(hidden.get(l))
          .activation(Activation.RELU).build(), last);
      last = name;
    }
    return last;
  }

  private static DenseLayer head(List<Integer> hidden) {
    return new DenseLayer.Builder().nIn(hidden.get(hidden.size() - 1)).nOut(1).activation(Activation.IDENTITY)
        .weightInit(new UniformDistribution(-3e-3, 3e-3)).biasInit(0).build();
  }

  /** The graph, for checkpoints and target copies. */
  ComputationGraph graph() {
    return graph;
  }

  /** Q(s, a) of a batch of states [batch × states] and actions [batch × actions], one value per row. */
  float[] q(INDArray states, INDArray actions) {
    return graph.output(false, states, actions)[0].toFloatVector();
  }

  /**
   * One Adam step on L = (1/B) Σ_i (y_i − Q(s_i, a_i))²; returns Q(s, a) before the step. The external
   * error at the output is ∂L/∂Q_i · B = 2 (Q_i − y_i), DL4J's updater dividing by the batch size.
   */
  float[] descend(INDArray states, INDArray actions, float[] targets) {
    float[] q = forwardForTraining(states, actions);
    float[] error = new float[q.length];
    for (int i = 0; i < q.length; i++) {
      error[i] = 2 * (q[i] - targets[i]);
    }
    LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
    Gradient gradient = graph.backpropKeepingEpsilons(Nd4j.create(error, new long[] {q.length, 1}, 'c'));
    graph.getUpdater().update(gradient, graph.getIterationCount(), graph.getEpochCount(), q.length, workspaces);
    graph.params().subi(gradient.gradient());
    graph.getConfiguration().setIterationCount(graph.getIterationCount() + 1);
    return q;
  }

  /**
   * ∂Q(s_i, a)/∂a at a = a_i for every row, [batch × actions], by one backward pass with the external error 1
   * at the output, read from the {@code action} input vertex: the graph's own array, valid until its next
   * backward pass. The critic's parameters and optimizer state do not change.
   */
  INDArray actionGradient(INDArray states, INDArray actions) {
    lastQ = forwardForTraining(states, actions);
    graph.backpropKeepingEpsilons(Nd4j.ones(states.dataType(), states.size(0), 1));
    return graph.getVertex(ACTION).getEpsilon();
  }

  /** Q(s, a) of the last {@link #actionGradient} call's batch, one value per row. */
  float[] lastQ() {
    return lastQ;
  }

  private float[] forwardForTraining(INDArray states, INDArray actions) {
    return graph.feedForward(new INDArray[] {states, actions}, true, false).get(output).toFloatVector();
  }

  /** Moves the parameters toward {@code source}'s: θ ← keep · θ + (1 − keep) · θ_source. */
  void blend(Critic source, double keep) {
    SoftUpdate.blend(graph.params(), source.graph.params(), keep);
  }

  /** An independent copy with the same parameters and optimizer state, as a {@link #target} network. */
  Critic targetCopy() {
    return target(ExternalErrorGraph.of(graph));
  }

  /**
   * {@code graph} as a target network: only {@link #q} runs on it, so its forward passes may use DL4J's
   * workspaces (reused activation memory instead of fresh off-heap arrays). The online critic keeps them off:
   * with inference workspaces on, this DL4J version's training-mode forward pass also lands in them, and the
   * backward pass then reads arrays from a closed workspace.
   */
  static Critic target(ComputationGraph graph) {
    graph.getConfiguration().setInferenceWorkspaceMode(WorkspaceMode.ENABLED);
    return new Critic(graph);
  }
}
