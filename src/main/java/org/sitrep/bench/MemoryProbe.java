package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** Peak memory of this process: the JVM's heap pools and, on Linux, the resident set. */
public final class MemoryProbe {
  private static final Path STATUS = Path.of("/proc/self/status");

  private MemoryProbe() {}

  /**
   * The sum of each heap pool's peak usage since start. Pools peak at different moments, so this
   * is an upper bound of the true heap peak (the usual reading of MemoryPoolMXBean peaks).
   */
  public static long peakHeapBytes() {
    return peakHeapBytes(ManagementFactory.getMemoryPoolMXBeans());
  }

  static long peakHeapBytes(List<MemoryPoolMXBean> pools) {
    long sum = 0;
    for (MemoryPoolMXBean p : pools) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The process's peak resident set (VmHWM), or empty where /proc is not available. */
  public static OptionalLong peakRssBytes() {
    try {
      return Files.isReadable(STATUS) ? parseVmHwm(Files.readString(STATUS, StandardCharsets.UTF_8))
          : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /** VmHWM in bytes from the text of /proc/self/status ("VmHWM:  123456 kB"). */
  public static OptionalLong parseVmHwm(String status) {
    for (String line : status.split("\n")) {
      if (line.startsWith("VmHWM:")) {
        String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
        long value = Long.parseLong(parts[0]);
        return OptionalLong.of(parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value);
      }
    }
    return OptionalLong.empty();
  }
}
