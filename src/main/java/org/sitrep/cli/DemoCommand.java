package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.article.Defaults;
import org.sitrep.extract.BatchExtractor;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.model.Casualty;
import org.sitrep.http.ServeConfig;
import org.sitrep.incident.Incident;
import org.sitrep.store.IncidentQuery;
import org.sitrep.store.IngestListener;
import org.sitrep.store.IngestReport;
import org.sitrep.store.IngestService;
import org.sitrep.store.JdbcIncidentRepository;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep demo}: a newcomer's first run. Ingests the bundled sample articles (the Press TV
 * report the product was first asked about, and short synthetic reports marked as such in their
 * {@code source}) into a fresh embedded store in a temporary folder, prints the incidents found, and
 * serves the page on 127.0.0.1:8080 (or the next free port) until interrupted.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled sample articles into a fresh store and serve the page.")
public final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--samples", paramLabel = "DIR", description = "Folder of sample articles (default: samples/).")
  Path samples;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port to serve on, or the next free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--no-serve", description = "Ingest and print the incidents, then exit.")
  boolean noServe;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = samples != null ? samples : Path.of(System.getProperty("sitrep.home", "."), "samples");
    if (!Files.isDirectory(dir)) {
      out.println("No sample folder at " + dir.toAbsolutePath() + "; run ./sitrep demo from the repository root.");
      return 0;
    }
    Path home = Files.createTempDirectory("sitrep-demo");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(home), "sitrep-demo-cleanup"));
    StoreLocation location = StoreLocation.sqlite(home.resolve("demo.db"));
    out.printf("Sitrep demo: ingesting the sample articles in %s into a fresh store (loading the language models"
        + " takes a few seconds)%n%n", dir);
    out.flush();
    try (JdbcIncidentRepository repo = JdbcIncidentRepository.open(location)) {
      IngestReport report = new IngestService(repo, Extractors.standard(), BatchExtractor.defaultThreads(),
          IngestListener.NONE).ingest(List.of(dir.toString()), Defaults.none());
      List<Incident> incidents = repo.incidents(IncidentQuery.all());
      out.printf("%d articles stored, %d incidents:%n%n", report.stored(), incidents.size());
      incidents.forEach(i -> print(out, i));
    }
    if (noServe) {
      out.println("Serve them with: ./sitrep demo (without --no-serve), or ./sitrep serve --db FILE");
      out.flush();
      return 0;
    }
    ServeConfig config = ServeConfig.local(Serving.freePort(ServeConfig.DEFAULT_BIND, port));
    return Serving.serveUntilInterrupted(location, config, out);
  }

  private static void print(PrintWriter out, Incident i) {
    out.printf("  #%d %s, %s (%s)%n", i.id(), i.type(), i.date() == null ? "date unknown" : i.date().value(),
        i.grade());
    if (i.location() != null) {
      out.printf("      where: %s, %s (%s)%n", i.location().name(), i.location().country(), i.location().precision());
    }
    if (i.actor1() != null || i.actor2() != null) {
      out.printf("      who:   %s -> %s%n", i.actor1() == null ? "?" : i.actor1().name(),
          i.actor2() == null ? "?" : i.actor2().name());
    }
    Set<Long> shown = new HashSet<>();
    for (Incident.Report r : i.mentions()) {
      if (r.casualties().isEmpty() && !shown.add(r.article())) {
        continue;
      }
      shown.add(r.article());
      out.printf("      reported by %s (%s): %s%n", r.outlet(), r.published(), r.title() == null ? r.article_id()
          : r.title());
      for (Casualty c : r.casualties()) {
        out.printf("        %s %s%d, says %s: \"%s\"%n", c.kind(), qualifier(c.qualifier()), c.value(),
            c.claimed_by().name(), c.evidence().isEmpty() ? "" : c.evidence().get(0).text());
      }
    }
    if (i.fatalities() != null) {
      out.printf("      fatalities low/best/high: %s/%s/%s; %d independent source(s)%n", i.fatalities().low(),
          i.fatalities().best(), i.fatalities().high(), i.sources());
    }
    out.println();
    out.flush();
  }

  private static String qualifier(String q) {
    return switch (q == null ? "" : q) {
      case "at_least" -> "at least ";
      case "more_than" -> "more than ";
      case "at_most" -> "up to ";
      case "about" -> "about ";
      default -> "";
    };
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: the system cleans it up eventually
    }
  }
}
