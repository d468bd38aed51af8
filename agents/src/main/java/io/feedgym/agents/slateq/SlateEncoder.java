package io.feedgym.agents.slateq;

/**
 * SlateQ's state-encoder part: turns one kind of slate observation into the inputs of the two towers of
 * {@link ItemQNetwork} — a state row, one item row per candidate and a last row for the null item ⊥ ("no
 * click", all zeros but its indicator) — into the availability of each candidate and into the choice
 * scores v(s, i) and v(s, ⊥) of the user choice model ({@link ChoiceModel}). Public because the offline
 * agents ({@code io.feedgym.agents.offline}) score pages with the same rows. Implementations are immutable and
 * thread-safe.
 *
 * @param <O> the observation type
 */
public interface SlateEncoder<O> {

  /** Width of a state row. */
  int stateSize();

  /** Width of an item row, the null-item indicator included. */
  int itemSize();

  /** Candidates per observation. */
  int candidates();

  /** Rows of a whole page: the candidates, then the null item (whose index is {@link #candidates()}). */
  default int pageRows() {
    return candidates() + 1;
  }

  /** Writes the state row of {@code page} {@code copies} times into {@code out} from row {@code row}. */
  void encodeState(O page, float[] out, int row, int copies);

  /** Writes the item row of {@code candidate} of {@code page} (the null item when it is {@link #candidates()}) at row {@code row}. */
  void encodeItem(O page, int candidate, float[] out, int row);

  /** Which candidates of {@code page} may be shown; a fresh array. */
  boolean[] mask(O page);

  /** Writes the {@link #pageRows()} item rows of {@code page} from row {@code row}, and their availability (⊥: 0). */
  default void encodeItems(O page, float[] out, int row, double[] available) {
    boolean[] mask = mask(page);
    for (int c = 0; c <= candidates(); c++) {
      encodeItem(page, c, out, row + c);
      available[row + c] = c < candidates() && mask[c] ? 1 : 0;
    }
  }

  /** The choice score v(s, i) >= 0 of every candidate of {@code page}. */
  double[] choiceScores(O page);

  /** The choice score of not clicking, v(s, ⊥) > 0. */
  double noClickScore();
}
