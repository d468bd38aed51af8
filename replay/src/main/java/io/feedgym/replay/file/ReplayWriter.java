package io.feedgym.replay.file;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Writes a buffer's contents in the replay file format: big-endian primitives, with whole columns of
 * primitives written in bulk. Made by {@link ReplayFile}; not thread-safe.
 */
public final class ReplayWriter implements Columns {
  private final DataOutputStream out;
  private final ByteBuffer chunk = ByteBuffer.allocate(1 << 16);

  ReplayWriter(DataOutputStream out) {
    this.out = out;
  }

  public void writeInt(int value) throws IOException {
    out.writeInt(value);
  }

  public void writeLong(long value) throws IOException {
    out.writeLong(value);
  }

  public void writeDouble(double value) throws IOException {
    out.writeDouble(value);
  }

  /** Writes {@code value} in modified UTF-8 (at most 65,535 bytes). */
  public void writeString(String value) throws IOException {
    out.writeUTF(value);
  }

  @Override
  public void bytes(byte[] values, int offset, int length) throws IOException {
    out.write(values, offset, length);
  }

  @Override
  public void booleans(boolean[] values) throws IOException {
    for (boolean value : values) {
      out.writeBoolean(value);
    }
  }

  @Override
  public void ints(int[] values, int offset, int length) throws IOException {
    writeChunks(length, Integer.BYTES, (from, n) -> chunk.asIntBuffer().put(values, offset + from, n));
  }

  @Override
  public void longs(long[] values, int offset, int length) throws IOException {
    writeChunks(length, Long.BYTES, (from, n) -> chunk.asLongBuffer().put(values, offset + from, n));
  }

  @Override
  public void floats(float[] values, int offset, int length) throws IOException {
    writeChunks(length, Float.BYTES, (from, n) -> chunk.asFloatBuffer().put(values, offset + from, n));
  }

  @Override
  public void doubles(double[] values, int offset, int length) throws IOException {
    writeChunks(length, Double.BYTES, (from, n) -> chunk.asDoubleBuffer().put(values, offset + from, n));
  }

  private void writeChunks(int length, int width, ChunkCopy copy) throws IOException {
    int perChunk = chunk.capacity() / width;
    for (int done = 0; done < length; done += perChunk) {
      int n = Math.min(perChunk, length - done);
      chunk.clear();
      copy.copy(done, n);
      out.write(chunk.array(), 0, n * width);
    }
  }
}
