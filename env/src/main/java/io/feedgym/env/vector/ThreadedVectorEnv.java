package io.feedgym.env.vector;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.spaces.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Steps its sub-environments in parallel on a fixed pool of daemon worker threads, the counterpart of
 * Gymnasium's {@code AsyncVectorEnv}; autoreset as described in {@link VectorEnv}. Each call waits for
 * every sub-env, so results equal {@link SyncVectorEnv}'s for the same seeds; when sub-envs fail, the
 * failure of the lowest index is thrown. One thread drives it; {@link #close()} stops the workers.
 */
public final class ThreadedVectorEnv<O, A> implements VectorEnv<O, A> {
  private final SubEnvs<O, A> envs;
  private final int numThreads;
  private final ExecutorService executor;

  /** A vector env over {@code envs} with one worker thread per sub-env. */
  public ThreadedVectorEnv(List<? extends Environment<O, A>> envs) {
    this(envs, envs.size());
  }

  /** A vector env over {@code envs} (at least one, equal spaces) with {@code numThreads} (positive) workers. */
  public ThreadedVectorEnv(List<? extends Environment<O, A>> envs, int numThreads) {
    if (numThreads <= 0) {
      throw new IllegalArgumentException("num_threads must be positive, found " + numThreads);
    }
    this.envs = new SubEnvs<>(envs);
    this.numThreads = numThreads;
    this.executor = Executors.newFixedThreadPool(numThreads,
        new ThreadFactoryBuilder().setNameFormat("feedgym-vector-env-%d").setDaemon(true).build());
  }

  /** A vector env over one environment built by each of {@code factories}, one worker per sub-env. */
  public static <O, A> ThreadedVectorEnv<O, A> fromSuppliers(
      List<? extends Supplier<? extends Environment<O, A>>> factories) {
    return new ThreadedVectorEnv<>(SubEnvs.build(factories));
  }

  public int numThreads() {
    return numThreads;
  }

  @Override
  public int numEnvs() {
    return envs.size();
  }

  @Override
  public Space<O> singleObservationSpace() {
    return envs.observationSpace();
  }

  @Override
  public Space<A> singleActionSpace() {
    return envs.actionSpace();
  }

  @Override
  public VectorReset<O> reset(long seed) {
    envs.beginReset();
    List<Callable<Reset<O>>> tasks = new ArrayList<>(envs.size());
    for (int i = 0; i < envs.size(); i++) {
      SubEnv<O, A> env = envs.get(i);
      long envSeed = seed + i;
      tasks.add(() -> env.reset(envSeed));
    }
    var observations = ImmutableList.<O>builder();
    var infos = ImmutableList.<ImmutableMap<String, Object>>builder();
    for (Reset<O> reset : runAll(tasks)) {
      observations.add(reset.observation());
      infos.add(reset.info());
    }
    return new VectorReset<>(observations.build(), infos.build());
  }

  @Override
  public VectorStep<O> step(List<A> actions) {
    envs.beginStep(actions);
    List<Callable<Step<O>>> tasks = new ArrayList<>(envs.size());
    for (int i = 0; i < envs.size(); i++) {
      SubEnv<O, A> env = envs.get(i);
      A action = actions.get(i);
      tasks.add(() -> env.step(action));
    }
    return VectorStep.of(runAll(tasks));
  }

  /** Runs every task, waits for all of them, and returns their results in order or throws the first failure. */
  private <T> List<T> runAll(List<Callable<T>> tasks) {
    List<Future<T>> futures;
    try {
      futures = executor.invokeAll(tasks);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the sub-envs", e);
    }
    List<T> results = new ArrayList<>(futures.size());
    for (Future<T> future : futures) {
      try {
        results.add(future.get());
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("sub-env task failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the sub-envs", e);
      }
    }
    return results;
  }

  /** Stops the worker threads, then closes every sub-env; later calls do nothing. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      envs.close();
    }
  }

  @Override
  public String toString() {
    return "ThreadedVectorEnv(numEnvs=" + envs.size() + ", numThreads=" + numThreads
        + ", env=" + envs.get(0).env() + ")";
  }
}
