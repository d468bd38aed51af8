package io.feedgym.networks.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentItemsTest {

  @Test
  void keepsTheLastItemsOldestFirst() {
    RecentItems recent = new RecentItems(3);
    assertThat(recent.items()).isEmpty();
    for (int item = 1; item <= 5; item++) {
      recent.add(item);
    }
    assertThat(recent.items()).containsExactly(3, 4, 5);
    recent.clear();
    recent.add(9);
    assertThat(recent.items()).containsExactly(9);
  }
}
