package org.sitrep.article;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date of an ISO-8601-like timestamp as written: {@code 2016-09-17}, {@code
 * 2016-09-17T10:00:00Z}, {@code 2016-09-17T10:00:00.5+03:00}, {@code 2016-09-17 10:00}, {@code
 * 20160917}. The date is the one in the writer's own offset (the publisher's "today"), not
 * converted to UTC.
 */
final class IsoDates {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ]\\d{2}(?::?\\d{2}(?::?\\d{2}(?:[.,]\\d+)?)?)?"
          + "\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");

  private IsoDates() {}

  static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
