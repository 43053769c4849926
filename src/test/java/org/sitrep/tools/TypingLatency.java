package org.sitrep.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.eval.AcledCsv;
import org.sitrep.eval.AcledRow;
import org.sitrep.eval.SplitRule;
import org.sitrep.extract.typing.LinearTypeModel;
import org.sitrep.extract.typing.TypingFeatures;

/**
 * Developer aid: what typing costs a mention on one thread, the shipped model's
 * {@code probabilities(text)} (word features and, for a model that reads them, the sentence
 * embedding) timed over the first N fit-split notes of an ACLED CSV after a warm-up (wall time,
 * the thread's CPU time, and each text's fastest of three rounds, which other load on the machine
 * disturbs least), and the word features alone for comparison. Arguments: CSV [N, default 600].
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt)
 * org.sitrep.tools.TypingLatency ../shared/data/dev/acled_notes_dev.csv}.
 */
public final class TypingLatency {
  /** Rounds over the texts; each text's fastest round is its time with the least interference from other load. */
  private static final int ROUNDS = 3;

  public static void main(String[] args) throws Exception {
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    List<String> texts = AcledCsv.read(Path.of(args[0]), id -> !SplitRule.isCheck(id)).stream()
        .map(AcledRow::notes).filter(t -> !t.isBlank()).limit(n).toList();
    LinearTypeModel m = LinearTypeModel.shipped();
    for (int i = 0; i < 50; i++) {
      m.probabilities(texts.get(i % texts.size()));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] full = new long[texts.size()];
    long[] cpu = new long[texts.size()];
    long[] words = new long[texts.size()];
    long[] best = new long[texts.size()];
    Arrays.fill(best, Long.MAX_VALUE);
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < texts.size(); i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        m.probabilities(texts.get(i));
        long t1 = System.nanoTime();
        best[i] = Math.min(best[i], t1 - t0);
        if (round == 0) {
          cpu[i] = threads.getCurrentThreadCpuTime() - c0;
          m.probabilities(TypingFeatures.of(texts.get(i)), null);
          full[i] = t1 - t0;
          words[i] = System.nanoTime() - t1;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d texts, model reads embeddings: %s%n", texts.size(), m.readsEmbeddings());
    print("typing a mention", full);
    print("  its thread CPU", cpu);
    print("  best of " + ROUNDS + " rounds", best);
    print("word features alone", words);
  }

  private static void print(String what, long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    double mean = Arrays.stream(s).average().orElse(0) / 1e6;
    System.out.printf(Locale.ROOT, "%-20s mean %.2f ms  p50 %.2f ms  p95 %.2f ms  max %.2f ms%n", what, mean,
        s[s.length / 2] / 1e6, s[(int) Math.floor(s.length * 0.95)] / 1e6, s[s.length - 1] / 1e6);
  }
}
