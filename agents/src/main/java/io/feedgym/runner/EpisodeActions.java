package io.feedgym.runner;

import io.feedgym.io.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The actions taken so far in the episode in progress, kept in a checkpoint so that a resumed run can
 * bring the environment back to the same point: reset with the episode's seed, then replay them. Actions
 * are encoded when recorded (so an agent may reuse its arrays) as {@code Integer}, {@code int[]} or
 * {@code double[]}, the action types of FeedGym's spaces. The file is versioned and checksummed. Not
 * thread-safe.
 */
final class EpisodeActions {
  private static final byte[] MAGIC = "FGACTS1\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte INT = 'I';
  private static final byte INTS = 'i';
  private static final byte DOUBLES = 'd';

  private ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private DataOutputStream data = new DataOutputStream(bytes);
  private int count;

  /** Records {@code action}; any type other than {@code Integer}, {@code int[]} or {@code double[]} is an error. */
  void add(Object action) {
    try {
      if (action instanceof Integer value) {
        data.writeByte(INT);
        data.writeInt(value);
      } else if (action instanceof int[] values) {
        data.writeByte(INTS);
        data.writeInt(values.length);
        for (int v : values) {
          data.writeInt(v);
        }
      } else if (action instanceof double[] values) {
        data.writeByte(DOUBLES);
        data.writeInt(values.length);
        for (double v : values) {
          data.writeDouble(v);
        }
      } else {
        throw new IllegalArgumentException("checkpoints can replay Integer, int[] and double[] actions, found "
            + (action == null ? "null" : action.getClass().getName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count++;
  }

  /** Forgets every action: a new episode starts. */
  void clear() {
    bytes = new ByteArrayOutputStream();
    data = new DataOutputStream(bytes);
    count = 0;
  }

  /** Number of actions recorded. */
  int size() {
    return count;
  }

  /** Writes the actions to {@code file} atomically. */
  void write(Path file) throws IOException {
    byte[] body = bytes.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(body);
    AtomicFiles.write(file, out -> {
      DataOutputStream header = new DataOutputStream(out);
      header.write(MAGIC);
      header.writeInt(count);
      header.writeInt(body.length);
      header.write(body);
      header.writeLong(crc.getValue());
      header.flush();
    });
  }

  /** Reads the actions {@link #write} wrote; a missing, truncated or altered file is an IOException naming it. */
  static List<Object> read(Path file) throws IOException {
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": checkpoint file is missing", e);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IOException(file + ": not an episode-actions file (bad header)");
      }
      int count = in.readInt();
      int length = in.readInt();
      if (count < 0 || length < 0 || length > all.length) {
        throw new IOException(file + ": corrupt header (count " + count + ", length " + length + ")");
      }
      byte[] body = in.readNBytes(length);
      long stored = in.readLong();
      CRC32 crc = new CRC32();
      crc.update(body);
      if (body.length != length || crc.getValue() != stored) {
        throw new IOException(file + ": checksum mismatch, the file is truncated or altered");
      }
      return decode(body, count, file);
    } catch (EOFException e) {
      throw new IOException(file + ": truncated", e);
    }
  }

  private static List<Object> decode(byte[] body, int count, Path file) throws IOException {
    List<Object> actions = new ArrayList<>(count);
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
    for (int i = 0; i < count; i++) {
      byte tag = in.readByte();
      switch (tag) {
        case INT -> actions.add(in.readInt());
        case INTS -> {
          int[] values = new int[in.readInt()];
          for (int j = 0; j < values.length; j++) {
            values[j] = in.readInt();
          }
          actions.add(values);
        }
        case DOUBLES -> {
          double[] values = new double[in.readInt()];
          for (int j = 0; j < values.length; j++) {
            values[j] = in.readDouble();
          }
          actions.add(values);
        }
        default -> throw new IOException(file + ": action " + i + " has unknown type tag " + tag);
      }
    }
    return actions;
  }
}
