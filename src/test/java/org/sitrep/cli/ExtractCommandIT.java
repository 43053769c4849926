package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.EvidenceAssert;
import org.sitrep.output.Json;
import org.sitrep.schema.SchemaSupport;
import picocli.CommandLine;

/** {@code sitrep extract} through picocli, as a user calls it: exit codes, stderr, output files. */
class ExtractCommandIT {
  @TempDir
  Path dir;

  record Run(int code, String err) {}

  private Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    int code = cl.execute(args);
    return new Run(code, err.toString());
  }

  private List<JsonNode> lines(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        out.add(Json.MAPPER.readTree(l));
      }
    }
    return out;
  }

  @Test
  void badInputsAreReportedAndTheRestIsProcessed() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
    Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 8});
    Path huge = Files.writeString(dir.resolve("huge.txt"), "Rebels attacked a village. ".repeat(200_000));
    Path soup = Files.writeString(dir.resolve("soup.html"),
        "<html><body><div><p>Gunmen killed three farmers in a village near Kaduna on Monday, police said.<p>"
            + "<b>unclosed <i>tags</div></span><script>alert(1)</script>");
    Path cp1252 = Files.write(dir.resolve("cp1252.txt"),
        "Protesters marched in Lagos on Friday \u2013 police said \u201cno arrests\u201d were made."
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Path jsonl = Files.writeString(dir.resolve("records.jsonl"), String.join("\n",
        "{\"id\":\"good-1\",\"text\":\"Police arrested 12 protesters in Dhaka on Sunday.\",\"published\":\"2023-10-30\"}",
        "{\"id\":\"broken\",\"text\":\"unterminated",
        "{\"text\":\"A record without an id.\"}",
        "{\"id\":\"extra\",\"text\":\"Two soldiers were killed in an ambush in Borno.\",\"lang\":\"en\",\"tags\":[1]}",
        "{\"id\":\"blank\",\"text\":\"\"}",
        "{\"id\":\"good-2\",\"text\":\"Heavy floods killed 9 people in Sylhet, officials said.\"}") + "\n");
    Path out = dir.resolve("out.jsonl");
    Run r = run("extract", empty.toString(), binary.toString(), huge.toString(), soup.toString(), cp1252.toString(),
        "--in", jsonl.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("empty.txt").contains("blob.txt").contains("huge.txt")
        .contains("records.jsonl:2").contains("records.jsonl:3").contains("records.jsonl:5")
        .contains("lang");
    List<String> ids = lines(out).stream().map(n -> n.get("id").asText()).toList();
    assertThat(ids).containsExactly("soup", "cp1252", "good-1", "extra", "good-2");
    for (JsonNode n : lines(out)) {
      assertThat(SchemaSupport.violations(n.toString())).as(n.get("id").asText()).isEmpty();
    }
  }

  @Test
  void outputIsByteIdenticalAcrossRunsAndThreadCounts() throws IOException {
    Path in = Path.of("samples");
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    assertThat(run("extract", in.toString(), "--out", a.toString(), "--threads", "2").code()).isZero();
    assertThat(run("extract", in.toString(), "--out", b.toString(), "--threads", "1").code()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(lines(a)).hasSizeGreaterThanOrEqualTo(4);
  }

  /** The bench corpus (mixed news, most without an event): the threaded path equals the single-threaded one. */
  @Test
  void benchCorpusOutputIsTheSameOnOneThreadAndOnFour() throws IOException {
    List<String> corpus = Files.readAllLines(Path.of("bench/corpus-2000.jsonl"), StandardCharsets.UTF_8);
    Path in = Files.write(dir.resolve("corpus.jsonl"), corpus.subList(0, 120), StandardCharsets.UTF_8);
    Path a = dir.resolve("one.jsonl");
    Path b = dir.resolve("four.jsonl");
    assertThat(run("extract", "--in", in.toString(), "--out", a.toString(), "--threads", "1").code()).isZero();
    assertThat(run("extract", "--in", in.toString(), "--out", b.toString(), "--threads", "4").code()).isZero();
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    List<JsonNode> results = lines(a);
    assertThat(results).hasSize(120);
    assertThat(results).anyMatch(n -> n.get("events").isEmpty()).anyMatch(n -> !n.get("events").isEmpty());
  }

  @Test
  void syntheticSamplesGiveSpansThatQuoteTheirInput() throws IOException {
    Path out = dir.resolve("s.jsonl");
    assertThat(run("extract", "samples/synthetic-reports.jsonl", "--out", out.toString()).code()).isZero();
    List<String> texts = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of("samples/synthetic-reports.jsonl"))) {
      texts.add(Json.MAPPER.readTree(l).get("text").asText());
    }
    List<JsonNode> results = lines(out);
    for (int i = 0; i < results.size(); i++) {
      EvidenceAssert.assertSpansQuote(results.get(i), texts.get(i));
      assertThat(results.get(i).get("events")).isNotEmpty();
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("extract", "--published", "not-a-date", "samples").code()).isEqualTo(2);
    assertThat(run("extract", "--no-such-flag").code()).isEqualTo(2);
    assertThat(run("extract", "samples", "--threads", "0").code()).isEqualTo(2);
  }
}
