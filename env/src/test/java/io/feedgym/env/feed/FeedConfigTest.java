package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.config.ConfigBinder;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Impossible configurations fail with messages naming the field and its allowed range. */
class FeedConfigTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "slate_size=101 | slate_size must be in [1, num_candidates=100], found 101",
      "num_candidates=0 | num_candidates must be >= 1, found 0",
      "clickbait_fraction=-0.1 | clickbait_fraction must be a probability in [0, 1], found -0.1",
      "unavailable_probability=1 | unavailable_probability must be in [0, 1), found 1.0",
      "cohort_weights= | cohort_weights must list one value per cohort (at least one cohort), found []",
      "cohort_weights=0,0,0,0 | cohort_weights must have a positive sum, found [0.0, 0.0, 0.0, 0.0]",
      "cohort_patience=5,5 | cohort_patience must have one value per cohort (4, as cohort_weights), found 2",
      "cohort_price_sensitivity=1,-1,1,1 | cohort_price_sensitivity[1] must be a finite number >= 0, found -1.0",
      "cohort_patience=5,0,5,5 | cohort_patience[1] must be a positive finite number, found 0.0",
      "num_items=599 | num_items must be >= num_candidates + max_pages * slate_size = 600",
      "retrieval_pool_size=99 | retrieval_pool_size must be in [num_candidates=100, num_items=5000], found 99",
      "position_bias=NaN | position_bias must be a finite number >= 0, found NaN",
      "horizon_days=0 | horizon_days must be a positive finite number, found 0.0",
      "return_gap_mean=1 | return_gap_mean must be a finite number > return_gap_min=1.0, found 1.0",
      "max_pages=0 | max_pages must be >= 1, found 0",
      "action=list | key 'action' must be one of slate, weights, found 'list'",
      "drift.gradual_speed=-1 | drift.gradual_speed must be a finite number >= 0, found -1.0",
      "drift.shift_days=-1 | drift.shift_days[0] must be a finite number >= 0, found -1.0",
      "drift.shift_days=7,3 | drift.shift_days must be strictly ascending, found [7.0, 3.0]",
      "drift.shift_angle=200 | drift.shift_angle must be in [0.0, 180.0], found 200.0",
      "drift.shift_price_log_std=NaN | drift.shift_price_log_std must be a finite number >= 0, found NaN",
      "drift.profile_staleness=1.5 | drift.profile_staleness must be a probability in [0, 1], found 1.5",
      "drift.profile_staleness=-0.1 | drift.profile_staleness must be a probability in [0, 1], found -0.1",
      "drift.release_rate=-0.01 | drift.release_rate must be a finite number >= 0, found -0.01",
      "drift.release_rate=0.1 | drift.release_rate * drift.release_days (the unreleased fraction of the catalog at day 0) "
          + "must be in [0, 1], found 0.1 * 14.0",
      "drift.release_rate=0.07 | drift.release_rate=0.07 over drift.release_days=14.0 leaves 100 of num_items=5000 released at "
          + "day 0, fewer than max(num_candidates + max_pages * slate_size, retrieval_pool_size) = 600",
      "drift.popularity_ramp_days=-3 | drift.popularity_ramp_days must be a finite number >= 0, found -3.0",
      "drift=sideways | key 'drift': drift preset must be one of none, gradual, shift, new-items, drift, found 'sideways'",
      "drift.speed=1 | unknown key 'drift.speed' for FeedDrift; valid keys: gradual_speed, shift_days",
      "drift.gradual_speed=fast | key 'drift.gradual_speed' expects double, found 'fast'",
  })
  void impossibleConfigurationsNameTheField(String assignment, String message) {
    String[] kv = assignment.split("=", 2);
    assertThatThrownBy(() -> ConfigBinder.bind(FeedConfig.defaults(), Map.of(kv[0], kv[1])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void withersChangeOneField() {
    FeedConfig returning = FeedConfig.returningDefaults();
    assertThat(returning.episode()).isEqualTo(FeedConfig.Episode.RETURNING);
    assertThat(returning.withEpisode(FeedConfig.Episode.SESSION)).isEqualTo(FeedConfig.defaults());
    assertThat(FeedConfig.defaults().withAction(FeedConfig.ActionForm.WEIGHTS).action())
        .isEqualTo(FeedConfig.ActionForm.WEIGHTS);
  }
}
