package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.sitrep.eval.AcledCsv;
import org.sitrep.eval.AcledRow;
import org.sitrep.eval.LabelStats;
import org.sitrep.eval.Scores;
import org.sitrep.eval.SplitRule;
import org.sitrep.extract.typing.LinearTypeModel;
import org.sitrep.extract.typing.SentenceEmbedder;
import org.sitrep.extract.typing.TypeTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep train}: rebuilds the shipped event-type model from an ACLED notes CSV, fitting on
 * the fit split only (rows whose sha256(event_id) % 5 != 0); the check split is never read. The
 * scores it records are from an inner hold-out (bucket 1 of the fit split), scored by a model fit
 * on buckets 2-4 before the final fit on the whole fit split.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Fits the event-type model on the fit split of an ACLED notes CSV.")
public final class TrainCommand implements Callable<Integer> {
  static final String DEFAULT_OUT = "src/main/resources/org/sitrep/extract/typing/type-model.tsv.gz";

  @Spec
  CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "ACLED notes CSV.")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", description = "Model file (default: " + DEFAULT_OUT + ").")
  Path out;

  @Option(names = "--epochs", defaultValue = "12", description = "Passes over the data. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--rate", defaultValue = "0.2", description = "AdaGrad learning rate. Default: ${DEFAULT-VALUE}.")
  double rate;

  @Option(names = "--l2", defaultValue = "1e-6", description = "L2 penalty. Default: ${DEFAULT-VALUE}.")
  double l2;

  @Option(names = "--balance", defaultValue = "0.5",
      description = "Class-weight exponent: 0 none, 1 fully balanced. Default: ${DEFAULT-VALUE}.")
  double balance;

  @Option(names = "--min-count", defaultValue = "2", description = "Drop rarer features. Default: ${DEFAULT-VALUE}.")
  int minCount;

  @Option(names = "--embed-weight", defaultValue = "0",
      description = "Weight of a second regression over each text's sentence embedding (all-MiniLM-L6-v2), "
          + "joined with the word model's scores; 0 fits word features alone. Default: ${DEFAULT-VALUE}.")
  double embedWeight;

  @Option(names = "--embed-scale", defaultValue = "5",
      description = "Factor on the unit-length embedding while fitting. Default: ${DEFAULT-VALUE}.")
  double embedScale;

  @Option(names = "--embed-epochs", defaultValue = "24",
      description = "Passes of the embedding regression. Default: ${DEFAULT-VALUE}.")
  int embedEpochs;

  @Option(names = "--holdout-only", description = "Score on the inner hold-out and write nothing.")
  boolean holdoutOnly;

  @Option(names = "--probe-out", paramLabel = "FILE",
      description = "Also write the probe model (fit without bucket 1 of the fit split), to tune the rules' use of "
          + "the model on bucket 1 with -Dsitrep.typeModel=FILE.")
  Path probeOut;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    if (!Files.isRegularFile(data)) {
      spec.commandLine().getErr().println("sitrep train: no such file: " + data);
      return 2;
    }
    List<AcledRow> fit = AcledCsv.read(data, id -> !SplitRule.isCheck(id));
    TypeTrainer.Settings settings = new TypeTrainer.Settings(epochs, rate, l2, balance, minCount, 17L,
        embedWeight, embedScale, embedEpochs);
    TypeTrainer trainer = new TypeTrainer(settings);
    List<TypeTrainer.Example> inner = new ArrayList<>();
    List<AcledRow> held = new ArrayList<>();
    for (AcledRow r : fit) {
      if (SplitRule.bucket(r.eventId()) == 1) {
        held.add(r);
      } else {
        inner.add(example(r));
      }
    }
    LinearTypeModel probe = trainer.fit(inner, Map.of());
    Scores scores = new Scores();
    for (AcledRow r : held) {
      scores.add(r.subEventType(), best(probe, r.notes()));
    }
    String summary = String.format(Locale.ROOT, "inner hold-out (fit bucket 1, %d notes): weighted F1 %.3f, macro F1 %.3f",
        held.size(), scores.weightedF1(), scores.macroF1(5));
    o.println(summary);
    for (LabelStats s : scores.perLabel()) {
      o.printf(Locale.ROOT, "  %-40s p %.2f r %.2f f1 %.2f n %d%n", s.label(), s.precision(), s.recall(), s.f1(), s.support());
    }
    o.flush();
    if (probeOut != null) {
      write(probe, probeOut);
    }
    if (holdoutOnly) {
      return 0;
    }
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("model", "Sitrep event-type model: multinomial logistic regression over lexical features"
        + (embedWeight > 0 ? ", joined with one over the sentence embedding (" + SentenceEmbedder.NAME + ") of each text's first "
            + SentenceEmbedder.MAX_CHARS + " characters" : ""));
    provenance.put("data", data.getFileName() + " sha256 " + sha256(data) + ", fit split only ("
        + fit.size() + " notes; sha256(event_id) % 5 != 0)");
    provenance.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    provenance.put("command", "sitrep train --data " + data + " --epochs " + epochs + " --rate " + rate + " --l2 " + l2
        + " --balance " + balance + " --min-count " + minCount
        + (embedWeight > 0 ? " --embed-weight " + embedWeight + " --embed-scale " + embedScale + " --embed-epochs " + embedEpochs
            : ""));
    provenance.put("scores", summary);
    provenance.put("licence", "fit on ACLED data (research use with attribution: acleddata.com)");
    LinearTypeModel model = trainer.fit(fit.stream().map(TrainCommand::example).toList(), provenance);
    Path target = out != null ? out : Path.of(DEFAULT_OUT);
    write(model, target);
    Path sidecar = target.resolveSibling(target.getFileName().toString().replaceFirst("\\.tsv\\.gz$", "") + ".provenance.txt");
    StringBuilder p = new StringBuilder();
    provenance.forEach((k, v) -> p.append(k).append(": ").append(v).append('\n'));
    p.append("labels: ").append(String.join(", ", model.labels())).append('\n');
    p.append("features: ").append(model.features()).append('\n');
    Files.writeString(sidecar, p.toString(), StandardCharsets.UTF_8);
    o.printf(Locale.ROOT, "wrote %s (%d features, %d labels, %d bytes)%n", target, model.features(), model.labels().size(),
        Files.size(target));
    return 0;
  }

  private static void write(LinearTypeModel model, Path target) throws IOException {
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8)) {
      model.write(w);
    }
  }

  private static TypeTrainer.Example example(AcledRow r) {
    return new TypeTrainer.Example(r.subEventType(), r.notes());
  }

  private static String best(LinearTypeModel m, String text) {
    double[] p = m.probabilities(text);
    int b = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[b]) {
        b = i;
      }
    }
    return m.labels().get(b);
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
