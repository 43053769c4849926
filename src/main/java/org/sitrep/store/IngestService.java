package org.sitrep.store;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleSources;
import org.sitrep.article.Defaults;
import org.sitrep.article.LazyIterators;
import org.sitrep.article.ReadResult;
import org.sitrep.extract.BatchExtractor;
import org.sitrep.extract.Extractor;
import org.sitrep.nlp.StageTimes;
import org.sitrep.store.IngestListener.Outcome;

/**
 * {@code sitrep ingest}: reads sources in order (files, folders, JSONL, HTML, feeds; URLs fetched
 * once), skips articles already stored (same key, same text) before extracting them, extracts the
 * rest on N threads ({@link BatchExtractor}, results in input order), and commits each article
 * with its extraction, mentions and incident linking in one transaction, on the calling thread.
 * Resuming an interrupted run is running it again: stored articles are skipped, and linking in
 * input order gives the incidents an uninterrupted run gives. Rejected and failed records are
 * stored as failures and reported to the listener; the others go on.
 */
public final class IngestService {
  private final IncidentRepository repo;
  private final Extractor extractor;
  private final int threads;
  private final IngestListener listener;

  public IngestService(IncidentRepository repo, Extractor extractor, int threads, IngestListener listener) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.repo = repo;
    this.extractor = extractor;
    this.threads = threads;
    this.listener = listener;
  }

  /** Ingests the sources: paths, folders, {@code -} (standard input), http(s) URLs. */
  public IngestReport ingest(List<String> sources, Defaults defaults) {
    List<Source> inputs = sources.stream().map(s -> UrlSource.isUrl(s)
        ? new Source(s, UrlSource.fetch(s, defaults)) : new Source(s, null)).toList();
    Integer total = sources.contains("-") ? null : count(inputs, defaults);
    try (Stream<ReadResult> records = inputs.stream().flatMap(in -> in.read(defaults))) {
      return ingest(sources, records.iterator(), total);
    }
  }

  /** Ingests records already read ({@code total} of them, or null when unknown). */
  public IngestReport ingest(List<String> sources, Iterator<ReadResult> records, Integer total) {
    long run = repo.startRun(sources, total);
    listener.started(total);
    Counts counts = new Counts();
    Iterator<Article> toExtract = notYetStored(records, run, counts);
    new BatchExtractor(extractor, threads).run(toExtract, outcome -> write(outcome, run, counts));
    repo.finishRun(run, counts.unchanged);
    return new IngestReport(run, counts.stored, counts.revised, counts.unchanged + counts.alreadyStoredInRun,
        counts.rejected, counts.failed);
  }

  private void write(BatchExtractor.Outcome outcome, long run, Counts counts) {
    Article a = outcome.article();
    if (outcome instanceof BatchExtractor.Failure f) {
      repo.recordFailure(run, a.id(), "extract", f.reason());
      counts.failed++;
      listener.problem(a.id(), "extraction failed: " + f.reason());
      listener.done(a.id(), Outcome.FAILED);
      return;
    }
    ArticleStatus status;
    long t = StageTimes.start();
    try {
      status = repo.store(a, ArticleKey.of(a), ((BatchExtractor.Success) outcome).result(), run);
      StageTimes.stop("store: one transaction per article", t);
    } catch (StoreException e) {
      // the article's transaction rolled back; the failure is kept and the batch goes on (a store
      // that cannot record it either is down, and that failure stops the ingest)
      repo.recordFailure(run, a.id(), "store", e.getMessage());
      counts.failed++;
      listener.problem(a.id(), "storing failed: " + e.getMessage());
      listener.done(a.id(), Outcome.FAILED);
      return;
    }
    Outcome o = switch (status) {
      case NEW -> Outcome.STORED;
      case REVISED -> Outcome.REVISED;
      case UNCHANGED, DUPLICATE -> Outcome.UNCHANGED;
    };
    switch (o) {
      case STORED -> counts.stored++;
      case REVISED -> counts.revised++;
      default -> counts.alreadyStoredInRun++;
    }
    listener.done(a.id(), o);
  }

  private static int count(List<Source> inputs, Defaults defaults) {
    int n = 0;
    for (Source in : inputs) {
      try (Stream<ReadResult> records = in.read(defaults)) {
        n += (int) records.count();
      }
    }
    return n;
  }

  /** One source as given; a URL's records are fetched once, up front. */
  private record Source(String name, List<ReadResult> fetched) {
    Stream<ReadResult> read(Defaults defaults) {
      return fetched != null ? fetched.stream() : ArticleSources.open(List.of(name), defaults);
    }
  }

  private static final class Counts {
    int stored;
    int revised;
    int unchanged;
    int alreadyStoredInRun;
    int rejected;
    int failed;
  }

  /** The readable records not stored yet; rejections are stored and reported on the way. */
  private Iterator<Article> notYetStored(Iterator<ReadResult> records, long run, Counts counts) {
    return LazyIterators.mapNonNull(records, r -> {
      if (r instanceof ReadResult.Rejected rej) {
        repo.recordFailure(run, rej.ref(), "read", rej.reason());
        counts.rejected++;
        listener.problem(rej.ref(), rej.reason());
        listener.done(rej.ref(), Outcome.REJECTED);
        return null;
      }
      ReadResult.Ok ok = (ReadResult.Ok) r;
      ok.warnings().forEach(listener::warning);
      if (repo.status(ArticleKey.of(ok.article())).storesSomething()) {
        return ok.article();
      }
      counts.unchanged++;
      listener.done(ok.article().id(), Outcome.UNCHANGED);
      return null;
    });
  }
}
