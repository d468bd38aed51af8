package io.feedgym.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import io.feedgym.policies.Agent;
import io.feedgym.policies.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link Agent} must have: actions inside the action space, seeded determinism, a
 * save/load round trip that reproduces the greedy policy, and one that lets training continue exactly
 * (what resumable runs need). An agent's test extends this class.
 */
public abstract class AgentContract<O, A> {

  /** A new environment the agent acts in. */
  protected abstract Environment<O, A> newEnvironment();

  /** A new agent for {@code env}, configured to start learning within {@link #steps()} steps. */
  protected abstract Agent<O, A> newAgent(Environment<O, A> env, long seed);

  /** How many steps each check runs. */
  protected int steps() {
    return 600;
  }

  @TempDir Path dir;

  /** Runs {@code agent} for {@link #steps()} steps; returns the actions taken and the update metrics. */
  private List<Object> run(Agent<O, A> agent, Environment<O, A> env) {
    List<Object> trace = new ArrayList<>();
    O observation = env.reset(11).observation();
    for (int t = 0; t < steps(); t++) {
      A action = agent.act(observation);
      assertThat(env.actionSpace().contains(action))
          .as("action %s at step %s is inside %s", action, t, env.actionSpace()).isTrue();
      Step<O> step = env.step(action);
      Map<String, Double> metrics = agent.observe(observation, action, step);
      trace.add(action);
      if (!metrics.isEmpty()) {
        trace.add(metrics);
      }
      observation = step.done() ? env.reset().observation() : step.observation();
    }
    return trace;
  }

  @Test
  void actsInsideTheActionSpace() {
    Environment<O, A> env = newEnvironment();
    run(newAgent(env, 1), env);
  }

  @Test
  void sameSeedGivesTheSameActionsAndUpdates() {
    Environment<O, A> env = newEnvironment();
    List<Object> first = run(newAgent(env, 5), env);
    List<Object> second = run(newAgent(env, 5), env);
    // As arrays, so that array actions (slates) are compared by content.
    assertThat(second.toArray()).isEqualTo(first.toArray());
    assertThat(first.stream().anyMatch(Map.class::isInstance)).as("the agent made updates").isTrue();
  }

  @Test
  void saveAndLoadReproduceTheGreedyPolicy() throws IOException {
    Environment<O, A> env = newEnvironment();
    Agent<O, A> trained = newAgent(env, 3);
    run(trained, env);
    trained.save(dir);
    Agent<O, A> restored = newAgent(env, 99);
    restored.load(dir);
    assertThat(greedyActions(restored.greedy(), env).toArray())
        .isEqualTo(greedyActions(trained.greedy(), env).toArray());
  }

  @Test
  void aLoadedAgentContinuesTrainingExactlyAsTheSavedOne() throws IOException {
    Environment<O, A> env = newEnvironment();
    Agent<O, A> original = newAgent(env, 8);
    O observation = env.reset(21).observation();
    for (int t = 0; t < steps(); t++) {
      A action = original.act(observation);
      Step<O> step = env.step(action);
      original.observe(observation, action, step);
      observation = step.done() ? env.reset().observation() : step.observation();
    }
    original.save(dir);
    Agent<O, A> resumed = newAgent(env, 1234);
    resumed.load(dir);
    List<Object> expected = new ArrayList<>();
    List<Object> actual = new ArrayList<>();
    for (int t = 0; t < steps(); t++) {
      A action = original.act(observation);
      expected.add(action);
      actual.add(resumed.act(observation));
      Step<O> step = env.step(action);
      Map<String, Double> metrics = original.observe(observation, action, step);
      expected.add(metrics);
      actual.add(resumed.observe(observation, action, step));
      observation = step.done() ? env.reset().observation() : step.observation();
    }
    assertThat(expected.stream().anyMatch(m -> m instanceof Map<?, ?> map && !map.isEmpty()))
        .as("the agent made updates after the save").isTrue();
    // Exploration, replay sampling and updates all continue where the saved agent was.
    assertThat(actual.toArray()).isEqualTo(expected.toArray());
  }

  @Test
  void corruptCheckpointFailsNamingTheFile() throws IOException {
    Environment<O, A> env = newEnvironment();
    Agent<O, A> agent = newAgent(env, 3);
    agent.save(dir);
    Path victim;
    try (Stream<Path> files = Files.list(dir)) {
      victim = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
    }
    Files.write(victim, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> newAgent(env, 3).load(dir))
        .isInstanceOf(IOException.class).hasMessageContaining(victim.getFileName().toString());
    assertThatThrownBy(() -> newAgent(env, 3).load(dir.resolve("missing")))
        .isInstanceOf(IOException.class).hasMessageContaining("missing");
  }

  private List<A> greedyActions(Policy<O, A> policy, Environment<O, A> env) {
    List<A> actions = new ArrayList<>();
    O observation = env.reset(77).observation();
    for (int t = 0; t < 200; t++) {
      A action = policy.act(observation);
      actions.add(action);
      Step<O> step = env.step(action);
      observation = step.done() ? env.reset().observation() : step.observation();
    }
    return actions;
  }
}
