package io.feedgym.runner.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnlinePlotTest {
  private static List<DayStats> days(double returnLevel, double ctrLevel) {
    return List.of(new DayStats(0, 300, 3000, 450, ctrLevel, 0.002, returnLevel, 1.1, Double.NaN),
        new DayStats(1, 300, 3100, 460, ctrLevel + 0.01, 0.002, returnLevel + 2, 1.2, Double.NaN));
  }

  private static long nonWhitePixels(BufferedImage image, int fromY, int toY) {
    long count = 0;
    for (int y = fromY; y < toY; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void writesTheSessionReturnAboveTheCtrAsOnePng(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("online.png");
    OnlinePlot.write(file, "feed-v0 · scenario drift · seed 1", Map.of("frozen", days(20, 0.14), "major", days(22, 0.15)));

    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo(OnlinePlot.WIDTH);
    assertThat(image.getHeight()).isEqualTo(2 * OnlinePlot.PANEL_HEIGHT);
    assertThat(nonWhitePixels(image, 0, OnlinePlot.PANEL_HEIGHT)).isGreaterThan(1000);
    assertThat(nonWhitePixels(image, OnlinePlot.PANEL_HEIGHT, image.getHeight())).isGreaterThan(1000);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
