package io.feedgym.env.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeepEqualsTest {
  record Page(int page, boolean[] mask, List<double[]> features) {}

  @Test
  void comparesArraysByContent() {
    assertThat(DeepEquals.equal(new double[] {1, Double.NaN}, new double[] {1, Double.NaN})).isTrue();
    assertThat(DeepEquals.equal(new double[] {1, 2}, new double[] {1, 3})).isFalse();
    assertThat(DeepEquals.equal(new int[][] {{1}, {2}}, new int[][] {{1}, {2}})).isTrue();
    assertThat(DeepEquals.equal(new int[][] {{1}, {2}}, new int[][] {{1}, {3}})).isFalse();
    assertThat(DeepEquals.equal(new int[] {1}, new long[] {1})).isFalse();
  }

  @Test
  void comparesRecordsListsAndMapsRecursively() {
    var a = new Page(1, new boolean[] {true, false}, List.of(new double[] {0.5}));
    var b = new Page(1, new boolean[] {true, false}, List.of(new double[] {0.5}));
    var c = new Page(1, new boolean[] {true, true}, List.of(new double[] {0.5}));
    var d = new Page(1, new boolean[] {true, false}, List.of(new double[] {0.25}));
    assertThat(a).isNotEqualTo(b);
    assertThat(DeepEquals.equal(a, b)).isTrue();
    assertThat(DeepEquals.equal(a, c)).isFalse();
    assertThat(DeepEquals.equal(a, d)).isFalse();
    assertThat(DeepEquals.equal(Map.of("x", new int[] {1}), Map.of("x", new int[] {1}))).isTrue();
    assertThat(DeepEquals.equal(Map.of("x", new int[] {1}), Map.of("y", new int[] {1}))).isFalse();
    assertThat(DeepEquals.equal(List.of(1, 2), List.of(1))).isFalse();
  }

  @Test
  void fallsBackToEqualsAndHandlesNull() {
    assertThat(DeepEquals.equal("a", "a")).isTrue();
    assertThat(DeepEquals.equal(1, 1L)).isFalse();
    assertThat(DeepEquals.equal(null, null)).isTrue();
    assertThat(DeepEquals.equal(null, "a")).isFalse();
  }
}
