package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.eval.AcledCsv;
import org.sitrep.eval.AcledRow;
import org.sitrep.eval.CountryCodes;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.EvalRun;
import org.sitrep.eval.Split;
import org.sitrep.extract.BatchExtractor;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Extractors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: scores extraction against an ACLED notes CSV with devscore.py's definitions. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores extraction against a gold ACLED notes CSV (first event of each note).")
public final class EvalCommand implements Callable<Integer> {
  static final String DEFAULT_GOLD = "../shared/data/dev/acled_notes_dev.csv";

  @Spec
  CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "ACLED notes CSV (default: " + DEFAULT_GOLD + " from the working directory).")
  Path gold;

  @Option(names = "--split", paramLabel = "check|fit|all|probe", defaultValue = "check",
      description = "Rows to score: check (sha256(event_id) %% 5 == 0), fit (the rest), all, or probe (fit rows with sha256 %% 5 == 1). Default: ${DEFAULT-VALUE}.")
  String split;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "Score only the first N rows of the split (0: all).")
  int limit;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: cores).")
  Integer threads;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "20",
      description = "How many of the worst location errors to list. Default: ${DEFAULT-VALUE}.")
  int worst;

  private final Supplier<Extractor> extractor;
  private final Supplier<CountryCodes> countries;

  public EvalCommand() {
    this(Extractors::standard, CountryCodes::standard);
  }

  /** For tests: a given extractor and country table. */
  public EvalCommand(Supplier<Extractor> extractor, Supplier<CountryCodes> countries) {
    this.extractor = extractor;
    this.countries = countries;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path file = gold != null ? gold : Path.of(System.getProperty("user.dir")).resolve(DEFAULT_GOLD).normalize();
    String problem = checkUsage(file);
    if (problem != null) {
      err.println("sitrep eval: " + problem);
      err.flush();
      return 2;
    }
    Split which = Split.valueOf(split.toUpperCase(Locale.ROOT));
    List<AcledRow> rows;
    try {
      rows = AcledCsv.read(file, which::includes);
    } catch (IllegalArgumentException e) {
      err.println("sitrep eval: " + e.getMessage());
      err.flush();
      return 2;
    }
    if (limit > 0 && rows.size() > limit) {
      rows = rows.subList(0, limit);
    }
    int n = threads != null ? threads : BatchExtractor.defaultThreads();
    long t0 = System.nanoTime();
    EvalReport report = new EvalRun(extractor.get(), n, countries.get()).run(rows, which.label(), worst);
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.print(report.render());
    out.printf(Locale.ROOT, "%nwall %.1fs on %d threads (gold %s)%n", seconds, n, file);
    out.flush();
    report.failures().forEach(f -> err.println("sitrep eval: extraction failed for " + f));
    err.flush();
    return report.failures().isEmpty() ? 0 : 1;
  }

  private String checkUsage(Path file) {
    if (!List.of("check", "fit", "all", "probe").contains(split.toLowerCase(Locale.ROOT))) {
      return "--split must be check, fit, all or probe, got '" + split + "'";
    }
    if (limit < 0 || worst < 0 || threads != null && threads < 1) {
      return "--limit and --worst must be >= 0 and --threads >= 1";
    }
    if (!Files.isRegularFile(file)) {
      return "gold file not found: " + file.toAbsolutePath().normalize()
          + (gold == null ? " (default; pass --gold FILE)" : "");
    }
    return null;
  }
}
