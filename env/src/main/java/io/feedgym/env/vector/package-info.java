/**
 * Vector environments: {@code n} copies of an environment stepped together, Gymnasium's
 * {@code SyncVectorEnv} ({@link io.feedgym.env.vector.SyncVectorEnv}, on the calling thread) and
 * {@code AsyncVectorEnv} ({@link io.feedgym.env.vector.ThreadedVectorEnv}, on worker threads; same
 * results for the same seeds).
 *
 * <p><b>Autoreset (Gymnasium 1.x next-step semantics).</b> {@code reset(seed)} resets sub-env {@code i}
 * with {@code seed + i}. When sub-env {@code i} finishes (terminated or truncated) in the step call at
 * time {@code t}, that call returns its final observation, reward, flags and info as usual. The next
 * call, at {@code t + 1}, ignores action {@code i} and instead resets sub-env {@code i} (with
 * {@code reset()}, continuing its random stream), returning the reset observation with reward 0,
 * {@code terminated = false}, {@code truncated = false} and the reset's info. A transition whose
 * previous step was done is therefore not a real transition and must not be stored for learning.
 *
 * <p><b>Final observation and info.</b> For users who prefer same-step semantics, the info of the step
 * in which an episode finishes also holds the final observation under {@code "final_observation"}
 * ({@link io.feedgym.env.vector.VectorEnv#FINAL_OBSERVATION}, the same object as that step's
 * observation) and the sub-env's own info of that step under {@code "final_info"}
 * ({@link io.feedgym.env.vector.VectorEnv#FINAL_INFO}).
 */
package io.feedgym.env.vector;
