package io.feedgym.env.vector;

import io.feedgym.env.Environment;
import java.util.List;
import java.util.function.Function;

/** The vector env implementations, so every behavioural test runs on both. */
enum VectorEnvKind {
  SYNC(SyncVectorEnv::new),
  THREADED(ThreadedVectorEnv::new);

  private final Function<List<Environment<int[], Integer>>, VectorEnv<int[], Integer>> factory;

  VectorEnvKind(Function<List<Environment<int[], Integer>>, VectorEnv<int[], Integer>> factory) {
    this.factory = factory;
  }

  VectorEnv<int[], Integer> over(List<Environment<int[], Integer>> envs) {
    return factory.apply(envs);
  }
}
