package io.feedgym.agents.nn;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * The standard DQN network (Mnih et al. 2015): a fully connected {@link Mlp} whose linear output layer
 * gives Q(s, a) for every action. Checkpoints are DL4J {@code MultiLayerNetwork} zip files. Not
 * thread-safe.
 */
public final class MlpQNetwork extends MirroredQNetwork<MultiLayerNetwork> {

  private MlpQNetwork(MultiLayerNetwork net) {
    super(net, "an MLP Q-network (DL4J MultiLayerNetwork)");
  }

  /** An initialized MLP Q-network; see {@link Mlp#build}. Usable as a {@link QNetwork.Builder}. */
  public static MlpQNetwork build(
      int inputs, List<Integer> hidden, int outputs, ILossFunction loss, double learningRate, long seed) {
    return new MlpQNetwork(Mlp.build(inputs, hidden, outputs, loss, learningRate, seed));
  }

  @Override
  protected INDArray forward(INDArray states) {
    return model.output(states);
  }

  @Override
  protected void step(INDArray states, INDArray labels, INDArray mask) {
    model.fit(states, labels, null, mask);
  }

  @Override
  protected DenseMirror mirrorOf(MultiLayerNetwork net) {
    return new DenseMirror(net);
  }

  @Override
  protected MultiLayerNetwork cloneOf(MultiLayerNetwork net) {
    return net.clone();
  }

  @Override
  protected MultiLayerNetwork read(File file) throws IOException {
    return ModelSerializer.restoreMultiLayerNetwork(file, true);
  }

  @Override
  protected MlpQNetwork wrap(MultiLayerNetwork net) {
    return new MlpQNetwork(net);
  }
}
