package io.feedgym.agents.ddpg;

/**
 * Inverting gradients for a bounded action with a linear actor output (Hausknecht and Stone 2016, "Deep
 * Reinforcement Learning in Parameterized Action Space", ICLR, Sec. 4.3.3): each component ∇_p of the
 * critic's ascent gradient with respect to an action parameter p ∈ [p_min, p_max] becomes
 * <pre>
 *   ∇_p ← ∇_p · (p_max − p) / (p_max − p_min)   if ∇_p suggests increasing p (∇_p &gt; 0),
 *   ∇_p ← ∇_p · (p − p_min) / (p_max − p_min)   otherwise.
 * </pre>
 * The step shrinks as p approaches the bound it is heading for, and inverts (pushes p back) once p has
 * passed it, whereas a squashing tanh output saturates and stops the actor in a corner. Here every parameter
 * lives in the actor's unit box, p_min = −1, p_max = 1.
 */
final class InvertingGradients {
  static final float P_MIN = -1;
  static final float P_MAX = 1;

  private InvertingGradients() {}

  /** Scales {@code gradient} (∂J/∂p, for ascent) in place by the factors above at the actor outputs {@code p}. */
  static void apply(float[] gradient, float[] p) {
    if (gradient.length != p.length) {
      throw new IllegalArgumentException("gradient has " + gradient.length + " entries, p has " + p.length);
    }
    float range = P_MAX - P_MIN;
    for (int i = 0; i < gradient.length; i++) {
      gradient[i] *= gradient[i] > 0 ? (P_MAX - p[i]) / range : (p[i] - P_MIN) / range;
    }
  }
}
