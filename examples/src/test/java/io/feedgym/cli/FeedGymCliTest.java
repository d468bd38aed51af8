package io.feedgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FeedGymCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void withoutArgumentsPrintsHelp() {
    CliRun run = CliRun.of();

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Usage: feedgym").contains("envs", "agents", "train", "eval", "check-env");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void listsEnvironmentsAndAgentsWithDescriptions() {
    CliRun envs = CliRun.of("envs");
    CliRun agents = CliRun.of("agents");

    assertThat(envs.code()).isZero();
    assertThat(envs.outLines()).anySatisfy(line -> assertThat(line).matches("cartpole-v1 +Gymnasium CartPole-v1.*"));
    assertThat(agents.code()).isZero();
    assertThat(agents.outLines()).anySatisfy(line -> assertThat(line).matches("dqn +Deep Q-Network.*"));
  }

  @Test
  void trainHelpDocumentsTheSetRoutingRule() {
    String setHelp = String.join(" ", new CommandLine(new FeedGymCli()).getSubcommands().get("train")
        .getCommandSpec().findOption("--set").description());
    CliRun run = CliRun.of("train", "--help");

    assertThat(setHelp)
        .contains("env.KEY=VALUE sets the environment's configuration and agent.KEY=VALUE the agent's")
        .contains("a plain KEY=VALUE goes to whichever of the two has KEY, and is an error when both have it");
    assertThat(run.code()).isZero();
    assertThat(run.out().replaceAll("\\s+", "")).contains(setHelp.replaceAll("\\s+", ""));
  }

  @Test
  void evaluatesABaselinePolicy() throws IOException {
    CliRun run = CliRun.of("eval", "--env", "cartpole-v1", "--policy", "random", "--episodes", "7", "--seed", "4");

    assertThat(run.code()).isZero();
    JsonNode summary = JSON.readTree(run.lastOutLine());
    assertThat(summary.get("env").asText()).isEqualTo("cartpole-v1");
    assertThat(summary.get("policy").asText()).isEqualTo("random");
    assertThat(summary.get("seed").asLong()).isEqualTo(4);
    assertThat(summary.at("/eval/episodes").asInt()).isEqualTo(7);
    assertThat(summary.at("/eval/mean_return").asDouble()).isPositive();
    assertThat(CliRun.of("eval", "--env", "cartpole-v1", "--policy", "random", "--episodes", "7", "--seed", "4")
        .lastOutLine().replaceAll("\"wall_seconds\":[0-9.E-]+,", ""))
        .isEqualTo(run.lastOutLine().replaceAll("\"wall_seconds\":[0-9.E-]+,", ""));
  }
}
