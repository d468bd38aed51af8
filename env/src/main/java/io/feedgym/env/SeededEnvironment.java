package io.feedgym.env;

import io.feedgym.random.SplitMix;
import java.util.Optional;

/**
 * An environment whose randomness is one {@link SplitMix} stream: {@link #reset(long)} re-seeds it and
 * resets, {@link #reset()} continues it (from seed 0 before any seeded reset), and its position can be
 * saved and restored for resumable runs. Subclasses draw from {@link #random()} and implement
 * {@link #reset()}.
 */
public abstract class SeededEnvironment<O, A> implements Environment<O, A> {
  private SplitMix random = new SplitMix(0L);

  /** The environment's random stream; draw from it, do not keep it across resets. */
  protected final SplitMix random() {
    return random;
  }

  @Override
  public final Reset<O> reset(long seed) {
    random = new SplitMix(seed);
    return reset();
  }

  @Override
  public final Optional<SplitMix.State> randomState() {
    return Optional.of(random.state());
  }

  @Override
  public final void restoreRandomState(SplitMix.State state) {
    random = SplitMix.restore(state);
  }
}
