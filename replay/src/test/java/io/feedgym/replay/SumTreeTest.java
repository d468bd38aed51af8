package io.feedgym.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SumTreeTest {

  /** Leaves 3, 0, 1, 4, 2 (padded to 8): prefix sums 3, 3, 4, 8, 10. */
  private static SumTree tree() {
    SumTree tree = new SumTree(5);
    double[] priorities = {3, 0, 1, 4, 2};
    for (int i = 0; i < priorities.length; i++) {
      tree.set(i, priorities[i]);
    }
    return tree;
  }

  @Test
  void prefixSearchFindsTheLeafWhoseIntervalHoldsThePrefix() {
    SumTree tree = tree();
    assertThat(tree.total()).isEqualTo(10);
    assertThat(tree.find(0)).isEqualTo(0);
    assertThat(tree.find(2.999)).isEqualTo(0);
    assertThat(tree.find(3)).isEqualTo(2);
    assertThat(tree.find(3.5)).isEqualTo(2);
    assertThat(tree.find(4)).isEqualTo(3);
    assertThat(tree.find(7.999)).isEqualTo(3);
    assertThat(tree.find(8)).isEqualTo(4);
    assertThat(tree.find(9.999)).isEqualTo(4);
  }

  @Test
  void prefixesAtOrPastTheTotalNeverLandOnAnEmptyLeaf() {
    SumTree tree = tree();
    assertThat(tree.find(10)).isEqualTo(4);
    assertThat(tree.find(10.5)).isEqualTo(4);
    tree.set(4, 0);
    assertThat(tree.find(8)).isEqualTo(3);
  }

  @Test
  void updatesReplaceLeavesAndRecomputeTheSums() {
    SumTree tree = tree();
    tree.set(0, 0.5);
    tree.set(1, 2);
    assertThat(tree.total()).isEqualTo(9.5);
    assertThat(tree.get(1)).isEqualTo(2);
    assertThat(tree.find(0.5)).isEqualTo(1);
    assertThat(tree.find(2.5)).isEqualTo(2);
  }

  @Test
  void negativeOrNonFinitePrioritiesFail() {
    SumTree tree = tree();
    assertThatThrownBy(() -> tree.set(3, -1)).hasMessage("priority must be a finite number >= 0, found -1.0 at index 3");
    assertThatThrownBy(() -> tree.set(0, Double.NaN))
        .hasMessage("priority must be a finite number >= 0, found NaN at index 0");
    assertThatThrownBy(() -> tree.set(0, Double.POSITIVE_INFINITY))
        .hasMessage("priority must be a finite number >= 0, found Infinity at index 0");
    assertThatThrownBy(() -> tree.set(5, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new SumTree(3).find(0)).hasMessage("cannot search a sum tree whose priorities are all 0");
    assertThat(tree.total()).isEqualTo(10);
  }
}
