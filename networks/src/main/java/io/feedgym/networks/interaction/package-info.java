/**
 * Interaction blocks, each a small class citing its paper and equation: the factorization machine, DeepFM,
 * Wide &amp; Deep, Deep &amp; Cross, Attentional FM and the two-tower scorer. They all build on
 * {@link io.feedgym.networks.interaction.FieldEmbeddings}, the shared feature layer, and end in one logit per
 * (state, item) row.
 */
package io.feedgym.networks.interaction;
