package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each response and dynamics equation of docs/envs/feed.md, on hand-set state and hand-computed numbers (defaults). */
class FeedUserTest {
  private static final FeedConfig CONFIG = FeedConfig.defaults();
  private Catalog catalog;
  private FeedUser user;

  @BeforeEach
  void setUp() {
    catalog = new Catalog(CONFIG);
    user = FeedUser.draw(CONFIG, catalog, new SplittableRandom(3));
    Arrays.fill(user.preference, 0);
    user.preference[0] = 1;
    setItem(0, 4, new double[] {0.6, 0.8}, 0.8, false, 0.4);
    setItem(1, 5, new double[] {0.0, 1.0}, 0.1, true, -0.2);
    user.satisfaction = 0;
    Arrays.fill(user.fatigue, 0);
  }

  private void setItem(int item, int topic, double[] head, double quality, boolean clickbait, double logPrice) {
    Arrays.fill(catalog.embedding, item * catalog.dim, (item + 1) * catalog.dim, 0);
    System.arraycopy(head, 0, catalog.embedding, item * catalog.dim, head.length);
    catalog.topic[item] = topic;
    catalog.quality[item] = quality;
    catalog.clickbait[item] = clickbait;
    catalog.logPrice[item] = logPrice;
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @Test
  void clickProbabilityCombinesAffinityQualityClickbaitAndFatigue() {
    user.fatigue[4] = 2;
    // -2 + 3 * 0.6 + 1 * 0.8 - 0.5 * 2 = -0.4
    assertThat(user.clickProbability(0)).isCloseTo(sigmoid(-0.4), within(1e-12));
    // -2 + 3 * 0 + 1 * 0.1 + 1.5 = -0.4 (clickbait appeal, no fatigue on topic 5)
    assertThat(user.clickProbability(1)).isCloseTo(sigmoid(-0.4), within(1e-12));
  }

  @Test
  void purchaseProbabilityFallsWithPriceSensitivityTimesLogPrice() {
    double lambda = CONFIG.cohortPriceSensitivity().get(user.cohort);
    // -2.5 + 1.5 * 0.6 + 2 * 0.8 - lambda * 0.4
    assertThat(user.purchaseProbability(0)).isCloseTo(sigmoid(-2.5 + 0.9 + 1.6 - 0.4 * lambda), within(1e-12));
  }

  @Test
  void endPageMovesSatisfactionFatigueAndPreference() {
    user.satisfaction = 1.0;
    user.fatigue[4] = 2;
    user.endPage(new int[] {0, 1}, new boolean[] {true, true}, 1);
    // 0.9 * 1 + (0.8 - 0.5) + (0.1 - 0.5) + 0.5 * 1 purchase
    assertThat(user.satisfaction).isCloseTo(1.3, within(1e-12));
    assertThat(user.fatigue[4]).isCloseTo(2 * 0.6 + 1, within(1e-12));
    assertThat(user.fatigue[5]).isCloseTo(1, within(1e-12));
    // drift toward item 0: (1, 0) + 0.05 * ((0.6, 0.8) - (1, 0)) = (0.98, 0.04), normalised; then toward item 1
    double x = 0.98 / Math.hypot(0.98, 0.04);
    double y = 0.04 / Math.hypot(0.98, 0.04);
    double x2 = x + 0.05 * (0.0 - x);
    double y2 = y + 0.05 * (1.0 - y);
    assertThat(user.preference[0]).isCloseTo(x2 / Math.hypot(x2, y2), within(1e-12));
    assertThat(user.preference[1]).isCloseTo(y2 / Math.hypot(x2, y2), within(1e-12));
  }

  @Test
  void pageWithoutClickCostsSatisfaction() {
    user.satisfaction = 0.5;
    user.endPage(new int[] {0, 1}, new boolean[] {false, false}, 0);
    assertThat(user.satisfaction).isCloseTo(0.9 * 0.5 - 0.3, within(1e-12));
    assertThat(user.preference[0]).isEqualTo(1.0);
  }

  @Test
  void leaveChurnAndReturnGapFollowSatisfactionAndPatience() {
    user.patience = 10;
    user.satisfaction = -1;
    // -1.5 - 1.0 * (-1) - 0.3 * (10 - 4)
    assertThat(user.leaveProbability(4)).isCloseTo(sigmoid(-2.3), within(1e-12));
    assertThat(user.churnProbability()).isCloseTo(sigmoid(-3 + 1), within(1e-12));
    user.satisfaction = 2;
    assertThat(user.meanReturnGap()).isCloseTo(1 + 3 * Math.exp(-1), within(1e-12));
  }

  @Test
  void newSessionKeepsPartOfTheSatisfactionAndClearsFatigue() {
    user.satisfaction = 2;
    user.fatigue[3] = 1.5;
    user.startSession(new SplittableRandom(1), 0.5);
    assertThat(user.satisfaction).isEqualTo(1.0);
    assertThat(user.fatigue).containsOnly(0.0);
    assertThat(user.patience).isPositive();
  }

  @Test
  void examinationAndDwellAreNonNegativeAndQualityDriven() {
    SplittableRandom random = new SplittableRandom(5);
    double good = 0;
    double bait = 0;
    for (int i = 0; i < 2000; i++) {
      good += user.dwell(0, random);
      bait += user.dwell(1, random);
    }
    // E[dwell] = 30 * (0.1 + q) * exp(0.3^2 / 2)
    assertThat(good / 2000).isCloseTo(30 * 0.9 * Math.exp(0.045), within(0.6));
    assertThat(bait / 2000).isCloseTo(30 * 0.2 * Math.exp(0.045), within(0.2));
  }
}
