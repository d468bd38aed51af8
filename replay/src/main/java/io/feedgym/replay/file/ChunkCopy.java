package io.feedgym.replay.file;

/** Copies {@code n} values, starting {@code from} values into a column, between the column and a byte chunk. */
@FunctionalInterface
interface ChunkCopy {
  void copy(int from, int n);
}
