package io.feedgym.replay;

/** {@link ReplayBufferContract} for buffers of integers held by reference, which cannot be saved. */
public abstract class IntegerBufferContract extends ReplayBufferContract<Integer> {

  @Override
  protected Integer item(int id) {
    return id;
  }

  @Override
  protected int id(Integer item) {
    return item;
  }

  @Override
  protected boolean saves() {
    return false;
  }
}
