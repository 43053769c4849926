package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.EvalCommand;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.model.ExtractionResult;
import picocli.CommandLine;

class EvalCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Predicts "Attack" on Baragoi for the note that mentions a man, nothing otherwise. */
  private static final Extractor FAKE = a -> new ExtractionResult(a.id(), null,
      a.text().contains("man") ? List.of(Events.event("Attack", "Violence against civilians", "2019-12-31",
          1.7833, 36.7833, "KE", 3, 7, 2)) : List.of(), List.of(), "test");

  private int run(Extractor extractor, String... args) {
    CommandLine cl = new CommandLine(new EvalCommand(() -> extractor, Events::kenyaOnly));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private Path gold() throws IOException {
    return Files.writeString(dir.resolve("gold.csv"), AcledCsvTest.CSV, StandardCharsets.UTF_8);
  }

  @Test
  void scoresAllRowsAndPrintsTheFigures() throws IOException {
    int code = run(FAKE, "--gold", gold().toString(), "--split", "all", "--threads", "2");
    assertThat(code).isZero();
    assertThat(out.toString()).contains(
        "notes 2 (all split)  failed 0",
        "sub_event_type weighted-F1 0.500",
        "event_type acc 0.500  date exact 0.500",
        "actor1 inter 0.500  actor2 inter 1.000 (of 1)",
        "location within 25 km 0.500  fatalities exact 1.000 (of 2)",
        "country right 0.500 (of 2",
        "Mob violence -> none  1",
        "KEN7181  0.0 km  Baragoi  ->  Pred Town");
  }

  @Test
  void checkSplitAndLimitSelectRows() throws IOException {
    assertThat(run(FAKE, "--gold", gold().toString(), "--limit", "1")).isZero();
    assertThat(out.toString()).contains("notes 1 (check split)");
  }

  @Test
  void missingGoldIsAUsageErrorNamingThePath() {
    Path missing = dir.resolve("nope.csv");
    assertThat(run(FAKE, "--gold", missing.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("gold file not found", missing.toString());
  }

  @Test
  void badSplitAndForeignCsvAreUsageErrors() throws IOException {
    assertThat(run(FAKE, "--gold", gold().toString(), "--split", "test")).isEqualTo(2);
    Path other = Files.writeString(dir.resolve("other.csv"), "id,text\n1,x\n");
    assertThat(run(FAKE, "--gold", other.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--split must be", "not an ACLED notes CSV");
  }

  @Test
  void extractionFailuresExitOneAndAreReported() throws IOException {
    Extractor broken = a -> {
      throw new IllegalStateException("kaput");
    };
    assertThat(run(broken, "--gold", gold().toString(), "--split", "all")).isEqualTo(1);
    assertThat(err.toString()).contains("KEN7181", "kaput");
  }
}
