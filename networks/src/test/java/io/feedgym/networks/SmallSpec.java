package io.feedgym.networks;

import io.feedgym.networks.features.FeatureBatch;
import io.feedgym.networks.features.FeatureSpec;
import io.feedgym.networks.features.Field;
import io.feedgym.networks.features.Tower;
import io.feedgym.networks.interaction.FieldEmbeddings;
import io.feedgym.networks.interaction.TwoTower;
import io.feedgym.networks.sequence.SequenceEncoder;
import java.util.List;
import java.util.SplittableRandom;

/** A small spec with one field of every kind and a cross, and random batches of it, for the block tests. */
final class SmallSpec {
  static final int K = 3;
  static final Field.Dense USER = new Field.Dense("user", Tower.STATE, 3);
  static final Field.Categorical COHORT = new Field.Categorical("cohort", Tower.STATE, 4, K);
  static final Field.MultiHot TOPICS = new Field.MultiHot("topics", Tower.STATE, 3, K);
  static final Field.Sequence RECENT = new Field.Sequence("recent", Tower.STATE, 6, K, 3);
  static final Field.Dense ITEM = new Field.Dense("item", Tower.ITEM, 2);
  static final Field.Categorical TOPIC = new Field.Categorical("topic", Tower.ITEM, 5, K);

  private SmallSpec() {}

  /** The spec, with the sequence field when {@code withHistory}. */
  static FeatureSpec spec(boolean withHistory) {
    List<Field> fields = withHistory ? List.of(USER, COHORT, TOPICS, RECENT, ITEM, TOPIC)
        : List.of(USER, COHORT, TOPICS, ITEM, TOPIC);
    return new FeatureSpec(fields, List.of()).withCross("cohort", "topic");
  }

  /** Tiny sizes: k = 3, one hidden layer of 4, 2 cross layers, attention 3, towers of 4. */
  static NetworkConfig config(Network network) {
    return new NetworkConfig(network, K, List.of(4), 2, 3, 4, TwoTower.Interaction.MLP, SequenceEncoder.GRU,
        FieldEmbeddings.DenseVectors.PER_NUMBER);
  }

  /** {@code rows} random rows of {@code spec}. */
  static FeatureBatch batch(FeatureSpec spec, int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    FeatureBatch batch = new FeatureBatch(spec, rows);
    for (int r = 0; r < rows; r++) {
      for (Field field : spec.fields()) {
        if (field instanceof Field.Dense d) {
          for (int j = 0; j < d.width(); j++) {
            batch.dense(d, r, j, random.nextDouble(-1, 1));
          }
        } else if (field instanceof Field.Categorical c) {
          batch.category(c, r, random.nextInt(c.vocabulary()));
        } else if (field instanceof Field.MultiHot m) {
          batch.member(m, r, random.nextInt(m.vocabulary()));
          batch.member(m, r, random.nextInt(m.vocabulary()));
        } else if (field instanceof Field.Sequence s) {
          int[] recent = random.ints(random.nextInt(s.length() + 2), 0, s.vocabulary()).toArray();
          batch.sequence(s, r, recent);
        }
      }
    }
    return batch;
  }
}
