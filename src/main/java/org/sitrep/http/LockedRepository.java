package org.sitrep.http;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sitrep.article.Article;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.incident.Incident;
import org.sitrep.store.ArticleKey;
import org.sitrep.store.ArticleStatus;
import org.sitrep.store.Failure;
import org.sitrep.store.IncidentQuery;
import org.sitrep.store.IncidentRepository;
import org.sitrep.store.IngestRun;
import org.sitrep.store.StoredArticle;

/**
 * A repository shared by the server's request threads: each call (one transaction) holds a lock, so
 * the one connection is used by one thread at a time, and reads interleave with an ingest's writes
 * (an ingest extracts outside the lock and commits article by article). The connection is opened on
 * demand and closed after {@code idleMillis} without calls, because an open SQLite connection of the
 * store keeps its write lock between transactions: while the server idles, {@code sitrep ingest} and
 * {@code sitrep incidents} in other processes can use the same file.
 */
final class LockedRepository implements IncidentRepository {
  private final Supplier<IncidentRepository> opener;
  private final long idleMillis;
  private final ReentrantLock lock = new ReentrantLock();
  private final ScheduledExecutorService closer;
  private IncidentRepository repo;
  private long lastUse;

  LockedRepository(Supplier<IncidentRepository> opener, long idleMillis) {
    this.opener = opener;
    this.idleMillis = idleMillis;
    this.closer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "sitrep-store-idle");
      t.setDaemon(true);
      return t;
    });
    long period = Math.max(50, idleMillis / 2);
    closer.scheduleWithFixedDelay(this::closeIfIdle, period, period, TimeUnit.MILLISECONDS);
  }

  private <T> T locked(Function<IncidentRepository, T> call) {
    lock.lock();
    try {
      if (repo == null) {
        repo = opener.get();
      }
      return call.apply(repo);
    } finally {
      lastUse = System.nanoTime();
      lock.unlock();
    }
  }

  private void closeIfIdle() {
    if (lock.tryLock()) {
      try {
        if (repo != null && System.nanoTime() - lastUse > TimeUnit.MILLISECONDS.toNanos(idleMillis)) {
          IncidentRepository r = repo;
          repo = null;
          r.close();
        }
      } catch (RuntimeException e) {
        // closing a connection that failed: the next call opens a new one
      } finally {
        lock.unlock();
      }
    }
  }

  @Override
  public ArticleStatus status(ArticleKey key) {
    return locked(r -> r.status(key));
  }

  @Override
  public ArticleStatus store(Article article, ArticleKey key, ExtractionResult result, long runId) {
    return locked(r -> r.store(article, key, result, runId));
  }

  @Override
  public long startRun(List<String> sources, Integer total) {
    return locked(r -> r.startRun(sources, total));
  }

  @Override
  public void finishRun(long runId, int unchanged) {
    locked(r -> {
      r.finishRun(runId, unchanged);
      return null;
    });
  }

  @Override
  public Optional<IngestRun> run(long runId) {
    return locked(r -> r.run(runId));
  }

  @Override
  public void recordFailure(Long runId, String ref, String stage, String reason) {
    locked(r -> {
      r.recordFailure(runId, ref, stage, reason);
      return null;
    });
  }

  @Override
  public List<Failure> failures() {
    return locked(IncidentRepository::failures);
  }

  @Override
  public List<StoredArticle> articles() {
    return locked(IncidentRepository::articles);
  }

  @Override
  public Optional<ExtractionResult> extraction(long articleId) {
    return locked(r -> r.extraction(articleId));
  }

  @Override
  public Optional<String> text(long articleId) {
    return locked(r -> r.text(articleId));
  }

  @Override
  public List<Incident> incidents(IncidentQuery query) {
    return locked(r -> r.incidents(query));
  }

  @Override
  public void close() {
    closer.shutdownNow();
    lock.lock();
    try {
      if (repo != null) {
        repo.close();
        repo = null;
      }
    } finally {
      lock.unlock();
    }
  }
}
