package io.feedgym.agents.slateq;

import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.env.spaces.Slate;
import io.feedgym.replay.ReplayStorage;
import io.feedgym.replay.feed.FeedStorage;
import io.feedgym.replay.feed.FeedTransition;

/** Feed pages are replayed as {@link FeedTransition}s from a {@link FeedStorage} (each page stored once). Immutable. */
final class FeedTransitions implements SlateTransitions<FeedObservation, FeedTransition> {
  private final FeedObservationSpace space;

  FeedTransitions(FeedObservationSpace space) {
    this.space = space;
  }

  @Override
  public ReplayStorage<FeedTransition> newStorage(int capacity, Slate slates) {
    return new FeedStorage(capacity, space, slates);
  }

  @Override
  public FeedTransition transition(FeedObservation observation, int[] slate, Step<FeedObservation> step) {
    return FeedTransition.of(observation, slate, step);
  }

  @Override
  public FeedObservation observation(FeedTransition t) {
    return t.observation();
  }

  @Override
  public FeedObservation nextObservation(FeedTransition t) {
    return t.nextObservation();
  }

  @Override
  public int[] trainedItems(FeedTransition t, int nullItem) {
    int[] clicked = t.feedback().positions().stream().filter(PositionFeedback::clicked)
        .mapToInt(PositionFeedback::candidate).toArray();
    return clicked.length > 0 ? clicked : new int[] {nullItem};
  }
}
