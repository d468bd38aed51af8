package io.feedgym.agents.ppo;

import io.feedgym.agents.slateq.PageEncoder;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;

/**
 * The {@link PpoEncoder} of feed pages, with SlateQ's feature encoding ({@link PageEncoder}): the state is the
 * user features and log(1 + context); for slate actions each candidate is a row of its features (topic
 * fatigue as log(1 + x); the encoding's null-item column is always 0 here), masked by availability; for
 * ranking weights the state is the one row. Stateless.
 */
final class FeedEncoder implements PpoEncoder<FeedObservation> {
  private final PageEncoder page;
  private final boolean items;
  private final float[] itemRow;

  private FeedEncoder(FeedObservationSpace space, boolean items) {
    this.page = new PageEncoder(space, 1.0);
    this.items = items;
    this.itemRow = new float[page.itemSize()];
  }

  /** One row per candidate, for slate actions. */
  static FeedEncoder pages(FeedObservationSpace space) {
    return new FeedEncoder(space, true);
  }

  /** The state only, for ranking-weight actions. */
  static FeedEncoder state(FeedObservationSpace space) {
    return new FeedEncoder(space, false);
  }

  @Override
  public int stateSize() {
    return page.stateSize();
  }

  @Override
  public int rows() {
    return items ? page.candidates() : 1;
  }

  @Override
  public int itemSize() {
    return items ? page.itemSize() : 0;
  }

  @Override
  public void encode(FeedObservation observation, float[] out) {
    page.encodeState(observation, out, 0, 1);
    int offset = stateSize();
    if (!items) {
      out[offset] = 1f;
      return;
    }
    int width = itemSize();
    int candidates = rows();
    for (int c = 0; c < candidates; c++) {
      page.encodeItem(observation, c, itemRow, 0);
      System.arraycopy(itemRow, 0, out, offset + c * width, width);
      out[offset + candidates * width + c] = observation.available(c) ? 1f : 0f;
    }
  }
}
