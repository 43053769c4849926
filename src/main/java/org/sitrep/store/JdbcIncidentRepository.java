package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.sitrep.article.Article;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.incident.Incident;
import org.sitrep.output.Json;

/**
 * The store over plain JDBC, SQLite or PostgreSQL (the SQL is portable; only the connection
 * settings and the writer lock differ). Every public method is one transaction on one connection.
 * On PostgreSQL each transaction first takes an advisory lock, so that writers from several
 * processes take turns as SQLite's immediate transactions make them do.
 */
public final class JdbcIncidentRepository implements IncidentRepository {
  private static final long WRITER_LOCK = 0x5172_6570L;

  private final StoreLocation location;
  private final Connection c;
  private final ArticleTable articles;
  private final MentionTable mentions;
  private final IncidentTable incidents;
  private final RunTable runs;

  private JdbcIncidentRepository(StoreLocation location, Connection c) {
    this.location = location;
    this.c = c;
    this.articles = new ArticleTable(c);
    this.mentions = new MentionTable(c);
    this.incidents = new IncidentTable(c);
    this.runs = new RunTable(c);
  }

  /** Opens (creating and migrating as needed) the store at {@code location}. */
  public static JdbcIncidentRepository open(StoreLocation location) {
    return new JdbcIncidentRepository(location, Connections.open(location));
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T tx(String what, Work<T> work) {
    try {
      if (location.dialect() == StoreLocation.Dialect.POSTGRESQL) {
        Sql.one(c, "SELECT pg_advisory_xact_lock(?)", rs -> 1, WRITER_LOCK);
      }
      T result = work.run();
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException(what + " failed in " + location.display() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ArticleStatus status(ArticleKey key) {
    return tx("status", () -> statusOf(key));
  }

  private ArticleStatus statusOf(ArticleKey key) throws SQLException {
    Optional<ArticleTable.Ref> ref = articles.byKey(key.key());
    if (ref.isPresent()) {
      return articles.hasRevision(ref.get().id(), key.textHash()) ? ArticleStatus.UNCHANGED : ArticleStatus.REVISED;
    }
    return articles.textStored(key.textHash()) ? ArticleStatus.DUPLICATE : ArticleStatus.NEW;
  }

  @Override
  public ArticleStatus store(Article article, ArticleKey key, ExtractionResult result, long runId) {
    return tx("storing " + article.id(), () -> {
      ArticleStatus status = statusOf(key);
      runs.count(runId, status);
      if (!status.storesSomething()) {
        return status;
      }
      List<Long> touched = List.of();
      long id;
      if (status == ArticleStatus.REVISED) {
        id = articles.byKey(key.key()).orElseThrow().id();
        touched = mentions.retire(id);
      } else {
        id = articles.insert(article, key.key());
      }
      long revision = articles.insertRevision(id, key.textHash(), article.text(), Json.line(result),
          result.pipeline() == null ? "" : result.pipeline(), runId);
      articles.setCurrent(id, article, revision);
      new Linking(mentions, incidents).link(id, revision, article.published(), result.events(), touched);
      return status;
    });
  }

  @Override
  public long startRun(List<String> sources, Integer total) {
    return tx("starting a run", () -> runs.start(sources, total));
  }

  @Override
  public void finishRun(long runId, int unchanged) {
    tx("finishing run " + runId, () -> {
      runs.finish(runId, unchanged);
      return null;
    });
  }

  @Override
  public Optional<IngestRun> run(long runId) {
    return tx("reading run " + runId, () -> runs.get(runId));
  }

  @Override
  public void recordFailure(Long runId, String ref, String stage, String reason) {
    tx("recording a failure", () -> {
      runs.failure(runId, ref, stage, reason);
      return null;
    });
  }

  @Override
  public List<Failure> failures() {
    return tx("reading failures", runs::failures);
  }

  @Override
  public List<StoredArticle> articles() {
    return tx("reading articles", articles::all);
  }

  @Override
  public Optional<ExtractionResult> extraction(long articleId) {
    return tx("reading extraction of " + articleId, () -> {
      Optional<String> json = articles.currentExtraction(articleId);
      try {
        return json.isEmpty() ? Optional.empty()
            : Optional.of(Json.MAPPER.readValue(json.get(), ExtractionResult.class));
      } catch (JsonProcessingException e) {
        throw new SQLException("unreadable extraction of article " + articleId + ": " + e.getMessage(), e);
      }
    });
  }

  @Override
  public Optional<String> text(long articleId) {
    return tx("reading text of " + articleId, () -> articles.currentText(articleId));
  }

  @Override
  public List<Incident> incidents(IncidentQuery query) {
    return tx("querying incidents", () -> incidents.find(query));
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + location.display() + ": " + e.getMessage(), e);
    }
  }
}
