package io.feedgym.networks.interaction;

import io.feedgym.networks.features.FeatureSpec;
import io.feedgym.networks.features.Field;
import io.feedgym.networks.features.Tower;
import io.feedgym.networks.layers.ScaledEmbedding;
import io.feedgym.networks.sequence.SequenceEncoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.nd4j.linalg.activations.Activation;

/**
 * The feature layer every block builds on: it adds one graph input per input of a {@link FeatureSpec} and, on
 * request, the three views of the fields, each built once and shared between the blocks that use it (the
 * embedding sharing of DeepFM):
 * <ul>
 *   <li>{@link #stack()}: n vectors of dimension k, [batch × n·k] — x_j v_j per dense number
 *       ({@link ScaledEmbedding}) or one projection W_f x per dense field ({@link DenseVectors}), one embedding
 *       per categorical, multi-hot (sum of members) and sequence field (the encoder's state);</li>
 *   <li>{@link #deep()} and {@link #deep(Tower)}: the input of deep parts, the fields' embeddings and the raw dense numbers
 *       concatenated (x₀ of Wang et al. 2017, Eq. 1);</li>
 *   <li>{@link #linear()}: the first-order terms w_i x_i, one column per dense, categorical and multi-hot field
 *       and per cross (sequence fields have none).</li>
 * </ul>
 * Vertex names start with the field's name: {@code <field>_emb}, {@code <field>_linear}. Not thread-safe.
 */
public final class FieldEmbeddings {
  /** How a dense field enters the pairwise stack. */
  public enum DenseVectors {
    /** One vector per number, x_j v_j: Rendle's (2010) real-valued features; a field of width w adds w vectors. */
    PER_NUMBER,
    /**
     * One vector per field, the projection W_f x [k × w] of its numbers (as a pretrained embedding is fed to a
     * CTR model): two dense fields then interact through the rank-k bilinear form xᵀ W_fᵀ W_g y.
     */
    PER_FIELD
  }

  private final GraphBuilder graph;
  private final FeatureSpec spec;
  private final int dim;
  private final SequenceEncoder encoder;
  private final DenseVectors denseVectors;
  private final Map<String, String> embeddings = new HashMap<>();
  private final Map<String, Vertex> views = new HashMap<>();

  /**
   * Adds the inputs of {@code spec} to {@code graph}; dense fields are embedded in {@code dim} dimensions as
   * {@code denseVectors} says and sequence fields summarized by {@code encoder}.
   */
  public FieldEmbeddings(GraphBuilder graph, FeatureSpec spec, int dim, SequenceEncoder encoder,
      DenseVectors denseVectors) {
    this.graph = graph;
    this.spec = spec;
    this.dim = dim;
    this.encoder = encoder;
    this.denseVectors = denseVectors;
    graph.addInputs(spec.inputNames());
  }

  /** The graph under construction. */
  public GraphBuilder graph() {
    return graph;
  }

  /** The fields. */
  public FeatureSpec spec() {
    return spec;
  }

  /** The dimension k of the stacked vectors. */
  public int dim() {
    return dim;
  }

  /** The number n of vectors in {@link #stack()}. */
  public int vectors() {
    return denseVectors == DenseVectors.PER_NUMBER ? spec.vectors() : spec.fields().size();
  }

  /** The stack of the n = {@link #vectors()} field vectors; every embedded field must have k dimensions. */
  public Vertex stack() {
    return views.computeIfAbsent("stack", key -> {
      List<String> parts = new ArrayList<>();
      for (Field field : spec.fields()) {
        if (field instanceof Field.Dense dense && denseVectors == DenseVectors.PER_NUMBER) {
          String name = field.name() + "_scaled";
          graph.addLayer(name, new ScaledEmbedding(dense.width(), dim), field.name());
          parts.add(name);
        } else if (field instanceof Field.Dense dense) {
          String name = field.name() + "_projected";
          graph.addLayer(name, projection(dense.width(), dim), field.name());
          parts.add(name);
        } else {
          parts.add(embedding(field));
        }
      }
      return merge("stack", parts, vectors() * dim);
    });
  }

  /** The deep input of all fields. */
  public Vertex deep() {
    return deep("deep_input", spec.fields());
  }

  /** The deep input of the fields of {@code tower}. */
  public Vertex deep(Tower tower) {
    return deep(tower.name().toLowerCase(Locale.ROOT) + "_input", spec.fields(tower));
  }

  private Vertex deep(String name, List<Field> fields) {
    return views.computeIfAbsent(name, key -> {
      List<String> parts = new ArrayList<>();
      int width = 0;
      for (Field field : fields) {
        if (field instanceof Field.Dense dense) {
          parts.add(field.name());
          width += dense.width();
        } else {
          parts.add(embedding(field));
          width += FeatureSpec.embeddingDim(field, dim);
        }
      }
      if (parts.isEmpty()) {
        throw new IllegalArgumentException(name + " has no field: the spec's fields are " + spec.inputNames());
      }
      return merge(name, parts, width);
    });
  }

  /** The first-order terms, one column per dense, categorical and multi-hot field and per cross. */
  public Vertex linear() {
    return views.computeIfAbsent("linear", key -> {
      List<String> parts = new ArrayList<>();
      for (Field field : spec.fields()) {
        String name = field.name() + "_linear";
        if (field instanceof Field.Categorical c) {
          graph.addLayer(name, embeddingLayer(c.vocabulary(), 1), field.name());
        } else if (field instanceof Field.Sequence) {
          continue;
        } else {
          graph.addLayer(name, projection(field.inputWidth(), 1), field.name());
        }
        parts.add(name);
      }
      for (FeatureSpec.Cross cross : spec.crosses()) {
        String name = cross.name() + "_linear";
        graph.addLayer(name, embeddingLayer(spec.vocabulary(cross), 1), cross.name());
        parts.add(name);
      }
      return merge("linear", parts, parts.size());
    });
  }

  /** True when the first-order terms, the only users of the crosses' inputs, are part of the graph. */
  public boolean hasLinear() {
    return views.containsKey("linear");
  }

  /** The vertex of {@code field}'s embedding, added on first use. */
  private String embedding(Field field) {
    return embeddings.computeIfAbsent(field.name(), key -> {
      String name = key + "_emb";
      if (field instanceof Field.Categorical c) {
        graph.addLayer(name, embeddingLayer(c.vocabulary(), c.embeddingDim()), key);
      } else if (field instanceof Field.MultiHot m) {
        graph.addLayer(name, projection(m.vocabulary(), m.embeddingDim()), key);
      } else if (field instanceof Field.Sequence s) {
        return encoder.add(graph, s);
      } else {
        throw new IllegalStateException("dense field " + key + " has no single embedding");
      }
      return name;
    });
  }

  private Vertex merge(String name, List<String> parts, int width) {
    if (parts.size() == 1) {
      return new Vertex(parts.get(0), width);
    }
    graph.addVertex(name, new MergeVertex(), parts.toArray(String[]::new));
    return new Vertex(name, width);
  }

  private static EmbeddingLayer embeddingLayer(int vocabulary, int out) {
    return new EmbeddingLayer.Builder().nIn(vocabulary).nOut(out).hasBias(false).build();
  }

  /** A linear map without bias: a multi-hot row's sum of embeddings, or a first-order term. */
  private static DenseLayer projection(int in, int out) {
    return new DenseLayer.Builder().nIn(in).nOut(out).hasBias(false).activation(Activation.IDENTITY).build();
  }
}
