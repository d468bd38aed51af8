package io.feedgym.io;

import io.feedgym.random.SplitMix;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The counters and random-stream positions of a checkpoint as a properties file, written atomically; every
 * read failure names the file and the field.
 */
public final class StateFile {
  private final Path file;
  private final Properties values;

  private StateFile(Path file, Properties values) {
    this.file = file;
    this.values = values;
  }

  /** An empty state for {@code file}, to fill with {@code put} and {@link #write}. */
  public static StateFile create(Path file) {
    return new StateFile(file, new Properties());
  }

  /** Reads {@code file}; a missing or unreadable file is an IOException naming it. */
  public static StateFile read(Path file) throws IOException {
    Properties values = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      values.load(in);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": checkpoint file is missing", e);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": not a properties file (" + e.getMessage() + ")", e);
    }
    return new StateFile(file, values);
  }

  /** Sets {@code key} to {@code value}. */
  public StateFile put(String key, long value) {
    values.setProperty(key, Long.toString(value));
    return this;
  }

  /** Sets {@code key} to {@code value}, exactly (as a hexadecimal floating-point literal). */
  public StateFile put(String key, double value) {
    values.setProperty(key, Double.toHexString(value));
    return this;
  }

  /** Sets {@code key} to a random stream's position. */
  public StateFile put(String key, SplitMix.State state) {
    values.setProperty(key, state.toString());
    return this;
  }

  /** Writes the file atomically with {@code comment} as its first line. */
  public void write(String comment) throws IOException {
    AtomicFiles.write(file, out -> values.store(out, comment));
  }

  /** The integer {@code key}, which must be at least {@code min}. */
  public long getLong(String key, long min) throws IOException {
    String text = required(key);
    long value;
    try {
      value = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IOException(file + ": field '" + key + "' must be an integer, found '" + text + "'", e);
    }
    if (value < min) {
      throw new IOException(file + ": field '" + key + "' must be >= " + min + ", found " + value);
    }
    return value;
  }

  /** The finite number {@code key}. */
  public double getDouble(String key) throws IOException {
    String text = required(key);
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IOException(file + ": field '" + key + "' must be a number, found '" + text + "'", e);
    }
    if (!Double.isFinite(value)) {
      throw new IOException(file + ": field '" + key + "' must be finite, found " + text);
    }
    return value;
  }

  /** The random-stream position {@code key}. */
  public SplitMix.State getRandom(String key) throws IOException {
    try {
      return SplitMix.State.parse(required(key).trim());
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": field '" + key + "': " + e.getMessage(), e);
    }
  }

  /** Every key, sorted. */
  public java.util.SortedSet<String> keys() {
    return new java.util.TreeSet<>(values.stringPropertyNames());
  }

  private String required(String key) throws IOException {
    String value = values.getProperty(key);
    if (value == null) {
      throw new IOException(file + ": field '" + key + "' is missing");
    }
    return value;
  }
}
