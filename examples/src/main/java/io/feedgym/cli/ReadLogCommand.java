package io.feedgym.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.offline.convert.TransitionConverter;
import io.feedgym.offline.read.LogReader;
import io.feedgym.offline.read.LogSource;
import io.feedgym.offline.read.ReadOptions;
import io.feedgym.offline.read.ReadReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedgym read-log}: reads a log file (or a SQL query's rows) in the logged-session schema, validates
 * it, converts every session into page-level transitions rewarded by {@code --reward}, and reports the counts,
 * the skipped rows by reason ({@code --lenient}), the mean return and the throughput. JSON summary last.
 */
@Command(name = "read-log", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Validate a logged-session file or query and convert it into transitions (docs/offline/schema.md).",
        "Strict by default: the first bad row stops it with file, row and column; --lenient skips the sessions "
            + "holding bad rows and counts every skipped row. The last line of stdout is a one-line JSON summary."})
final class ReadLogCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec
  private CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  private Input input;

  static final class Input {
    @Option(names = "--file", paramLabel = "FILE", description = "A .csv, .jsonl or .parquet log.")
    Path file;

    @Option(names = "--query", paramLabel = "SQL", description = "A DuckDB query returning the schema's columns.")
    String query;
  }

  @Option(names = "--reward", paramLabel = "SPEC", defaultValue = "clicks:1",
      description = "The reward, as --set reward=... takes it; default: ${DEFAULT-VALUE}.")
  private String reward;

  @Option(names = "--lenient", description = "Skip (and count) the sessions that hold bad rows instead of failing.")
  private boolean lenient;

  @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = "256MB",
      description = "DuckDB's memory_limit; default: ${DEFAULT-VALUE}.")
  private String memoryLimit;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "DuckDB's threads; default: ${DEFAULT-VALUE}.")
  private int threads;

  @Override
  public Integer call() throws IOException {
    TransitionConverter converter = TransitionConverter.of(reward);
    LogSource source = input.file != null ? LogSource.file(input.file) : LogSource.query("query", input.query);
    ReadOptions options = ReadOptions.defaults().withLenient(lenient).withMemoryLimit(memoryLimit)
        .withThreads(threads);
    double[] returns = new double[2];
    long start = System.nanoTime();
    ReadReport report = new LogReader(options).read(source, session -> {
      for (var t : converter.convert(session)) {
        returns[0] += t.transition().reward();
        returns[1]++;
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("source", source.name());
    summary.putAll(report.toMap());
    summary.put("transitions", (long) returns[1]);
    summary.put("reward", reward);
    summary.put("mean_return", report.sessions() == 0 ? 0.0 : returns[0] / report.sessions());
    summary.put("seconds", seconds);
    summary.put("rows_per_second", report.rows() / seconds);
    PrintWriter out = spec.commandLine().getOut();
    out.println(report.describe());
    out.printf(Locale.ROOT, "%d transitions, mean return %.4f (%s); %.0f rows/s%n", (long) returns[1],
        (double) summary.get("mean_return"), reward, report.rows() / seconds);
    out.println(MAPPER.writeValueAsString(summary));
    out.flush();
    return 0;
  }
}
