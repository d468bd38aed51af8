package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.config.ConfigBinder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code drift.*} keys: presets and binding from strings (FeedConfigTest checks the messages of bad values). */
class FeedDriftConfigTest {

  @Test
  void presetsSwitchOnTheirKindOfDrift() {
    FeedDrift none = FeedDrift.preset("none");
    assertThat(none).isEqualTo(new FeedDrift(0, List.of(), 120, 0.5, 0, 14, 3, 1)).isEqualTo(FeedConfig.defaults().drift());
    assertThat(none.stationary()).isTrue();
    assertThat(FeedDrift.preset("gradual")).isEqualTo(none.withGradualSpeed(3));
    assertThat(FeedDrift.preset("shift")).isEqualTo(none.withShiftDays(List.of(7.0)));
    assertThat(FeedDrift.preset("new-items")).isEqualTo(none.withReleaseRate(0.01));
    assertThat(FeedDrift.preset("drift"))
        .isEqualTo(new FeedDrift(3, List.of(7.0), 120, 0.5, 0.01, 14, 3, 1))
        .matches(d -> !d.stationary());
    assertThat(FeedDrift.preset("drift").unreleasedItems(5000)).isEqualTo(700);
  }

  @Test
  void aPresetIsAppliedBeforeTheSingleKeysWhateverTheirOrder() {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("drift.shift_days", "3,9");
    overrides.put("drift", "drift");
    FeedConfig config = ConfigBinder.bind(FeedConfig.defaults(), overrides);
    assertThat(config.drift()).isEqualTo(FeedDrift.preset("drift").withShiftDays(List.of(3.0, 9.0)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "gradual", "shift", "new-items", "drift"})
  void describedConfigurationsBindBackToThemselves(String preset) {
    FeedConfig config = FeedConfig.returningDefaults().withDrift(FeedDrift.preset(preset));
    Map<String, String> strings = ConfigBinder.describe(config).entrySet().stream().collect(Collectors.toMap(
        Map.Entry::getKey, e -> e.getValue() instanceof List<?> list
            ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
            : String.valueOf(e.getValue())));
    assertThat(ConfigBinder.bind(FeedConfig.defaults(), strings)).isEqualTo(config);
    assertThat(ConfigBinder.keys(FeedConfig.class)).contains("drift", "drift.gradual_speed", "drift.profile_staleness")
        .containsAll(strings.keySet());
  }
}
