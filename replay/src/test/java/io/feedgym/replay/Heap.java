package io.feedgym.replay;

/** Heap measurements for memory tests. */
public final class Heap {
  private Heap() {}

  /** Bytes of heap in use after full collections. */
  public static long used() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
