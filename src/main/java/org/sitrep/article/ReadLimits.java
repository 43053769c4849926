package org.sitrep.article;

/**
 * Size limits for one record. {@code maxChars} bounds an article's text; {@code maxBytes} bounds
 * the raw bytes of one document or JSONL line, checked before anything is parsed.
 */
public record ReadLimits(int maxChars, long maxBytes) {
  public static final ReadLimits DEFAULT = new ReadLimits(1_000_000, 32L * 1024 * 1024);

  public ReadLimits {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
  }
}
