package io.feedgym.agents.nn;

import org.bytedeco.javacpp.Pointer;

/**
 * Keeps the native memory of graphs trained without DL4J workspaces bounded. Every pass of such a graph
 * allocates fresh off-heap arrays, which are freed only when the Java heap is collected, and an update leaves
 * almost no heap garbage to start a collection. JavaCPP would force one (its {@code maxPhysicalBytes} check on
 * every allocation), but FeedGym turns that check off for speed, and ND4J's own periodic collection is off by
 * default: a 20,000-step DDPG run reached 9–12 GB resident. {@link #release} makes JavaCPP's check once per
 * update instead of once per allocation, and collects at most once a second. Thread-safe.
 */
public final class NativeMemory {
  private static final long ALLOWANCE_BYTES = 2L << 30;
  private static final long INTERVAL_NANOS = 1_000_000_000L;
  private static long lastCollection = System.nanoTime() - INTERVAL_NANOS;

  private NativeMemory() {}

  /**
   * Runs a garbage collection when the process's resident memory exceeds the committed heap by more than
   * 2 GiB, at most once a second: freed native memory mostly stays with the C allocator for
   * reuse, so the resident size may stay above the mark, and each collection costs about 0.1 s. Changes no result,
   * only when unreachable arrays are freed.
   */
  public static void release() {
    release(ALLOWANCE_BYTES, INTERVAL_NANOS);
  }

  static synchronized void release(long allowanceBytes, long intervalNanos) {
    long now = System.nanoTime();
    if (now - lastCollection >= intervalNanos
        && Pointer.physicalBytes() > Runtime.getRuntime().totalMemory() + allowanceBytes) {
      System.gc();
      lastCollection = System.nanoTime();
    }
  }
}
