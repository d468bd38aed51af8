package io.feedgym.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluatorTest {

  @Test
  void playsOneEpisodePerSeedAndSummarisesTheReturns() {
    TinyEnv env = new TinyEnv();

    // Seeds 10, 11, 12 give episodes of 2, 3 and 1 steps; action 1 earns 2 per step: returns 4, 6, 2.
    EvalResult result = new Evaluator(3, 10).evaluate(env, observation -> 1);

    assertThat(env.resets).containsExactly("reset(10)", "reset(11)", "reset(12)");
    assertThat(result.episodes()).isEqualTo(3);
    assertThat(result.meanReturn()).isCloseTo(4.0, within(1e-12));
    // sample std: sqrt(((4-4)^2 + (6-4)^2 + (2-4)^2) / (3 - 1)) = 2
    assertThat(result.stdReturn()).isCloseTo(2.0, within(1e-12));
    assertThat(result.stderrReturn()).isCloseTo(2.0 / Math.sqrt(3), within(1e-12));
    assertThat(result.meanLength()).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void oneEpisodeHasNoSpread() {
    EvalResult result = EvalResult.of(new double[] {7.5}, new int[] {4});

    assertThat(result).isEqualTo(new EvalResult(1, 7.5, 0, 0, 4));
  }

  @Test
  void theSameSeedGivesTheSameResult() {
    assertThat(new Evaluator(5, 3).evaluate(new TinyEnv(), observation -> 0))
        .isEqualTo(new Evaluator(5, 3).evaluate(new TinyEnv(), observation -> 0));
  }

  @Test
  void rejectsNonPositiveEpisodeCounts() {
    assertThatThrownBy(() -> new Evaluator(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eval episodes must be positive, found 0");
    assertThatThrownBy(() -> EvalResult.of(new double[] {1, 2}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equal length");
  }
}
