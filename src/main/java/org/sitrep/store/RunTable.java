package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code ingest_run} and {@code failure} tables. */
final class RunTable {
  private final Connection c;

  RunTable(Connection c) {
    this.c = c;
  }

  long start(List<String> sources, Integer total) throws SQLException {
    long id = Sql.nextId(c, "ingest_run");
    Sql.update(c, "INSERT INTO ingest_run (id, sources, total, processed, stored, revised, unchanged, failed, finished)"
        + " VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0)", id, String.join("\n", sources), total);
    return id;
  }

  /** Counts one article of the run as processed, and as stored or revised. */
  void count(long runId, ArticleStatus status) throws SQLException {
    String column = switch (status) {
      case NEW -> "stored";
      case REVISED -> "revised";
      case UNCHANGED, DUPLICATE -> "unchanged";
    };
    Sql.update(c, "UPDATE ingest_run SET processed = processed + 1, " + column + " = " + column + " + 1 WHERE id = ?",
        runId);
  }

  void finish(long runId, int unchanged) throws SQLException {
    Sql.update(c, "UPDATE ingest_run SET finished = 1, unchanged = unchanged + ?, processed = processed + ?"
        + " WHERE id = ?", unchanged, unchanged, runId);
  }

  Optional<IngestRun> get(long runId) throws SQLException {
    return Sql.one(c, "SELECT * FROM ingest_run WHERE id = ?", rs -> new IngestRun(rs.getLong("id"),
        rs.getString("sources"), Sql.integer(rs, "total"), rs.getInt("processed"), rs.getInt("stored"),
        rs.getInt("revised"), rs.getInt("unchanged"), rs.getInt("failed"), rs.getInt("finished") == 1), runId);
  }

  void failure(Long runId, String ref, String stage, String reason) throws SQLException {
    long id = Sql.nextId(c, "failure");
    Sql.update(c, "INSERT INTO failure (id, run_id, ref, stage, reason) VALUES (?, ?, ?, ?, ?)", id, runId, ref, stage,
        reason);
    if (runId != null) {
      Sql.update(c, "UPDATE ingest_run SET failed = failed + 1, processed = processed + 1 WHERE id = ?", runId);
    }
  }

  List<Failure> failures() throws SQLException {
    return Sql.query(c, "SELECT id, run_id, ref, stage, reason FROM failure ORDER BY id", rs -> new Failure(
        rs.getLong("id"), Sql.lng(rs, "run_id"), rs.getString("ref"), rs.getString("stage"), rs.getString("reason")));
  }
}
