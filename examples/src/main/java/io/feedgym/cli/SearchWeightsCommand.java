package io.feedgym.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.env.Environment;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.env.spaces.Box;
import io.feedgym.policies.feed.FixedWeights;
import io.feedgym.policies.search.CrossEntropySearch;
import io.feedgym.random.SplitMix;
import io.feedgym.rewards.registry.RewardSelection;
import io.feedgym.runner.EvalResult;
import io.feedgym.runner.Evaluator;
import io.feedgym.runner.RunSeeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym search-weights}: the strong non-adaptive baseline for the ranking-weight action form. A random
 * search draws {@code --candidates} weight vectors uniformly from [-1, 1]^7 (SplitMix seeded from the run's agent
 * seed), or the cross-entropy method ({@code --method cem}, {@link CrossEntropySearch}) draws them in iterations of
 * {@code --population}; either scores each by its mean return over the same {@code --episodes} search episodes
 * (episode i from reset(env seed + i), the training seed stream, disjoint from evaluation's), keeps the best, and
 * evaluates it
 * on the {@code --eval-episodes} episodes that {@code feedgym train}'s final evaluation uses with the same
 * {@code --seed}. The last line of stdout is a JSON summary with the search's budget in episodes.
 */
@Command(name = "search-weights", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Random search for the best fixed ranking-weight vector (feed environments, action=weights).",
        "Evaluates the best vector on the episodes of 'feedgym train's final evaluation with the same --seed; "
            + "the last line of stdout is a one-line JSON summary."})
final class SearchWeightsCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec
  private CommandSpec spec;

  @Option(names = "--env", paramLabel = "ID", defaultValue = "feed-v0",
      description = "Environment id, with --set action=weights; default: ${DEFAULT-VALUE}.")
  private String env;

  @Option(names = "--candidates", paramLabel = "N", defaultValue = "200",
      description = "Weight vectors drawn, positive; default: ${DEFAULT-VALUE}.")
  private int candidates;

  @Option(names = "--method", paramLabel = "random|cem", defaultValue = "random",
      description = "Uniform random search, or the noisy cross-entropy method over the same budget; default: "
          + "${DEFAULT-VALUE}.")
  private String method;

  @Option(names = "--population", paramLabel = "P", defaultValue = "20",
      description = "cem: candidates per iteration (--candidates / P iterations); default: ${DEFAULT-VALUE}.")
  private int population;

  @Option(names = "--elite", paramLabel = "E", defaultValue = "5",
      description = "cem: best candidates of an iteration the search distribution is refitted to; default: "
          + "${DEFAULT-VALUE}.")
  private int elite;

  @Option(names = "--episodes", paramLabel = "M", defaultValue = "100",
      description = "Search episodes per candidate, positive; default: ${DEFAULT-VALUE}.")
  private int episodes;

  @Option(names = "--eval-episodes", paramLabel = "K", defaultValue = "200",
      description = "Evaluation episodes of the best vector, positive; default: ${DEFAULT-VALUE}.")
  private int evalEpisodes;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Run seed, split as by 'feedgym train'; default: ${DEFAULT-VALUE}.")
  private long seed;

  @Mixin
  private OverrideOptions overrides;

  @Override
  public Integer call() throws IOException {
    if (candidates <= 0 || episodes <= 0 || evalEpisodes <= 0) {
      throw new IllegalArgumentException("--candidates, --episodes and --eval-episodes must be positive, found "
          + candidates + ", " + episodes + " and " + evalEpisodes);
    }
    boolean cem = switch (method) {
      case "random" -> false;
      case "cem" -> true;
      default -> throw new IllegalArgumentException("--method must be random or cem, found " + method);
    };
    CrossEntropySearch.Config cemConfig = null;
    if (cem) {
      try {
        cemConfig = new CrossEntropySearch.Config(population, elite,
            CrossEntropySearch.Config.defaults().initialStd(), CrossEntropySearch.Config.defaults().extraStd());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--" + e.getMessage(), e);
      }
      if (candidates % population != 0) {
        throw new IllegalArgumentException("--candidates must be a multiple of --population with --method cem, found "
            + candidates + " and " + population);
      }
    }
    Overrides routed = Overrides.route(overrides.assignments(), env, Optional.empty());
    Optional<RewardSelection> reward = routed.reward(Optional.empty());
    RunSeeds seeds = RunSeeds.from(seed);
    long start = System.nanoTime();
    try (Environment<?, ?> raw = RewardedEnv.make(env, routed.env(), reward)) {
      Environment<FeedObservation, double[]> environment = requireWeights(raw, "search-weights");
      Box box = (Box) environment.actionSpace();
      Evaluator search = new Evaluator(episodes, seeds.env());
      SplitMix random = new SplitMix(seeds.agent());
      FixedWeights best = null;
      EvalResult bestResult = null;
      if (cem) {
        CrossEntropySearch.Result found = new CrossEntropySearch(cemConfig).maximize(box.size(),
            candidates / population, w -> search.evaluate(environment, new FixedWeights(w)).meanReturn(), random);
        best = new FixedWeights(found.best());
        bestResult = search.evaluate(environment, best);
      } else {
        for (int c = 0; c < candidates; c++) {
          FixedWeights candidate = new FixedWeights(box.sample(random));
          EvalResult result = search.evaluate(environment, candidate);
          if (bestResult == null || result.meanReturn() > bestResult.meanReturn()) {
            best = candidate;
            bestResult = result;
          }
        }
      }
      EvalResult eval = new Evaluator(evalEpisodes, seeds.eval()).evaluate(environment, best);
      report(best, bestResult, eval, (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }

  /**
   * {@code env} as a feed environment with ranking-weight actions; otherwise an error naming {@code who} and the
   * action space found.
   */
  @SuppressWarnings("unchecked")
  static Environment<FeedObservation, double[]> requireWeights(Environment<?, ?> env, String who) {
    if (!(env.actionSpace() instanceof Box box) || box.size() != FeedObservation.SCORING_FEATURES
        || !(env.observationSpace() instanceof FeedObservationSpace)) {
      throw new IllegalArgumentException(who + " needs a feed environment with --set action=weights, found "
          + "action space " + env.actionSpace());
    }
    return (Environment<FeedObservation, double[]>) env;
  }

  private void report(FixedWeights best, EvalResult search, EvalResult eval, double seconds) throws IOException {
    Map<String, Double> weights = new LinkedHashMap<>();
    double[] w = best.weights();
    for (int f = 0; f < w.length; f++) {
      weights.put(FeedObservation.SCORING_FEATURE_NAMES.get(f), w[f]);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("env", env);
    summary.put("seed", seed);
    summary.put("method", method);
    summary.put("candidates", candidates);
    summary.put("episodes_per_candidate", episodes);
    summary.put("search_episodes", (long) candidates * episodes);
    summary.put("best_weights", weights);
    summary.put("search_mean_return", search.meanReturn());
    summary.put("search_stderr_return", search.stderrReturn());
    summary.put("eval", Map.of("episodes", eval.episodes(), "mean_return", eval.meanReturn(),
        "stderr_return", eval.stderrReturn(), "mean_length", eval.meanLength()));
    summary.put("wall_seconds", seconds);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "best of %d fixed weight vectors (%s search, %d search episodes each): %s%n", candidates,
        method, episodes, best);
    out.printf(Locale.ROOT, "search mean return %.2f (stderr %.2f); eval over %d episodes: %.2f (stderr %.2f)%n",
        search.meanReturn(), search.stderrReturn(), eval.episodes(), eval.meanReturn(), eval.stderrReturn());
    out.println(MAPPER.writeValueAsString(summary));
    out.flush();
  }
}
