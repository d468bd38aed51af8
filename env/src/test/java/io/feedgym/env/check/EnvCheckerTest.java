package io.feedgym.env.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.MultiDiscrete;
import io.feedgym.env.spaces.Space;
import io.feedgym.env.testing.CountingEnv;
import io.feedgym.env.wrappers.TransformObservation;
import io.feedgym.env.wrappers.Wrapper;
import io.feedgym.random.SplitMix;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class EnvCheckerTest {
  /** CountingEnv has no random stream to expose. */
  private static final CheckResult RANDOM_STATE_HIDDEN = new CheckResult("random_state", CheckResult.Status.WARNING,
      "randomState() is empty: training runs on this environment cannot be resumed from a checkpoint");
  private final EnvChecker checker = EnvChecker.defaults();

  @Test
  void aCorrectEnvironmentPassesEveryCheckInOrder() {
    CheckReport report = checker.check(new CountingEnv(3));
    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.results()).extracting(CheckResult::name).containsExactly("spaces", "reset", "step",
        "reset_determinism", "trajectory_determinism", "seed_sensitivity", "random_state", "step_after_done",
        "invalid_action", "close_twice");
    assertThat(report.result(EnvCheck.STEP).message())
        .isEqualTo("9 steps over 3 episodes returned observations in the space and finite rewards");
    assertThat(report.result(EnvCheck.SEED_SENSITIVITY).message())
        .isEqualTo("seeds 0 and 1 give different trajectories");
    assertThat(report.toString()).startsWith("CountingEnv(episodeLength=3): 10 checks, 0 failed, 1 warnings\n"
        + "  PASS spaces: observation space MultiDiscrete([100, 10]), action space Discrete(2)\n");
    report.throwIfFailed();
  }

  @Test
  void anEnvironmentIgnoringItsSeedGetsAWarningNotAFailure() {
    var seedless = new TransformObservation<int[], int[], Integer>(new CountingEnv(3), o -> new int[] {o[0]},
        new MultiDiscrete(100));
    CheckReport report = checker.check(seedless);
    assertThat(report.passed()).isTrue();
    assertThat(report.warnings()).containsExactly(new CheckResult("seed_sensitivity", CheckResult.Status.WARNING,
        "rollouts with seeds 0 to 4 were identical; the environment ignores its seed or has no randomness"),
        RANDOM_STATE_HIDDEN);
    assertThat(report.toString()).contains("2 warnings").contains("  WARN seed_sensitivity: rollouts");
  }

  @Test
  void theRandomStateCheckPassesOnCartPoleAndFailsWhenRestoringDoesNothing() {
    assertThat(checker.run(EnvCheck.RANDOM_STATE, new CartPole()).status()).isEqualTo(CheckResult.Status.PASSED);
    var forgetful = new Wrapper<>(new CartPole()) {
      @Override
      public void restoreRandomState(SplitMix.State state) {}
    };
    CheckResult result = checker.run(EnvCheck.RANDOM_STATE, forgetful);
    assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
    assertThat(result.message()).startsWith("reset() after restoreRandomState(randomState()) gave another episode");
  }

  @Test
  void episodesLongerThanTheBudgetLeaveStepAfterDoneUntested() {
    var shortBudget = new EnvChecker(CheckerConfig.defaults().withMaxEpisodeSteps(50));
    CheckResult result = shortBudget.run(EnvCheck.STEP_AFTER_DONE, new CountingEnv(99));
    assertThat(result.status()).isEqualTo(CheckResult.Status.WARNING);
    assertThat(result.message()).isEqualTo("no episode ended within 50 steps; stepping after the end was not tested");
  }

  @Test
  void nullAndUnreadableSpacesFailTheSpacesCheck() {
    Space<int[]> anonymous = new Space<>() {
      @Override
      public boolean contains(int[] value) {
        return false;
      }

      @Override
      public int[] sample(RandomGenerator random) {
        return new int[0];
      }
    };
    var env = new Wrapper<>(new CountingEnv(3)) {
      @Override
      public Space<int[]> observationSpace() {
        return anonymous;
      }

      @Override
      public Space<Integer> actionSpace() {
        return null;
      }
    };
    assertThat(checker.run(EnvCheck.SPACES, env).message())
        .matches("observation space toString '.*@[0-9a-f]+' is Object's default; override toString; "
            + "observation space .*@[0-9a-f]+ does not contain its own sample \\[\\]; action space is null");
  }

  @Test
  void nullResultsFailWithTheCall() {
    var nullReset = new Wrapper<>(new CountingEnv(3)) {
      @Override
      public Reset<int[]> reset(long seed) {
        return null;
      }
    };
    var nullStep = new Wrapper<>(new CountingEnv(3)) {
      @Override
      public Step<int[]> step(Integer action) {
        return null;
      }
    };
    assertThat(checker.run(EnvCheck.RESET, nullReset)).hasToString("FAIL reset: reset(0) returned null");
    assertThat(checker.run(EnvCheck.STEP, nullStep)).hasToString("FAIL step: step() returned null at episode 0 step 0");
  }

  @Test
  void theWrongExceptionTypeFailsWithBothTypes() {
    var wrongType = new Wrapper<>(new CountingEnv(3)) {
      @Override
      public Step<int[]> step(Integer action) {
        if (!actionSpace().contains(action)) {
          throw new IllegalStateException("bad action");
        }
        return super.step(action);
      }
    };
    assertThat(checker.run(EnvCheck.INVALID_ACTION, wrongType).message()).isEqualTo(
        "action 2 outside Discrete(2) threw IllegalStateException: bad action instead of IllegalArgumentException");
  }

  @Test
  void unknownActionSpacesLeaveTheInvalidActionCheckAsAWarning() {
    Space<Integer> custom = new Space<>() {
      @Override
      public boolean contains(Integer value) {
        return value != null && value >= 0 && value < 2;
      }

      @Override
      public Integer sample(RandomGenerator random) {
        return random.nextInt(2);
      }

      @Override
      public String toString() {
        return "Bits";
      }
    };
    var env = new Wrapper<>(new CountingEnv(3)) {
      @Override
      public Space<Integer> actionSpace() {
        return custom;
      }
    };
    CheckResult result = checker.run(EnvCheck.INVALID_ACTION, env);
    assertThat(result).isEqualTo(new CheckResult("invalid_action", CheckResult.Status.WARNING,
        "cannot build an action outside Bits; the check knows Discrete, MultiDiscrete, Slate and Box"));
  }

  @Test
  void unexpectedExceptionsAndFailingCloseAreReported() {
    var throwing = new Wrapper<>(new CountingEnv(3)) {
      private int closes;

      @Override
      public Reset<int[]> reset() {
        throw new UnsupportedOperationException("no unseeded reset");
      }

      @Override
      public void close() {
        if (++closes > 1) {
          throw new IllegalStateException("already closed");
        }
      }
    };
    assertThat(checker.run(EnvCheck.RESET, throwing).message())
        .isEqualTo("unexpected UnsupportedOperationException: no unseeded reset");
    assertThat(checker.run(EnvCheck.CLOSE_TWICE, throwing).message())
        .isEqualTo("close() threw IllegalStateException: already closed; closing twice must have no further effect");
  }

  @Test
  void anObservationOutsideTheSpaceAtResetFailsTheResetCheck() {
    Environment<Integer, Integer> env = new TransformObservation<>(new CountingEnv(3), o -> o[1], new Discrete(3));
    assertThat(checker.run(EnvCheck.RESET, new EnvWithSeed(env, 7)).message())
        .isEqualTo("the observation of reset(0), 7, is not in Discrete(3)");
  }

  @Test
  void reportLooksUpResultsByCheck() {
    var report = new CheckReport("env", ImmutableList.of(CheckResult.pass(EnvCheck.SPACES, "ok")));
    assertThat(report.result(EnvCheck.SPACES).message()).isEqualTo("ok");
    assertThatThrownBy(() -> report.result(EnvCheck.STEP)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the report holds no result for check step");
  }

  @Test
  void configIsValidatedAndHasDefaults() {
    assertThat(CheckerConfig.defaults()).isEqualTo(new CheckerConfig(0L, 3, 1000));
    assertThat(CheckerConfig.defaults().withSeed(5).withEpisodes(2)).isEqualTo(new CheckerConfig(5L, 2, 1000));
    assertThatThrownBy(() -> CheckerConfig.defaults().withEpisodes(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("episodes must be positive, found 0");
    assertThatThrownBy(() -> CheckerConfig.defaults().withMaxEpisodeSteps(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("max_episode_steps must be positive, found -1");
    assertThat(new EnvChecker(CheckerConfig.defaults().withSeed(3)).config().seed()).isEqualTo(3L);
  }

  /** Routes every seeded reset to a fixed seed, so the observation is known whatever the checker's seed. */
  private static final class EnvWithSeed extends Wrapper<Integer, Integer> {
    private final long fixedSeed;

    EnvWithSeed(Environment<Integer, Integer> env, long fixedSeed) {
      super(env);
      this.fixedSeed = fixedSeed;
    }

    @Override
    public Reset<Integer> reset(long seed) {
      return env.reset(fixedSeed);
    }
  }
}
