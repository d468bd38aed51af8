package io.feedgym.agents.dbgd;

import io.feedgym.agents.slateq.SlateQ;
import io.feedgym.env.Step;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.policies.Agent;
import io.feedgym.runner.online.OnlineLearner;
import io.feedgym.runner.online.OnlineMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * DRN's online recommender (Zheng et al. 2018, Sec. 4 and Fig. 4): a SlateQ item network (DRN's Q network,
 * trained with item-wise targets) ranks each page's candidates by v(s, i) · (Q̄(s, i) − Q̄(s, ⊥)) and shows
 * the top K. FROZEN never updates; MAJOR stores every page in the replay memory and retrains on it for
 * {@code major_steps} gradient steps every {@code major_every_days} days (the major update); MINOR_MAJOR also
 * explores and adapts within the day with {@link Dbgd} (the minor update), whose interleaved pages are stored
 * and replayed like any other. Not thread-safe.
 *
 * @param <O> the observation type
 */
public final class Drn<O> implements OnlineLearner<O> {
  private final OnlineMode mode;
  private final SlateQ<O, ?> model;
  private final Dbgd<O> dbgd;
  private final int slateSize;
  private final int majorEveryDays;
  private final int majorSteps;

  /**
   * DRN in {@code mode} on {@code model}, showing {@code slateSize} items; {@code dbgd} makes the minor
   * updates in MINOR_MAJOR mode (null otherwise) and must explore {@code model}'s network.
   */
  public Drn(OnlineMode mode, SlateQ<O, ?> model, Dbgd<O> dbgd, int slateSize, int majorEveryDays, int majorSteps) {
    if ((mode == OnlineMode.MINOR_MAJOR) != (dbgd != null)) {
      throw new IllegalArgumentException("DBGD makes the minor updates of minor-major and only there; mode " + mode
          + (dbgd == null ? " without DBGD" : " with DBGD"));
    }
    if (slateSize < 1 || majorEveryDays < 1 || majorSteps < 0) {
      throw new IllegalArgumentException("slate_size and major_every_days must be positive and major_steps >= 0, "
          + "found " + slateSize + ", " + majorEveryDays + " and " + majorSteps);
    }
    this.mode = mode;
    this.model = model;
    this.dbgd = dbgd;
    this.slateSize = slateSize;
    this.majorEveryDays = majorEveryDays;
    this.majorSteps = majorSteps;
  }

  @Override
  public Agent<O, int[]> pretraining() {
    return model;
  }

  @Override
  public int[] serve(O page) {
    if (mode == OnlineMode.MINOR_MAJOR) {
      return dbgd.serve(page, slateSize);
    }
    int[] ranking = Dbgd.ranking(model.rankingScores(page));
    return Arrays.copyOf(ranking, slateSize);
  }

  @Override
  public Map<String, Double> learn(O page, int[] slate, Step<O> step) {
    if (mode == OnlineMode.FROZEN) {
      return Map.of();
    }
    model.remember(page, slate, step);
    if (mode == OnlineMode.MAJOR) {
      return Map.of();
    }
    Feedback feedback = (Feedback) step.info().get(Feedback.INFO_KEY);
    return dbgd.feedback(DbgdConfig.clicked(feedback), dbgd.config().longClicked(feedback));
  }

  @Override
  public Map<String, Double> endOfDay(int day) {
    if (mode == OnlineMode.FROZEN || (day + 1) % majorEveryDays != 0 || majorSteps == 0) {
      return Map.of();
    }
    Map<String, Double> metrics = new HashMap<>();
    for (int s = 0; s < majorSteps; s++) {
      metrics = model.update();
    }
    if (dbgd != null) {
      dbgd.parametersChanged();
    }
    return metrics;
  }

  @Override
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    model.save(dir);
    if (dbgd != null) {
      dbgd.save(dir);
    }
  }

  @Override
  public void load(Path dir) throws IOException {
    model.load(dir);
    if (dbgd != null) {
      dbgd.load(dir);
    }
  }
}
