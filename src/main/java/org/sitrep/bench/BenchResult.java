package org.sitrep.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run. {@code startupMillis}: from asking for the extractor to its first
 * result on a one-sentence probe (models loaded). Throughput is over the timed articles only, after
 * the warm-up. Peaks are process-wide, start-up included. {@code peakRssBytes} is -1 where unknown.
 */
public record BenchResult(
    String pipeline,
    int threads,
    int warmup,
    int articles,
    long chars,
    int failures,
    int events,
    double startupMillis,
    double timedSeconds,
    long peakHeapBytes,
    long peakRssBytes) {

  public double articlesPerSecond() {
    return timedSeconds > 0 ? articles / timedSeconds : 0.0;
  }

  public double charsPerSecond() {
    return timedSeconds > 0 ? chars / timedSeconds : 0.0;
  }

  /** A short two-column table. */
  public String table() {
    StringBuilder b = new StringBuilder();
    row(b, "pipeline", pipeline);
    row(b, "threads", Integer.toString(threads));
    row(b, "articles (timed)", String.format(Locale.ROOT, "%d (+%d warm-up), %d chars", articles, warmup, chars));
    row(b, "failures / events", failures + " / " + events);
    row(b, "start-up", String.format(Locale.ROOT, "%.0f ms", startupMillis));
    row(b, "timed run", String.format(Locale.ROOT, "%.2f s", timedSeconds));
    row(b, "throughput", String.format(Locale.ROOT, "%.2f articles/s, %.0f chars/s", articlesPerSecond(),
        charsPerSecond()));
    row(b, "peak heap", mib(peakHeapBytes));
    row(b, "peak RSS", peakRssBytes < 0 ? "unknown" : mib(peakRssBytes));
    return b.toString();
  }

  /** The figures as a flat map with stable keys, for {@code --json}. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pipeline", pipeline);
    m.put("threads", threads);
    m.put("warmup", warmup);
    m.put("articles", articles);
    m.put("chars", chars);
    m.put("failures", failures);
    m.put("events", events);
    m.put("startup_ms", round(startupMillis, 1));
    m.put("timed_s", round(timedSeconds, 3));
    m.put("articles_per_s", round(articlesPerSecond(), 3));
    m.put("chars_per_s", round(charsPerSecond(), 1));
    m.put("peak_heap_bytes", peakHeapBytes);
    m.put("peak_rss_bytes", peakRssBytes < 0 ? null : peakRssBytes);
    return m;
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
  }

  private static void row(StringBuilder b, String name, String value) {
    b.append(String.format(Locale.ROOT, "%-18s %s%n", name, value));
  }
}
