package io.feedgym.env.wrappers;

import io.feedgym.env.Environment;
import io.feedgym.env.Step;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * Applies a function to every reward, Gymnasium's {@code TransformReward} (scaling, clipping, shaping).
 * A non-finite transformed reward is an {@link IllegalStateException} naming the original reward,
 * never silently passed on. Not thread-safe.
 */
public final class TransformReward<O, A> extends Wrapper<O, A> {
  private final DoubleUnaryOperator transform;

  /** Wraps {@code env}, replacing each reward {@code r} by {@code transform.applyAsDouble(r)}. */
  public TransformReward(Environment<O, A> env, DoubleUnaryOperator transform) {
    super(env);
    this.transform = Objects.requireNonNull(transform, "transform");
  }

  @Override
  public Step<O> step(A action) {
    Step<O> step = env.step(action);
    double reward = transform.applyAsDouble(step.reward());
    if (!Double.isFinite(reward)) {
      throw new IllegalStateException(
          "TransformReward: transform of reward " + step.reward() + " gave " + reward + "; rewards must be finite");
    }
    return step.withReward(reward);
  }
}
