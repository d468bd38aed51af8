package io.feedgym.runner;

import io.feedgym.env.Step;
import io.feedgym.policies.Agent;
import io.feedgym.policies.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test agent that always explores with action 0 and acts greedily with action 1, records what it
 * observes, and reports {@code losses/td_loss = step / 2} every {@code metricsEvery} steps.
 */
final class ScriptedAgent implements Agent<Integer, Integer> {
  final List<Step<Integer>> observed = new ArrayList<>();
  private final TinyConfig config;
  private int saves;

  ScriptedAgent(int metricsEvery) {
    this.config = new TinyConfig(metricsEvery, 0.5, List.of(3, 4), TinyConfig.Mode.FAST);
  }

  @Override
  public Integer act(Integer observation) {
    return 0;
  }

  @Override
  public Policy<Integer, Integer> greedy() {
    return observation -> 1;
  }

  @Override
  public Map<String, Double> observe(Integer observation, Integer action, Step<Integer> step) {
    observed.add(step);
    int n = observed.size();
    return n % config.metricsEvery() == 0 ? Map.of("losses/td_loss", n / 2.0, "losses/q_values", 1.0) : Map.of();
  }

  @Override
  public TinyConfig config() {
    return config;
  }

  @Override
  public void save(Path dir) throws IOException {
    saves++;
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("scripted.txt"), observed.size() + " steps, save " + saves);
  }

  @Override
  public void load(Path dir) throws IOException {
    Files.readString(dir.resolve("scripted.txt"));
  }
}
