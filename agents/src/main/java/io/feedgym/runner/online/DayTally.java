package io.feedgym.runner.online;

import java.util.ArrayList;
import java.util.List;

/** Accumulates one day's sessions into a {@link DayStats}. Not thread-safe. */
final class DayTally {
  private final int day;
  private final List<double[]> sessions = new ArrayList<>();
  private double sessionReturn;
  private long sessionClicks;
  private long sessionShown;
  private long pages;
  private long comparisons;
  private long explorerWins;

  DayTally(int day) {
    this.day = day;
  }

  /** Adds one served page of {@code shown} items with {@code clicks} clicks and reward {@code reward}. */
  void page(int shown, int clicks, double reward) {
    pages++;
    sessionShown += shown;
    sessionClicks += clicks;
    sessionReturn += reward;
  }

  /** Adds the outcome of one DBGD comparison. */
  void comparison(boolean explorerWon) {
    comparisons++;
    explorerWins += explorerWon ? 1 : 0;
  }

  /** Closes the current session. */
  void endSession() {
    sessions.add(new double[] {sessionReturn, sessionClicks, sessionShown});
    sessionReturn = 0;
    sessionClicks = 0;
    sessionShown = 0;
  }

  DayStats stats() {
    int n = sessions.size();
    double returns = 0;
    double clicks = 0;
    double shown = 0;
    for (double[] s : sessions) {
      returns += s[0];
      clicks += s[1];
      shown += s[2];
    }
    double meanReturn = returns / n;
    double ctr = clicks / shown;
    double returnSquares = 0;
    double ratioSquares = 0;
    for (double[] s : sessions) {
      returnSquares += (s[0] - meanReturn) * (s[0] - meanReturn);
      ratioSquares += (s[1] - ctr * s[2]) * (s[1] - ctr * s[2]);
    }
    double returnStderr = n > 1 ? Math.sqrt(returnSquares / (n - 1) / n) : Double.NaN;
    // Ratio estimator: se(Σc / Σn) = sqrt(Σ(c_i − r n_i)² / (m (m − 1))) / mean(n).
    double ctrStderr = n > 1 ? Math.sqrt(ratioSquares / (n * (double) (n - 1))) / (shown / n) : Double.NaN;
    return new DayStats(day, n, pages, Math.round(clicks), ctr, ctrStderr, meanReturn, returnStderr,
        comparisons == 0 ? Double.NaN : explorerWins / (double) comparisons);
  }
}
