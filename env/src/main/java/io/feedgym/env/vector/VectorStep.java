package io.feedgym.env.vector;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.feedgym.env.Step;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one {@link VectorEnv#step}: entry {@code i} of every component belongs to sub-env
 * {@code i}. The arrays are copied in and out, so the record is immutable; use the indexed accessors
 * ({@link #reward(int)}, ...) in loops.
 */
public record VectorStep<O>(
    ImmutableList<O> observations,
    double[] rewards,
    boolean[] terminated,
    boolean[] truncated,
    ImmutableList<ImmutableMap<String, Object>> infos) {

  public VectorStep {
    observations = ImmutableList.copyOf(observations);
    infos = ImmutableList.copyOf(infos);
    rewards = rewards.clone();
    terminated = terminated.clone();
    truncated = truncated.clone();
    int n = observations.size();
    if (rewards.length != n || terminated.length != n || truncated.length != n || infos.size() != n) {
      throw new IllegalArgumentException("every component must have one entry per sub-env (" + n + "), found "
          + rewards.length + " rewards, " + terminated.length + " terminated, " + truncated.length
          + " truncated and " + infos.size() + " infos");
    }
  }

  /** Gathers per-sub-env steps, in sub-env order. */
  public static <O> VectorStep<O> of(List<Step<O>> steps) {
    int n = steps.size();
    double[] rewards = new double[n];
    boolean[] terminated = new boolean[n];
    boolean[] truncated = new boolean[n];
    for (int i = 0; i < n; i++) {
      rewards[i] = steps.get(i).reward();
      terminated[i] = steps.get(i).terminated();
      truncated[i] = steps.get(i).truncated();
    }
    return new VectorStep<>(steps.stream().map(Step::observation).collect(ImmutableList.toImmutableList()),
        rewards, terminated, truncated, steps.stream().map(Step::info).collect(ImmutableList.toImmutableList()));
  }

  /** The number of sub-envs. */
  public int size() {
    return observations.size();
  }

  @Override
  public double[] rewards() {
    return rewards.clone();
  }

  @Override
  public boolean[] terminated() {
    return terminated.clone();
  }

  @Override
  public boolean[] truncated() {
    return truncated.clone();
  }

  public double reward(int i) {
    return rewards[i];
  }

  public boolean terminated(int i) {
    return terminated[i];
  }

  public boolean truncated(int i) {
    return truncated[i];
  }

  /** True when sub-env {@code i} finished in this step (it will be reset by the next step call). */
  public boolean done(int i) {
    return terminated[i] || truncated[i];
  }

  /** Equal when every component is equal, comparing the arrays by content. */
  @Override
  public boolean equals(Object o) {
    return o instanceof VectorStep<?> v && observations.equals(v.observations)
        && Arrays.equals(rewards, v.rewards) && Arrays.equals(terminated, v.terminated)
        && Arrays.equals(truncated, v.truncated) && infos.equals(v.infos);
  }

  @Override
  public int hashCode() {
    return Objects.hash(observations, Arrays.hashCode(rewards), Arrays.hashCode(terminated),
        Arrays.hashCode(truncated), infos);
  }

  @Override
  public String toString() {
    return "VectorStep[observations=" + observations + ", rewards=" + Arrays.toString(rewards)
        + ", terminated=" + Arrays.toString(terminated) + ", truncated=" + Arrays.toString(truncated)
        + ", infos=" + infos + "]";
  }
}
