package org.sitrep.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where the time goes: nanoseconds and counts per named stage, summed over all threads. Off unless
 * {@link #enable()} was called ({@code sitrep bench --profile}); when off a timing costs one
 * volatile read. Stages appear in the order they were first timed.
 */
public final class StageTimes {
  /** One stage's total time and the number of items it was timed over. */
  public record Stage(String name, long nanos, long count) {}

  private static volatile boolean enabled;
  private static final Map<String, LongAdder[]> STAGES = new LinkedHashMap<>();

  private StageTimes() {}

  public static void enable() {
    enabled = true;
  }

  public static boolean enabled() {
    return enabled;
  }

  /** A start mark for {@link #stop}: the current time when profiling, else 0. */
  public static long start() {
    return enabled ? System.nanoTime() : 0;
  }

  /** Adds the time since {@code start} to the stage, and one to its count. */
  public static void stop(String stage, long start) {
    if (enabled) {
      add(stage, System.nanoTime() - start, 1);
    }
  }

  /** Adds to a stage's count without time (e.g. sentences skipped by the relevance step). */
  public static void count(String stage, long n) {
    if (enabled) {
      add(stage, 0, n);
    }
  }

  private static void add(String stage, long nanos, long n) {
    LongAdder[] a;
    synchronized (STAGES) {
      a = STAGES.computeIfAbsent(stage, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
    }
    a[0].add(nanos);
    a[1].add(n);
  }

  /** The stages timed so far, in first-timed order. */
  public static java.util.List<Stage> snapshot() {
    synchronized (STAGES) {
      return STAGES.entrySet().stream()
          .map(e -> new Stage(e.getKey(), e.getValue()[0].sum(), e.getValue()[1].sum()))
          .toList();
    }
  }

  public static void reset() {
    synchronized (STAGES) {
      STAGES.clear();
    }
  }
}
