package io.feedgym.rl4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One FeedGym run of {@link Rl4jComparison}: {@code feedgym train} in a child JVM (FeedGym's DQN needs DL4J
 * 1.0.0-M2.1, which cannot share this JVM's class path with RL4J's 1.0.0-M1.1), started with the options
 * of {@code bin/feedgym} and {@code OMP_NUM_THREADS=1}, its result read from the JSON summary that
 * {@code train} prints as the last line of stdout.
 */
final class FeedGymTraining {
  /** The JVM options {@code bin/feedgym} starts the CLI with. */
  static final List<String> JVM_OPTIONS = List.of("-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
      "-Dorg.bytedeco.javacpp.maxBytes=0", "-Xms1g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC",
      "-Djava.awt.headless=true");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedGymTraining() {}

  /** The child's command line: {@code feedgym train} of agent {@code dqn} with the matched settings. */
  static List<String> command(Path jar, MatchedSettings settings, RunSeeds seeds, int evalEpisodes, Path out) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.addAll(List.of("-jar", jar.toString(), "train", "--env", Rl4jTraining.ENV_ID, "--agent", "dqn",
        "--steps", Long.toString(settings.steps()), "--seed", Long.toString(seeds.run()),
        "--eval-episodes", Integer.toString(evalEpisodes), "--eval-every", "0", "--out", out.toString()));
    settings.feedGymOverrides().forEach((key, value) -> command.addAll(List.of("--set", "agent." + key + "=" + value)));
    return command;
  }

  /**
   * Runs {@code feedgym train} and returns its row. The child's stderr (progress bar) goes to
   * {@code out/stderr.log}; a failed child is an {@link IOException} naming its exit code and that file.
   */
  static ComparisonRow run(Path jar, MatchedSettings settings, RunSeeds seeds, int evalEpisodes, Path out)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException("FeedGym CLI jar " + jar + " not found; build it with: mvn -B -q -DskipTests install");
    }
    Files.createDirectories(out);
    Path stderr = out.resolve("stderr.log");
    ProcessBuilder builder = new ProcessBuilder(command(jar, settings, seeds, evalEpisodes, out))
        .redirectError(stderr.toFile());
    builder.environment().put("OMP_NUM_THREADS", "1");
    Process process = builder.start();
    String last = "";
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          last = line;
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IOException("feedgym train exited with code " + exit + "; see " + stderr);
    }
    return parseSummary(last);
  }

  /** The row of a {@code feedgym train} JSON summary line. */
  static ComparisonRow parseSummary(String json) throws IOException {
    JsonNode summary = JSON.readTree(json);
    JsonNode eval = summary.path("eval");
    for (JsonNode field : List.of(summary.path("steps"), summary.path("wall_seconds"), eval.path("mean_return"),
        eval.path("episodes"))) {
      if (!field.isNumber()) {
        throw new IOException("not a feedgym train summary (steps, wall_seconds, eval.mean_return "
            + "and eval.episodes must be numbers): " + json);
      }
    }
    long steps = summary.get("steps").asLong();
    double wall = summary.get("wall_seconds").asDouble();
    return new ComparisonRow("feedgym", "FeedGym dqn (DL4J 1.0.0-M2.1)", steps, wall, steps / wall,
        eval.get("mean_return").asDouble(), eval.path("std_return").asDouble(0), eval.get("episodes").asInt());
  }
}
