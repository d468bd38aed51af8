/** The environment contract: {@link io.feedgym.env.Environment}, its reset and step results. */
package io.feedgym.env;
