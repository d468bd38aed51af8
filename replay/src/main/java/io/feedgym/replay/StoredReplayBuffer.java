package io.feedgym.replay;

import io.feedgym.replay.file.ReplayFile;
import io.feedgym.replay.file.ReplayFormat;
import io.feedgym.replay.file.ReplayReader;
import io.feedgym.replay.file.ReplayWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What a sampler over a {@link ReplayStorage} shares: adding, sizes and saving. A sampler with state of
 * its own extends {@link #write} and {@link #read}; its files are of kind {@code sampler/storage kind}.
 */
abstract class StoredReplayBuffer<T> implements ReplayBuffer<T> {
  /** The items; the buffer owns it. */
  protected final ReplayStorage<T> storage;
  private final String sampler;

  StoredReplayBuffer(ReplayStorage<T> storage, String sampler) {
    this.storage = storage;
    this.sampler = sampler;
  }

  @Override
  public void add(T item) {
    storage.add(item);
  }

  @Override
  public int size() {
    return storage.size();
  }

  @Override
  public int capacity() {
    return storage.capacity();
  }

  @Override
  public void save(Path file) throws IOException {
    ReplayFile.save(file, format(), this::write);
  }

  @Override
  public void load(Path file) throws IOException {
    ReplayFile.load(file, format(), this::read);
  }

  /** Writes the storage; samplers with state append theirs. */
  void write(ReplayWriter out) throws IOException {
    storage.write(out);
  }

  /** Reads what {@link #write} wrote. */
  void read(ReplayReader in) throws IOException {
    storage.read(in);
  }

  private ReplayFormat format() {
    return new ReplayFormat(sampler + "/" + storage.kind(), capacity(), storage.shape());
  }
}
