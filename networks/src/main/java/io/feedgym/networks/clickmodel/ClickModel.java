package io.feedgym.networks.clickmodel;

import io.feedgym.networks.NetworkConfig;
import io.feedgym.networks.ScoreOutput;
import io.feedgym.networks.ScorerGraph;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A block of {@link NetworkConfig#network()} fitted as a click model P(click | state, item, position): the
 * block's logit under a sigmoid, trained by Adam on the binary cross-entropy of the rows in minibatches shuffled
 * by the seed. The same seed and rows give the same model. Not thread-safe.
 */
public final class ClickModel {
  private static final int PREDICT_CHUNK = 8192;

  private final ComputationGraph net;

  private ClickModel(ComputationGraph net) {
    this.net = net;
  }

  /** Fits {@code network} to {@code train} as {@code config} says; the seed fixes the initial weights and the order. */
  public static ClickModel fit(NetworkConfig network, ClickModelConfig config, ClickData train, long seed) {
    ComputationGraph net = ScorerGraph.build(train.spec(), network, ScoreOutput.clickProbability(),
        config.learningRate(), seed);
    float[] clicks = train.labels();
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = new int[clicks.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 0; epoch < config.epochs(); epoch++) {
      shuffle(order, random);
      for (int start = 0; start < order.length; start += config.batchSize()) {
        int[] rows = Arrays.copyOfRange(order, start, Math.min(order.length, start + config.batchSize()));
        float[] y = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
          y[r] = clicks[rows[r]];
        }
        net.fit(new MultiDataSet(train.inputs(rows), new INDArray[] {Nd4j.create(y, new long[] {y.length, 1}, 'c')}));
      }
    }
    return new ClickModel(net);
  }

  /** P(click) of every row of {@code data}, in order. */
  public float[] predict(ClickData data) {
    float[] out = new float[data.size()];
    for (int start = 0; start < out.length; start += PREDICT_CHUNK) {
      int end = Math.min(out.length, start + PREDICT_CHUNK);
      float[] p = net.outputSingle(false, data.inputs(start, end)).ravel().toFloatVector();
      System.arraycopy(p, 0, out, start, p.length);
    }
    return out;
  }

  /** Trainable parameters. */
  public long numParams() {
    return net.numParams();
  }

  private static void shuffle(int[] order, SplittableRandom random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
