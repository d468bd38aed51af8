package io.feedgym.policies.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.policies.Policy;
import io.feedgym.policies.RandomPolicy;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The baselines on {@code feed-v0} over 1000 sessions with reset seeds 1000..1999 order as designed; a
 * ranking on the wrong feature or in the wrong direction, a mask ignored, or an oracle reading the wrong
 * page would not. Margins are in standard errors of the difference of the means.
 */
class FeedBaselinesReturnsTest {
  private static final int EPISODES = 1000;
  private static final long FIRST_SEED = 1000;

  private static Outcome random;
  private static Outcome myopic;
  private static Outcome oracle;
  private static Outcome qualityDiversity;

  /** Mean session return (clicks), its standard error, and clicks per shown item over all pages. */
  record Outcome(double meanReturn, double stderr, double pageCtr) {}

  @BeforeAll
  static void runBaselines() {
    random = run(feed -> new RandomPolicy<>(feed.actionSpace(), 5));
    myopic = run(feed -> FeatureRanking.myopic(feed.actionSpace().k()));
    oracle = run(OracleMyopic::new);
    qualityDiversity = run(feed -> new QualityDiversity(QualityDiversityConfig.defaults(), feed.actionSpace().k()));
  }

  private static Outcome run(Function<Feed, Policy<FeedObservation, int[]>> factory) {
    Feed feed = new Feed(FeedConfig.defaults());
    return run(feed, factory.apply(feed), feed.actionSpace().k());
  }

  private static <A> Outcome run(Environment<FeedObservation, A> env, Policy<FeedObservation, A> policy, int k) {
    double sum = 0;
    double squares = 0;
    long pages = 0;
    for (int i = 0; i < EPISODES; i++) {
      FeedObservation observation = env.reset(FIRST_SEED + i).observation();
      double episodeReturn = 0;
      boolean done = false;
      while (!done) {
        Step<FeedObservation> step = env.step(policy.act(observation));
        episodeReturn += step.reward();
        pages++;
        done = step.terminated() || step.truncated();
        observation = step.observation();
      }
      sum += episodeReturn;
      squares += episodeReturn * episodeReturn;
    }
    double mean = sum / EPISODES;
    double std = Math.sqrt((squares / EPISODES - mean * mean) * EPISODES / (EPISODES - 1));
    return new Outcome(mean, std / Math.sqrt(EPISODES), sum / (pages * k));
  }

  @Test
  void qualityDiversityBeatsMyopicWhichBeatsRandom() {
    assertThat(qualityDiversity.meanReturn() - myopic.meanReturn())
        .isGreaterThan(10 * stderr(qualityDiversity, myopic));
    assertThat(myopic.meanReturn() - random.meanReturn()).isGreaterThan(3 * stderr(myopic, random));
  }

  @Test
  void oracleHasAHigherPageCtrThanMyopicWhichHasAHigherOneThanRandom() {
    assertThat(oracle.pageCtr()).isGreaterThan(myopic.pageCtr());
    assertThat(myopic.pageCtr()).isGreaterThan(1.5 * random.pageCtr());
  }

  private static double stderr(Outcome a, Outcome b) {
    return Math.hypot(a.stderr(), b.stderr());
  }

  @Test
  void myopicWeightsReplayTheMyopicSlatesExactly() {
    RankingWeights env = new RankingWeights(new Feed(FeedConfig.defaults()));
    Outcome weights = run(env, FeatureRanking.myopic(10).asWeights(), 10);

    assertThat(weights).isEqualTo(myopic);
  }
}
