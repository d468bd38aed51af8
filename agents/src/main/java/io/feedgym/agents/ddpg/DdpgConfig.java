package io.feedgym.agents.ddpg;

import com.google.common.collect.ImmutableList;
import io.feedgym.agents.ReplaySchedule;
import io.feedgym.agents.nn.NetworkKind;
import io.feedgym.config.Checks;
import io.feedgym.policies.exploration.OrnsteinUhlenbeckNoise;
import java.util.List;
import java.util.Locale;

/**
 * Hyperparameters of {@link Ddpg}; names follow CleanRL's {@code ddpg_continuous_action.py} where it has
 * them. {@link #defaults()} is the one source of defaults for the API and the CLI.
 *
 * @param actorLearningRate Adam step size of the actor μ, in (0, 1]
 * @param criticLearningRate Adam step size of the critic Q, in (0, 1]
 * @param bufferSize replay capacity in transitions, positive
 * @param gamma discount factor, in [0, 1]
 * @param tau target-network update rate, θ′ ← τ θ + (1 − τ) θ′ after every update, in (0, 1]
 * @param batchSize minibatch size, positive, at most buffer_size
 * @param learningStarts env steps with uniformly random actions before the first update, >= batch_size
 * @param trainFrequency env steps between training phases, positive
 * @param gradientSteps updates (one critic and one actor step each, on a fresh minibatch) per training phase,
 *     positive; SB3's {@code gradient_steps}: with train_frequency they set the replay ratio gradient_steps /
 *     train_frequency updates per env step
 * @param actorHiddenSizes widths of the actor's hidden ReLU layers, each positive
 * @param criticHiddenSizes widths of the critic's hidden ReLU layers (per stream for the advantage form)
 * @param critic the critic's form
 * @param noise the exploration noise process
 * @param noiseSigma noise scale σ in the actor's [-1, 1] units, >= 0
 * @param ouTheta the Ornstein–Uhlenbeck mean-reversion rate θ, positive
 * @param ouDt the Ornstein–Uhlenbeck time step dt, positive, with ou_theta · ou_dt <= 1
 * @param actionL2 weight λ of the actor's action penalty λ · mean |μ(s)|² (OpenAI Baselines' HER
 *     {@code action_l2}), >= 0
 * @param bound how the actor's output is kept in the action box
 * @param network the critic's network: the MLP of {@code critic} or a block of module {@code networks} over the
 *     state and action fields (docs/networks.md), which needs {@code critic=plain}
 * @param initialAction the actor's starting action in [-1, 1]^F, its output layer's bias (open interval for
 *     {@code bound=tanh}); empty for the paper's zero bias. Set to a searched fixed vector it makes DDPG a
 *     residual learner on top of that vector (Silver et al. 2018, "Residual Policy Learning")
 * @param actorDelay updates during which only the critic learns (the actor and its target stay as built), >= 0:
 *     the critic burn-in of residual RL (Johannink et al. 2019), so that a good initial_action is not moved by an
 *     untrained critic's gradient
 * @param nSteps the critic's target spans n steps, y = Σ_{k<m} γ^k r_{t+k} + γ^m Q′(s_{t+m}, μ′(s_{t+m})), m = n
 *     except at an episode's end, >= 1: 1 is the paper's one-step target; n > 1 the n-step return of D4PG
 *     (Barth-Maron et al. 2018, Sec. 3), stored by the shared {@code NStepStorage}
 * @param twinCritics TD3's clipped double Q (Fujimoto et al. 2018, Sec. 4.1): two critics learn the same target
 *     y = r + γ^m min(Q′₁, Q′₂)(s′, ã), the actor follows Q₁; false is the paper's single critic
 * @param policyDelay TD3's delayed policy updates (Sec. 5.2): the actor and all target networks move every d-th
 *     update, the critics every update, >= 1 (1: DDPG)
 * @param targetNoise TD3's target policy smoothing (Sec. 5.3): ã = clip(μ′(s′) + clip(N(0, σ̃²), −c, c), −1, 1)
 *     with σ̃ = target_noise in the actor's [-1, 1] units, >= 0 (0: DDPG)
 * @param targetNoiseClip the clip c of that noise, >= 0
 */
public record DdpgConfig(
    double actorLearningRate,
    double criticLearningRate,
    int bufferSize,
    double gamma,
    double tau,
    int batchSize,
    int learningStarts,
    int trainFrequency,
    int gradientSteps,
    List<Integer> actorHiddenSizes,
    List<Integer> criticHiddenSizes,
    CriticForm critic,
    NoiseKind noise,
    double noiseSigma,
    double ouTheta,
    double ouDt,
    double actionL2,
    Bound bound,
    NetworkKind network,
    List<Double> initialAction,
    int actorDelay,
    int nSteps,
    boolean twinCritics,
    int policyDelay,
    double targetNoise,
    double targetNoiseClip) {

  /** How the critic computes Q(s, a). */
  public enum CriticForm {
    /** One MLP on the concatenated state and action (Lillicrap et al. 2016; CleanRL, Stable-Baselines3). */
    PLAIN,
    /** Q(s, a) = V(s) + A(s, a): a state stream and a state-action stream, summed (Meituan's feed RL). */
    ADVANTAGE
  }

  /** The exploration noise added to the actor's action. */
  public enum NoiseKind {
    /** Independent N(0, σ²) per step and coordinate. */
    GAUSSIAN,
    /** The paper's Ornstein–Uhlenbeck process, reset at every episode's start. */
    ORNSTEIN_UHLENBECK
  }

  /** How the actor's output is kept in the action box [-1, 1]^F. */
  public enum Bound {
    /** A tanh output layer (Lillicrap et al. 2016); it saturates, and its gradient vanishes, at the bounds. */
    TANH,
    /**
     * A linear output layer whose ∂Q/∂a is scaled down toward, and inverted beyond, the bounds
     * ({@link InvertingGradients}; Hausknecht and Stone 2016, Sec. 4.3.3).
     */
    INVERT_GRADIENTS
  }

  public DdpgConfig {
    inUnitInterval("actor_learning_rate", actorLearningRate);
    inUnitInterval("critic_learning_rate", criticLearningRate);
    Checks.atLeast("buffer_size", bufferSize, 1);
    Checks.inRange("gamma", gamma, 0, 1);
    inUnitInterval("tau", tau);
    Checks.atLeast("batch_size", batchSize, 1);
    ReplaySchedule.check(bufferSize, batchSize, learningStarts);
    Checks.atLeast("train_frequency", trainFrequency, 1);
    Checks.atLeast("gradient_steps", gradientSteps, 1);
    actorHiddenSizes = widths("actor_hidden_sizes", actorHiddenSizes);
    criticHiddenSizes = widths("critic_hidden_sizes", criticHiddenSizes);
    if (critic == null) {
      throw new IllegalArgumentException("critic must be one of plain, advantage");
    }
    if (noise == null) {
      throw new IllegalArgumentException("noise must be one of gaussian, ornstein_uhlenbeck");
    }
    OrnsteinUhlenbeckNoise.checkParameters(ouTheta, noiseSigma, ouDt);
    if (!(actionL2 >= 0 && Double.isFinite(actionL2))) {
      throw new IllegalArgumentException("action_l2 must be a finite number >= 0, found " + actionL2);
    }
    if (bound == null) {
      throw new IllegalArgumentException("bound must be one of tanh, invert_gradients");
    }
    if (network == null) {
      throw new IllegalArgumentException("network must be one of mlp, two_tower, wide_deep, fm, deepfm, dcn, afm");
    }
    if (network != NetworkKind.MLP && critic != CriticForm.PLAIN) {
      throw new IllegalArgumentException("network=" + network.id() + " replaces the critic's MLP and needs "
          + "critic=plain, found critic=" + critic.name().toLowerCase(Locale.ROOT));
    }
    initialAction = initialAction(initialAction, bound);
    Checks.atLeast("actor_delay", actorDelay, 0);
    Checks.atLeast("n_steps", nSteps, 1);
    Checks.atLeast("policy_delay", policyDelay, 1);
    Checks.nonNegative("target_noise", targetNoise);
    Checks.nonNegative("target_noise_clip", targetNoiseClip);
    if (learningStarts < batchSize + nSteps - 1) {
      throw new IllegalArgumentException("learning_starts must be at least batch_size + n_steps - 1 = "
          + (batchSize + nSteps - 1) + " (the last n_steps - 1 steps are not stored yet), found " + learningStarts);
    }
  }

  /**
   * Defaults for {@code feed-v0 --set action=weights}: the paper's learning rates (actor 1e-4, critic 1e-3) and
   * ReLU MLPs (smaller: 64, 64 instead of 400, 300); Stable-Baselines3's τ = 0.005 and 1,000 random warm-up
   * steps; Gaussian noise σ = 0.2, since the paper's OU process with dt = 0.01 is reset every ~13-page session
   * and never leaves the neighbourhood of 0; one update of batch 256 every 4 env steps (the same 64 replayed
   * samples per env step as batch 64 every step, at a third of the cost, DL4J's per-op overhead dominating);
   * no action penalty; a linear actor output with inverted gradients (no saturated corner, no collapse on seed 2)
   * and the advantage critic, 38.9–44.6 clicks on seeds 1–3 where the tanh actor with the plain critic got
   * 15.1–42.2 (docs/agents/ddpg.md, Tuning).
   */
  public static DdpgConfig defaults() {
    return new DdpgConfig(1e-4, 1e-3, 100_000, 0.99, 0.005, 256, 1_000, 4, 1, List.of(64, 64), List.of(64, 64),
        CriticForm.ADVANTAGE, NoiseKind.GAUSSIAN, 0.2, 0.15, 0.01, 0.0,
        Bound.INVERT_GRADIENTS, NetworkKind.MLP, List.of(), 0, 1, false, 1, 0.0, 0.5);
  }

  public DdpgConfig withSchedule(int learningStarts, int batchSize) {
    return new DdpgConfig(actorLearningRate, criticLearningRate, bufferSize, gamma, tau, batchSize, learningStarts,
        trainFrequency, gradientSteps, actorHiddenSizes, criticHiddenSizes, critic, noise, noiseSigma, ouTheta, ouDt, actionL2, bound, network, initialAction, actorDelay, nSteps, twinCritics, policyDelay, targetNoise, targetNoiseClip);
  }

  public DdpgConfig withCritic(CriticForm value) {
    return new DdpgConfig(actorLearningRate, criticLearningRate, bufferSize, gamma, tau, batchSize, learningStarts,
        trainFrequency, gradientSteps, actorHiddenSizes, criticHiddenSizes, value, noise, noiseSigma, ouTheta, ouDt, actionL2, bound, network, initialAction, actorDelay, nSteps, twinCritics, policyDelay, targetNoise, targetNoiseClip);
  }

  public DdpgConfig withNetwork(NetworkKind value) {
    return new DdpgConfig(actorLearningRate, criticLearningRate, bufferSize, gamma, tau, batchSize, learningStarts,
        trainFrequency, gradientSteps, actorHiddenSizes, criticHiddenSizes, critic, noise, noiseSigma, ouTheta, ouDt, actionL2,
        bound, value, initialAction, actorDelay, nSteps, twinCritics, policyDelay, targetNoise, targetNoiseClip);
  }

  public DdpgConfig withNoise(NoiseKind value) {
    return new DdpgConfig(actorLearningRate, criticLearningRate, bufferSize, gamma, tau, batchSize, learningStarts,
        trainFrequency, gradientSteps, actorHiddenSizes, criticHiddenSizes, critic, value, noiseSigma, ouTheta, ouDt, actionL2, bound, network, initialAction, actorDelay, nSteps, twinCritics, policyDelay, targetNoise, targetNoiseClip);
  }

  public DdpgConfig withBound(Bound value) {
    return new DdpgConfig(actorLearningRate, criticLearningRate, bufferSize, gamma, tau, batchSize, learningStarts,
        trainFrequency, gradientSteps, actorHiddenSizes, criticHiddenSizes, critic, noise, noiseSigma, ouTheta, ouDt, actionL2,
        value, network, initialAction, actorDelay, nSteps, twinCritics, policyDelay, targetNoise, targetNoiseClip);
  }

  private static void inUnitInterval(String name, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0.0, 1.0], found " + value);
    }
  }

  private static ImmutableList<Double> initialAction(List<Double> values, Bound bound) {
    if (values == null) {
      return ImmutableList.of();
    }
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      boolean inside = v != null && (bound == Bound.TANH ? v > -1 && v < 1 : v >= -1 && v <= 1);
      if (!inside) {
        throw new IllegalArgumentException("initial_action[" + i + "] must be in "
            + (bound == Bound.TANH ? "(-1, 1) with bound=tanh" : "[-1, 1]") + ", found " + v);
      }
    }
    return ImmutableList.copyOf(values);
  }

  private static ImmutableList<Integer> widths(String name, List<Integer> values) {
    if (values == null || values.isEmpty() || values.stream().anyMatch(h -> h == null || h <= 0)) {
      throw new IllegalArgumentException(name + " must be one or more positive widths, found " + values);
    }
    return ImmutableList.copyOf(values);
  }
}
