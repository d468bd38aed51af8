package io.feedgym.env;

/**
 * An observation that carries the availability mask of the current candidates (true = may be
 * chosen), for environments whose valid actions change every step. Samplers and the environment
 * checker draw actions only among the available candidates of such observations.
 */
public interface MaskedObservation {

  /** The availability mask for the next action, one entry per candidate; callers must not modify it. */
  boolean[] mask();
}
