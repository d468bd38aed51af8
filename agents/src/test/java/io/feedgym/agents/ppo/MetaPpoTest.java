package io.feedgym.agents.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.agents.AgentContract;
import io.feedgym.agents.Agents;
import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedCohortsConfig;
import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.policies.Agent;
import io.feedgym.policies.meta.TaskContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent contract for meta-ppo on feed-cohorts-v0 (slates, nested: ranking weights), and its context encoding. */
class MetaPpoTest extends AgentContract<FeedObservation, int[]> {
  @TempDir Path files;

  @SuppressWarnings("unchecked")
  static <O, A> Agent<O, A> metaPpo(Environment<O, A> env, Map<String, String> overrides, long seed) {
    return (Agent<O, A>) Agents.make("meta-ppo", env, overrides, seed, 10_000);
  }

  static Feed cohorts() {
    return Feed.cohorts(FeedCohortsConfig.defaults());
  }

  @Override
  protected Environment<FeedObservation, int[]> newEnvironment() {
    return cohorts();
  }

  @Override
  protected Agent<FeedObservation, int[]> newAgent(Environment<FeedObservation, int[]> env, long seed) {
    return metaPpo(env, PpoTest.SMALL, seed);
  }

  /** A Gaussian over ranking weights, with the context in the state. */
  @Nested
  class Weights extends AgentContract<FeedObservation, double[]> {
    @Override
    protected Environment<FeedObservation, double[]> newEnvironment() {
      return new RankingWeights(cohorts());
    }

    @Override
    protected Agent<FeedObservation, double[]> newAgent(Environment<FeedObservation, double[]> env, long seed) {
      return metaPpo(env, PpoTest.SMALL, seed);
    }
  }

  /** The state holds the page's state then the context; each row its item values then û·ẽ; the mask is the page's. */
  @Test
  void encodesThePageTheContextAndEachCandidatesAffinity() {
    Feed env = cohorts();
    ContextFeedEncoder encoder = ContextFeedEncoder.pages(env.observationSpace());
    FeedEncoder page = FeedEncoder.pages(env.observationSpace());
    TaskContext context = TaskContext.of(env.observationSpace());
    float[] out = new float[encoder.size()];
    float[] plain = new float[page.size()];
    FeedObservation observation = env.reset(3).observation();
    for (int t = 0; t < 15; t++) {
      encoder.encode(observation, out);
      observation = env.step(myopicSlate(observation, env.actionSpace().k())).observation();
    }
    encoder.encode(observation, out);
    page.encode(observation, plain);
    assertThat(encoder.stateSize()).isEqualTo(page.stateSize() + context.size());
    assertThat(encoder.itemSize()).isEqualTo(page.itemSize() + 1);
    context.restore(encoder.state());
    double[] vector = context.vector();
    double[] u = context.preference();
    assertThat(context.pages()).isEqualTo(15);
    assertThat(u).as("clicks were seen").isNotEqualTo(new double[u.length]);
    for (int j = 0; j < vector.length; j++) {
      assertThat(out[page.stateSize() + j]).isCloseTo((float) vector[j], within(1e-6f));
    }
    for (int r = 0; r < encoder.rows(); r++) {
      int at = encoder.stateSize() + r * encoder.itemSize();
      for (int j = 0; j < page.itemSize(); j++) {
        assertThat(out[at + j]).isEqualTo(plain[page.stateSize() + r * page.itemSize() + j]);
      }
      double affinity = 0;
      for (int j = 0; j < u.length; j++) {
        affinity += u[j] * observation.feature(r, FeedObservation.EMBEDDING + j);
      }
      assertThat(out[at + page.itemSize()]).isCloseTo((float) affinity, within(1e-5f));
      assertThat(out[encoder.stateSize() + encoder.rows() * encoder.itemSize() + r])
          .isEqualTo(plain[page.stateSize() + page.rows() * page.itemSize() + r]);
    }
  }

  /**
   * The context changes the meta-policy's choice: two identical agents' greedy policies meet the same page,
   * one after the trial's first 15 pages (its context holds their clicks), the other as its first page (an
   * empty context, since it remembers no previous page), and rank the candidates differently.
   */
  @Test
  void theContextChangesTheGreedySlate() {
    Feed env = cohorts();
    var informed = newAgent(env, 6).greedy();
    var uninformed = newAgent(env, 6).greedy();
    FeedObservation observation = env.reset(3).observation();
    for (int t = 0; t < 15; t++) {
      informed.act(observation);
      observation = env.step(myopicSlate(observation, env.actionSpace().k())).observation();
    }
    assertThat(informed.act(observation)).isNotEqualTo(uninformed.act(observation));
  }

  /** feed-v0's pages carry no previous-page feedback, so the context stays empty. */
  @Test
  void onFeedV0TheContextStaysEmpty() {
    Feed env = new Feed(FeedConfig.defaults());
    ContextFeedEncoder encoder = ContextFeedEncoder.pages(env.observationSpace());
    TaskContext empty = TaskContext.of(env.observationSpace());
    float[] out = new float[encoder.size()];
    FeedObservation observation = env.reset(3).observation();
    for (int t = 0; t < 10; t++) {
      encoder.encode(observation, out);
      Step<FeedObservation> step = env.step(myopicSlate(observation, env.actionSpace().k()));
      observation = step.done() ? env.reset().observation() : step.observation();
    }
    TaskContext context = TaskContext.of(env.observationSpace());
    context.restore(encoder.state());
    assertThat(context.vector()).isEqualTo(empty.vector());
  }

  /**
   * PPO values the next observation at each rollout's end without feeding it to the context twice: after
   * rollouts of 16 steps inside trials of up to 60 pages, the context saved with the agent is that of every
   * page acted on, in order, once.
   */
  @Test
  void rolloutEndsDoNotFeedThePageTwice() throws IOException {
    Feed env = cohorts();
    Ppo<FeedObservation, int[]> ppo = new Ppo<>(MetaPpo.defaults().withEnvs(1, 16),
        () -> ContextFeedEncoder.pages(env.observationSpace()), new SlateHead(env.actionSpace().k()), 2, 1_000);
    TaskContext expected = TaskContext.of(env.observationSpace());
    FeedObservation observation = env.reset(4).observation();
    for (int t = 0; t < 16 * 3; t++) {
      expected.observe(observation);
      int[] action = ppo.act(observation);
      Step<FeedObservation> step = env.step(action);
      ppo.observe(observation, action, step);
      observation = step.done() ? env.reset().observation() : step.observation();
    }
    assertThat(ppo.updates()).isPositive();
    ppo.save(files);
    ContextFeedEncoder saved = ContextFeedEncoder.pages(env.observationSpace());
    EncoderStates.load(files.resolve("encoders.properties"), List.of(saved),
        ContextFeedEncoder.pages(env.observationSpace()));
    assertThat(saved.state()).isEqualTo(expected.state());
  }

  /** A corrupt field of the encoder state file is an IOException naming the file and the field. */
  @Test
  void aCorruptEncoderStateNamesTheField() throws IOException {
    Feed env = cohorts();
    Agent<FeedObservation, int[]> agent = newAgent(env, 1);
    agent.save(files);
    Path file = files.resolve("encoders.properties");
    Files.writeString(file, Files.readString(file).replaceFirst("greedy=[^\\n]*", "greedy=1,x"));
    assertThatThrownBy(() -> newAgent(env, 1).load(files)).isInstanceOf(IOException.class)
        .hasMessageContaining("encoders.properties").hasMessageContaining("field greedy: value 1 is not a number");
    Files.writeString(file, Files.readString(file).replaceFirst("greedy=[^\\n]*", "greedy=1,2"));
    assertThatThrownBy(() -> newAgent(env, 1).load(files)).isInstanceOf(IOException.class)
        .hasMessageContaining("field greedy: task context state");
  }

  @Test
  void refusesEnvironmentsWithoutFeedPages() {
    assertThatThrownBy(() -> Agents.make("meta-ppo", new CartPole(), Map.of(), 1, 100))
        .hasMessageStartingWith("meta-ppo needs a feed observation");
  }

  /** The K available candidates of highest predicted CTR. */
  private static int[] myopicSlate(FeedObservation page, int k) {
    double[] scores = new double[page.numCandidates()];
    for (int c = 0; c < scores.length; c++) {
      scores[c] = page.feature(c, FeedObservation.PREDICTED_CTR);
    }
    return RankingWeights.topK(page, scores, k);
  }
}
