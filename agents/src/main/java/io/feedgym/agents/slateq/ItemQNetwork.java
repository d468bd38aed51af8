package io.feedgym.agents.slateq;

import io.feedgym.agents.slateq.SlateQConfig.Head;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * DRN's two-tower item-value network (Zheng et al. 2018, "DRN: A Deep Reinforcement Learning Framework for
 * News Recommendation", Sec. 4.2, the Q-network figure): per (page, item) row, a state tower (one ReLU
 * layer over the user and context features) and an item tower (one ReLU layer over the candidate's
 * features), both {@code towerSize} wide; their interaction, the concatenation [e_s, e_i, e_s ⊙ e_i], feeds
 * ReLU layers of {@code hiddenSizes} and a linear output. The PLAIN head outputs Q̄(s, i); the DUELING head
 * outputs V(s) (from the state tower through the same hidden widths, as in DRN where the value depends on
 * the state features only) and A(s, i), combined by {@link ItemTdLoss}. Weights are drawn from
 * U(−1/√fan_in, 1/√fan_in), float precision, Adam.
 */
final class ItemQNetwork {
  static final String STATE = "state";
  static final String ITEM = "item";

  private ItemQNetwork() {}

  /** An initialized graph with inputs {@link #STATE} and {@link #ITEM} and one output, trained with {@link ItemTdLoss}. */
  static ComputationGraph build(Head head, int stateSize, int itemSize, int pageRows, int towerSize,
      List<Integer> hiddenSizes, double learningRate, long seed) {
    return build(head, stateSize, itemSize, towerSize, hiddenSizes, learningRate, seed, new ItemTdLoss(head, pageRows));
  }

  /** As {@link #build(Head, int, int, int, int, List, double, long)}, trained with {@code loss} instead. */
  static ComputationGraph build(Head head, int stateSize, int itemSize, int towerSize, List<Integer> hiddenSizes,
      double learningRate, long seed, ILossFunction loss) {
    var graph = new NeuralNetConfiguration.Builder()
        .seed(seed)
        .dataType(DataType.FLOAT)
        .weightInit(WeightInit.UNIFORM)
        .updater(new Adam(learningRate))
        .graphBuilder()
        .addInputs(STATE, ITEM)
        .setInputTypes(InputType.feedForward(stateSize), InputType.feedForward(itemSize))
        .addLayer("state_tower", relu(stateSize, towerSize), STATE)
        .addLayer("item_tower", relu(itemSize, towerSize), ITEM)
        .addVertex("product", new ElementWiseVertex(ElementWiseVertex.Op.Product), "state_tower", "item_tower")
        .addVertex("interaction", new MergeVertex(), "state_tower", "item_tower", "product");
    String advantage = stack(graph, "hidden", "interaction", 3 * towerSize, hiddenSizes);
    String output = advantage;
    if (head == Head.DUELING) {
      String value = stack(graph, "value_hidden", "state_tower", towerSize, hiddenSizes);
      graph.addVertex("heads", new MergeVertex(), value, advantage);
      output = "heads";
    }
    graph.addLayer("loss", new LossLayer.Builder(loss)
            .activation(Activation.IDENTITY).build(), output)
        .setOutputs("loss");
    ComputationGraph net = new ComputationGraph(graph.build());
    net.init();
    return net;
  }

  /** Adds ReLU layers of {@code widths} over {@code input}, then one linear unit; returns the unit's name. */
  private static String stack(ComputationGraphConfiguration.GraphBuilder graph, String prefix, String input,
      int inputSize, List<Integer> widths) {
    String previous = input;
    int in = inputSize;
    for (int l = 0; l < widths.size(); l++) {
      String name = prefix + "_" + l;
      graph.addLayer(name, relu(in, widths.get(l)), previous);
      previous = name;
      in = widths.get(l);
    }
    String out = prefix + "_out";
    graph.addLayer(out, new DenseLayer.Builder().nIn(in).nOut(1).activation(Activation.IDENTITY).build(), previous);
    return out;
  }

  private static DenseLayer relu(int in, int out) {
    return new DenseLayer.Builder().nIn(in).nOut(out).activation(Activation.RELU).build();
  }

  /** The raw outputs for {@code states} and {@code items} (rows × 1 or 2), row-major. */
  static float[] outputs(ComputationGraph net, INDArray states, INDArray items) {
    return ItemTdLoss.flat(net.outputSingle(false, states, items));
  }
}
