package io.feedgym.runner.online;

import io.feedgym.io.AtomicFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Plots one or more modes per simulated day to a PNG of two panels, each with ±1 standard error bars: the mean
 * session return above, the CTR below.
 */
public final class OnlinePlot {
  static final int WIDTH = 900;
  static final int PANEL_HEIGHT = 480;

  private OnlinePlot() {}

  /** Writes the plot of {@code modes} (name → days) to {@code file} atomically; {@code title} heads it. */
  public static void write(Path file, String title, Map<String, List<DayStats>> modes) throws IOException {
    XYChart returns = panel(title, "mean session return (±1 se)", modes, DayStats::sessionReturn,
        DayStats::sessionReturnStderr);
    XYChart ctr = panel(title, "CTR, clicks per shown item (±1 se)", modes, DayStats::ctr, DayStats::ctrStderr);
    BufferedImage image = new BufferedImage(WIDTH, 2 * PANEL_HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.drawImage(BitmapEncoder.getBufferedImage(returns), 0, 0, null);
    graphics.drawImage(BitmapEncoder.getBufferedImage(ctr), 0, PANEL_HEIGHT, null);
    graphics.dispose();
    AtomicFiles.write(file, out -> {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no PNG writer available for " + file);
      }
    });
  }

  private static XYChart panel(String title, String yTitle, Map<String, List<DayStats>> modes,
      ToDoubleFunction<DayStats> value, ToDoubleFunction<DayStats> stderr) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(PANEL_HEIGHT).title(title)
        .xAxisTitle("simulated day").yAxisTitle(yTitle).build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE).setLegendVisible(true);
    modes.forEach((name, days) -> {
      double[] x = days.stream().mapToDouble(DayStats::day).toArray();
      double[] y = days.stream().mapToDouble(value).toArray();
      double[] error = days.stream().mapToDouble(stderr).toArray();
      XYSeries series = chart.addSeries(name, x, y, error);
      series.setMarker(SeriesMarkers.CIRCLE);
    });
    return chart;
  }
}
