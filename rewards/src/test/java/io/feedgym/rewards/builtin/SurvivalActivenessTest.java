package io.feedgym.rewards.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SurvivalActivenessTest {
  private final SurvivalActiveness drn = SurvivalActiveness.defaults();

  @Test
  void defaultsAreDrnsConstantsInDays() {
    assertThat(drn.initial()).isEqualTo(0.5);
    assertThat(drn.boost()).isEqualTo(0.32);
    assertThat(drn.hazardPerDay()).isCloseTo(1.0368, within(1e-12));
  }

  @Test
  void decaysBetweenVisitsAndRisesOnReturn() {
    assertThat(drn.afterReturn(0.5, 0)).isCloseTo(0.82, within(1e-12));
    assertThat(drn.afterReturn(0.5, 1)).isCloseTo(0.5 * Math.exp(-1.0368) + 0.32, within(1e-12));
    assertThat(drn.afterReturn(0.5, 30)).isCloseTo(0.32, within(1e-12));
  }

  @Test
  void isCappedAtOneAndFallsToZeroForAUserWhoNeverReturns() {
    assertThat(drn.afterReturn(0.9, 0)).isEqualTo(1.0);
    assertThat(drn.afterReturn(0.9, Double.POSITIVE_INFINITY)).isZero();
  }

  @Test
  void rejectsBadParametersAndGaps() {
    assertThatThrownBy(() -> new SurvivalActiveness(1.5, 0.3, 1))
        .hasMessage("activeness_initial must be a probability in [0, 1], found 1.5");
    assertThatThrownBy(() -> new SurvivalActiveness(0.5, 0.3, -1))
        .hasMessage("activeness_hazard_per_day must be a finite number >= 0, found -1.0");
    assertThatThrownBy(() -> drn.afterReturn(0.5, Double.NaN))
        .hasMessage("return gap must be >= 0 days or +Infinity, found NaN");
  }
}
