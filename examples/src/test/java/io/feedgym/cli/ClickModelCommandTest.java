package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code feedgym click-model} end to end on a small uniform log: the linear model is fitted first whatever the
 * order asked, every other block gets its AUC difference with it and the bootstrap standard error, left-out
 * features shrink every model, and an unknown feature is named.
 */
class ClickModelCommandTest {
  @TempDir
  static Path dir;

  private static Path log;

  @BeforeAll
  static void logUniformSessions() {
    log = dir.resolve("uniform.parquet");
    CliRun run = CliRun.of("log", "--env", "feed-v0", "--policy", "uniform", "--sessions", "40", "--seed", "5",
        "--out", log.toString());
    assertThat(run.code()).as(run.err()).isZero();
  }

  private static JsonNode fit(String... extra) throws IOException {
    String[] args = {"click-model", "--data", log.toString(), "--networks", "fm,linear", "--epochs", "1",
        "--validation-fraction", "0", "--test-fraction", "0.3"};
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    CliRun run = CliRun.of(all);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.outLines().get(2)).startsWith("linear");
    return new ObjectMapper().readTree(run.lastOutLine());
  }

  @Test
  void blocksAreComparedWithTheLinearModelWithAStandardError() throws IOException {
    JsonNode all = fit();
    JsonNode fm = all.get("networks").get("fm");
    JsonNode linear = all.get("networks").get("linear");
    assertThat(fm.get("auc_minus_linear").asDouble())
        .isEqualTo(fm.get("auc").asDouble() - linear.get("auc").asDouble());
    assertThat(fm.get("auc_minus_linear_se").asDouble()).isPositive().isLessThan(0.2);
    assertThat(linear.has("auc_minus_linear")).isFalse();

    JsonNode without = fit("--without", "retrieval_score,predicted_ctr");
    assertThat(without.get("without").toString()).isEqualTo("[\"retrieval_score\",\"predicted_ctr\"]");
    for (String id : new String[] {"linear", "fm"}) {
      long fewer = all.get("networks").get(id).get("parameters").asLong()
          - without.get("networks").get(id).get("parameters").asLong();
      // One first-order weight per left-out number, and for FM its 8-dimensional vector too.
      assertThat(fewer).as(id).isEqualTo(id.equals("fm") ? 2 * (1 + 8) : 2);
    }
  }

  @Test
  void theEmbeddingDimensionAndTheDenseVectorsAreOptions() throws IOException {
    JsonNode k8 = fit();
    JsonNode k4 = fit("--embedding-dim", "4");
    long linear = k8.get("networks").get("linear").get("parameters").asLong();
    assertThat(k4.get("networks").get("linear").get("parameters").asLong()).isEqualTo(linear);
    // FM = the linear model's parameters plus k numbers per vector row, so halving k halves the difference.
    long fm8 = k8.get("networks").get("fm").get("parameters").asLong() - linear;
    long fm4 = k4.get("networks").get("fm").get("parameters").asLong() - linear;
    assertThat(fm8).isPositive().isEqualTo(2 * fm4);

    JsonNode perField = fit("--dense-vectors", "per_field");
    assertThat(perField.get("dense_vectors").asText()).isEqualTo("per_field");
    // W_f [width × k] has as many numbers as the per-number vectors, but the FM is another function.
    assertThat(perField.get("networks").get("fm").get("parameters").asLong())
        .isEqualTo(k8.get("networks").get("fm").get("parameters").asLong());
    assertThat(perField.get("networks").get("fm").get("log_loss").asDouble())
        .isNotEqualTo(k8.get("networks").get("fm").get("log_loss").asDouble());

    CliRun run = CliRun.of("click-model", "--data", log.toString(), "--dense-vectors", "pairs");
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("--dense-vectors must be per_number or per_field, found 'pairs'");
  }

  @Test
  void eachNetworkKeepsThePenaltyOfLowestValidationLoss() throws IOException {
    // The strong penalty comes first, so that keeping the first value instead of the best one fails.
    CliRun run = CliRun.of("click-model", "--data", log.toString(), "--networks", "linear,fm", "--epochs", "1",
        "--test-fraction", "0.3", "--validation-fraction", "0.3", "--l2", "0.5,0");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode networks = new ObjectMapper().readTree(run.lastOutLine()).get("networks");
    for (String id : new String[] {"linear", "fm"}) {
      JsonNode byL2 = networks.get(id).get("validation_log_loss_by_l2");
      assertThat(byL2.size()).isEqualTo(2);
      double unpenalized = byL2.get("0.0").asDouble();
      double penalized = byL2.get("0.5").asDouble();
      assertThat(unpenalized).isNotEqualTo(penalized);
      assertThat(networks.get(id).get("l2").asDouble()).as(id).isEqualTo(unpenalized < penalized ? 0.0 : 0.5);
      assertThat(networks.get(id).get("validation_log_loss").get(0).asDouble()).isEqualTo(Math.min(unpenalized,
          penalized));
    }

    CliRun noValidation = CliRun.of("click-model", "--data", log.toString(), "--validation-fraction", "0", "--l2",
        "0,0.001");
    assertThat(noValidation.code()).isNotZero();
    assertThat(noValidation.err()).contains("--l2 with 2 values chooses by validation loss; it needs "
        + "--validation-fraction > 0");
  }

  @Test
  void anUnknownFeatureIsNamed() {
    CliRun run = CliRun.of("click-model", "--data", log.toString(), "--without", "ctr");
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("--without: unknown scoring feature 'ctr'; known: retrieval_score, predicted_ctr");
  }
}
