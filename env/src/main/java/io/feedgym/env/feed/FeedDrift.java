package io.feedgym.env.feed;

import com.google.common.collect.ImmutableList;
import io.feedgym.config.Checks;
import io.feedgym.config.ConfigBinder;
import java.util.List;
import java.util.Locale;

/**
 * The non-stationary scenario of {@code feed-v0} and {@code feed-return-v0} (the {@code drift.*} keys of
 * {@link FeedConfig}): cohort tastes rotate slowly and jump on shift days, and new items are released
 * over the days; what it changes is a function of the catalog seed, these values and
 * {@link Feed#setWorldDay the world day}. The equations are in docs/envs/feed.md, "Drift".
 *
 * @param gradualSpeed degrees per day by which each cohort prototype turns on a great circle, ≥ 0
 * @param shiftDays days on which each cohort prototype jumps, ascending, each ≥ 0
 * @param shiftAngle the angle of a jump in degrees (above 90 the old favourites become disliked), in [0, 180]
 * @param shiftPriceLogStd std of the log-normal factor on each cohort's price sensitivity at a shift, ≥ 0
 * @param releaseRate items released per day as a fraction of num_items, ≥ 0
 * @param releaseDays days over which the unreleased items come out: round(release_rate · release_days ·
 *     num_items) items are unreleased at day 0, ≥ 0 with release_rate · release_days ≤ 1
 * @param popularityRampDays days τ of the observed popularity's rise after release, pop · (1 − e^(−age/τ));
 *     0: no cold start, ≥ 0
 * @param profileStaleness weight s of the user's day-0 taste (1 − s: today's) in the observed user
 *     features, in [0, 1]
 */
public record FeedDrift(
    double gradualSpeed,
    List<Double> shiftDays,
    double shiftAngle,
    double shiftPriceLogStd,
    double releaseRate,
    double releaseDays,
    double popularityRampDays,
    double profileStaleness) {

  /** The preset names of {@link #preset(String)}. */
  public static final List<String> PRESETS = List.of("none", "gradual", "shift", "new-items", "drift");

  public FeedDrift {
    Checks.nonNegative("drift.gradual_speed", gradualSpeed);
    if (shiftDays == null) {
      throw new IllegalArgumentException("drift.shift_days must be a list (empty for no shift), found null");
    }
    shiftDays = ImmutableList.copyOf(shiftDays);
    for (int k = 0; k < shiftDays.size(); k++) {
      Checks.nonNegative("drift.shift_days[" + k + "]", shiftDays.get(k));
      if (k > 0 && !(shiftDays.get(k) > shiftDays.get(k - 1))) {
        throw new IllegalArgumentException("drift.shift_days must be strictly ascending, found " + shiftDays);
      }
    }
    Checks.inRange("drift.shift_angle", shiftAngle, 0, 180);
    Checks.nonNegative("drift.shift_price_log_std", shiftPriceLogStd);
    Checks.nonNegative("drift.release_rate", releaseRate);
    Checks.nonNegative("drift.release_days", releaseDays);
    if (!(releaseRate * releaseDays <= 1)) {
      throw new IllegalArgumentException("drift.release_rate * drift.release_days (the unreleased fraction of the "
          + "catalog at day 0) must be in [0, 1], found " + releaseRate + " * " + releaseDays);
    }
    Checks.nonNegative("drift.popularity_ramp_days", popularityRampDays);
    Checks.probability("drift.profile_staleness", profileStaleness);
  }

  /**
   * A named scenario for a 14-day stream: {@code none} (the default: a stationary world), {@code gradual}
   * (3° a day), {@code shift} (a 120° jump on day 7), {@code new-items} (1% of the catalog a day over 14
   * days) or {@code drift} (all three); every preset keeps stale profiles (s = 1).
   */
  public static FeedDrift preset(String name) {
    FeedDrift none = new FeedDrift(0, List.of(), 120, 0.5, 0, 14, 3, 1);
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "none" -> none;
      case "gradual" -> none.withGradualSpeed(3);
      case "shift" -> none.withShiftDays(List.of(7.0));
      case "new-items" -> none.withReleaseRate(0.01);
      case "drift" -> none.withGradualSpeed(3).withShiftDays(List.of(7.0)).withReleaseRate(0.01);
      default -> throw new IllegalArgumentException("drift preset must be one of " + String.join(", ", PRESETS)
          + ", found '" + name + "'");
    };
  }

  /** The default: no drift. */
  public static FeedDrift none() {
    return preset("none");
  }

  /** This scenario with {@code gradual_speed} replaced. */
  public FeedDrift withGradualSpeed(double value) {
    return ConfigBinder.replace(this, "gradual_speed", value);
  }

  /** This scenario with {@code shift_days} replaced. */
  public FeedDrift withShiftDays(List<Double> value) {
    return ConfigBinder.replace(this, "shift_days", value);
  }

  /** This scenario with {@code release_rate} replaced. */
  public FeedDrift withReleaseRate(double value) {
    return ConfigBinder.replace(this, "release_rate", value);
  }

  /** This scenario with {@code profile_staleness} replaced. */
  public FeedDrift withProfileStaleness(double value) {
    return ConfigBinder.replace(this, "profile_staleness", value);
  }

  /** Items of a catalog of {@code numItems} that are unreleased at day 0: round(release_rate · release_days · num_items). */
  public int unreleasedItems(int numItems) {
    return (int) Math.round(releaseRate * releaseDays * numItems);
  }

  /** True when nothing changes over the days: no turning, no shift, no unreleased item. */
  public boolean stationary() {
    return gradualSpeed == 0 && shiftDays.isEmpty() && (releaseRate == 0 || releaseDays == 0);
  }
}
