package org.sitrep.incident;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.sitrep.extract.model.DateValue;

/**
 * The days an event may have happened on, as epoch days {@code [lo, hi]}, following the date's
 * precision: a day is itself, a week three days either side, a month or a year its whole span. A
 * date of unknown precision falls back to the three days before publication for a reported event;
 * a background (historical) event without a date has no window and is not linked.
 */
public record DateWindow(long lo, long hi) {
  /** Reports of one event may date it a day apart (overnight events, time zones, late reports). */
  public static final int SLACK_DAYS = 1;
  /** Windows wider than this are coarse: they never bridge two incidents. */
  static final int PRECISE_DAYS = 7;

  public DateWindow {
    if (hi < lo) {
      throw new IllegalArgumentException("date window ends before it starts: " + lo + ".." + hi);
    }
  }

  public static Optional<DateWindow> of(DateValue date, LocalDate published, boolean historical) {
    Optional<DateWindow> stated = date == null ? Optional.empty() : parse(date.value(), date.precision());
    if (stated.isPresent() || historical || published == null) {
      return stated;
    }
    return Optional.of(new DateWindow(published.toEpochDay() - 3, published.toEpochDay()));
  }

  public static Optional<DateWindow> parse(String value, String precision) {
    if (value == null || precision == null || precision.equals("unknown")) {
      return Optional.empty();
    }
    try {
      if (value.length() >= 10) {
        long day = LocalDate.parse(value.substring(0, 10)).toEpochDay();
        return Optional.of(switch (precision) {
          case "week" -> new DateWindow(day - 3, day + 3);
          case "month" -> month(YearMonth.from(LocalDate.ofEpochDay(day)));
          case "year" -> year(LocalDate.ofEpochDay(day).getYear());
          default -> new DateWindow(day, day);
        });
      }
      if (value.length() == 7) {
        return Optional.of(month(YearMonth.parse(value)));
      }
      if (value.length() == 4) {
        return Optional.of(year(Integer.parseInt(value)));
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static DateWindow month(YearMonth m) {
    return new DateWindow(m.atDay(1).toEpochDay(), m.atEndOfMonth().toEpochDay());
  }

  private static DateWindow year(int y) {
    return new DateWindow(LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay());
  }

  /** Whether the two windows overlap, allowing {@link #SLACK_DAYS} between reports. */
  public boolean overlaps(DateWindow o) {
    return lo - SLACK_DAYS <= o.hi && o.lo - SLACK_DAYS <= hi;
  }

  public boolean precise() {
    return hi - lo < PRECISE_DAYS;
  }

  public LocalDate first() {
    return LocalDate.ofEpochDay(lo);
  }

  public LocalDate last() {
    return LocalDate.ofEpochDay(hi);
  }
}
