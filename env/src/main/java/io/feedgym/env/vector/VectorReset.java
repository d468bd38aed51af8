package io.feedgym.env.vector;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/** The first observations and infos of every sub-env after {@link VectorEnv#reset(long)}, in sub-env order. */
public record VectorReset<O>(ImmutableList<O> observations, ImmutableList<ImmutableMap<String, Object>> infos) {

  public VectorReset {
    observations = ImmutableList.copyOf(observations);
    infos = ImmutableList.copyOf(infos);
    if (observations.size() != infos.size()) {
      throw new IllegalArgumentException("observations and infos must have the same size, found "
          + observations.size() + " and " + infos.size());
    }
  }
}
