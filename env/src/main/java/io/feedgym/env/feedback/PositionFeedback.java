package io.feedgym.env.feedback;

/**
 * The user's response to the item shown at one slate position of a page.
 *
 * @param position 0-based position on the page (0 is the top)
 * @param candidate index of the item in the page's candidate set
 * @param itemId catalog id of the item
 * @param topic the item's topic (or cluster) id, non-negative
 * @param price the item's price, non-negative (0 when the environment has no prices)
 * @param examined whether the user looked at the position
 * @param clicked whether the user clicked the item (implies examined)
 * @param purchased whether the user bought the item (implies clicked)
 * @param dwell time spent on the item after a click, non-negative (0 without a click)
 * @param novel whether the item was not shown earlier in the session
 */
public record PositionFeedback(
    int position,
    int candidate,
    long itemId,
    int topic,
    double price,
    boolean examined,
    boolean clicked,
    boolean purchased,
    double dwell,
    boolean novel) {

  public PositionFeedback {
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0, found " + position);
    }
    if (topic < 0) {
      throw new IllegalArgumentException("topic must be >= 0, found " + topic);
    }
    if (!(price >= 0) || !Double.isFinite(price)) {
      throw new IllegalArgumentException("price must be a finite number >= 0, found " + price);
    }
    if (!(dwell >= 0) || !Double.isFinite(dwell)) {
      throw new IllegalArgumentException("dwell must be a finite number >= 0, found " + dwell);
    }
    if (clicked && !examined) {
      throw new IllegalArgumentException("position " + position + ": clicked requires examined");
    }
    if (purchased && !clicked) {
      throw new IllegalArgumentException("position " + position + ": purchased requires clicked");
    }
  }
}
