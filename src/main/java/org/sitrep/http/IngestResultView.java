package org.sitrep.http;

import java.util.List;
import org.sitrep.store.IngestReport;

/** What one {@code POST /api/ingest} did: counts of the run and each record refused, with why. */
public record IngestResultView(long run, int stored, int revised, int unchanged, int rejected, int failed,
    List<Problem> problems) {
  public IngestResultView {
    problems = List.copyOf(problems);
  }

  /** A record that was rejected or failed. */
  public record Problem(String ref, String reason) {}

  static IngestResultView of(IngestReport r, List<Problem> problems) {
    return new IngestResultView(r.runId(), r.stored(), r.revised(), r.unchanged(), r.rejected(), r.failed(),
        problems);
  }
}
