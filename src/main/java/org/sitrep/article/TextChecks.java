package org.sitrep.article;

import java.util.Optional;

/** The content checks every article's text passes, whatever format it came in. */
final class TextChecks {
  /** Share of control characters above which a text is taken for binary data. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private TextChecks() {}

  /** Why {@code text} cannot be an article, or empty if it can. */
  static Optional<String> problem(String text, ReadLimits limits) {
    if (text.length() > limits.maxChars()) {
      return Optional.of(tooLong(text.length(), limits));
    }
    if (text.isBlank()) {
      return Optional.of("empty text");
    }
    if (isBinary(text)) {
      return Optional.of("binary content");
    }
    return Optional.empty();
  }

  static String tooLong(long chars, ReadLimits limits) {
    return String.format(java.util.Locale.ROOT, "text too long: %,d chars (limit %,d)", chars,
        limits.maxChars());
  }

  static String tooLarge(long bytes, ReadLimits limits) {
    return String.format(java.util.Locale.ROOT, "input too large: %,d bytes (limit %,d)", bytes,
        limits.maxBytes());
  }

  /**
   * NUL characters, or more than 5% C0 control characters (tab, line breaks and form feed aside).
   * C1 controls are not counted: mojibake such as {@code "â€\u009d"} legitimately contains them.
   */
  static boolean isBinary(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (isControl(c)) {
        controls++;
      }
    }
    return controls > MAX_CONTROL_SHARE * text.length();
  }

  private static boolean isControl(char c) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      return false;
    }
    return c < 0x20 || c == 0x7F;
  }
}
