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
 * RecSim's long_term_satisfaction ("chocolate vs kale") environment: documents carry a clickbait score;
 * the user always consumes slate position 0, with engagement {@code exp(Normal(loc, scale))} (the reward)
 * that grows with clickbait now but lowers the hidden satisfaction later; every session lasts
 * {@code time_budget} steps. Random draws, in order: the initial NPE and documents at reset, then per step
 * the log-engagement, the NPE innovation and the new documents.
 */
public final class LongTermSatisfaction extends SeededEnvironment<LongTermSatisfactionObservation, int[]> {

  private final LongTermSatisfactionConfig config;
  private final LongTermSatisfactionObservationSpace observationSpace;
  private final Slate actionSpace;

  private LongTermSatisfactionUser user;
  private double[] clickbait;
  private long[] documentIds;
  private long nextDocumentId;
  private int page;
  private boolean running;

  public LongTermSatisfaction(LongTermSatisfactionConfig config) {
    this.config = config;
    this.observationSpace = new LongTermSatisfactionObservationSpace(config.numCandidates(), config.engagementCap());
    this.actionSpace = new Slate(config.slateSize(), config.numCandidates());
  }

  public LongTermSatisfactionConfig config() {
    return config;
  }

  @Override
  public Space<LongTermSatisfactionObservation> observationSpace() {
    return observationSpace;
  }

  @Override
  public Slate actionSpace() {
    return actionSpace;
  }

  @Override
  public Reset<LongTermSatisfactionObservation> reset() {
    double exposure = LongTermSatisfactionUser.initialExposure(config, random().nextDouble());
    user = new LongTermSatisfactionUser(config, exposure);
    nextDocumentId = 0;
    page = 0;
    sampleDocuments();
    running = true;
    return Reset.of(new LongTermSatisfactionObservation(clickbait, 0.0));
  }

  @Override
  public Step<LongTermSatisfactionObservation> step(int[] slate) {
    if (!running) {
      throw new IllegalStateException(
          "LongTermSatisfaction: step() called without an episode running; call reset() first");
    }
    RecsimChecks.validateSlate("LongTermSatisfaction", actionSpace, slate);
    double cb = clickbait[slate[0]];
    double engagement = Math.exp(Gaussian.sample(random(), user.engagementLoc(cb), user.engagementScale(cb)));
    user.consume(cb, Gaussian.sample(random(), 0.0, config.innovationStddev()));
    boolean terminated = user.exhausted();
    List<PositionFeedback> positions = new ArrayList<>(slate.length);
    for (int i = 0; i < slate.length; i++) {
      int document = slate[i];
      positions.add(new PositionFeedback(i, document, documentIds[document], 0, 0.0, i == 0, i == 0, false,
          i == 0 ? engagement : 0.0, true));
    }
    Feedback feedback = Feedback.of(page++, positions, terminated);
    sampleDocuments();
    running = !terminated;
    var observation = new LongTermSatisfactionObservation(clickbait, Math.min(engagement, config.engagementCap()));
    return Step.of(observation, engagement, terminated, false, Map.of(Feedback.INFO_KEY, feedback));
  }

  private void sampleDocuments() {
    clickbait = new double[config.numCandidates()];
    documentIds = new long[config.numCandidates()];
    for (int i = 0; i < clickbait.length; i++) {
      clickbait[i] = random().nextDouble();
      documentIds[i] = nextDocumentId++;
    }
  }

  @Override
  public void close() {
    running = false;
  }

  @Override
  public String toString() {
    return "LongTermSatisfaction(" + config + ")";
  }
}
