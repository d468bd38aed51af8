package io.feedgym.networks.features;

/** Which side of a (state, item) row a field describes; two-tower scorers encode each side separately. */
public enum Tower {
  /** The user and the context: the same for every candidate of a page. */
  STATE,
  /** The candidate item. */
  ITEM
}
