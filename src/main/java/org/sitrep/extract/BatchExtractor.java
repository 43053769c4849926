package org.sitrep.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.article.Article;
import org.sitrep.extract.model.Diagnostic;
import org.sitrep.extract.model.ExtractionResult;

/**
 * Runs an {@link Extractor} over many articles on a fixed number of threads, with a bounded window
 * of work in flight (back-pressure), delivering results in input order so output is deterministic.
 * A failure on one article becomes a {@link Failure} for that article; the batch goes on.
 */
public final class BatchExtractor {
  /** What happened to one article. */
  public sealed interface Outcome permits Success, Failure {
    Article article();
  }

  public record Success(Article article, ExtractionResult result) implements Outcome {}

  public record Failure(Article article, String reason) implements Outcome {}

  private final Extractor extractor;
  private final int threads;

  public BatchExtractor(Extractor extractor, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.extractor = extractor;
    this.threads = threads;
  }

  public static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  public void run(Iterator<Article> articles, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      int capacity = threads * 4;
      while (articles.hasNext()) {
        Article a = articles.next();
        window.add(pool.submit(() -> outcome(a)));
        if (window.size() >= capacity) {
          sink.accept(await(window.removeFirst()));
        }
      }
      while (!window.isEmpty()) {
        sink.accept(await(window.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** One article's outcome, on the calling thread: an exception becomes a {@link Failure}. */
  public Outcome outcome(Article a) {
    try {
      return new Success(a, extractor.extract(a));
    } catch (RuntimeException | StackOverflowError e) {
      return new Failure(a, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static Outcome await(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * The record {@code sitrep extract} writes for an outcome: a failure becomes a result without
   * events carrying the error; the reader's {@code warnings} follow the diagnostics.
   */
  public static ExtractionResult result(Outcome outcome, List<String> warnings) {
    ExtractionResult result = outcome instanceof Success s ? s.result()
        : new ExtractionResult(outcome.article().id(), null, List.of(),
            List.of(error(((Failure) outcome).reason())), Extractors.VERSION);
    if (warnings.isEmpty()) {
      return result;
    }
    List<Diagnostic> d = new ArrayList<>(result.diagnostics());
    warnings.forEach(n -> d.add(new Diagnostic("warning", n)));
    return new ExtractionResult(result.id(), result.article(), result.events(), d, result.pipeline());
  }

  /** A diagnostic for a result, capped in length like jsoup's ParseErrorList. */
  public static Diagnostic error(String message) {
    return new Diagnostic("error", message.length() > 500 ? message.substring(0, 500) : message);
  }
}
