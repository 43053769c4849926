package org.sitrep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.sitrep.article.Article;
import org.sitrep.article.ReadResult;
import org.sitrep.extract.Extractor;
import org.sitrep.store.IncidentRepository;
import org.sitrep.store.IngestListener;
import org.sitrep.store.IngestReport;
import org.sitrep.store.IngestService;
import org.sitrep.store.JdbcIncidentRepository;
import org.sitrep.store.StoreLocation;

/**
 * Ingest throughput ({@code sitrep bench --ingest}): the whole {@code ingest} path (identity check,
 * extraction on N threads, one transaction per article with linking) into a fresh SQLite store in
 * a temporary folder, over the same articles the extraction benchmark timed.
 */
public final class IngestBench {
  /** Articles ingested and seconds taken. */
  public record Result(int articles, int stored, double seconds) {
    public double articlesPerSecond() {
      return seconds <= 0 ? 0 : articles / seconds;
    }

    public String row(double extractRate) {
      return String.format(Locale.ROOT, "%-12s %.2f articles/s (%.0f%% of extract), %d stored in %.1f s%n",
          "ingest", articlesPerSecond(), extractRate <= 0 ? 0 : 100 * articlesPerSecond() / extractRate, stored,
          seconds);
    }
  }

  private IngestBench() {}

  /**
   * Copies after the sample's first round get a distinct last line, so that ingest stores each as
   * an article of its own instead of recognising the text; the extraction benchmark runs on the same.
   */
  public static List<Article> distinct(List<Article> workload) {
    List<Article> out = new ArrayList<>(workload.size());
    for (Article a : workload) {
      int hash = a.id().lastIndexOf('#');
      out.add(hash < 0 ? a : new Article(a.id(), a.text() + "\n\nCopy " + a.id().substring(hash + 1) + ".",
          a.title(), a.published(), a.source(), a.url() == null ? null : a.url() + "#" + a.id().substring(hash + 1)));
    }
    return out;
  }

  public static Result run(Extractor extractor, int threads, List<Article> workload, LongSupplier nanoTime) {
    Path dir = temp();
    try (IncidentRepository repo = JdbcIncidentRepository.open(StoreLocation.sqlite(dir.resolve("bench.db")))) {
      List<ReadResult> records = workload.stream().<ReadResult>map(a -> new ReadResult.Ok(a, List.of())).toList();
      long t0 = nanoTime.getAsLong();
      IngestReport report = new IngestService(repo, extractor, threads, IngestListener.NONE)
          .ingest(List.of("bench"), records.iterator(), records.size());
      long t1 = nanoTime.getAsLong();
      return new Result(workload.size(), report.stored(), (t1 - t0) / 1e9);
    } finally {
      delete(dir);
    }
  }

  private static Path temp() {
    try {
      return Files.createTempDirectory("sitrep-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
