package io.feedgym.env.check;

/** The checks of {@link EnvChecker}, in the order it runs them; {@link #key()} is the stable name used in reports. */
public enum EnvCheck {
  SPACES("spaces", "observation and action spaces are non-null, have a readable toString and contain their samples"),
  RESET("reset", "reset(seed) and reset() return observations inside the observation space"),
  STEP("step", "step returns observations inside the observation space and finite rewards"),
  RESET_DETERMINISM("reset_determinism", "two resets with the same seed return equal observations"),
  TRAJECTORY_DETERMINISM("trajectory_determinism",
      "the same seed and actions give the same observations, rewards and flags"),
  SEED_SENSITIVITY("seed_sensitivity", "different seeds eventually give different trajectories (warning only)"),
  RANDOM_STATE("random_state", "reset() after restoring randomState() replays the same episode, so runs can be "
      + "resumed from checkpoints (warning when the environment does not expose its random state)"),
  STEP_AFTER_DONE("step_after_done", "step after the episode ended, without reset, throws IllegalStateException"),
  INVALID_ACTION("invalid_action", "an action outside the action space throws IllegalArgumentException"),
  CLOSE_TWICE("close_twice", "close() may be called twice");

  private final String key;
  private final String description;

  EnvCheck(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /** The snake_case name of the check, e.g. {@code reset_determinism}. */
  public String key() {
    return key;
  }

  /** What the check verifies, in one line. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return key;
  }
}
