package io.feedgym.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.registry.Envs;
import io.feedgym.networks.Network;
import io.feedgym.networks.NetworkConfig;
import io.feedgym.networks.interaction.FieldEmbeddings.DenseVectors;
import io.feedgym.networks.clickmodel.ClickMetrics;
import io.feedgym.networks.clickmodel.ClickModel;
import io.feedgym.networks.clickmodel.ClickModelConfig;
import io.feedgym.networks.clickmodel.ClickRows;
import io.feedgym.networks.clickmodel.PairedBootstrap;
import io.feedgym.networks.features.FeedFeatures;
import io.feedgym.offline.LoggedPage;
import io.feedgym.offline.read.LogReader;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.read.ReadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym click-model}: fits each network block as a click model P(click | user, context, item, position)
 * on the shown items of a logged-session file and scores it on held-out sessions by log loss and AUC, beside the
 * linear model (logistic regression on the same fields). The last line of stdout is a JSON summary.
 */
@Command(name = "click-model", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Fit network blocks as click models on a log's shown items; held-out log loss and AUC against "
        + "logistic regression (docs/networks.md).", "The last line of stdout is a one-line JSON summary."})
final class ClickModelCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Session resamples of the paired bootstrap of each block's AUC difference with the linear model. */
  private static final int BOOTSTRAP_RESAMPLES = 200;

  @Spec
  private CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", required = true,
      description = "A logged-session file (.csv, .jsonl or .parquet) of a feed environment, e.g. from 'feedgym log'.")
  private Path data;

  @Option(names = "--env", paramLabel = "ID", defaultValue = "feed-v0",
      description = "The feed environment whose observation space the log follows; default: ${DEFAULT-VALUE}.")
  private String env;

  @Option(names = "--networks", paramLabel = "LIST", split = ",",
      defaultValue = "linear,two_tower,wide_deep,fm,deepfm,dcn,afm",
      description = "Networks to fit, comma-separated; default: ${DEFAULT-VALUE}.")
  private List<String> networks;

  @Option(names = "--without", paramLabel = "LIST", split = ",",
      description = "Scoring features of the items to leave out of every model, comma-separated (of "
          + "retrieval_score, predicted_ctr, popularity, rating, price, topic_fatigue, seen); e.g. "
          + "retrieval_score,predicted_ctr, which already carry a user-item interaction; default: none.")
  private List<String> without = List.of();

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "3",
      description = "Passes over the training rows, positive; default: ${DEFAULT-VALUE}.")
  private int epochs;

  @Option(names = "--batch-size", paramLabel = "B", defaultValue = "256",
      description = "Rows per Adam step, positive; default: ${DEFAULT-VALUE}.")
  private int batchSize;

  @Option(names = "--learning-rate", paramLabel = "LR", defaultValue = "0.001",
      description = "Adam's step size, in (0, 1]; default: ${DEFAULT-VALUE}.")
  private double learningRate;

  @Option(names = "--embedding-dim", paramLabel = "K", defaultValue = "8",
      description = "k, the dimension of every field's embedding and of the FM vectors, positive; default: ${DEFAULT-VALUE}.")
  private int embeddingDim;

  @Option(names = "--dense-vectors", paramLabel = "MODE", defaultValue = "per_number",
      description = "How dense fields enter the pairwise stack of fm, deepfm and afm: per_number (x_j v_j) or "
          + "per_field (one projection per field); default: ${DEFAULT-VALUE}.")
  private String denseVectors;

  @Option(names = "--l2", paramLabel = "LIST", split = ",", defaultValue = "0",
      description = "L2 penalty on every weight and embedding (not biases), each in [0, 1); with several values each "
          + "network keeps the one of lowest validation log loss; default: ${DEFAULT-VALUE}.")
  private List<Double> l2;

  @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0.2",
      description = "Share of sessions held out for scoring, in (0, 1); default: ${DEFAULT-VALUE}.")
  private double testFraction;

  @Option(names = "--validation-fraction", paramLabel = "F", defaultValue = "0.1",
      description = "Share of the training sessions set aside to pick the epoch with the lowest log loss (early "
          + "stopping), in [0, 1); 0 trains exactly --epochs; default: ${DEFAULT-VALUE}.")
  private double validationFraction;

  @Option(names = "--patience", paramLabel = "N", defaultValue = "2",
      description = "Epochs without a lower validation log loss before training stops, positive; default: ${DEFAULT-VALUE}.")
  private int patience;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the split, the initial weights and the minibatch order; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Override
  public Integer call() throws Exception {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("--test-fraction must be in (0, 1), found " + testFraction);
    }
    if (!(validationFraction >= 0 && validationFraction < 1)) {
      throw new IllegalArgumentException("--validation-fraction must be in [0, 1), found " + validationFraction);
    }
    if (patience < 1) {
      throw new IllegalArgumentException("--patience must be at least 1, found " + patience);
    }
    if (embeddingDim < 1) {
      throw new IllegalArgumentException("--embedding-dim must be at least 1, found " + embeddingDim);
    }
    DenseVectors dense = denseVectors();
    if (l2.size() > 1 && validationFraction == 0) {
      throw new IllegalArgumentException("--l2 with " + l2.size() + " values chooses by validation loss; it needs "
          + "--validation-fraction > 0");
    }
    List<ClickModelConfig> configs = new ArrayList<>();
    for (double lambda : l2) {
      configs.add(new ClickModelConfig(epochs, batchSize, learningRate, lambda));
    }
    List<Network> blocks = new ArrayList<>();
    for (String name : networks) {
      blocks.add(network(name));
    }
    // The linear model is fitted first: every other block is compared with it.
    if (blocks.remove(Network.LINEAR)) {
      blocks.add(0, Network.LINEAR);
    }
    FeedObservationSpace space = space(env);
    FeedFeatures features = new FeedFeatures(space, 4, embeddingDim, 0, withoutColumns());
    ClickRows train = new ClickRows(features, space.slateSize(), embeddingDim);
    ClickRows test = new ClickRows(features, space.slateSize(), embeddingDim);
    ClickRows validation = new ClickRows(features, space.slateSize(), embeddingDim);
    // One draw per session: the held-out sessions do not depend on --validation-fraction.
    SplittableRandom split = new SplittableRandom(seed);
    double validationEnd = testFraction + validationFraction * (1 - testFraction);
    long[] sessions = new long[3];
    List<Integer> testStarts = new ArrayList<>();
    new LogReader(ReadOptions.defaults()).read(LogSource.file(data), session -> {
      double u = split.nextDouble();
      int set = u < testFraction ? 1 : u < validationEnd ? 2 : 0;
      sessions[set]++;
      ClickRows rows = set == 1 ? test : set == 2 ? validation : train;
      if (set == 1 && !session.pages().isEmpty()) {
        testStarts.add(test.size());
      }
      for (LoggedPage page : session.pages()) {
        requireSpace(page, space);
        boolean[] clicked = new boolean[page.slate().length()];
        for (int k = 0; k < clicked.length; k++) {
          clicked[k] = page.feedback().positions().get(k).clicked();
        }
        rows.add(page.observation(), page.slate().toArray(), clicked);
      }
    });
    if (train.size() == 0 || test.size() == 0 || (validationFraction > 0 && validation.size() == 0)) {
      throw new IllegalArgumentException(data + ": " + sessions[0] + " training, " + sessions[2] + " validation and "
          + sessions[1] + " held-out sessions; every set needs pages (more sessions or other --test-fraction, "
          + "--validation-fraction)");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s: %d training rows (%d sessions), %d validation rows (%d sessions), %d held-out rows "
        + "(%d sessions)%n", data, train.size(), sessions[0], validation.size(), sessions[2], test.size(), sessions[1]);
    out.printf(Locale.ROOT, "%-10s %10s %9s %9s %9s %7s %6s %8s %10s%n", "network", "parameters", "log loss", "AUC",
        "ΔAUC", "± se", "epoch", "l2", "seconds");
    Map<String, Object> results = new LinkedHashMap<>();
    float[] linear = null;
    int[] starts = testStarts.stream().mapToInt(Integer::intValue).toArray();
    for (Network block : blocks) {
      long start = System.nanoTime();
      NetworkConfig network = NetworkConfig.defaults().withNetwork(block).withEmbeddingDim(embeddingDim)
          .withDenseVectors(dense);
      ClickModel model = null;
      int epoch = epochs;
      double lambda = l2.get(0);
      List<Double> validationLoss = List.of();
      Map<String, Double> lossByL2 = new LinkedHashMap<>();
      if (validationFraction > 0) {
        double best = Double.POSITIVE_INFINITY;
        for (ClickModelConfig config : configs) {
          ClickModel.EarlyStopped fit = ClickModel.fit(network, config, train, validation, patience, seed);
          double loss = fit.validationLogLoss().get(fit.bestEpoch() - 1);
          lossByL2.put(Double.toString(config.l2()), loss);
          if (loss < best) {
            best = loss;
            model = fit.model();
            epoch = fit.bestEpoch();
            lambda = config.l2();
            validationLoss = fit.validationLogLoss();
          }
        }
      } else {
        model = ClickModel.fit(network, configs.get(0), train, seed);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      float[] predicted = model.predict(test);
      ClickMetrics metrics = ClickMetrics.of(predicted, test.labels());
      Map<String, Object> result = new LinkedHashMap<>(Map.of("parameters", model.numParams(), "log_loss",
          metrics.logLoss(), "auc", metrics.auc(), "epoch", epoch, "validation_log_loss", validationLoss,
          "train_seconds", seconds));
      result.put("l2", lambda);
      result.put("validation_log_loss_by_l2", lossByL2);
      String delta = "";
      String se = "";
      if (block == Network.LINEAR) {
        linear = predicted;
      } else if (linear != null) {
        PairedBootstrap vsLinear = PairedBootstrap.aucDifference(predicted, linear, test.labels(), starts,
            BOOTSTRAP_RESAMPLES, seed);
        delta = String.format(Locale.ROOT, "%+.4f", vsLinear.difference());
        se = String.format(Locale.ROOT, "%.4f", vsLinear.standardError());
        result.put("auc_minus_linear", vsLinear.difference());
        result.put("auc_minus_linear_se", vsLinear.standardError());
      }
      out.printf(Locale.ROOT, "%-10s %10d %9.4f %9.4f %9s %7s %6d %8s %10.1f%n", id(block), model.numParams(),
          metrics.logLoss(), metrics.auc(), delta, se, epoch, lambda, seconds);
      out.flush();
      results.put(id(block), result);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("data", data.toString());
    summary.put("seed", seed);
    summary.put("epochs", epochs);
    summary.put("validation_fraction", validationFraction);
    summary.put("patience", patience);
    summary.put("learning_rate", learningRate);
    summary.put("l2", l2);
    summary.put("embedding_dim", embeddingDim);
    summary.put("dense_vectors", denseVectors);
    summary.put("without", without);
    summary.put("train_rows", train.size());
    summary.put("validation_rows", validation.size());
    summary.put("test_rows", test.size());
    summary.put("test_ctr", ctr(test));
    summary.put("networks", results);
    out.println(MAPPER.writeValueAsString(summary));
    out.flush();
    return 0;
  }

  private DenseVectors denseVectors() {
    for (DenseVectors mode : DenseVectors.values()) {
      if (mode.name().equalsIgnoreCase(denseVectors.trim())) {
        return mode;
      }
    }
    throw new IllegalArgumentException("--dense-vectors must be per_number or per_field, found '" + denseVectors + "'");
  }

  private Set<Integer> withoutColumns() {
    Set<Integer> columns = new TreeSet<>();
    for (String name : without) {
      int column = FeedObservation.SCORING_FEATURE_NAMES.indexOf(name.trim());
      if (column < 0) {
        throw new IllegalArgumentException("--without: unknown scoring feature '" + name + "'; known: "
            + String.join(", ", FeedObservation.SCORING_FEATURE_NAMES));
      }
      columns.add(column);
    }
    return columns;
  }

  private static double ctr(ClickRows rows) {
    double clicks = 0;
    for (float y : rows.labels()) {
      clicks += y;
    }
    return clicks / rows.size();
  }

  private static Network network(String name) {
    for (Network n : Network.values()) {
      if (id(n).equals(name.trim().toLowerCase(Locale.ROOT))) {
        return n;
      }
    }
    List<String> known = new ArrayList<>();
    for (Network n : Network.values()) {
      known.add(id(n));
    }
    throw new IllegalArgumentException("--networks: unknown network '" + name + "'; known: " + String.join(", ", known));
  }

  private static String id(Network network) {
    return network.name().toLowerCase(Locale.ROOT);
  }

  private static FeedObservationSpace space(String env) {
    try (Environment<?, ?> e = Envs.make(env)) {
      if (!(e.observationSpace() instanceof FeedObservationSpace space)) {
        throw new IllegalArgumentException("--env " + env + " is not a feed environment; click models read feed pages");
      }
      return space;
    }
  }

  private void requireSpace(LoggedPage page, FeedObservationSpace space) {
    FeedObservation o = page.observation();
    if (o.user().length != space.userDim() || o.context().length != space.contextDim()
        || o.numFeatures() != space.numFeatures()) {
      throw new IllegalArgumentException(data + " row " + page.firstRow() + ": a page of " + o.user().length
          + " user features, " + o.context().length + " context entries and " + o.numFeatures()
          + " item features does not follow --env " + env + " (" + space.userDim() + ", " + space.contextDim() + ", "
          + space.numFeatures() + ")");
    }
  }
}
