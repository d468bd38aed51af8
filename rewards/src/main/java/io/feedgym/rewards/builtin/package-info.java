/**
 * The built-in rewards over {@link io.feedgym.env.feedback.Feedback}. Each is a record that doubles as
 * its own configuration: {@code defaults()}, snake_case keys bindable with
 * {@link io.feedgym.config.ConfigBinder}, and a javadoc stating its formula.
 */
package io.feedgym.rewards.builtin;
