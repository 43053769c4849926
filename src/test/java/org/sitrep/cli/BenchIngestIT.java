package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.output.Json;
import picocli.CommandLine;

/** {@code sitrep bench --ingest}: ingest timed into a real SQLite store, every article stored. */
class BenchIngestIT {
  private static final Extractor NO_EVENTS = a -> new ExtractionResult(a.id(), null, List.of(), List.of(), "test");

  @TempDir
  Path dir;

  @Test
  void ingestIsTimedOverTheSameArticlesAndEachCopyIsStored() throws IOException {
    Path in = Files.writeString(dir.resolve("a.jsonl"),
        "{\"id\":\"a\",\"text\":\"One two.\"}\n{\"id\":\"b\",\"text\":\"Three.\",\"url\":\"https://x.example/b\"}\n");
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new BenchCommand(() -> NO_EVENTS, "fake-1"));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    int code = cl.execute("--in", in.toString(), "--count", "9", "--warmup", "0", "--threads", "2", "--ingest",
        "--json");
    assertThat(code).isZero();
    assertThat(out.toString()).containsPattern("ingest +[0-9.]+ articles/s \\([0-9]+% of extract\\), 9 stored");
    String json = out.toString().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow();
    assertThat(Json.MAPPER.readTree(json).get("ingest_articles_per_s").asDouble()).isPositive();
  }
}
