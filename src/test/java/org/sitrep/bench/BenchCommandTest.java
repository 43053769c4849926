package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.BenchCommand;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.model.ExtractionResult;
import picocli.CommandLine;

class BenchCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private static final Extractor FAKE = a -> new ExtractionResult(a.id(), null, List.of(), List.of(), "test");

  private int run(String... args) {
    CommandLine cl = new CommandLine(new BenchCommand(() -> FAKE, "fake-1"));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void printsTableAndJson() throws IOException {
    Path in = Files.writeString(dir.resolve("a.jsonl"),
        "{\"id\":\"a\",\"text\":\"One two.\",\"source\":\"Synthetic\"}\n{\"id\":\"b\",\"text\":\"Three.\"}\n");
    int code = run("--in", in.toString(), "--count", "7", "--warmup", "2", "--threads", "1", "--json");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("fake-1", "7 (+2 warm-up), 50 chars", "articles/s", "peak heap",
        "\"articles\":7", "\"chars\":50", "gazetteer: index load", "lookups: mean", "\"gazetteer_load_ms\"");
  }

  @Test
  void rejectedLinesExitOne() throws IOException {
    Path in = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n{oops\n");
    assertThat(run("--in", in.toString(), "--count", "2", "--warmup", "0")).isEqualTo(1);
    assertThat(err.toString()).contains("line 2");
  }

  @Test
  void missingInputAndBadCountsAreUsageErrors() {
    assertThat(run("--in", dir.resolve("none.jsonl").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("input not found", "none.jsonl");
    assertThat(run("--count", "0")).isEqualTo(2);
    assertThat(run("--count", "x")).isEqualTo(2);
  }
}
