package io.feedgym.agents.slateq;

import io.feedgym.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The schedule position of a {@link SlateQ} agent in a checkpoint: environment steps observed, gradient
 * updates, exploration step and target updates due but not yet applied, all >= 0.
 */
record AgentCounters(long steps, long updates, long explorationStep, long pendingTargetUpdates) {
  private static final String[] KEYS = {"steps", "updates", "exploration_step", "pending_target_updates"};

  AgentCounters {
    if (steps < 0 || updates < 0 || explorationStep < 0 || pendingTargetUpdates < 0) {
      throw new IllegalArgumentException("counters must be >= 0, found " + this);
    }
  }

  /** Writes the counters to {@code file} as properties, atomically. */
  void write(Path file) throws IOException {
    Properties properties = new Properties();
    long[] values = {steps, updates, explorationStep, pendingTargetUpdates};
    for (int i = 0; i < KEYS.length; i++) {
      properties.setProperty(KEYS[i], Long.toString(values[i]));
    }
    AtomicFiles.write(file, out -> properties.store(out, "SlateQ counters"));
  }

  /** Reads what {@link #write} wrote; a missing file, key or bad number is an IOException naming the file. */
  static AgentCounters read(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
      long[] values = new long[KEYS.length];
      for (int i = 0; i < KEYS.length; i++) {
        String value = properties.getProperty(KEYS[i]);
        if (value == null) {
          throw new IOException(file + ": field '" + KEYS[i] + "' is missing");
        }
        values[i] = Long.parseLong(value.trim());
      }
      return new AgentCounters(values[0], values[1], values[2], values[3]);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": checkpoint file is missing", e);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": corrupt agent state: " + e.getMessage(), e);
    }
  }
}
