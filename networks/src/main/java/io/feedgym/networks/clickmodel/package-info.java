/**
 * Click models built from the network blocks: each block fitted to the clicks of logged feed pages
 * ({@link io.feedgym.networks.clickmodel.ClickRows}) by log loss, and scored on held-out pages by log loss and
 * AUC ({@link io.feedgym.networks.clickmodel.ClickMetrics}) — the supervised sanity check that a block learns
 * the interactions a linear model ({@link io.feedgym.networks.Network#LINEAR}) cannot.
 */
package io.feedgym.networks.clickmodel;
