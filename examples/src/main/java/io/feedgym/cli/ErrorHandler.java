package io.feedgym.cli;

import io.feedgym.runner.TrainingDivergedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns bad input — a parse error, an {@link IllegalArgumentException} or an I/O failure — into one
 * {@code feedgym: error: ...} line on stderr and exit code {@link FeedGymCli#BAD_INPUT}, and a diverged
 * training run ({@link TrainingDivergedException}) into one such line and exit code 1; anything else is a
 * bug and propagates with its stack trace.
 */
final class ErrorHandler implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    String help = e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
    return report(e.getCommandLine(), e.getMessage() + " (see '" + help + "')");
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) throws Exception {
    if (e instanceof IllegalArgumentException || e instanceof IOException || e instanceof UncheckedIOException) {
      return report(command, e.getMessage());
    }
    if (e instanceof TrainingDivergedException) {
      report(command, e.getMessage());
      return FeedGymCli.FAILED;
    }
    throw e;
  }

  private static int report(CommandLine command, String message) {
    String line = message == null ? "unknown error" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    command.getErr().println("feedgym: error: " + line);
    command.getErr().flush();
    return FeedGymCli.BAD_INPUT;
  }
}
