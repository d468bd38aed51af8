package io.feedgym.offline.ope;

import static io.feedgym.offline.ope.TinyLogs.always;
import static io.feedgym.offline.ope.TinyLogs.observation;
import static io.feedgym.offline.ope.TinyLogs.page;
import static io.feedgym.offline.ope.TinyLogs.session;
import static io.feedgym.offline.ope.TinyLogs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedgym.offline.LoggedSession;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every estimator on tiny hand-made logs, against numbers computed by hand (in the comments). */
class EstimatorsTest {
  private static final OpeConfig CONFIG = OpeConfig.defaults();

  /**
   * Four one-slot sessions over 3 zero-feature candidates: (item, μ, click) = (0, 1/2, 1), (1, 1/5, 0),
   * (2, 1/4, 1), (0, 1/2, 0). Under the uniform target (π = 1/3) the weights are 2/3, 5/3, 4/3, 2/3.
   */
  private static final List<LoggedSession> BANDIT = List.of(single(0, 3, 0, 0.5, true), single(1, 3, 1, 0.2, false),
      single(2, 3, 2, 0.25, true), single(3, 3, 0, 0.5, false));

  private static double estimate(String id, List<LoggedSession> log, SlatePolicy target, SlatePolicy logging) {
    OpeData data = OpeData.of(log, target, Optional.ofNullable(logging));
    return Estimators.of(id, CONFIG).terms(data).estimate();
  }

  @Test
  void ipsAndSnipsUnderTheUniformTarget() {
    // IPS = (2/3·1 + 5/3·0 + 4/3·1 + 2/3·0) / 4 = 0.5; SNIPS = 2 / (13/3) = 6/13
    assertThat(estimate("ips", BANDIT, new UniformSlates(), null)).isCloseTo(0.5, within(1e-12));
    assertThat(estimate("snips", BANDIT, new UniformSlates(), null)).isCloseTo(6.0 / 13, within(1e-12));
  }

  @Test
  void ipsAndSnipsUnderADeterministicTarget() {
    // always item 0: weights 2, 0, 0, 2; IPS = 2/4, SNIPS = 2/4
    assertThat(estimate("ips", BANDIT, always(0), null)).isCloseTo(0.5, within(1e-12));
    assertThat(estimate("snips", BANDIT, always(0), null)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void directMethodDoublyRobustAndSwitch() {
    // Zero features: the cross-fitted ridge model is the other fold's mean click. Sessions 0 and 2 (fold 0) are
    // predicted from sessions 1 and 3 (clicks 0, 0): q̂ = 0; sessions 1 and 3 from 0 and 2 (clicks 1, 1): q̂ = 1.
    // DM = (0 + 1 + 0 + 1) / 4 = 0.5 for any target.
    assertThat(estimate("dm", BANDIT, new UniformSlates(), null)).isCloseTo(0.5, within(1e-6));
    // DR adds w (r − q̂): 2/3·1 + 5/3·(−1) + 4/3·1 + 2/3·(−1) = −1/3, over 4: 0.5 − 1/12 = 5/12
    assertThat(estimate("dr", BANDIT, new UniformSlates(), null)).isCloseTo(5.0 / 12, within(1e-6));
    // Switch-DR with τ = 1.5 drops the correction of weight 5/3: (2/3 + 4/3 − 2/3) / 4 = 1/3, 0.5 + 1/3
    double switched = new SwitchDoublyRobust(1.0, 1.5)
        .terms(OpeData.of(BANDIT, new UniformSlates(), Optional.empty())).estimate();
    assertThat(switched).isCloseTo(0.5 + 1.0 / 3, within(1e-6));
    // a huge τ is DR
    double all = new SwitchDoublyRobust(1.0, 1e9).terms(OpeData.of(BANDIT, new UniformSlates(), Optional.empty()))
        .estimate();
    assertThat(all).isCloseTo(5.0 / 12, within(1e-6));
  }

  /**
   * Three first pages of 2 slots from 3 candidates under uniform logging (conditionals 1/3, 1/2), target
   * always (0, 1): slates (0, 1) clicks (1, 0); (1, 0) clicks (0, 1); (0, 2) clicks (1, 1).
   */
  private static List<LoggedSession> slates() {
    double[] uniform = {1.0 / 3, 1.0 / 2};
    return List.of(
        session(0, page(0, observation(3), new int[] {0, 1}, uniform, new boolean[] {true, false})),
        session(1, page(0, observation(3), new int[] {1, 0}, uniform, new boolean[] {false, true})),
        session(2, page(0, observation(3), new int[] {0, 2}, uniform, new boolean[] {true, true})));
  }

  @Test
  void slateEstimators() {
    UniformSlates logging = new UniformSlates();
    // slate IPS: only (0, 1) matches, weight 1/(1/6) = 6, clicks 1: 6 / 3 = 2
    assertThat(estimate("slate-ips", slates(), always(0, 1), logging)).isCloseTo(2, within(1e-12));
    // IIPS: marginal weights 3 where the target puts the logged item there: 3·1 + 0 + 3·1 = 6, over 3 = 2
    assertThat(estimate("iips", slates(), always(0, 1), logging)).isCloseTo(2, within(1e-12));
    // RIPS: prefix weights (3, 6), (0, 0), (3, 0): 3·1 + 0 + 3·1 = 6, over 3 = 2
    assertThat(estimate("rips", slates(), always(0, 1), logging)).isCloseTo(2, within(1e-12));
    // PI with m = 3, K = 2: w = 2·Σ q(s_k at k) + 2·Σ p(s_k) − 3 = 5, 1, 1; r = 1, 1, 2: (5 + 1 + 2) / 3
    assertThat(estimate("pi", slates(), always(0, 1), logging)).isCloseTo(8.0 / 3, within(1e-12));
  }

  /**
   * Two sessions of one-slot pages over 2 candidates, target uniform (π = 1/2): session 0 pages (item 0, μ 1/2,
   * click), (item 1, μ 1/4, click); session 1 one page (item 1, μ 1/2, no click).
   */
  private static List<LoggedSession> sessions() {
    return List.of(
        session(0, page(0, observation(2), new int[] {0}, new double[] {0.5}, new boolean[] {true}),
            page(1, observation(2), new int[] {1}, new double[] {0.25}, new boolean[] {true})),
        session(1, page(0, observation(2), new int[] {1}, new double[] {0.5}, new boolean[] {false})));
  }

  @Test
  void sessionEstimators() {
    // ρ: session 0 (1, 2), session 1 (1). PDIS = (1·1 + 2·1 + 0) / 2 = 1.5
    assertThat(estimate("pdis", sessions(), new UniformSlates(), null)).isCloseTo(1.5, within(1e-12));
    // WPDIS: t = 0: (1 + 0) / (1 + 1); t = 1: 2 / (2 + 1), session 1 keeping its last weight: 1/2 + 2/3
    assertThat(estimate("wpdis", sessions(), new UniformSlates(), null)).isCloseTo(7.0 / 6, within(1e-12));
    // FQE with zero features: Q is a constant θ; rows (r 1, not last), (r 1, last), (r 0, last); two iterations:
    // θ = 2/3, then θ = (1 + 2/3 + 1 + 0) / 3 = 8/9
    assertThat(estimate("fqe", sessions(), new UniformSlates(), null)).isCloseTo(8.0 / 9, within(1e-6));
  }

  @Test
  void badInputIsNamed() {
    assertThatThrownBy(() -> Estimators.parse("ips,magic", CONFIG)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown estimator 'magic'").hasMessageContaining("snips");
    assertThatThrownBy(() -> estimate("pi", slates(), always(0, 1), null))
        .hasMessageContaining("pi needs a uniformly random logging policy");
    assertThatThrownBy(() -> estimate("iips", slates(), always(0, 1), null))
        .hasMessageContaining("iips needs the logging policy's position-wise marginals");
    assertThatThrownBy(() -> estimate("ips", List.of(single(7, 3, 0, 0.0, true)), new UniformSlates(), null))
        .hasMessageContaining("session 7, page 0, position 0: the logging propensity must be in (0, 1], found 0.0");
    assertThatThrownBy(() -> estimate("ips", BANDIT, new UniformSlates(), new UniformSlates()))
        .hasMessageContaining("session 0, page 0, position 0: the log's propensity 0.5 is not the logging policy "
            + "uniform's");
    LoggedSession shownOnly = session(8, page(0, observation(2), new int[] {1, 0}, new double[] {0.5, 1},
        new boolean[] {true, false}));
    assertThatThrownBy(() -> estimate("ips", List.of(shownOnly), new UniformSlates(), null))
        .hasMessageContaining("the log lists only the shown items of every page");
    assertThatThrownBy(() -> OpeData.of(List.of(), new UniformSlates(), Optional.empty()))
        .hasMessageContaining("at least one logged session");
  }

  @Test
  void everyIdBuilds() {
    for (String id : Estimators.IDS) {
      assertThat(Estimators.of(id, CONFIG).id()).isEqualTo(id);
    }
    assertThat(Estimators.parse("all", CONFIG)).hasSize(Estimators.IDS.size());
  }
}
