package io.feedgym.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes files so that readers see either the old or the complete new content, never a partial
 * file: the content goes to a temporary file beside the target, is forced to disk, then renamed over
 * the target atomically.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes a file's content to a stream. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Atomically replaces {@code target} with what {@code writer} produces; creates parent directories. */
  public static void write(Path target, Writer writer) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        writer.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        // createTempFile makes owner-only files; outputs get the usual rw-r--r--.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Atomically replaces {@code target} with {@code text} in UTF-8. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Something that writes a directory's content into the (empty, existing) directory it is given. */
  @FunctionalInterface
  public interface DirectoryWriter {
    void writeTo(Path dir) throws IOException;
  }

  /**
   * Replaces directory {@code dir} with what {@code writer} writes: into {@code dir.next}, then {@code dir}
   * is renamed to {@code dir.prev}, {@code dir.next} to {@code dir}, and {@code dir.prev} is deleted. A crash
   * leaves {@code dir}, or else a complete {@code dir.next} or {@code dir.prev} (see {@link #sibling}).
   */
  public static void replaceDirectory(Path dir, DirectoryWriter writer) throws IOException {
    Path next = sibling(dir, "next");
    Path prev = sibling(dir, "prev");
    deleteTree(next);
    Files.createDirectories(next);
    writer.writeTo(next);
    deleteTree(prev);
    if (Files.exists(dir)) {
      Files.move(dir, prev, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(next, dir, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(prev);
  }

  /** {@code dir.suffix}, beside {@code dir}: where {@link #replaceDirectory} keeps the next and previous copies. */
  public static Path sibling(Path dir, String suffix) {
    return dir.resolveSibling(dir.getFileName() + "." + suffix);
  }

  /** Deletes directory {@code root} and everything under it; nothing happens when it does not exist. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
