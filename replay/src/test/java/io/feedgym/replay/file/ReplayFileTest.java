package io.feedgym.replay.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedgym.replay.PrioritizedConfig;
import io.feedgym.replay.PrioritizedReplayBuffer;
import io.feedgym.replay.ReplayBuffer;
import io.feedgym.replay.Transition;
import io.feedgym.replay.UniformReplayBuffer;
import io.feedgym.replay.VectorItems;
import io.feedgym.replay.VectorStorage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayFileTest {
  @TempDir
  Path dir;
  private Path file;
  private byte[] bytes;

  private static ReplayBuffer<Transition<double[], Integer>> uniform(int capacity, int dim) {
    return new UniformReplayBuffer<>(new VectorStorage(capacity, dim, VectorItems.ACTIONS));
  }

  @BeforeEach
  void saveThreeTransitions() throws IOException {
    ReplayBuffer<Transition<double[], Integer>> buffer = uniform(4, VectorItems.DIM);
    for (int i = 0; i < 3; i++) {
      buffer.add(VectorItems.transition(i, false, false));
    }
    file = dir.resolve("replay.bin");
    buffer.save(file);
    bytes = Files.readAllBytes(file);
  }

  /** Header 16 bytes; payload: "uniform/vector" (2 + 14), capacity 4, shape [4, 2] (4 + 8), contents; CRC 4. */
  @Test
  void theLayoutIsHeaderPayloadAndChecksum() {
    ByteBuffer header = ByteBuffer.wrap(bytes);
    assertThat(header.getInt(0)).isEqualTo(ReplayFile.MAGIC);
    assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("FGRB");
    assertThat(header.getInt(4)).isEqualTo(ReplayFile.VERSION);
    long contents = 8 + 3 * (2 * 4 * 4 + 4 + 8 + 1 + 4);
    assertThat(header.getLong(8)).isEqualTo(16 + 4 + 12 + contents);
    assertThat(bytes).hasSize((int) (16 + header.getLong(8) + 4));
  }

  @Test
  void aForeignFileHasBadMagic() throws IOException {
    Files.writeString(file, "# not a replay file\n");
    assertThatThrownBy(() -> uniform(4, 4).load(file)).isInstanceOf(ReplayFileException.class)
        .hasMessage(file + ": bad magic 0x23206e6f: not a FeedGym replay file (expected 0x46475242, \"FGRB\")");
  }

  @Test
  void anotherFormatVersionIsRefused() throws IOException {
    bytes[7] = 2;
    Files.write(file, bytes);
    assertThatThrownBy(() -> uniform(4, 4).load(file))
        .hasMessage(file + ": unsupported format version 2; this build reads version 1");
  }

  @Test
  void truncationAndTrailingBytesAreReported() throws IOException {
    Files.write(file, Arrays.copyOf(bytes, 10));
    assertThatThrownBy(() -> uniform(4, 4).load(file))
        .hasMessage(file + ": truncated: 10 bytes, shorter than the 16-byte header");
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));
    assertThatThrownBy(() -> uniform(4, 4).load(file)).hasMessage(file + ": truncated: the header announces a "
        + (bytes.length - 20) + "-byte payload, the " + (bytes.length - 1) + "-byte file has room for "
        + (bytes.length - 21));
    Files.write(file, Arrays.copyOf(bytes, bytes.length + 3));
    assertThatThrownBy(() -> uniform(4, 4).load(file)).hasMessage(file + ": 3 unexpected bytes after the checksum");
  }

  @Test
  void aFlippedByteFailsTheChecksum() throws IOException {
    for (int position : new int[] {20, bytes.length / 2, bytes.length - 1}) {
      byte[] corrupt = bytes.clone();
      corrupt[position] ^= 1;
      Files.write(file, corrupt);
      assertThatThrownBy(() -> uniform(4, 4).load(file)).isInstanceOf(ReplayFileException.class)
          .hasMessageStartingWith(file + ": checksum mismatch: stored CRC-32C 0x")
          .hasMessageEndingWith("; the file is corrupt");
    }
  }

  @Test
  void kindCapacityAndShapeMustMatch() {
    ReplayBuffer<Transition<double[], Integer>> prioritized = new PrioritizedReplayBuffer<>(
        new VectorStorage(4, VectorItems.DIM, VectorItems.ACTIONS), PrioritizedConfig.defaults());
    assertThatThrownBy(() -> prioritized.load(file)).hasMessage(
        file + ": kind mismatch: the file holds a uniform/vector buffer, this buffer is prioritized/vector");
    assertThatThrownBy(() -> uniform(8, 4).load(file))
        .hasMessage(file + ": capacity mismatch: the file holds a buffer of capacity 4, this buffer has capacity 8");
    assertThatThrownBy(() -> uniform(4, 6).load(file))
        .hasMessage(file + ": shape mismatch: the file's uniform/vector storage has shape [4, 2], this buffer's has "
            + "shape [6, 2]");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nothing.bin");
    assertThatThrownBy(() -> uniform(4, 4).load(missing)).hasMessage(missing + ": replay file is missing");
  }
}
