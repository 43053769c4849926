package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class Rfc4180ReaderTest {
  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() {
    String csv = "id,notes,n\r\n1,\"He said \"\"no\"\", then left, quickly.\r\nNext line\",3\n2,plain,\n";
    assertThat(Rfc4180Reader.parse(csv)).containsExactly(
        List.of("id", "notes", "n"),
        List.of("1", "He said \"no\", then left, quickly.\r\nNext line", "3"),
        List.of("2", "plain", ""));
  }

  @Test
  void emptyQuotedFieldsAndTrailingRecordWithoutNewline() {
    assertThat(Rfc4180Reader.parse("a,\"\",c\n\"x\",,\"\"")).containsExactly(
        List.of("a", "", "c"), List.of("x", "", ""));
  }

  @Test
  void quoteInsideUnquotedFieldIsLiteralLikePythonCsv() {
    assertThat(Rfc4180Reader.parse("5\" gun,b\n")).containsExactly(List.of("5\" gun", "b"));
  }

  @Test
  void skipsBlankLinesAndByteOrderMark() {
    assertThat(Rfc4180Reader.parse("\uFEFFa,b\n\n\r\nc,d\n")).containsExactly(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void unterminatedQuoteNamesTheLine() {
    assertThatThrownBy(() -> Rfc4180Reader.parse("a,b\nc,\"open\nmore"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
  }
}
