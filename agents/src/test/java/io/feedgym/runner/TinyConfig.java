package io.feedgym.runner;

import java.util.List;

/**
 * A configuration record for the test doubles, with a number, a list and an enum to check that every
 * kind survives manifests and checkpoints. Public because the config binder reads it reflectively.
 */
public record TinyConfig(int metricsEvery, double scale, List<Integer> sizes, Mode mode) {

  /** A mode. */
  public enum Mode { FAST, SLOW }
}
