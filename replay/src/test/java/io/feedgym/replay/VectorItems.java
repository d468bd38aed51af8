package io.feedgym.replay;

/**
 * Test items for vector storages: transition {@code id} goes from state (id, −id, id/2, 1) to the next
 * id's state with action id mod 2 and reward id, so consecutive ids form an episode; the id is read back
 * from the reward.
 */
public final class VectorItems {
  public static final int DIM = 4;
  public static final int ACTIONS = 2;

  private VectorItems() {}

  public static double[] state(int id) {
    return new double[] {id, -id, id / 2.0, 1};
  }

  /** Transition {@code id}, ending its episode as given. */
  public static Transition<double[], Integer> transition(int id, boolean terminated, boolean truncated) {
    return new Transition<>(state(id), id % ACTIONS, id, state(id + 1), terminated, truncated);
  }

  public static int id(Transition<double[], Integer> t) {
    return (int) t.reward();
  }
}
