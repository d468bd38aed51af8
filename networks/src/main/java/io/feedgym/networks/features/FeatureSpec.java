package io.feedgym.networks.features;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The input fields of a scorer and the crossed pairs of categorical fields that its wide part memorizes.
 * Graph inputs are named after the fields, in order, then one input per cross. Immutable.
 *
 * @param fields the fields, at least one, names unique
 * @param crosses pairs of categorical fields whose joint value is one more wide-part category
 */
public record FeatureSpec(List<Field> fields, List<Cross> crosses) {

  /**
   * The cross-product transformation of two categorical fields (Cheng et al. 2016, Sec. 3.1): one category per
   * pair of values, {@code first · |second| + second}, computed by {@link FeatureBatch}.
   */
  public record Cross(String first, String second) {
    /** The name of the cross's graph input. */
    public String name() {
      return first + "_x_" + second;
    }
  }

  public FeatureSpec {
    fields = ImmutableList.copyOf(fields);
    crosses = ImmutableList.copyOf(crosses);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a feature spec needs at least one field");
    }
    Set<String> names = new HashSet<>();
    for (Field field : fields) {
      if (!names.add(field.name())) {
        throw new IllegalArgumentException("field names must be unique, found " + field.name() + " twice");
      }
    }
    for (Cross cross : crosses) {
      for (String part : List.of(cross.first(), cross.second())) {
        if (!(fieldOrNull(fields, part) instanceof Field.Categorical)) {
          throw new IllegalArgumentException("cross " + cross.name() + " must join categorical fields, found "
              + fieldOrNull(fields, part) + " for " + part);
        }
      }
      if (!names.add(cross.name())) {
        throw new IllegalArgumentException("cross " + cross.name() + " is listed twice or clashes with a field");
      }
    }
  }

  /** A spec without crosses. */
  public static FeatureSpec of(Field... fields) {
    return new FeatureSpec(List.of(fields), List.of());
  }

  /** This spec with the cross of categorical fields {@code first} and {@code second} added. */
  public FeatureSpec withCross(String first, String second) {
    List<Cross> more = new ArrayList<>(crosses);
    more.add(new Cross(first, second));
    return new FeatureSpec(fields, more);
  }

  /** The field named {@code name}; fails naming the known fields. */
  public Field field(String name) {
    Field field = fieldOrNull(fields, name);
    if (field == null) {
      throw new IllegalArgumentException("no field " + name + " in " + inputNames());
    }
    return field;
  }

  /** Position of {@code field} among the fields (its graph input index). */
  public int indexOf(Field field) {
    int index = fields.indexOf(field);
    if (index < 0) {
      throw new IllegalArgumentException(field + " is not a field of this spec " + inputNames());
    }
    return index;
  }

  /** Number of categories of a cross: the product of its fields' vocabularies. */
  public int vocabulary(Cross cross) {
    return ((Field.Categorical) field(cross.first())).vocabulary()
        * ((Field.Categorical) field(cross.second())).vocabulary();
  }

  /** The graph input names: the fields in order, then the crosses. */
  public List<String> inputNames() {
    List<String> names = new ArrayList<>();
    fields.forEach(f -> names.add(f.name()));
    crosses.forEach(c -> names.add(c.name()));
    return List.copyOf(names);
  }

  /** The fields of {@code tower}, in order. */
  public List<Field> fields(Tower tower) {
    return fields.stream().filter(f -> f.tower() == tower).toList();
  }

  /** Number of vectors n in the pairwise-interaction stack: every dense number and one per other field. */
  public int vectors() {
    return fields.stream().mapToInt(Field::vectors).sum();
  }

  /**
   * Checks that every embedded field has dimension {@code k}, which pairwise interactions (FM, DeepFM, AFM)
   * need, since they take inner products between the vectors of any two fields.
   */
  public void requireEmbeddingDim(int k, String network) {
    for (Field field : fields) {
      int dim = embeddingDim(field, k);
      if (dim != k) {
        throw new IllegalArgumentException(network + " takes inner products of field embeddings, so every field needs"
            + " embedding_dim = " + k + " (the network's embedding_dim); field " + field.name() + " has " + dim);
      }
    }
  }

  /** The dimension of {@code field}'s vectors; a dense field's numbers are embedded in {@code denseDim}. */
  public static int embeddingDim(Field field, int denseDim) {
    if (field instanceof Field.Categorical c) {
      return c.embeddingDim();
    } else if (field instanceof Field.MultiHot m) {
      return m.embeddingDim();
    } else if (field instanceof Field.Sequence s) {
      return s.embeddingDim();
    }
    return denseDim;
  }

  private static Field fieldOrNull(List<Field> fields, String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
  }
}
