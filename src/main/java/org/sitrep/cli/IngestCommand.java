package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.extract.BatchExtractor;
import org.sitrep.extract.Extractors;
import org.sitrep.store.IngestReport;
import org.sitrep.store.IngestService;
import org.sitrep.store.JdbcIncidentRepository;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest SOURCE...}: files, folders (recursively), JSONL, HTML pages, RSS/Atom feeds
 * (files or URLs) into the store; idempotent, resumable. Exit 0, or 1 when some records were
 * rejected or failed (each reported on stderr and stored as a failure), 2 on bad usage.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Store articles with their extraction and link their events into incidents.")
public final class IngestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store = new StoreOption();

  @Parameters(paramLabel = "SOURCE", arity = "1..*",
      description = "Files, folders, JSONL, HTML, RSS/Atom feeds (paths or http(s) URLs), '-' for stdin.")
  List<String> sources;

  @Mixin
  InputDefaultsOption inputDefaults = new InputDefaultsOption();

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: cores).")
  Integer threads;

  @Override
  public Integer call() {
    int n = threads == null ? BatchExtractor.defaultThreads() : threads;
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + n);
    }
    StoreLocation location = location();
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar progress = new ProgressBar(err, System.console() != null, System::nanoTime);
    IngestReport report;
    try (JdbcIncidentRepository repo = JdbcIncidentRepository.open(location)) {
      report = new IngestService(repo, Extractors.standard(), n, progress)
          .ingest(sources, inputDefaults.defaults());
    }
    progress.finish();
    err.printf("sitrep ingest: %d stored, %d revised, %d already stored, %d rejected, %d failed (%s)%n",
        report.stored(), report.revised(), report.unchanged(), report.rejected(), report.failed(),
        location.display());
    err.flush();
    return report.hadProblems() ? 1 : 0;
  }

  private StoreLocation location() {
    try {
      return store.location();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
