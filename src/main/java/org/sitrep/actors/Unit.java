package org.sitrep.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.Token;

/**
 * One matching unit: a token, or a piece of a hyphenated token ("US-led" gives "US" and "led"), so
 * that aliases written "al-Shabab" and "al Shabab" meet. {@code norm} is lower case without accents or
 * dots; {@code raw} is the surface; {@code pos} is null when the unit comes from a bare phrase.
 */
record Unit(String norm, String raw, int token, Span span, String pos) {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PIECES = Pattern.compile("[^-/\u2010\u2011\u2013]+");
  private static final Pattern HYPHENS = Pattern.compile("[-/\u2010\u2011\u2013]+");
  private static final Pattern PHRASE_WORDS =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&]*|'s|'|[^\\s\\p{L}\\p{N}-/]");

  /** Lower case, no accents, straight apostrophes, no dots inside words. */
  static String norm(String raw) {
    String s = MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    return s.length() > 1 ? s.replace(".", "") : s;
  }

  boolean isCapitalized() {
    return !raw.isEmpty() && (Character.isUpperCase(raw.charAt(0)) || Character.isDigit(raw.charAt(0)));
  }

  /** Capitals (dots ignored), as acronyms are written: "UN", "U.N.", "ISKP". */
  boolean rawEqualsAcronym(String acronym) {
    return raw.replace(".", "").equals(acronym.replace(".", ""));
  }

  boolean isNoun() {
    return pos != null && pos.startsWith("NN");
  }

  /** The units of one sentence of an analysed article. */
  static List<Unit> of(Analysis analysis, Sentence sentence) {
    List<Unit> out = new ArrayList<>();
    for (Token t : analysis.tokens(sentence)) {
      if (HYPHENS.matcher(t.word()).matches()) {
        continue; // "US - led" tokenised apart meets the alias "US-led"
      }
      addPieces(out, t.word(), t.index(), t.span().start(), t.pos());
    }
    return out;
  }

  /** The units of a bare phrase (a dictionary alias or a lookup string); tokens count words. */
  static List<Unit> of(String phrase) {
    List<Unit> out = new ArrayList<>();
    Matcher m = PHRASE_WORDS.matcher(phrase);
    int word = 0;
    while (m.find()) {
      String w = m.group();
      int start = m.start();
      if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
        addPieces(out, w.substring(0, w.length() - 2), word++, start, null);
        out.add(new Unit("'s", w.substring(w.length() - 2), word++, new Span(start + w.length() - 2,
            start + w.length()), null));
      } else if (w.length() > 1 && (w.endsWith("'") || w.endsWith("’"))) {
        addPieces(out, w.substring(0, w.length() - 1), word++, start, null);
        out.add(new Unit("'", "'", word++, new Span(start + w.length() - 1, start + w.length()), null));
      } else {
        addPieces(out, w, word++, start, null);
      }
    }
    return out;
  }

  private static void addPieces(List<Unit> out, String word, int token, int offset, String pos) {
    Matcher m = PIECES.matcher(word);
    boolean any = false;
    while (m.find()) {
      any = true;
      String piece = m.group();
      out.add(new Unit(norm(piece), piece, token, new Span(offset + m.start(), offset + m.end()), pos));
    }
    if (!any) {
      out.add(new Unit(norm(word), word, token, new Span(offset, offset + word.length()), pos));
    }
  }

  /** The norms of units {@code [from, to)} joined by single spaces: the lookup key. */
  static String key(List<Unit> units, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(units.get(k).norm());
    }
    return b.toString();
  }
}
