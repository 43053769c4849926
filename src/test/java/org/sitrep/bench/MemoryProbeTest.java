package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryProbeTest {
  @Test
  void parsesVmHwmInKilobytes() {
    String status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t 100000 kB\n";
    assertThat(MemoryProbe.parseVmHwm(status)).hasValue(123456L * 1024);
  }

  @Test
  void noVmHwmLineIsUnknown() {
    assertThat(MemoryProbe.parseVmHwm("Name:\tjava\n")).isEmpty();
  }

  @Test
  void heapPeakIsPositive() {
    assertThat(MemoryProbe.peakHeapBytes()).isPositive();
  }
}
