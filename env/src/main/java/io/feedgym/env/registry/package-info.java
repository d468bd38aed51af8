/** The registry of environments by id, with typed configuration records. */
package io.feedgym.env.registry;
