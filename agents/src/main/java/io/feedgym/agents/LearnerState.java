package io.feedgym.agents;

import io.feedgym.io.StateFile;
import io.feedgym.random.SplitMix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The schedule position and random streams of a replay-based learner in a checkpoint
 * ({@code agent_state.properties}): what, with the networks and the replay buffer, lets training continue
 * exactly where it stopped.
 *
 * @param steps environment steps observed, >= 0
 * @param updates gradient updates made, >= 0
 * @param explorationStep the exploration schedule's position, >= 0
 * @param pendingTargetUpdates target-network updates due but not yet applied, >= 0
 * @param explorationRandom the exploration's random stream
 * @param samplingRandom the replay sampling's random stream
 */
public record LearnerState(long steps, long updates, long explorationStep, long pendingTargetUpdates,
    SplitMix.State explorationRandom, SplitMix.State samplingRandom) {
  /** The file name inside a checkpoint directory. */
  public static final String FILE = "agent_state.properties";

  public LearnerState {
    if (steps < 0 || updates < 0 || explorationStep < 0 || pendingTargetUpdates < 0) {
      throw new IllegalArgumentException("counters must be >= 0, found steps=" + steps + " updates=" + updates
          + " exploration_step=" + explorationStep + " pending_target_updates=" + pendingTargetUpdates);
    }
    Objects.requireNonNull(explorationRandom, "explorationRandom");
    Objects.requireNonNull(samplingRandom, "samplingRandom");
  }

  /** Writes the state into checkpoint directory {@code dir}, atomically; {@code agent} names the learner in the file. */
  public void write(Path dir, String agent) throws IOException {
    StateFile.create(dir.resolve(FILE))
        .put("steps", steps)
        .put("updates", updates)
        .put("exploration_step", explorationStep)
        .put("pending_target_updates", pendingTargetUpdates)
        .put("exploration_random", explorationRandom)
        .put("sampling_random", samplingRandom)
        .write(agent + " counters and random streams");
  }

  /** Reads what {@link #write} wrote; a missing file or field or a bad value is an IOException naming them. */
  public static LearnerState read(Path dir) throws IOException {
    StateFile state = StateFile.read(dir.resolve(FILE));
    return new LearnerState(state.getLong("steps", 0), state.getLong("updates", 0),
        state.getLong("exploration_step", 0), state.getLong("pending_target_updates", 0),
        state.getRandom("exploration_random"), state.getRandom("sampling_random"));
  }
}
