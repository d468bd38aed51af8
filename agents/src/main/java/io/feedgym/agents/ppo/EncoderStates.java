package io.feedgym.agents.ppo;

import io.feedgym.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * The checkpoint file of {@link Ppo}'s encoders' per-episode states ({@link PpoEncoder#state()}): one field per
 * environment ({@code env_0}, {@code env_1}, …) and one for the greedy policy ({@code greedy}), each a
 * comma-separated list of doubles written exactly ({@link Double#toString}). Stateless encoders need no file,
 * so checkpoints written before this file existed still load.
 */
final class EncoderStates {
  private static final String GREEDY = "greedy";

  private EncoderStates() {}

  /** Writes the states of {@code encoders} (one per environment) and {@code greedy} into {@code file}, atomically. */
  static <O> void save(Path file, List<PpoEncoder<O>> encoders, PpoEncoder<O> greedy) throws IOException {
    Properties fields = new Properties();
    for (int e = 0; e < encoders.size(); e++) {
      fields.setProperty(key(e), join(encoders.get(e).state()));
    }
    fields.setProperty(GREEDY, join(greedy.state()));
    AtomicFiles.write(file, out -> fields.store(out, "PPO encoder states (per environment, then greedy)"));
  }

  /**
   * Restores what {@link #save} wrote. A missing file is an error unless every encoder is stateless; a missing,
   * malformed or mismatched field is an IOException naming the file and the field.
   */
  static <O> void load(Path file, List<PpoEncoder<O>> encoders, PpoEncoder<O> greedy) throws IOException {
    if (!Files.exists(file)) {
      if (greedy.state().length == 0) {
        return;
      }
      throw new IOException(file + ": encoder state file is missing");
    }
    Properties fields = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      fields.load(in);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": malformed encoder state file: " + e.getMessage(), e);
    }
    double[][] states = new double[encoders.size() + 1][];
    for (int e = 0; e <= encoders.size(); e++) {
      states[e] = parse(file, fields, e < encoders.size() ? key(e) : GREEDY);
    }
    for (int e = 0; e <= encoders.size(); e++) {
      String key = e < encoders.size() ? key(e) : GREEDY;
      try {
        (e < encoders.size() ? encoders.get(e) : greedy).restore(states[e]);
      } catch (IllegalArgumentException error) {
        throw new IOException(file + ": field " + key + ": " + error.getMessage(), error);
      }
    }
  }

  private static String key(int env) {
    return "env_" + env;
  }

  private static String join(double[] values) {
    StringJoiner joined = new StringJoiner(",");
    for (double v : values) {
      joined.add(Double.toString(v));
    }
    return joined.toString();
  }

  private static double[] parse(Path file, Properties fields, String key) throws IOException {
    String text = fields.getProperty(key);
    if (text == null) {
      throw new IOException(file + ": field " + key + " is missing");
    }
    if (text.isEmpty()) {
      return new double[0];
    }
    String[] parts = text.split(",", -1);
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        values[i] = Double.parseDouble(parts[i]);
      } catch (NumberFormatException e) {
        throw new IOException(file + ": field " + key + ": value " + i + " is not a number: '" + parts[i] + "'", e);
      }
    }
    return values;
  }
}
