package io.feedgym.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.feedgym.rewards.registry.RewardSelection;
import io.feedgym.runner.EvalResult;
import java.util.Objects;

/**
 * The result of a {@code train} or {@code eval} command, printed as the last line of stdout (one-line
 * JSON with snake_case keys) and saved as {@code summary.json}. Fields that do not apply, here or in the
 * evaluation, are null (or empty) and left out of the JSON.
 *
 * @param env the environment id
 * @param agent the agent id (null for a baseline policy)
 * @param policy the baseline policy name (eval --policy only)
 * @param checkpoint the checkpoint directory (eval --checkpoint only)
 * @param reward the reward that replaced the environment's own (null when the environment's was used)
 * @param seed the run seed
 * @param steps training environment steps (train only)
 * @param wallSeconds wall-clock seconds of training or evaluation
 * @param stepsPerSecond training environment steps per second (train only)
 * @param out the run directory (train only)
 * @param eval the final evaluation
 * @param baselines the baseline policies that apply to the environment, evaluated on the same episodes as
 *     the trained agent (train only), by name
 * @param paired the paired comparison with {@code eval --versus-weights} (eval only)
 */
record Summary(
    String env,
    String agent,
    String policy,
    String checkpoint,
    RewardSelection reward,
    long seed,
    Long steps,
    double wallSeconds,
    Double stepsPerSecond,
    String out,
    EvalResult eval,
    java.util.Map<String, EvalResult> baselines,
    PairedDifference paired) {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);

  Summary {
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(eval, "eval");
  }

  /** The summary as one line of JSON. */
  String toJsonLine() {
    return write(MAPPER);
  }

  /** The summary as indented JSON, for {@code summary.json}. */
  String toPrettyJson() {
    return write(MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT)) + "\n";
  }

  private String write(ObjectMapper mapper) {
    try {
      return mapper.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the summary", e);
    }
  }
}
