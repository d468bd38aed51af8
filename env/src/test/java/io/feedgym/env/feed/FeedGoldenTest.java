package io.feedgym.env.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedgym.config.ConfigBinder;
import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import io.feedgym.env.spaces.Slate;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the seeded behaviour of the feed bit for bit: SHA-256 digests of a few seeded episodes (every
 * observation, reward, end flag, feedback field and oracle click probability, as raw bits) recorded on the
 * code before the hot path was optimised (the RETURNING digests re-recorded on that code once
 * return_gap_min was added, and matched by the optimised code). A change that alters any random draw, its order or the arithmetic
 * of an observation fails here; if the change is meant to, record the new digests and say why.
 */
class FeedGoldenTest {
  /** Episodes per case: reset(SEED), then reset() twice (continuing the stream), then reset(SEED + 1). */
  private static final long SEED = 11;
  private static final long POLICY_SEED = 7;

  static Stream<Arguments> cases() {
    Map<String, String> small = Map.of("num_items", "300", "num_candidates", "20", "slate_size", "5",
        "retrieval_pool_size", "40", "retrieval_fraction", "0.9", "unavailable_probability", "0.5",
        "max_pages", "20", "episode", "returning");
    return Stream.of(
        Arguments.of("session, slates", FeedConfig.defaults(), false,
            "600f6b5aef1fe94d28dabec310394c2db4d67fcdcda2f8c531a4ce3eccc10559"),
        Arguments.of("returning, slates", FeedConfig.returningDefaults(), false,
            "2e5be4e60b017953cba63a51064ead380975bea17ae527c4e88e54ba523e3c04"),
        Arguments.of("session, weights", FeedConfig.defaults(), true,
            "7326dbf92134a86b27304a045ac904231c2d5836a2ff1cbf6d4d678a1c9d1513"),
        Arguments.of("small catalog, half masked, returning", ConfigBinder.bind(FeedConfig.defaults(), small), false,
            "89bf83c41413968b5812ad9d99894a9a769447a1bea2667a61af43afbe1ffca5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void seededEpisodesAreBitIdenticalToTheRecordedOnes(String name, FeedConfig config, boolean weights, String golden) {
    assertThat(digest(config, weights)).as(name).isEqualTo(golden);
  }

  /**
   * The histogram selection of the retrieval pool picks the same items in the same order as a plain
   * quickselect of the threshold followed by two passes over the catalog (the code before it), also for
   * ties, outliers outside the sampled range, equal scores and a pool as large as the catalog.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scoreShapes")
  void poolSelectionMatchesQuickselectAndTwoPasses(String name, int levels, double outlier) {
    SplittableRandom random = new SplittableRandom(levels);
    for (int trial = 0; trial < 300; trial++) {
      double[] scores = new double[1 + random.nextInt(3000)];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = levels == 0 ? random.nextGaussian() : random.nextInt(levels) / 7.0 - 1;
      }
      if (outlier != 0 && scores.length > 2) {
        scores[1 + random.nextInt(scores.length - 1)] = outlier;
      }
      int[] pool = new int[trial % 10 == 0 ? scores.length : 1 + random.nextInt(scores.length)];
      new TopScores(scores.length).select(scores, pool);
      assertThat(pool).as("%d scores, pool of %d", scores.length, pool.length).isEqualTo(reference(scores, pool.length));
    }
  }

  static Stream<Arguments> scoreShapes() {
    return Stream.of(Arguments.of("gaussian", 0, 0.0), Arguments.of("gaussian with a high outlier", 0, 1e6),
        Arguments.of("gaussian with a low outlier", 0, -1e6), Arguments.of("many ties", 40, 0.0),
        Arguments.of("two levels", 2, 0.0), Arguments.of("all equal", 1, 0.0), Arguments.of("all equal but one", 1, 5.0));
  }

  private static int[] reference(double[] scores, int k) {
    double threshold = Recall.kthLargest(scores.clone(), k);
    int[] pool = new int[k];
    int filled = 0;
    for (int i = 0; i < scores.length && filled < k; i++) {
      if (scores[i] > threshold) {
        pool[filled++] = i;
      }
    }
    for (int i = 0; i < scores.length && filled < k; i++) {
      if (scores[i] == threshold) {
        pool[filled++] = i;
      }
    }
    return pool;
  }

  private static String digest(FeedConfig config, boolean weights) {
    Feed feed = new Feed(config);
    RankingWeights ranked = new RankingWeights(feed);
    SplittableRandom policy = new SplittableRandom(POLICY_SEED);
    Slate slates = feed.actionSpace();
    Hasher hash = new Hasher();
    for (int episode = 0; episode < 4; episode++) {
      Environment<FeedObservation, ?> env = weights ? ranked : feed;
      Reset<FeedObservation> reset = episode == 0 ? env.reset(SEED) : episode == 3 ? env.reset(SEED + 1) : env.reset();
      FeedObservation observation = reset.observation();
      hash.observation(observation);
      boolean done = false;
      while (!done) {
        hash.doubles(feed.clickProbabilities());
        Step<FeedObservation> step = weights
            ? ranked.step(ranked.actionSpace().sample(policy))
            : feed.step(slates.sample(policy, observation.mask()));
        observation = step.observation();
        hash.observation(observation);
        hash.doubles(new double[] {step.reward()});
        hash.flag(step.terminated()).flag(step.truncated());
        hash.feedback((Feedback) step.info().get(Feedback.INFO_KEY));
        if (weights) {
          hash.ints((int[]) step.info().get(RankingWeights.SLATE_KEY));
        }
        done = step.terminated() || step.truncated();
      }
    }
    return hash.hex();
  }

  /** Feeds values into SHA-256 as raw bits (doubles by doubleToRawLongBits, so -0.0 differs from 0.0). */
  private static final class Hasher {
    private final MessageDigest digest;
    private final DataOutputStream out;

    Hasher() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
    }

    void observation(FeedObservation o) {
      doubles(o.user());
      doubles(o.context());
      doubles(o.features());
      ints(o.topics());
      ints(o.items());
      for (boolean available : o.mask()) {
        flag(available);
      }
    }

    void feedback(Feedback f) {
      ints(new int[] {f.page(), f.positions().size()});
      flag(f.left());
      doubles(new double[] {f.returnGap()});
      for (PositionFeedback p : f.positions()) {
        ints(new int[] {p.position(), p.candidate(), Math.toIntExact(p.itemId()), p.topic()});
        doubles(new double[] {p.price(), p.dwell()});
        flag(p.examined()).flag(p.clicked()).flag(p.purchased()).flag(p.novel());
      }
    }

    Hasher flag(boolean value) {
      write(() -> out.writeBoolean(value));
      return this;
    }

    void ints(int[] values) {
      write(() -> {
        out.writeInt(values.length);
        for (int value : values) {
          out.writeInt(value);
        }
      });
    }

    void doubles(double[] values) {
      write(() -> {
        out.writeInt(values.length);
        for (double value : values) {
          out.writeLong(Double.doubleToRawLongBits(value));
        }
      });
    }

    private static void write(Write write) {
      try {
        write.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String hex() {
      write(out::flush);
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }
}
