package io.feedgym.cli;

import io.feedgym.env.Environment;
import io.feedgym.env.registry.Envs;
import io.feedgym.rewards.registry.RewardSelection;
import io.feedgym.rewards.wrappers.ComputeReward;
import java.util.Map;
import java.util.Optional;

/** Builds the registered environments the commands run on, rewarded by the selected reward when there is one. */
final class RewardedEnv {
  private RewardedEnv() {}

  /** Environment {@code id} with {@code overrides}, wrapped in {@link ComputeReward} when {@code reward} is present. */
  static Environment<?, ?> make(String id, Map<String, String> overrides, Optional<RewardSelection> reward) {
    return wrap(Envs.make(id, overrides), reward);
  }

  private static <O, A> Environment<O, A> wrap(Environment<O, A> env, Optional<RewardSelection> reward) {
    return reward.<Environment<O, A>>map(r -> new ComputeReward<>(env, r.reward())).orElse(env);
  }
}
