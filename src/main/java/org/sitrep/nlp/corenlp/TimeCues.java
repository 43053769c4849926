package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words without which SUTime finds nothing in a sentence that CoreNLP's plain number rules do
 * not find as well: names and parts of dates and times (months, weekdays, "yesterday", "night",
 * "ago", "recently"), units of time, ordinals, decades, holidays, currencies and percent, number
 * words, and tokens with a year, a clock time, a numeric date or an ordinal suffix. The list is
 * generous on purpose: a sentence wrongly taken as timed only costs SUTime's time; one wrongly
 * taken as untimed would lose a date. {@code TimeGatedNerIT} checks the gated step against
 * CoreNLP's own on written sentences of every kind.
 */
final class TimeCues {
  private static final Set<String> TIME_WORDS = Set.copyOf(Arrays.asList((
      // months and weekdays, full and abbreviated
      "january february march april may june july august september october november december "
      + "jan feb mar apr jun jul aug sep sept oct nov dec "
      + "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
      + "mondays tuesdays wednesdays thursdays fridays saturdays sundays weekday weekdays "
      // days and parts of days
      + "today tonight yesterday tomorrow morning mornings afternoon afternoons evening evenings night nights "
      + "overnight midnight noon midday dawn dusk daybreak sunrise sunset nightfall daytime nighttime night-time "
      // units and periods of time
      + "day days daily week weeks weekly weekend weekends fortnight fortnights month months monthly year years "
      + "yearly annual annually decade decades century centuries millennium hour hours hourly minute minutes "
      + "second seconds quarter quarters quarterly biannual biweekly season seasons spring summer autumn fall "
      + "winter springs summers autumns winters "
      // reference to the present, past, future
      + "now currently recently lately ago earlier later past present future nowadays formerly once soon shortly "
      + "previously time times current nightly fiscal "
      + "last next previous "
      // clock and zones
      + "a.m. p.m. am pm o'clock gmt utc bst est edt pst cet eet "
      // ordinals and decades
      + "first third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth thirtieth "
      + "hundredth thousandth twenties thirties forties fifties sixties seventies eighties nineties "
      // holidays
      + "christmas easter ramadan eid thanksgiving halloween hanukkah passover diwali nowruz").split(" ")));

  /** Words of number, money and percent expressions, which SUTime's number step reads. */
  private static final Set<String> NUMBER_WORDS = Set.copyOf(Arrays.asList((
      // money and percent
      "percent per cent pct % $ € £ ¥ dollar dollars euro euros pound pounds yen yuan rupee rupees naira "
      + "shilling shillings peso pesos rand dinar dinars riyal riyals rial rials lira cents cent usd eur gbp "
      // number words
      + "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
      + "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen dozens hundred "
      + "hundreds thousand thousands million millions billion billions trillion").split(" ")));


  /** A year, a clock time, a numeric date, an ordinal or decade suffix, an age or period. */
  private static final Pattern TIME_SHAPES = Pattern.compile(".*\\d{4}.*|.*\\d[:/.]\\d.*|\\d+(st|nd|rd|th|s)|'\\d\\ds?"
      + "|.*-(year|month|week|day|hour|minute|second)s?(-old)?.*");
  /** "sixty-two". */
  private static final Pattern NUMBER_SHAPES = Pattern.compile("(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-.*");

  /** What SUTime could find in a sentence. */
  enum Kind {
    /** Nothing that CoreNLP's plain number rules do not find as well. */
    NONE,
    /** Numbers, money or percent in words, which SUTime's number step reads, but no time. */
    NUMBER,
    /** Possibly a date, time, duration or set. */
    TIME
  }

  private TimeCues() {}

  /** What the sentence's tokens could be part of: a time, else a number or money expression, else neither. */
  static Kind of(List<CoreLabel> tokens) {
    Kind kind = Kind.NONE;
    for (CoreLabel t : tokens) {
      if (isTimeWord(t)) {
        return Kind.TIME;
      }
      if (isNumberWord(t)) {
        kind = Kind.NUMBER;
      }
    }
    return kind;
  }

  /** A word that can start or be part of a date, time, duration or set. */
  static boolean isTimeWord(CoreLabel t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
    // "Sep.", "Tues.": an abbreviation keeps its full stop in the token
    String bare = w.length() > 2 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    return TIME_WORDS.contains(w) || TIME_WORDS.contains(bare) || TIME_WORDS.contains(lemma)
        || TIME_SHAPES.matcher(w).matches();
  }

  /** A word of a number, money or percent expression that SUTime's number step reads. */
  static boolean isNumberWord(CoreLabel t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
    return NUMBER_WORDS.contains(w) || NUMBER_WORDS.contains(lemma) || NUMBER_SHAPES.matcher(w).matches();
  }

  /**
   * The stretches of a sentence that SUTime's time rules need: every time word with {@code reach}
   * tokens either side, stretches that touch or overlap joined, each widened over a number, money or
   * percent expression at its edge so none is cut in two. As {@code [begin, end)} token indices.
   */
  static List<int[]> windows(List<CoreLabel> tokens, int reach) {
    List<int[]> out = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      if (!isTimeWord(tokens.get(i))) {
        continue;
      }
      int begin = Math.max(0, i - reach);
      int end = Math.min(n, i + reach + 1);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && begin <= last[1]) {
        last[1] = Math.max(last[1], end);
      } else {
        out.add(new int[] {begin, end});
      }
    }
    List<int[]> widened = new ArrayList<>();
    for (int[] w : out) {
      int begin = w[0];
      int end = w[1];
      while (begin > 0 && isNumeric(tokens.get(begin - 1))) {
        begin--;
      }
      while (end < n && isNumeric(tokens.get(end))) {
        end++;
      }
      int[] last = widened.isEmpty() ? null : widened.get(widened.size() - 1);
      if (last != null && begin <= last[1]) {
        last[1] = Math.max(last[1], end);
      } else {
        widened.add(new int[] {begin, end});
      }
    }
    return widened;
  }

  /** A token that can be inside a number, money or percent expression ("one hundred and five", "$ 3"). */
  private static boolean isNumeric(CoreLabel t) {
    String tag = t.tag();
    String w = t.word().toLowerCase(Locale.ROOT);
    return "CD".equals(tag) || "$".equals(tag) || isNumberWord(t) || w.equals("and") || w.equals("-")
        || w.equals(",") || w.equals("a") || w.equals("%") || w.equals("point");
  }
}
