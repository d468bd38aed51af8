package io.feedgym.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.feedgym.cli.FeedGymCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One in-process run of the {@code feedgym} CLI with captured output. */
record CliRun(int code, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FeedGymCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The JSON summary: the last line of stdout. */
  JsonNode summary() throws IOException {
    List<String> lines = out.lines().toList();
    if (lines.isEmpty()) {
      throw new IOException("no output; stderr: " + err);
    }
    return new ObjectMapper().readTree(lines.get(lines.size() - 1));
  }
}
