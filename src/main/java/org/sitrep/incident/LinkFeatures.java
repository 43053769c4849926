package org.sitrep.incident;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.extract.model.ActorRef;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Location;

/**
 * What linking compares of one event mention: its type family, mode, date window, place (point,
 * country, admin1 and precision) and the names of its actors. Stored beside each mention so that
 * candidates are compared without reading their full records.
 */
public record LinkFeatures(
    String family,
    String mode,
    DateWindow date,
    Double lat,
    Double lon,
    String country,
    String admin1,
    String precision,
    Set<String> actors) {
  /** Actor names that say nothing about who acted: never a conflict, never a match. */
  private static final String UNIDENTIFIED = "Unidentified";

  public LinkFeatures {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(mode, "mode");
    precision = precision == null ? "unknown" : precision;
    actors = Set.copyOf(actors);
  }

  public static LinkFeatures of(EventMention e, LocalDate published) {
    String mode = e.mode() == null ? "reported" : e.mode();
    DateWindow date = DateWindow.of(e.date(), published, mode.equals("historical")).orElse(null);
    Location l = e.location();
    Set<String> actors = new TreeSet<>();
    addActor(actors, e.actor1());
    addActor(actors, e.actor2());
    return new LinkFeatures(TypeFamily.of(e.type(), e.event_type()), mode, date,
        l == null ? null : l.lat(), l == null ? null : l.lon(), l == null ? null : l.country(),
        l == null ? null : l.admin1(), l == null ? null : l.precision(), actors);
  }

  private static void addActor(Set<String> actors, ActorRef a) {
    if (a != null && a.name() != null && !a.name().startsWith(UNIDENTIFIED)) {
      actors.add(a.name());
    }
  }

  /** Mentions of events reported as happened, recalled, or denied take part in incidents. */
  public boolean linkable() {
    return date != null && (mode.equals("reported") || mode.equals("historical") || mode.equals("denied"))
        && (hasPoint() || country != null);
  }

  /** A point place (within ~25 km) and a date within a week: such mentions may join incidents. */
  public boolean precise() {
    return hasPoint() && date != null && date.precise();
  }

  public boolean hasPoint() {
    return lat != null && lon != null && radiusKm() >= 0;
  }

  /** How far from its point the place may be: exact 0, near 25 km, admin2 50 km; -1 when coarser. */
  double radiusKm() {
    return switch (precision) {
      case "exact" -> 0;
      case "near" -> 25;
      case "admin2" -> 50;
      default -> -1;
    };
  }

  /** Actor names joined for storage ({@code |}-separated, sorted). */
  public String actorsText() {
    return String.join("|", actors);
  }

  public static Set<String> actorsFrom(String text) {
    return text == null || text.isEmpty() ? Set.of() : new TreeSet<>(List.copyOf(Arrays.asList(text.split("\\|"))));
  }
}
