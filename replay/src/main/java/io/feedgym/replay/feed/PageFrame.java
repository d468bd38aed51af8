package io.feedgym.replay.feed;

import io.feedgym.env.feed.FeedObservation;
import io.feedgym.env.feed.FeedObservationSpace;
import io.feedgym.replay.FloatEncoding;
import io.feedgym.replay.file.Columns;
import java.io.IOException;
import java.util.Arrays;

/**
 * One stored page: user features, context and candidate features as float in one array, candidate
 * topics then catalog items in one int array, and the availability mask. Not changed once stored.
 */
final class PageFrame {
  private final float[] values;
  private final int[] ids;
  private final boolean[] mask;

  private PageFrame(float[] values, int[] ids, boolean[] mask) {
    this.values = values;
    this.ids = ids;
    this.mask = mask;
  }

  /** The frame of {@code page}, which must have {@code space}'s dimensions; {@code name} names it in errors. */
  static PageFrame of(FeedObservation page, FeedObservationSpace space, String name) {
    double[] user = page.user();
    double[] context = page.context();
    double[] features = page.features();
    if (user.length != space.userDim() || context.length != space.contextDim()
        || page.numCandidates() != space.numCandidates() || page.numFeatures() != space.numFeatures()) {
      throw new IllegalArgumentException(name + " has " + user.length + " user features, " + context.length
          + " context entries and " + page.numCandidates() + " × " + page.numFeatures()
          + " candidate features; this storage holds " + space.userDim() + ", " + space.contextDim() + " and "
          + space.numCandidates() + " × " + space.numFeatures());
    }
    FloatEncoding.checkRange(user, name + ".user");
    FloatEncoding.checkRange(context, name + ".context");
    FloatEncoding.checkRange(features, name + ".features");
    float[] values = new float[floats(space)];
    FloatEncoding.encode(user, values, 0);
    FloatEncoding.encode(context, values, user.length);
    FloatEncoding.encode(features, values, user.length + context.length);
    int[] ids = Arrays.copyOf(page.topics(), 2 * page.numCandidates());
    System.arraycopy(page.items(), 0, ids, page.numCandidates(), page.numCandidates());
    return new PageFrame(values, ids, page.mask().clone());
  }

  /** The page, its values widened back from float. */
  FeedObservation observation(FeedObservationSpace space) {
    int user = space.userDim();
    int context = space.contextDim();
    int candidates = space.numCandidates();
    return FeedObservation.of(FloatEncoding.decode(values, 0, user), FloatEncoding.decode(values, user, context),
        FloatEncoding.decode(values, user + context, candidates * space.numFeatures()),
        Arrays.copyOf(ids, candidates), Arrays.copyOfRange(ids, candidates, 2 * candidates), mask);
  }

  boolean sameContent(PageFrame other) {
    return Arrays.equals(values, other.values) && Arrays.equals(ids, other.ids) && Arrays.equals(mask, other.mask);
  }

  /** Heap bytes of a frame of {@code space}: three arrays with 16-byte headers and the object itself. */
  static long bytes(FeedObservationSpace space) {
    return 16 + 16 + 4L * floats(space) + 16 + 8L * space.numCandidates() + 16 + space.numCandidates();
  }

  static PageFrame empty(FeedObservationSpace space) {
    return new PageFrame(new float[floats(space)], new int[2 * space.numCandidates()],
        new boolean[space.numCandidates()]);
  }

  /** Writes this frame, or fills it from a file. */
  void columns(Columns io) throws IOException {
    io.floats(values, 0, values.length);
    io.ints(ids, 0, ids.length);
    io.booleans(mask);
  }

  private static int floats(FeedObservationSpace space) {
    return space.userDim() + space.contextDim() + space.numCandidates() * space.numFeatures();
  }
}
