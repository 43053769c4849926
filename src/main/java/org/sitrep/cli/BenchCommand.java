package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.article.Article;
import org.sitrep.bench.BenchInput;
import org.sitrep.bench.BenchResult;
import org.sitrep.bench.BenchRun;
import org.sitrep.bench.GazetteerBench;
import org.sitrep.bench.IngestBench;
import org.sitrep.bench.MemoryProbe;
import org.sitrep.bench.StageProfile;
import org.sitrep.bench.Workload;
import org.sitrep.extract.BatchExtractor;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Extractors;
import org.sitrep.nlp.StageTimes;
import org.sitrep.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench}: start-up, throughput and peak memory of the extraction pipeline; with {@code
 * --ingest}, also the throughput of {@code ingest} over the same articles.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures start-up, throughput and peak memory of extraction over sample articles.")
public final class BenchCommand implements Callable<Integer> {
  static final String DEFAULT_IN = "bench/news-sample.jsonl";

  @Spec
  CommandSpec spec;

  @Option(names = "--in", paramLabel = "F.jsonl",
      description = "Articles, one JSON object per line (default: " + DEFAULT_IN + " in the working directory).")
  Path in;

  @Option(names = "--count", paramLabel = "N", defaultValue = "200",
      description = "Articles in the timed run; the sample is repeated to reach it. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: cores).")
  Integer threads;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
      description = "Articles extracted before timing starts. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--json", description = "Also print the figures as one JSON object.")
  boolean json;

  @Option(names = "--ingest", description = "Also time 'ingest' (extraction + store + linking, a fresh SQLite"
      + " store) over the same articles, and compare with extraction.")
  boolean ingest;

  @Option(names = "--profile", description = "Also print where the time goes, per stage (thread time summed"
      + " over all threads).")
  boolean profile;

  @Option(names = "--end-to-end", description = "Time the whole process instead: from the JVM's start (models"
      + " loading included) to the last article ingested into a fresh SQLite store; no warm-up.")
  boolean endToEnd;

  private final Supplier<Extractor> extractor;
  private final String pipeline;

  public BenchCommand() {
    this(Extractors::standard, Extractors.VERSION);
  }

  /** For tests: a given extractor and pipeline name. */
  public BenchCommand(Supplier<Extractor> extractor, String pipeline) {
    this.extractor = extractor;
    this.pipeline = pipeline;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path file = in != null ? in : Path.of(System.getProperty("user.dir")).resolve(DEFAULT_IN);
    String problem = count < 1 ? "--count must be >= 1, got " + count
        : warmup < 0 ? "--warmup must be >= 0, got " + warmup
        : threads != null && threads < 1 ? "--threads must be >= 1, got " + threads
        : !Files.isRegularFile(file) ? "input not found: " + file.toAbsolutePath().normalize()
        : null;
    BenchInput.Loaded loaded = problem == null ? BenchInput.read(file) : null;
    if (problem == null && loaded.articles().isEmpty()) {
      problem = "no readable articles in " + file;
    }
    if (problem != null) {
      err.println("sitrep bench: " + problem);
      err.flush();
      return 2;
    }
    loaded.rejected().forEach(r -> err.println("sitrep bench: rejected " + file + " " + r));
    if (profile) {
      StageTimes.enable();
    }
    List<Article> workload = Workload.repeat(loaded.articles(), count);
    if (endToEnd) {
      return endToEnd(IngestBench.distinct(workload), out, err, loaded);
    }
    if (ingest) {
      workload = IngestBench.distinct(workload);
    }
    int n = threads != null ? threads : BatchExtractor.defaultThreads();
    BenchResult result = new BenchRun(extractor, pipeline, n, System::nanoTime).run(workload, warmup);
    out.print(result.table());
    GazetteerBench.Result gazetteer = GazetteerBench.run(loaded.articles(), System::nanoTime);
    out.print(gazetteer.row());
    IngestBench.Result ingested = ingest ? IngestBench.run(extractor.get(), n, workload, System::nanoTime) : null;
    if (ingested != null) {
      out.print(ingested.row(result.articlesPerSecond()));
    }
    if (profile) {
      out.print(StageProfile.table(StageTimes.snapshot(), 1 + result.warmup() + result.articles()
          + (ingested == null ? 0 : ingested.articles())));
    }
    if (json) {
      Map<String, Object> figures = new LinkedHashMap<>(result.asMap());
      figures.put("gazetteer_load_ms", Math.round(gazetteer.loadMs()));
      figures.put("gazetteer_lookup_mean_us", Math.round(gazetteer.meanMicros() * 10) / 10.0);
      figures.put("gazetteer_lookup_max_us", Math.round(gazetteer.maxMicros() * 10) / 10.0);
      if (ingested != null) {
        figures.put("ingest_articles_per_s", Math.round(ingested.articlesPerSecond() * 1000) / 1000.0);
      }
      out.println(Json.line(figures));
    }
    out.flush();
    err.flush();
    return loaded.rejected().isEmpty() && result.failures() == 0 ? 0 : 1;
  }

  private int endToEnd(List<Article> workload, PrintWriter out, PrintWriter err, BenchInput.Loaded loaded) {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    int n = threads != null ? threads : BatchExtractor.defaultThreads();
    Extractor e = extractor.get();
    long ready = System.currentTimeMillis();
    IngestBench.Result r = IngestBench.run(e, n, workload, System::nanoTime);
    long end = System.currentTimeMillis();
    double whole = (end - jvmStart) / 1000.0;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("pipeline", pipeline);
    figures.put("threads", n);
    figures.put("articles", workload.size());
    figures.put("stored", r.stored());
    figures.put("startup_ms", ready - jvmStart);
    figures.put("ingest_s", Math.round(r.seconds() * 1000) / 1000.0);
    figures.put("whole_process_s", whole);
    figures.put("articles_per_s", Math.round(workload.size() / whole * 1000) / 1000.0);
    figures.put("peak_heap_bytes", MemoryProbe.peakHeapBytes());
    figures.put("peak_rss_bytes", MemoryProbe.peakRssBytes().orElse(-1));
    figures.forEach((k, v) -> out.printf(Locale.ROOT, "%-18s %s%n", k, v));
    if (profile) {
      out.print(StageProfile.table(StageTimes.snapshot(), workload.size()));
    }
    if (json) {
      out.println(Json.line(figures));
    }
    out.flush();
    err.flush();
    return loaded.rejected().isEmpty() && r.stored() == workload.size() ? 0 : 1;
  }
}
