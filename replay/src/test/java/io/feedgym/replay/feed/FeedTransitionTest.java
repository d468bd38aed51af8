package io.feedgym.replay.feed;

import static io.feedgym.replay.feed.FeedItems.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.primitives.ImmutableIntArray;
import io.feedgym.env.Step;
import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feedback.Feedback;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedTransitionTest {

  @Test
  void carriesBothPagesTheSlateAndPerPositionFeedback() {
    FeedTransition t = FeedItems.transition(4, false, true);
    assertThat(t.observation().mask()).hasSize(6);
    assertThat(t.nextObservation()).isNotEqualTo(t.observation());
    assertThat(t.slate().asList()).containsExactly(1, 0);
    assertThat(t.feedback().positions().get(0).clicked()).isTrue();
    assertThat(t.feedback().positions().get(0).purchased()).isTrue();
    assertThat(t.feedback().positions().get(1).clicked()).isFalse();
    assertThat(t.done()).isTrue();
  }

  @Test
  void ofTakesTheFeedbackFromTheStepInfo() {
    FeedTransition t = FeedItems.transition(2, true, false);
    Step<FeedObservation> step = Step.of(t.nextObservation(), 2.0, true, false, Map.of(Feedback.INFO_KEY, t.feedback()));
    assertThat(FeedTransition.of(t.observation(), new int[] {1, 0}, step)).isEqualTo(t);
    assertThatThrownBy(() -> FeedTransition.of(t.observation(), new int[] {1, 0},
        Step.of(t.nextObservation(), 2.0, true, false, Map.of("clicks", 1))))
        .hasMessage("step info must hold a Feedback under 'feedback', found keys [clicks]");
  }

  @Test
  void slatesMustBeAvailableAndMatchTheFeedback() {
    FeedTransition good = FeedItems.transition(1, false, false);
    FeedObservation masked = FeedObservation.of(page(1).user(), page(1).context(), page(1).features(),
        page(1).topics(), page(1).items(), new boolean[] {true, false, true, true, true, true});
    assertThatThrownBy(() -> new FeedTransition(masked, good.slate(), 1, good.nextObservation(), false, false,
        good.feedback())).hasMessage("slate index 1 at position 0 is masked (not available)");
    assertThatThrownBy(() -> new FeedTransition(good.observation(), ImmutableIntArray.of(0, 1), 1,
        good.nextObservation(), false, false, good.feedback()))
        .hasMessage("feedback at position 0 is for candidate 1, the slate shows candidate 0");
    assertThatThrownBy(() -> new FeedTransition(good.observation(), ImmutableIntArray.of(1, 0, 2), 1,
        good.nextObservation(), false, false, good.feedback()))
        .hasMessage("feedback must cover the 3 slate positions, found 2");
    assertThatThrownBy(() -> new FeedTransition(good.observation(), ImmutableIntArray.of(), 1,
        good.nextObservation(), false, false, good.feedback()))
        .hasMessage("slate must hold 1 to 6 candidates, found 0");
    assertThatThrownBy(() -> new FeedTransition(good.observation(), good.slate(), Double.NaN,
        good.nextObservation(), false, false, good.feedback())).hasMessage("reward must be finite, found NaN");
  }
}
