package io.feedgym.env.wrappers;

import com.google.common.base.Ticker;
import com.google.common.collect.ImmutableList;
import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * Records the return, length and duration of every episode, Gymnasium's
 * {@code RecordEpisodeStatistics}: the final step (terminated or truncated) carries an
 * {@link EpisodeStatistics} under {@link #INFO_KEY}, and the last {@code bufferLength} episodes are kept
 * for {@link #recentEpisodes()}. Place it outside {@link TimeLimit} so truncated episodes are recorded
 * too. Not thread-safe.
 */
public final class RecordEpisodeStatistics<O, A> extends Wrapper<O, A> {
  /** The info key of the episode summary, as in Gymnasium. */
  public static final String INFO_KEY = "episode";
  /** The number of recent episodes kept by default, as in Gymnasium. */
  public static final int DEFAULT_BUFFER_LENGTH = 100;

  private final int bufferLength;
  private final Ticker ticker;
  private final ArrayDeque<EpisodeStatistics> recent = new ArrayDeque<>();
  private long episodeCount;
  private double episodeReturn;
  private int length;
  private long startNanos;

  /** Wraps {@code env}, keeping the last {@link #DEFAULT_BUFFER_LENGTH} episodes and timing with the system clock. */
  public RecordEpisodeStatistics(Environment<O, A> env) {
    this(env, DEFAULT_BUFFER_LENGTH, Ticker.systemTicker());
  }

  /** Wraps {@code env}, keeping the last {@code bufferLength} (positive) episodes and timing with {@code ticker}. */
  public RecordEpisodeStatistics(Environment<O, A> env, int bufferLength, Ticker ticker) {
    super(env);
    if (bufferLength <= 0) {
      throw new IllegalArgumentException("buffer_length must be positive, found " + bufferLength);
    }
    this.bufferLength = bufferLength;
    this.ticker = Objects.requireNonNull(ticker, "ticker");
  }

  public int bufferLength() {
    return bufferLength;
  }

  /** The last (at most {@code bufferLength}) finished episodes, oldest first. */
  public ImmutableList<EpisodeStatistics> recentEpisodes() {
    return ImmutableList.copyOf(recent);
  }

  /** The number of episodes finished since construction. */
  public long episodeCount() {
    return episodeCount;
  }

  @Override
  protected Reset<O> onReset(Reset<O> reset) {
    episodeReturn = 0;
    length = 0;
    startNanos = ticker.read();
    return reset;
  }

  @Override
  public Step<O> step(A action) {
    Step<O> step = env.step(action);
    episodeReturn += step.reward();
    length++;
    if (!step.done()) {
      return step;
    }
    var statistics = new EpisodeStatistics(episodeReturn, length, (ticker.read() - startNanos) / 1e9);
    if (recent.size() == bufferLength) {
      recent.removeFirst();
    }
    recent.addLast(statistics);
    episodeCount++;
    return step.withInfo(INFO_KEY, statistics);
  }
}
