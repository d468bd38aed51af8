package io.feedgym.env.cartpole;

/**
 * Physical constants of {@link CartPole}; {@link #defaults()} are Gymnasium's CartPole-v1 values.
 *
 * @param gravity gravitational acceleration (m/s²), positive
 * @param cartMass mass of the cart (kg), positive
 * @param poleMass mass of the pole (kg), positive
 * @param halfLength half the pole's length (m), positive
 * @param forceMagnitude force applied by each action (N), positive
 * @param tau seconds between state updates, positive
 * @param thetaThresholdDegrees pole angle beyond which the episode terminates, in (0, 90]
 * @param xThreshold cart position beyond which the episode terminates, positive
 * @param maxEpisodeSteps the time limit added by the registry, positive
 */
public record CartPoleConfig(
    double gravity,
    double cartMass,
    double poleMass,
    double halfLength,
    double forceMagnitude,
    double tau,
    double thetaThresholdDegrees,
    double xThreshold,
    int maxEpisodeSteps) {

  public CartPoleConfig {
    positive("gravity", gravity);
    positive("cart_mass", cartMass);
    positive("pole_mass", poleMass);
    positive("half_length", halfLength);
    positive("force_magnitude", forceMagnitude);
    positive("tau", tau);
    positive("x_threshold", xThreshold);
    if (!(thetaThresholdDegrees > 0 && thetaThresholdDegrees <= 90)) {
      throw new IllegalArgumentException(
          "theta_threshold_degrees must be in (0, 90], found " + thetaThresholdDegrees);
    }
    if (maxEpisodeSteps <= 0) {
      throw new IllegalArgumentException("max_episode_steps must be positive, found " + maxEpisodeSteps);
    }
  }

  /** Gymnasium's CartPole-v1: g=9.8, cart 1.0 kg, pole 0.1 kg, half length 0.5, force 10, tau 0.02, ±12°, ±2.4, 500 steps. */
  public static CartPoleConfig defaults() {
    return new CartPoleConfig(9.8, 1.0, 0.1, 0.5, 10.0, 0.02, 12.0, 2.4, 500);
  }

  private static void positive(String name, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive finite number, found " + value);
    }
  }
}
