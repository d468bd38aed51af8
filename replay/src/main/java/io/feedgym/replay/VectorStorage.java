package io.feedgym.replay;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.replay.file.Columns;
import java.io.IOException;
import java.util.Objects;

/**
 * Transitions with fixed-length vector observations and discrete actions (what DQN stores), kept in
 * one primitive array per field rather than an object per transition: observations as float
 * ({@link FloatEncoding}), rewards as double. It takes {@code 8·dim + 17} bytes a slot, allocated up
 * front: 49 MB for a million CartPole transitions.
 */
public final class VectorStorage extends ColumnStorage<Transition<double[], Integer>> {
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
  private static final byte TERMINATED = 1;
  private static final byte TRUNCATED = 2;

  private final int dim;
  private final int actions;
  private final float[] observations;
  private final float[] nextObservations;
  private final int[] chosen;
  private final double[] rewards;
  private final byte[] flags;
  private final int[] steps;

  /** A storage of {@code capacity} transitions whose observations have {@code dim} values and actions are in [0, actions). */
  public VectorStorage(int capacity, int dim, int actions) {
    ReplayStorage.checkCapacity(capacity);
    if (dim <= 0) {
      throw new IllegalArgumentException("observation_size must be positive, found " + dim);
    }
    if (actions <= 0) {
      throw new IllegalArgumentException("actions must be positive, found " + actions);
    }
    if ((long) capacity * dim > MAX_ARRAY) {
      throw new IllegalArgumentException("buffer_size × observation_size must be at most " + MAX_ARRAY + ", found "
          + capacity + " × " + dim);
    }
    this.dim = dim;
    this.actions = actions;
    this.observations = new float[capacity * dim];
    this.nextObservations = new float[capacity * dim];
    this.chosen = new int[capacity];
    this.rewards = new double[capacity];
    this.flags = new byte[capacity];
    this.steps = new int[capacity];
  }

  @Override
  public void add(Transition<double[], Integer> t) {
    if (t == null) {
      throw new IllegalArgumentException("replay item must not be null");
    }
    checkObservation(t.observation(), "observation");
    checkObservation(t.nextObservation(), "next_observation");
    if (t.action() < 0 || t.action() >= actions) {
      throw new IllegalArgumentException("action must be in [0, " + actions + "), found " + t.action());
    }
    int slot = nextSlot();
    FloatEncoding.encode(t.observation(), observations, slot * dim);
    FloatEncoding.encode(t.nextObservation(), nextObservations, slot * dim);
    chosen[slot] = t.action();
    rewards[slot] = t.reward();
    flags[slot] = (byte) ((t.terminated() ? TERMINATED : 0) | (t.truncated() ? TRUNCATED : 0));
    steps[slot] = t.steps();
    advance();
  }

  private void checkObservation(double[] values, String name) {
    if (values.length != dim) {
      throw new IllegalArgumentException(name + " must have " + dim + " values, found " + values.length);
    }
    FloatEncoding.checkRange(values, name);
  }

  /** The transition in {@code slot}, with fresh observation arrays. */
  @Override
  public Transition<double[], Integer> get(int slot) {
    Objects.checkIndex(slot, size());
    return new Transition<>(FloatEncoding.decode(observations, slot * dim, dim), chosen[slot], rewards[slot],
        FloatEncoding.decode(nextObservations, slot * dim, dim), (flags[slot] & TERMINATED) != 0,
        (flags[slot] & TRUNCATED) != 0, steps[slot]);
  }

  @Override
  public int capacity() {
    return chosen.length;
  }

  @Override
  public String kind() {
    return "vector";
  }

  /** The observation length and the number of actions. */
  @Override
  public ImmutableIntArray shape() {
    return ImmutableIntArray.of(dim, actions);
  }

  @Override
  void columns(Columns io) throws IOException {
    int n = size();
    io.floats(observations, 0, n * dim);
    io.floats(nextObservations, 0, n * dim);
    io.ints(chosen, 0, n);
    io.doubles(rewards, 0, n);
    io.bytes(flags, 0, n);
    io.ints(steps, 0, n);
  }
}
