/**
 * The environment contract: {@link io.feedgym.env.Environment}, its reset and step results, and
 * {@link io.feedgym.env.MaskedObservation} for observations whose valid actions change every step.
 */
package io.feedgym.env;
