package io.feedgym.networks.clickmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.registry.Envs;
import io.feedgym.networks.Network;
import io.feedgym.networks.NetworkConfig;
import io.feedgym.networks.features.FeatureBatch;
import io.feedgym.networks.features.FeatureSpec;
import io.feedgym.networks.features.FeedFeatures;
import io.feedgym.networks.features.Field;
import io.feedgym.networks.features.Tower;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class ClickModelTest {

  /** Scores 0.1, 0.4, 0.35, 0.8 for clicks 0, 0, 1, 1: three of the four (click, non-click) pairs are ordered. */
  @Test
  void aucAndLogLossMatchHandComputedValues() {
    ClickMetrics m = ClickMetrics.of(new float[] {0.1f, 0.4f, 0.35f, 0.8f}, new float[] {0, 0, 1, 1});
    assertThat(m.auc()).isCloseTo(0.75, within(1e-12));
    double loss = -(Math.log(0.9f) + Math.log(0.6f) + Math.log(0.35f) + Math.log(0.8f)) / 4;
    assertThat(m.logLoss()).isCloseTo(loss, within(1e-6));
    assertThat(m.ctr()).isEqualTo(0.5);
    // A tie between a click and a non-click counts one half: pairs (0.5 vs 0.5) = 1/2, (0.5 vs 0.2) = 1.
    assertThat(ClickMetrics.of(new float[] {0.5f, 0.5f, 0.2f}, new float[] {1, 0, 0}).auc()).isCloseTo(0.75,
        within(1e-12));
    assertThatThrownBy(() -> ClickMetrics.of(new float[] {0.5f}, new float[] {1}))
        .hasMessage("AUC needs clicks and non-clicks, found 1 clicks in 1 rows");
    assertThatThrownBy(() -> ClickMetrics.of(new float[] {Float.NaN, 0.1f}, new float[] {1, 0}))
        .hasMessage("predictions must be in [0, 1], found NaN at row 0");
  }

  /**
   * Clicks of a pure interaction, P(click | u, i) = σ(4 a_u b_i) with signs a_u, b_i balanced so that every user
   * and every item clicks half the time: the linear model sees no signal (AUC near 1/2), the FM's ⟨v_u, v_i⟩
   * learns the sign. The same seed gives the same model.
   */
  @Test
  void theFactorizationMachineLearnsAnInteractionTheLinearModelCannot() {
    Field.Categorical user = new Field.Categorical("user", Tower.STATE, 10, 4);
    Field.Categorical item = new Field.Categorical("item", Tower.ITEM, 10, 4);
    FeatureSpec spec = FeatureSpec.of(user, item);
    List<ClickData> sets = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(11);
    for (int set = 0; set < 2; set++) {
      int rows = set == 0 ? 4000 : 2000;
      FeatureBatch batch = new FeatureBatch(spec, rows);
      float[] y = new float[rows];
      for (int r = 0; r < rows; r++) {
        int u = random.nextInt(10);
        int i = random.nextInt(10);
        batch.category(user, r, u);
        batch.category(item, r, i);
        double sign = (u % 2 == 0 ? 1 : -1) * (i % 2 == 0 ? 1 : -1);
        y[r] = random.nextDouble() < 1 / (1 + Math.exp(-4 * sign)) ? 1f : 0f;
      }
      sets.add(new BatchData(spec, batch.inputs(DataType.FLOAT), y));
    }
    ClickData train = sets.get(0);
    ClickData test = sets.get(1);
    ClickModelConfig config = new ClickModelConfig(5, 128, 0.02, 0);
    NetworkConfig linearConfig = NetworkConfig.defaults().withNetwork(Network.LINEAR).withEmbeddingDim(4);
    ClickModel linear = ClickModel.fit(linearConfig, config, train, 3);
    NetworkConfig fmConfig = NetworkConfig.defaults().withNetwork(Network.FM).withEmbeddingDim(4);
    ClickModel fm = ClickModel.fit(fmConfig, config, train, 3);
    ClickMetrics linearTest = ClickMetrics.of(linear.predict(test), test.labels());
    ClickMetrics fmTest = ClickMetrics.of(fm.predict(test), test.labels());
    assertThat(linearTest.auc()).isCloseTo(0.5, within(0.05));
    assertThat(fmTest.auc()).isGreaterThan(0.9);
    assertThat(fmTest.logLoss()).isLessThan(linearTest.logLoss() - 0.3);
    assertThat(linear.numParams()).isEqualTo(1 + 10 + 10);
    assertThat(ClickModel.fit(fmConfig, config, train, 3).predict(test)).containsExactly(fm.predict(test));
  }

  /**
   * Clicks independent of the features (a coin flip), so every pass after the first fits noise: the validation
   * loss rises, training stops {@code patience} passes after the best one, and the model keeps that pass's weights.
   */
  @Test
  void earlyStoppingKeepsThePassWithTheLowestValidationLoss() {
    List<ClickData> sets = coinFlips(300, 1000);
    ClickData train = sets.get(0);
    ClickData validation = sets.get(1);
    NetworkConfig fm = NetworkConfig.defaults().withNetwork(Network.FM).withEmbeddingDim(4);
    ClickModel.EarlyStopped fit = ClickModel.fit(fm, new ClickModelConfig(30, 32, 0.05, 0), train, validation, 2, 3);
    List<Double> losses = fit.validationLogLoss();
    int argmin = losses.indexOf(losses.stream().min(Double::compare).orElseThrow()) + 1;
    assertThat(fit.bestEpoch()).isEqualTo(argmin);
    assertThat(losses).hasSize(fit.bestEpoch() + 2).hasSizeLessThan(30);
    assertThat(ClickMetrics.of(fit.model().predict(validation), validation.labels()).logLoss())
        .isCloseTo(losses.get(fit.bestEpoch() - 1), within(1e-9));
    assertThatThrownBy(() -> ClickModel.fit(fm, new ClickModelConfig(3, 32, 0.05, 0), train, validation, 0, 3))
        .hasMessageContaining("patience");
  }

  /** On coin-flip clicks, an L2 penalty keeps the FM's predictions near the base rate: less spread, lower loss. */
  @Test
  void anL2PenaltyShrinksWhatIsFittedToNoise() {
    List<ClickData> sets = coinFlips(300, 1000);
    ClickData train = sets.get(0);
    ClickData validation = sets.get(1);
    NetworkConfig fm = NetworkConfig.defaults().withNetwork(Network.FM).withEmbeddingDim(4);
    ClickModel free = ClickModel.fit(fm, new ClickModelConfig(10, 32, 0.05, 0), train, 3);
    ClickModel penalized = ClickModel.fit(fm, new ClickModelConfig(10, 32, 0.05, 0.01), train, 3);
    assertThat(spread(penalized.predict(validation))).isLessThan(spread(free.predict(validation)) / 2);
    assertThat(ClickMetrics.of(penalized.predict(validation), validation.labels()).logLoss())
        .isLessThan(ClickMetrics.of(free.predict(validation), validation.labels()).logLoss());
    assertThatThrownBy(() -> new ClickModelConfig(1, 1, 0.1, -0.1)).hasMessage("l2 must be in [0, 1), found -0.1");
  }

  private static double spread(float[] p) {
    double mean = 0;
    for (float v : p) {
      mean += v / (double) p.length;
    }
    double var = 0;
    for (float v : p) {
      var += (v - mean) * (v - mean) / p.length;
    }
    return Math.sqrt(var);
  }

  /** Sets of {@code sizes} rows of 50 users × 50 items whose clicks are fair coin flips (seed 5). */
  private static List<ClickData> coinFlips(int... sizes) {
    Field.Categorical user = new Field.Categorical("user", Tower.STATE, 50, 4);
    Field.Categorical item = new Field.Categorical("item", Tower.ITEM, 50, 4);
    FeatureSpec spec = FeatureSpec.of(user, item);
    SplittableRandom random = new SplittableRandom(5);
    List<ClickData> sets = new ArrayList<>();
    for (int rows : sizes) {
      FeatureBatch batch = new FeatureBatch(spec, rows);
      float[] y = new float[rows];
      for (int r = 0; r < rows; r++) {
        batch.category(user, r, random.nextInt(50));
        batch.category(item, r, random.nextInt(50));
        y[r] = random.nextBoolean() ? 1f : 0f;
      }
      sets.add(new BatchData(spec, batch.inputs(DataType.FLOAT), y));
    }
    return sets;
  }

  /** Rows laid out in full by a {@link FeatureBatch}. */
  private record BatchData(FeatureSpec spec, INDArray[] all, float[] clicks) implements ClickData {
    @Override
    public int size() {
      return clicks.length;
    }

    @Override
    public float[] labels() {
      return clicks.clone();
    }

    @Override
    public INDArray[] inputs(int[] indices) {
      INDArray[] out = new INDArray[all.length];
      for (int i = 0; i < all.length; i++) {
        out[i] = all[i].getRows(indices);
      }
      return out;
    }
  }

  /** Every shown position of a feed page becomes a row with its click and its position as a category. */
  @Test
  void clickRowsHoldOneRowPerShownPositionWithItsClick() {
    Feed feed = (Feed) Envs.make("feed-v0");
    FeedFeatures features = new FeedFeatures((FeedObservationSpace) feed.observationSpace(), 4, 8, 0);
    ClickRows rows = new ClickRows(features, 10, 8);
    FeedObservation page = feed.reset(1).observation();
    int firstItem = page.item(lastAvailable(page));
    List<Float> expected = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      int[] slate = new int[10];
      for (int k = 0, c = lastAvailable(page); k < 10; c--) {
        if (page.available(c)) {
          slate[k++] = c;
        }
      }
      Step<FeedObservation> step = feed.step(slate);
      Feedback feedback = (Feedback) step.info().get(Feedback.INFO_KEY);
      boolean[] clicked = new boolean[10];
      for (int k = 0; k < 10; k++) {
        clicked[k] = feedback.positions().get(k).clicked();
        expected.add(clicked[k] ? 1f : 0f);
      }
      rows.add(page, slate, clicked);
      page = step.observation();
    }
    assertThat(rows.size()).isEqualTo(30);
    assertThat(rows.labels()).containsExactly(expected.toArray(Float[]::new));
    INDArray[] inputs = rows.inputs(0, rows.size());
    int position = rows.spec().inputNames().indexOf(ClickRows.POSITION);
    int itemId = rows.spec().inputNames().indexOf(FeedFeatures.ITEM_ID);
    assertThat(inputs[position].rows()).isEqualTo(30);
    assertThat(inputs[position].getFloat(13, 0)).isEqualTo(3f);
    assertThat(inputs[itemId].getFloat(0, 0)).isEqualTo((float) firstItem);
    FeedObservation last = page;
    assertThatThrownBy(() -> rows.add(last, new int[11], new boolean[11]))
        .hasMessage("a slate of 11 positions exceeds the click model's 10");
  }

  private static int lastAvailable(FeedObservation page) {
    int c = page.numCandidates() - 1;
    while (!page.available(c)) {
      c--;
    }
    return c;
  }
}
