import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.registry.Envs;
import io.feedgym.policies.Policy;
import io.feedgym.random.SplitMix;
import io.feedgym.rewards.registry.Rewards;
import io.feedgym.rewards.wrappers.ComputeReward;
import io.feedgym.runner.Evaluator;
import io.feedgym.runner.RunSeeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Is there anything for an adaptive ranking-weight policy to gain over a fixed vector W on feed-v0? For each rule
 * (a page-index phase, the previous page's clicks, the session's clicks, the user's cohort) a random search
 * replaces W by another vector v on the pages where the rule holds and keeps W elsewhere: ARG2 candidates, half
 * uniform on [-1, 1]^7 and half W + N(0, 0.3²) clipped to the box, each scored on 100 episodes of the training
 * stream of seed ARG0; the best is then compared with W, paired, on the 1,000 evaluation episodes of that seed.
 * ARG3 = gmv uses the price-weighted purchase reward instead of clicks. docs/agents/ddpg.md, "Is there anything
 * to adapt to?". Run from the worktree root after a package:
 * java -cp examples/target/feedgym.jar docs/agents/scripts/WeightHeadroom.java 1 W1,…,W7 200
 */
public class WeightHeadroom {
  @SuppressWarnings("unchecked")
  public static void main(String[] a) {
    long seed = Long.parseLong(a[0]);
    double[] w = Arrays.stream(a[1].split(",")).mapToDouble(Double::parseDouble).toArray();
    int candidates = Integer.parseInt(a[2]);
    var feed = (Environment<FeedObservation, double[]>) Envs.make("feed-v0", Map.of("action", "weights"));
    Environment<FeedObservation, double[]> env = a.length > 3 && a[3].equals("gmv")
        ? new ComputeReward<>(feed, Rewards.make("purchases", Map.of("price_weighted", "true"))) : feed;
    RunSeeds seeds = RunSeeds.from(seed);
    Evaluator search = new Evaluator(100, seeds.env());
    Evaluator eval = new Evaluator(1000, seeds.eval());
    Policy<FeedObservation, double[]> fixed = o -> w.clone();
    System.out.printf("W: search mean %.2f, eval mean %.2f%n", search.evaluate(env, fixed).meanReturn(),
        eval.evaluate(env, fixed).meanReturn());
    // context: 0 page index, 1 session clicks, 3 clicks on the previous page; user: 8 features, then the one-hot cohort
    Map<String, Predicate<FeedObservation>> rules = new LinkedHashMap<>();
    for (int k : new int[] {3, 6, 10, 15}) {
      rules.put("page >= " + k, o -> o.context(0) >= k);
      rules.put("page < " + k, o -> o.context(0) < k);
    }
    rules.put("previous page 0 clicks", o -> o.context(3) == 0);
    rules.put("previous page >= 3 clicks", o -> o.context(3) >= 3);
    rules.put("session clicks >= 20", o -> o.context(1) >= 20);
    for (int c = 0; c < 4; c++) {
      int cohort = c;
      rules.put("cohort " + c, o -> o.user()[8 + cohort] > 0.5);
    }
    int r = 0;
    for (var rule : rules.entrySet()) {
      SplitMix random = new SplitMix(seed * 1000 + r++);
      double best = Double.NEGATIVE_INFINITY;
      double[] bestV = null;
      for (int c = 0; c < candidates; c++) {
        double[] v = new double[w.length];
        for (int f = 0; f < v.length; f++) {
          v[f] = c % 2 == 0 ? 2 * random.nextDouble() - 1 : Math.max(-1, Math.min(1, w[f] + 0.3 * random.nextGaussian()));
        }
        double m = search.evaluate(env, switched(rule.getValue(), v, w)).meanReturn();
        if (m > best) {
          best = m;
          bestV = v;
        }
      }
      Policy<FeedObservation, double[]> p = switched(rule.getValue(), bestV, w);
      double[] d = new double[eval.episodes()];
      for (int i = 0; i < d.length; i++) {
        d[i] = eval.play(env, p, i).episodeReturn() - eval.play(env, fixed, i).episodeReturn();
      }
      double mean = Arrays.stream(d).average().orElseThrow();
      double sd = Math.sqrt(Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / (d.length - 1));
      List<Double> shown = new ArrayList<>();
      for (double x : bestV) {
        shown.add(Math.round(x * 100) / 100.0);
      }
      System.out.printf("%-26s search %.2f  paired difference on eval %+.2f ± %.2f  v = %s%n", rule.getKey(), best,
          mean, sd / Math.sqrt(d.length), shown);
    }
  }

  private static Policy<FeedObservation, double[]> switched(Predicate<FeedObservation> rule, double[] v, double[] w) {
    return o -> rule.test(o) ? v.clone() : w.clone();
  }
}
