package io.feedgym.agents.nn;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A {@link QNetwork} on a DL4J model with a {@link DenseMirror} for acting. The mirror is built on the
 * first {@link #argmax} and refreshed (one ND4J op) on the first {@code argmax} after a parameter
 * change, so a network that never acts (a target network) never pays for it. Not thread-safe.
 *
 * @param <M> the DL4J model type
 */
abstract class MirroredQNetwork<M extends Model> implements QNetwork {
  protected final M model;
  private final String kind;
  private DenseMirror mirror;
  private boolean mirrorStale = true;

  /** Wraps {@code model}; {@code kind} names the architecture in error messages ("an MLP Q-network"). */
  MirroredQNetwork(M model, String kind) {
    this.model = model;
    this.kind = kind;
  }

  /** The DL4J forward pass in inference mode, [batch × outputs]. */
  protected abstract INDArray forward(INDArray states);

  /** One DL4J gradient step with a label mask. */
  protected abstract void step(INDArray states, INDArray labels, INDArray mask);

  /** A new mirror of {@code model}. */
  protected abstract DenseMirror mirrorOf(M model);

  /** A DL4J deep copy of {@code model}, parameters and updater state included. */
  protected abstract M cloneOf(M model);

  /** Reads a model of type {@code M} written by {@link ModelSerializer}, with its updater state. */
  protected abstract M read(File file) throws IOException;

  /** A network of this class around {@code model}. */
  protected abstract QNetwork wrap(M model);

  @Override
  public final float[] output(INDArray states) {
    return forward(states).ravel().toFloatVector();
  }

  @Override
  public final void fit(INDArray states, INDArray labels, INDArray mask) {
    step(states, labels, mask);
    mirrorStale = true;
  }

  @Override
  public final double score() {
    return model.score();
  }

  @Override
  public final int argmax(float[] state) {
    if (mirror == null) {
      mirror = mirrorOf(model);
    } else if (mirrorStale) {
      mirror.sync();
    }
    mirrorStale = false;
    return mirror.argmax(state);
  }

  @Override
  public final long numParams() {
    return model.numParams();
  }

  @Override
  public final INDArray params() {
    return model.params();
  }

  @Override
  public final void blend(QNetwork source, double keep) {
    if (source.numParams() != numParams()) {
      throw new IllegalArgumentException(
          "cannot blend a network of " + source.numParams() + " parameters into one of " + numParams());
    }
    INDArray params = model.params();
    if (keep == 0.0) {
      params.assign(source.params());
    } else {
      params.muli(keep).addi(source.params().mul(1.0 - keep));
    }
    mirrorStale = true;
  }

  @Override
  public final QNetwork copy() {
    return wrap(cloneOf(model));
  }

  @Override
  public final void save(OutputStream out, boolean withUpdater) throws IOException {
    ModelSerializer.writeModel(model, out, withUpdater);
  }

  @Override
  public final QNetwork restore(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": checkpoint file is missing");
    }
    M restored;
    try {
      restored = read(file.toFile());
      mirrorOf(restored); // checks the architecture
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": corrupt network checkpoint, or not " + kind + " (" + e.getMessage() + ")", e);
    }
    if (restored.numParams() != model.numParams()) {
      throw new IOException(file + ": network has " + restored.numParams()
          + " parameters, this agent's configuration needs " + model.numParams());
    }
    return wrap(restored);
  }
}
