package org.sitrep.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.article.TestFiles.ok;
import static org.sitrep.article.TestFiles.rejected;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArrayReaderTest {
  private List<ReadResult> read(String json) {
    return TestFiles.all(new JsonArrayReader().read(InputRef.ofPath("in.json"), TestFiles.utf8(json)));
  }

  @Test
  void readsPrettyPrintedArrayNamingRecordsByLine() {
    List<ReadResult> results = read("[\n  {\"id\": \"a\",\n   \"text\": \"One.\"},\n  {\"id\": \"b\", \"text\": \" \"},\n"
        + "  {\"id\": \"c\", \"text\": \"Three.\", \"extra\": 1}\n]\n");
    assertThat(results).hasSize(3);
    assertThat(ok(results.get(0)).article()).isEqualTo(Article.of("a", "One."));
    assertThat(rejected(results.get(1))).isEqualTo(new ReadResult.Rejected("in.json:4 (id b)", "empty text"));
    assertThat(ok(results.get(2)).warnings()).containsExactly("in.json:5 (id c): unknown fields ignored: extra");
  }

  @Test
  void syntaxErrorEndsTheFileWithARejection() {
    List<ReadResult> results = read("[{\"id\":\"a\",\"text\":\"t\"},\n{\"id\" \"b\"}, {\"id\":\"c\",\"text\":\"t\"}]");
    assertThat(results).hasSize(2);
    assertThat(rejected(results.get(1)).ref()).isEqualTo("in.json:2");
    assertThat(rejected(results.get(1)).reason()).startsWith("invalid JSON: ").endsWith("the rest of the file is skipped");
    assertThat(rejected(read("{\"id\":\"a\"}").get(0)).reason()).startsWith("not a JSON array");
  }

  @Test
  void jsonExtensionPicksArrayOrLines() {
    byte[] array = "\n [ {".getBytes(StandardCharsets.UTF_8);
    byte[] lines = "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(InputFormat.detect("x.json", array, array.length)).isEqualTo(InputFormat.JSON_ARRAY);
    assertThat(InputFormat.detect("x.json", lines, lines.length)).isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.sniff(array, array.length)).isEqualTo(InputFormat.JSON_ARRAY);
    byte[] bracketText = "[Reuters] Fighting resumed.".getBytes(StandardCharsets.UTF_8);
    assertThat(InputFormat.sniff(bracketText, bracketText.length)).isEqualTo(InputFormat.TEXT);
  }
}
