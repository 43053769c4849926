package org.sitrep.article;

/**
 * Prepares an article's text for the NLP stages without losing the way back to the original.
 * Passes, each keeping an exact offset map, composed at the end:
 *
 * <ol>
 *   <li>mojibake repair ({@link MojibakeRepair}), repeated while it changes something, so that
 *       double-encoded text ({@code "Ã¢â‚¬â„¢"}) comes back too;
 *   <li>HTML character references left in the text ({@link HtmlEntities}), then one char for
 *       another: curly quotes and guillemets → straight quotes, no-break and other fixed-width
 *       spaces → a space;
 *   <li>a paragraph break inside a running sentence ("fighting\n\nposition") becomes spaces;
 *   <li>a wire dateline's dash ("BAMAKO - Forty soldiers...", "NAIROBI, July 12 (Agency) - ")
 *       becomes a full stop, so the dateline is a sentence of its own and not parsed into the lead.
 * </ol>
 *
 * Several original chars may become one normalised char, never the reverse (but for a repaired
 * supplementary character), so every normalised char covers a non-empty original range and {@link
 * NormalizedText#toOriginal(int, int)} is exact.
 */
public final class TextNormalizer {
  private static final int MAX_MOJIBAKE_PASSES = 3;

  private TextNormalizer() {}

  public static NormalizedText normalize(String text) {
    String current = text;
    int[] map = null;
    for (int pass = 0; pass < MAX_MOJIBAKE_PASSES; pass++) {
      OffsetMapping repaired = repairMojibake(current);
      if (repaired == null) {
        break;
      }
      int[] step = repaired.map(current.length());
      map = map == null ? step : OffsetMapping.compose(map, step);
      current = repaired.text();
    }
    OffsetMapping chars = replaceChars(current);
    int[] step = chars.map(current.length());
    map = map == null ? step : OffsetMapping.compose(map, step);
    return new NormalizedText(text, separateDatelines(joinBrokenParagraphs(chars.text())), map);
  }

  /** The text with mojibake repaired, or null if there was none. */
  private static OffsetMapping repairMojibake(String text) {
    OffsetMapping out = null;
    boolean afterRepair = false;
    for (int i = 0; i < text.length(); ) {
      MojibakeRepair.Match m = text.charAt(i) >= 0x80 ? MojibakeRepair.at(text, i, afterRepair) : null;
      afterRepair = m != null;
      if (m == null) {
        if (out != null) {
          out.append(text.charAt(i), i);
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new OffsetMapping(text.length());
        for (int k = 0; k < i; k++) {
          out.append(text.charAt(k), k);
        }
      }
      out.appendCodePoint(m.cp(), i, i + m.length());
      i += m.length();
    }
    return out;
  }

  private static OffsetMapping replaceChars(String text) {
    OffsetMapping out = new OffsetMapping(text.length());
    for (int i = 0; i < text.length(); ) {
      HtmlEntities.Match entity = text.charAt(i) == '&' ? HtmlEntities.at(text, i) : null;
      if (entity != null) {
        int cp = entity.cp();
        out.appendCodePoint(Character.isBmpCodePoint(cp) ? replacement((char) cp) : cp, i,
            i + entity.length());
        i += entity.length();
      } else {
        out.append(replacement(text.charAt(i)), i);
        i++;
      }
    }
    return out;
  }

  private static char replacement(char c) {
    return switch (c) {
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
      case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003' -> ' ';
      default -> c;
    };
  }

  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "(?m)^[ \\t]*[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3}"            // BAMAKO, NEW DELHI, PORT-AU-PRINCE
          + "(?:, [A-Z][a-z]{2,9}\\.? \\d{1,2})?"                       // , July 12
          + "(?: \\([^()\\n]{1,40}\\))?"                              // (Agency)
          + "[ \\t]+([-\u2013\u2014])[ \\t]");

  /** A dateline's dash becomes a full stop: one char for one, so offsets are unchanged. */
  private static String separateDatelines(String text) {
    java.util.regex.Matcher m = DATELINE.matcher(text);
    char[] chars = null;
    while (m.find()) {
      if (chars == null) {
        chars = text.toCharArray();
      }
      chars[m.start(1)] = '.';
    }
    return chars == null ? text : new String(chars);
  }

  /** Line breaks between a letter and a lower-case letter ("fighting\n\nposition") are a broken wrap. */
  private static String joinBrokenParagraphs(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '\n' || c == '\r') && joinsRunningSentence(text, i)) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static boolean joinsRunningSentence(String text, int i) {
    int before = i - 1;
    while (before >= 0 && isLineBreak(text.charAt(before))) {
      before--;
    }
    int after = i + 1;
    while (after < text.length() && isLineBreak(text.charAt(after))) {
      after++;
    }
    return before >= 0 && after < text.length()
        && Character.isLetter(text.charAt(before)) && Character.isLowerCase(text.charAt(after));
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
