package io.feedgym.offline.ope;

/**
 * What an estimator estimates: the target policy's expected reward at one of three levels of a logged session.
 * The first page's context does not depend on the policy (it is the session's start), so the two page-level
 * estimands are comparable with an on-policy simulation of the target; later pages are reached only through
 * the session, which the session level covers.
 */
public enum Estimand {
  /** The click at the top position of a session's first page: the single-item (contextual-bandit) problem. */
  TOP_SLOT("clicks at the top position of the first page"),
  /** The clicks on a session's first page: the slate problem. */
  FIRST_PAGE("clicks on the first page"),
  /** The clicks over the whole session (undiscounted return): the sequential problem. */
  SESSION("clicks per session");

  private final String description;

  Estimand(String description) {
    this.description = description;
  }

  /** What the value means, e.g. {@code clicks on the first page}. */
  public String description() {
    return description;
  }

  /** The lower-case id, e.g. {@code first_page}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
