package org.sitrep.store;

/** The counts of one ingest run. */
public record IngestReport(long runId, int stored, int revised, int unchanged, int rejected, int failed) {
  public int processed() {
    return stored + revised + unchanged + rejected + failed;
  }

  /** Some inputs were rejected or could not be extracted (exit code 1). */
  public boolean hadProblems() {
    return rejected + failed > 0;
  }
}
