/**
 * The Open Bandit Dataset (Saito et al. 2021, ZOZOTOWN) in the logged-session schema: each impression row is
 * a one-step session ({@link io.feedgym.offline.obd.OpenBanditDataset}).
 */
package io.feedgym.offline.obd;
