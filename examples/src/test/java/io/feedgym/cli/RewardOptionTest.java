package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set reward=...} and {@code reward.ID.KEY} replace the reward; eval reports feedback metrics. */
class RewardOptionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RECSIM = "recsim-interest-evolution-v0";

  @TempDir
  Path dir;

  @Test
  void evalUsesTheSelectedRewardAndReportsItsTermsAndTheFeedbackMetrics() throws IOException {
    CliRun run = CliRun.of("eval", "--env", RECSIM, "--policy", "random", "--episodes", "3", "--seed", "1",
        "--set", "reward=clicks:1,leave:1", "--set", "reward.leave.penalty=2");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode summary = JSON.readTree(run.lastOutLine());
    assertThat(summary.at("/reward/sum").asText()).isEqualTo("clicks:1.0,leave:1.0");
    assertThat(summary.at("/reward/params/leave/penalty").asDouble()).isEqualTo(2.0);
    JsonNode eval = summary.get("eval");
    double clicks = eval.at("/mean_reward_terms/reward~1clicks").asDouble();
    // The session, and with it the episode, ends when the user leaves: one leave (−2) per episode.
    assertThat(eval.at("/mean_reward_terms/reward~1leave").asDouble()).isEqualTo(-2.0);
    assertThat(eval.get("mean_return").asDouble()).isCloseTo(clicks - 2.0, within(1e-9));
    JsonNode feedback = eval.get("feedback");
    assertThat(feedback.get("sessions_per_episode").asDouble()).isEqualTo(1.0);
    assertThat(feedback.get("pages_per_session").asDouble())
        .isCloseTo(eval.get("mean_length").asDouble(), within(1e-9));
    assertThat(feedback.get("clicks_per_session").asDouble()).isCloseTo(clicks, within(1e-9));
    // Slates of 2: impressions = 2 · pages.
    assertThat(feedback.get("ctr").asDouble())
        .isCloseTo(clicks / (2 * eval.get("mean_length").asDouble()), within(1e-9));
    assertThat(feedback.fieldNames()).toIterable().containsExactly("sessions_per_episode", "pages_per_session",
        "clicks_per_session", "purchases_per_session", "ctr", "stderr_ctr");
    assertThat(run.out()).contains("reward: clicks:1.0,leave:1.0\n", "per session: ", " pages, ", " CTR ",
        "reward terms per episode: reward/clicks ", ", reward/leave -2.00");
  }

  @Test
  void withoutARewardTheEnvironmentsOwnIsUsedAndFeedbackIsStillMeasured() throws IOException {
    CliRun run = CliRun.of("eval", "--env", RECSIM, "--policy", "random", "--episodes", "2");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode summary = JSON.readTree(run.lastOutLine());
    assertThat(summary.has("reward")).isFalse();
    assertThat(summary.at("/eval/feedback/sessions_per_episode").asDouble()).isEqualTo(1.0);
    assertThat(summary.get("eval").has("mean_reward_terms")).isFalse();
    assertThat(run.out()).contains("per session: ").doesNotContain("reward:", "reward terms");
  }

  @Test
  void environmentsWithoutFeedbackHaveNoFeedbackMetrics() throws IOException {
    CliRun run = CliRun.of("eval", "--env", "cartpole-v1", "--policy", "random", "--episodes", "1");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode eval = JSON.readTree(run.lastOutLine()).get("eval");
    assertThat(eval.fieldNames()).toIterable()
        .containsExactly("episodes", "mean_return", "std_return", "stderr_return", "mean_length");
    assertThat(run.outLines()).hasSize(2);
  }

  @Test
  void theRewardCanComeFromAConfigFile() throws IOException {
    Path config = dir.resolve("reward.properties");
    Files.writeString(config, "reward = clicks:2,activeness:0.5\nreward.activeness.tau = 7\n");

    CliRun run = CliRun.of("eval", "--env", RECSIM, "--policy", "random", "--episodes", "1",
        "--config", config.toString());

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode reward = JSON.readTree(run.lastOutLine()).get("reward");
    assertThat(reward.get("sum").asText()).isEqualTo("clicks:2.0,activeness:0.5");
    assertThat(reward.at("/params/activeness/tau").asDouble()).isEqualTo(7.0);
    assertThat(reward.at("/params/activeness/beta").asDouble()).isEqualTo(1.0);
  }

  @Test
  void checkEnvChecksTheRewardedEnvironment() {
    CliRun run = CliRun.of("check-env", RECSIM, "--set", "reward=clicks,leave,depth:0.1");

    assertThat(run.code()).as(run.out() + run.err()).isZero();
  }
}
