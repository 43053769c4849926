package org.sitrep.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8 (a UTF-8 BOM is dropped; a UTF-16 BOM selects UTF-16). Bytes that are not
 * valid UTF-8 are decoded as Windows-1252 instead, with a warning, never an exception. The five
 * bytes Windows-1252 leaves undefined become the C1 controls of the same value, as in Latin-1, so
 * that the normaliser can still repair mojibake that contains them.
 */
final class TextDecoder {
  static final String FALLBACK_WARNING = "not valid UTF-8; decoded as Windows-1252";

  private static final char[] CP1252_80_9F = (
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
          + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178")
      .toCharArray();

  /** Decoded text; {@code warning} is null when the bytes were valid UTF-8 (or UTF-16 with a BOM). */
  record Decoded(String text, String warning) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes, int length) {
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE), null);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE), null);
    }
    int start = hasUtf8Bom(bytes, length) ? 3 : 0;
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes, start, length - start));
      return new Decoded(chars.toString(), null);
    } catch (CharacterCodingException e) {
      return new Decoded(windows1252(bytes, start, length), FALLBACK_WARNING);
    }
  }

  static Decoded decode(byte[] bytes) {
    return decode(bytes, bytes.length);
  }

  /** The character Windows-1252 (Latin-1 for its undefined bytes) gives byte {@code b}. */
  static char windows1252(int b) {
    return b >= 0x80 && b <= 0x9F ? CP1252_80_9F[b - 0x80] : (char) b;
  }

  /** The byte that decodes to {@code c} in Windows-1252 or Latin-1, or -1 if none. */
  static int byteOf(char c) {
    if (c < 0x100) {
      return c;
    }
    for (int i = 0; i < CP1252_80_9F.length; i++) {
      if (CP1252_80_9F[i] == c) {
        return 0x80 + i;
      }
    }
    return -1;
  }

  private static String windows1252(byte[] bytes, int start, int end) {
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      out[i - start] = windows1252(bytes[i] & 0xFF);
    }
    return new String(out);
  }

  private static boolean hasUtf8Bom(byte[] b, int length) {
    return length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }
}
