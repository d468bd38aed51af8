package io.feedgym.agents.slateq;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.spaces.Slate;
import io.feedgym.replay.ReplayStorage;
import io.feedgym.replay.SlateStorage;
import io.feedgym.replay.SlateTransition;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The common part of the RecSim ports' encoders: every candidate is always available, and an observation
 * is a fixed-length vector ({@link #toVector}, {@link #fromVector}), so transitions are replayed from a
 * {@link SlateStorage} with the clicked slate positions of the step's {@link Feedback}. Immutable and
 * thread-safe.
 *
 * @param <O> the observation type
 */
abstract class RecsimEncoder<O> implements SlateEncoder<O>, SlateTransitions<O, SlateTransition> {
  private final int candidates;

  RecsimEncoder(int candidates) {
    this.candidates = candidates;
  }

  /** Values of {@link #toVector}. */
  abstract int vectorSize();

  /** The observation as a vector that {@link #fromVector} turns back into it (to float precision). */
  abstract double[] toVector(O page);

  abstract O fromVector(double[] vector);

  @Override
  public int candidates() {
    return candidates;
  }

  @Override
  public boolean[] mask(O page) {
    boolean[] all = new boolean[candidates];
    Arrays.fill(all, true);
    return all;
  }

  @Override
  public ReplayStorage<SlateTransition> newStorage(int capacity, Slate slates) {
    return new SlateStorage(capacity, vectorSize(), candidates, slates.k());
  }

  @Override
  public SlateTransition transition(O observation, int[] slate, Step<O> step) {
    Feedback feedback = SlateTransitions.feedback(step);
    int[] clicked = IntStream.range(0, feedback.positions().size())
        .filter(k -> feedback.positions().get(k).clicked()).toArray();
    return new SlateTransition(toVector(observation), ImmutableIntArray.copyOf(slate), step.reward(),
        toVector(step.observation()), step.terminated(), step.truncated(), ImmutableIntArray.copyOf(clicked));
  }

  @Override
  public O observation(SlateTransition t) {
    return fromVector(t.observation());
  }

  @Override
  public O nextObservation(SlateTransition t) {
    return fromVector(t.nextObservation());
  }

  @Override
  public int[] trainedItems(SlateTransition t, int nullItem) {
    int[] clicked = t.clickedCandidates();
    return clicked.length > 0 ? clicked : new int[] {nullItem};
  }
}
