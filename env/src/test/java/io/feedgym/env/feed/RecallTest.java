package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecallTest {

  @Test
  void kthLargestMatchesSorting() {
    SplittableRandom random = new SplittableRandom(1);
    for (int trial = 0; trial < 200; trial++) {
      double[] values = new double[1 + random.nextInt(300)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(50) / 7.0;
      }
      int k = 1 + random.nextInt(values.length);
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      assertThat(Recall.kthLargest(values.clone(), k)).isEqualTo(sorted[values.length - k]);
    }
  }

  @Test
  void candidatesAreDistinctMostlyFromThePoolAndNeverClickedInTheSession() {
    FeedConfig config = FeedConfig.defaults();
    Catalog catalog = new Catalog(config);
    Recall recall = new Recall(config, catalog);
    double[] user = new double[catalog.dim];
    user[0] = 1;
    recall.startUser(user);
    double threshold = Recall.kthLargest(recall.scores.clone(), config.retrievalPoolSize());
    int[] items = new int[config.numCandidates()];
    SplittableRandom random = new SplittableRandom(2);
    recall.draw(random, items);
    assertThat(IntStream.of(items).distinct().count()).isEqualTo(items.length);
    long fromPool = IntStream.of(items).filter(i -> recall.scores[i] >= threshold).count();
    assertThat(fromPool).isGreaterThanOrEqualTo(70);
    for (int item : items) {
      recall.clicked(item);
    }
    int[] next = new int[items.length];
    recall.draw(random, next);
    assertThat(Arrays.stream(next).boxed().toList()).doesNotContainAnyElementsOf(Arrays.stream(items).boxed().toList());
    recall.startSession();
    boolean again = false;
    for (int page = 0; page < 20 && !again; page++) {
      recall.draw(random, next);
      again = IntStream.of(next).anyMatch(i -> IntStream.of(items).anyMatch(j -> j == i));
    }
    assertThat(again).as("a new session may recall the previous session's clicks").isTrue();
  }
}
