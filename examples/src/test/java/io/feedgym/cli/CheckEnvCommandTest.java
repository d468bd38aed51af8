package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.registry.EnvSpec;
import io.feedgym.env.registry.Envs;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.Space;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CheckEnvCommandTest {
  private static final String BROKEN = "broken-observation-v0";

  /** The configuration of {@link OutOfSpaceEnv}; public because the config binder reads it reflectively. */
  public record OutOfSpaceConfig(int observation) {}

  /** A test environment that breaks the contract: its observations lie outside its observation space. */
  static final class OutOfSpaceEnv implements Environment<Integer, Integer> {
    private final int observation;

    OutOfSpaceEnv(OutOfSpaceConfig config) {
      this.observation = config.observation();
    }

    @Override
    public Space<Integer> observationSpace() {
      return new Discrete(2);
    }

    @Override
    public Space<Integer> actionSpace() {
      return new Discrete(2);
    }

    @Override
    public Reset<Integer> reset(long seed) {
      return Reset.of(observation);
    }

    @Override
    public Reset<Integer> reset() {
      return Reset.of(observation);
    }

    @Override
    public Step<Integer> step(Integer action) {
      return Step.of(observation, 0, true, false);
    }

    @Override
    public void close() {}
  }

  @BeforeAll
  static void register() {
    if (Envs.specs().stream().noneMatch(spec -> spec.id().equals(BROKEN))) {
      Envs.register(new EnvSpec<>(BROKEN, "observations outside the observation space (test only)",
          new OutOfSpaceConfig(7), OutOfSpaceEnv::new));
    }
  }

  @Test
  void printsOnePassLinePerCheckAndExitsZeroWhenAllPass() {
    CliRun run = CliRun.of("check-env", "cartpole-v1", "--seed", "3");

    assertThat(run.code()).isZero();
    assertThat(run.outLines()).filteredOn(line -> line.startsWith("PASS ")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(run.lastOutLine()).startsWith("cartpole-v1: ").contains(" 0 failed");
  }

  @Test
  void exitsOneWithFailLinesWhenAChecksFails() {
    CliRun run = CliRun.of("check-env", BROKEN);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("FAIL reset"));
  }

  @Test
  void appliesEnvironmentOverrides() {
    CliRun run = CliRun.of("check-env", BROKEN, "--set", "observation=1");

    assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("PASS reset"));
  }
}
