package org.sitrep.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.model.DateValue;
import org.sitrep.extract.model.Evidence;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;

/**
 * Event dates from SUTime's normalised DATE entities and day-anchored TIME ones, anchored to the article's publication date:
 * day ("2016-09-17"), week, month ("2016-07"), year. Dates after publication that name a weekday or
 * a day of the month are taken as the past occurrence; "since X" and "until X" are not event dates.
 */
final class DateFinder {
  private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Set<String> CLOCK = Set.of("a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc", "local",
      "time", "hours", "hrs", "noon", "midday", "midnight", "at", "around", "about",
      // parts of a day that SUTime puts on the publication day when no word names the day
      "morning", "afternoon", "evening", "night", "overnight", "dawn", "dusk", "daybreak", "nightfall", "sunrise",
      "sunset", "in", "the", "early", "late", "of", "during");
  private static final Set<String> NOT_EVENT = Set.of("since", "until", "till", "by", "from");

  private final DocContext doc;
  private final LocalDate published;

  DateFinder(DocContext doc) {
    this.doc = doc;
    this.published = doc.analysis().article().published();
  }

  /**
   * The event date for a trigger: a day-precise date of its sentence over a coarser one, "on X" over
   * other mentions, then the nearest; when the sentence has none, a preceding dateline ("25 Sep.").
   */
  DateValue find(Sentence s, int head) {
    DateValue range = writtenRange(doc.analysis().text(), s.span(), published);
    if (range != null) {
      return range;
    }
    DateValue own = inSentence(s, head);
    if (own == null) {
      own = writtenDay(doc.analysis().text(), s.span(), published);
    }
    if (own != null) {
      return own;
    }
    for (int k = s.index() - 1; k >= 0 && k >= s.index() - 2; k--) {
      Sentence prev = doc.analysis().sentences().get(k);
      if (prev.size() <= 5) {
        DateValue dateline = inSentence(prev, prev.firstToken());
        if (dateline != null) {
          return dateline;
        }
      }
    }
    return null;
  }

  private DateValue inSentence(Sentence s, int head) {
    DateValue best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Entity e : doc.analysis().entities(s)) {
      if (!dated(e)) {
        continue;
      }
      if (e.firstToken() > 0 && NOT_EVENT.contains(doc.lower(e.firstToken() - 1))) {
        continue;
      }
      DateValue v = parse(e);
      if (v == null) {
        continue;
      }
      int distance = Math.abs(e.firstToken() - head) + 1000 * Cluster.rank(v.precision());
      if (e.firstToken() > s.firstToken() && doc.lower(e.firstToken() - 1).equals("on")) {
        distance -= 500;
      }
      if (distance < bestDistance) {
        best = v;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * The event date when the event's own sentences give none: the first day-precise, current date
   * the article states (a dateline, "On 12 May" in the lead), else the day before publication with
   * precision "week" — a report's undated past-tense event most often happened the day before it
   * was published, and the event lies within the week before publication.
   */
  DateValue fallback() {
    for (Sentence s : doc.analysis().sentences()) {
      DateValue d = find(s, s.firstToken());
      if (d != null && d.precision().equals("day") && !historical(d)) {
        return d;
      }
    }
    return published == null ? new DateValue(null, "unknown", List.of())
        : new DateValue(published.minusDays(1).toString(), "week", List.of());
  }

  /**
   * A DATE, or a TIME that SUTime anchors to a day with a word that names the day: "Saturday
   * evening" (2024-02-10TEV), "last night", "this morning"; a clock time or a part of the day alone
   * ("at 10 p.m.", "overnight", "in the morning") names no day.
   */
  private boolean dated(Entity e) {
    if (e.normalized() == null) {
      return false;
    }
    if ("DATE".equals(e.type())) {
      return true;
    }
    if (!"TIME".equals(e.type()) || !DAY.matcher(e.normalized()).find()) {
      return false;
    }
    for (int i = e.firstToken(); i < e.endToken(); i++) {
      if (!doc.token(i).pos().equals("CD") && !CLOCK.contains(doc.lower(i))) {
        return true; // "Saturday evening", "last night", "this morning": a word names the day
      }
    }
    return false; // "at 10 p.m.", "overnight": SUTime put it on the publication day; the text does not
  }

  DateValue parse(Entity e) {
    String n = e.normalized();
    List<Evidence> ev = List.of(Evidence.of(e.span(), doc.analysis().text()));
    if (n.equals("PRESENT_REF") && published != null) {
      return new DateValue(published.toString(), "day", ev);
    }
    Matcher m = DAY.matcher(n);
    if (m.find()) {
      try {
        int year = m.group(1).equals("XXXX") ? (published == null ? -1 : published.getYear()) : Integer.parseInt(m.group(1));
        if (year < 0) {
          return null;
        }
        LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (published != null && d.isAfter(published)) {
          if (m.group(1).equals("XXXX")) {
            d = d.minusYears(1);
          } else if (!d.minusDays(7).isAfter(published)) {
            d = d.minusDays(7); // a weekday resolved forward: the report means the past one
          }
        }
        return new DateValue(d.toString(), "day", ev);
      } catch (java.time.DateTimeException ex) {
        return null;
      }
    }
    m = WEEK.matcher(n);
    if (m.find()) {
      return new DateValue(n.substring(0, 8), "week", ev);
    }
    m = MONTH.matcher(n);
    if (m.find()) {
      return new DateValue(n, "month", ev);
    }
    m = YEAR.matcher(n);
    if (m.find()) {
      return new DateValue(n, "year", ev);
    }
    return null;
  }

  /** True when the date lies clearly before the report: background, not news. */
  boolean historical(DateValue d) {
    if (published == null || d == null || d.value() == null) {
      return false;
    }
    String v = d.value();
    switch (d.precision()) {
      case "day" -> {
        return LocalDate.parse(v).isBefore(published.minusDays(7));
      }
      case "month" -> {
        int ym = Integer.parseInt(v.substring(0, 4)) * 12 + Integer.parseInt(v.substring(5, 7));
        return ym < published.getYear() * 12 + published.getMonthValue();
      }
      case "year" -> {
        return Integer.parseInt(v.substring(0, 4)) < published.getYear();
      }
      default -> {
        return false;
      }
    }
  }

  private static final String MONTHS = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String ORD = "(?:st|nd|rd|th)?";
  private static final String JOIN = "\\s*(?:-|\u2013|and|to|&)\\s*";
  /** "15-16 January", "6 and 7 May 2020": a range of days, coded (as ACLED codes one event) by its last day. */
  private static final Pattern DAY_RANGE = Pattern.compile("\\b(\\d{1,2})" + ORD + JOIN + "(\\d{1,2})" + ORD
      + "\\s+(?:of\\s+)?" + MONTHS + "(?:,?\\s+(\\d{4}))?\\b");
  /** "September 18th and 19th", "May 6-7, 2020". */
  private static final Pattern MONTH_RANGE = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})" + ORD + JOIN
      + "(\\d{1,2})" + ORD + "(?:,?\\s+(\\d{4}))?\\b");
  /** "on 03/12", "21/04/2017": day first, as in the reports' British and ACLED usage. */
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])");

  /**
   * A range of days the sentence writes ("On 15-16 January"), as its last day: ACLED codes a
   * two-day note by its last day. Without a year, the latest such day not after publication.
   */
  static DateValue writtenRange(String text, Span sentence, LocalDate published) {
    String s = text.substring(sentence.start(), sentence.end());
    Matcher m = DAY_RANGE.matcher(s);
    if (m.find() && introduced(s, m.start())) {
      return day(text, sentence.start(), m, month(m.group(3)), Integer.parseInt(m.group(2)), m.group(4), published);
    }
    m = MONTH_RANGE.matcher(s);
    if (m.find() && introduced(s, m.start())) {
      return day(text, sentence.start(), m, month(m.group(1)), Integer.parseInt(m.group(3)), m.group(4), published);
    }
    return null;
  }

  /** A range that dates the sentence's event: it opens the sentence or follows "on", "from" or "between". */
  private static boolean introduced(String sentence, int start) {
    String before = sentence.substring(0, start).strip().toLowerCase(java.util.Locale.ROOT);
    return before.isEmpty() || before.endsWith(" on") || before.equals("on") || before.endsWith("between")
        || before.endsWith("from");
  }

  /** A numeric day/month ("on 03/12", "21/04/2017"), which SUTime does not normalise. */
  static DateValue writtenDay(String text, Span sentence, LocalDate published) {
    String s = text.substring(sentence.start(), sentence.end());
    Matcher m = NUMERIC.matcher(s);
    while (m.find()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        String year = m.group(3) == null || m.group(3).length() == 4 ? m.group(3) : "20" + m.group(3);
        DateValue d = day(text, sentence.start(), m, month, Integer.parseInt(m.group(1)), year, published);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static DateValue day(String text, int offset, Matcher m, int month, int day, String year, LocalDate published) {
    if (year == null && published == null) {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(year != null ? Integer.parseInt(year) : published.getYear(), month, day);
      if (year == null && d.isAfter(published)) {
        d = d.minusYears(1);
      }
      Span span = new Span(offset + m.start(), offset + m.end());
      return new DateValue(d.toString(), "day", List.of(Evidence.of(span, text)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static int month(String name) {
    String k = name.toLowerCase(java.util.Locale.ROOT).substring(0, 3);
    return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(k) + 1;
  }
}
