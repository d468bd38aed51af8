package io.feedgym.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** The {@code --set} and {@code --config} options of the commands that build environments, agents and rewards. */
final class OverrideOptions {

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = {"Override a configuration key (repeatable). env.KEY=VALUE sets the environment's "
          + "configuration and agent.KEY=VALUE the agent's; a plain KEY=VALUE goes to whichever of the two "
          + "has KEY, and is an error when both have it (write env.KEY or agent.KEY) or neither does. "
          + "Lists are comma-separated, e.g. agent.hidden_sizes=64,64. reward=ID:WEIGHT,... replaces the "
          + "environment's reward by a weighted sum of registered rewards (e.g. reward=clicks:1,purchases:2,leave:1) "
          + "and reward.ID.KEY=VALUE sets a parameter of reward ID (e.g. reward.activeness.tau=2)."})
  private Map<String, String> sets = new LinkedHashMap<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "A Java properties file (key=value lines, # comments) with the same keys as --set; "
          + "--set wins over it.")
  private Path config;

  /** The assignments of the config file (sorted by key), then those of {@code --set}, which win. */
  Map<String, String> assignments() throws IOException {
    Map<String, String> all = new LinkedHashMap<>();
    if (config != null) {
      all.putAll(read(config));
    }
    sets.forEach((key, value) -> {
      all.remove(key);
      all.put(key, value);
    });
    return all;
  }

  private static Map<String, String> read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      throw new IOException("cannot read config file " + file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new IOException("cannot read config file " + file + ": permission denied", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException("cannot read config file " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
    return values;
  }
}
