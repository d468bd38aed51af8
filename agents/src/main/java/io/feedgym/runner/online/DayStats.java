package io.feedgym.runner.online;

/**
 * One simulated day of the online stream: sessions served, CTR (clicks per shown item) and session return
 * (the protocol's reward summed over a session), each with its standard error across the day's sessions.
 *
 * @param day 0-based day
 * @param sessions sessions served
 * @param pages pages served
 * @param clicks clicks
 * @param ctr clicks / items shown
 * @param ctrStderr standard error of the CTR (ratio estimator across sessions)
 * @param sessionReturn mean session return
 * @param sessionReturnStderr standard error of the mean session return
 * @param explorerWinRate MINOR_MAJOR: the share of the day's DBGD comparisons the explorer won; NaN otherwise
 */
public record DayStats(int day, int sessions, long pages, long clicks, double ctr, double ctrStderr,
    double sessionReturn, double sessionReturnStderr, double explorerWinRate) {}
