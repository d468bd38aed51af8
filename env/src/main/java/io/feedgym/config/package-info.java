/** Configuration records bound from snake_case keys: one source of defaults for the API and the CLI. */
package io.feedgym.config;
