package io.feedgym.agents.slateq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.slateq.SlateQConfig.Head;
import io.feedgym.env.Environment;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.recsim.InterestEvolution;
import io.feedgym.env.recsim.InterestEvolutionConfig;
import io.feedgym.env.recsim.InterestEvolutionObservationSpace;
import io.feedgym.env.recsim.LongTermSatisfaction;
import io.feedgym.env.recsim.LongTermSatisfactionConfig;
import io.feedgym.env.recsim.LongTermSatisfactionObservationSpace;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.factory.Nd4j;

/** The plain-Java mirror computes what the DL4J graph computes, for both heads, on feed and RecSim pages. */
class TwoTowerMirrorTest {

  @ParameterizedTest
  @EnumSource(Head.class)
  void mirrorAgreesWithTheGraphOnRealPages(Head head) {
    Feed feed = new Feed(FeedConfig.defaults());
    PageEncoder encoder = new PageEncoder(feed.observationSpace(), 3.0);
    List<Integer> hidden = List.of(16, 8);
    ComputationGraph net = ItemQNetwork.build(head, encoder.stateSize(), encoder.itemSize(), encoder.pageRows(), 12,
        hidden, 1e-3, 5);
    // Move the weights away from their initialisation so that every layer matters.
    net.params().addi(Nd4j.rand(net.params().dataType(), net.params().shape()).subi(0.5).muli(0.2));
    TwoTowerMirror mirror = new TwoTowerMirror(net, head, encoder, hidden);
    FeedObservation page = feed.reset(4).observation();
    for (int t = 0; t < 3; t++) {
      double[] expected = graphValues(net, head, encoder, page);
      double[] actual = mirror.itemValues(encoder, page);
      assertThat(actual).hasSize(encoder.pageRows());
      for (int r = 0; r < actual.length; r++) {
        assertThat(actual[r]).as("row %s", r).isCloseTo(expected[r], within(1e-4 * (1 + Math.abs(expected[r]))));
      }
      page = feed.step(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}).observation();
    }
  }

  @ParameterizedTest
  @EnumSource(Head.class)
  void mirrorAgreesWithTheGraphOnRecsimPages(Head head) {
    InterestEvolution interest = new InterestEvolution(InterestEvolutionConfig.defaults());
    checkAgreement(head, new InterestEvolutionEncoder(
        (InterestEvolutionObservationSpace) interest.observationSpace(), interest.config()), interest);
    LongTermSatisfaction satisfaction = new LongTermSatisfaction(LongTermSatisfactionConfig.defaults());
    checkAgreement(head, new LongTermSatisfactionEncoder(
        (LongTermSatisfactionObservationSpace) satisfaction.observationSpace()), satisfaction);
  }

  private static <O> void checkAgreement(Head head, SlateEncoder<O> encoder, Environment<O, int[]> env) {
    List<Integer> hidden = List.of(16, 8);
    ComputationGraph net = ItemQNetwork.build(head, encoder.stateSize(), encoder.itemSize(), encoder.pageRows(), 12,
        hidden, 1e-3, 5);
    net.params().addi(Nd4j.rand(net.params().dataType(), net.params().shape()).subi(0.5).muli(0.2));
    TwoTowerMirror mirror = new TwoTowerMirror(net, head, encoder, hidden);
    O page = env.reset(4).observation();
    for (int t = 0; t < 3; t++) {
      double[] expected = graphValues(net, head, encoder, page);
      double[] actual = mirror.itemValues(encoder, page);
      for (int r = 0; r < actual.length; r++) {
        assertThat(actual[r]).as("row %s", r).isCloseTo(expected[r], within(1e-4 * (1 + Math.abs(expected[r]))));
      }
      page = env.step(new int[] {0, 1}).observation();
    }
  }

  static <O> double[] graphValues(ComputationGraph net, Head head, SlateEncoder<O> encoder, O page) {
    int rows = encoder.pageRows();
    float[] states = new float[rows * encoder.stateSize()];
    float[] items = new float[rows * encoder.itemSize()];
    double[] available = new double[rows];
    encoder.encodeState(page, states, 0, rows);
    encoder.encodeItems(page, items, 0, available);
    float[] out = ItemQNetwork.outputs(net, Nd4j.create(states, new long[] {rows, encoder.stateSize()}, 'c'),
        Nd4j.create(items, new long[] {rows, encoder.itemSize()}, 'c'));
    return ItemTdLoss.itemValues(head, out, available, rows);
  }
}
