import io.feedgym.env.Environment;
import io.feedgym.env.feed.Feed;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.RankingWeights;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Policy;
import io.feedgym.policies.search.CrossEntropySearch;
import io.feedgym.random.SplitMix;
import io.feedgym.runner.Evaluator;
import io.feedgym.runner.RunSeeds;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Does a state-dependent ranking-weight policy beat the best fixed vector on feed-v0, even one that reads the
 * user's hidden state? Starting from a fixed vector C (ARG1), the noisy cross-entropy method of
 * {@code search-weights} ({@link CrossEntropySearch}: ARG2 iterations of 40 candidates, each scored on the same
 * ARG4 episodes of seed ARG0's training stream, refitted to the 8 best) searches policies
 * w(s) = clip(C + A φ(s), −1, 1), A = 2x for x in [-1, 1]^(7·|φ|), for each mode of ARG3:
 * <ul>
 *   <li>{@code fixed}: φ = (1), a fixed vector (the non-adaptive baseline, searched as hard as the others);</li>
 *   <li>{@code page}: φ = (1, n/10), the page index n, observable;</li>
 *   <li>{@code privileged}: φ = (1, tanh(S/2), clip((P − n)/10, ±2), n/10, h − 0.2) with the hidden satisfaction S,
 *       the patience P and the true probability h of leaving after this page, read by reflection.</li>
 * </ul>
 * A starts at 0 with σ = 0.2 (0.1 for the 35 privileged entries), extra σ a quarter of that. Each mode's final mean A is played on the 1,000
 * evaluation episodes of the seed, paired against C and against the first mode. docs/agents/ddpg.md, "Is there
 * anything to adapt to?". Run from the worktree root after a package:
 * java -cp examples/target/feedgym.jar docs/agents/scripts/PrivilegedHeadroom.java 1 C1,…,C7 40 fixed,page,privileged 300
 */
public class PrivilegedHeadroom {
  private static final int F = 7;

  @SuppressWarnings("unchecked")
  public static void main(String[] a) throws Exception {
    long seed = Long.parseLong(a[0]);
    double[] c = Arrays.stream(a[1].split(",")).mapToDouble(Double::parseDouble).toArray();
    int iterations = Integer.parseInt(a[2]);
    var env = (Environment<FeedObservation, double[]>) Envs.make("feed-v0", Map.of("action", "weights"));
    Hidden hidden = new Hidden(((RankingWeights) env).feed());
    RunSeeds seeds = RunSeeds.from(seed);
    Evaluator search = new Evaluator(Integer.parseInt(a[4]), seeds.env());
    Evaluator eval = new Evaluator(1000, seeds.eval());
    Map<String, double[]> returns = new LinkedHashMap<>();
    returns.put("C", returns(eval, env, o -> c.clone()));
    System.out.printf("C: search mean %.2f, eval mean %.2f%n", search.evaluate(env, o -> c.clone()).meanReturn(),
        Arrays.stream(returns.get("C")).average().orElseThrow());
    for (String mode : a[3].split(",")) {
      int features = switch (mode) {
        case "fixed" -> 1;
        case "page" -> 2;
        case "privileged" -> 5;
        default -> throw new IllegalArgumentException("mode " + mode + ": fixed, page or privileged");
      };
      // A = 2x for x in CrossEntropySearch's box [-1, 1], so C + A reaches every weight; a smaller start for the 35
      // privileged entries: at σ_A = 0.2 their first candidates are far worse than C
      double sigma = mode.equals("privileged") ? 0.05 : 0.1;
      var cem = new CrossEntropySearch(new CrossEntropySearch.Config(40, 8, sigma, sigma / 4));
      double[] mean = cem.maximize(F * features, iterations,
          x -> search.evaluate(env, linear(c, scaled(x), hidden, mode)).meanReturn(),
          new SplitMix(seed * 7919 + features)).mean();
      mean = scaled(mean);
      returns.put(mode, returns(eval, env, linear(c, mean, hidden, mode)));
      System.out.printf("%s: A = %s%n", mode,
          Arrays.toString(Arrays.stream(mean).map(x -> Math.round(x * 100) / 100.0).toArray()));
    }
    String first = a[3].split(",")[0];
    for (var e : returns.entrySet()) {
      System.out.printf("%-10s eval %.2f, paired vs C %s, vs %s %s%n", e.getKey(),
          Arrays.stream(e.getValue()).average().orElseThrow(), paired(e.getValue(), returns.get("C")), first,
          paired(e.getValue(), returns.get(first)));
    }
  }

  private static double[] scaled(double[] x) {
    return Arrays.stream(x).map(v -> 2 * v).toArray();
  }

  private static double[] returns(Evaluator eval, Environment<FeedObservation, double[]> env,
      Policy<FeedObservation, double[]> policy) {
    double[] r = new double[eval.episodes()];
    for (int i = 0; i < r.length; i++) {
      r[i] = eval.play(env, policy, i).episodeReturn();
    }
    return r;
  }

  /** The mean paired difference x − y ± its standard error, and the ratio. */
  private static String paired(double[] x, double[] y) {
    double[] d = new double[x.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i] - y[i];
    }
    double m = Arrays.stream(d).average().orElseThrow();
    double se = Math.sqrt(Arrays.stream(d).map(v -> (v - m) * (v - m)).sum() / (d.length - 1) / d.length);
    return String.format("%+.2f ± %.2f (%+.1f se)", m, se, se == 0 ? 0 : m / se);
  }

  private static Policy<FeedObservation, double[]> linear(double[] c, double[] m, Hidden hidden, String mode) {
    return o -> {
      double n = o.context(FeedObservation.PAGE);
      double[] phi = switch (mode) {
        case "fixed" -> new double[] {1};
        case "page" -> new double[] {1, n / 10};
        default -> new double[] {1, Math.tanh(hidden.satisfaction() / 2),
            Math.max(-2, Math.min(2, (hidden.patience() - n) / 10)), n / 10,
            hidden.leave((int) n + 1) - 0.2};
      };
      double[] w = new double[F];
      for (int f = 0; f < F; f++) {
        double v = c[f];
        for (int k = 0; k < phi.length; k++) {
          v += m[f * phi.length + k] * phi[k];
        }
        w[f] = Math.max(-1, Math.min(1, v));
      }
      return w;
    };
  }

  /** The current user's hidden state, read by reflection (diagnostics only; not part of any observation). */
  private record Hidden(Feed feed, Field user, Field satisfactionField, Field patienceField, Method leaveMethod) {
    Hidden(Feed feed) throws ReflectiveOperationException {
      this(feed, access(Feed.class.getDeclaredField("user")),
          access(Class.forName("io.feedgym.env.feed.FeedUser").getDeclaredField("satisfaction")),
          access(Class.forName("io.feedgym.env.feed.FeedUser").getDeclaredField("patience")),
          access(Class.forName("io.feedgym.env.feed.FeedUser").getDeclaredMethod("leaveProbability", int.class)));
    }

    private static <T extends java.lang.reflect.AccessibleObject> T access(T member) {
      member.setAccessible(true);
      return member;
    }

    double satisfaction() {
      try {
        return satisfactionField.getDouble(user.get(feed));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    double patience() {
      try {
        return patienceField.getDouble(user.get(feed));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    double leave(int pages) {
      try {
        return (double) leaveMethod.invoke(user.get(feed), pages);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
