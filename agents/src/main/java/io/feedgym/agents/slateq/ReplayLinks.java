package io.feedgym.agents.slateq;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.Step;
import io.feedgym.replay.ReplayStorage;
import io.feedgym.replay.file.Columns;
import io.feedgym.replay.file.ReplayFile;
import io.feedgym.replay.file.ReplayFormat;
import io.feedgym.replay.file.ReplayReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;

/**
 * Which stored transition continues which, beside a {@link ReplayStorage} of the same capacity that
 * receives the same transitions (the k-th in slot k mod capacity): for each slot the slate shown, the
 * item reward ρ = R / max(c, 1) of its page (R the reward, c the clicks), whether it terminated, and
 * whether the transition added after it starts from its next page (the same object, as the runner passes
 * it). Lets SARSA find the slate shown on s′ and n-step targets follow an episode without decoding stored
 * pages. Saved beside the replay buffer in a replay file of kind {@value #KIND}, with a content fingerprint of
 * the last transition's next page; after loading, the next transition continues the last one when it starts
 * from a page with that fingerprint (the saved run continuing its episode), and not when a new episode starts
 * (e.g. pretraining stopped mid-episode and serving starts fresh users). Not thread-safe.
 */
final class ReplayLinks {
  private static final String KIND = "slateq-links-2";

  private final int capacity;
  private final int slateSize;
  private final int[] slates;
  private final double[] itemRewards;
  private final boolean[] terminated;
  private final boolean[] continued;
  private final ToLongFunction<Object> fingerprint;
  private Object lastNext;
  /** Set by {@link #load}: the fingerprint of the page that continues the last stored transition, if any. */
  private OptionalLong nextAfterLoad = OptionalLong.empty();
  private long added;

  /** The n-step return of a slot: Σ_{k<steps} γ^k ρ_{t+k}, the slot of its last transition, and whether that one terminated. */
  record Chain(double discountedRewards, int steps, int lastSlot, boolean terminated) {}

  /** Links for {@code capacity} transitions of slates of {@code slateSize}; {@code fingerprint} hashes a page's content. */
  ReplayLinks(int capacity, int slateSize, ToLongFunction<Object> fingerprint) {
    this.capacity = capacity;
    this.slateSize = slateSize;
    this.fingerprint = fingerprint;
    this.slates = new int[capacity * slateSize];
    this.itemRewards = new double[capacity];
    this.terminated = new boolean[capacity];
    this.continued = new boolean[capacity];
  }

  /** The reward of each trained item of a page with {@code reward} and {@code clicks}: R / c for each of c clicks, R for ⊥ when c = 0. */
  static double itemReward(double reward, int clicks) {
    return reward / Math.max(1, clicks);
  }

  /**
   * Records the transition of {@code step}, taken with {@code slate} from {@code observation} and just added
   * to the storage; the step's info must hold the per-position feedback.
   */
  void add(Object observation, int[] slate, Step<?> step) {
    int slot = (int) (added % capacity);
    boolean continues = nextAfterLoad.isPresent() ? nextAfterLoad.getAsLong() == fingerprint.applyAsLong(observation)
        : observation == lastNext;
    if (added > 0 && continues) {
      continued[(int) ((added - 1) % capacity)] = true;
    }
    nextAfterLoad = OptionalLong.empty();
    continued[slot] = false;
    System.arraycopy(slate, 0, slates, slot * slateSize, slateSize);
    itemRewards[slot] = itemReward(step.reward(), SlateTransitions.feedback(step).clicks());
    terminated[slot] = step.terminated();
    lastNext = step.done() ? null : step.observation();
    added++;
  }

  /** The slate shown on s′ of the transition in {@code slot}, or null when no stored transition continues it. */
  int[] slateShownNext(int slot) {
    if (!continued[slot]) {
      return null;
    }
    int next = (slot + 1) % capacity;
    return Arrays.copyOfRange(slates, next * slateSize, (next + 1) * slateSize);
  }

  /** Up to {@code n} transitions from {@code slot} along its episode, stopping at its end or the newest one stored. */
  Chain chain(int slot, int n, double gamma) {
    double sum = 0;
    double discount = 1;
    int last = slot;
    int steps = 1;
    sum += itemRewards[slot];
    while (steps < n && !terminated[last] && continued[last]) {
      last = (last + 1) % capacity;
      discount *= gamma;
      sum += discount * itemRewards[last];
      steps++;
    }
    return new Chain(sum, steps, last, terminated[last]);
  }

  /** Writes the links to {@code file} (atomically, checksummed). */
  void save(Path file) throws IOException {
    ReplayFile.save(file, format(), out -> {
      out.writeLong(added);
      OptionalLong next = lastNext != null ? OptionalLong.of(fingerprint.applyAsLong(lastNext)) : nextAfterLoad;
      out.writeInt(next.isPresent() ? 1 : 0);
      out.writeLong(next.orElse(0));
      columns(out);
    });
  }

  /** Replaces the links with what {@link #save} wrote; a corrupt or mismatched file is an IOException naming it. */
  void load(Path file) throws IOException {
    ReplayFile.load(file, format(), in -> read(in));
    lastNext = null;
  }

  private void read(ReplayReader in) throws IOException {
    added = in.readLong("added", 0, Long.MAX_VALUE);
    boolean continues = in.readInt("continues", 0, 1) == 1;
    long next = in.readLong("next_fingerprint", Long.MIN_VALUE, Long.MAX_VALUE);
    nextAfterLoad = continues ? OptionalLong.of(next) : OptionalLong.empty();
    columns(in);
  }

  private void columns(Columns io) throws IOException {
    int n = (int) Math.min(added, capacity);
    io.ints(slates, 0, n * slateSize);
    io.doubles(itemRewards, 0, n);
    io.booleans(terminated);
    io.booleans(continued);
  }

  private ReplayFormat format() {
    return new ReplayFormat(KIND, capacity, ImmutableIntArray.of(slateSize));
  }
}
