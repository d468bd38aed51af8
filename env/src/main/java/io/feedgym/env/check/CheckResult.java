package io.feedgym.env.check;

import java.util.Objects;

/**
 * The outcome of one {@link EnvCheck}: its name (the check's key), whether it passed, and a message
 * stating what was verified or exactly what is wrong. A warning passes but deserves attention.
 */
public record CheckResult(String name, Status status, String message) {

  /** Passed, passed with a warning, or failed. */
  public enum Status { PASSED, WARNING, FAILED }

  public CheckResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
  }

  static CheckResult pass(EnvCheck check, String message) {
    return new CheckResult(check.key(), Status.PASSED, message);
  }

  static CheckResult warn(EnvCheck check, String message) {
    return new CheckResult(check.key(), Status.WARNING, message);
  }

  static CheckResult fail(EnvCheck check, String message) {
    return new CheckResult(check.key(), Status.FAILED, message);
  }

  /** True unless the check failed (warnings pass). */
  public boolean passed() {
    return status != Status.FAILED;
  }

  @Override
  public String toString() {
    String label = switch (status) {
      case PASSED -> "PASS";
      case WARNING -> "WARN";
      case FAILED -> "FAIL";
    };
    return label + " " + name + ": " + message;
  }
}
