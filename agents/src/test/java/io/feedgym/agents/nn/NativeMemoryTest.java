package io.feedgym.agents.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class NativeMemoryTest {

  @Test
  void releaseCollectsUnreachableNativeArraysAboveTheAllowance() throws InterruptedException {
    // 24 arrays of 32 MiB, each dropped at once, with almost no Java heap garbage: while JavaCPP's accounting is
    // off (the surefire argLine, as the CLI) nothing else collects them, and the process would grow by 768 MiB.
    Nd4j.create(DataType.FLOAT, 1);
    System.gc();
    Thread.sleep(200);
    long start = Pointer.physicalBytes();
    long peak = start;
    for (int i = 0; i < 24; i++) {
      Nd4j.create(DataType.FLOAT, 8L << 20).addi(1);
      NativeMemory.release(0, 0);
      peak = Math.max(peak, Pointer.physicalBytes());
    }
    assertThat(peak - start).isLessThan(256L << 20);
  }
}
