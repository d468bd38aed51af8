/**
 * History summarizers for partially observed users: encoders that turn the last L items of a session into one
 * state vector (a GRU, after GRU4Rec, and self-attention, after SASRec), usable as a state field of any
 * scorer and so as the state tower of a two-tower network; and {@link io.feedgym.networks.sequence.RecentItems},
 * the bounded history an agent keeps per session.
 */
package io.feedgym.networks.sequence;
