package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleSources;
import org.sitrep.article.Defaults;
import org.sitrep.article.ReadResult;
import org.sitrep.extract.BatchExtractor;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.EventMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep demo}: a newcomer's first run. Extracts the bundled sample articles (the Press TV
 * report the product was first asked about, and short synthetic reports) and prints what was found.
 * The store and web page arrive in later versions; until then this is the whole demo.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run Sitrep on the bundled sample articles.")
public final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--samples", paramLabel = "DIR", description = "Folder of sample articles (default: samples/).")
  Path samples;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = samples != null ? samples : Path.of(System.getProperty("sitrep.home", "."), "samples");
    if (!Files.isDirectory(dir)) {
      out.println("No sample folder at " + dir.toAbsolutePath() + "; run ./sitrep demo from the repository root.");
      return 0;
    }
    List<Article> articles = new ArrayList<>();
    try (Stream<ReadResult> results = ArticleSources.open(List.of(dir.toString()), Defaults.none())) {
      results.forEach(r -> {
        if (r instanceof ReadResult.Ok ok) {
          articles.add(ok.article());
        }
      });
    }
    out.printf("Sitrep demo: %d sample articles from %s (loading the language models takes a few seconds)%n%n",
        articles.size(), dir);
    out.flush();
    new BatchExtractor(Extractors.standard(), BatchExtractor.defaultThreads()).run(articles.iterator(), o -> {
      if (o instanceof BatchExtractor.Success s) {
        print(out, s.article(), s.result().events());
      } else {
        out.println("  could not read " + o.article().id() + ": " + ((BatchExtractor.Failure) o).reason());
      }
      out.flush();
    });
    out.println("Full JSON for any article: ./sitrep extract samples/FILE.jsonl");
    return 0;
  }

  private static void print(PrintWriter out, Article a, List<EventMention> events) {
    out.printf("== %s (%s, %s)%n", a.title() == null ? a.id() : a.title(), a.source(), a.published());
    if (events.isEmpty()) {
      out.println("   no event found");
    }
    int n = 0;
    for (EventMention e : events) {
      n++;
      out.printf("%s %s [%s] %s%n", n == 1 ? "  *" : "   ", e.type(), e.mode(),
          e.date() == null ? "" : e.date().value() + " (" + e.date().precision() + ")");
      if (e.location() != null) {
        out.printf("      where: %s, %s (%s)%n", e.location().name(), e.location().country(), e.location().precision());
      }
      if (e.actor1() != null || e.actor2() != null) {
        out.printf("      who:   %s -> %s%n", e.actor1() == null ? "?" : e.actor1().name(),
            e.actor2() == null ? "?" : e.actor2().name());
      }
      for (Casualty c : e.casualties()) {
        out.printf("      %s %s%d %s, says %s: \"%s\"%n", c.kind(), qualifier(c.qualifier()), c.value(),
            c.victims() == null ? "" : c.victims(), c.claimed_by().name(), c.evidence().get(0).text());
      }
      if (e.fatalities() != null) {
        out.printf("      fatalities low/best/high: %s/%s/%s%n", e.fatalities().low(), e.fatalities().best(),
            e.fatalities().high());
      }
      e.claims().forEach(c -> out.printf("      %s %s (%s)%n", c.claimant().name(), c.stance(), c.about()));
    }
    out.println();
  }

  private static String qualifier(String q) {
    return switch (q) {
      case "at_least" -> "at least ";
      case "more_than" -> "more than ";
      case "at_most" -> "up to ";
      case "about" -> "about ";
      default -> "";
    };
  }
}
