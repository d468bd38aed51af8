import io.feedgym.env.Step;
import io.feedgym.env.feed.*;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.policies.Policy;
import io.feedgym.policies.feed.FeedBaselines;

/**
 * CTR by page depth of the feed baselines on the drift scenario (60° shift) at world day ARG0, over ARG1 sessions
 * from reset(5000 + e); docs/agents/dbgd.md, "What drives CTR". Run from the worktree root after a package:
 * java -cp examples/target/feedgym.jar docs/agents/scripts/CtrByDepth.java 10 600
 */
public class CtrByDepth {
  public static void main(String[] a) {
    double day = Double.parseDouble(a[0]);
    int n = Integer.parseInt(a[1]);
    int[] edges = {1, 3, 6, 11, 21, 31, 51};
    String[] ids = {"myopic", "oracle", "quality-diversity"};
    double[][] ctrs = new double[ids.length][edges.length];
    double[][] shares = new double[ids.length][edges.length];
    for (int k = 0; k < ids.length; k++) {
      String id = ids[k];
      FeedDrift d = FeedDrift.preset("drift");
      d = new FeedDrift(d.gradualSpeed(), d.shiftDays(), 60.0, d.shiftPriceLogStd(), d.releaseRate(), d.releaseDays(), d.popularityRampDays(), d.profileStaleness());
      Feed feed = new Feed(FeedConfig.defaults().withDrift(d));
      @SuppressWarnings("unchecked")
      Policy<FeedObservation, int[]> p = (Policy<FeedObservation, int[]>) FeedBaselines.forEnvironment(id, feed);
      long[] clicks = new long[edges.length];
      long[] shown = new long[edges.length];
      long tc = 0, ts = 0; long pages = 0;
      for (int e = 0; e < n; e++) {
        feed.setWorldDay(day);
        FeedObservation o = feed.reset(5000 + e).observation();
        boolean done = false; int page = 0;
        while (!done) {
          int[] slate = p.act(o);
          Step<FeedObservation> s = feed.step(slate);
          Feedback f = (Feedback) s.info().get(Feedback.INFO_KEY);
          page++; pages++;
          int b = 0; while (b + 1 < edges.length && page >= edges[b + 1]) b++;
          clicks[b] += f.clicks(); shown[b] += slate.length; tc += f.clicks(); ts += slate.length;
          done = s.done(); o = s.observation();
        }
      }
      StringBuilder sb = new StringBuilder(String.format("%-18s ctr %.4f pages/session %.1f clicks/session %.2f |", id, tc / (double) ts, pages / (double) n, tc / (double) n));
      for (int b = 0; b < edges.length; b++) {
        ctrs[k][b] = shown[b] > 0 ? clicks[b] / (double) shown[b] : 0;
        shares[k][b] = shown[b] / (double) ts;
      }
      for (int b = 0; b < edges.length; b++) if (shown[b] > 0) sb.append(String.format(" p%d+: %.4f (%.0f%%)", edges[b], clicks[b] / (double) shown[b], 100.0 * shown[b] / ts));
      System.out.println(sb);
    }
    // Each policy's per-depth CTR weighted by another policy's share of items at each depth: the CTR it would
    // have with the other's session lengths (a bin it never reached counts with the CTR of its deepest bin).
    for (int k = 0; k < ids.length; k++) {
      StringBuilder sb = new StringBuilder(String.format("%-18s CTR with the depth mix of", ids[k]));
      for (int m = 0; m < ids.length; m++) {
        double ctr = 0;
        double last = 0;
        for (int b = 0; b < edges.length; b++) {
          last = shares[k][b] > 0 ? ctrs[k][b] : last;
          ctr += shares[m][b] * last;
        }
        sb.append(String.format(" %s: %.4f", ids[m], ctr));
      }
      System.out.println(sb);
    }
  }
}
