package org.sitrep.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ACLED's {@code event_date} in the formats devscore.py accepts, tried in its order: {@code 31-Dec-19},
 * {@code 31 December 2019}, {@code 2019-12-31}, {@code 31-12-19}. Two-digit years follow Python's
 * {@code %y}: 69–99 are 1969–1999, 00–68 are 2000–2068. Months are matched without regard to case.
 */
public final class AcledDates {
  private static final List<DateTimeFormatter> FORMATS = List.of(
      dayFirst("-", "MMM", "-", true),
      dayFirst(" ", "MMMM", " ", false),
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
      dayFirst("-", null, "-", true));

  private AcledDates() {}

  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (DateTimeFormatter f : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(text, f));
      } catch (DateTimeParseException e) {
        // try the next format, as devscore does
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter dayFirst(String sep1, String monthText, String sep2, boolean twoDigitYear) {
    DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive()
        .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
        .appendLiteral(sep1);
    if (monthText == null) {
      b.appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE);
    } else {
      b.appendPattern(monthText);
    }
    b.appendLiteral(sep2);
    if (twoDigitYear) {
      b.appendValueReduced(ChronoField.YEAR, 2, 2, 1969);
    } else {
      b.appendValue(ChronoField.YEAR, 4);
    }
    return b.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }
}
