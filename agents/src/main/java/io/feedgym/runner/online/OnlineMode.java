package io.feedgym.runner.online;

/** How a learner updates during the online stream (DRN's ablation, Zheng et al. 2018, Sec. 6). */
public enum OnlineMode {
  /** Trained once before the stream, never updated. */
  FROZEN,
  /** Major updates only: periodic retraining on the replay memory. */
  MAJOR,
  /** Minor updates (DBGD after every comparison of live feedback) and major updates: DRN. */
  MINOR_MAJOR
}
