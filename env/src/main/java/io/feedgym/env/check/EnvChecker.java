package io.feedgym.env.check;

import com.google.common.collect.ImmutableList;
import io.feedgym.env.Environment;
import java.util.Objects;

/**
 * Checks that an environment honours the {@link Environment} contract, following Gymnasium's
 * {@code utils/env_checker.py}: every {@link EnvCheck} in order, with actions sampled from the action
 * space by a seeded random source (among the available ones for {@link io.feedgym.env.MaskedObservation}s)
 * and at most {@link CheckerConfig#maxEpisodeSteps()} steps per episode. The last check closes the
 * environment. Thread-safe; the checked environment is driven by the calling thread.
 */
public final class EnvChecker {
  private final CheckerConfig config;

  public EnvChecker(CheckerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** A checker with {@link CheckerConfig#defaults()}. */
  public static EnvChecker defaults() {
    return new EnvChecker(CheckerConfig.defaults());
  }

  public CheckerConfig config() {
    return config;
  }

  /** Runs every check on {@code env}, which is closed afterwards. */
  public CheckReport check(Environment<?, ?> env) {
    var results = ImmutableList.<CheckResult>builder();
    for (EnvCheck check : EnvCheck.values()) {
      results.add(run(check, env));
    }
    return new CheckReport(String.valueOf(env), results.build());
  }

  /** Runs one check on {@code env}; every check starts with its own {@code reset(seed)}. */
  public CheckResult run(EnvCheck check, Environment<?, ?> env) {
    Objects.requireNonNull(check, "check");
    return checks(env).run(check);
  }

  /** Runs every check and throws an {@link IllegalStateException} listing the failed ones, if any. */
  public void requireValid(Environment<?, ?> env) {
    check(env).throwIfFailed();
  }

  private <O, A> Checks<O, A> checks(Environment<O, A> env) {
    return new Checks<>(env, config);
  }
}
