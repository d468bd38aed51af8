package io.feedgym.agents.nn;

import java.util.Arrays;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.inputs.InvalidInputTypeException;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.BaseGraphVertex;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The aggregating module of a dueling network (Wang et al. 2016, Eq. 9), a parameter-free DL4J graph
 * vertex with two inputs, the value V(s) [batch × 1] and the advantages A(s, ·) [batch × n]:
 * Q(s, a) = V(s) + (A(s, a) − (1/n) Σ_a′ A(s, a′)). Backward: ∂L/∂V = Σ_a ∂L/∂Q(s, a) and
 * ∂L/∂A(s, a) = ∂L/∂Q(s, a) − (1/n) Σ_a′ ∂L/∂Q(s, a′). This class is the configuration (serialized
 * with the network by class name); {@link Instance} does the work.
 */
public final class DuelingVertex extends GraphVertex {
  private static final long serialVersionUID = 1L;

  @Override
  public DuelingVertex clone() {
    return new DuelingVertex();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DuelingVertex;
  }

  @Override
  public int hashCode() {
    return DuelingVertex.class.hashCode();
  }

  @Override
  public long numParams(boolean backprop) {
    return 0;
  }

  @Override
  public int minVertexInputs() {
    return 2;
  }

  @Override
  public int maxVertexInputs() {
    return 2;
  }

  @Override
  public org.deeplearning4j.nn.graph.vertex.GraphVertex instantiate(ComputationGraph graph, String name, int index,
      INDArray paramsView, boolean initializeParams, DataType dataType) {
    return new Instance(graph, name, index, dataType);
  }

  @Override
  public InputType getOutputType(int layerIndex, InputType... inputs) throws InvalidInputTypeException {
    if (inputs.length != 2 || !(inputs[0] instanceof InputType.InputTypeFeedForward value)
        || !(inputs[1] instanceof InputType.InputTypeFeedForward) || value.getSize() != 1) {
      throw new InvalidInputTypeException(
          "a dueling vertex takes a value [batch x 1] and advantages [batch x n], found " + Arrays.toString(inputs));
    }
    return inputs[1];
  }

  @Override
  public MemoryReport getMemoryReport(InputType... inputs) {
    return new LayerMemoryReport.Builder(null, DuelingVertex.class, inputs[1], getOutputType(-1, inputs))
        .standardMemory(0, 0).workingMemory(0, 0, 0, 0).cacheMemory(0, 0).build();
  }

  @Override
  public String toString() {
    return "DuelingVertex()";
  }

  /** The vertex inside a running graph. Not thread-safe (DL4J graphs are not). */
  static final class Instance extends BaseGraphVertex {

    Instance(ComputationGraph graph, String name, int index, DataType dataType) {
      super(graph, name, index, null, null, dataType);
    }

    @Override
    public boolean hasLayer() {
      return false;
    }

    @Override
    public Layer getLayer() {
      return null;
    }

    @Override
    public INDArray doForward(boolean training, LayerWorkspaceMgr workspaces) {
      if (!canDoForward()) {
        throw new IllegalStateException("dueling vertex '" + vertexName + "': inputs not set");
      }
      INDArray value = inputs[0];
      INDArray advantage = inputs[1];
      INDArray q = workspaces.dup(ArrayType.ACTIVATIONS, advantage);
      return q.subiColumnVector(advantage.mean(true, 1)).addiColumnVector(value);
    }

    @Override
    public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaces) {
      if (!canDoBackward()) {
        throw new IllegalStateException("dueling vertex '" + vertexName + "': epsilon not set");
      }
      INDArray valueGradient;
      try (MemoryWorkspace ignored = workspaces.notifyScopeBorrowed(ArrayType.ACTIVATION_GRAD)) {
        valueGradient = epsilon.sum(true, 1);
      }
      INDArray advantageGradient = workspaces.dup(ArrayType.ACTIVATION_GRAD, epsilon)
          .subiColumnVector(epsilon.mean(true, 1));
      return new Pair<>(null, new INDArray[] {valueGradient, advantageGradient});
    }

    @Override
    public void setBackpropGradientsViewArray(INDArray view) {
      if (view != null) {
        throw new IllegalArgumentException("dueling vertex '" + vertexName + "' has no parameters");
      }
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArrays(INDArray[] masks, MaskState state, int minibatchSize) {
      return masks == null || masks.length == 0 || masks[1] == null ? null : new Pair<>(masks[1], state);
    }

    @Override
    public String toString() {
      return "DuelingVertex(name=" + vertexName + ", index=" + vertexIndex + ")";
    }
  }
}
