package io.feedgym.policies;

/**
 * Turns an observation into the flat feature vector a learner consumes; the state-encoder part of an
 * agent. Implementations are stateless and thread-safe.
 */
public interface ObservationEncoder<O> {

  /** Length of the encoded vector. */
  int size();

  /** Writes the encoding of {@code observation} into {@code out} starting at {@code offset}. */
  void encode(O observation, float[] out, int offset);

  /** The identity encoder for flat {@code double[]} observations of a fixed length. */
  static ObservationEncoder<double[]> flat(int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("observation size must be positive, found " + size);
    }
    return new ObservationEncoder<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public void encode(double[] observation, float[] out, int offset) {
        if (observation.length != size) {
          throw new IllegalArgumentException(
              "observation has " + observation.length + " values, expected " + size);
        }
        for (int i = 0; i < size; i++) {
          out[offset + i] = (float) observation[i];
        }
      }
    };
  }
}
