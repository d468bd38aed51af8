package io.feedgym.agents.nn;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A trainable action-value network Q(s, ·) over flat float states, the part of a value-based agent that
 * holds θ: minibatch inference and gradient steps run in DL4J, batch-1 greedy action selection on a
 * plain-Java mirror ({@link DenseMirror}). Not thread-safe.
 */
public interface QNetwork {

  /** Builds an initialized network {@code inputs → hidden… → outputs} trained with {@code loss} by Adam. */
  @FunctionalInterface
  interface Builder {
    QNetwork build(int inputs, List<Integer> hidden, int outputs, ILossFunction loss, double learningRate, long seed);
  }

  /** Q-values of a [batch × inputs] array, row-major [batch × outputs]. */
  float[] output(INDArray states);

  /**
   * One gradient step on a minibatch; {@code labels} and the per-output {@code mask} are
   * [batch × outputs], and only masked-in outputs receive gradient. The arrays stay the caller's.
   */
  void fit(INDArray states, INDArray labels, INDArray mask);

  /** The loss of the last {@link #fit}. */
  double score();

  /** Index of the largest Q-value of one state (the first on ties), computed without DL4J. */
  int argmax(float[] state);

  /** Number of trainable parameters. */
  long numParams();

  /**
   * The flat parameter vector θ, a live view for reading; change parameters only through {@link #fit}
   * and {@link #blend}, which keep the acting mirror in step.
   */
  INDArray params();

  /**
   * Moves the parameters toward {@code source}'s in place, θ ← keep · θ + (1 − keep) · θ_source (a copy
   * when {@code keep} is 0); {@code source} must be a network of the same architecture.
   */
  void blend(QNetwork source, double keep);

  /** An independent copy: same architecture, parameters and optimizer state. */
  QNetwork copy();

  /** Writes the network, with the optimizer state when {@code withUpdater}, to {@code out}. */
  void save(OutputStream out, boolean withUpdater) throws IOException;

  /**
   * A network of this kind and size read from {@code file} (written by {@link #save}); a missing file,
   * a corrupt one, or one holding another architecture fails naming the file.
   */
  QNetwork restore(Path file) throws IOException;
}
