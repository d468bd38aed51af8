package io.feedgym.policies.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.env.registry.Envs;
import io.feedgym.env.wrappers.TimeLimit;
import io.feedgym.policies.Policy;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeedBaselinesTest {

  @Test
  void slateFormBuildsEveryBaselineEvenWrapped() {
    Feed feed = new Feed(FeedConfig.defaults());
    var wrapped = new TimeLimit<>(feed, 20);

    assertThat(FeedBaselines.forEnvironment("popularity", wrapped)).hasToString("FeatureRanking(popularity, k=10)");
    assertThat(FeedBaselines.forEnvironment("myopic", feed)).hasToString("FeatureRanking(predicted_ctr, k=10)");
    assertThat(FeedBaselines.forEnvironment("oracle", wrapped)).isInstanceOf(OracleMyopic.class);
    assertThat(FeedBaselines.forEnvironment("quality-diversity", feed)).isInstanceOf(QualityDiversity.class);
    assertThat(FeedBaselines.ids()).containsExactly("popularity", "myopic", "oracle", "quality-diversity");
  }

  @Test
  @SuppressWarnings("unchecked")
  void weightsFormGivesOneHotVectorsForTheFeatureRankingsOnly() {
    Environment<?, ?> env = Envs.make("feed-v0", Map.of("action", "weights"));
    FeedObservation observation = (FeedObservation) env.reset(3).observation();

    var popularity = (Policy<FeedObservation, double[]>) FeedBaselines.forEnvironment(
        "popularity", env);
    var myopic = (Policy<FeedObservation, double[]>) FeedBaselines.forEnvironment("myopic", env);
    assertThat(popularity.act(observation)).containsExactly(0, 0, 1, 0, 0, 0, 0);
    assertThat(myopic.act(observation)).containsExactly(0, 1, 0, 0, 0, 0, 0);
    for (String id : new String[] {"oracle", "quality-diversity"}) {
      assertThatThrownBy(() -> FeedBaselines.forEnvironment(id, env)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("policy '" + id + "' is not a ranking-weight vector")
          .hasMessageEndingWith("takes action=weights, use action=slate");
    }
  }

  @Test
  void otherEnvironmentsAndUnknownIdsFailNamingWhatIsSupported() {
    assertThat(FeedBaselines.supports(new CartPole())).isFalse();
    assertThat(FeedBaselines.supports(new RankingWeights(new Feed(FeedConfig.defaults())))).isTrue();
    assertThatThrownBy(() -> FeedBaselines.forEnvironment("myopic", new CartPole()))
        .hasMessageStartingWith("policy 'myopic' supports only the feed environments (feed-v0, feed-return-v0); "
            + "CartPole");
    assertThatThrownBy(() -> FeedBaselines.forEnvironment("greedy", new Feed(FeedConfig.defaults())))
        .hasMessage("unknown feed baseline 'greedy'; known: popularity, myopic, oracle, quality-diversity");
  }

  @Test
  void oracleShowsTheHighestTrueClickProbabilities() {
    Feed feed = new Feed(FeedConfig.defaults());
    OracleMyopic oracle = new OracleMyopic(feed);
    Step<FeedObservation> step = Step.of(feed.reset(11).observation(), 0, false, false);
    for (int page = 0; page < 3 && !step.terminated() && !step.truncated(); page++) {
      FeedObservation observation = step.observation();
      double[] p = feed.clickProbabilities();
      int[] expected = IntStream.range(0, p.length).filter(observation::available).boxed()
          .sorted(Comparator.<Integer>comparingDouble(c -> -p[c]).thenComparingInt(c -> c))
          .limit(10).mapToInt(Integer::intValue).toArray();
      assertThat(oracle.act(observation)).containsExactly(expected);
      step = feed.step(expected);
    }
  }
}
