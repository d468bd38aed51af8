package io.feedgym.rewards.testkit;

import com.google.common.collect.ImmutableList;
import io.feedgym.env.feedback.Feedback;
import io.feedgym.env.feedback.PositionFeedback;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds valid {@link Feedback} for reward tests: a page of K positions (default 10), all unexamined,
 * topic 0, price 0, not novel, unless told otherwise. Clicks imply examination, purchases imply clicks.
 * Not thread-safe.
 */
public final class FeedbackBuilder {
  private final int size;
  private final boolean[] examined;
  private final boolean[] clicked;
  private final boolean[] purchased;
  private final boolean[] novel;
  private final double[] dwell;
  private final double[] price;
  private final int[] topic;
  private int page;
  private boolean left;
  private double returnGap = Double.NaN;

  private FeedbackBuilder(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("page size must be >= 0, found " + size);
    }
    this.size = size;
    examined = new boolean[size];
    clicked = new boolean[size];
    purchased = new boolean[size];
    novel = new boolean[size];
    dwell = new double[size];
    price = new double[size];
    topic = new int[size];
  }

  /** A page of 10 positions without any interaction. */
  public static FeedbackBuilder feedback() {
    return new FeedbackBuilder(10);
  }

  /** A page of {@code size} positions without any interaction. */
  public static FeedbackBuilder feedback(int size) {
    return new FeedbackBuilder(size);
  }

  /** Marks position {@code i} examined. */
  public FeedbackBuilder examinedAt(int i) {
    examined[check(i)] = true;
    return this;
  }

  /** Marks position {@code i} clicked (and examined). */
  public FeedbackBuilder clickAt(int i) {
    clicked[check(i)] = true;
    return examinedAt(i);
  }

  /** Marks position {@code i} purchased (and clicked). */
  public FeedbackBuilder purchaseAt(int i) {
    purchased[check(i)] = true;
    return clickAt(i);
  }

  /** Sets the dwell time at position {@code i} and marks it clicked. */
  public FeedbackBuilder dwellAt(int i, double seconds) {
    dwell[check(i)] = seconds;
    return clickAt(i);
  }

  /** Sets the topic of the item at position {@code i}. */
  public FeedbackBuilder topicAt(int i, int value) {
    topic[check(i)] = value;
    return this;
  }

  /** Sets the topics of positions 0, 1, ... in order. */
  public FeedbackBuilder topics(int... values) {
    if (values.length > size) {
      throw new IllegalArgumentException("topics must hold at most " + size + " values, found " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      topicAt(i, values[i]);
    }
    return this;
  }

  /** Sets the price of the item at position {@code i}. */
  public FeedbackBuilder priceAt(int i, double value) {
    price[check(i)] = value;
    return this;
  }

  /** Marks the item at position {@code i} novel. */
  public FeedbackBuilder novelAt(int i) {
    novel[check(i)] = true;
    return this;
  }

  /** Sets the 0-based page index within the session. */
  public FeedbackBuilder page(int n) {
    page = n;
    return this;
  }

  /** Marks that the user left after this page. */
  public FeedbackBuilder left() {
    left = true;
    return this;
  }

  /** Sets the days until the user's next session (+Infinity: never returns). */
  public FeedbackBuilder returnGap(double days) {
    returnGap = days;
    return this;
  }

  /** The feedback described so far; invalid values fail in {@link Feedback}'s validation. */
  public Feedback build() {
    List<PositionFeedback> positions = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      positions.add(new PositionFeedback(
          i, i, i, topic[i], price[i], examined[i], clicked[i], purchased[i], dwell[i], novel[i]));
    }
    return new Feedback(page, ImmutableList.copyOf(positions), left, returnGap);
  }

  /** A builder describing {@code feedback}, for deriving variants of it. */
  static FeedbackBuilder from(Feedback feedback) {
    FeedbackBuilder out = new FeedbackBuilder(feedback.positions().size());
    for (PositionFeedback p : feedback.positions()) {
      int i = p.position();
      out.examined[i] = p.examined();
      out.clicked[i] = p.clicked();
      out.purchased[i] = p.purchased();
      out.novel[i] = p.novel();
      out.dwell[i] = p.dwell();
      out.price[i] = p.price();
      out.topic[i] = p.topic();
    }
    out.page = feedback.page();
    out.left = feedback.left();
    out.returnGap = feedback.returnGap();
    return out;
  }

  @Override
  public String toString() {
    return "feedback(page=" + page + ", clicked=" + Arrays.toString(clicked) + ", purchased="
        + Arrays.toString(purchased) + ", left=" + left + ", returnGap=" + returnGap + ")";
  }

  private int check(int i) {
    if (i < 0 || i >= size) {
      throw new IllegalArgumentException("position must be in [0, " + size + "), found " + i);
    }
    return i;
  }
}
