package io.feedgym.networks.clickmodel;

import io.feedgym.config.Checks;
import io.feedgym.networks.NetworkConfig;
import io.feedgym.networks.ScoreOutput;
import io.feedgym.networks.ScorerGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    ComputationGraph net = graph(train, network, config, seed);
    Epochs epochs = new Epochs(train, config, seed);
    for (int epoch = 0; epoch < config.epochs(); epoch++) {
      epochs.run(net);
    }
    return new ClickModel(net);
  }

  private static ComputationGraph graph(ClickData train, NetworkConfig network, ClickModelConfig config, long seed) {
    return ScorerGraph.build(train.spec(), network, ScoreOutput.clickProbability(),
        ScorerGraph.settings(config.learningRate(), seed).l2(config.l2()));
  }

  /**
   * Fits as {@link #fit(NetworkConfig, ClickModelConfig, ClickData, long)} for at most {@code config.epochs()}
   * passes and keeps the weights of the pass with the lowest log loss on {@code validation} (early stopping,
   * e.g. Guo et al. 2017, Sec. 3.1); training stops after {@code patience} passes without improvement.
   */
  public static EarlyStopped fit(NetworkConfig network, ClickModelConfig config, ClickData train,
      ClickData validation, int patience, long seed) {
    Checks.atLeast("patience", patience, 1);
    ComputationGraph net = graph(train, network, config, seed);
    ClickModel model = new ClickModel(net);
    Epochs epochs = new Epochs(train, config, seed);
    List<Double> losses = new ArrayList<>();
    INDArray best = null;
    int bestEpoch = 0;
    for (int epoch = 1; epoch <= config.epochs() && epoch - bestEpoch <= patience; epoch++) {
      epochs.run(net);
      double loss = ClickMetrics.of(model.predict(validation), validation.labels()).logLoss();
      losses.add(loss);
      if (best == null || loss < losses.get(bestEpoch - 1)) {
        best = net.params().dup();
        bestEpoch = epoch;
      }
    }
    net.setParams(best);
    return new EarlyStopped(model, bestEpoch, losses);
  }

  /** An early-stopped model, the pass whose weights it keeps (from 1) and the validation log loss after each pass. */
  public record EarlyStopped(ClickModel model, int bestEpoch, List<Double> validationLogLoss) {
    public EarlyStopped {
      validationLogLoss = List.copyOf(validationLogLoss);
    }
  }

  /** Passes over the training rows in minibatches, each pass in a new order drawn from the seed. */
  private static final class Epochs {
    private final ClickData train;
    private final int batchSize;
    private final float[] clicks;
    private final int[] order;
    private final SplittableRandom random;

    Epochs(ClickData train, ClickModelConfig config, long seed) {
      this.train = train;
      this.batchSize = config.batchSize();
      this.clicks = train.labels();
      this.random = new SplittableRandom(seed);
      this.order = new int[clicks.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
    }

    void run(ComputationGraph net) {
      shuffle(order, random);
      for (int start = 0; start < order.length; start += batchSize) {
        int[] rows = Arrays.copyOfRange(order, start, Math.min(order.length, start + batchSize));
        float[] y = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
          y[r] = clicks[rows[r]];
        }
        net.fit(new MultiDataSet(train.inputs(rows), new INDArray[] {Nd4j.create(y, new long[] {y.length, 1}, 'c')}));
      }
    }
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
