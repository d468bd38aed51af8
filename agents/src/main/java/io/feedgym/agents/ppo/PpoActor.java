package io.feedgym.agents.ppo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.deeplearning4j.nn.gradient.Gradient;

/**
 * The actor of {@link Ppo}: outputs per input row ([state, item] for slates, the state otherwise), trained from an
 * external error ∂loss/∂output computed in plain Java. {@link PpoNetwork} is the MLP; {@link BlockActor} a block of
 * module {@code networks}. Not thread-safe.
 */
interface PpoActor {

  /** The outputs of {@code rows} input rows for acting, flattened row by row; activations are not kept. */
  float[] act(float[] inputs, int rows);

  /** The outputs of a minibatch, keeping the activations for {@link #backprop}; [rows][outputs]. */
  float[][] forward(float[] inputs, int rows);

  /** The parameter gradient of a loss whose gradient with respect to the last {@link #forward}'s outputs is {@code error}. */
  Gradient backprop(float[] error, int rows);

  /** One Adam step on {@code gradient} × {@code scale}; {@code iteration} (0-based) sets Adam's bias correction. */
  void step(Gradient gradient, double scale, long iteration);

  /** Sets Adam's step size. */
  void setLearningRate(double learningRate);

  /** Makes acting see the parameters after a round of {@link #step}s. */
  void sync();

  /** Trainable parameters. */
  long numParams();

  /** Writes the network with its Adam state. */
  void save(OutputStream out) throws IOException;

  /** An actor of this kind read from {@code file}, which must have as many parameters; fails naming the file. */
  PpoActor restore(Path file) throws IOException;
}
