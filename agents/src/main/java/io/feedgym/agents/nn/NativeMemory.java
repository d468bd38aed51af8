package io.feedgym.agents.nn;

import org.bytedeco.javacpp.Pointer;

/**
 * Keeps the native memory of graphs trained outside DL4J's {@code fit} bounded. Without workspaces every pass
 * allocates fresh off-heap arrays, which are freed only when the Java heap is collected. JavaCPP would force
 * that collection (its {@code maxPhysicalBytes} check on every allocation), but FeedGym turns the check off for
 * speed, and DL4J's {@code fit} loops, which call ND4J's {@code invokeGcOccasionally} for the same reason, are
 * not what agents with their own updates run: a 20,000-step DDPG run reached 12 GB resident. {@link #release}
 * makes JavaCPP's check once per update instead of once per allocation. Thread-safe.
 */
public final class NativeMemory {
  /** Resident memory allowed above the committed Java heap before {@link #release} collects. */
  public static final long ALLOWANCE_BYTES = 2L << 30;
  private static final long MIN_INTERVAL_NANOS = 100_000_000L;
  private static long lastCollection = System.nanoTime() - MIN_INTERVAL_NANOS;

  private NativeMemory() {}

  /**
   * Runs a garbage collection when the process's resident memory exceeds the committed heap by more than
   * {@link #ALLOWANCE_BYTES}, at most every 100 ms (the deallocation that follows a collection runs on ND4J's own
   * threads). Changes no result, only when unreachable arrays are freed.
   */
  public static void release() {
    release(ALLOWANCE_BYTES);
  }

  static synchronized void release(long allowanceBytes) {
    long now = System.nanoTime();
    if (now - lastCollection >= MIN_INTERVAL_NANOS
        && Pointer.physicalBytes() > Runtime.getRuntime().totalMemory() + allowanceBytes) {
      System.gc();
      lastCollection = System.nanoTime();
    }
  }
}
