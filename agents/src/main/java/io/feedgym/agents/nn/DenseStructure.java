package io.feedgym.agents.nn;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The shape of a network {@link DenseMirror} can copy: its dense layers in DL4J's parameter order — a
 * chain, then for a dueling network the value and advantage heads at positions {@code value} and
 * {@code advantage} (both −1 for a plain chain).
 */
record DenseStructure(List<BaseLayer> layers, int value, int advantage) {

  /** The layers of {@code net}, which must all be dense. */
  static DenseStructure of(MultiLayerNetwork net) {
    List<BaseLayer> layers = new ArrayList<>();
    for (int l = 0; l < net.getnLayers(); l++) {
      layers.add(dense("layer " + l, net.getLayerWiseConfigurations().getConf(l).getLayer()));
    }
    return new DenseStructure(List.copyOf(layers), -1, -1);
  }

  /**
   * The layers of a dueling {@code graph}: one input, a chain of dense layers, two dense heads on the
   * chain's output feeding a {@link DuelingVertex} (value first, one output), optionally followed by a
   * parameter-free identity {@link LossLayer}, which is the graph's one output.
   */
  static DenseStructure of(ComputationGraph graph) {
    ComputationGraphConfiguration conf = graph.getConfiguration();
    if (conf.getNetworkInputs().size() != 1 || conf.getNetworkOutputs().size() != 1) {
      throw new IllegalArgumentException("expected a graph with one input and one output, found "
          + conf.getNetworkInputs() + " and " + conf.getNetworkOutputs());
    }
    List<String> names = new ArrayList<>();
    List<BaseLayer> layers = new ArrayList<>();
    String dueling = null;
    String loss = null;
    for (String name : conf.getTopologicalOrderStr()) {
      GraphVertex vertex = conf.getVertices().get(name);
      if (conf.getNetworkInputs().contains(name)) {
        continue;
      } else if (vertex instanceof DuelingVertex) {
        dueling = name;
      } else if (vertex instanceof LayerVertex lv && lv.getLayerConf().getLayer() instanceof LossLayer lossLayer) {
        if (DenseMirror.activation("loss layer '" + name + "'", lossLayer.getActivationFn())
            != DenseMirror.Act.IDENTITY) {
          throw new IllegalArgumentException("loss layer '" + name + "' must have the identity activation");
        }
        loss = name;
      } else if (vertex instanceof LayerVertex lv && lv.getPreProcessor() == null) {
        layers.add(dense("layer '" + name + "'", lv.getLayerConf().getLayer()));
        names.add(name);
      } else {
        throw new IllegalArgumentException("vertex '" + name + "' is not supported: " + vertex);
      }
    }
    if (dueling == null || layers.size() < 2) {
      throw new IllegalArgumentException("expected dense layers and a DuelingVertex, found vertices "
          + conf.getVertices().keySet());
    }
    List<String> heads = conf.getVertexInputs().get(dueling);
    int value = names.indexOf(heads.get(0));
    int advantage = names.indexOf(heads.get(1));
    int chain = layers.size() - 2;
    if (Math.min(value, advantage) != chain || Math.max(value, advantage) != chain + 1) {
      throw new IllegalArgumentException("the dueling heads " + heads + " must be the last dense layers");
    }
    String previous = conf.getNetworkInputs().get(0);
    for (int l = 0; l < chain; l++) {
      requireInput(conf, names.get(l), previous);
      previous = names.get(l);
    }
    requireInput(conf, heads.get(0), previous);
    requireInput(conf, heads.get(1), previous);
    if (loss != null) {
      requireInput(conf, loss, dueling);
    }
    String output = loss == null ? dueling : loss;
    if (!conf.getNetworkOutputs().get(0).equals(output)) {
      throw new IllegalArgumentException("the graph's output must be '" + output + "', found "
          + conf.getNetworkOutputs());
    }
    if (((FeedForwardLayer) layers.get(value)).getNOut() != 1) {
      throw new IllegalArgumentException("the value head '" + heads.get(0) + "' must have one output");
    }
    return new DenseStructure(List.copyOf(layers), value, advantage);
  }

  private static BaseLayer dense(String name, Object conf) {
    if (!(conf instanceof FeedForwardLayer) || !(conf instanceof BaseLayer base) || conf instanceof LossLayer) {
      throw new IllegalArgumentException(name + " is not a dense layer: " + conf);
    }
    return base;
  }

  private static void requireInput(ComputationGraphConfiguration conf, String vertex, String input) {
    if (!List.of(input).equals(conf.getVertexInputs().get(vertex))) {
      throw new IllegalArgumentException("vertex '" + vertex + "' must take its input from '" + input
          + "', found " + conf.getVertexInputs().get(vertex));
    }
  }
}
