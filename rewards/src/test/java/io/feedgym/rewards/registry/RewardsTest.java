package io.feedgym.rewards.registry;

import static io.feedgym.rewards.testkit.FeedbackBuilder.feedback;
import static io.feedgym.rewards.testkit.RewardAssert.assertThatReward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.config.ConfigBinder;
import io.feedgym.rewards.builtin.ActivenessBonus;
import io.feedgym.rewards.builtin.ClickReward;
import io.feedgym.rewards.builtin.Conversion;
import io.feedgym.rewards.builtin.NoConversionPenalty;
import io.feedgym.rewards.combine.WeightedSum;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewardsTest {

  @Test
  void registersEveryBuiltin() {
    assertThat(Rewards.specs()).extracting(RewardSpec::id).contains(
        "activeness", "clicks", "depth", "diversity", "dwell", "leave", "no_conversion", "novelty", "purchases");
    assertThat(Rewards.make("clicks")).isEqualTo(ClickReward.defaults());
  }

  @Test
  void bindsSnakeCaseOverrides() {
    assertThat(Rewards.make("activeness", Map.of("beta", "2", "tau", "7"))).isEqualTo(new ActivenessBonus(2, 7));
    assertThat(Rewards.make("no_conversion", Map.of("conversion", "purchase")))
        .isEqualTo(new NoConversionPenalty(1.0, Conversion.PURCHASE));
    assertThat(ConfigBinder.keys(ActivenessBonus.class)).containsExactly("beta", "tau");
    assertThatThrownBy(() -> Rewards.make("activeness", Map.of("tau", "-1")))
        .hasMessage("tau must be a finite number > 0, found -1.0");
    assertThatThrownBy(() -> Rewards.make("clicks", Map.of("wieght", "1")))
        .hasMessage("unknown key 'wieght' for ClickReward; valid keys: weight");
  }

  @Test
  void parsesAWeightedSum() {
    WeightedSum<Object, Object> sum = Rewards.parse("clicks:1.0, purchases:2.0,leave:1.0,depth");
    assertThat(sum.components()).extracting(WeightedSum.Component::name)
        .containsExactly("clicks", "purchases", "leave", "depth");
    // 2 clicks + 2 * 1 purchase - 1 leave + 1 page = 4
    assertThatReward(sum).given(feedback().clickAt(2).purchaseAt(2).clickAt(5).left()).isCloseTo(4.0, within(1e-12))
        .hasTerms("reward/clicks", "reward/purchases", "reward/leave", "reward/depth");
  }

  @Test
  void parsesAWeightedSumWithParameterOverrides() {
    WeightedSum<Object, Object> sum = Rewards.parse("clicks:2,activeness", Map.of("activeness", Map.of("tau", "7")));

    assertThat(sum.components()).extracting(WeightedSum.Component::reward)
        .containsExactly(ClickReward.defaults(), new ActivenessBonus(1.0, 7.0));
  }

  @Test
  void parseErrorsNameTheEntry() {
    assertThatThrownBy(() -> Rewards.parse("clicks:1,klicks:2"))
        .hasMessage("unknown reward 'klicks'; registered: activeness, clicks, depth, diversity, dwell, leave, "
            + "no_conversion, novelty, purchases");
    assertThatThrownBy(() -> Rewards.parse("clicks:abc"))
        .hasMessage("weight of reward 'clicks' must be a number, found 'abc'");
    assertThatThrownBy(() -> Rewards.parse("clicks:NaN"))
        .hasMessage("weight of component 'clicks' must be a finite number, found NaN");
    assertThatThrownBy(() -> Rewards.parse("clicks:1,")).hasMessage("entry 2 of reward 'clicks:1,' is empty");
    assertThatThrownBy(() -> Rewards.parse(" ")).hasMessage("reward must list at least one 'id:weight' entry, found ' '");
    assertThatThrownBy(() -> Rewards.parse("clicks:1:2")).hasMessage("reward entry 'clicks:1:2' must look like id:weight");
    assertThatThrownBy(() -> Rewards.parse("clicks:1,clicks:2")).hasMessage("component name 'clicks' appears twice");
  }

  @Test
  void specsValidateAndRejectDuplicates() {
    assertThatThrownBy(() -> new RewardSpec<>("Clicks", "d", ClickReward.defaults()))
        .hasMessageContaining("found 'Clicks'");
    assertThatThrownBy(() -> Rewards.register(new RewardSpec<>("clicks", "d", ClickReward.defaults())))
        .hasMessage("reward 'clicks' is already registered");
  }
}
