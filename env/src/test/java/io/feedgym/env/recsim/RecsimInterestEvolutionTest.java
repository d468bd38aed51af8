package io.feedgym.env.recsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.env.registry.Envs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interest-evolution environment: feedback, termination, determinism, invalid slates and the registry. */
class RecsimInterestEvolutionTest {

  @Test
  void feedbackReportsAtMostOneClickWhoseWatchTimeIsTheReward() {
    var env = new InterestEvolution(InterestEvolutionConfig.defaults());
    var first = env.reset(7).observation();
    Step<InterestEvolutionObservation> step = env.step(new int[] {4, 1});
    Feedback feedback = (Feedback) step.info().get(Feedback.INFO_KEY);
    assertThat(feedback.page()).isZero();
    assertThat(feedback.clicks()).isLessThanOrEqualTo(1);
    assertThat(feedback.positions()).extracting(PositionFeedback::candidate).containsExactly(4, 1);
    assertThat(feedback.positions()).extracting(PositionFeedback::topic)
        .containsExactly(first.clusters()[4], first.clusters()[1]);
    double dwell = feedback.positions().stream().mapToDouble(PositionFeedback::dwell).sum();
    assertThat(step.reward()).isEqualTo(dwell).isIn(0.0, 4.0);
    assertThat(((Feedback) env.step(new int[] {0, 1}).info().get(Feedback.INFO_KEY)).page()).isEqualTo(1);
  }

  @Test
  void episodeTerminatesWhenTheBudgetIsSpent() {
    var config = ConfigBinder.bind(InterestEvolutionConfig.defaults(), Map.of("time_budget", "2"));
    var env = new InterestEvolution(config);
    env.reset(3);
    Step<InterestEvolutionObservation> step;
    int steps = 0;
    do {
      step = env.step(new int[] {0, 1});
      steps++;
    } while (!step.done() && steps < 100);
    assertThat(step.terminated()).isTrue();
    assertThat(((Feedback) step.info().get(Feedback.INFO_KEY)).left()).isTrue();
    assertThatThrownBy(() -> env.step(new int[] {0, 1})).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sameSeedSameTrajectory() {
    assertThat(rollout(11)).isEqualTo(rollout(11)).isNotEqualTo(rollout(12));
  }

  private static List<Object> rollout(long seed) {
    var env = new InterestEvolution(InterestEvolutionConfig.defaults());
    List<Object> trace = new ArrayList<>(List.of(env.reset(seed).observation()));
    for (int i = 0; i < 20; i++) {
      Step<InterestEvolutionObservation> step = env.step(new int[] {i % 10, (i + 3) % 10});
      trace.add(step.observation());
      trace.add(step.reward());
    }
    return trace;
  }

  @Test
  void invalidSlateNamesTheSlateAndTheSpace() {
    var env = new InterestEvolution(InterestEvolutionConfig.defaults());
    env.reset(1);
    assertThatThrownBy(() -> env.step(new int[] {2, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2, 2]").hasMessageContaining("Slate(k=2, n=10)").hasMessageContaining("twice");
    assertThatThrownBy(() -> env.step(new int[] {10, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
  }

  @Test
  void registryBindsCandidatesAndSlateSize() {
    var env = (InterestEvolution) Envs.make("recsim-interest-evolution-v0",
        Map.of("num_candidates", "50", "slate_size", "3"));
    assertThat(env.actionSpace().n()).isEqualTo(50);
    assertThat(env.actionSpace().k()).isEqualTo(3);
    assertThat(env.reset(0).observation().numCandidates()).isEqualTo(50);
    assertThatThrownBy(() -> Envs.make("recsim-interest-evolution-v0", Map.of("slate_size", "11")))
        .hasMessageContaining("slate_size must be in [1, num_candidates=10], found 11");
  }
}
