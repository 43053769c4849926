package org.sitrep.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.article.TestFiles.ok;
import static org.sitrep.article.TestFiles.rejected;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {
  private final JsonlReader reader = new JsonlReader();

  private List<ReadResult> read(String jsonl) {
    return TestFiles.all(reader.read(InputRef.ofPath("in.jsonl"), TestFiles.utf8(jsonl)));
  }

  @Test
  void readsEveryLineOfTheResourceFileAndGoesOnAfterBadOnes() {
    List<ReadResult> results = TestFiles.all(reader.read(InputRef.ofPath("data/articles.jsonl"),
        TestFiles.open(TestFiles.resource("articles.jsonl"))));
    assertThat(results).hasSize(8); // nine lines, one blank
    assertThat(ok(results.get(0)).article()).isEqualTo(new Article("good-1",
        "Two people were killed in an air strike on Monday.", "Air strike", LocalDate.of(2016, 9, 17),
        "Example Wire", "https://example.org/1"));
    assertThat(ok(results.get(1)).article().published()).isEqualTo(LocalDate.of(2016, 9, 17));
    assertThat(rejected(results.get(2)).ref()).isEqualTo("data/articles.jsonl:4");
    assertThat(rejected(results.get(2)).reason()).startsWith("invalid JSON: ");
    assertThat(rejected(results.get(3))).isEqualTo(
        new ReadResult.Rejected("data/articles.jsonl:5", "missing field 'id'"));
    ReadResult.Ok extra = ok(results.get(4));
    assertThat(extra.warnings()).containsExactly(
        "data/articles.jsonl:6 (id extra): unknown fields ignored: lang, tags");
    assertThat(rejected(results.get(5))).isEqualTo(
        new ReadResult.Rejected("data/articles.jsonl:7 (id empty)", "empty text"));
    assertThat(rejected(results.get(6))).isEqualTo(
        new ReadResult.Rejected("data/articles.jsonl:8", "field 'id' must be a string, not a number"));
    assertThat(ok(results.get(7)).article().id()).isEqualTo("good-3");
  }

  @Test
  void acceptsIsoDateForms() {
    for (String date : List.of("2016-09-17", "2016-09-17T10:00:00Z", "2016-09-17T23:30:00-05:00",
        "2016-09-17T10:00:00.123+02:00", "2016-09-17 10:00", "20160917")) {
      ReadResult r = read("{\"id\":\"a\",\"text\":\"t\",\"published\":\"" + date + "\"}").get(0);
      assertThat(ok(r).article().published()).as(date).isEqualTo(LocalDate.of(2016, 9, 17));
    }
  }

  @Test
  void unreadableDateIsAWarningNotARejection() {
    ReadResult.Ok ok = ok(read("{\"id\":\"a\",\"text\":\"t\",\"published\":\"last Tuesday\"}").get(0));
    assertThat(ok.article().published()).isNull();
    assertThat(ok.warnings()).containsExactly(
        "in.jsonl:1 (id a): field 'published' is not an ISO date, ignored: \"last Tuesday\"");
  }

  @Test
  void wrongTypesAreRejectedNamingTheField() {
    assertThat(rejected(read("{\"id\":\"a\",\"text\":[\"x\"]}").get(0)).reason())
        .isEqualTo("field 'text' must be a string, not an array");
    assertThat(rejected(read("{\"id\":\"a\",\"text\":\"t\",\"published\":20160917}").get(0)).reason())
        .isEqualTo("field 'published' must be a string, not a number");
    assertThat(rejected(read("{\"id\":\"a\",\"text\":\"t\",\"title\":{}}").get(0)).reason())
        .isEqualTo("field 'title' must be a string, not an object");
    assertThat(rejected(read("{\"id\":\"a\"}").get(0))).isEqualTo(
        new ReadResult.Rejected("in.jsonl:1 (id a)", "missing field 'text'"));
    assertThat(rejected(read("[1,2]").get(0)).reason()).isEqualTo("not a JSON object but an array");
  }

  @Test
  void invalidJsonGivesLineNumberAndParserReason() {
    List<ReadResult> results = read("{\"id\":\"a\",\"text\":\"t\"}\n{\"id\":\"b\" \"text\":\"t\"}\n"
        + "{\"id\":\"c\",\"id\":\"d\",\"text\":\"t\"}\n{\"id\":\"e\",\"text\":\"t\"} {}\n");
    assertThat(results).hasSize(4);
    ReadResult.Rejected bad = rejected(results.get(1));
    assertThat(bad.ref()).isEqualTo("in.jsonl:2");
    assertThat(bad.reason()).startsWith("invalid JSON: Unexpected character ('\"'").contains("column");
    assertThat(rejected(results.get(2)).reason()).contains("Duplicate field 'id'");
    assertThat(rejected(results.get(3)).reason()).startsWith("invalid JSON: Trailing token");
  }

  @Test
  void windows1252LineIsDecodedWithWarningAndCrlfIsHandled() {
    byte[] line = "{\"id\":\"w\",\"text\":\"caf\u00E9 \u2013 ok\"}\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    ReadResult.Ok ok = ok(TestFiles.all(reader.read(InputRef.ofPath("in.jsonl"), new ByteArrayInputStream(line))).get(0));
    assertThat(ok.article().text()).isEqualTo("caf\u00E9 \u2013 ok");
    assertThat(ok.warnings()).containsExactly("in.jsonl:1 (id w): not valid UTF-8; decoded as Windows-1252");
  }

  @Test
  void fiveMegabyteTextAndOversizedLineAreRejectedAndReadingGoesOn() {
    String big = "x".repeat(5 * 1024 * 1024);
    List<ReadResult> results = read("{\"id\":\"big\",\"text\":\"" + big + "\"}\n{\"id\":\"next\",\"text\":\"t\"}");
    assertThat(rejected(results.get(0))).isEqualTo(new ReadResult.Rejected("in.jsonl:1 (id big)",
        "text too long: 5,242,880 chars (limit 1,000,000)"));
    assertThat(ok(results.get(1)).article().id()).isEqualTo("next");

    JsonlReader small = new JsonlReader(new ReadLimits(100, 64));
    List<ReadResult> capped = TestFiles.all(small.read(InputRef.ofPath("in.jsonl"),
        TestFiles.utf8("{\"id\":\"long\",\"text\":\"" + "y".repeat(100) + "\"}\n{\"id\":\"n\",\"text\":\"t\"}\n")));
    assertThat(rejected(capped.get(0))).isEqualTo(new ReadResult.Rejected("in.jsonl:1", "input too large: 123 bytes (limit 64)"));
    assertThat(ok(capped.get(1)).article().id()).isEqualTo("n");
  }

  @Test
  void binaryTextFieldIsRejected() {
    assertThat(rejected(read("{\"id\":\"nul\",\"text\":\"a\\u0000b\"}").get(0)).reason()).isEqualTo("binary content");
  }

  @Test
  void readsLazily() {
    InputStream first = TestFiles.utf8("{\"id\":\"a\",\"text\":\"t\"}\n");
    InputStream exploding = new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("read past the first record");
      }
    };
    ReadResult r = reader.read(InputRef.ofPath("in.jsonl"), new SequenceInputStream(first, exploding))
        .findFirst().orElseThrow();
    assertThat(ok(r).article().id()).isEqualTo("a");
  }

  @Test
  void readErrorEndsTheInputWithARejection() {
    InputStream failing = new SequenceInputStream(TestFiles.utf8("{\"id\":\"a\",\"text\":\"t\"}\n"), new InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("disk gone");
      }
    });
    List<ReadResult> results = TestFiles.all(reader.read(InputRef.ofPath("in.jsonl"), failing));
    assertThat(results).hasSize(2);
    assertThat(rejected(results.get(1))).isEqualTo(new ReadResult.Rejected("in.jsonl", "read error: disk gone"));
  }

  @Test
  void lineWithoutTrailingNewlineAndBlankLinesOnly() {
    assertThat(read("\n\n   \n")).isEmpty();
    assertThat(read("{\"id\":\"a\",\"text\":\"t\"}")).hasSize(1);
  }
}
