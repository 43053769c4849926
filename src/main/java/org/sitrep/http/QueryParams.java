package org.sitrep.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.extract.EventType;
import org.sitrep.store.IncidentQuery;
import org.sitrep.store.export.IncidentFormat;

/**
 * The query parameters of the incident endpoints, validated: the filters of {@code sitrep incidents}
 * ({@code since}, {@code until}, {@code country}, {@code type}, {@code actor}, {@code grade}, {@code
 * bbox}), the page's text search {@code q}, paging ({@code offset}, {@code limit}) and {@code format}.
 * A bad value is an {@link ApiProblem} 400 naming the parameter.
 */
final class QueryParams {
  static final int MAX_LIMIT = 1000;
  static final int DEFAULT_LIMIT = 100;
  static final Set<String> TYPES = types();

  private QueryParams() {}

  static IncidentQuery incidentQuery(Context ctx) {
    LocalDate since = date(ctx, "since");
    LocalDate until = date(ctx, "until");
    if (since != null && until != null && until.isBefore(since)) {
      throw ApiProblem.badParameter("until", "until " + until + " is before since " + since);
    }
    String country = text(ctx, "country");
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      throw ApiProblem.badParameter("country", "country must be an ISO 3166 alpha-2 code, got '" + country + "'");
    }
    String type = text(ctx, "type");
    if (type != null && !TYPES.contains(type.toLowerCase(Locale.ROOT))) {
      throw ApiProblem.badParameter("type", "type must be one of the 30 event types or their event_type"
          + " (GET /api/types), got '" + type + "'");
    }
    String grade = text(ctx, "grade");
    if (grade != null && !IncidentQuery.GRADES.contains(grade)) {
      throw ApiProblem.badParameter("grade", "grade must be one of " + new TreeSet<>(IncidentQuery.GRADES)
          + ", got '" + grade + "'");
    }
    IncidentQuery.BBox bbox = null;
    String box = text(ctx, "bbox");
    if (box != null) {
      try {
        bbox = IncidentQuery.BBox.parse(box);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badParameter("bbox", e.getMessage().replace("--bbox", "bbox"));
      }
    }
    return new IncidentQuery(since, until, country, type, text(ctx, "actor"), grade, bbox);
  }

  /** The free-text search, lower-cased, or null. */
  static String search(Context ctx) {
    String q = text(ctx, "q");
    if (q != null && q.length() > 200) {
      throw ApiProblem.badParameter("q", "q must be at most 200 characters");
    }
    return q == null ? null : q.toLowerCase(Locale.ROOT);
  }

  static int offset(Context ctx) {
    return ctx.queryParamAsClass("offset", Integer.class)
        .check(v -> v >= 0, "must be a whole number >= 0").getOrDefault(0);
  }

  static int limit(Context ctx) {
    return ctx.queryParamAsClass("limit", Integer.class)
        .check(v -> v >= 1 && v <= MAX_LIMIT, "must be a whole number from 1 to " + MAX_LIMIT)
        .getOrDefault(DEFAULT_LIMIT);
  }

  static IncidentFormat format(Context ctx) {
    String f = text(ctx, "format");
    try {
      return f == null ? IncidentFormat.JSON : IncidentFormat.parse(f);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badParameter("format", e.getMessage().replace("--format", "format"));
    }
  }

  /** A positive id in the path. */
  static long id(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      long id = Long.parseLong(raw);
      if (id >= 1) {
        return id;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw ApiProblem.badParameter("id", "id must be a positive whole number, got '" + raw + "'");
  }

  private static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badParameter(name, name + " must be a date YYYY-MM-DD, got '" + v + "'");
    }
  }

  private static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static Set<String> types() {
    Set<String> s = new TreeSet<>();
    Arrays.stream(EventType.values()).forEach(t -> {
      s.add(t.label().toLowerCase(Locale.ROOT));
      s.add(t.parent().toLowerCase(Locale.ROOT));
    });
    return Set.copyOf(s);
  }
}
