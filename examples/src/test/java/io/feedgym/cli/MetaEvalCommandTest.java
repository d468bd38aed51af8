package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code feedgym meta-eval} evaluates every kind of arm on the same held-out cohorts and rejects bad input. */
class MetaEvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void baselinesAndAnAgentTrainedFromScratchOnEachCohortAreReported() throws Exception {
    CliRun run = CliRun.of("meta-eval", "--heldout-cohorts", "2", "--trials-per-cohort", "2", "--first-pages", "5",
        "--policy", "cohort-oracle,context-myopic,myopic", "--train-on-cohort", "slateq", "--budget", "40",
        "--set", "learning_starts=20", "--set", "batch_size=8", "--set", "max_pages=5");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode summary = JSON.readTree(run.lastOutLine());
    assertThat(summary.get("heldout_cohorts").asInt()).isEqualTo(2);
    JsonNode arms = summary.get("arms");
    assertThat(arms.fieldNames()).toIterable().containsExactly("cohort-oracle", "context-myopic", "myopic",
        "slateq from scratch (40 pages)");
    for (JsonNode arm : arms) {
      double pages = arm.get("first_pages").get("mean").asDouble();
      double trial = arm.get("trial").get("mean").asDouble();
      assertThat(pages).isPositive().isLessThanOrEqualTo(trial);
      assertThat(arm.get("trial").get("stderr").asDouble()).isNotNegative();
      JsonNode perCohort = arm.get("trial").get("per_cohort");
      assertThat(perCohort).hasSize(2);
      assertThat((perCohort.get(0).asDouble() + perCohort.get(1).asDouble()) / 2).isCloseTo(trial, within(1e-3));
    }
    assertThat(run.out()).contains("first 5 pages", "first 1 session", "whole trial");
  }

  @Test
  void theSameSeedGivesTheSameFigures() {
    String[] args = {"meta-eval", "--heldout-cohorts", "3", "--trials-per-cohort", "2", "--policy", "context-myopic"};
    String first = CliRun.of(args).lastOutLine().replaceAll("\"wall_seconds\":[0-9.]+", "");
    String second = CliRun.of(args).lastOutLine().replaceAll("\"wall_seconds\":[0-9.]+", "");
    assertThat(first).isEqualTo(second).contains("\"context-myopic\"");
  }

  @Test
  void badInputNamesTheProblem() {
    assertThat(CliRun.of("meta-eval").err()).contains("give at least one arm: --policy, --checkpoint or --train-on-cohort");
    assertThat(CliRun.of("meta-eval", "--policy", "myopic", "--set", "cohort=3").err())
        .contains("meta-eval sets env.cohort itself");
    assertThat(CliRun.of("meta-eval", "--policy", "myopic", "--heldout-cohorts", "101").err())
        .contains("--heldout-cohorts must be in [1, num_heldout_cohorts=100], found 101");
    assertThat(CliRun.of("meta-eval", "--env", "feed-v0", "--policy", "myopic").err())
        .contains("meta-eval needs a cohort environment such as feed-cohorts-v0; 'feed-v0' has no held-out cohorts");
    CliRun oracleOnFeed = CliRun.of("eval", "--env", "feed-v0", "--policy", "context-myopic");
    assertThat(oracleOnFeed.code()).isEqualTo(2);
    assertThat(oracleOnFeed.err()).contains("policy 'context-myopic' needs the trials of feed-cohorts-v0");
  }
}
