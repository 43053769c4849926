package org.sitrep.article;

import java.util.Map;

/**
 * HTML character references left in plain text ({@code &amp;}, {@code &quot;}, {@code &#8217;},
 * {@code &#x2019;}), decoded by the normaliser. Only well-formed references with a semicolon and a
 * small set of names common in news text are decoded; anything else is left as it is.
 */
final class HtmlEntities {
  private static final int LONGEST = 10;
  private static final Map<String, Integer> NAMED = Map.ofEntries(
      Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'), Map.entry("gt", (int) '>'),
      Map.entry("quot", (int) '"'), Map.entry("apos", (int) '\''), Map.entry("nbsp", 0xA0),
      Map.entry("ndash", 0x2013), Map.entry("mdash", 0x2014), Map.entry("hellip", 0x2026),
      Map.entry("lsquo", 0x2018), Map.entry("rsquo", 0x2019), Map.entry("ldquo", 0x201C),
      Map.entry("rdquo", 0x201D), Map.entry("laquo", 0xAB), Map.entry("raquo", 0xBB),
      Map.entry("bull", 0x2022), Map.entry("deg", 0xB0), Map.entry("eacute", 0xE9),
      Map.entry("egrave", 0xE8), Map.entry("aacute", 0xE1), Map.entry("iacute", 0xED),
      Map.entry("oacute", 0xF3), Map.entry("uacute", 0xFA), Map.entry("ntilde", 0xF1),
      Map.entry("ccedil", 0xE7), Map.entry("auml", 0xE4), Map.entry("ouml", 0xF6),
      Map.entry("uuml", 0xFC), Map.entry("szlig", 0xDF), Map.entry("copy", 0xA9));

  /** A decoded reference: code point {@code cp} spelled by {@code length} input chars. */
  record Match(int cp, int length) {}

  private HtmlEntities() {}

  /** The reference starting at {@code i} (which holds '&'), or null. */
  static Match at(String text, int i) {
    int semi = text.indexOf(';', i + 1);
    if (semi < 0 || semi - i > LONGEST || semi == i + 1) {
      return null;
    }
    String body = text.substring(i + 1, semi);
    int length = semi + 1 - i;
    if (body.charAt(0) != '#') {
      Integer cp = NAMED.get(body);
      return cp == null ? null : new Match(cp, length);
    }
    try {
      boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
      String digits = body.substring(hex ? 2 : 1);
      if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, hex ? 16 : 10) >= 0)) {
        return null;
      }
      int cp = Integer.parseInt(digits, hex ? 16 : 10);
      if (cp >= 0x80 && cp <= 0x9F) {
        cp = TextDecoder.windows1252(cp); // "&#146;" as old Windows pages wrote "&#8217;"
      }
      boolean usable = cp >= 0x20 && cp <= Character.MAX_CODE_POINT && !(cp >= 0xD800 && cp <= 0xDFFF)
          && !(cp >= 0x7F && cp <= 0x9F);
      return usable ? new Match(cp, length) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
