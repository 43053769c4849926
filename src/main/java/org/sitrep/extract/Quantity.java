package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Token;

/**
 * A count read from the text: value, SPEC qualifier (exact, at_least, more_than, at_most, about,
 * range, vague), range bounds, and the tokens {@code [first, end)} it spans (qualifier words
 * included). Vague quantities take ACLED's conventional floors: tens 10, dozens 12, hundreds 100.
 */
public record Quantity(int value, String qualifier, Integer low, Integer high, int first, int end) {
  private static final Map<String, Integer> VAGUE = Map.of(
      "tens", 10, "dozens", 12, "scores", 20, "hundreds", 100, "thousands", 1000);
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("dozen", 12), Map.entry("hundred", 100), Map.entry("thousand", 1000));

  /** Reads the quantity whose number token is {@code token}, looking left for qualifiers. */
  public static Optional<Quantity> at(Analysis a, int token) {
    List<Token> tokens = a.tokens();
    Token t = tokens.get(token);
    String w = t.word().toLowerCase(Locale.ROOT);
    int first = token;
    int end = token + 1;
    Integer value = null;
    String qualifier = "exact";
    if (VAGUE.containsKey(w)) {
      value = VAGUE.get(w);
      qualifier = "vague";
    } else if (t.pos().equals("CD") || "NUMBER".equals(t.ner())) {
      // extend over a multi-token number ("a hundred", "Sixty - two", "1.5 million")
      while (first > 0 && sameNumber(tokens.get(first - 1), t)) {
        first--;
      }
      while (end < tokens.size() && sameNumber(tokens.get(end), t)) {
        end++;
      }
      value = parse(t);
    } else if (WORDS.containsKey(w)) {
      value = WORDS.get(w);
    }
    if (value == null || value < 0) {
      return Optional.empty();
    }
    Integer low = null;
    Integer high = null;
    String norm = t.timex() == null ? "" : t.timex();
    String before1 = first > 0 ? tokens.get(first - 1).word().toLowerCase(Locale.ROOT) : "";
    String before2 = first > 1 ? tokens.get(first - 2).word().toLowerCase(Locale.ROOT) + " " + before1 : "";
    if (before2.equals("at least") || before2.equals("no fewer") || before2.equals("not less") || norm.startsWith(">=")) {
      qualifier = "at_least";
      first = first - (before2.equals("at least") ? 2 : 0);
    } else if (before2.equals("more than") || before2.equals("over") || before1.equals("over")
        || before2.equals("upwards of") || norm.startsWith(">")) {
      qualifier = "more_than";
      first = first - (before2.equals("more than") ? 2 : before1.equals("over") ? 1 : 0);
    } else if (before2.equals("up to") || before2.equals("as many") || before1.equals("nearly")
        || before1.equals("almost") || norm.startsWith("<")) {
      qualifier = before1.equals("nearly") || before1.equals("almost") ? "about" : "at_most";
      first = first - (before2.equals("up to") ? 2 : before1.equals("nearly") || before1.equals("almost") ? 1 : 0);
    } else if (before1.equals("about") || before1.equals("around") || before1.equals("approximately")
        || before1.equals("some") || before1.equals("roughly") || before1.equals("estimated")
        || norm.startsWith("~")) {
      if (!qualifier.equals("vague")) {
        qualifier = "about";
      }
      first = first - (norm.startsWith("~") ? 0 : 1);
    }
    // ranges: "between 10 and 15", "10 to 15", "10-15"
    if (end + 1 < tokens.size()) {
      String next = tokens.get(end).word().toLowerCase(Locale.ROOT);
      Token after = tokens.get(end + 1);
      if ((next.equals("to") || next.equals("and") || next.equals("-") || next.equals("--"))
          && after.pos().equals("CD")) {
        Integer other = parse(after);
        if (other != null && other > value) {
          low = value;
          high = other;
          qualifier = "range";
          end = end + 2;
          if (before1.equals("between")) {
            first = first - 1;
          }
        }
      }
    }
    return Optional.of(new Quantity(value, qualifier, low, high, Math.max(0, first), end));
  }

  private static boolean sameNumber(Token other, Token t) {
    return other.sentence() == t.sentence() && "NUMBER".equals(other.ner()) && "NUMBER".equals(t.ner())
        && java.util.Objects.equals(other.timex(), t.timex()) && t.timex() != null;
  }

  /** The integer value of a number token, from CoreNLP's normalisation or its digits/words. */
  static Integer parse(Token t) {
    String norm = t.timex();
    if (norm != null) {
      String digits = norm.replaceAll("^[<>=~]+", "");
      int dash = digits.indexOf('-', 1);
      if (dash > 0) {
        digits = digits.substring(0, dash);
      }
      try {
        double d = Double.parseDouble(digits);
        if (d >= 0 && d < 1e9 && d == Math.rint(d)) {
          return (int) d;
        }
      } catch (NumberFormatException e) {
        // fall through to the word itself
      }
    }
    String w = t.word().toLowerCase(Locale.ROOT).replace(",", "");
    if (w.matches("\\d{1,9}")) {
      return Integer.parseInt(w);
    }
    return WORDS.get(w);
  }
}
