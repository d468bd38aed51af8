package io.feedgym.agents.slateq;

import io.feedgym.replay.ReplayStorage;
import io.feedgym.replay.feed.FeedTransition;
import java.util.Arrays;

/**
 * Which stored transition continues which, beside a {@link ReplayStorage} of the same capacity that
 * receives the same transitions (the k-th in slot k mod capacity): for each slot the slate shown, the
 * item reward ρ = R / max(c, 1) of its page (R the reward, c the clicks), whether it terminated, and
 * whether the transition added after it starts from its next page (the same object, as the runner passes
 * it). Lets SARSA find the slate shown on s′ and n-step targets follow an episode without decoding stored
 * pages. Not thread-safe.
 */
final class ReplayLinks {
  private final int capacity;
  private final int slateSize;
  private final int[] slates;
  private final double[] itemRewards;
  private final boolean[] terminated;
  private final boolean[] continued;
  private Object lastNext;
  private long added;

  /** The n-step return of a slot: Σ_{k<steps} γ^k ρ_{t+k}, the slot of its last transition, and whether that one terminated. */
  record Chain(double discountedRewards, int steps, int lastSlot, boolean terminated) {}

  ReplayLinks(int capacity, int slateSize) {
    this.capacity = capacity;
    this.slateSize = slateSize;
    this.slates = new int[capacity * slateSize];
    this.itemRewards = new double[capacity];
    this.terminated = new boolean[capacity];
    this.continued = new boolean[capacity];
  }

  /** The reward of each trained item of {@code t}'s page: R / c for each of c clicks, R for ⊥ when c = 0. */
  static double itemReward(FeedTransition t) {
    return t.reward() / Math.max(1, t.feedback().clicks());
  }

  /** Records {@code t}, just added to the storage. */
  void add(FeedTransition t) {
    int slot = (int) (added % capacity);
    if (added > 0 && t.observation() == lastNext) {
      continued[(int) ((added - 1) % capacity)] = true;
    }
    continued[slot] = false;
    for (int k = 0; k < slateSize; k++) {
      slates[slot * slateSize + k] = t.slate().get(k);
    }
    itemRewards[slot] = itemReward(t);
    terminated[slot] = t.terminated();
    lastNext = t.done() ? null : t.nextObservation();
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
}
