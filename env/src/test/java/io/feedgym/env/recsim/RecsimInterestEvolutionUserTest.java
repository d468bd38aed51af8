package io.feedgym.env.recsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The interest-evolution user's rules, with hand-computed numbers. */
class RecsimInterestEvolutionUserTest {
  private static final InterestEvolutionConfig CONFIG = InterestEvolutionConfig.defaults();

  private static InterestEvolutionUser user(double interestInCluster3, double budget) {
    double[] interests = new double[InterestEvolution.NUM_CLUSTERS];
    interests[3] = interestInCluster3;
    interests[4] = 0.2;
    return new InterestEvolutionUser(CONFIG, interests, budget);
  }

  @Test
  void choiceWeightsAreScorePlusOneAgainstANoClickMassOfTwo() {
    // weights 0.5 + 1 = 1.5 and -0.5 + 1 = 0.5, no click 1 + 1 = 2; total 4
    double[] probabilities = user(0, 200).choiceProbabilities(new double[] {0.5, -0.5});
    assertThat(probabilities[0]).isCloseTo(1.5 / 4, within(1e-12));
    assertThat(probabilities[1]).isCloseTo(0.5 / 4, within(1e-12));
    assertThat(probabilities[2]).isCloseTo(2.0 / 4, within(1e-12));
  }

  @Test
  void interestStepIsMinusPointThreeAbsXPlusPointThree() {
    assertThat(InterestEvolutionUser.interestStep(0.0)).isCloseTo(0.3, within(1e-12));
    assertThat(InterestEvolutionUser.interestStep(0.5)).isCloseTo(0.15, within(1e-12));
    assertThat(InterestEvolutionUser.interestStep(-0.5)).isCloseTo(0.15, within(1e-12));
    assertThat(InterestEvolutionUser.interestStep(1.0)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void clickMovesOnlyTheClickedClusterTowardsOrAwayFromTheOneHot() {
    InterestEvolutionUser towards = user(0.5, 200);
    assertThat(towards.towardsProbability(3)).isCloseTo(0.75, within(1e-12));
    towards.click(3, 0.0, 4.0, true);
    assertThat(towards.interest(3)).isCloseTo(0.5 + 0.15 * (1 - 0.5), within(1e-12));
    assertThat(towards.interest(4)).isEqualTo(0.2);
    InterestEvolutionUser away = user(0.5, 200);
    away.click(3, 0.0, 4.0, false);
    assertThat(away.interest(3)).isCloseTo(0.5 - 0.075, within(1e-12));
  }

  @Test
  void interestsStayClippedToPlusMinusOne() {
    InterestEvolutionUser high = user(1.0, 200);
    high.click(3, 0.0, 4.0, true);
    assertThat(high.interest(3)).isEqualTo(1.0);
    InterestEvolutionUser low = user(-1.0, 200);
    low.click(3, 0.0, 4.0, false);
    assertThat(low.interest(3)).isEqualTo(-1.0);
  }

  @Test
  void clickSpendsTheWatchTimeAndRefundsAlphaTimesWatchTimeTimesQuality() {
    InterestEvolutionUser user = user(0.5, 200);
    user.click(3, 2.0, 4.0, true);
    assertThat(user.budget()).isCloseTo(200 - 4 + 0.9 / 3.4 * 4 * 2.0, within(1e-12));
  }

  @Test
  void watchTimeIsCappedByTheRemainingBudget() {
    assertThat(user(0, 200).watchTime()).isEqualTo(4.0);
    assertThat(user(0, 3).watchTime()).isEqualTo(3.0);
  }

  @Test
  void noClickCostsTheStepPenaltyAndAnEmptyBudgetTerminates() {
    InterestEvolutionUser user = user(0, 1.0);
    user.skip();
    assertThat(user.budget()).isEqualTo(0.5);
    assertThat(user.exhausted()).isFalse();
    user.skip();
    assertThat(user.budget()).isEqualTo(0.0);
    assertThat(user.exhausted()).isTrue();
  }

  @Test
  void clusterQualityMeansAreTwoLinspaces() {
    assertThat(InterestEvolution.qualityMean(0)).isEqualTo(-3.0);
    assertThat(InterestEvolution.qualityMean(1)).isCloseTo(-3.0 + 3.0 / 13, within(1e-12));
    assertThat(InterestEvolution.qualityMean(13)).isEqualTo(0.0);
    assertThat(InterestEvolution.qualityMean(14)).isEqualTo(0.0);
    assertThat(InterestEvolution.qualityMean(15)).isCloseTo(0.6, within(1e-12));
    assertThat(InterestEvolution.qualityMean(19)).isEqualTo(3.0);
  }
}
