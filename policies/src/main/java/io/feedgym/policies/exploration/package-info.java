/** Exploration strategies and their schedules. */
package io.feedgym.policies.exploration;
