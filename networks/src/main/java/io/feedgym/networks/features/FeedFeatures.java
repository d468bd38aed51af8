package io.feedgym.networks.features;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.networks.sequence.RecentItems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The fields of a feed page's (state, candidate) rows, built from {@link FeedObservationSpace}, and the encoder
 * that fills them, so agents never compute column offsets. State fields: {@value #USER} (the noisy preference
 * embedding), {@value #COHORT} (the one-hot cohort as a category, when the user features end in one),
 * {@value #CONTEXT} (every context entry as log(1 + x): counts, days and fatigues are non-negative and
 * heavy-tailed), {@value #PAGE_TOPICS} (the topics of the page's available candidates) and, with a history
 * length, {@value #RECENT_CLICKS} (the session's last clicked items). Item fields: {@value #ITEM} (the candidate's
 * features, topic fatigue as log(1 + x)), {@value #TOPIC} and {@value #ITEM_ID}. With cohorts the wide part
 * memorizes the cross cohort × topic. Item features can be left out (e.g. {@code retrieval_score} and
 * {@code predicted_ctr}, which already carry a user–item interaction). Immutable and thread-safe.
 */
public final class FeedFeatures {
  public static final String USER = "user";
  public static final String COHORT = "cohort";
  public static final String CONTEXT = "context";
  public static final String PAGE_TOPICS = "page_topics";
  public static final String RECENT_CLICKS = "recent_clicks";
  public static final String ITEM = "item";
  public static final String TOPIC = "topic";
  public static final String ITEM_ID = "item_id";

  private final FeedObservationSpace space;
  private final int cohorts;
  private final FeatureSpec spec;
  private final Field.Dense user;
  private final Field.Categorical cohort;
  private final Field.Dense context;
  private final Field.MultiHot pageTopics;
  private final Field.Sequence recentClicks;
  private final Field.Dense item;
  private final int[] itemColumns;
  private final Field.Categorical topic;
  private final Field.Categorical itemId;

  /**
   * The fields of pages of {@code space} whose user features end in a one-hot cohort of {@code cohorts} entries
   * (0: no cohort field), every categorical field embedded in {@code embeddingDim} dimensions, and the last
   * {@code historyLength} clicked items as a sequence field (0: none).
   */
  public FeedFeatures(FeedObservationSpace space, int cohorts, int embeddingDim, int historyLength) {
    this(space, cohorts, embeddingDim, historyLength, Set.of());
  }

  /**
   * As {@link #FeedFeatures(FeedObservationSpace, int, int, int)}, without the item features whose indices
   * ({@code FeedObservation.RETRIEVAL_SCORE}, …) are in {@code withoutItemFeatures}.
   */
  public FeedFeatures(FeedObservationSpace space, int cohorts, int embeddingDim, int historyLength,
      Set<Integer> withoutItemFeatures) {
    if (cohorts < 0 || cohorts >= space.userDim()) {
      throw new IllegalArgumentException("cohorts must be in [0, user_dim=" + space.userDim() + "), found " + cohorts);
    }
    if (historyLength < 0) {
      throw new IllegalArgumentException("history_length must be >= 0, found " + historyLength);
    }
    for (int f : withoutItemFeatures) {
      if (f < 0 || f >= space.numFeatures()) {
        throw new IllegalArgumentException("item feature " + f + " to leave out is not in [0, num_features="
            + space.numFeatures() + ")");
      }
    }
    if (withoutItemFeatures.size() == space.numFeatures()) {
      throw new IllegalArgumentException("every item feature is left out; keep at least one");
    }
    this.space = space;
    itemColumns = IntStream.range(0, space.numFeatures())
        .filter(f -> !withoutItemFeatures.contains(f)).toArray();
    this.cohorts = cohorts;
    List<Field> fields = new ArrayList<>();
    user = add(fields, new Field.Dense(USER, Tower.STATE, space.userDim() - cohorts));
    cohort = cohorts == 0 ? null : add(fields, new Field.Categorical(COHORT, Tower.STATE, cohorts, embeddingDim));
    context = add(fields, new Field.Dense(CONTEXT, Tower.STATE, space.contextDim()));
    pageTopics = add(fields, new Field.MultiHot(PAGE_TOPICS, Tower.STATE, space.numTopics(), embeddingDim));
    recentClicks = historyLength == 0 ? null
        : add(fields, new Field.Sequence(RECENT_CLICKS, Tower.STATE, space.numItems(), embeddingDim, historyLength));
    item = add(fields, new Field.Dense(ITEM, Tower.ITEM, itemColumns.length));
    topic = add(fields, new Field.Categorical(TOPIC, Tower.ITEM, space.numTopics(), embeddingDim));
    itemId = add(fields, new Field.Categorical(ITEM_ID, Tower.ITEM, space.numItems(), embeddingDim));
    FeatureSpec fieldsOnly = new FeatureSpec(fields, List.of());
    spec = cohorts == 0 ? fieldsOnly : fieldsOnly.withCross(COHORT, TOPIC);
  }

  private static <F extends Field> F add(List<Field> fields, F field) {
    fields.add(field);
    return field;
  }

  /** The fields and crosses. */
  public FeatureSpec spec() {
    return spec;
  }

  /**
   * One row per candidate of {@code page}, in candidate order; {@code history} is the session's recent clicks
   * (ignored without a history field).
   */
  public FeatureBatch encodePage(FeedObservation page, RecentItems history) {
    FeatureBatch batch = new FeatureBatch(spec, page.numCandidates());
    for (int c = 0; c < page.numCandidates(); c++) {
      encode(page, history, c, batch, c);
    }
    return batch;
  }

  /** Writes the (state, candidate {@code candidate}) row of {@code page} into row {@code row} of {@code batch}. */
  public void encode(FeedObservation page, RecentItems history, int candidate, FeatureBatch batch, int row) {
    double[] userFeatures = page.user();
    for (int j = 0; j < user.width(); j++) {
      batch.dense(user, row, j, userFeatures[j]);
    }
    if (cohort != null) {
      batch.category(cohort, row, argmax(userFeatures, user.width(), cohorts));
    }
    for (int j = 0; j < context.width(); j++) {
      batch.dense(context, row, j, Math.log1p(page.context(j)));
    }
    for (int c = 0; c < page.numCandidates(); c++) {
      if (page.available(c)) {
        batch.member(pageTopics, row, page.topic(c));
      }
    }
    if (recentClicks != null) {
      batch.sequence(recentClicks, row, history.items());
    }
    for (int j = 0; j < itemColumns.length; j++) {
      int f = itemColumns[j];
      double x = page.feature(candidate, f);
      batch.dense(item, row, j, f == FeedObservation.TOPIC_FATIGUE ? Math.log1p(x) : x);
    }
    batch.category(topic, row, page.topic(candidate));
    batch.category(itemId, row, page.item(candidate));
  }

  /** The observation space the fields were built for. */
  public FeedObservationSpace space() {
    return space;
  }

  private static int argmax(double[] values, int from, int count) {
    int best = from;
    for (int i = from + 1; i < from + count; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best - from;
  }
}
