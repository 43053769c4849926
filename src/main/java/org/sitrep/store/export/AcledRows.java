package org.sitrep.store.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.incident.Incident;

/**
 * Incidents as ACLED rows: ACLED's column names in ACLED's order, and its conventions: {@code
 * event_id_cnty} the ISO3 code and a number, {@code event_date} YYYY-MM-DD, {@code time_precision}
 * 1 day / 2 week / 3 month or coarser, {@code geo_precision} 1 the place / 2 near it or its district
 * / 3 province or country, {@code interaction} the two inter codes lower first (one actor: inter1
 * and 0), {@code fatalities} the best (most conservative) figure and 0 when none is reported, the
 * country by ACLED's name. Columns Sitrep has nothing for ({@code iso}, {@code region}, {@code
 * admin2}, {@code admin3}, {@code source_scale}, {@code timestamp}) are empty. Sitrep's crisis types
 * (outside ACLED) keep their names with an empty {@code disorder_type}.
 */
final class AcledRows {
  static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
      "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
      "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
      "fatalities", "tags", "timestamp");

  private AcledRows() {}

  static List<Object> row(Incident i) {
    Incident.Where l = i.location();
    Country country = l == null || l.country() == null ? null : Countries.shared().byCode(l.country()).orElse(null);
    String date = i.date() == null ? null : i.date().value();
    Integer inter1 = i.actor1() == null ? null : i.actor1().inter();
    Integer inter2 = i.actor2() == null ? null : i.actor2().inter();
    List<Object> r = new ArrayList<>();
    r.add((country == null ? "XXX" : country.iso3()) + i.id());
    r.add(isoDay(date));
    r.add(date == null || date.length() < 4 ? null : date.substring(0, 4));
    r.add(timePrecision(i.date() == null ? null : i.date().precision()));
    r.add(disorderType(i.type(), i.event_type()));
    r.add(i.event_type());
    r.add(i.type());
    r.add(i.actor1() == null ? null : i.actor1().name());
    r.add(null);
    r.add(inter1);
    r.add(i.actor2() == null ? null : i.actor2().name());
    r.add(null);
    r.add(inter2);
    r.add(interaction(inter1, inter2));
    r.add(Integer.valueOf(7).equals(inter2) ? "Civilian targeting" : null);
    r.add(null);
    r.add(null);
    r.add(country == null ? null : Countries.shared().acledName(country));
    r.add(l == null ? null : l.admin1());
    r.add(null);
    r.add(null);
    r.add(l == null ? null : l.name());
    r.add(l == null || l.lat() == null ? null : String.format(Locale.ROOT, "%.4f", l.lat()));
    r.add(l == null || l.lon() == null ? null : String.format(Locale.ROOT, "%.4f", l.lon()));
    r.add(geoPrecision(l == null ? null : l.precision()));
    r.add(String.join("; ", IncidentFormat.outlets(i)));
    r.add(null);
    r.add(notes(i));
    r.add(i.fatalities() == null || i.fatalities().best() == null ? 0 : i.fatalities().best());
    r.add("sitrep_grade=" + i.grade() + "; sitrep_sources=" + i.sources());
    r.add(null);
    return r;
  }

  /** A date of day precision as is; a month or year as its first day (ACLED codes a day always). */
  static String isoDay(String date) {
    if (date == null) {
      return null;
    }
    return switch (date.length()) {
      case 4 -> date + "-01-01";
      case 7 -> date + "-01";
      default -> LocalDate.parse(date.substring(0, 10)).toString();
    };
  }

  static Integer timePrecision(String precision) {
    return precision == null ? 3 : switch (precision) {
      case "day" -> 1;
      case "week" -> 2;
      default -> 3;
    };
  }

  static Integer geoPrecision(String precision) {
    return precision == null ? 3 : switch (precision) {
      case "exact" -> 1;
      case "near", "admin2" -> 2;
      default -> 3;
    };
  }

  static String interaction(Integer inter1, Integer inter2) {
    if (inter1 == null) {
      return null;
    }
    int a = inter2 == null ? inter1 : Math.min(inter1, inter2);
    int b = inter2 == null ? 0 : Math.max(inter1, inter2);
    return a + "" + b;
  }

  static String disorderType(String type, String eventType) {
    if (eventType == null) {
      return null;
    }
    return switch (eventType) {
      case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
      case "Protests" -> "Excessive force against protesters".equals(type) ? "Political violence; Demonstrations"
          : "Demonstrations";
      case "Riots" -> "Violent demonstration".equals(type) ? "Demonstrations" : "Political violence";
      case "Strategic developments" -> "Strategic developments";
      default -> null;
    };
  }

  private static String notes(Incident i) {
    StringBuilder s = new StringBuilder();
    s.append("On ").append(i.date() == null || i.date().value() == null ? "an unknown date" : i.date().value());
    s.append(", ").append(i.type() == null ? "an event" : i.type());
    if (i.location() != null && i.location().name() != null) {
      s.append(" in ").append(i.location().name());
    }
    s.append(". Sitrep incident ").append(i.id()).append(": ").append(i.mentions().size()).append(" report(s), ")
        .append(i.sources()).append(" independent source(s), ").append(i.grade().replace('_', ' '));
    if (i.fatalities() != null) {
      s.append("; fatalities low ").append(i.fatalities().low()).append(", best ").append(i.fatalities().best())
          .append(", high ").append(i.fatalities().high());
    }
    return s.append('.').toString();
  }
}
