package io.feedgym.replay;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.replay.file.Columns;
import java.io.IOException;
import java.util.Objects;

/**
 * Transitions with fixed-length vector observations and continuous vector actions (what DDPG stores), one
 * primitive array per field: observations as float ({@link FloatEncoding}), actions and rewards as double,
 * so the stored action is exactly the one the environment received, and the span of each transition in steps,
 * so it can hold the m-step transitions of an {@link NStepStorage}. {@code 8·dim + 8·actionDim + 17} bytes a
 * slot, allocated up front.
 */
public final class BoxStorage extends ColumnStorage<Transition<double[], double[]>> {
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
  private static final byte TERMINATED = 1;
  private static final byte TRUNCATED = 2;

  private final int dim;
  private final int actionDim;
  private final float[] observations;
  private final float[] nextObservations;
  private final double[] actions;
  private final double[] rewards;
  private final byte[] flags;
  private final int[] spans;

  /** A storage of {@code capacity} transitions with {@code dim}-value observations and {@code actionDim}-value actions. */
  public BoxStorage(int capacity, int dim, int actionDim) {
    ReplayStorage.checkCapacity(capacity);
    if (dim <= 0 || actionDim <= 0) {
      throw new IllegalArgumentException("observation and action sizes must be positive, found " + dim + " and "
          + actionDim);
    }
    if ((long) capacity * Math.max(dim, actionDim) > MAX_ARRAY) {
      throw new IllegalArgumentException("buffer_size × max(observation_size, action_size) must be at most "
          + MAX_ARRAY + ", found " + capacity + " × " + Math.max(dim, actionDim));
    }
    this.dim = dim;
    this.actionDim = actionDim;
    this.observations = new float[capacity * dim];
    this.nextObservations = new float[capacity * dim];
    this.actions = new double[capacity * actionDim];
    this.rewards = new double[capacity];
    this.flags = new byte[capacity];
    this.spans = new int[capacity];
  }

  /** Stores a transition of any span ({@code steps}). */
  @Override
  public void add(Transition<double[], double[]> t) {
    if (t == null) {
      throw new IllegalArgumentException("replay item must not be null");
    }
    checkLength(t.observation(), dim, "observation");
    checkLength(t.nextObservation(), dim, "next_observation");
    checkLength(t.action(), actionDim, "action");
    FloatEncoding.checkRange(t.observation(), "observation");
    FloatEncoding.checkRange(t.nextObservation(), "next_observation");
    for (double a : t.action()) {
      if (!Double.isFinite(a)) {
        throw new IllegalArgumentException("action values must be finite, found " + a);
      }
    }
    int slot = nextSlot();
    FloatEncoding.encode(t.observation(), observations, slot * dim);
    FloatEncoding.encode(t.nextObservation(), nextObservations, slot * dim);
    System.arraycopy(t.action(), 0, actions, slot * actionDim, actionDim);
    rewards[slot] = t.reward();
    flags[slot] = (byte) ((t.terminated() ? TERMINATED : 0) | (t.truncated() ? TRUNCATED : 0));
    spans[slot] = t.steps();
    advance();
  }

  private static void checkLength(double[] values, int length, String name) {
    if (values.length != length) {
      throw new IllegalArgumentException(name + " must have " + length + " values, found " + values.length);
    }
  }

  /** The transition in {@code slot}, with fresh arrays. */
  @Override
  public Transition<double[], double[]> get(int slot) {
    Objects.checkIndex(slot, size());
    double[] action = new double[actionDim];
    System.arraycopy(actions, slot * actionDim, action, 0, actionDim);
    return new Transition<>(FloatEncoding.decode(observations, slot * dim, dim), action, rewards[slot],
        FloatEncoding.decode(nextObservations, slot * dim, dim), (flags[slot] & TERMINATED) != 0,
        (flags[slot] & TRUNCATED) != 0, spans[slot]);
  }

  @Override
  public int capacity() {
    return rewards.length;
  }

  @Override
  public String kind() {
    return "box-spans";
  }

  /** The observation length and the action length. */
  @Override
  public ImmutableIntArray shape() {
    return ImmutableIntArray.of(dim, actionDim);
  }

  @Override
  void columns(Columns io) throws IOException {
    int n = size();
    io.floats(observations, 0, n * dim);
    io.floats(nextObservations, 0, n * dim);
    io.doubles(actions, 0, n * actionDim);
    io.doubles(rewards, 0, n);
    io.bytes(flags, 0, n);
    io.ints(spans, 0, n);
  }
}
