package io.feedgym.env.vector;

import io.feedgym.env.Environment;
import io.feedgym.env.Reset;
import io.feedgym.env.Step;

/**
 * One sub-environment of a vector env with its next-step autoreset state; failures are rethrown as
 * {@link VectorEnvException} naming the index. Confined to one thread at a time.
 */
final class SubEnv<O, A> {
  private final int index;
  private final Environment<O, A> env;
  private boolean needsReset;

  SubEnv(int index, Environment<O, A> env) {
    this.index = index;
    this.env = env;
  }

  Environment<O, A> env() {
    return env;
  }

  Reset<O> reset(long seed) {
    try {
      Reset<O> reset = env.reset(seed);
      needsReset = false;
      return reset;
    } catch (RuntimeException e) {
      throw new VectorEnvException(index, "reset(" + seed + ")", e);
    }
  }

  /** Steps with {@code action}, or resets (ignoring the action) when the previous step finished an episode. */
  Step<O> step(A action) {
    try {
      if (needsReset) {
        Reset<O> reset = env.reset();
        needsReset = false;
        return new Step<>(reset.observation(), 0.0, false, false, reset.info());
      }
      Step<O> step = env.step(action);
      if (!step.done()) {
        return step;
      }
      needsReset = true;
      return step.withInfo(VectorEnv.FINAL_OBSERVATION, step.observation())
          .withInfo(VectorEnv.FINAL_INFO, step.info());
    } catch (RuntimeException e) {
      throw new VectorEnvException(index, needsReset ? "autoreset" : "step", e);
    }
  }
}
