package org.sitrep.article;

/**
 * Repairs UTF-8 that was decoded as Windows-1252 or Latin-1 ({@code "â€™"} → {@code ’}, {@code
 * "Ã©"} → {@code é}, {@code "Â\u00A0"} → NBSP). A run of chars is taken for mojibake when the bytes
 * those chars stand for form one well-formed UTF-8 sequence that is plausible as mojibake (see
 * {@link #plausible}). Also: {@code "â€"} whose third byte (0x9D, undefined in Windows-1252) was
 * lost becomes {@code ”}, and {@code "Â "} a space.
 */
final class MojibakeRepair {
  /** One repair: code point {@code cp} spelled by {@code length} input chars. */
  record Match(int cp, int length) {}

  private MojibakeRepair() {}

  /**
   * The repair starting at {@code i}, or null. {@code afterRepair} says that the char before
   * {@code i} ended a repaired sequence (so a letter there is no evidence of real text).
   */
  static Match at(String text, int i, boolean afterRepair) {
    int lead = byteAt(text, i);
    int need = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
        : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
    if (need == 0) {
      return null;
    }
    int cp = lead & (0x3F >> need);
    for (int k = 1; k <= need; k++) {
      int b = byteAt(text, i + k);
      if (b < 0x80 || b > 0xBF) {
        return partial(text, i, k);
      }
      cp = cp << 6 | (b & 0x3F);
    }
    if (!wellFormed(lead, byteAt(text, i + 1), cp, need)) {
      return null;
    }
    return plausible(text, i, lead, need, afterRepair) ? new Match(cp, need + 1) : null;
  }

  /** Sequences cut short: "â€" + lost 0x9D (or U+FFFD) is ”; "Â" + space is a space. */
  private static Match partial(String text, int i, int valid) {
    if (text.startsWith("\u00E2\u20AC", i) && valid == 2) {
      boolean replacement = i + 2 < text.length() && text.charAt(i + 2) == '\uFFFD';
      return new Match(0x201D, replacement ? 3 : 2);
    }
    if (text.charAt(i) == '\u00C2' && valid == 1 && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
      return new Match(' ', 2);
    }
    return null;
  }

  private static boolean wellFormed(int lead, int second, int cp, int need) {
    return switch (need) {
      case 1 -> true;
      case 2 -> !(lead == 0xE0 && second < 0xA0) && !(lead == 0xED && second >= 0xA0);
      default -> !(lead == 0xF0 && second < 0x90) && !(lead == 0xF4 && second >= 0x90)
          && cp <= Character.MAX_CODE_POINT;
    };
  }

  /**
   * {@code Â}/{@code Ã} + one char and {@code â} + two chars are mojibake whenever well formed: real
   * text almost never has them. Other leads are ordinary accented letters ("café »", "CAFÉ”"), so
   * their sequence must not contain quotes, dashes or spaces, and a three- or four-byte one must
   * not follow a letter of real text.
   */
  private static boolean plausible(String text, int i, int lead, int need, boolean afterRepair) {
    if (lead == 0xC2 || lead == 0xC3 || lead == 0xE2 && need == 2) {
      return true;
    }
    for (int k = 1; k <= need; k++) {
      if (PUNCTUATION.indexOf(text.charAt(i + k)) >= 0) {
        return false;
      }
    }
    return need == 1 || afterRepair || i == 0 || !Character.isLetter(text.charAt(i - 1));
  }

  private static final String PUNCTUATION =
      "\u2018\u2019\u201A\u201C\u201D\u201E\u2013\u2014\u2026\u2022\u2039\u203A\u2020\u2021"
          + "\u00AB\u00BB\u00A0\u00A1\u00BF";

  /** The byte char {@code i} stands for when mojibake, or -1 (ASCII or no such byte). */
  private static int byteAt(String text, int i) {
    if (i >= text.length() || text.charAt(i) < 0x80) {
      return -1;
    }
    return TextDecoder.byteOf(text.charAt(i));
  }
}
