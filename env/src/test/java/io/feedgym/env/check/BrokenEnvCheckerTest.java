package io.feedgym.env.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.testing.BrokenEnv;
import io.feedgym.env.testing.BrokenEnv.Defect;
import org.junit.jupiter.api.Test;

/** Every deliberately broken environment fails the check that targets its defect, with a message naming the problem. */
class BrokenEnvCheckerTest {
  private final EnvChecker checker = EnvChecker.defaults();

  private CheckResult run(EnvCheck check, Defect defect) {
    CheckResult result = checker.run(check, new BrokenEnv(defect));
    assertThat(result.passed()).as(result.toString()).isFalse();
    assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
    assertThat(result.name()).isEqualTo(check.key());
    return result;
  }

  @Test
  void nondeterministicResetFailsResetDeterminism() {
    assertThat(run(EnvCheck.RESET_DETERMINISM, Defect.NONDETERMINISTIC_RESET)).hasToString(
        "FAIL reset_determinism: two reset(0) calls returned different observations, [0, 0] and [0, 1];"
            + " the same seed must give the same observation");
    assertThat(run(EnvCheck.TRAJECTORY_DETERMINISM, Defect.NONDETERMINISTIC_RESET).message()).isEqualTo(
        "two rollouts with seed 0 and the same actions differ at the reset of episode 0: observation [0, 0] vs [0, 1]");
  }

  @Test
  void observationOutsideTheSpaceFailsStep() {
    assertThat(run(EnvCheck.STEP, Defect.OBSERVATION_OUTSIDE_SPACE).message()).isEqualTo(
        "the observation at episode 0 step 0, [-1, 0], is not in MultiDiscrete([100, 10])");
  }

  @Test
  void nanRewardFailsStep() {
    assertThat(run(EnvCheck.STEP, Defect.NAN_REWARD).message())
        .isEqualTo("the reward at episode 0 step 1 is NaN; rewards must be finite");
  }

  @Test
  void acceptingStepAfterDoneFailsStepAfterDone() {
    assertThat(run(EnvCheck.STEP_AFTER_DONE, Defect.STEP_AFTER_DONE_ACCEPTED).message()).isEqualTo(
        "step() after the episode terminated at step 2 was accepted; it must throw IllegalStateException"
            + " until reset() is called");
  }

  @Test
  void acceptingAnInvalidActionFailsInvalidAction() {
    assertThat(run(EnvCheck.INVALID_ACTION, Defect.INVALID_ACTION_ACCEPTED).message())
        .isEqualTo("action 2 outside Discrete(2) was accepted; it must throw IllegalArgumentException");
  }

  @Test
  void eachDefectFailsOnlyTheChecksItBreaks() {
    assertThat(checker.check(new BrokenEnv(Defect.NAN_REWARD)).failures())
        .extracting(CheckResult::name).containsExactly("step");
    assertThat(checker.check(new BrokenEnv(Defect.OBSERVATION_OUTSIDE_SPACE)).failures())
        .extracting(CheckResult::name).containsExactly("step");
    assertThat(checker.check(new BrokenEnv(Defect.STEP_AFTER_DONE_ACCEPTED)).failures())
        .extracting(CheckResult::name).containsExactly("step_after_done");
    assertThat(checker.check(new BrokenEnv(Defect.INVALID_ACTION_ACCEPTED)).failures())
        .extracting(CheckResult::name).containsExactly("invalid_action");
    assertThat(checker.check(new BrokenEnv(Defect.NONDETERMINISTIC_RESET)).failures())
        .extracting(CheckResult::name).containsExactly("reset_determinism", "trajectory_determinism");
  }

  @Test
  void requireValidListsEveryFailureWithItsCheck() {
    assertThatThrownBy(() -> checker.requireValid(new BrokenEnv(Defect.NONDETERMINISTIC_RESET)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("BrokenEnv(NONDETERMINISTIC_RESET) failed 2 of 10 environment checks:\n"
            + "  FAIL reset_determinism: two reset(0) calls returned different observations")
        .hasMessageContaining("\n  FAIL trajectory_determinism: two rollouts with seed 0");
  }
}
