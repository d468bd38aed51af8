/**
 * The custom DL4J layers behind the network blocks, written in SameDiff so that their gradients
 * come from automatic differentiation rather than hand-written backward passes (unlike {@code DuelingVertex}
 * in module agents): scaled field embeddings, the FM pairwise term, DCN cross layers, AFM's attentional
 * pooling, the additive output sum, a GRU and self-attention over a session. Each class cites the equation it
 * computes; the gradient checks in this module's tests verify them in double precision.
 */
package io.feedgym.networks.layers;
