package org.sitrep.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.nlp.Span;

/**
 * Random texts of words, some spelt with curly quotes, mojibake (single and double) or HTML
 * references: every normalised token must map back, through {@link NormalizedText#toOriginal}, to
 * exactly the original spelling of that token, which holds the same letters.
 */
class TextNormalizerPropertyTest {
  /** A piece of text: how the original spells it and what the normaliser must make of it. */
  private record Unit(String original, String normalized) {}

  private static final List<Unit> WORDS = List.of(
      new Unit("strike", "strike"), new Unit("Aleppo", "Aleppo"), new Unit("killed", "killed"),
      new Unit("Z\u00FCrich", "Z\u00FCrich"), new Unit("Qu\u00E9bec", "Qu\u00E9bec"),
      new Unit("caf\u00C3\u00A9", "caf\u00E9"), new Unit("Z\u00C3\u00BCrich", "Z\u00FCrich"),
      new Unit("r\u00C3\u00A9gime", "r\u00E9gime"), new Unit("Pi\u00C3\u00A8ce", "Pi\u00E8ce"),
      new Unit("Tom&amp;Jerry", "Tom&Jerry"), new Unit("army\u00E2\u20AC\u2122s", "army's"),
      new Unit("it\u2019s", "it's"), new Unit("S\u00C3O", "S\u00C3O"), new Unit("12", "12"),
      new Unit("\u00D0\u0178\u00D1\u20AC\u00D0\u00B8", "\u041F\u0440\u0438"),
      new Unit("\u00F0\u0178\u02DC\u20AC", "\uD83D\uDE00"));
  private static final List<Unit> OPENERS = List.of(
      new Unit("", ""), new Unit("\u201C", "\""), new Unit("\u2018", "'"),
      new Unit("\u00E2\u20AC\u0153", "\""), new Unit("&quot;", "\""), new Unit("\u00AB", "\""));
  private static final List<Unit> CLOSERS = List.of(
      new Unit("", ""), new Unit("\u201D", "\""), new Unit("\u2019", "'"), new Unit(",", ","),
      new Unit("\u00E2\u20AC\u009D", "\""), new Unit("\u00E2\u20AC\u2122", "'"),
      new Unit("&#8217;", "'"), new Unit("\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u201E\u00A2", "'"),
      new Unit(" \u00E2\u20AC\u201C", " \u2013"), new Unit(" \u00E2\u20AC\u201D", " \u2014"));
  private static final List<Unit> SEPARATORS = List.of(
      new Unit(" ", " "), new Unit(" ", " "), new Unit("\u00A0", " "), new Unit("\u00C2\u00A0", " "),
      new Unit(". ", ". "), new Unit(".\n\n", ".\n\n"));

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2024, 777_777, 123_456_789})
  void everyTokenMapsBackToItsOriginalSpelling(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      checkOneText(random);
    }
  }

  private static void checkOneText(Random random) {
    StringBuilder original = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    List<Span> normalizedTokens = new ArrayList<>();
    List<String> originalTokens = new ArrayList<>();
    int words = 1 + random.nextInt(12);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        append(pick(random, SEPARATORS), original, expected);
      }
      int start = expected.length();
      int originalStart = original.length();
      append(pick(random, OPENERS), original, expected);
      append(pick(random, WORDS), original, expected);
      append(pick(random, CLOSERS), original, expected);
      normalizedTokens.add(new Span(start, expected.length()));
      originalTokens.add(original.substring(originalStart));
    }
    String text = original.toString();
    NormalizedText n = TextNormalizer.normalize(text);
    assertThat(n.normalized()).as("normalised %s", text).isEqualTo(expected.toString());
    TextNormalizerTest.assertMapConsistent(n);
    for (int t = 0; t < normalizedTokens.size(); t++) {
      Span token = normalizedTokens.get(t);
      String back = n.toOriginal(token.start(), token.end()).of(text);
      assertThat(back).as("token %s of %s", token.of(n.normalized()), text).isEqualTo(originalTokens.get(t));
      assertThat(asciiLetters(back)).isEqualTo(asciiLetters(token.of(n.normalized())));
      assertThat(TextNormalizer.normalize(back).normalized()).isEqualTo(token.of(n.normalized()));
    }
  }

  private static void append(Unit u, StringBuilder original, StringBuilder expected) {
    original.append(u.original());
    expected.append(u.normalized());
  }

  private static Unit pick(Random random, List<Unit> units) {
    return units.get(random.nextInt(units.size()));
  }

  private static String asciiLetters(String s) {
    return s.replaceAll("&[#a-zA-Z0-9]+;", "").replaceAll("[^A-Za-z]", "");
  }
}
