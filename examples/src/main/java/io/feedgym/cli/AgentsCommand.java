package io.feedgym.cli;

import io.feedgym.agents.AgentSpec;
import io.feedgym.agents.Agents;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code feedgym agents}: the registered agent ids with one-line descriptions. */
@Command(name = "agents", mixinStandardHelpOptions = true,
    description = "List the registered agents.")
final class AgentsCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    int width = Agents.specs().stream().mapToInt(s -> s.id().length()).max().orElse(0);
    for (AgentSpec<?> agent : Agents.specs()) {
      out.printf("%-" + width + "s  %s%n", agent.id(), agent.description());
    }
  }
}
