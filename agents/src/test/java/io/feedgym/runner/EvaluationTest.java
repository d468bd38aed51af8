package io.feedgym.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  @Test
  void evaluatesPeriodicallyAndAtTheEndAndPublishesToAllListeners() {
    ScriptedAgent agent = new ScriptedAgent(100);
    TinyEnv evalEnv = new TinyEnv();
    var evaluation = new Evaluation<>(agent, evalEnv, new Evaluator(3, 10), 3);
    List<String> log = new ArrayList<>();

    new Runner<>(new TinyEnv(), agent, RunnerTest.info(7), List.of(evaluation, new RecordingListener("a", log))).run();

    assertThat(log).filteredOn(line -> line.startsWith("a eval"))
        .containsExactly("a eval 3 4.0", "a eval 6 4.0", "a eval 7 4.0");
    assertThat(evalEnv.resets).hasSize(9).allMatch(r -> r.matches("reset\\(1[012]\\)"));
    assertThat(evaluation.last()).hasValueSatisfying(r -> assertThat(r.meanReturn()).isEqualTo(4.0));
  }

  @Test
  void doesNotRepeatAnEvaluationAtTheLastStep() {
    ScriptedAgent agent = new ScriptedAgent(100);
    var evaluation = new Evaluation<>(agent, new TinyEnv(), new Evaluator(1, 0), 3);
    List<String> log = new ArrayList<>();

    new Runner<>(new TinyEnv(), agent, RunnerTest.info(6), List.of(evaluation, new RecordingListener("a", log))).run();

    assertThat(log).filteredOn(line -> line.startsWith("a eval")).containsExactly("a eval 3 2.0", "a eval 6 2.0");
  }

  @Test
  void zeroMeansOnlyAtTheEndAndNegativeIsRejected() {
    ScriptedAgent agent = new ScriptedAgent(100);
    var evaluation = new Evaluation<>(agent, new TinyEnv(), new Evaluator(1, 0), 0);
    List<String> log = new ArrayList<>();

    new Runner<>(new TinyEnv(), agent, RunnerTest.info(9), List.of(evaluation, new RecordingListener("a", log))).run();

    assertThat(log).filteredOn(line -> line.startsWith("a eval")).containsExactly("a eval 9 2.0");
    assertThatThrownBy(() -> new Evaluation<>(agent, new TinyEnv(), new Evaluator(1, 0), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eval every must be >= 0 steps (0 = only at the end), found -1");
  }
}
