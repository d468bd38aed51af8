package io.feedgym.env.wrappers;

import com.google.common.base.Ticker;

/** A ticker the test moves by hand. */
final class ManualTicker extends Ticker {
  private long nanos;

  void setSeconds(double seconds) {
    nanos = Math.round(seconds * 1e9);
  }

  @Override
  public long read() {
    return nanos;
  }
}
