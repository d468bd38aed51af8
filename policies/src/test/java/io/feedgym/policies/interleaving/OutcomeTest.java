package io.feedgym.policies.interleaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void preferenceIsPlusOneWhenBHasMoreCredit() {
    assertThat(new Outcome(2, 1).preference()).isEqualTo(-1);
    assertThat(new Outcome(1, 1).preference()).isZero();
    assertThat(new Outcome(0.25, 0.5).preference()).isEqualTo(1);
    assertThat(Outcome.TIE.preference()).isZero();
  }

  @Test
  void sumAndPlusAddTheCreditsSideBySide() {
    List<Outcome> batch = List.of(new Outcome(1, 0), new Outcome(0.5, 2), Outcome.TIE);

    assertThat(Outcome.sum(batch)).isEqualTo(new Outcome(1.5, 2));
    assertThat(new Outcome(1, 0).plus(new Outcome(0.5, 2))).isEqualTo(new Outcome(1.5, 2));
    assertThat(Outcome.sum(List.of())).isEqualTo(Outcome.TIE);
  }

  @Test
  void creditsMustBeFiniteAndNonNegative() {
    assertThatThrownBy(() -> new Outcome(-1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("creditA must be a finite number >= 0, found -1.0");
    assertThatThrownBy(() -> new Outcome(0, Double.NaN)).hasMessage("creditB must be a finite number >= 0, found NaN");
  }
}
