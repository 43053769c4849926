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

/**
 * Event dates from SUTime's normalised DATE entities, anchored to the article's publication date:
 * day ("2016-09-17"), week, month ("2016-07"), year. Dates after publication that name a weekday or
 * a day of the month are taken as the past occurrence; "since X" and "until X" are not event dates.
 */
final class DateFinder {
  private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
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
    DateValue own = inSentence(s, head);
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
      if (!"DATE".equals(e.type()) || e.normalized() == null) {
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

  /** The publication date as the event date when the text gives none. */
  DateValue fallback() {
    return published == null ? new DateValue(null, "unknown", List.of())
        : new DateValue(published.toString(), "week", List.of());
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
}
