package org.sitrep.article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The formats articles come in, detected by file extension or, failing that, by content. */
public enum InputFormat {
  TEXT, HTML, JSONL, JSON_ARRAY, FEED;

  private static final Pattern FEED_START =
      Pattern.compile("(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*|<\\?[^>]*>\\s*)*<(rss|feed|rdf:rdf)[\\s>]", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");

  /**
   * By extension: .jsonl/.ndjson/.json (a JSON array when the content opens with {@code [}),
   * .html/.htm/.xhtml, .rss/.atom; anything else (.xml included) is sniffed from {@code head}.
   */
  public static InputFormat detect(String name, byte[] head, int length) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return startsWithArray(head, length) ? JSON_ARRAY : JSONL;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return HTML;
    }
    if (lower.endsWith(".rss") || lower.endsWith(".atom")) {
      return FEED;
    }
    return sniff(head, length);
  }

  /**
   * An RSS or Atom feed when an {@code <rss} or {@code <feed} element opens it (after an XML
   * declaration and comments); HTML when the content starts with {@code <!doctype} or {@code
   * <html}, or tags make up most of it; JSONL when it starts with <code>{</code>; else plain text.
   */
  public static InputFormat sniff(byte[] head, int length) {
    String text = new String(head, 0, length, StandardCharsets.ISO_8859_1)
        .replaceFirst("^(\u00EF\u00BB\u00BF|\u00FE\u00FF|\u00FF\u00FE)", "").stripLeading();
    String lower = text.toLowerCase(Locale.ROOT);
    if (FEED_START.matcher(lower).lookingAt()) {
      return FEED;
    }
    if (lower.startsWith("<!doctype") || lower.startsWith("<html") || lower.startsWith("<?xml")
        && lower.contains("<html")) {
      return HTML;
    }
    if (text.startsWith("{")) {
      return JSONL;
    }
    if (text.matches("(?s)\\[\\s*\\{.*")) {
      return JSON_ARRAY;
    }
    return mostlyTags(text) ? HTML : TEXT;
  }

  private static boolean startsWithArray(byte[] head, int length) {
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xFF;
      if (b == '[') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF) {
        return false;
      }
    }
    return false;
  }

  private static boolean mostlyTags(String text) {
    if (!text.startsWith("<")) {
      return false;
    }
    Matcher m = TAG.matcher(text);
    int tags = 0;
    int tagChars = 0;
    while (m.find()) {
      tags++;
      tagChars += m.end() - m.start();
    }
    return tags >= 3 && tagChars * 4 >= text.length();
  }
}
