package io.feedgym.runner;

import io.feedgym.io.AtomicFiles;
import io.feedgym.policies.Agent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Saves a resumable checkpoint every {@code every} steps and at the last planned step: the agent's full
 * state (networks, optimizer, replay, counters, random streams), a {@link CheckpointInfo}
 * ({@value CheckpointInfo#FILE}, from which {@code feedgym eval --checkpoint} rebuilds the environment
 * and the agent) and the run's state ({@link RunEvents#saveRunState}). A checkpoint is written whole into
 * {@code DIR.next} and then swapped in by renames, so {@code DIR} always holds a complete checkpoint or,
 * after a crash between the renames, {@link #resolve} finds the complete one.
 */
public final class Checkpointing implements RunListener {
  private static final String COMPLETE = "COMPLETE";

  private final Agent<?, ?> agent;
  private final Path dir;
  private final long every;
  private CheckpointInfo info;
  private RunEvents events;
  private long totalSteps;
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
  public void onStart(RunInfo runInfo, RunEvents runEvents) {
    info = CheckpointInfo.of(runInfo);
    events = runEvents;
    totalSteps = runInfo.totalSteps();
  }

  @Override
  public void afterStep(long step) {
    if ((every > 0 && step % every == 0) || step == totalSteps) {
      save(step);
    }
  }

  @Override
  public void onEnd(RunResult result) {
    if (lastSaved != result.steps()) {
      save(result.steps());
    }
  }

  /**
   * The complete checkpoint at {@code dir}: {@code dir} itself or, when a crash interrupted the swap,
   * the complete {@code dir.next} or {@code dir.prev}, moved into place. Fails naming {@code dir} when
   * there is none.
   */
  public static Path resolve(Path dir) throws IOException {
    Path next = AtomicFiles.sibling(dir, "next");
    Path prev = AtomicFiles.sibling(dir, "prev");
    if (!Files.isDirectory(dir)) {
      if (Files.isRegularFile(next.resolve(COMPLETE))) {
        Files.move(next, dir, StandardCopyOption.ATOMIC_MOVE);
      } else if (Files.isRegularFile(prev.resolve(COMPLETE))) {
        Files.move(prev, dir, StandardCopyOption.ATOMIC_MOVE);
      } else {
        throw new IOException(dir + ": no checkpoint found");
      }
    }
    if (!Files.isRegularFile(dir.resolve(COMPLETE))) {
      throw new IOException(dir + ": incomplete checkpoint (no " + COMPLETE + " marker); it was not written by "
          + "this version of feedgym or its writing was interrupted");
    }
    return dir;
  }

  private void save(long step) {
    try {
      AtomicFiles.replaceDirectory(dir, next -> {
        agent.save(next);
        info.write(next);
        events.saveRunState(next);
        Files.writeString(next.resolve(COMPLETE), "step " + step + "\n");
      });
      lastSaved = step;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save checkpoint to " + dir + ": " + e.getMessage(), e);
    }
  }
}
