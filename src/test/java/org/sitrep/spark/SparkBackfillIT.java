package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.incident.LinkFeatures;
import org.sitrep.output.Json;

/**
 * The backfill on a real local Spark ({@code local[2]}) against {@code sitrep extract} run in-process
 * on the same JSONL: every article's result is the same JSON line, byte for byte; every bad record
 * is reported as the CLI reports it; events and link inputs are the results' own. The same records
 * as Parquet give the same results.
 */
class SparkBackfillIT {
  @TempDir
  static Path dir;

  private static SparkSession spark;
  private static Path input;
  private static List<String> records;
  private static List<String> expected;
  private static String cliErr;

  @BeforeAll
  static void runBoth() throws IOException {
    Path project = Path.of(System.getProperty("sitrep.projectDir", "."));
    List<String> lines = new ArrayList<>(Files.readAllLines(project.resolve("bench/news-sample.jsonl")).subList(0, 2));
    // accepted, blank, invalid JSON, no id, unknown fields (warnings), blank text, numeric id, odd dates
    lines.addAll(Files.readAllLines(project.resolve("src/test/resources/article/articles.jsonl")));
    lines.add("{\"id\":\"crlf\",\"text\":\"Gunmen killed two farmers near Kaduna on Monday, police said.\","
        + "\"published\":\"2023-05-02\"}\r");
    records = lines;
    input = dir.resolve("in.jsonl");
    try (var out = Files.newOutputStream(input)) {
      for (String l : lines) {
        out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write(("{\"id\":\"cp1252\",\"text\":\"Police said \u201cno arrests\u201d were made in Lagos \u2013 on Friday.\"}\n")
          .getBytes(Charset.forName("windows-1252")));
    }
    Path cliOut = dir.resolve("cli.jsonl");
    CommandLine cl = new CommandLine();
    cliErr = cl.run("extract", "--in", input.toString(), "--out", cliOut.toString(), "--threads", "2");
    assertThat(cl.code).as(cliErr).isEqualTo(1);
    expected = Files.readAllLines(cliOut, StandardCharsets.UTF_8);
    spark = SparkSession.builder().master("local[2]").appName("SparkBackfillIT")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void jsonlGivesTheResultsOfSitrepExtract() {
    Path out = dir.resolve("out-jsonl");
    SparkBackfill.Counts counts = SparkBackfill.run(spark, List.of(input.toString()), BackfillInput.Format.jsonl,
        out.toString(), 3, false);
    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).orderBy("line").collectAsList();

    List<String> results = articles.stream().filter(r -> !r.isNullAt(r.fieldIndex("result")))
        .map(r -> r.<String>getAs("result")).toList();
    assertThat(results).hasSize(expected.size()).containsExactlyElementsOf(expected);
    assertThat(results).anyMatch(r -> r.contains("\"warning\"")).anyMatch(r -> r.contains("\"events\":[{"));

    List<String> rejections = articles.stream().filter(r -> r.<String>getAs("status").equals("rejected"))
        .map(r -> "sitrep: rejected " + r.getAs("ref") + ": " + r.getAs("reason")).toList();
    List<String> cliRejections = cliErr.lines().filter(l -> l.startsWith("sitrep: rejected ")).toList();
    assertThat(rejections).hasSize(4).containsExactlyElementsOf(cliRejections);
    assertThat(counts).isEqualTo(new SparkBackfill.Counts(expected.size(), 0, 4, counts.events()));

    assertEventsAndMentions(out, articles);
  }

  private void assertEventsAndMentions(Path out, List<Row> articles) {
    List<Row> events = spark.read().parquet(out.resolve("events").toString()).orderBy("line", "ordinal")
        .collectAsList();
    List<Row> mentions = spark.read().parquet(out.resolve("mentions").toString()).orderBy("line", "ordinal")
        .collectAsList();
    assertThat(events).isNotEmpty().hasSize(mentions.size());
    for (Row a : articles) {
      if (a.isNullAt(a.fieldIndex("result"))) {
        continue;
      }
      long line = a.getAs("line");
      List<Row> own = events.stream().filter(e -> e.<Long>getAs("line") == line).toList();
      String joined = own.stream().map(e -> e.<String>getAs("event")).collect(Collectors.joining(","));
      assertThat(a.<String>getAs("result")).contains("\"events\":[" + joined + "]");
      ExtractionResult result = read(a.getAs("result"));
      List<Row> links = mentions.stream().filter(m -> m.<Long>getAs("line") == line).toList();
      assertThat(links).hasSize(result.events().size());
      for (int i = 0; i < links.size(); i++) {
        EventMention e = result.events().get(i);
        LinkFeatures f = LinkFeatures.of(e, result.article() == null || result.article().published() == null ? null
            : java.time.LocalDate.parse(result.article().published()));
        Row m = links.get(i);
        assertThat(m.<String>getAs("article_id")).isEqualTo(result.id());
        assertThat(m.<String>getAs("family")).isEqualTo(f.family());
        assertThat(m.<Object>getAs("date_lo")).isEqualTo(f.date() == null ? null : f.date().lo());
        assertThat(m.<Object>getAs("lat")).isEqualTo(f.lat());
        assertThat(m.<Boolean>getAs("linkable")).isEqualTo(f.linkable());
        assertThat(m.getList(m.fieldIndex("actors"))).containsExactlyElementsOf(f.actors().stream().sorted().toList());
        assertThat(own.get(i).<String>getAs("type")).isEqualTo(e.type());
      }
    }
  }

  @Test
  void parquetInputGivesTheSameResults() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("title", DataTypes.StringType).add("published", DataTypes.StringType)
        .add("source", DataTypes.StringType).add("url", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    for (String line : expected) {
      ExtractionResult r = read(line);
      if (r.article() != null && r.diagnostics().isEmpty() && accepted.size() < 2) {
        rows.add(org.apache.spark.sql.RowFactory.create(r.id(), textOf(r.id()), r.article().title(),
            r.article().published(), r.article().source(), r.article().url()));
        accepted.add(line);
      }
    }
    rows.add(org.apache.spark.sql.RowFactory.create(null, "A record without an id.", null, null, null, null));
    Path table = dir.resolve("in.parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(table.toString());
    Path out = dir.resolve("out-parquet");
    SparkBackfill.run(spark, List.of(table.toString()), BackfillInput.Format.parquet, out.toString(), 2, false);
    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).orderBy("line").collectAsList();
    assertThat(articles.stream().filter(r -> !r.isNullAt(r.fieldIndex("result"))).map(r -> r.<String>getAs("result")))
        .containsExactlyElementsOf(accepted);
    assertThat(articles.get(2).<String>getAs("reason")).isEqualTo("missing field 'id'");
  }

  private static String textOf(String id) {
    for (String l : records) {
      try {
        var node = Json.MAPPER.readTree(l);
        if (node.path("id").asText().equals(id)) {
          return node.get("text").textValue();
        }
      } catch (IOException e) {
        // a bad record of the input: not one of the accepted
      }
    }
    throw new AssertionError("no input record " + id);
  }

  private static ExtractionResult read(String json) {
    try {
      return Json.MAPPER.readValue(json, ExtractionResult.class);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code sitrep extract} in-process, through picocli as a user calls it. */
  private static final class CommandLine {
    int code;

    String run(String... args) {
      picocli.CommandLine cl = Main.commandLine();
      StringWriter err = new StringWriter();
      cl.setErr(new PrintWriter(err));
      code = cl.execute(args);
      return err.toString();
    }
  }
}
