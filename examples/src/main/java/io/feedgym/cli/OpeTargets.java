package io.feedgym.cli;

import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Slate;
import io.feedgym.offline.LoggedSession;
import io.feedgym.offline.obd.OpenBanditDataset;
import io.feedgym.offline.ope.DeterministicSlates;
import io.feedgym.offline.ope.ItemFrequencies;
import io.feedgym.offline.ope.SlatePolicy;
import io.feedgym.offline.ope.Targets;
import io.feedgym.offline.read.LogReader;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.read.ReadOptions;
import io.feedgym.policies.Agent;
import io.feedgym.policies.Policy;
import io.feedgym.runner.CheckpointInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code feedgym ope} and {@code ope-check} evaluate and read: target specs (a built-in policy, a
 * checkpoint directory whose agent's greedy policy becomes a deterministic target, or {@code frequencies:DATA},
 * the item frequencies per slot of another log), and data specs (a log file or {@code obd:POLICY:CAMPAIGN}).
 */
final class OpeTargets {
  private OpeTargets() {}

  /** The sessions of {@code data}: a log file or {@code obd:random|bts:men|women} under {@code obdRoot}. */
  static List<LoggedSession> read(String data, Path obdRoot) {
    LogSource source;
    if (data.startsWith("obd:")) {
      String[] parts = data.split(":");
      if (parts.length != 3) {
        throw new IllegalArgumentException("--data " + data + ": expected obd:POLICY:CAMPAIGN, e.g. obd:random:men");
      }
      source = OpenBanditDataset.source(obdRoot, enumValue(OpenBanditDataset.Policy.class, parts[1], data),
          enumValue(OpenBanditDataset.Campaign.class, parts[2], data), OpenBanditDataset.Candidates.ALL);
    } else {
      Path file = Path.of(data);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("--data " + data + ": no such file");
      }
      source = LogSource.file(file);
    }
    List<LoggedSession> sessions = new ArrayList<>();
    new LogReader(ReadOptions.defaults()).read(source, sessions::add);
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException("--data " + data + ": the log holds no sessions");
    }
    return sessions;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String data) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--data " + data + ": unknown " + type.getSimpleName().toLowerCase(Locale.ROOT)
          + " '" + value + "'");
    }
  }

  /** The target named by {@code spec} for slates of {@code slateSize}; a checkpoint's environment stays open. */
  static SlatePolicy target(String spec, int slateSize, Path obdRoot, long seed, List<AutoCloseable> open)
      throws IOException {
    if (spec.startsWith("frequencies:")) {
      String data = spec.substring("frequencies:".length());
      return ItemFrequencies.of(spec, read(data, obdRoot));
    }
    Path dir = Path.of(spec);
    if (Files.isDirectory(dir)) {
      return checkpoint(dir, seed, open);
    }
    return Targets.parse(spec, slateSize);
  }

  @SuppressWarnings("unchecked")
  private static SlatePolicy checkpoint(Path dir, long seed, List<AutoCloseable> open) throws IOException {
    if (!Files.isRegularFile(dir.resolve(CheckpointInfo.FILE))) {
      throw new IllegalArgumentException("--target " + dir + ": a directory but not a checkpoint (no "
          + CheckpointInfo.FILE + ")");
    }
    CheckpointInfo info = CheckpointInfo.read(dir);
    Environment<?, ?> env = RewardedEnv.make(info.envId(), info.envOverrides(), info.reward());
    open.add(env);
    if (!(env.observationSpace() instanceof FeedObservationSpace) || !(env.actionSpace() instanceof Slate)) {
      throw new IllegalArgumentException("--target " + dir + ": the checkpoint's agent acts in " + info.envId()
          + " with action space " + env.actionSpace() + "; off-policy evaluation needs a feed with slate actions");
    }
    Agent<?, ?> agent = Agents.make(info.agentId(), env, info.agentOverrides(), seed, 1);
    agent.load(dir);
    Object greedy = agent.greedy();
    return new DeterministicSlates(info.agentId() + " (" + dir.getFileName() + ")",
        (Policy<FeedObservation, int[]>) greedy);
  }
}
