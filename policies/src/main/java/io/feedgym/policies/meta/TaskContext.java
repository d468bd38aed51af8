package io.feedgym.policies.meta;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import java.util.Arrays;

/**
 * The task context of one trial of {@code feed-cohorts-v0}: a fixed-size summary of the user's behaviour so
 * far in the trial, from which a policy infers the cohort (docs/envs/feed-cohorts.md, "Task context"). It is
 * a permutation-invariant sum over the pages' items, as PEARL's context encoder (Rakelly et al. 2019),
 * computed by hand instead of learnt, and it persists across the trial's sessions like RL²'s hidden state
 * (Duan et al. 2016). {@link #vector()} holds, in order:
 *
 * <ul>
 *   <li>the preference estimate û ({@link #preference()}, d values): the unit direction of m_click − m_cand,
 *       the mean observed embedding of the clicked items minus that of every candidate seen, scaled by the
 *       confidence clicks / (clicks + {@value #PRIOR_CLICKS}). Candidates are drawn from the catalog whatever
 *       the policy does, and under the click model σ(z₀ + α u·e) clicked items are tilted toward the user's
 *       preference u: for Gaussian embeddings E[ẽ | click] − E[ẽ] = κ Σu with κ > 0 (Stein's lemma), Σ the
 *       candidates' embedding covariance, close to isotropic here. So the difference estimates the direction
 *       of u, and pooled over the trial's users that of the cohort prototype; it sharpens as clicks
 *       accumulate (whitening by the estimated Σ was tried and was noisier within one trial);</li>
 *   <li>per topic t, the click rate clicks_t / (shown_t + 1) (T values);</li>
 *   <li>log(1 + pages), log(1 + clicks), log(1 + purchases) and the number of finished sessions.</li>
 * </ul>
 *
 * <p>Drive it with {@link #reset()} at a trial's start and {@link #update} after each page, or let
 * {@link #observe} do both from the observation stream, whose pages carry the previous page's feedback.
 * {@link #state()} and {@link #restore} save and restore the sums. Mutable, not thread-safe; one per environment.
 */
public final class TaskContext {
  /** The clicks at which the preference estimate has half its length: the weight of the prior "no preference". */
  public static final double PRIOR_CLICKS = 6.0;
  private static final int PAGES = 0;
  private static final int CLICKS = 1;
  private static final int PURCHASES = 2;
  private static final int SESSIONS = 3;
  private static final int CANDIDATES = 4;

  private final int dim;
  private final int topics;
  /** Sums: clicked embeddings (d), candidate embeddings (d), topic shows (T), topic clicks (T), then the counts. */
  private final double[] sums;
  private final int candidateSums;
  private final int topicShows;
  private final int topicClicks;
  private final int counts;
  /** The page remembered by {@link #observe}, whose feedback the next observation carries; null if none. */
  private Page lastPage;

  /** A context for pages with {@code dim}-dimensional item embeddings and {@code topics} topics. */
  public TaskContext(int dim, int topics) {
    if (dim <= 0 || topics <= 0) {
      throw new IllegalArgumentException("embedding dim and topics must be positive, found " + dim + " and " + topics);
    }
    this.dim = dim;
    this.topics = topics;
    this.candidateSums = dim;
    this.topicShows = 2 * dim;
    this.topicClicks = topicShows + topics;
    this.counts = topicClicks + topics;
    this.sums = new double[counts + CANDIDATES + 1];
  }

  /** A context for the pages of {@code space}. */
  public static TaskContext of(FeedObservationSpace space) {
    return new TaskContext(space.numFeatures() - FeedObservation.EMBEDDING, space.numTopics());
  }

  /** Length of {@link #vector()}: d + T + 4. */
  public int size() {
    return dim + topics + 4;
  }

  /** Forgets the trial: call at a trial's start. */
  public void reset() {
    Arrays.fill(sums, 0);
    lastPage = null;
  }

  /**
   * Adds page {@code page} and what the user did with it, {@code feedback}, whose positions name the
   * candidates shown. A position naming no candidate of the page is an {@link IllegalArgumentException}.
   */
  public void update(FeedObservation page, Feedback feedback) {
    add(Page.of(page, dim), feedback);
  }

  private void add(Page page, Feedback feedback) {
    int n = page.topics().length;
    for (PositionFeedback position : feedback.positions()) {
      if (position.candidate() < 0 || position.candidate() >= n) {
        throw new IllegalArgumentException("feedback position " + position.position() + " names candidate "
            + position.candidate() + ", outside the page's [0, " + n + ")");
      }
    }
    for (int c = 0; c < n; c++) {
      addEmbedding(page, c, candidateSums);
    }
    sums[counts + CANDIDATES] += n;
    sums[counts + PAGES] += 1;
    for (PositionFeedback position : feedback.positions()) {
      int topic = page.topics()[position.candidate()];
      sums[topicShows + topic] += 1;
      if (position.clicked()) {
        addEmbedding(page, position.candidate(), 0);
        sums[topicClicks + topic] += 1;
        sums[counts + CLICKS] += 1;
      }
      if (position.purchased()) {
        sums[counts + PURCHASES] += 1;
      }
    }
    if (feedback.left()) {
      sums[counts + SESSIONS] += 1;
    }
  }

  /**
   * Feeds the context one environment's observations in order: a page without previous feedback starts a
   * trial ({@link #reset()}); any other updates the context with the remembered previous page and the
   * feedback this page carries. Then this page is remembered (and saved with {@link #state()}). Pages of environments that publish no feedback in their observations
   * ({@code feed-v0}) therefore leave the context empty.
   */
  public void observe(FeedObservation page) {
    if (page.previousPage().isEmpty()) {
      reset();
    } else if (lastPage != null) {
      add(lastPage, page.previousPage().get());
    }
    lastPage = Page.of(page, dim);
  }

  private void addEmbedding(Page page, int candidate, int offset) {
    for (int j = 0; j < dim; j++) {
      sums[offset + j] += page.embeddings()[candidate * dim + j];
    }
  }

  /**
   * The preference estimate û: clicks / (clicks + {@value #PRIOR_CLICKS}) times the unit direction of the
   * clicked items' mean observed embedding minus the candidates' mean; zero before the first click.
   */
  public double[] preference() {
    double clicks = sums[counts + CLICKS];
    double[] out = new double[dim];
    if (clicks == 0) {
      return out;
    }
    double norm = 0;
    for (int j = 0; j < dim; j++) {
      out[j] = sums[j] / clicks - sums[candidateSums + j] / sums[counts + CANDIDATES];
      norm += out[j] * out[j];
    }
    double scale = norm == 0 ? 0 : clicks / (clicks + PRIOR_CLICKS) / Math.sqrt(norm);
    for (int j = 0; j < dim; j++) {
      out[j] *= scale;
    }
    return out;
  }

  /** The context vector of {@link #size()} values (layout in the class comment). */
  public double[] vector() {
    double[] out = new double[size()];
    System.arraycopy(preference(), 0, out, 0, dim);
    for (int t = 0; t < topics; t++) {
      out[dim + t] = sums[topicClicks + t] / (sums[topicShows + t] + 1);
    }
    int at = dim + topics;
    out[at] = Math.log1p(sums[counts + PAGES]);
    out[at + 1] = Math.log1p(sums[counts + CLICKS]);
    out[at + 2] = Math.log1p(sums[counts + PURCHASES]);
    out[at + 3] = sums[counts + SESSIONS];
    return out;
  }

  /** Pages added since the last reset. */
  public int pages() {
    return (int) sums[counts + PAGES];
  }

  /**
   * The saveable state: the sums, then the remembered page of {@link #observe} (its candidate count n,
   * then per candidate its topic and observed embedding; n = 0 when none).
   */
  public double[] state() {
    int n = lastPage == null ? 0 : lastPage.topics().length;
    double[] state = Arrays.copyOf(sums, sums.length + 1 + n * (dim + 1));
    state[sums.length] = n;
    for (int c = 0; c < n; c++) {
      int at = sums.length + 1 + c * (dim + 1);
      state[at] = lastPage.topics()[c];
      System.arraycopy(lastPage.embeddings(), c * dim, state, at + 1, dim);
    }
    return state;
  }

  /** Restores a {@link #state()} of a context of the same shape; a malformed state is an IllegalArgumentException. */
  public void restore(double[] state) {
    int n = state.length > sums.length ? (int) state[sums.length] : -1;
    if (n < 0 || state.length != sums.length + 1 + (long) n * (dim + 1)) {
      throw new IllegalArgumentException("task context state must hold " + sums.length + " sums (d=" + dim
          + ", T=" + topics + "), a page size n and n * " + (dim + 1) + " page values, found " + state.length
          + " values");
    }
    System.arraycopy(state, 0, sums, 0, sums.length);
    if (n == 0) {
      lastPage = null;
      return;
    }
    int[] pageTopics = new int[n];
    double[] embeddings = new double[n * dim];
    for (int c = 0; c < n; c++) {
      int at = sums.length + 1 + c * (dim + 1);
      pageTopics[c] = (int) state[at];
      if (pageTopics[c] != state[at] || pageTopics[c] < 0 || pageTopics[c] >= topics) {
        throw new IllegalArgumentException("task context state: candidate " + c + "'s topic must be an integer in [0, "
            + topics + "), found " + state[at]);
      }
      System.arraycopy(state, at + 1, embeddings, c * dim, dim);
    }
    lastPage = new Page(pageTopics, embeddings);
  }

  /** What the context needs of a page: each candidate's topic and observed embedding (row-major n × d). */
  private record Page(int[] topics, double[] embeddings) {
    static Page of(FeedObservation page, int dim) {
      int n = page.numCandidates();
      int[] topics = new int[n];
      double[] embeddings = new double[n * dim];
      for (int c = 0; c < n; c++) {
        topics[c] = page.topic(c);
        for (int j = 0; j < dim; j++) {
          embeddings[c * dim + j] = page.feature(c, FeedObservation.EMBEDDING + j);
        }
      }
      return new Page(topics, embeddings);
    }
  }
}
