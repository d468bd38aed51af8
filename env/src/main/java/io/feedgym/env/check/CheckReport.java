package io.feedgym.env.check;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.stream.Collectors;

/** The results of {@link EnvChecker#check} on one environment, in check order. */
public record CheckReport(String environment, ImmutableList<CheckResult> results) {

  public CheckReport {
    Objects.requireNonNull(environment, "environment");
    results = ImmutableList.copyOf(results);
  }

  /** True when no check failed (warnings allowed). */
  public boolean passed() {
    return results.stream().allMatch(CheckResult::passed);
  }

  /** The failed checks. */
  public ImmutableList<CheckResult> failures() {
    return results.stream().filter(r -> !r.passed()).collect(ImmutableList.toImmutableList());
  }

  /** The checks that passed with a warning. */
  public ImmutableList<CheckResult> warnings() {
    return results.stream().filter(r -> r.status() == CheckResult.Status.WARNING)
        .collect(ImmutableList.toImmutableList());
  }

  /** The result of {@code check}; {@link IllegalArgumentException} when the report does not hold it. */
  public CheckResult result(EnvCheck check) {
    return results.stream().filter(r -> r.name().equals(check.key())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the report holds no result for check " + check));
  }

  /** Throws an {@link IllegalStateException} listing every failed check and its message, if any failed. */
  public void throwIfFailed() {
    if (!passed()) {
      throw new IllegalStateException(environment + " failed " + failures().size() + " of " + results.size()
          + " environment checks:\n" + failures().stream().map(r -> "  " + r).collect(Collectors.joining("\n")));
    }
  }

  /** One line per check, for the CLI. */
  @Override
  public String toString() {
    return environment + ": " + results.size() + " checks, " + failures().size() + " failed, "
        + warnings().size() + " warnings\n"
        + results.stream().map(r -> "  " + r).collect(Collectors.joining("\n"));
  }
}
