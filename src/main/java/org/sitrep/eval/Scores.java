package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Single-label classification scores with devscore.py's definitions: per gold label precision,
 * recall and F1 (a wrong prediction is a false positive of the predicted label and a false
 * negative of the gold one); the support-weighted F1 over the gold labels; a macro F1 over labels
 * with enough support. Not thread-safe: fill it from one thread.
 */
public final class Scores {
  // the counters of one label: true positives, false positives, false negatives, gold support
  private static final int TP = 0;
  private static final int FP = 1;
  private static final int FN = 2;
  private static final int SUPPORT = 3;

  private final Map<String, int[]> counts = new TreeMap<>();
  private int total;

  /** Records one example. */
  public void add(String gold, String predicted) {
    total++;
    cell(gold)[SUPPORT]++;
    if (gold.equals(predicted)) {
      cell(gold)[TP]++;
    } else {
      cell(predicted)[FP]++;
      cell(gold)[FN]++;
    }
  }

  private int[] cell(String label) {
    return counts.computeIfAbsent(label, k -> new int[4]);
  }

  public int total() {
    return total;
  }

  /** Stats of every label seen in the gold data, sorted by support (descending), then by label. */
  public List<LabelStats> perLabel() {
    List<LabelStats> out = new ArrayList<>();
    counts.forEach((label, c) -> {
      if (c[SUPPORT] > 0) {
        out.add(stats(label, c));
      }
    });
    out.sort(Comparator.comparingInt(LabelStats::support).reversed().thenComparing(LabelStats::label));
    return out;
  }

  private static LabelStats stats(String label, int[] c) {
    double p = ratio(c[TP], c[TP] + c[FP]);
    double r = ratio(c[TP], c[TP] + c[FN]);
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    return new LabelStats(label, p, r, f, c[SUPPORT]);
  }

  /** F1 per gold label weighted by its support; 0 with no examples. */
  public double weightedF1() {
    double sum = 0;
    for (LabelStats s : perLabel()) {
      sum += s.f1() * s.support();
    }
    return total == 0 ? 0.0 : sum / total;
  }

  /** Unweighted mean F1 over the gold labels with at least {@code minSupport} examples. */
  public double macroF1(int minSupport) {
    return perLabel().stream().filter(s -> s.support() >= minSupport).mapToDouble(LabelStats::f1).average()
        .orElse(0.0);
  }

  /** Share of examples predicted exactly. */
  public double accuracy() {
    int tp = counts.values().stream().mapToInt(c -> c[TP]).sum();
    return ratio(tp, total);
  }

  static double ratio(int num, int den) {
    return den == 0 ? 0.0 : (double) num / den;
  }
}
