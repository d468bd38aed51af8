package io.feedgym.replay;

/** {@link ReplayBufferContract} for buffers of vector transitions, read back by {@link VectorItems#id}. */
public abstract class VectorBufferContract extends ReplayBufferContract<Transition<double[], Integer>> {

  /** A {@link VectorStorage} of {@code capacity} transitions of {@link VectorItems}. */
  protected static VectorStorage vectors(int capacity) {
    return new VectorStorage(capacity, VectorItems.DIM, VectorItems.ACTIONS);
  }

  @Override
  protected int id(Transition<double[], Integer> item) {
    return VectorItems.id(item);
  }
}
