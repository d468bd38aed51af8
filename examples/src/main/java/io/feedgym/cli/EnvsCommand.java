package io.feedgym.cli;

import io.feedgym.env.registry.EnvSpec;
import io.feedgym.env.registry.Envs;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code feedgym envs}: the registered environment ids with one-line descriptions. */
@Command(name = "envs", mixinStandardHelpOptions = true,
    description = "List the registered environments.")
final class EnvsCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    int width = Envs.specs().stream().mapToInt(s -> s.id().length()).max().orElse(0);
    for (EnvSpec<?> env : Envs.specs()) {
      out.printf("%-" + width + "s  %s%n", env.id(), env.description());
    }
  }
}
