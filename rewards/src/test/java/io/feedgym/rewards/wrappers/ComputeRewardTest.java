package io.feedgym.rewards.wrappers;

import static io.feedgym.rewards.testkit.FeedbackBuilder.feedback;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.check.EnvironmentContract;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.registry.Envs;
import io.feedgym.rewards.NonFiniteRewardException;
import io.feedgym.rewards.RewardBreakdown;
import io.feedgym.rewards.combine.PotentialShaping;
import io.feedgym.rewards.registry.Rewards;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComputeRewardTest {

  @Test
  void replacesTheRewardAndPublishesItsTermsAndTheNativeReward() {
    var env = new ComputeReward<>(new ScriptedFeedbackEnv(
        feedback().clickAt(1).purchaseAt(3).build(),
        feedback().left().build()), Rewards.parse("clicks:1,purchases:2,leave:1"));
    env.reset(0);

    Step<Integer> first = env.step(0);
    Step<Integer> second = env.step(0);

    // 2 clicks + 2 * 1 purchase = 4; then no click, leave: -1
    assertThat(first.reward()).isCloseTo(4.0, within(1e-12));
    assertThat(first.info()).containsEntry(ComputeReward.NATIVE_REWARD_INFO_KEY, 10.0)
        .containsKey(Feedback.INFO_KEY);
    assertThat(((RewardBreakdown) first.info().get(RewardBreakdown.INFO_KEY)).terms())
        .containsExactly(Map.entry("reward/clicks", 2.0), Map.entry("reward/purchases", 2.0),
            Map.entry("reward/leave", 0.0));
    assertThat(second.reward()).isCloseTo(-1.0, within(1e-12));
    assertThat(second.info()).containsEntry(ComputeReward.NATIVE_REWARD_INFO_KEY, 20.0);
    assertThat(second.terminated()).isTrue();
  }

  @Test
  void rewardsReadThePreviousAndTheNextObservation() {
    // Φ(s) = s: F = 0.5 · Φ(s') − Φ(s); the user leaves on page 3, so Φ(s') = 0 there.
    var shaped = new PotentialShaping<Integer, Integer>(0.5, s -> s, Rewards.parse("clicks"));
    var env = new ComputeReward<>(new ScriptedFeedbackEnv(
        feedback().clickAt(0).build(), feedback().build(), feedback().left().build()), shaped);
    env.reset(0);

    assertThat(env.step(0).reward()).isCloseTo(1 + 0.5 * 1 - 0, within(1e-12));
    assertThat(env.step(0).reward()).isCloseTo(0 + 0.5 * 2 - 1, within(1e-12));
    assertThat(env.step(0).reward()).isCloseTo(0 + 0.5 * 0 - 2, within(1e-12));
    env.reset();
    assertThat(env.step(0).reward()).isCloseTo(1 + 0.5 * 1 - 0, within(1e-12));
  }

  @Test
  void aStepWithoutFeedbackIsAnErrorNamingTheEnvironment() {
    var env = new ComputeReward<>(new CartPole(), Rewards.parse("clicks"));
    env.reset(0);

    assertThatThrownBy(() -> env.step(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("CartPole(")
        .hasMessageContaining("publishes no Feedback under 'feedback' in its step info");
  }

  @Test
  void aNonFiniteTermFails() {
    var env = new ComputeReward<>(new ScriptedFeedbackEnv(feedback().build()),
        input -> RewardBreakdown.of("reward/inverse_clicks", 1.0 / input.feedback().clicks()));
    env.reset(0);

    assertThatThrownBy(() -> env.step(0))
        .isInstanceOf(NonFiniteRewardException.class)
        .hasMessage("reward term 'reward/inverse_clicks' must be finite, found Infinity");
  }

  @ParameterizedTest
  @ValueSource(strings = {"recsim-interest-evolution-v0", "recsim-long-term-satisfaction-v0"})
  void onRecsimTheClickRewardCountsTheClickedPositions(String id) {
    assertClicksAreRewarded(Envs.make(id));
  }

  private static <O, A> void assertClicksAreRewarded(Environment<O, A> recsim) {
    var env = new ComputeReward<>(recsim, Rewards.parse("clicks:2"));
    SplittableRandom random = new SplittableRandom(3);
    env.reset(7);
    Step<O> step;
    int steps = 0;
    do {
      step = env.step(env.actionSpace().sample(random));
      Feedback feedback = (Feedback) step.info().get(Feedback.INFO_KEY);
      assertThat(step.reward()).isEqualTo(2.0 * feedback.clicks());
      assertThat(step.info().get(ComputeReward.NATIVE_REWARD_INFO_KEY)).isInstanceOf(Double.class);
      steps++;
    } while (!step.done());
    assertThat(steps).isPositive();
  }

  @TestFactory
  Stream<DynamicTest> wrappedRecsimEnvironmentsHonourTheContract() {
    return Stream.of("recsim-interest-evolution-v0", "recsim-long-term-satisfaction-v0")
        .flatMap(id -> EnvironmentContract.dynamicTests(id + "+ComputeReward",
            () -> wrap(Envs.make(id))));
  }

  private static <O, A> Environment<O, A> wrap(Environment<O, A> env) {
    return new ComputeReward<>(env, Rewards.parse("clicks:1,leave:1,activeness"));
  }
}
