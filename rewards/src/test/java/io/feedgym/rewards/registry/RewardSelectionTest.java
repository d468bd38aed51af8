package io.feedgym.rewards.registry;

import static io.feedgym.rewards.testkit.FeedbackBuilder.feedback;
import static io.feedgym.rewards.testkit.RewardAssert.assertThatReward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import io.feedgym.rewards.builtin.ActivenessBonus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewardSelectionTest {

  @Test
  void normalisesTheSumAndRecordsEveryParameter() {
    RewardSelection selection = RewardSelection.of(" clicks:1, activeness:0.5,leave",
        Map.of("activeness", Map.of("tau", "2")));

    assertThat(selection.sum()).isEqualTo("clicks:1.0,activeness:0.5,leave:1.0");
    assertThat(selection.params()).isEqualTo(ImmutableMap.of(
        "clicks", ImmutableMap.of("weight", 1.0),
        "activeness", ImmutableMap.of("beta", 1.0, "tau", 2.0),
        "leave", ImmutableMap.of("penalty", 1.0)));
    assertThat(selection.reward().components().get(1).reward()).isEqualTo(new ActivenessBonus(1.0, 2.0));
  }

  @Test
  void theRewardIsTheWeightedSumWithTheOverrides() {
    RewardSelection selection = RewardSelection.of("clicks:2,activeness:0.5", Map.of("activeness", Map.of("tau", "2")));

    // 2 · 1 click + 0.5 · exp(−1 / 2)
    assertThatReward(selection.reward()).given(feedback().clickAt(0).left().returnGap(1.0))
        .isCloseTo(2 + 0.5 * Math.exp(-0.5), within(1e-12));
  }

  @Test
  void equalSelectionsAreEqualHoweverTheyAreWritten() {
    assertThat(RewardSelection.of("clicks,activeness:1", Map.of("activeness", Map.of("beta", "1.0"))))
        .isEqualTo(RewardSelection.of("clicks:1.0, activeness:1.0", Map.of()));
  }

  @Test
  void withParamsReplacesSomeParametersAndKeepsTheOthers() {
    RewardSelection selection = RewardSelection.of("clicks:1,activeness:0.5", Map.of("activeness", Map.of("tau", "2")));

    RewardSelection changed = selection.withParams(Map.of("activeness", Map.of("beta", "3"), "clicks",
        Map.of("weight", "4")));

    assertThat(changed.sum()).isEqualTo(selection.sum());
    assertThat(changed.params()).isEqualTo(ImmutableMap.of(
        "clicks", ImmutableMap.of("weight", 4.0),
        "activeness", ImmutableMap.of("beta", 3.0, "tau", 2.0)));
  }

  @Test
  void badParametersFailWithMessagesNamingTheRewardAndTheValidChoices() {
    assertThatThrownBy(() -> RewardSelection.of("clicks", Map.of("actv", Map.of("tau", "2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown reward 'actv'; registered: activeness, clicks,");
    assertThatThrownBy(() -> RewardSelection.of("clicks", Map.of("activeness", Map.of("tau", "2"))))
        .hasMessage("parameters of reward 'activeness' are set, but reward 'clicks' does not include it");
    assertThatThrownBy(() -> RewardSelection.of("activeness", Map.of("activeness", Map.of("tua", "2"))))
        .hasMessage("reward 'activeness': unknown key 'tua' for ActivenessBonus; valid keys: beta, tau");
    assertThatThrownBy(() -> RewardSelection.of("activeness", Map.of("activeness", Map.of("tau", "0"))))
        .hasMessage("reward 'activeness': tau must be a finite number > 0, found 0.0");
    assertThatThrownBy(() -> new RewardSelection("clicks:1.0",
        ImmutableMap.of("clicks", ImmutableMap.of("weight", "x"))))
        .hasMessage("reward 'clicks': key 'weight' expects double, found 'x'");
  }
}
