package io.feedgym.env.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.cartpole.CartPole;
import io.feedgym.env.testing.CountingEnv;
import io.feedgym.env.wrappers.TimeLimit;
import io.feedgym.env.wrappers.Wrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VectorEnvErrorsTest {

  private static List<Environment<int[], Integer>> counting(int n) {
    List<Environment<int[], Integer>> envs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      envs.add(new CountingEnv(5));
    }
    return envs;
  }

  @ParameterizedTest
  @EnumSource(VectorEnvKind.class)
  void subEnvStepFailureNamesTheIndex(VectorEnvKind kind) {
    try (var vec = kind.over(counting(3))) {
      vec.reset(0);
      assertThatThrownBy(() -> vec.step(List.of(0, 1, 5)))
          .isInstanceOf(VectorEnvException.class)
          .hasMessage("sub-env 2 failed in step: IllegalArgumentException: CountingEnv: action 5 is not in Discrete(2)")
          .hasCauseInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(((VectorEnvException) e).envIndex()).isEqualTo(2));
    }
  }

  @ParameterizedTest
  @EnumSource(VectorEnvKind.class)
  void theLowestFailingIndexIsReported(VectorEnvKind kind) {
    try (var vec = kind.over(counting(4))) {
      vec.reset(0);
      assertThatThrownBy(() -> vec.step(List.of(0, 9, 1, 9))).hasMessageStartingWith("sub-env 1 failed in step");
    }
  }

  @ParameterizedTest
  @EnumSource(VectorEnvKind.class)
  void subEnvResetFailureNamesTheIndexAndSeed(VectorEnvKind kind) {
    List<Environment<int[], Integer>> envs = counting(1);
    envs.add(new Wrapper<>(new CountingEnv(5)) {
      @Override
      public Reset<int[]> reset(long seed) {
        throw new IllegalStateException("no database");
      }
    });
    try (var vec = kind.over(envs)) {
      assertThatThrownBy(() -> vec.reset(10)).isInstanceOf(VectorEnvException.class)
          .hasMessage("sub-env 1 failed in reset(11): IllegalStateException: no database");
    }
  }

  @ParameterizedTest
  @EnumSource(VectorEnvKind.class)
  void misuseIsRejected(VectorEnvKind kind) {
    var vec = kind.over(counting(2));
    assertThatThrownBy(() -> vec.step(List.of(0, 0))).isInstanceOf(IllegalStateException.class)
        .hasMessage("step() called before reset(seed)");
    vec.reset(0);
    assertThatThrownBy(() -> vec.step(List.of(0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actions must hold numEnvs=2 actions, found 1");
    vec.close();
    assertThatThrownBy(() -> vec.step(List.of(0, 0))).isInstanceOf(IllegalStateException.class)
        .hasMessage("step() called on a closed vector env");
    assertThatThrownBy(() -> vec.reset(0)).isInstanceOf(IllegalStateException.class)
        .hasMessage("reset() called on a closed vector env");
  }

  @ParameterizedTest
  @EnumSource(VectorEnvKind.class)
  void closeIsIdempotentAndClosesEverySubEnvOnce(VectorEnvKind kind) {
    AtomicInteger closes = new AtomicInteger();
    List<Environment<int[], Integer>> envs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      envs.add(new Wrapper<>(new CountingEnv(5)) {
        @Override
        public void close() {
          closes.incrementAndGet();
          super.close();
        }
      });
    }
    var vec = kind.over(envs);
    vec.reset(0);
    vec.close();
    vec.close();
    assertThat(closes).hasValue(3);
  }

  @Test
  void constructionIsValidated() {
    assertThatThrownBy(() -> new SyncVectorEnv<int[], Integer>(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("envs must hold at least one environment, found 0");
    assertThatThrownBy(() -> new ThreadedVectorEnv<>(counting(2), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("num_threads must be positive, found 0");
    List<Environment<?, Integer>> mixed = List.of(new CountingEnv(5), new CartPole());
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Environment<Object, Integer>> raw = (List) mixed;
    assertThatThrownBy(() -> new SyncVectorEnv<>(raw)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("every sub-env must have the spaces of sub-env 0 (observation MultiDiscrete([100, 10]),"
            + " action Discrete(2)); sub-env 1 has observation Box(");
  }

  @Test
  void threadedStepsRunOnWorkerThreadsThatCloseStops() throws InterruptedException {
    AtomicReference<Thread> worker = new AtomicReference<>();
    Environment<int[], Integer> recording = new Wrapper<>(new CountingEnv(5)) {
      @Override
      public Step<int[]> step(Integer action) {
        worker.set(Thread.currentThread());
        return super.step(action);
      }
    };
    var vec = new ThreadedVectorEnv<>(List.of(recording));
    vec.reset(0);
    vec.step(List.of(1));
    assertThat(worker.get()).isNotSameAs(Thread.currentThread());
    assertThat(worker.get().getName()).startsWith("feedgym-vector-env-");
    assertThat(worker.get().isDaemon()).isTrue();
    vec.close();
    worker.get().join(5_000);
    assertThat(worker.get().isAlive()).isFalse();
  }

  @Test
  void describesItself() {
    try (var sync = new SyncVectorEnv<>(List.of(new TimeLimit<>(new CountingEnv(5), 3)));
        var threaded = new ThreadedVectorEnv<>(counting(2), 1)) {
      assertThat(sync).hasToString("SyncVectorEnv(numEnvs=1, env=TimeLimit<CountingEnv(episodeLength=5)>)");
      assertThat(threaded).hasToString("ThreadedVectorEnv(numEnvs=2, numThreads=1, env=CountingEnv(episodeLength=5))");
      assertThat(threaded.numEnvs()).isEqualTo(2);
      assertThat(threaded.singleActionSpace()).isEqualTo(sync.singleActionSpace());
      assertThat(threaded.singleObservationSpace()).isEqualTo(sync.singleObservationSpace());
    }
  }
}
