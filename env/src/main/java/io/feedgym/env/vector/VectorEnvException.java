package io.feedgym.env.vector;

/**
 * A failure of one sub-environment of a {@link VectorEnv}, naming its index; the sub-env's own
 * exception is the cause.
 */
public final class VectorEnvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int envIndex;

  /** Wraps {@code cause}, thrown by sub-env {@code envIndex} during {@code operation} (e.g. "step"). */
  public VectorEnvException(int envIndex, String operation, RuntimeException cause) {
    super("sub-env " + envIndex + " failed in " + operation + ": " + cause.getClass().getSimpleName()
        + ": " + cause.getMessage(), cause);
    this.envIndex = envIndex;
  }

  /** The index of the failing sub-env. */
  public int envIndex() {
    return envIndex;
  }
}
