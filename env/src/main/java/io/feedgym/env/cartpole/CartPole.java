package io.feedgym.env.cartpole;

import io.feedgym.env.Reset;
import io.feedgym.env.SeededEnvironment;
import io.feedgym.env.Step;
import io.feedgym.env.spaces.Box;
import io.feedgym.env.spaces.Discrete;
import io.feedgym.env.spaces.Space;

/**
 * The classic cart-pole balancing task with Gymnasium's CartPole-v1 dynamics (Barto, Sutton and
 * Anderson 1983; equations of Florian 2007 as coded in Gymnasium's {@code cartpole.py}) and Euler
 * integration. Observation: cart position, cart velocity, pole angle, pole angular velocity. Actions:
 * 0 pushes left, 1 pushes right. Reward 1 for every step, including the terminating one. The env
 * itself never truncates; the registry wraps it in a {@code TimeLimit} of 500 steps.
 */
public final class CartPole extends SeededEnvironment<double[], Integer> {

  private final CartPoleConfig config;
  private final double totalMass;
  private final double poleMassLength;
  private final double thetaThreshold;
  private final Box observationSpace;
  private final Discrete actionSpace = new Discrete(2);

  private double x;
  private double xDot;
  private double theta;
  private double thetaDot;
  private boolean running;

  public CartPole(CartPoleConfig config) {
    this.config = config;
    this.totalMass = config.cartMass() + config.poleMass();
    this.poleMassLength = config.poleMass() * config.halfLength();
    this.thetaThreshold = config.thetaThresholdDegrees() * 2 * Math.PI / 360;
    double big = Float.MAX_VALUE;
    double[] high = {config.xThreshold() * 2, big, thetaThreshold * 2, big};
    double[] low = {-high[0], -big, -high[2], -big};
    this.observationSpace = new Box(low, high);
  }

  public CartPole() {
    this(CartPoleConfig.defaults());
  }

  public CartPoleConfig config() {
    return config;
  }

  @Override
  public Space<double[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<Integer> actionSpace() {
    return actionSpace;
  }

  @Override
  public Reset<double[]> reset() {
    x = uniform();
    xDot = uniform();
    theta = uniform();
    thetaDot = uniform();
    running = true;
    return Reset.of(state());
  }

  private double uniform() {
    return -0.05 + 0.1 * random().nextDouble();
  }

  @Override
  public Step<double[]> step(Integer action) {
    if (!running) {
      throw new IllegalStateException("CartPole: step() called without an episode running; call reset() first");
    }
    if (!actionSpace.contains(action)) {
      throw new IllegalArgumentException("CartPole: action " + action + " is not in " + actionSpace);
    }
    double force = action == 1 ? config.forceMagnitude() : -config.forceMagnitude();
    double cosTheta = Math.cos(theta);
    double sinTheta = Math.sin(theta);
    double temp = (force + poleMassLength * thetaDot * thetaDot * sinTheta) / totalMass;
    double thetaAcc = (config.gravity() * sinTheta - cosTheta * temp)
        / (config.halfLength() * (4.0 / 3.0 - config.poleMass() * cosTheta * cosTheta / totalMass));
    double xAcc = temp - poleMassLength * thetaAcc * cosTheta / totalMass;
    double tau = config.tau();
    x += tau * xDot;
    xDot += tau * xAcc;
    theta += tau * thetaDot;
    thetaDot += tau * thetaAcc;
    boolean terminated = x < -config.xThreshold() || x > config.xThreshold()
        || theta < -thetaThreshold || theta > thetaThreshold;
    running = !terminated;
    return Step.of(state(), 1.0, terminated, false);
  }

  private double[] state() {
    return new double[] {x, xDot, theta, thetaDot};
  }

  @Override
  public void close() {
    running = false;
  }

  @Override
  public String toString() {
    return "CartPole(" + config + ")";
  }
}
