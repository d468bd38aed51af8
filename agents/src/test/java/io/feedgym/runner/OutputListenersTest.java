package io.feedgym.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputListenersTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir
  Path dir;

  @Test
  void learningCurvePlotWritesAPng() throws IOException {
    Path file = dir.resolve("learning_curve.png");
    ScriptedAgent agent = new ScriptedAgent(100);
    var evaluation = new Evaluation<>(agent, new TinyEnv(), new Evaluator(2, 0), 10);

    new Runner<>(new TinyEnv(), agent, RunnerTest.info(40), List.of(evaluation, new LearningCurvePlot(file))).run();

    assertThat(Arrays.copyOf(Files.readAllBytes(file), 8)).isEqualTo(PNG_SIGNATURE);
  }

  @Test
  void learningCurvePlotCopesWithARunWithoutEpisodes() throws IOException {
    Path file = dir.resolve("empty.png");

    new Runner<>(new TinyEnv(), new ScriptedAgent(100), RunnerTest.info(1), List.of(new LearningCurvePlot(file)))
        .run();

    assertThat(Arrays.copyOf(Files.readAllBytes(file), 8)).isEqualTo(PNG_SIGNATURE);
  }

  @Test
  void progressBarWritesPlainLinesWhenNotOnATerminal() {
    var bytes = new ByteArrayOutputStream();
    var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    new Runner<>(new TinyEnv(), new ScriptedAgent(100), RunnerTest.info(500),
        List.of(new ProgressBar(out, ProgressBar.Display.LINES))).run();

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("scripted 500/500 steps (100%), 0:00:00, ").contains(" steps/s, return 1.0 eval -").doesNotContain("\r");
    assertThat(text.lines()).doesNotHaveDuplicates();
  }
}
