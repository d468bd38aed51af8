package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CatalogTest {
  private static final FeedConfig CONFIG = FeedConfig.defaults();

  @Test
  void sameSeedSameCatalogOtherSeedOtherCatalog() {
    Catalog a = new Catalog(CONFIG);
    Catalog b = new Catalog(CONFIG);
    assertThat(a.embedding).isEqualTo(b.embedding);
    assertThat(a.price).isEqualTo(b.price);
    Catalog c = new Catalog(io.feedgym.config.ConfigBinder.bind(CONFIG, java.util.Map.of("catalog_seed", "1")));
    assertThat(c.embedding).isNotEqualTo(a.embedding);
  }

  @Test
  void itemsFollowTheConfiguredDistributions() {
    Catalog catalog = new Catalog(CONFIG);
    int bait = 0;
    for (int i = 0; i < catalog.size; i++) {
      double norm = 0;
      for (int j = 0; j < catalog.dim; j++) {
        norm += catalog.embedding[i * catalog.dim + j] * catalog.embedding[i * catalog.dim + j];
      }
      assertThat(norm).isCloseTo(1.0, within(1e-9));
      if (catalog.clickbait[i]) {
        bait++;
        assertThat(catalog.quality[i]).isBetween(0.0, CONFIG.clickbaitQualityMax());
      } else {
        assertThat(catalog.quality[i]).isBetween(CONFIG.qualityMin(), 1.0);
      }
      assertThat(catalog.price[i]).isPositive();
      assertThat(catalog.logPrice[i])
          .isCloseTo(Math.log1p(catalog.price[i]) - Math.log1p(Math.exp(CONFIG.priceLogMean())), within(1e-12));
      assertThat(catalog.popularity[i]).isBetween(0.0, 1.0);
    }
    assertThat((double) bait / catalog.size).isCloseTo(CONFIG.clickbaitFraction(), within(0.02));
  }

  @Test
  void popularityIsTheCohortWeightedClickRateOfThePrototypes() {
    Catalog catalog = new Catalog(CONFIG);
    int item = 17;
    double expected = 0;
    for (int c = 0; c < CONFIG.numCohorts(); c++) {
      double affinity = Catalog.dot(catalog.cohortPrototypes, c, catalog.embedding, item, catalog.dim);
      double logit = -2.0 + 3.0 * affinity + 1.0 * catalog.quality[item] + (catalog.clickbait[item] ? 1.5 : 0);
      expected += CONFIG.cohortWeights().get(c) / 1.0 / (1 + Math.exp(-logit));
    }
    assertThat(catalog.popularity[item]).isCloseTo(expected, within(1e-12));
  }

  @Test
  void clickbaitIsMorePopularButWorseRatedOnAverage() {
    Catalog catalog = new Catalog(CONFIG);
    double[] sums = new double[4];
    int[] counts = new int[2];
    for (int i = 0; i < catalog.size; i++) {
      int group = catalog.clickbait[i] ? 1 : 0;
      sums[group] += catalog.popularity[i];
      sums[2 + group] += catalog.rating[i];
      counts[group]++;
    }
    assertThat(sums[1] / counts[1]).isGreaterThan(sums[0] / counts[0]);
    assertThat(sums[3] / counts[1]).isLessThan(sums[2] / counts[0] - 0.4);
  }
}
