package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.env.feed.FeedConfig;
import io.feedgym.env.feed.FeedDrift;
import io.feedgym.env.registry.Envs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The feed's nested {@code drift.*} keys and the {@code drift=PRESET} key route from the command line like any other. */
class DriftOverridesTest {

  @Test
  void driftKeysRouteToTheFeedPlainOrPrefixed() {
    Overrides overrides = Overrides.route(Map.of("drift", "drift", "env.drift.shift_days", "3,10",
        "drift.profile_staleness", "0.5"), "feed-return-v0", Optional.of("dqn"));

    assertThat(overrides.env()).containsOnly(Map.entry("drift", "drift"), Map.entry("drift.shift_days", "3,10"),
        Map.entry("drift.profile_staleness", "0.5"));
    FeedConfig config = (FeedConfig) Envs.config("feed-return-v0", overrides.env());
    assertThat(config.drift()).isEqualTo(
        FeedDrift.preset("drift").withShiftDays(List.of(3.0, 10.0)).withProfileStaleness(0.5));
  }
}
