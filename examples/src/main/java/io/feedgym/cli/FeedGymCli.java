package io.feedgym.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code feedgym} command: without a subcommand it prints its help. Bad input exits with code 2
 * and one {@code feedgym: error: ...} line on stderr.
 */
@Command(name = "feedgym",
    description = "Gym-style reinforcement learning for recommender systems.",
    mixinStandardHelpOptions = true,
    versionProvider = FeedGymCli.Version.class,
    subcommands = {EnvsCommand.class, AgentsCommand.class, TrainCommand.class, EvalCommand.class,
        CheckEnvCommand.class, BenchCommand.class, MetaEvalCommand.class, SearchWeightsCommand.class, OnlineCommand.class,
        LogCommand.class, ReadLogCommand.class, OpeCommand.class, OpeCheckCommand.class, OfflineCommand.class,
        ClickModelCommand.class},
    footer = {"", "Exit codes: 0 success, 1 failed checks, diverged training or internal error, 2 bad input."})
public final class FeedGymCli implements Runnable {
  /** The exit code of bad input: unknown flags, ids or keys, invalid values, unreadable files. */
  public static final int BAD_INPUT = 2;

  /** The exit code of a run that failed: failed environment checks or a diverged training run. */
  public static final int FAILED = 1;

  @Spec
  private CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    // Libraries print to System.out (ND4J's SameDiff announces every op it differentiates); stdout belongs to
    // the command's output and its JSON summary, so their prints go to stderr.
    System.setOut(System.err);
    System.exit(execute(out, err, args));
  }

  /** Runs the CLI with {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new FeedGymCli());
    cli.setOut(out);
    cli.setErr(err);
    ErrorHandler handler = new ErrorHandler();
    cli.setParameterExceptionHandler(handler);
    cli.setExecutionExceptionHandler(handler);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version of the feedgym jar, from its Maven metadata. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      String resource = "META-INF/maven/io.feedgym/feedgym-examples/pom.properties";
      try (InputStream in = FeedGymCli.class.getClassLoader().getResourceAsStream(resource)) {
        Properties properties = new Properties();
        if (in != null) {
          properties.load(in);
        }
        return new String[] {"feedgym " + properties.getProperty("version", "(development build)")};
      }
    }
  }
}
