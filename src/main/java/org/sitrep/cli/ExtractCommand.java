package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleSources;
import org.sitrep.article.LazyIterators;
import org.sitrep.article.ReadResult;
import org.sitrep.extract.BatchExtractor;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep extract}: reads articles (text, HTML, JSONL; "-" is stdin) and writes one result per
 * article, in input order. One text or HTML file gives one JSON object; anything else JSONL.
 * Rejected records are reported on stderr with their location and reason; the rest go on (exit 1).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract events, places, actors, casualty claims and attributions from articles.")
public final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Articles: text, HTML or JSONL files, folders, '-'.")
  List<String> files = new ArrayList<>();

  @Option(names = "--in", paramLabel = "F.jsonl", description = "An input file (may repeat).")
  List<String> in = new ArrayList<>();

  @Option(names = "--out", paramLabel = "F.jsonl", description = "Where to write results (default: stdout).")
  Path out;

  @Mixin
  InputDefaultsOption inputDefaults = new InputDefaultsOption();

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: cores).")
  Integer threads;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary files (TSV).")
  List<Path> actorFiles = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    List<String> inputs = new ArrayList<>(files);
    inputs.addAll(in);
    if (inputs.isEmpty()) {
      inputs.add("-");
    }
    int n = threads == null ? BatchExtractor.defaultThreads() : threads;
    if (n < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    boolean single = inputs.size() == 1 && !inputs.get(0).equals("-") && !Files.isDirectory(Path.of(inputs.get(0)))
        && isDocument(inputs.get(0));
    Extractor extractor = actorFiles.isEmpty() ? Extractors.standard()
        : RuleBasedExtractor.create(ActorDictionary.load(actorFiles));
    PrintWriter err = spec.commandLine().getErr();
    Counts counts = new Counts();
    Path tmp = out == null ? null : out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
    try (Stream<ReadResult> results = ArticleSources.open(inputs, inputDefaults.defaults());
        Writer w = tmp == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      Map<Article, List<String>> warnings = new IdentityHashMap<>();
      Iterator<Article> articles = articles(results.iterator(), warnings, err, counts);
      new BatchExtractor(extractor, n).run(articles, outcome -> {
        List<String> notes;
        synchronized (warnings) {
          notes = warnings.remove(outcome.article());
        }
        write(w, outcome, notes == null ? List.of() : notes, single, err, counts);
      });
      w.flush();
    }
    if (tmp != null) {
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    err.flush();
    return counts.rejected > 0 ? 1 : 0;
  }

  private static boolean isDocument(String input) {
    String name = input.toLowerCase(java.util.Locale.ROOT);
    return !(name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json"));
  }

  private static final class Counts {
    int rejected;
  }

  private static Iterator<Article> articles(Iterator<ReadResult> in, Map<Article, List<String>> warnings,
      PrintWriter err, Counts counts) {
    return LazyIterators.mapNonNull(in, r -> {
      if (r instanceof ReadResult.Rejected rej) {
        err.println("sitrep: rejected " + rej.ref() + ": " + rej.reason());
        counts.rejected++;
        return null;
      }
      ReadResult.Ok ok = (ReadResult.Ok) r;
      if (!ok.warnings().isEmpty()) {
        ok.warnings().forEach(wn -> err.println("sitrep: warning " + wn));
        synchronized (warnings) {
          warnings.put(ok.article(), ok.warnings());
        }
      }
      return ok.article();
    });
  }

  private static void write(Writer w, BatchExtractor.Outcome outcome, List<String> notes, boolean single,
      PrintWriter err, Counts counts) {
    if (outcome instanceof BatchExtractor.Failure f) {
      err.println("sitrep: failed " + f.article().id() + ": " + f.reason());
      counts.rejected++;
    }
    ExtractionResult result = BatchExtractor.result(outcome, notes);
    try {
      w.write(single ? Json.pretty(result) : Json.line(result));
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
