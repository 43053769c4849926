package org.sitrep.article;

import java.util.Arrays;
import java.util.Objects;
import org.sitrep.nlp.Span;

/**
 * The text the NLP stages read (quotes straightened, mojibake repaired) together with a map back
 * to the original: {@code toOriginal[i]} is the original offset where normalised char {@code i}
 * starts, and {@code toOriginal[normalized.length()]} is the original length. The map never goes
 * backwards, so normalised char {@code i} stands for original {@code [toOriginal[i],
 * toOriginal[i+1])}.
 */
public record NormalizedText(String original, String normalized, int[] toOriginal) {
  public NormalizedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(normalized, "normalized");
    if (toOriginal.length != normalized.length() + 1) {
      throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for "
          + normalized.length() + " chars");
    }
    for (int i = 0; i < toOriginal.length; i++) {
      int o = toOriginal[i];
      if (o < 0 || o > original.length() || i > 0 && o < toOriginal[i - 1]) {
        throw new IllegalArgumentException("offset map entry " + i + " = " + o
            + " goes backwards or outside an original of " + original.length() + " chars");
      }
    }
  }

  public static NormalizedText identity(String text) {
    int[] map = new int[text.length() + 1];
    for (int i = 0; i <= text.length(); i++) {
      map[i] = i;
    }
    return new NormalizedText(text, text, map);
  }

  /** Maps a normalised range {@code [start, end)} to the original text. */
  public Span toOriginal(int start, int end) {
    if (start < 0 || end < start || end > normalized.length()) {
      throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") outside a normalised text of "
          + normalized.length() + " chars");
    }
    int s = toOriginal[start];
    int e = end > start ? toOriginal[end - 1] + originalWidth(end - 1) : s;
    return new Span(s, Math.max(s, e));
  }

  /** Maps a normalised span to the original text. */
  public Span toOriginal(Span normalizedSpan) {
    return toOriginal(normalizedSpan.start(), normalizedSpan.end());
  }

  /** Whether normalisation changed nothing. */
  public boolean isIdentity() {
    return original.equals(normalized);
  }

  private int originalWidth(int i) {
    return Math.max(1, toOriginal[i + 1] - toOriginal[i]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NormalizedText t && original.equals(t.original) && normalized.equals(t.normalized)
        && Arrays.equals(toOriginal, t.toOriginal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, normalized, Arrays.hashCode(toOriginal));
  }

  @Override
  public String toString() {
    return "NormalizedText[" + normalized.length() + " chars from " + original.length() + "]";
  }
}
