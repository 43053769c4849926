package org.sitrep.extract.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lexical features the type model reads from a text: word stems, stem bigrams, and the stems
 * of the opening words (where a lead names its main event) marked apart. Computed from the surface
 * text alone, so fitting on thousands of notes needs no parser and the features at run time are
 * exactly those of fitting.
 */
public final class TypingFeatures {
  /** Words at the start of the text whose stems also count as "lead" features. */
  static final int LEAD_WORDS = 14;

  private TypingFeatures() {}

  public static List<String> of(String text) {
    List<String> stems = stems(Boilerplate.strip(text));
    List<String> out = new ArrayList<>(stems.size() * 3 + 1);
    out.add("bias");
    String prev = "<s>";
    for (int i = 0; i < stems.size(); i++) {
      String s = stems.get(i);
      out.add("u:" + s);
      out.add("b:" + prev + "_" + s);
      if (i < LEAD_WORDS) {
        out.add("l:" + s);
      }
      prev = s;
    }
    return out;
  }

  /** Lower-cased word stems; numbers become "0". */
  static List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '\''
            && j + 1 < n && Character.isLetter(text.charAt(j + 1)))) {
          j++;
        }
        out.add(stem(text.substring(i, j).toLowerCase(Locale.ROOT)));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  /** A light suffix stemmer: "attacked", "attacks", "attacking" all read "attack". */
  static String stem(String w) {
    if (Character.isDigit(w.charAt(0))) {
      return "0";
    }
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    int n = w.length();
    if (n > 5 && w.endsWith("ing")) {
      return undouble(w.substring(0, n - 3));
    }
    if (n > 4 && w.endsWith("ied")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
      return undouble(w.substring(0, n - 2));
    }
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
      return w.substring(0, n - 1);
    }
    return w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
  }
}
