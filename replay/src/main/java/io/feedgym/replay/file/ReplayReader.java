package io.feedgym.replay.file;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Reads a buffer's contents in the replay file format, the mirror of {@link ReplayWriter}; knows its
 * file so that readers can report bad values with {@link #corrupt}. Made by {@link ReplayFile}; not
 * thread-safe.
 */
public final class ReplayReader implements Columns {
  private final DataInputStream in;
  private final Path file;
  private final ByteBuffer chunk = ByteBuffer.allocate(1 << 16);

  ReplayReader(DataInputStream in, Path file) {
    this.in = in;
    this.file = file;
  }

  /** An exception naming this reader's file and {@code problem}, for the caller to throw. */
  public ReplayFileException corrupt(String problem) {
    return new ReplayFileException(file, problem);
  }

  /** Reads a long and checks that it lies in {@code [min, max]}, naming {@code field} otherwise. */
  public long readLong(String field, long min, long max) throws IOException {
    return checked(in.readLong(), field, min, max);
  }

  /** Reads an int and checks that it lies in {@code [min, max]}, naming {@code field} otherwise. */
  public int readInt(String field, int min, int max) throws IOException {
    return (int) checked(in.readInt(), field, min, max);
  }

  private long checked(long value, String field, long min, long max) throws ReplayFileException {
    if (value < min || value > max) {
      throw corrupt(field + " must be in [" + min + ", " + max + "], found " + value);
    }
    return value;
  }

  public double readDouble() throws IOException {
    return in.readDouble();
  }

  public String readString() throws IOException {
    return in.readUTF();
  }

  @Override
  public void bytes(byte[] into, int offset, int length) throws IOException {
    in.readFully(into, offset, length);
  }

  @Override
  public void booleans(boolean[] into) throws IOException {
    for (int i = 0; i < into.length; i++) {
      into[i] = in.readBoolean();
    }
  }

  @Override
  public void ints(int[] into, int offset, int length) throws IOException {
    readChunks(length, Integer.BYTES, (from, n) -> chunk.asIntBuffer().get(into, offset + from, n));
  }

  @Override
  public void longs(long[] into, int offset, int length) throws IOException {
    readChunks(length, Long.BYTES, (from, n) -> chunk.asLongBuffer().get(into, offset + from, n));
  }

  @Override
  public void floats(float[] into, int offset, int length) throws IOException {
    readChunks(length, Float.BYTES, (from, n) -> chunk.asFloatBuffer().get(into, offset + from, n));
  }

  @Override
  public void doubles(double[] into, int offset, int length) throws IOException {
    readChunks(length, Double.BYTES, (from, n) -> chunk.asDoubleBuffer().get(into, offset + from, n));
  }

  private void readChunks(int length, int width, ChunkCopy copy) throws IOException {
    int perChunk = chunk.capacity() / width;
    for (int done = 0; done < length; done += perChunk) {
      int n = Math.min(perChunk, length - done);
      in.readFully(chunk.array(), 0, n * width);
      chunk.clear();
      copy.copy(done, n);
    }
  }
}
