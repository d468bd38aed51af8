package io.feedgym.env.spaces;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A set of valid observations or actions, as in Gymnasium's {@code spaces}. Spaces are immutable
 * and thread-safe.
 */
public interface Space<T> {

  /** True when {@code value} is a member of this space. */
  boolean contains(T value);

  /** Draws a uniformly random member using {@code random}. */
  T sample(RandomGenerator random);

  /** A readable description of a value of this space, for error messages; arrays are shown by content. */
  default String describe(T value) {
    String text = Arrays.deepToString(new Object[] {value});
    return text.substring(1, text.length() - 1);
  }
}
