package io.feedgym.replay.file;

import java.io.IOException;
import java.nio.file.Path;

/** A replay file that cannot be loaded: corrupt, truncated, of another format version or another buffer's shape. */
public final class ReplayFileException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The message names {@code file} and then {@code problem}. */
  public ReplayFileException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
