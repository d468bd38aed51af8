/**
 * Feature handling shared by all blocks: typed fields (dense numbers, categorical, multi-hot, sequences of
 * recent items), the {@link io.feedgym.networks.features.FeatureSpec} that lists them,
 * {@link io.feedgym.networks.features.FeatureBatch}, which lays field values out as graph inputs, and
 * {@link io.feedgym.networks.features.FeedFeatures}, which builds the spec and the rows of a feed page.
 */
package io.feedgym.networks.features;
