package org.sitrep.http;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sitrep.article.ReadResult;
import org.sitrep.extract.BatchExtractor;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.incident.Incident;
import org.sitrep.store.IncidentQuery;
import org.sitrep.store.IncidentRepository;
import org.sitrep.store.IngestListener;
import org.sitrep.store.IngestReport;
import org.sitrep.store.IngestService;
import org.sitrep.store.StoredArticle;



/**
 * The server's way into the store: one repository (one connection, opened on demand and closed when
 * idle) shared by all request threads through {@link LockedRepository}, so reads interleave with an
 * ingest's per-article transactions; ingests take turns. The extractor is loaded on first use, so the page is up before the language
 * models are.
 */
public final class StoreAccess implements AutoCloseable {
  private final IncidentRepository repo;
  private final Supplier<Extractor> extractor;
  private final ReentrantLock ingestLock = new ReentrantLock();

  static final long IDLE_MILLIS = 2_000;

  /** {@code opener} opens the store (it is called again after the connection idled out). */
  public StoreAccess(Supplier<IncidentRepository> opener, Supplier<Extractor> extractor) {
    this.repo = new LockedRepository(opener, IDLE_MILLIS);
    this.extractor = extractor;
  }

  public List<Incident> incidents(IncidentQuery q) {
    return repo.incidents(q);
  }

  /** One incident by id (the store filters by the query's fields only, so this scans). */
  public Optional<Incident> incident(long id) {
    return repo.incidents(IncidentQuery.all()).stream().filter(i -> i.id() == id).findFirst();
  }

  /** One article's metadata (the store lists all articles, so this scans). */
  public Optional<StoredArticle> article(long id) {
    return repo.articles().stream().filter(a -> a.id() == id).findFirst();
  }

  public Optional<String> text(long articleId) {
    return repo.text(articleId);
  }

  public Optional<ExtractionResult> extraction(long articleId) {
    return repo.extraction(articleId);
  }

  public Extractor extractor() {
    return extractor.get();
  }

  /** Ingests records already read, one ingest at a time. */
  public IngestReport ingest(String source, List<ReadResult> records, IngestListener listener) {
    ingestLock.lock();
    try {
      Iterator<ReadResult> it = records.iterator();
      return new IngestService(repo, extractor.get(), BatchExtractor.defaultThreads(), listener)
          .ingest(List.of(source), it, records.size());
    } finally {
      ingestLock.unlock();
    }
  }

  @Override
  public void close() {
    repo.close();
  }
}
