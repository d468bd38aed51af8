package io.feedgym.replay.feed;

import static io.feedgym.replay.feed.FeedItems.page;
import static io.feedgym.replay.feed.FeedItems.rounded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Slate;
import io.feedgym.replay.Heap;
import io.feedgym.replay.PrioritizedConfig;
import io.feedgym.replay.PrioritizedReplayBuffer;
import io.feedgym.replay.ReplayBuffer;
import io.feedgym.replay.ReplayBufferContract;
import io.feedgym.replay.UniformReplayBuffer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStorageTest {

  private static FeedStorage storage(int capacity) {
    return new FeedStorage(capacity, FeedItems.SPACE, FeedItems.SLATES);
  }

  /** Episodes end at ids 3, 5, 7, 11, …, both terminated and truncated ones. */
  abstract static class PageContract extends ReplayBufferContract<FeedTransition> {
    @Override
    protected FeedTransition item(int id) {
      return FeedItems.transition(id, id % 4 == 3, id % 6 == 5);
    }

    @Override
    protected int id(FeedTransition item) {
      return FeedItems.id(item);
    }
  }

  @Nested
  class UniformOverPages extends PageContract {
    @Override
    protected ReplayBuffer<FeedTransition> newBuffer(int capacity) {
      return new UniformReplayBuffer<>(storage(capacity));
    }
  }

  @Nested
  class PrioritizedOverPages extends PageContract {
    @Override
    protected ReplayBuffer<FeedTransition> newBuffer(int capacity) {
      return new PrioritizedReplayBuffer<>(storage(capacity), PrioritizedConfig.defaults());
    }
  }

  /** Episode 1: pages 0 → 1 → 2 → 3, terminated; episode 2: pages 10 → 11 → 12, truncated. */
  @Test
  void eachPageIsStoredOnceWithinAnEpisode() {
    FeedStorage storage = storage(10);
    List<FeedTransition> added = List.of(FeedItems.transition(0, false, false), FeedItems.transition(1, false, false),
        FeedItems.transition(2, true, false), FeedItems.transition(10, false, false),
        FeedItems.transition(11, false, true));
    added.forEach(storage::add);
    assertThat(storage.storedPages()).isEqualTo(4 + 3);
    for (int slot = 0; slot < added.size(); slot++) {
      FeedTransition original = added.get(slot);
      FeedTransition stored = storage.get(slot);
      assertThat(stored.observation()).isEqualTo(rounded(original.observation()));
      assertThat(stored.nextObservation()).isEqualTo(rounded(original.nextObservation()));
      assertThat(stored.nextObservation().mask()).isEqualTo(original.nextObservation().mask());
      assertThat(stored.slate()).isEqualTo(original.slate());
      assertThat(stored.reward()).isEqualTo(original.reward());
      assertThat(stored.terminated()).isEqualTo(original.terminated());
      assertThat(stored.truncated()).isEqualTo(original.truncated());
      assertThat(stored.feedback()).isEqualTo(original.feedback());
    }
  }

  @Test
  void theSameObjectLinksAndADifferentPageStartsAfresh() {
    FeedStorage storage = storage(10);
    FeedObservation shared = page(1);
    storage.add(FeedItems.transition(0, page(0), shared, false, false));
    storage.add(FeedItems.transition(1, shared, page(2), false, false));
    assertThat(storage.storedPages()).isEqualTo(3);
    storage.add(FeedItems.transition(5, page(5), page(6), false, false));
    assertThat(storage.storedPages()).isEqualTo(5);
    storage.add(FeedItems.transition(6, false, false));
    assertThat(storage.storedPages()).isEqualTo(6);
  }

  @Test
  void evictionReleasesPagesNoLongerReferenced() {
    FeedStorage linked = storage(2);
    FeedStorage episodic = storage(2);
    for (int id = 0; id < 5; id++) {
      linked.add(FeedItems.transition(id, false, false));
      episodic.add(FeedItems.transition(id, true, false));
    }
    assertThat(linked.storedPages()).isEqualTo(3);
    assertThat(episodic.storedPages()).isEqualTo(4);
    assertThat(FeedItems.id(linked.get(0))).isEqualTo(4);
    assertThat(linked.get(1).observation()).isEqualTo(rounded(page(3)));
  }

  @Test
  void afterLoadingTheNextPageLinksByContent(@TempDir Path dir) throws IOException {
    UniformReplayBuffer<FeedTransition> original = new UniformReplayBuffer<>(storage(6));
    for (int id = 0; id < 3; id++) {
      original.add(FeedItems.transition(id, false, false));
    }
    original.save(dir.resolve("feed.bin"));
    FeedStorage loaded = storage(6);
    new UniformReplayBuffer<>(loaded).load(dir.resolve("feed.bin"));
    assertThat(loaded.storedPages()).isEqualTo(4);
    loaded.add(FeedItems.transition(3, false, false));
    assertThat(loaded.storedPages()).isEqualTo(5);
    assertThat(loaded.get(2).feedback()).isEqualTo(FeedItems.transition(2, false, false).feedback());
  }

  @Test
  void pagesOfAnotherShapeAreRejected() {
    FeedStorage storage = storage(4);
    FeedTransition wide = FeedItems.transition(0, false, false);
    FeedStorage narrow = new FeedStorage(4, FeedItems.SPACE, new Slate(1, 6));
    assertThatThrownBy(() -> narrow.add(wide)).hasMessage("slate must hold 1 candidates, found 2");
    assertThatThrownBy(() -> new FeedStorage(4, FeedItems.SPACE, new Slate(2, 7)))
        .hasMessage("slates must choose among the 6 candidates of a page, found Slate(k=2, n=7)");
    var other = new FeedObservationSpace(3, 9, 6, 9, 3, 50, 2);
    FeedObservation page = other.sample(new SplittableRandom(1));
    assertThatThrownBy(() -> storage.add(FeedItems.transition(0, page, page(1), false, false)))
        .hasMessage("observation has 3 user features, 9 context entries and 6 × 9 candidate features; this storage "
            + "holds 3, 9 and 6 × 8");
    assertThat(storage.size()).isZero();
    assertThat(storage.shape().asList()).containsExactly(3, 9, 6, 8, 2);
  }

  /**
   * feed-v0 with default settings (100 candidates × 15 features, slates of 10) under random slates:
   * measures the heap per transition of this storage and of the transitions as objects (what an
   * {@code ObjectStorage} holds: the environment's observations, shared between s′ and the next s), and
   * prints both.
   */
  @Test
  void feedTransitionsTakeAboutOneFloatPageEach() {
    int n = 4000;
    Feed feed = new Feed(FeedConfig.defaults());
    long empty = Heap.used();
    List<FeedTransition> transitions = feedTransitions(feed, n);
    long objectBytes = Heap.used() - empty;
    FeedStorage storage = new FeedStorage(n, feed.observationSpace(), feed.actionSpace());
    transitions.forEach(storage::add);
    long storageBytes = Heap.used() - empty - objectBytes;
    long starts = 1 + transitions.subList(0, n - 1).stream().filter(FeedTransition::done).count();
    System.out.printf("FeedStorage: %d feed-v0 transitions in %d episodes hold %d pages: %.0f bytes per transition "
            + "measured, %.0f estimated; as objects %.0f bytes per transition%n", n, starts, storage.storedPages(),
        storageBytes / (double) n, storage.estimatedBytes() / (double) n, objectBytes / (double) n);
    assertThat(storage.storedPages()).isEqualTo(n + starts);
    // The measured heap is printed only: concurrent allocation makes it too noisy to assert on.
    assertThat(storage.estimatedBytes()).isLessThan(objectBytes * 6 / 10);
    assertThat(storage.get(n - 1).feedback()).isEqualTo(transitions.get(n - 1).feedback());
  }

  private static List<FeedTransition> feedTransitions(Feed feed, int n) {
    SplittableRandom random = new SplittableRandom(1);
    List<FeedTransition> out = new ArrayList<>(n);
    FeedObservation observation = feed.reset(1).observation();
    while (out.size() < n) {
      int[] slate = feed.actionSpace().sample(random, observation.mask());
      Step<FeedObservation> step = feed.step(slate);
      out.add(FeedTransition.of(observation, slate, step));
      observation = step.done() ? feed.reset().observation() : step.observation();
    }
    return out;
  }
}
