package io.feedgym.env.recsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.registry.Envs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The long-term-satisfaction rules with hand-computed numbers, and the environment's episodes. */
class RecsimLongTermSatisfactionTest {
  private static final LongTermSatisfactionConfig DEFAULTS = LongTermSatisfactionConfig.defaults();

  @Test
  void initialExposureIsCentredUniformOverOneMinusDiscount() {
    assertThat(LongTermSatisfactionUser.initialExposure(DEFAULTS, 0.8)).isCloseTo(1.0, within(1e-12));
    assertThat(LongTermSatisfactionUser.initialExposure(DEFAULTS, 0.0)).isCloseTo(-0.5 / 0.3, within(1e-12));
  }

  @Test
  void engagementLocAndScaleMixChocolateAndKaleScaledBySatisfaction() {
    var neutral = new LongTermSatisfactionUser(DEFAULTS, 0.0);
    assertThat(neutral.satisfaction()).isEqualTo(0.5);
    assertThat(neutral.engagementLoc(1.0)).isCloseTo(2.5, within(1e-12));
    assertThat(neutral.engagementLoc(0.0)).isCloseTo(2.0, within(1e-12));
    assertThat(neutral.engagementLoc(0.25)).isCloseTo((0.25 * 5 + 0.75 * 4) * 0.5, within(1e-12));
    var satisfied = new LongTermSatisfactionUser(DEFAULTS, 100.0);
    assertThat(satisfied.satisfaction()).isCloseTo(1 / (1 + Math.exp(-1.0)), within(1e-12));
    var config = ConfigBinder.bind(DEFAULTS, Map.of("choc_stddev", "2"));
    assertThat(new LongTermSatisfactionUser(config, 0.0).engagementScale(0.25)).isCloseTo(0.25 * 2 + 0.75, within(1e-12));
  }

  @Test
  void clickbaitLowersTheNetPositiveExposure() {
    var bait = new LongTermSatisfactionUser(DEFAULTS, 1.0);
    bait.consume(0.8, 0.1);
    assertThat(bait.netPositiveExposure()).isCloseTo(0.7 - 0.6 + 0.1, within(1e-12));
    var kale = new LongTermSatisfactionUser(DEFAULTS, 1.0);
    kale.consume(0.2, 0.1);
    assertThat(kale.netPositiveExposure()).isCloseTo(0.7 + 0.6 + 0.1, within(1e-12));
  }

  @Test
  void everyEpisodeLastsSixtyStepsAndPositionZeroIsConsumed() {
    var env = new LongTermSatisfaction(DEFAULTS);
    env.reset(5);
    for (int i = 1; i <= 60; i++) {
      Step<LongTermSatisfactionObservation> step = env.step(new int[] {i % 20, (i + 1) % 20});
      Feedback feedback = (Feedback) step.info().get(Feedback.INFO_KEY);
      assertThat(step.terminated()).as("terminated at step %d", i).isEqualTo(i == 60);
      assertThat(feedback.positions().get(0).clicked()).isTrue();
      assertThat(feedback.positions().get(1).examined()).isFalse();
      assertThat(feedback.positions().get(0).dwell()).isEqualTo(step.reward());
    }
    assertThatThrownBy(() -> env.step(new int[] {0, 1})).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void observedEngagementIsClippedAtOneHundredButTheRewardIsNot() {
    // sensitivity 0: SAT = 0.5; stddevs 0: log-engagement = loc = 10 * 0.5 = 5
    var config = ConfigBinder.bind(DEFAULTS, Map.of("sensitivity", "0", "choc_mean", "10", "kale_mean", "10",
        "choc_stddev", "0", "kale_stddev", "0"));
    var env = new LongTermSatisfaction(config);
    assertThat(env.reset(2).observation().engagement()).isZero();
    Step<LongTermSatisfactionObservation> step = env.step(new int[] {0, 1});
    assertThat(step.reward()).isCloseTo(Math.exp(5.0), within(1e-9));
    assertThat(step.observation().engagement()).isEqualTo(100.0);
  }

  @Test
  void sameSeedSameTrajectory() {
    assertThat(rollout(11)).isEqualTo(rollout(11)).isNotEqualTo(rollout(12));
  }

  private static List<Object> rollout(long seed) {
    var env = new LongTermSatisfaction(DEFAULTS);
    List<Object> trace = new ArrayList<>(List.of(env.reset(seed).observation()));
    for (int i = 0; i < 10; i++) {
      Step<LongTermSatisfactionObservation> step = env.step(new int[] {i, i + 1});
      trace.add(step.observation());
      trace.add(step.reward());
    }
    return trace;
  }

  @Test
  void invalidSlateNamesTheSlateAndTheSpace() {
    var env = (LongTermSatisfaction) Envs.make("recsim-long-term-satisfaction-v0");
    env.reset(1);
    assertThatThrownBy(() -> env.step(new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0]").hasMessageContaining("Slate(k=2, n=20)");
  }
}
