package org.sitrep.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.sitrep.article.Article;
import org.sitrep.extract.BatchExtractor;
import org.sitrep.extract.Extractor;

/**
 * Measures one extractor: start-up (asking for it, then one probe extraction), an untimed warm-up
 * over the first articles of the workload, then the timed run over the whole workload.
 */
public final class BenchRun {
  static final Article PROBE = Article.of("bench-probe", "Police said two people were hurt in a clash on Monday.");

  private final Supplier<Extractor> extractors;
  private final String pipeline;
  private final int threads;
  private final LongSupplier nanoTime;

  /** @param nanoTime the clock, {@code System::nanoTime} outside tests */
  public BenchRun(Supplier<Extractor> extractors, String pipeline, int threads, LongSupplier nanoTime) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.extractors = extractors;
    this.pipeline = pipeline;
    this.threads = threads;
    this.nanoTime = nanoTime;
  }

  public BenchResult run(List<Article> workload, int warmup) {
    if (warmup < 0) {
      throw new IllegalArgumentException("warmup must be >= 0, got " + warmup);
    }
    long t0 = nanoTime.getAsLong();
    Extractor extractor = extractors.get();
    extractor.extract(PROBE);
    long t1 = nanoTime.getAsLong();
    List<Article> warm = workload.subList(0, Math.min(warmup, workload.size()));
    extract(extractor, warm, new AtomicInteger(), new AtomicInteger());
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger events = new AtomicInteger();
    long t2 = nanoTime.getAsLong();
    extract(extractor, workload, failures, events);
    long t3 = nanoTime.getAsLong();
    return new BenchResult(pipeline, threads, warm.size(), workload.size(), Workload.chars(workload),
        failures.get(), events.get(), (t1 - t0) / 1e6, (t3 - t2) / 1e9, MemoryProbe.peakHeapBytes(),
        MemoryProbe.peakRssBytes().orElse(-1));
  }

  private void extract(Extractor extractor, List<Article> articles, AtomicInteger failures, AtomicInteger events) {
    new BatchExtractor(extractor, threads).run(articles.iterator(), outcome -> {
      if (outcome instanceof BatchExtractor.Success s) {
        events.addAndGet(s.result().events().size());
      } else {
        failures.incrementAndGet();
      }
    });
  }
}
