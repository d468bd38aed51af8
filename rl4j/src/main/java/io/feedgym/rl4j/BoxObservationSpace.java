package io.feedgym.rl4j;

import io.feedgym.env.spaces.Box;
import java.util.Objects;
import org.deeplearning4j.rl4j.space.ObservationSpace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A FeedGym {@link Box} as an RL4J observation space: the box's shape, and its bounds (infinite ones
 * included) as flat double arrays. The bounds are copied on every call, so callers may modify them.
 */
final class BoxObservationSpace implements ObservationSpace<org.deeplearning4j.rl4j.space.Box> {
  private final Box box;
  private final String name;

  BoxObservationSpace(Box box, String name) {
    this.box = Objects.requireNonNull(box, "box");
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public int[] getShape() {
    return box.shape();
  }

  @Override
  public INDArray getLow() {
    return Nd4j.create(box.low());
  }

  @Override
  public INDArray getHigh() {
    return Nd4j.create(box.high());
  }

  @Override
  public String toString() {
    return "BoxObservationSpace(" + box + ")";
  }
}
