package io.feedgym.runner;

import com.google.common.collect.ImmutableMap;
import io.feedgym.config.ConfigBinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the run's manifest ({@code manifest.json}) when the run starts: environment and agent ids
 * with their configurations (snake_case), the reward when one replaces the environment's, all seeds,
 * the planned steps, the caller's other settings (evaluation, checkpointing, command line) and the
 * {@link Provenance}, so the run can be reproduced.
 */
public final class Manifest implements RunListener {
  private final Path file;
  private final ImmutableMap<String, Object> settings;
  private final Provenance provenance;
  private long resumedFrom;

  /** Writes to {@code file}, recording {@code settings} (JSON-serialisable values) and {@code provenance}. */
  public Manifest(Path file, Map<String, ?> settings, Provenance provenance) {
    this.file = Objects.requireNonNull(file, "file");
    this.settings = ImmutableMap.copyOf(settings);
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  @Override
  public void restore(Path dir, long step) {
    resumedFrom = step;
  }

  @Override
  public void onStart(RunInfo info, RunEvents events) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("env", info.envId());
    json.put("env_config", ConfigBinder.describe(info.envConfig()));
    json.put("agent", info.agentId());
    json.put("agent_config", ConfigBinder.describe(info.agentConfig()));
    info.reward().ifPresent(reward -> json.put("reward", reward));
    json.put("seeds", ImmutableMap.of("run", info.seeds().run(), "env", info.seeds().env(),
        "agent", info.seeds().agent(), "eval", info.seeds().eval()));
    json.put("steps", info.totalSteps());
    json.put("settings", settings);
    if (resumedFrom > 0) {
      json.put("resumed_from_step", resumedFrom);
    }
    json.put("started_at", Instant.now().toString());
    json.put("versions", ImmutableMap.of("feedgym", provenance.feedgymVersion(),
        "dl4j", provenance.dl4jVersion(), "nd4j", provenance.nd4jVersion(), "java", provenance.javaVersion()));
    json.put("os", provenance.os());
    json.put("jvm_args", provenance.jvmArgs());
    json.put("git_commit", provenance.gitCommit());
    try {
      JsonFiles.write(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
