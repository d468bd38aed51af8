package io.feedgym.runner;

import io.feedgym.policies.Agent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Saves the agent into a checkpoint directory every {@code every} steps and at the end of the run,
 * together with a {@link CheckpointInfo} ({@value CheckpointInfo#FILE}) from which
 * {@code feedgym eval --checkpoint} rebuilds the environment and the agent. Each save replaces the
 * previous one.
 */
public final class Checkpointing implements RunListener {
  private final Agent<?, ?> agent;
  private final Path dir;
  private final long every;
  private CheckpointInfo info;
  private long lastSaved = -1;

  /** Saves {@code agent} into {@code dir} every {@code every} steps ({@code 0} = only at the end, else positive). */
  public Checkpointing(Agent<?, ?> agent, Path dir, long every) {
    if (every < 0) {
      throw new IllegalArgumentException("checkpoint every must be >= 0 steps (0 = only at the end), found " + every);
    }
    this.agent = Objects.requireNonNull(agent, "agent");
    this.dir = Objects.requireNonNull(dir, "dir");
    this.every = every;
  }

  @Override
  public void onStart(RunInfo runInfo, RunEvents events) {
    info = CheckpointInfo.of(runInfo);
  }

  @Override
  public void onStep(long step, Map<String, Double> updateMetrics) {
    if (every > 0 && step % every == 0) {
      save(step);
    }
  }

  @Override
  public void onEnd(RunResult result) {
    if (lastSaved != result.steps()) {
      save(result.steps());
    }
  }

  private void save(long step) {
    try {
      agent.save(dir);
      info.write(dir);
      lastSaved = step;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save checkpoint to " + dir + ": " + e.getMessage(), e);
    }
  }
}
