/**
 * Ports of two RecSim environments (Ie et al., 2019, google-research/recsim): interest evolution and
 * long-term satisfaction ("chocolate vs kale"), following RecSim's code where it and its docstrings disagree.
 */
package io.feedgym.env.recsim;
