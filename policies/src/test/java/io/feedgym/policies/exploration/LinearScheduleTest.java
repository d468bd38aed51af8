package io.feedgym.policies.exploration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearScheduleTest {

  @Test
  void interpolatesThenHolds() {
    LinearSchedule s = new LinearSchedule(1.0, 0.05, 100);
    assertThat(s.valueAt(0)).isEqualTo(1.0);
    assertThat(s.valueAt(50)).isCloseTo(1.0 - 0.5 * 0.95, within(1e-12));
    assertThat(s.valueAt(100)).isEqualTo(0.05);
    assertThat(s.valueAt(10_000)).isEqualTo(0.05);
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> new LinearSchedule(1, 0, 0)).hasMessage("schedule duration must be positive, found 0");
    assertThatThrownBy(() -> new LinearSchedule(Double.NaN, 0, 5)).hasMessageContaining("must be finite");
  }
}
