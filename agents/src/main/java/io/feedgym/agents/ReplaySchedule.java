package io.feedgym.agents;

/** The checks every replay-based learner's configuration shares, with messages naming the keys. */
public final class ReplaySchedule {
  private ReplaySchedule() {}

  /** A minibatch must fit in the buffer, and learning must start once a minibatch can be drawn. */
  public static void check(int bufferSize, int batchSize, int learningStarts) {
    if (batchSize > bufferSize) {
      throw new IllegalArgumentException("batch_size must be at most buffer_size=" + bufferSize + " (a minibatch is "
          + "drawn from the replay buffer), found " + batchSize);
    }
    if (learningStarts < batchSize) {
      throw new IllegalArgumentException("learning_starts must be >= batch_size=" + batchSize + " (the first "
          + "minibatch needs that many transitions), found " + learningStarts);
    }
  }
}
