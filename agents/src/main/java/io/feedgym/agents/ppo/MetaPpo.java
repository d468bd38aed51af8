package io.feedgym.agents.ppo;

import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Box;
import io.feedgym.env.spaces.Slate;
import io.feedgym.policies.Agent;
import java.util.Map;

/**
 * The meta-policy across user cohorts ({@code meta-ppo}): {@link Ppo} whose feed-forward actor and critic read
 * the page and the trial's task context ({@link ContextFeedEncoder}), trained across the training cohorts of
 * {@code feed-cohorts-v0}. It adapts to a new cohort with zero gradient steps: the adaptation is the context,
 * filled online by the trial's pages, which the greedy policy rebuilds from its observations.
 *
 * <p>Why this form. RL² (Duan et al. 2016, "RL²: Fast Reinforcement Learning via Slow Reinforcement Learning")
 * learns the task inference in a recurrent policy; PEARL (Rakelly et al. 2019, "Efficient Off-Policy
 * Meta-Reinforcement Learning via Probabilistic Context Variables") infers it with a permutation-invariant
 * context encoder over the task's transitions and conditions a feed-forward policy on it. Here the context is
 * PEARL's structure computed in closed form ({@code TaskContext}: under the feed's click model the clicked
 * items' mean embedding minus the candidates' is an estimate of the cohort's preference direction) and it
 * persists across the trial's sessions like RL²'s hidden state. PPO thus stays the plain feed-forward agent
 * plus the context inputs: no back-propagation through time, the same stable updates and cost on two cores,
 * and the exact checkpoints of {@link Ppo} (the contexts are saved with it).
 */
public final class MetaPpo {
  private MetaPpo() {}

  /**
   * meta-ppo's defaults: CleanRL's PPO settings ({@link PpoConfig#cleanRl()}: 4 environments × 128 steps, 4
   * minibatches, 4 epochs, γ = 0.99, λ = 0.95, entropy 0.01, 64-64 tanh) with learning rate 1e-3 (annealed)
   * instead of 2.5e-4: of the two, it gave the higher held-out return in 50k pages (docs/agents/meta-ppo.md).
   */
  public static PpoConfig defaults() {
    return ConfigBinder.bind(PpoConfig.cleanRl(), Map.of("learning_rate", "1e-3"));
  }

  /**
   * The registry factory: a Plackett–Luce slate policy for a feed's {@link Slate} action, a Gaussian for its
   * ranking weights; any other environment is an error, since the context is built from feed pages.
   */
  public static Agent<?, ?> create(Environment<?, ?> env, PpoConfig config, long seed, long totalSteps) {
    var observations = env.observationSpace();
    var actions = env.actionSpace();
    if (observations instanceof FeedObservationSpace space) {
      if (actions instanceof Slate slate && slate.n() == space.numCandidates()) {
        return new Ppo<>(config, () -> ContextFeedEncoder.pages(space), new SlateHead(slate.k()), seed, totalSteps);
      }
      if (actions instanceof Box box && box.shape().length == 1) {
        return new Ppo<>(config, () -> ContextFeedEncoder.state(space), new GaussianHead(box), seed, totalSteps);
      }
    }
    throw new IllegalArgumentException("meta-ppo needs a feed observation (its task context is built from the "
        + "pages' feedback, as in feed-cohorts-v0) with slate or ranking-weight actions, found observation space "
        + observations + " and action space " + actions);
  }
}
