package io.feedgym.env.vector;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;
import io.feedgym.env.spaces.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Steps its sub-environments one after the other on the calling thread, Gymnasium's
 * {@code SyncVectorEnv}; autoreset as described in {@link VectorEnv}. Not thread-safe.
 */
public final class SyncVectorEnv<O, A> implements VectorEnv<O, A> {
  private final SubEnvs<O, A> envs;

  /** A vector env over {@code envs} (at least one, all with equal spaces); it takes ownership of them. */
  public SyncVectorEnv(List<? extends Environment<O, A>> envs) {
    this.envs = new SubEnvs<>(envs);
  }

  /** A vector env over one environment built by each of {@code factories}. */
  public static <O, A> SyncVectorEnv<O, A> fromSuppliers(
      List<? extends Supplier<? extends Environment<O, A>>> factories) {
    return new SyncVectorEnv<>(SubEnvs.build(factories));
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
    var observations = ImmutableList.<O>builder();
    var infos = ImmutableList.<ImmutableMap<String, Object>>builder();
    for (int i = 0; i < envs.size(); i++) {
      Reset<O> reset = envs.get(i).reset(seed + i);
      observations.add(reset.observation());
      infos.add(reset.info());
    }
    return new VectorReset<>(observations.build(), infos.build());
  }

  @Override
  public VectorStep<O> step(List<A> actions) {
    envs.beginStep(actions);
    List<Step<O>> steps = new ArrayList<>(envs.size());
    for (int i = 0; i < envs.size(); i++) {
      steps.add(envs.get(i).step(actions.get(i)));
    }
    return VectorStep.of(steps);
  }

  @Override
  public void close() {
    envs.close();
  }

  @Override
  public String toString() {
    return "SyncVectorEnv(numEnvs=" + envs.size() + ", env=" + envs.get(0).env() + ")";
  }
}
