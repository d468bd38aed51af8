package io.feedgym.policies.exploration;

import io.feedgym.random.SplitMix;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * ε-greedy exploration over {@code n} discrete actions: with probability ε(t), from a
 * {@link LinearSchedule}, a uniformly random action, else the greedy one. Each call advances t. Not
 * thread-safe.
 */
public final class EpsilonGreedy {
  private final LinearSchedule epsilon;
  private final int actions;
  private SplitMix random;
  private long step;

  /** Exploration over {@code actions} actions with its own seeded random stream. */
  public EpsilonGreedy(LinearSchedule epsilon, int actions, long seed) {
    this.epsilon = Objects.requireNonNull(epsilon, "epsilon");
    if (actions <= 0) {
      throw new IllegalArgumentException("number of actions must be positive, found " + actions);
    }
    if (epsilon.start() < 0 || epsilon.start() > 1 || epsilon.end() < 0 || epsilon.end() > 1) {
      throw new IllegalArgumentException("epsilon must stay in [0, 1], found " + epsilon);
    }
    this.actions = actions;
    this.random = new SplitMix(seed);
  }

  /**
   * The action at the current step: random with probability ε, else {@code greedy.getAsInt()} (only
   * called when exploiting, so the caller's forward pass is skipped when exploring).
   */
  public int select(IntSupplier greedy) {
    double eps = epsilon.valueAt(step++);
    return random.nextDouble() < eps ? random.nextInt(actions) : greedy.getAsInt();
  }

  /** ε at the current step. */
  public double epsilon() {
    return epsilon.valueAt(step);
  }

  /** Number of selections made so far (the schedule position). */
  public long step() {
    return step;
  }

  /** The position of the exploration's random stream, saved with checkpoints. */
  public SplitMix.State randomState() {
    return random.state();
  }

  /** Continues the random stream from {@code state} and the schedule from {@code step}, when resuming a run. */
  public void restore(long step, SplitMix.State state) {
    setStep(step);
    random = SplitMix.restore(state);
  }

  private void setStep(long step) {
    if (step < 0) {
      throw new IllegalArgumentException("exploration step must be >= 0, found " + step);
    }
    this.step = step;
  }
}
