/**
 * Meta-reinforcement learning across user cohorts ({@code feed-cohorts-v0}): the per-trial task context a
 * policy infers from the user's behaviour ({@link io.feedgym.policies.meta.TaskContext}) and the myopic
 * rankings that use an estimated or the true cohort preference
 * ({@link io.feedgym.policies.meta.PreferenceMyopic}). Plain Java, no DL4J.
 */
package io.feedgym.policies.meta;
