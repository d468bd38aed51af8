package io.feedgym.replay.file;

import com.google.common.io.ByteStreams;
import com.google.common.io.CountingInputStream;
import com.google.common.io.CountingOutputStream;
import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.io.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Saves and loads replay buffers. A file is, big-endian: the magic {@code "FGRB"}, the format version
 * (int), the payload length (long); the payload: the buffer kind (UTF-8 string), the capacity (int), the
 * shape (int count, then ints) and the buffer's contents; finally the CRC-32C of everything before it
 * (int). Files are written atomically with {@link AtomicFiles}; a load checks magic, version, length,
 * checksum and format before the buffer reads anything, so a bad file leaves the buffer unchanged.
 */
public final class ReplayFile {
  /** The first four bytes of every replay file, {@code "FGRB"}. */
  public static final int MAGIC = 0x46475242;
  /** The format version this build writes and reads. */
  public static final int VERSION = 1;
  private static final int HEADER_BYTES = 16;
  private static final int CHECKSUM_BYTES = 4;
  private static final int MAX_SHAPE_LENGTH = 64;
  private static final int IO_CHUNK = 1 << 16;

  private ReplayFile() {}

  /** Writes a buffer's contents. */
  @FunctionalInterface
  public interface Contents {
    void write(ReplayWriter out) throws IOException;
  }

  /** Reads a buffer's contents into the buffer. */
  @FunctionalInterface
  public interface Loader {
    void read(ReplayReader in) throws IOException;
  }

  /**
   * Atomically replaces {@code file} with a buffer of {@code format} whose contents {@code contents}
   * writes; {@code contents} is called twice (once to measure the payload) and must write the same
   * bytes both times.
   */
  public static void save(Path file, ReplayFormat format, Contents contents) throws IOException {
    long length = writePayload(ByteStreams.nullOutputStream(), format, contents);
    AtomicFiles.write(file, out -> {
      BufferedOutputStream buffered = new BufferedOutputStream(out, IO_CHUNK);
      CRC32C crc = new CRC32C();
      DataOutputStream header = new DataOutputStream(new CheckedOutputStream(buffered, crc));
      header.writeInt(MAGIC);
      header.writeInt(VERSION);
      header.writeLong(length);
      header.flush();
      long written = writePayload(new CheckedOutputStream(buffered, crc), format, contents);
      if (written != length) {
        throw new IllegalStateException("the buffer changed while it was saved: " + length + " then " + written
            + " bytes");
      }
      new DataOutputStream(buffered).writeInt((int) crc.getValue());
      buffered.flush();
    });
  }

  private static long writePayload(OutputStream out, ReplayFormat format, Contents contents) throws IOException {
    CountingOutputStream counting = new CountingOutputStream(out);
    DataOutputStream data = new DataOutputStream(counting);
    ReplayWriter writer = new ReplayWriter(data);
    writer.writeString(format.kind());
    writer.writeInt(format.capacity());
    writer.writeInt(format.shape().length());
    writer.ints(format.shape().toArray(), 0, format.shape().length());
    contents.write(writer);
    data.flush();
    return counting.getCount();
  }

  /**
   * Checks that {@code file} is a complete, uncorrupted replay file of {@code expected}'s kind,
   * capacity and shape, then lets {@code loader} read the contents; throws a
   * {@link ReplayFileException} naming the file and the problem otherwise.
   */
  public static void load(Path file, ReplayFormat expected, Loader loader) throws IOException {
    long length = checkHeader(file);
    checkChecksum(file, length);
    try (CountingInputStream counting =
        new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), IO_CHUNK))) {
      DataInputStream data = new DataInputStream(counting);
      data.skipNBytes(HEADER_BYTES);
      ReplayReader reader = new ReplayReader(data, file);
      expected.requireMatches(readFormat(reader), file);
      loader.read(reader);
      long consumed = counting.getCount() - HEADER_BYTES;
      if (consumed != length) {
        throw new ReplayFileException(file, "the " + expected.kind() + " contents end after " + consumed + " of the "
            + length + " payload bytes");
      }
    } catch (EOFException e) {
      throw new ReplayFileException(file, "the payload ends before the " + expected.kind() + " contents do");
    }
  }

  private static ReplayFormat readFormat(ReplayReader in) throws IOException {
    String kind = in.readString();
    int capacity = in.readInt("capacity", 1, Integer.MAX_VALUE);
    int[] shape = new int[in.readInt("shape length", 0, MAX_SHAPE_LENGTH)];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = in.readInt("shape[" + i + "]", 0, Integer.MAX_VALUE);
    }
    return new ReplayFormat(kind, capacity, ImmutableIntArray.copyOf(shape));
  }

  /** Checks magic, version and length against the file's size; returns the payload length. */
  private static long checkHeader(Path file) throws IOException {
    long size;
    byte[] head = new byte[HEADER_BYTES];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      size = Files.size(file);
      read = in.readNBytes(head, 0, HEADER_BYTES);
    } catch (NoSuchFileException e) {
      throw new ReplayFileException(file, "replay file is missing");
    }
    ByteBuffer header = ByteBuffer.wrap(head);
    if (read >= Integer.BYTES && header.getInt(0) != MAGIC) {
      throw new ReplayFileException(file, String.format(
          "bad magic 0x%08x: not a FeedGym replay file (expected 0x%08x, \"FGRB\")", header.getInt(0), MAGIC));
    }
    if (read < HEADER_BYTES) {
      throw new ReplayFileException(file, "truncated: " + size + " bytes, shorter than the " + HEADER_BYTES
          + "-byte header");
    }
    int version = header.getInt(4);
    if (version != VERSION) {
      throw new ReplayFileException(file, "unsupported format version " + version + "; this build reads version "
          + VERSION);
    }
    long length = header.getLong(8);
    long available = size - HEADER_BYTES - CHECKSUM_BYTES;
    if (length < 0 || length > available) {
      throw new ReplayFileException(file, "truncated: the header announces a " + length + "-byte payload, the "
          + size + "-byte file has room for " + Math.max(0, available));
    }
    if (length < available) {
      throw new ReplayFileException(file, (available - length) + " unexpected bytes after the checksum");
    }
    return length;
  }

  private static void checkChecksum(Path file, long length) throws IOException {
    CRC32C crc = new CRC32C();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[IO_CHUNK];
      long remaining = HEADER_BYTES + length;
      while (remaining > 0) {
        int n = in.readNBytes(chunk, 0, (int) Math.min(chunk.length, remaining));
        if (n == 0) {
          throw new ReplayFileException(file, "truncated while it was read");
        }
        crc.update(chunk, 0, n);
        remaining -= n;
      }
      int stored = new DataInputStream(in).readInt();
      int computed = (int) crc.getValue();
      if (stored != computed) {
        throw new ReplayFileException(file, String.format(
            "checksum mismatch: stored CRC-32C 0x%08x, computed 0x%08x; the file is corrupt", stored, computed));
      }
    }
  }
}
