package io.feedgym.cli;

import io.feedgym.env.Environment;
import io.feedgym.env.check.CheckReport;
import io.feedgym.env.check.CheckResult;
import io.feedgym.env.check.CheckerConfig;
import io.feedgym.env.check.EnvChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym check-env}: runs the environment checker on a registered environment (rewarded by the
 * reward {@code --set reward=...} selects, if any) and prints one PASS/WARN/FAIL line per check; exits 0
 * when every check passes, 1 otherwise.
 */
@Command(name = "check-env", mixinStandardHelpOptions = true,
    description = {"Check that an environment honours the environment contract (spaces, reset, step, "
        + "seeded determinism, errors); exit code 0 when every check passes, 1 otherwise."})
final class CheckEnvCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Environment id (see 'feedgym envs').")
  private String env;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the checked episodes; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Mixin
  private OverrideOptions overrides;

  @Override
  public Integer call() throws IOException {
    Overrides routed = Overrides.route(overrides.assignments(), env, Optional.empty());
    CheckReport report;
    try (Environment<?, ?> environment = RewardedEnv.make(env, routed.env(), routed.reward(Optional.empty()))) {
      report = new EnvChecker(CheckerConfig.defaults().withSeed(seed)).check(environment);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    for (CheckResult result : report.results()) {
      stdout.println(result);
    }
    stdout.printf("%s: %d checks, %d failed, %d warnings%n", env, report.results().size(),
        report.failures().size(), report.warnings().size());
    stdout.flush();
    return report.passed() ? 0 : 1;
  }
}
