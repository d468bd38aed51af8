package io.feedgym.runner;

import io.feedgym.io.AtomicFiles;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Plots the learning curve — episodic return and evaluation return against environment steps — to a
 * PNG file (XChart), written atomically when the run ends. Works on headless machines.
 */
public final class LearningCurvePlot implements RunListener {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 540;
  private static final Color EVAL_COLOR = new Color(220, 90, 40);

  private final Path file;
  private final List<double[]> episodes = new ArrayList<>();
  private final List<double[]> evaluations = new ArrayList<>();
  private String title = "learning curve";

  /** Plots to {@code file} (a {@code .png}). */
  public LearningCurvePlot(Path file) {
    this.file = file;
  }

  @Override
  public void onStart(RunInfo info, RunEvents events) {
    title = info.envId() + " · " + info.agentId() + " · seed " + info.seeds().run();
  }

  @Override
  public void onEpisode(long step, double episodicReturn, int length) {
    episodes.add(new double[] {step, episodicReturn});
  }

  @Override
  public void onEvaluation(long step, EvalResult result) {
    evaluations.add(new double[] {step, result.meanReturn()});
  }

  @Override
  public void onEnd(RunResult result) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle("environment step").yAxisTitle("return").build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE).setLegendVisible(true);
    if (!episodes.isEmpty()) {
      XYSeries series = chart.addSeries("charts/episodic_return", column(episodes, 0), column(episodes, 1));
      series.setMarker(SeriesMarkers.NONE);
      series.setLineColor(new Color(120, 160, 220));
    }
    if (!evaluations.isEmpty()) {
      XYSeries series = chart.addSeries("charts/eval_return", column(evaluations, 0), column(evaluations, 1));
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setLineColor(EVAL_COLOR);
      series.setMarkerColor(EVAL_COLOR);
    }
    try {
      byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
      AtomicFiles.write(file, out -> out.write(png));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static double[] column(List<double[]> points, int index) {
    return points.stream().mapToDouble(p -> p[index]).toArray();
  }
}
