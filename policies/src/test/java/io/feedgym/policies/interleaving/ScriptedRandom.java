package io.feedgym.policies.interleaving;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.random.RandomGenerator;

/**
 * A generator that replays scripted coins ({@link #nextBoolean()}) and uniforms ({@link #nextDouble()}), so
 * a test controls every draw of an interleaving; any other draw, or one past the script, fails.
 */
final class ScriptedRandom implements RandomGenerator {
  private final Deque<Boolean> coins = new ArrayDeque<>();
  private final Deque<Double> uniforms = new ArrayDeque<>();

  /** A script of coins only. */
  static ScriptedRandom coins(boolean... values) {
    ScriptedRandom random = new ScriptedRandom();
    for (boolean value : values) {
      random.coins.add(value);
    }
    return random;
  }

  /** Appends uniforms in [0, 1) to the script. */
  ScriptedRandom thenUniforms(double... values) {
    for (double value : values) {
      uniforms.add(value);
    }
    return this;
  }

  /** True when every scripted draw was used. */
  boolean exhausted() {
    return coins.isEmpty() && uniforms.isEmpty();
  }

  @Override
  public boolean nextBoolean() {
    if (coins.isEmpty()) {
      throw new IllegalStateException("no scripted coin left");
    }
    return coins.remove();
  }

  @Override
  public double nextDouble() {
    if (uniforms.isEmpty()) {
      throw new IllegalStateException("no scripted uniform left");
    }
    return uniforms.remove();
  }

  @Override
  public long nextLong() {
    throw new UnsupportedOperationException("only coins and uniforms are scripted");
  }
}
