package io.feedgym.bench;

/**
 * JVM options of the benchmark forks. The heap is fixed and pre-touched because first touches of fresh
 * heap pages are slow enough on a VM to swamp the first seconds of an allocation-heavy benchmark.
 */
final class ForkArgs {
  static final String HEAP_MIN = "-Xms1g";
  static final String HEAP_MAX = "-Xmx1g";
  static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";
  /** Turns off JavaCPP's off-heap accounting, as the tests and the launcher do (~25% per ND4J op). */
  static final String NO_PHYSICAL_BYTES_CHECK = "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0";
  static final String NO_BYTES_CHECK = "-Dorg.bytedeco.javacpp.maxBytes=0";

  private ForkArgs() {}
}
