package io.feedgym.offline.obd;

import io.feedgym.offline.read.LogSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The Open Bandit Dataset sample (ZOZOTOWN; Saito, Aihara, Matsutani, Narita 2021, arXiv:2008.07146) as a
 * {@link LogSource}: a DuckDB query that maps {@code {policy}/{campaign}/{campaign}.csv} and its
 * {@code item_context.csv} onto the logged-session schema. OBD has no user or session ids and its subsample
 * breaks the 3-item slates apart, so every log row becomes a one-step session: session_id = the row's index,
 * one page (page 0) whose shown item (position 0) is the logged item, click = click, propensity = the logging
 * policy's propensity_score (P(this item in this slot)), timestamp as logged; the widget slot (1 left, 2
 * center, 3 right) is context_0 = slot − 1. user_id is a pseudo-user: the first 16 hex digits of the MD5 of
 * the four user-feature hashes. user_feature_0..3 are those hashes' category codes (0-based DENSE_RANK within
 * the file: codes, not magnitudes). With {@link Candidates#ALL} the page lists every item of the campaign as
 * a candidate (candidate = item_id, the arms the policy chose from), the shown one first, each with
 * item_feature_0 = the item's numeric item_feature_0, item_feature_1 = the user's user-item affinity for it and
 * topic = the code of its item_feature_1 category; with {@link Candidates#SHOWN} only the shown item. The
 * data and its licence (Apache 2.0) are under {@code data/open-bandit-dataset/}. Immutable.
 */
public final class OpenBanditDataset {

  /** The logging policy of a file. */
  public enum Policy {
    /** Uniform random: propensity 1 / number of items. */
    RANDOM,
    /** Bernoulli Thompson sampling. */
    BTS
  }

  /** The campaign: the item set. */
  public enum Campaign {
    /** 34 items. */
    MEN(34),
    /** 46 items. */
    WOMEN(46);

    private final int items;

    Campaign(int items) {
      this.items = items;
    }

    /** The number of items (arms). */
    public int items() {
      return items;
    }
  }

  /** Which items of an impression get a row. */
  public enum Candidates {
    /** Every item of the campaign, the shown one first. */
    ALL,
    /** The shown item only. */
    SHOWN
  }

  private OpenBanditDataset() {}

  /** The file of {@code policy} and {@code campaign} under the dataset folder {@code root}. */
  public static Path file(Path root, Policy policy, Campaign campaign) {
    String c = campaign.name().toLowerCase(Locale.ROOT);
    return root.resolve(policy.name().toLowerCase(Locale.ROOT)).resolve(c).resolve(c + ".csv");
  }

  /** The log of {@code policy} and {@code campaign} under {@code root}, mapped onto the schema. */
  public static LogSource source(Path root, Policy policy, Campaign campaign, Candidates candidates) {
    Path log = file(root, policy, campaign);
    Path items = log.resolveSibling("item_context.csv");
    if (!Files.isRegularFile(log) || !Files.isRegularFile(items)) {
      throw new IllegalArgumentException("no Open Bandit Dataset files " + log + " and " + items);
    }
    boolean all = candidates == Candidates.ALL;
    StringBuilder affinity = new StringBuilder("CASE c.candidate");
    for (int item = 0; item < campaign.items(); item++) {
      affinity.append(" WHEN ").append(item).append(" THEN \"user-item_affinity_").append(item).append('"');
    }
    affinity.append(" END");
    String sql = """
        WITH log AS (
          SELECT COLUMNS('^column0+$') AS session_id, *,
            substr(md5(concat_ws('|', user_feature_0, user_feature_1, user_feature_2, user_feature_3)), 1, 16) AS uid,
            dense_rank() OVER (ORDER BY user_feature_0) - 1 AS u0, dense_rank() OVER (ORDER BY user_feature_1) - 1 AS u1,
            dense_rank() OVER (ORDER BY user_feature_2) - 1 AS u2, dense_rank() OVER (ORDER BY user_feature_3) - 1 AS u3
          FROM read_csv(%s, header = true)),
        items AS (
          SELECT item_id AS candidate, item_feature_0 AS numeric_feature,
            dense_rank() OVER (ORDER BY item_feature_1) - 1 AS category
          FROM read_csv(%s, header = true)),
        c AS (SELECT * FROM log JOIN items ON %s)
        SELECT c.session_id, c.uid AS user_id, 0 AS page,
          CASE WHEN c.candidate = c.item_id THEN 0 END AS position, c.candidate AS item_id,
          CASE WHEN c.candidate = c.item_id THEN c.click ELSE 0 END AS click,
          CASE WHEN c.candidate = c.item_id THEN c.propensity_score END AS propensity,
          %s c.category AS topic, strftime(c.timestamp, '%%Y-%%m-%%dT%%H:%%M:%%S.%%fZ') AS timestamp,
          c.numeric_feature AS item_feature_0, %s AS item_feature_1,
          c.u0 AS user_feature_0, c.u1 AS user_feature_1, c.u2 AS user_feature_2, c.u3 AS user_feature_3,
          c.position - 1 AS context_0
        FROM c
        ORDER BY c.session_id%s
        """.formatted(literal(log), literal(items), all ? "true" : "items.candidate = log.item_id",
        all ? "c.candidate AS candidate," : "", affinity, all ? ", c.candidate <> c.item_id, c.candidate" : "");
    return LogSource.query(log.toString(), sql);
  }

  private static String literal(Path path) {
    return "'" + path.toString().replace("'", "''") + "'";
  }
}
