package io.feedgym.runner.online;

import io.feedgym.io.AtomicFiles;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Plots the mean session return per simulated day, with ±1 standard error bars, of one or more modes to a PNG. */
public final class OnlinePlot {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 540;

  private OnlinePlot() {}

  /** Writes the plot of {@code modes} (name → days) to {@code file} atomically; {@code title} heads it. */
  public static void write(Path file, String title, Map<String, List<DayStats>> modes) throws IOException {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle("simulated day").yAxisTitle("mean session return (±1 se)").build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE).setLegendVisible(true);
    modes.forEach((name, days) -> {
      double[] x = days.stream().mapToDouble(DayStats::day).toArray();
      double[] y = days.stream().mapToDouble(DayStats::sessionReturn).toArray();
      double[] error = days.stream().mapToDouble(DayStats::sessionReturnStderr).toArray();
      XYSeries series = chart.addSeries(name, x, y, error);
      series.setMarker(SeriesMarkers.CIRCLE);
    });
    byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    AtomicFiles.write(file, out -> out.write(png));
  }
}
