package org.sitrep.bench;

import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.StageTimes;

/**
 * The per-stage table of {@code sitrep bench --profile}: each stage's summed thread time, its share
 * of all timed stages, milliseconds per article and how many times it ran. Counters without time
 * (sentences parsed or skipped by the relevance step) are listed with their counts only. A stage
 * whose name starts with a space is a part of another (the type model within the events stage):
 * listed, but not added to the total.
 */
public final class StageProfile {
  private StageProfile() {}

  public static String table(List<StageTimes.Stage> stages, int articles) {
    long total = stages.stream().filter(s -> !s.name().startsWith(" ")).mapToLong(StageTimes.Stage::nanos).sum();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-40s %10s %7s %12s %10s%n", "stage", "thread-s", "share", "ms/article",
        "count"));
    for (StageTimes.Stage s : stages) {
      if (s.nanos() == 0) {
        b.append(String.format(Locale.ROOT, "%-40s %10s %7s %12s %10d%n", s.name(), "", "", "", s.count()));
      } else {
        b.append(String.format(Locale.ROOT, "%-40s %10.2f %6.1f%% %12.2f %10d%n", s.name(), s.nanos() / 1e9,
            total == 0 ? 0 : 100.0 * s.nanos() / total, articles == 0 ? 0 : s.nanos() / 1e6 / articles, s.count()));
      }
    }
    b.append(String.format(Locale.ROOT, "%-40s %10.2f %7s %12.2f%n", "all timed stages", total / 1e9, "100%",
        articles == 0 ? 0 : total / 1e6 / articles));
    return b.toString();
  }
}
