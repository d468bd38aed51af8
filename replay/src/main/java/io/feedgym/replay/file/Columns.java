package io.feedgym.replay.file;

import java.io.IOException;

/**
 * Moves whole primitive columns to or from a replay file: {@link ReplayWriter} writes them,
 * {@link ReplayReader} fills them, so a storage lists its columns once for both directions.
 */
public interface Columns {

  void ints(int[] column, int offset, int length) throws IOException;

  void longs(long[] column, int offset, int length) throws IOException;

  void floats(float[] column, int offset, int length) throws IOException;

  void doubles(double[] column, int offset, int length) throws IOException;

  void bytes(byte[] column, int offset, int length) throws IOException;

  /** Each value as one byte, 1 or 0. */
  void booleans(boolean[] column) throws IOException;
}
