package io.feedgym.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.feedgym.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** The runner's JSON mapper and atomic, pretty-printed JSON file writing. */
final class JsonFiles {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonFiles() {}

  /** Atomically writes {@code value} as indented JSON followed by a newline. */
  static void write(Path file, Object value) throws IOException {
    AtomicFiles.writeString(file, MAPPER.writeValueAsString(value) + "\n");
  }
}
