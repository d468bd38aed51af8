package io.feedgym.offline.ope;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.offline.LoggedSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A context-free one-slot policy given by item frequencies: P(item | slot) = the share of the item among the
 * first-page top items another log showed in that slot (the slot is {@code context_0}, as in the Open Bandit
 * Dataset). For a policy that ignores the user, such as OBD's Bernoulli Thompson sampling, this is its
 * action distribution averaged over the log's period; the exact per-round distribution is not in the data.
 * Items are matched by catalog id, so the candidates of the evaluated log may be listed in any order.
 * Immutable and thread-safe.
 */
public final class ItemFrequencies implements SlatePolicy {
  private final String name;
  private final Map<Integer, Map<Long, Double>> bySlot;

  private ItemFrequencies(String name, Map<Integer, Map<Long, Double>> bySlot) {
    this.name = name;
    this.bySlot = bySlot;
  }

  /** The frequencies of the items {@code log} shows at the top of its first pages, per slot. */
  public static ItemFrequencies of(String name, List<LoggedSession> log) {
    Map<Integer, Map<Long, Double>> counts = new HashMap<>();
    Map<Integer, Double> totals = new HashMap<>();
    for (LoggedSession session : log) {
      var page = session.pages().get(0);
      int slot = slot(page.observation());
      long item = page.observation().item(page.slate().get(0));
      counts.computeIfAbsent(slot, s -> new HashMap<>()).merge(item, 1.0, Double::sum);
      totals.merge(slot, 1.0, Double::sum);
    }
    counts.forEach((slot, items) -> items.replaceAll((item, count) -> count / totals.get(slot)));
    return new ItemFrequencies(name, counts);
  }

  private static int slot(FeedObservation page) {
    return page.context().length == 0 ? 0 : (int) page.context(0);
  }

  private double probability(FeedObservation page, int candidate) {
    Map<Long, Double> items = bySlot.get(slot(page));
    if (items == null) {
      throw new IllegalArgumentException(name + " has no frequencies for slot " + slot(page));
    }
    return items.getOrDefault((long) page.item(candidate), 0.0);
  }

  @Override
  public double[] conditionals(FeedObservation page, int[] slate) {
    requireOneSlot(slate.length);
    return new double[] {probability(page, slate[0])};
  }

  @Override
  public double[][] marginals(FeedObservation page, int positions) {
    requireOneSlot(positions);
    double[][] out = new double[1][page.numCandidates()];
    for (int c = 0; c < page.numCandidates(); c++) {
      out[0][c] = probability(page, c);
    }
    return out;
  }

  @Override
  public int[] sample(FeedObservation page, int positions, RandomGenerator random) {
    double[] p = marginals(page, positions)[0];
    double u = random.nextDouble();
    for (int c = 0; c < p.length; c++) {
      u -= p[c];
      if (u < 0) {
        return new int[] {c};
      }
    }
    return new int[] {p.length - 1};
  }

  private void requireOneSlot(int positions) {
    if (positions != 1) {
      throw new IllegalArgumentException(name + " is a one-slot policy, asked about " + positions + " positions");
    }
  }

  @Override
  public String name() {
    return name;
  }
}
