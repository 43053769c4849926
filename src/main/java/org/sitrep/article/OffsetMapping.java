package org.sitrep.article;

import java.util.Arrays;

/**
 * Builds a rewritten text together with its offset map: {@code map[i]} is the input offset where
 * output char {@code i} starts and {@code map[length]} is the input length. A rewrite that turns
 * several input chars into one keeps the map exact, since each output char covers {@code [map[i],
 * map[i+1])}.
 */
final class OffsetMapping {
  private final StringBuilder out;
  private int[] map;
  private int n;

  OffsetMapping(int capacity) {
    out = new StringBuilder(capacity);
    map = new int[capacity + 1];
  }

  /** Appends output char {@code c} that starts at input offset {@code from}. */
  void append(char c, int from) {
    if (n + 1 >= map.length) {
      map = Arrays.copyOf(map, map.length * 2 + 2);
    }
    out.append(c);
    map[n++] = from;
  }

  /** Appends a code point from input {@code [from, to)}; a surrogate pair splits the range. */
  void appendCodePoint(int cp, int from, int to) {
    if (Character.isBmpCodePoint(cp)) {
      append((char) cp, from);
    } else {
      append(Character.highSurrogate(cp), from);
      append(Character.lowSurrogate(cp), Math.min(from + 1, to - 1));
    }
  }

  String text() {
    return out.toString();
  }

  /** The finished map, for an input of {@code inputLength} chars. */
  int[] map(int inputLength) {
    int[] result = Arrays.copyOf(map, n + 1);
    result[n] = inputLength;
    return result;
  }

  /** {@code outer} after {@code inner}: maps through {@code outer} first, then {@code inner}. */
  static int[] compose(int[] inner, int[] outer) {
    int[] result = new int[outer.length];
    for (int i = 0; i < outer.length; i++) {
      result[i] = inner[outer[i]];
    }
    return result;
  }
}
