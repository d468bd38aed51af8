/**
 * Off-policy evaluation of slate and session policies from logged sessions: a target as a {@link
 * io.feedgym.offline.ope.SlatePolicy} with exact probabilities (uniform, deterministic baselines and agents,
 * ε-greedy and softmax slates), estimators for the top slot (DM, IPS, SNIPS, DR, Switch-DR), the first page
 * (slate IPS, IIPS, RIPS, PI) and the whole session (PDIS, WPDIS, FQE), each a small class citing its paper,
 * and a seeded percentile bootstrap over sessions with importance-weight diagnostics. Plain Java: the reward
 * models are ridge regressions. See docs/offline/ope.md.
 */
package io.feedgym.offline.ope;
