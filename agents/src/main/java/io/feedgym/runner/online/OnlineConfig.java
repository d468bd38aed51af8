package io.feedgym.runner.online;

import io.feedgym.config.Checks;
import io.feedgym.rewards.builtin.SurvivalActiveness;

/**
 * The online protocol's schedule and reward (docs/agents/dbgd.md); {@link #defaults()} is what
 * {@code feedgym online} runs.
 *
 * @param days simulated days of the stream, positive
 * @param sessionsPerDay users arriving per day, positive; session j of day d starts at world day d + j / sessions_per_day
 * @param pretrainPages pages of ordinary training (ε-greedy, updates every train_frequency) at world day 0
 *     before the stream, ≥ 0
 * @param majorEveryDays days between major updates, positive
 * @param majorSteps gradient steps of a major update, ≥ 0
 * @param memoryPages pages the replay memory holds, the most recent ones (the learner's buffer size), positive
 * @param activenessBeta β of DRN's reward click + β · activeness, counted on a session's last page when the
 *     user's return is known (feed-return-v0), ≥ 0
 * @param activeness DRN's survival model of user activeness
 */
public record OnlineConfig(int days, int sessionsPerDay, int pretrainPages, int majorEveryDays, int majorSteps,
    int memoryPages, double activenessBeta, SurvivalActiveness activeness) {

  public OnlineConfig {
    Checks.atLeast("days", days, 1);
    Checks.atLeast("sessions_per_day", sessionsPerDay, 1);
    Checks.atLeast("pretrain_pages", pretrainPages, 0);
    Checks.atLeast("major_every_days", majorEveryDays, 1);
    Checks.atLeast("major_steps", majorSteps, 0);
    Checks.atLeast("memory_pages", memoryPages, 1);
    Checks.nonNegative("activeness_beta", activenessBeta);
    if (activeness == null) {
      throw new IllegalArgumentException("activeness must be set");
    }
  }

  /**
   * 14 days of 300 sessions, 20,000 pretraining pages, a 1,000-step major update every day on a memory of the
   * last 8,000 pages (about a day and a half), DRN's β = 0.05.
   */
  public static OnlineConfig defaults() {
    return new OnlineConfig(14, 300, 20_000, 1, 1_000, 8_000, 0.05, SurvivalActiveness.defaults());
  }
}
