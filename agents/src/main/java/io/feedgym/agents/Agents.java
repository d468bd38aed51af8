package io.feedgym.agents;

import io.feedgym.agents.ddpg.Ddpg;
import io.feedgym.agents.ddpg.DdpgConfig;
import io.feedgym.agents.dqn.DoubleDqn;
import io.feedgym.agents.dqn.Dqn;
import io.feedgym.agents.dqn.DqnConfig;
import io.feedgym.agents.dqn.DuelingDqn;
import io.feedgym.agents.offline.BehaviourCloning;
import io.feedgym.agents.offline.ConservativeSlateQ;
import io.feedgym.agents.offline.DiscreteBcq;
import io.feedgym.agents.offline.FittedSlateQ;
import io.feedgym.agents.offline.OfflineConfig;
import io.feedgym.agents.ppo.MetaPpo;
import io.feedgym.agents.ppo.Ppo;
import io.feedgym.agents.ppo.PpoConfig;
import io.feedgym.agents.slateq.SlateQ;
import io.feedgym.agents.slateq.SlateQConfig;
import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Environment;
import io.feedgym.policies.Agent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The agent registry: look agents up by CLI id with snake_case config overrides. Thread-safe. */
public final class Agents {
  private static final Map<String, AgentSpec<?>> SPECS = new ConcurrentSkipListMap<>();

  static {
    register(new AgentSpec<>("dqn",
        "Deep Q-Network (Mnih et al. 2015): target network, replay, epsilon-greedy; discrete actions",
        DqnConfig.defaults(), (env, c, seed, steps) -> Dqn.create("dqn", Dqn::new, env, c, seed, steps)));
    // Double DQN's less optimistic targets learn CartPole more slowly; with ε decaying over 10% of the run
    // instead of 20% it solves all three seeds (docs/agents/dqn.md, Variants). The rest are DQN's defaults.
    register(new AgentSpec<>("double-dqn",
        "Double DQN (van Hasselt et al. 2016): the online network picks the next action, the target network values it",
        DqnConfig.defaults().withExplorationFraction(0.1),
        (env, c, seed, steps) -> Dqn.create("double-dqn", DoubleDqn::new, env, c, seed, steps)));
    register(new AgentSpec<>("dueling-dqn",
        "Dueling DQN (Wang et al. 2016): shared layers split into value and advantage streams, Q = V + A - mean A",
        DqnConfig.defaults(), (env, c, seed, steps) -> Dqn.create("dueling-dqn", DuelingDqn::new, env, c, seed, steps)));
    register(new AgentSpec<>("slateq",
        "SlateQ (Ie et al. 2019) with DRN's two-tower item network: slate value = choice-weighted item values; feed slates",
        SlateQConfig.defaults(), SlateQ::create));
    register(new AgentSpec<>("ddpg",
        "DDPG (Lillicrap et al. 2016): deterministic actor kept in the box by inverting gradients (Hausknecht and "
            + "Stone 2016) or tanh, critic Q(s, a) (V + A or plain), soft targets; Box actions such as feed-v0's "
            + "ranking weights",
        DdpgConfig.defaults(), Ddpg::create));
    register(new AgentSpec<>("ppo",
        "PPO (Schulman et al. 2017): clipped surrogate, GAE; categorical, Gaussian or Plackett-Luce slate policies",
        PpoConfig.defaults(), Ppo::create));
    register(new AgentSpec<>("meta-ppo",
        "Meta-PPO across user cohorts: PPO conditioned on a closed-form task context (PEARL, Rakelly et al. 2019; "
            + "RL², Duan et al. 2016), zero gradient steps on a new cohort; feed-cohorts-v0",
        MetaPpo.defaults(), MetaPpo::create));
    // Offline agents learn from logs ('feedgym offline'); registered so that 'feedgym eval --checkpoint' rebuilds them.
    register(new AgentSpec<>("offline-bc",
        "offline: behaviour cloning of logged slates (Plackett-Luce likelihood over the candidates); feed slates",
        OfflineConfig.defaults(), (env, c, seed, steps) -> BehaviourCloning.create(env, c, seed)));
    register(new AgentSpec<>("offline-dqn",
        "offline: fitted Q on logged pages with SlateQ's item-wise values and Q-learning targets; feed slates",
        OfflineConfig.defaults(), (env, c, seed, steps) -> FittedSlateQ.create(env, c, seed)));
    register(new AgentSpec<>("offline-bcq",
        "offline: discrete BCQ (Fujimoto et al. 2019), SlateQ values over the items a cloned logging policy "
            + "would likely show; feed slates",
        OfflineConfig.defaults(), (env, c, seed, steps) -> DiscreteBcq.create(env, c, seed)));
    register(new AgentSpec<>("offline-cql",
        "offline: CQL(H) (Kumar et al. 2020), SlateQ values with the log-sum-exp conservative penalty; feed slates",
        OfflineConfig.defaults(), (env, c, seed, steps) -> ConservativeSlateQ.create(env, c, seed)));
  }

  private Agents() {}

  /** Adds a specification; an id registered twice is an error. */
  public static void register(AgentSpec<?> spec) {
    if (SPECS.putIfAbsent(spec.id(), spec) != null) {
      throw new IllegalArgumentException("agent '" + spec.id() + "' is already registered");
    }
  }

  /** All registered specifications, sorted by id. */
  public static List<AgentSpec<?>> specs() {
    return List.copyOf(SPECS.values());
  }

  /** The specification registered under {@code id}; unknown ids fail with the list of valid ones. */
  public static AgentSpec<?> spec(String id) {
    return Optional.ofNullable(SPECS.get(id)).orElseThrow(() -> new IllegalArgumentException(
        "unknown agent '" + id + "'; registered: " + String.join(", ", SPECS.keySet())));
  }

  /** The configuration record agent {@code id} would be built with. */
  public static Record config(String id, Map<String, String> overrides) {
    return ConfigBinder.bind(spec(id).defaults(), overrides);
  }

  /** Assembles agent {@code id} for {@code env} with snake_case config overrides, a seed and the planned training steps. */
  public static Agent<?, ?> make(
      String id, Environment<?, ?> env, Map<String, String> overrides, long seed, long totalSteps) {
    return build(spec(id), env, overrides, seed, totalSteps);
  }

  private static <C extends Record> Agent<?, ?> build(
      AgentSpec<C> spec, Environment<?, ?> env, Map<String, String> overrides, long seed, long totalSteps) {
    return spec.create(env, ConfigBinder.bind(spec.defaults(), overrides), seed, totalSteps);
  }
}
