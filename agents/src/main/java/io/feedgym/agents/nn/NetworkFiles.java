package io.feedgym.agents.nn;

import io.feedgym.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Writes and reads agents' networks as DL4J zip files in checkpoints (DDPG, SlateQ, the offline agents); a missing,
 * corrupt or differently sized file fails with an IOException naming it.
 */
public final class NetworkFiles {
  private NetworkFiles() {}

  /** Writes {@code net} to {@code file} atomically, with its optimizer state when {@code withUpdater}. */
  public static void write(Path file, Model net, boolean withUpdater) throws IOException {
    AtomicFiles.write(file, out -> ModelSerializer.writeModel(net, out, withUpdater));
  }

  /** A network read from {@code file}, which must have as many parameters as {@code like}. */
  public static MultiLayerNetwork readMultiLayer(Path file, MultiLayerNetwork like) throws IOException {
    return checked(file, like, read(file, () -> ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true)));
  }

  /** A graph read from {@code file}, which must have as many parameters as {@code like}. */
  public static ComputationGraph readGraph(Path file, ComputationGraph like) throws IOException {
    return checked(file, like, read(file, () -> ModelSerializer.restoreComputationGraph(file.toFile(), true)));
  }

  private interface Reader<M> {
    M read() throws IOException;
  }

  private static <M extends Model> M read(Path file, Reader<M> reader) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": checkpoint file is missing");
    }
    try {
      return reader.read();
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": corrupt network checkpoint (" + e.getMessage() + ")", e);
    }
  }

  private static <M extends Model> M checked(Path file, Model like, M net) throws IOException {
    if (net.numParams() != like.numParams()) {
      throw new IOException(file + ": network has " + net.numParams() + " parameters, this agent's configuration "
          + "needs " + like.numParams());
    }
    return net;
  }
}
