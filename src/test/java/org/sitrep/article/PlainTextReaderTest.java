package org.sitrep.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.article.TestFiles.ok;
import static org.sitrep.article.TestFiles.rejected;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  private final PlainTextReader reader = new PlainTextReader();
  private final InputRef ref = InputRef.ofPath("in/report-7.txt");

  private List<ReadResult> read(byte[] bytes) {
    return TestFiles.all(reader.read(ref, new ByteArrayInputStream(bytes)));
  }

  @Test
  void wholeContentIsTheTextAndTheFileNameTheId() {
    ReadResult.Ok ok = ok(read("Two killed.\n\nMore later.".getBytes(StandardCharsets.UTF_8)).get(0));
    assertThat(ok.article()).isEqualTo(new Article("report-7", "Two killed.\n\nMore later.", null, null, null, null));
    assertThat(ok.warnings()).isEmpty();
  }

  @Test
  void dropsUtf8BomAndReadsUtf16WithBom() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
    assertThat(ok(read(bom).get(0)).article().text()).isEqualTo("Hi");
    byte[] utf16 = "\uFEFFCaf\u00E9 shelled".getBytes(StandardCharsets.UTF_16LE);
    assertThat(ok(read(utf16).get(0)).article().text()).isEqualTo("Caf\u00E9 shelled");
  }

  @Test
  void windows1252BytesAreDecodedWithAWarning() throws Exception {
    byte[] bytes = java.nio.file.Files.readAllBytes(TestFiles.resource("windows-1252.txt"));
    ReadResult.Ok ok = ok(read(bytes).get(0));
    assertThat(ok.article().text()).startsWith("The caf\u00E9 near the border was hit at dawn \u2013 witnesses said "
        + "\u201Cat least five\u201D died.\nThe army\u2019s statement");
    assertThat(ok.warnings()).containsExactly("in/report-7.txt: not valid UTF-8; decoded as Windows-1252");
  }

  @Test
  void emptyAndWhitespaceOnlyAreRejected() {
    assertThat(rejected(read(new byte[0]).get(0))).isEqualTo(new ReadResult.Rejected("in/report-7.txt", "empty text"));
    assertThat(rejected(read(" \n\t \r\n".getBytes(StandardCharsets.UTF_8)).get(0)).reason()).isEqualTo("empty text");
  }

  @Test
  void binaryContentIsRejected() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertThat(rejected(read(png).get(0)).reason()).isEqualTo("binary content");
    byte[] controls = new byte[200];
    java.util.Arrays.fill(controls, (byte) 'a');
    for (int i = 0; i < 200; i += 10) {
      controls[i] = 0x01;
    }
    assertThat(rejected(read(controls).get(0)).reason()).isEqualTo("binary content");
  }

  @Test
  void fiveMegabytesOfTextAreRejectedWithTheirSize() {
    byte[] big = "All quiet on the front. ".repeat(5 * 1024 * 1024 / 24).getBytes(StandardCharsets.UTF_8);
    ReadResult.Rejected r = rejected(read(big).get(0));
    assertThat(r.reason()).isEqualTo(String.format(java.util.Locale.ROOT,
        "text too long: %,d chars (limit 1,000,000)", big.length));
  }

  @Test
  void rawInputOverTheByteLimitIsRejectedUnread() {
    PlainTextReader small = new PlainTextReader(new ReadLimits(100, 1000));
    ReadResult r = TestFiles.all(small.read(ref, new ByteArrayInputStream(new byte[5000]))).get(0);
    assertThat(rejected(r).reason()).isEqualTo("input too large: 5,000 bytes (limit 1,000)");
  }
}
