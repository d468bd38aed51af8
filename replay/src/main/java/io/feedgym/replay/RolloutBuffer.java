package io.feedgym.replay;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.replay.file.Columns;
import io.feedgym.replay.file.ReplayFile;
import io.feedgym.replay.file.ReplayFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The on-policy rollout storage of PPO-style learners: {@code steps} time rows of {@code envs} lock-step
 * environments, each entry an encoded observation, an action (as floats), log π_old, V_old, the reward and
 * the terminated/truncated flags. {@link #computeAdvantages} fills the GAE(λ) advantages and the returns
 * (Schulman et al. 2016, "High-Dimensional Continuous Control Using Generalized Advantage Estimation",
 * eq. 16: Â_t = Σ_l (γλ)^l δ_{t+l}, δ_t = r_t + γ V(s_{t+1}) − V(s_t)), with the recursion cut at every
 * episode end. A terminated step does not bootstrap (δ = r − V); a truncated one bootstraps from
 * V(final observation), which the step carries. Entries are indexed {@code t · envs + env}. Not
 * thread-safe.
 */
public final class RolloutBuffer {
  private static final String KIND = "rollout";

  private final int steps;
  private final int envs;
  private final int observationSize;
  private final int actionSize;
  private final float[] observations;
  private final float[] actions;
  private final double[] logProbs;
  private final double[] values;
  private final double[] rewards;
  private final double[] finalValues;
  private final boolean[] terminated;
  private final boolean[] truncated;
  private final double[] advantages;
  private final double[] returns;
  private int rows;

  /** An empty buffer of {@code steps} rows of {@code envs} entries; all four sizes must be positive. */
  public RolloutBuffer(int steps, int envs, int observationSize, int actionSize) {
    if (steps <= 0 || envs <= 0 || observationSize <= 0 || actionSize <= 0) {
      throw new IllegalArgumentException("steps, envs, observation size and action size must be positive, found "
          + steps + ", " + envs + ", " + observationSize + ", " + actionSize);
    }
    this.steps = steps;
    this.envs = envs;
    this.observationSize = observationSize;
    this.actionSize = actionSize;
    int capacity = Math.multiplyExact(steps, envs);
    observations = new float[Math.multiplyExact(capacity, observationSize)];
    actions = new float[Math.multiplyExact(capacity, actionSize)];
    logProbs = new double[capacity];
    values = new double[capacity];
    rewards = new double[capacity];
    finalValues = new double[capacity];
    terminated = new boolean[capacity];
    truncated = new boolean[capacity];
    advantages = new double[capacity];
    returns = new double[capacity];
  }

  /** Appends one time row: {@code row.get(env)} is environment {@code env}'s step. */
  public void add(List<RolloutStep> row) {
    if (full()) {
      throw new IllegalStateException("the rollout is full (" + steps + " steps); clear it first");
    }
    if (row.size() != envs) {
      throw new IllegalArgumentException("a row holds one step per environment (" + envs + "), found " + row.size());
    }
    for (int env = 0; env < envs; env++) {
      RolloutStep step = row.get(env);
      if (step.observation().length != observationSize || step.action().length != actionSize) {
        throw new IllegalArgumentException("expected an observation of " + observationSize + " and an action of "
            + actionSize + " values, found " + step.observation().length + " and " + step.action().length);
      }
      int i = rows * envs + env;
      System.arraycopy(step.observation(), 0, observations, i * observationSize, observationSize);
      System.arraycopy(step.action(), 0, actions, i * actionSize, actionSize);
      logProbs[i] = step.logProb();
      values[i] = step.value();
      rewards[i] = step.reward();
      terminated[i] = step.terminated();
      truncated[i] = step.truncated();
      finalValues[i] = step.truncated() && !step.terminated() ? step.finalValue() : 0;
    }
    rows++;
  }

  /** True when all {@code steps} rows are filled. */
  public boolean full() {
    return rows == steps;
  }

  /** Entries stored: filled rows × envs. */
  public int size() {
    return rows * envs;
  }

  /** Empties the buffer. */
  public void clear() {
    rows = 0;
  }

  /**
   * Computes the GAE(λ) advantage and the return Â + V of every entry of a full buffer, backwards per
   * environment; {@code nextValues[env]} is V of the observation after the last row (used only when that
   * step did not end its episode).
   */
  public void computeAdvantages(double[] nextValues, double gamma, double lambda) {
    if (!full()) {
      throw new IllegalStateException("advantages need a full rollout, found " + rows + " of " + steps + " rows");
    }
    if (nextValues.length != envs) {
      throw new IllegalArgumentException("expected " + envs + " next values, found " + nextValues.length);
    }
    for (int env = 0; env < envs; env++) {
      double next = 0;
      for (int t = steps - 1; t >= 0; t--) {
        int i = t * envs + env;
        double bootstrap;
        if (terminated[i]) {
          bootstrap = 0;
        } else if (truncated[i]) {
          bootstrap = finalValues[i];
        } else {
          bootstrap = t == steps - 1 ? nextValues[env] : values[i + envs];
        }
        double delta = rewards[i] + gamma * bootstrap - values[i];
        boolean done = terminated[i] || truncated[i];
        next = delta + (done ? 0 : gamma * lambda * next);
        advantages[i] = next;
        returns[i] = next + values[i];
      }
    }
  }

  /** Length of an encoded observation. */
  public int observationSize() {
    return observationSize;
  }

  /** Length of a stored action. */
  public int actionSize() {
    return actionSize;
  }

  /** Copies entry {@code i}'s observation into {@code out} at {@code offset}. */
  public void observation(int i, float[] out, int offset) {
    System.arraycopy(observations, i * observationSize, out, offset, observationSize);
  }

  /** Entry {@code i}'s action; a fresh array. */
  public float[] action(int i) {
    return Arrays.copyOfRange(actions, i * actionSize, (i + 1) * actionSize);
  }

  public double logProb(int i) {
    return logProbs[i];
  }

  public double value(int i) {
    return values[i];
  }

  public double reward(int i) {
    return rewards[i];
  }

  /** The GAE(λ) advantage of entry {@code i}, after {@link #computeAdvantages}. */
  public double advantage(int i) {
    return advantages[i];
  }

  /** The return target Â + V of entry {@code i}, after {@link #computeAdvantages}. */
  public double returnOf(int i) {
    return returns[i];
  }

  /** Writes the filled rows (advantages are recomputed after a load) into {@code file}, atomically. */
  public void save(Path file) throws IOException {
    ReplayFile.save(file, format(), out -> {
      out.writeInt(rows);
      columns(out);
    });
  }

  /** Restores what {@link #save} wrote; a missing, corrupt or mismatched file is an IOException naming it. */
  public void load(Path file) throws IOException {
    ReplayFile.load(file, format(), in -> {
      rows = in.readInt("rows", 0, steps);
      columns(in);
    });
  }

  private ReplayFormat format() {
    return new ReplayFormat(KIND, steps * envs, ImmutableIntArray.of(steps, envs, observationSize, actionSize));
  }

  private void columns(Columns c) throws IOException {
    int n = rows * envs;
    c.floats(observations, 0, n * observationSize);
    c.floats(actions, 0, n * actionSize);
    c.doubles(logProbs, 0, n);
    c.doubles(values, 0, n);
    c.doubles(rewards, 0, n);
    c.doubles(finalValues, 0, n);
    c.booleans(terminated);
    c.booleans(truncated);
  }
}
