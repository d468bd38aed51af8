package io.feedgym.env.recsim;

import io.feedgym.env.Reset;
import io.feedgym.env.SeededEnvironment;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.env.sampling.Gaussian;
import io.feedgym.env.spaces.Slate;
import io.feedgym.env.spaces.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RecSim's interest_evolution environment: videos in 20 clusters of fixed mean quality, resampled every
 * step; a user with observable interests chooses at most one video of the slate and watches it, which
 * moves the interest and the time budget; the session terminates when the budget is used up. Reward: the
 * watch time of the step. Random draws, in order: 20 interests at reset, then per step the choice, the
 * interest flip (on a click) and the new documents (cluster, then quality per document).
 */
public final class InterestEvolution extends SeededEnvironment<InterestEvolutionObservation, int[]> {
  /** Number of document clusters. */
  public static final int NUM_CLUSTERS = 20;
  private static final double[] QUALITY_MEANS = qualityMeans();

  private final InterestEvolutionConfig config;
  private final InterestEvolutionObservationSpace observationSpace;
  private final Slate actionSpace;

  private InterestEvolutionUser user;
  private int[] clusters;
  private double[] qualities;
  private long[] documentIds;
  private long nextDocumentId;
  private int page;
  private boolean running;

  public InterestEvolution(InterestEvolutionConfig config) {
    this.config = config;
    this.observationSpace = new InterestEvolutionObservationSpace(NUM_CLUSTERS, config.numCandidates());
    this.actionSpace = new Slate(config.slateSize(), config.numCandidates());
  }

  /** Mean document quality of {@code cluster}: {@code linspace(-3, 0, 14)} then {@code linspace(0, 3, 6)}. */
  public static double qualityMean(int cluster) {
    return QUALITY_MEANS[cluster];
  }

  private static double[] qualityMeans() {
    double[] means = new double[NUM_CLUSTERS];
    for (int i = 0; i < 14; i++) {
      means[i] = -3.0 + 3.0 * i / 13;
    }
    for (int i = 0; i < 6; i++) {
      means[14 + i] = 3.0 * i / 5;
    }
    return means;
  }

  public InterestEvolutionConfig config() {
    return config;
  }

  @Override
  public Space<InterestEvolutionObservation> observationSpace() {
    return observationSpace;
  }

  @Override
  public Slate actionSpace() {
    return actionSpace;
  }

  @Override
  public Reset<InterestEvolutionObservation> reset() {
    double[] interests = new double[NUM_CLUSTERS];
    for (int i = 0; i < NUM_CLUSTERS; i++) {
      interests[i] = random().nextDouble(-1.0, 1.0);
    }
    user = new InterestEvolutionUser(config, interests, config.timeBudget());
    nextDocumentId = 0;
    page = 0;
    sampleDocuments();
    running = true;
    return Reset.of(observation());
  }

  @Override
  public Step<InterestEvolutionObservation> step(int[] slate) {
    if (!running) {
      throw new IllegalStateException("InterestEvolution: step() called without an episode running; call reset() first");
    }
    RecsimChecks.validateSlate("InterestEvolution", actionSpace, slate);
    double[] scores = new double[slate.length];
    for (int i = 0; i < slate.length; i++) {
      scores[i] = user.interest(clusters[slate[i]]);
    }
    int clicked = user.choose(scores, random());
    double watchTime = 0;
    if (clicked >= 0) {
      int document = slate[clicked];
      watchTime = user.watchTime();
      boolean towards = random().nextDouble() < user.towardsProbability(clusters[document]);
      user.click(clusters[document], qualities[document], watchTime, towards);
    } else {
      user.skip();
    }
    boolean terminated = user.exhausted();
    List<PositionFeedback> positions = new ArrayList<>(slate.length);
    for (int i = 0; i < slate.length; i++) {
      int document = slate[i];
      positions.add(new PositionFeedback(i, document, documentIds[document], clusters[document], 0.0, true,
          i == clicked, false, i == clicked ? watchTime : 0.0, true));
    }
    Feedback feedback = Feedback.of(page++, positions, terminated);
    sampleDocuments();
    running = !terminated;
    return Step.of(observation(), watchTime, terminated, false, Map.of(Feedback.INFO_KEY, feedback));
  }

  private void sampleDocuments() {
    int n = config.numCandidates();
    clusters = new int[n];
    qualities = new double[n];
    documentIds = new long[n];
    for (int i = 0; i < n; i++) {
      clusters[i] = random().nextInt(NUM_CLUSTERS);
      qualities[i] = Gaussian.sample(random(), QUALITY_MEANS[clusters[i]], config.qualityStddev());
      documentIds[i] = nextDocumentId++;
    }
  }

  private InterestEvolutionObservation observation() {
    return new InterestEvolutionObservation(user.interests(), clusters);
  }

  @Override
  public void close() {
    running = false;
  }

  @Override
  public String toString() {
    return "InterestEvolution(" + config + ")";
  }
}
