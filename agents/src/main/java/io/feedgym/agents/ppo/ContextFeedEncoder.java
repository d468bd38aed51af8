package io.feedgym.agents.ppo;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.policies.meta.TaskContext;

/**
 * The meta-policy's {@link PpoEncoder}: {@link FeedEncoder}'s page encoding with the trial's {@link TaskContext}
 * appended to the state, and, for slate actions, each candidate row extended by its affinity û·ẽ with the
 * context's preference estimate û (ẽ the candidate's observed embedding; the {@code context-myopic} score's
 * cohort term). The affinity makes the interaction of context and item, which a small MLP would otherwise have
 * to learn from the concatenation, one input. {@link #encode} feeds the page to the context first
 * ({@link TaskContext#observe}), so it must see one environment's observations once each, in order; the context
 * resets itself at a trial's first page (no previous feedback). On {@code feed-v0}, whose observations carry no
 * previous-page feedback, the context stays empty. Not thread-safe; one per environment.
 */
final class ContextFeedEncoder implements PpoEncoder<FeedObservation> {
  private final FeedEncoder page;
  private final TaskContext context;
  private final int affinities;
  private final float[] pageEncoding;

  private ContextFeedEncoder(FeedEncoder page, FeedObservationSpace space) {
    this.page = page;
    this.context = TaskContext.of(space);
    this.affinities = page.itemSize() > 0 ? 1 : 0;
    this.pageEncoding = new float[page.size()];
  }

  /** One row per candidate with its affinity, for slate actions. */
  static ContextFeedEncoder pages(FeedObservationSpace space) {
    return new ContextFeedEncoder(FeedEncoder.pages(space), space);
  }

  /** The state and the context only, for ranking-weight actions. */
  static ContextFeedEncoder state(FeedObservationSpace space) {
    return new ContextFeedEncoder(FeedEncoder.state(space), space);
  }

  @Override
  public int stateSize() {
    return page.stateSize() + context.size();
  }

  @Override
  public int rows() {
    return page.rows();
  }

  @Override
  public int itemSize() {
    return page.itemSize() + affinities;
  }

  @Override
  public void encode(FeedObservation observation, float[] out) {
    context.observe(observation);
    page.encode(observation, pageEncoding);
    int pageState = page.stateSize();
    System.arraycopy(pageEncoding, 0, out, 0, pageState);
    double[] vector = context.vector();
    for (int j = 0; j < vector.length; j++) {
      out[pageState + j] = (float) vector[j];
    }
    int rows = rows();
    int pageItem = page.itemSize();
    int item = itemSize();
    double[] preference = context.preference();
    for (int r = 0; r < rows && affinities > 0; r++) {
      int to = stateSize() + r * item;
      System.arraycopy(pageEncoding, pageState + r * pageItem, out, to, pageItem);
      double affinity = 0;
      for (int j = 0; j < preference.length; j++) {
        affinity += preference[j] * observation.feature(r, FeedObservation.EMBEDDING + j);
      }
      out[to + pageItem] = (float) affinity;
    }
    System.arraycopy(pageEncoding, pageState + rows * pageItem, out, stateSize() + rows * item, rows);
  }

  @Override
  public double[] state() {
    return context.state();
  }

  @Override
  public void restore(double[] state) {
    context.restore(state);
  }
}
