package org.sitrep.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.nlp.Span;

class TextNormalizerTest {

  @Test
  void straightensQuotesAndSpacesOneForOne() {
    NormalizedText n = TextNormalizer.normalize("\u201CWe left,\u201D she said\u00A0\u2018today\u2019.");
    assertThat(n.normalized()).isEqualTo("\"We left,\" she said 'today'.");
    assertThat(n.toOriginal(1, 3)).isEqualTo(new Span(1, 3));
    assertMapConsistent(n);
  }

  @Test
  void joinsParagraphBreakInsideRunningSentence() {
    NormalizedText n = TextNormalizer.normalize("took up fighting\n\nposition near the town.\n\nLater, more.");
    assertThat(n.normalized()).isEqualTo("took up fighting  position near the town.\n\nLater, more.");
    assertThat(TextNormalizer.normalize("fighting\r\n\r\nposition").normalized()).isEqualTo("fighting    position");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "it\u00E2\u20AC\u2122s|it's",
      "\u00E2\u20AC\u0153quoted\u00E2\u20AC\u009D|\"quoted\"",
      "\u00E2\u20AC\u0153quoted\u00E2\u20AC|\"quoted\"",
      "\u00E2\u20AC\u0153quoted\u00E2\u20AC\uFFFD|\"quoted\"",
      "a \u00E2\u20AC\u201C b|a \u2013 b",
      "a \u00E2\u20AC\u201D b|a \u2014 b",
      "caf\u00C3\u00A9|caf\u00E9",
      "\u00C3\u00A8re|\u00E8re",
      "Z\u00C3\u00BCrich|Z\u00FCrich",
      "10\u00C2\u00A0km|10 km",
      "10\u00C2 km|10 km",
      "\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u201E\u00A2|'",
      "\u00F0\u0178\u02DC\u20AC!|\uD83D\uDE00!",
      "\u00D0\u0178\u00D1\u20AC\u00D0\u00B8|\u041F\u0440\u0438",
  })
  void repairsMojibake(String original, String expected) {
    NormalizedText n = TextNormalizer.normalize(original);
    assertThat(n.normalized()).isEqualTo(expected);
    assertMapConsistent(n);
    assertThat(n.toOriginal(0, n.normalized().length())).isEqualTo(new Span(0, original.length()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "CAF\u00C9\u201D he said",          // real É before a closing quote
      "S\u00C3O PAULO",                    // real Ã before an ASCII letter
      "na\u00EFve r\u00E9sum\u00E9",       // ordinary accents
      "\u00AB\u00A0Non\u00A0\u00BB",       // French guillemets are quotes, not mojibake
      "price \u00A3100",
      "caf\u00E9\u00A0\u00BB fin",       // French spacing before a guillemet
      "all\u00E9 \u00E0\u00A0\u00AB Paris",
      "caf\u00E9\u2019\u00A0x",
  })
  void leavesRealAccentedTextAlone(String original) {
    NormalizedText n = TextNormalizer.normalize(original);
    assertThat(n.normalized()).hasSameSizeAs(original);
  }

  @Test
  void decodesHtmlEntitiesLeftInText() {
    String original = "Tom &amp; Jerry&#8217;s &quot;war&quot; &#x2014; &#146;90s &bogus; & more &#0;";
    NormalizedText n = TextNormalizer.normalize(original);
    assertThat(n.normalized()).isEqualTo("Tom & Jerry's \"war\" \u2014 '90s &bogus; & more &#0;");
    int jerry = n.normalized().indexOf("Jerry's");
    assertThat(n.toOriginal(jerry, jerry + 7).of(original)).isEqualTo("Jerry&#8217;s");
    assertMapConsistent(n);
  }

  @Test
  void mapsTokensOfMojibakeResourceBackToTheirOriginalSpelling() throws Exception {
    String original = Files.readString(TestFiles.resource("mojibake.txt"));
    NormalizedText n = TextNormalizer.normalize(original);
    assertThat(n.normalized()).startsWith(
        "The minister's office said \"no comment\". Caf\u00E9 owners \u2013 and others \u2014 fled. Z\u00FCrich");
    int cafe = n.normalized().indexOf("Caf\u00E9");
    assertThat(n.toOriginal(cafe, cafe + 4).of(original)).isEqualTo("Caf\u00C3\u00A9");
    int quote = n.normalized().indexOf("\"no");
    assertThat(n.toOriginal(quote, quote + 3).of(original)).isEqualTo("\u00E2\u20AC\u0153no");
    assertMapConsistent(n);
  }

  @Test
  void identityForCleanText() {
    String s = "Nothing to change here.\n\nNew paragraph.";
    assertThat(TextNormalizer.normalize(s)).isEqualTo(NormalizedText.identity(s));
  }

  static void assertMapConsistent(NormalizedText n) {
    int[] map = n.toOriginal();
    assertThat(map[0]).isGreaterThanOrEqualTo(0);
    assertThat(map[map.length - 1]).isEqualTo(n.original().length());
    for (int i = 0; i < n.normalized().length(); i++) {
      assertThat(map[i + 1]).as("char %d covers a non-empty original range", i).isGreaterThan(map[i]);
    }
  }

  @Test
  void wireDatelinesBecomeTheirOwnSentence() {
    String text = "Headline here\n\nPORT-AU-PRINCE, March 3 (Wire) - Gunmen attacked a school.\n"
        + "GAO - Two soldiers died. A well-known - and disputed - claim stays.";
    NormalizedText n = TextNormalizer.normalize(text);
    assertThat(n.normalized()).contains("(Wire) . Gunmen").contains("GAO . Two").contains("well-known - and");
    assertThat(n.normalized()).hasSameSizeAs(text);
  }
}
