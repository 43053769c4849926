package org.sitrep.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.article.TestFiles.ok;
import static org.sitrep.article.TestFiles.rejected;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {
  @TempDir
  Path dir;

  private List<ReadResult> read(String stdin, Defaults defaults, String... inputs) {
    ArticleSources sources = new ArticleSources(ReadLimits.DEFAULT,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return TestFiles.all(sources.read(List.of(inputs), defaults));
  }

  private String write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p.toString();
  }

  @Test
  void missingFileIsRejectedAndTheRestIsRead() throws Exception {
    String missing = dir.resolve("nope.txt").toString();
    String good = write("a.txt", "Shots were fired.");
    List<ReadResult> results = read("", Defaults.none(), missing, good);
    assertThat(rejected(results.get(0))).isEqualTo(new ReadResult.Rejected(missing, "no such file: " + missing));
    assertThat(ok(results.get(1)).article().id()).isEqualTo("a");
  }

  @Test
  void detectsFormatsByExtensionThenByContent() throws Exception {
    String jsonl = write("batch.ndjson", "{\"id\":\"j1\",\"text\":\"From JSONL.\"}\n");
    String html = write("page.htm", "<p>From HTML.</p>");
    String sniffedHtml = write("page-without-extension", "<!DOCTYPE html><title>T</title><p>Sniffed.</p>");
    String tagSoup = write("soup.dat", "<div><p>Tags</p><p>everywhere</p><br></div>");
    String text = write("notes.md", "# Heading\n\nJust text <with> a bracket.");
    List<ReadResult> results = read("", Defaults.none(), jsonl, html, sniffedHtml, tagSoup, text);
    assertThat(results).extracting(r -> ok(r).article().text()).containsExactly(
        "From JSONL.", "From HTML.", "Sniffed.", "Tags\n\neverywhere", "# Heading\n\nJust text <with> a bracket.");
    assertThat(ok(results.get(2)).article().title()).isEqualTo("T");
  }

  @Test
  void stdinIsSniffedAndNotClosed() {
    List<ReadResult> jsonl = read("{\"id\":\"s1\",\"text\":\"one\"}\n{\"id\":\"s2\",\"text\":\"two\"}\n",
        Defaults.none(), "-");
    assertThat(jsonl).extracting(r -> ok(r).article().id()).containsExactly("s1", "s2");
    List<ReadResult> text = read("Plain words on stdin.", Defaults.none(), "-");
    assertThat(ok(text.get(0)).article()).isEqualTo(Article.of("stdin", "Plain words on stdin."));
    List<ReadResult> empty = read("", Defaults.none(), "-");
    assertThat(rejected(empty.get(0))).isEqualTo(new ReadResult.Rejected("stdin", "empty text"));
  }

  @Test
  void defaultsFillOnlyMissingFields() throws Exception {
    String jsonl = write("in.jsonl", "{\"id\":\"a\",\"text\":\"t\",\"source\":\"Own\",\"published\":\"2020-01-02\"}\n"
        + "{\"id\":\"b\",\"text\":\"t\"}\n");
    Defaults defaults = new Defaults(LocalDate.of(2016, 9, 17), "Flag Source");
    List<ReadResult> results = read("", defaults, jsonl);
    assertThat(ok(results.get(0)).article().source()).isEqualTo("Own");
    assertThat(ok(results.get(0)).article().published()).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(ok(results.get(1)).article().source()).isEqualTo("Flag Source");
    assertThat(ok(results.get(1)).article().published()).isEqualTo(LocalDate.of(2016, 9, 17));
  }

  @Test
  void foldersAreReadInSortedOrderSkippingHiddenFiles() throws Exception {
    write("f/b.txt", "Second.");
    write("f/a.txt", "First.");
    write("f/.hidden", "Never.");
    write("f/sub/c.txt", "Third.");
    write("f/.git/objects/x.txt", "Never either.");
    List<ReadResult> results = read("", Defaults.none(), dir.resolve("f").toString());
    assertThat(results).extracting(r -> ok(r).article().text()).containsExactly("First.", "Second.", "Third.");
  }

  @Test
  void iteratorPullsOneRecordAtATimeAndClosesFiles() throws Exception {
    java.io.InputStream exploding = new java.io.SequenceInputStream(
        TestFiles.utf8("{\"id\":\"a\",\"text\":\"t\"}\n"), new java.io.InputStream() {
          @Override
          public int read() {
            throw new AssertionError("read past the first record");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw new AssertionError("read past the first record");
          }
        });
    String file = write("one.txt", "File text.");
    try (var results = new ArticleSources(ReadLimits.DEFAULT, exploding).read(List.of(file, "-"), Defaults.none())) {
      var it = results.iterator();
      assertThat(ok(it.next()).article().id()).isEqualTo("one");
      assertThat(ok(it.next()).article().id()).isEqualTo("a");
    }
  }

  @Test
  void binaryFileIsRejectedByPath() throws Exception {
    Path bin = dir.resolve("photo.jpg");
    Files.write(bin, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
    assertThat(rejected(read("", Defaults.none(), bin.toString()).get(0)))
        .isEqualTo(new ReadResult.Rejected(bin.toString(), "binary content"));
  }

  @Test
  void inputRefIdIsFileNameWithoutExtension() {
    assertThat(InputRef.ofPath("a/b/report.2016.html").id()).isEqualTo("report.2016");
    assertThat(InputRef.ofPath("noext").id()).isEqualTo("noext");
    assertThat(InputRef.ofPath("dir/.profile").id()).isEqualTo(".profile");
  }

  @Test
  void sniffing() {
    assertThat(sniff("  <!doctype html><p>x")).isEqualTo(InputFormat.HTML);
    assertThat(sniff("\uFEFF<html>")).isEqualTo(InputFormat.HTML);
    assertThat(sniff("{\"id\":1}")).isEqualTo(InputFormat.JSONL);
    assertThat(sniff("<b>Bold</b> claim in a long line of plain prose that goes on and on and on.")).isEqualTo(InputFormat.TEXT);
    assertThat(sniff("Casualties rose to 40 < 50.")).isEqualTo(InputFormat.TEXT);
  }

  private static InputFormat sniff(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return InputFormat.sniff(b, b.length);
  }
}
