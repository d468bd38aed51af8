package io.feedgym.replay;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.replay.file.ReplayReader;
import io.feedgym.replay.file.ReplayWriter;
import java.io.IOException;
import java.util.function.IntFunction;

/**
 * Turns one-step transitions, added in episode order, into n-step transitions (Sutton and Barto 2018,
 * §7.1; Rainbow, Hessel et al. 2018): from step t it stores s_t, a_t, R = Σ_{k<m} γ^k r_{t+k},
 * s_{t+m} and steps = m, so the agent bootstraps with γ^m. Normally m = n; the sum stops early at a
 * terminated step (no bootstrap) or a truncated step (bootstrap from that step's next observation), and
 * at an episode's end the windows still pending, t = T−n+2 … T, are flushed with m = T−t+1. Its size
 * counts stored n-step transitions, not pending steps. Not thread-safe.
 */
public final class NStepStorage<O, A> implements ReplayStorage<Transition<O, A>> {
  private final NStepConfig config;
  private final ReplayStorage<Transition<O, A>> inner;
  private final ReplayStorage<Transition<O, A>> window;
  private int pending;

  /**
   * A storage of {@code capacity} n-step transitions; {@code storages} builds the inner storage of that
   * capacity and the window of the last n one-step transitions (capacity n).
   */
  public NStepStorage(NStepConfig config, int capacity, IntFunction<? extends ReplayStorage<Transition<O, A>>> storages) {
    ReplayStorage.checkCapacity(capacity);
    this.config = config;
    this.inner = storages.apply(capacity);
    this.window = storages.apply(config.n());
  }

  /** Adds one environment step; stores the n-step transition that starts n−1 steps earlier, or flushes at an episode end. */
  @Override
  public void add(Transition<O, A> step) {
    if (step == null) {
      throw new IllegalArgumentException("replay item must not be null");
    }
    if (step.steps() != 1) {
      throw new IllegalArgumentException("n-step storage takes one-step transitions, found steps=" + step.steps());
    }
    window.add(step);
    pending++;
    if (step.done()) {
      while (pending > 0) {
        storeOldestPending();
      }
    } else if (pending == config.n()) {
      storeOldestPending();
    }
  }

  private void storeOldestPending() {
    long first = window.added() - pending;
    Transition<O, A> start = window.get(slot(first));
    Transition<O, A> last = start;
    double reward = 0;
    double discount = 1;
    for (int k = 0; k < pending; k++) {
      last = window.get(slot(first + k));
      reward += discount * last.reward();
      discount *= config.gamma();
    }
    inner.add(new Transition<>(start.observation(), start.action(), reward, last.nextObservation(),
        last.terminated(), last.truncated(), pending));
    pending--;
  }

  private int slot(long k) {
    return (int) (k % window.capacity());
  }

  @Override
  public Transition<O, A> get(int slot) {
    return inner.get(slot);
  }

  @Override
  public long added() {
    return inner.added();
  }

  @Override
  public int capacity() {
    return inner.capacity();
  }

  /** Number of steps of the current episode not yet stored in an n-step transition. */
  public int pending() {
    return pending;
  }

  @Override
  public String kind() {
    return "nstep/" + inner.kind();
  }

  @Override
  public ImmutableIntArray shape() {
    return inner.shape();
  }

  /** Writes n and γ, the stored transitions, the window of recent steps and how many of them are pending. */
  @Override
  public void write(ReplayWriter out) throws IOException {
    out.writeInt(config.n());
    out.writeDouble(config.gamma());
    inner.write(out);
    window.write(out);
    out.writeInt(pending);
  }

  @Override
  public void read(ReplayReader in) throws IOException {
    int n = in.readInt("n_step", 1, Integer.MAX_VALUE);
    double gamma = in.readDouble();
    if (n != config.n() || gamma != config.gamma()) {
      throw in.corrupt("n-step settings mismatch: the file has n_step=" + n + ", gamma=" + gamma
          + ", this buffer n_step=" + config.n() + ", gamma=" + config.gamma());
    }
    inner.read(in);
    window.read(in);
    pending = in.readInt("pending", 0, window.size());
  }
}
