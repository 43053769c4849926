package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.Defaults;
import org.sitrep.extract.Extractors;
import org.sitrep.output.Json;

/**
 * Kill -9 an ingest of 1,000 articles half-way (a child JVM running {@code sitrep ingest}), rerun
 * it to completion, and compare with an uninterrupted run into another store: every article stored
 * exactly once, and the incident export identical.
 */
class IngestKillResumeIT {
  static final int ARTICLES = 1000;

  @TempDir
  Path dir;

  @Test
  void anInterruptedIngestResumedGivesTheUninterruptedResult() throws Exception {
    Path input = SyntheticNews.write(dir.resolve("news.jsonl"), ARTICLES, 20240501L);
    Path killed = dir.resolve("killed.db");

    Process first = ingest(killed, input, "first");
    int storedAtKill = waitForArticles(killed, ARTICLES / 2, first);
    first.destroyForcibly();
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    int storedAfterKill = count(killed, "article");
    assertThat(storedAtKill).isGreaterThanOrEqualTo(ARTICLES / 2);
    assertThat(storedAfterKill).as("the kill came before the end").isLessThan(ARTICLES);

    Process second = ingest(killed, input, "second");
    assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).as(dir.resolve("second.err").toString()).isZero();

    Path straight = dir.resolve("straight.db");
    try (IncidentRepository repo = JdbcIncidentRepository.open(StoreLocation.sqlite(straight))) {
      IngestReport report = new IngestService(repo, Extractors.standard(), 2, IngestListener.NONE)
          .ingest(List.of(input.toString()), Defaults.none());
      assertThat(report.stored()).isEqualTo(ARTICLES);
    }

    for (Path db : List.of(killed, straight)) {
      assertThat(count(db, "article")).isEqualTo(ARTICLES);
      assertThat(count(db, "revision")).isEqualTo(ARTICLES);
    }
    String resumed = export(killed);
    String uninterrupted = export(straight);
    assertThat(Json.MAPPER.readTree(resumed).size()).as("incidents").isGreaterThan(100).isLessThan(ARTICLES);
    assertThat(resumed).isEqualTo(uninterrupted);
    assertThat(articleKeys(killed)).isEqualTo(articleKeys(straight));
  }

  private Process ingest(Path db, Path input, String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
        "org.sitrep.cli.Main", "ingest", "--db", db.toString(), "--threads", "2", input.toString()));
    return new ProcessBuilder(cmd).redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile()).start();
  }

  /** Polls the store (read-only, as another process would) until it holds {@code n} articles. */
  private static int waitForArticles(Path db, int n, Process child) throws Exception {
    while (true) {
      int stored = Files.exists(db) ? countQuietly(db) : 0;
      if (stored >= n) {
        return stored;
      }
      if (!child.isAlive()) {
        throw new AssertionError("ingest ended before " + n + " articles were stored: exit " + child.exitValue());
      }
      Thread.sleep(100);
    }
  }

  private static int countQuietly(Path db) {
    try {
      return count(db, "article");
    } catch (SQLException e) {
      return 0; // not created or not migrated yet
    }
  }

  private static int count(Path db, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static List<String> articleKeys(Path db) {
    try (IncidentRepository repo = JdbcIncidentRepository.open(StoreLocation.sqlite(db))) {
      return repo.articles().stream().map(StoredArticle::key).toList();
    }
  }

  private static String export(Path db) {
    try (IncidentRepository repo = JdbcIncidentRepository.open(StoreLocation.sqlite(db))) {
      return Json.line(repo.incidents(IncidentQuery.all()));
    }
  }
}
