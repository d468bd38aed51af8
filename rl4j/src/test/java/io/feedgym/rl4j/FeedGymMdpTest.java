package io.feedgym.rl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.spaces.Box;
import io.feedgym.env.wrappers.TimeLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.gym.StepReply;
import org.junit.jupiter.api.Test;

class FeedGymMdpTest {

  @Test
  void firstResetIsTheEnvironmentsSeededReset() {
    FeedGymMdp mdp = new FeedGymMdp(CartPole::new, 7);

    double[] observation = mdp.reset().toArray();

    assertThat(observation).containsExactly(new CartPole().reset(7).observation());
    assertThat(mdp.isDone()).isFalse();
    assertThat(mdp.lastStep()).isNull();
  }

  @Test
  void laterResetsContinueTheEnvironmentsRandomStream() {
    CartPole reference = new CartPole();
    reference.reset(7);
    FeedGymMdp mdp = new FeedGymMdp(CartPole::new, 7);
    mdp.reset();

    assertThat(mdp.reset().toArray()).containsExactly(reference.reset().observation());
  }

  @Test
  void stepMapsObservationRewardAndDoneAndPassesTheFeedGymStepAsInfo() {
    CartPole reference = new CartPole();
    reference.reset(7);
    Step<double[]> expected = reference.step(1);
    FeedGymMdp mdp = new FeedGymMdp(CartPole::new, 7);
    mdp.reset();

    StepReply<org.deeplearning4j.rl4j.space.Box> reply = mdp.step(1);

    assertThat(reply.getObservation().toArray()).containsExactly(expected.observation());
    assertThat(reply.getReward()).isEqualTo(1.0);
    assertThat(reply.isDone()).isFalse();
    assertThat(mdp.isDone()).isFalse();
    assertThat(reply.getInfo()).isSameAs(mdp.lastStep());
    assertThat(mdp.lastStep().observation()).containsExactly(expected.observation());
  }

  @Test
  void terminationIsDoneAndStepsAfterItAreRejected() {
    FeedGymMdp mdp = new FeedGymMdp(CartPole::new, 7);
    mdp.reset();
    StepReply<?> reply;
    int steps = 0;
    do {
      reply = mdp.step(1); // always pushing right topples the pole within a few dozen steps
      steps++;
    } while (!reply.isDone() && steps < 500);

    assertThat(reply.isDone()).isTrue();
    assertThat(mdp.isDone()).isTrue();
    assertThat(mdp.lastStep().terminated()).isTrue();
    assertThat(mdp.lastStep().truncated()).isFalse();
    assertThatThrownBy(() -> mdp.step(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call reset() first");
  }

  @Test
  void truncationIsAlsoDoneForRl4jButStaysVisibleInTheInfo() {
    FeedGymMdp mdp = new FeedGymMdp(() -> new TimeLimit<>(new CartPole(), 3), 7);
    mdp.reset();
    assertThat(mdp.step(0).isDone()).isFalse();
    assertThat(mdp.step(1).isDone()).isFalse();

    StepReply<?> third = mdp.step(0);

    assertThat(third.isDone()).isTrue();
    Step<?> step = (Step<?>) third.getInfo();
    assertThat(step.truncated()).isTrue();
    assertThat(step.terminated()).isFalse();
  }

  @Test
  void makeKeepsTheRegistrysTimeLimitAndOverrides() {
    FeedGymMdp mdp = FeedGymMdp.make("cartpole-v1", Map.of("max_episode_steps", "2"), 7);
    mdp.reset();
    mdp.step(0);

    assertThat(mdp.step(1).isDone()).isTrue();
    assertThat(mdp.lastStep().truncated()).isTrue();
  }

  @Test
  void spacesDescribeTheEnvironment() {
    CartPole cartPole = new CartPole();
    Box box = (Box) cartPole.observationSpace();
    FeedGymMdp mdp = new FeedGymMdp(CartPole::new, 7);

    assertThat(mdp.getObservationSpace().getShape()).containsExactly(4);
    assertThat(mdp.getObservationSpace().getLow().toDoubleVector()).containsExactly(box.low());
    assertThat(mdp.getObservationSpace().getHigh().toDoubleVector()).containsExactly(box.high());
    assertThat(mdp.getActionSpace().getSize()).isEqualTo(2);
    assertThat(mdp.getActionSpace().noOp()).isZero();
  }

  @Test
  void environmentsWithoutBoxObservationsOrDiscreteActionsAreRejected() {
    assertThatThrownBy(() -> FeedGymMdp.make("recsim-interest-evolution-v0", Map.of(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RL4J needs a Box observation space, found");
  }

  @Test
  void sameSeedGivesTheSameEpisodesAndRandomActions() {
    assertThat(rollout(new FeedGymMdp(CartPole::new, 11))).isEqualTo(rollout(new FeedGymMdp(CartPole::new, 11)));
    assertThat(rollout(new FeedGymMdp(CartPole::new, 11))).isNotEqualTo(rollout(new FeedGymMdp(CartPole::new, 12)));
  }

  @Test
  void newInstanceBuildsAFreshEnvironmentWithTheNextSeedOfTheStream() {
    FeedGymMdp mdp = new FeedGymMdp(CartPole::new, 11);
    FeedGymMdp first = mdp.newInstance();
    FeedGymMdp second = mdp.newInstance();

    assertThat(first.environment()).isNotSameAs(mdp.environment());
    assertThat(rollout(first)).isNotEqualTo(rollout(second));
    assertThat(rollout(new FeedGymMdp(CartPole::new, 11).newInstance())).isEqualTo(rollout(new FeedGymMdp(CartPole::new, 11).newInstance()));
  }

  /** Three episodes of RL4J-style random play: every observation value and action, in order. */
  private static List<Double> rollout(FeedGymMdp mdp) {
    List<Double> trace = new ArrayList<>();
    for (int episode = 0; episode < 3; episode++) {
      for (double v : mdp.reset().toArray()) {
        trace.add(v);
      }
      boolean done = false;
      while (!done) {
        int action = mdp.getActionSpace().randomAction();
        trace.add((double) action);
        StepReply<org.deeplearning4j.rl4j.space.Box> reply = mdp.step(action);
        for (double v : reply.getObservation().toArray()) {
          trace.add(v);
        }
        done = reply.isDone();
      }
    }
    return trace;
  }
}
