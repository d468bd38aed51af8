package io.feedgym.networks.features;

import io.feedgym.config.Checks;

/**
 * One named input field of a scorer: dense numbers, one category, a set of categories, or a sequence of
 * recent categories. Each field becomes one graph input named after it, of {@link #inputWidth()} columns,
 * and contributes {@link #vectors()} embedding vectors to the factorization-machine stack. Immutable.
 */
public sealed interface Field permits Field.Dense, Field.Categorical, Field.MultiHot, Field.Sequence {

  /** The field's name, also the name of its graph input. */
  String name();

  /** The side of the row the field describes. */
  Tower tower();

  /** Columns of the field's input array. */
  int inputWidth();

  /** Embedding vectors the field contributes to the pairwise-interaction stack: one unless it is dense. */
  default int vectors() {
    return 1;
  }

  /**
   * {@code width} real numbers. In the pairwise stack each number x_j is one feature with its own vector,
   * x_j · v_j (Rendle 2010); in deep parts the raw values are used.
   */
  record Dense(String name, Tower tower, int width) implements Field {
    public Dense {
      check(name, tower);
      Checks.atLeast(name + ".width", width, 1);
    }

    @Override
    public int inputWidth() {
      return width;
    }

    @Override
    public int vectors() {
      return width;
    }
  }

  /** One category in [0, vocabulary), embedded in {@code embeddingDim} dimensions; the input is its index. */
  record Categorical(String name, Tower tower, int vocabulary, int embeddingDim) implements Field {
    public Categorical {
      checkEmbedded(name, tower, vocabulary, embeddingDim);
    }

    @Override
    public int inputWidth() {
      return 1;
    }
  }

  /**
   * A set of categories in [0, vocabulary), a 0/1 row of {@code vocabulary} columns; its embedding is the sum
   * of the members' embeddings (a linear layer without bias over the multi-hot row).
   */
  record MultiHot(String name, Tower tower, int vocabulary, int embeddingDim) implements Field {
    public MultiHot {
      checkEmbedded(name, tower, vocabulary, embeddingDim);
    }

    @Override
    public int inputWidth() {
      return vocabulary;
    }
  }

  /**
   * The last {@code length} categories of a session (oldest first), summarized by a sequence encoder into one
   * {@code embeddingDim} vector. The input holds index + 1 per position and 0 for padding, so a session with
   * fewer items is left-padded.
   */
  record Sequence(String name, Tower tower, int vocabulary, int embeddingDim, int length) implements Field {
    public Sequence {
      checkEmbedded(name, tower, vocabulary, embeddingDim);
      Checks.atLeast(name + ".length", length, 1);
    }

    @Override
    public int inputWidth() {
      return length;
    }
  }

  private static void checkEmbedded(String name, Tower tower, int vocabulary, int embeddingDim) {
    check(name, tower);
    Checks.atLeast(name + ".vocabulary", vocabulary, 1);
    Checks.atLeast(name + ".embedding_dim", embeddingDim, 1);
  }

  private static void check(String name, Tower tower) {
    if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("a field name must match [a-z][a-z0-9_]*, found " + name);
    }
    if (tower == null) {
      throw new IllegalArgumentException("field " + name + " needs a tower (state|item)");
    }
  }
}
