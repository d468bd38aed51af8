package io.feedgym.env.testing;

import io.feedgym.env.Environment;
import io.feedgym.env.MaskedObservation;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.spaces.Slate;
import io.feedgym.env.spaces.Space;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A recommender-shaped env with a changing candidate set: 8 candidates, slates of 2. {@code reset(seed)}
 * makes candidate {@code seed mod 8} unavailable; every shown candidate becomes unavailable; the
 * episode terminates when fewer than 2 remain. The reward counts shown candidates below 4 ("relevant").
 */
public final class MaskedSlateEnv implements Environment<MaskedSlateEnv.Page, int[]> {
  private static final int N = 8;
  private static final Slate ACTION_SPACE = new Slate(2, N);
  private static final PageSpace OBSERVATION_SPACE = new PageSpace();

  private boolean[] mask = new boolean[N];
  private int page;
  private int hidden;
  private boolean running;

  /** The observation: the page number and which candidates may still be shown. */
  public record Page(int page, boolean[] mask) implements MaskedObservation {
    public Page {
      mask = mask.clone();
    }
  }

  @Override
  public Space<Page> observationSpace() {
    return OBSERVATION_SPACE;
  }

  @Override
  public Space<int[]> actionSpace() {
    return ACTION_SPACE;
  }

  @Override
  public Reset<Page> reset(long seed) {
    hidden = (int) Math.floorMod(seed, (long) N);
    return reset();
  }

  @Override
  public Reset<Page> reset() {
    Arrays.fill(mask, true);
    mask[hidden] = false;
    page = 0;
    running = true;
    return Reset.of(new Page(page, mask));
  }

  @Override
  public Step<Page> step(int[] slate) {
    if (!running) {
      throw new IllegalStateException("MaskedSlateEnv: step() called without an episode running");
    }
    ACTION_SPACE.validate(slate, mask);
    int relevant = 0;
    for (int index : slate) {
      mask[index] = false;
      relevant += index < 4 ? 1 : 0;
    }
    page++;
    int available = 0;
    for (boolean m : mask) {
      available += m ? 1 : 0;
    }
    running = available >= ACTION_SPACE.k();
    return Step.of(new Page(page, mask), relevant, !running, false);
  }

  @Override
  public void close() {
    running = false;
  }

  @Override
  public String toString() {
    return "MaskedSlateEnv(" + ACTION_SPACE + ")";
  }

  /** Pages 0..4 with a mask over the 8 candidates. */
  private static final class PageSpace implements Space<Page> {
    @Override
    public boolean contains(Page value) {
      return value != null && value.page() >= 0 && value.page() <= N / 2 && value.mask().length == N;
    }

    @Override
    public Page sample(RandomGenerator random) {
      boolean[] mask = new boolean[N];
      for (int i = 0; i < N; i++) {
        mask[i] = random.nextBoolean();
      }
      return new Page(random.nextInt(N / 2 + 1), mask);
    }

    @Override
    public String describe(Page value) {
      return value == null ? "null" : "Page(page=" + value.page() + ", mask=" + Arrays.toString(value.mask()) + ")";
    }

    @Override
    public String toString() {
      return "Pages(n=" + N + ")";
    }
  }
}
