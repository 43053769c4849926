package org.sitrep.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Filters of {@code sitrep incidents}; null means no filter. {@code since}/{@code until} keep
 * incidents whose date window touches the range; {@code type} matches the type or its parent
 * event_type; {@code actor} is a case-insensitive part of an actor's name; {@code bbox} keeps
 * incidents whose point lies inside.
 */
public record IncidentQuery(LocalDate since, LocalDate until, String country, String type, String actor,
    String grade, BBox bbox) {
  public static final Set<String> GRADES = Set.of("corroborated", "single_source", "contested", "denied");

  public IncidentQuery {
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException("--until " + until + " is before --since " + since);
    }
    if (grade != null && !GRADES.contains(grade)) {
      throw new IllegalArgumentException("--grade must be one of corroborated, single_source, contested, denied; got '"
          + grade + "'");
    }
    country = country == null ? null : country.toUpperCase(Locale.ROOT);
  }

  public static IncidentQuery all() {
    return new IncidentQuery(null, null, null, null, null, null, null);
  }

  /** A box of longitudes and latitudes (degrees): west, south, east, north. */
  public record BBox(double minLon, double minLat, double maxLon, double maxLat) {
    public BBox {
      if (!(minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90 && minLon <= maxLon
          && minLat <= maxLat)) {
        throw new IllegalArgumentException("--bbox must be minLon,minLat,maxLon,maxLat within -180..180, -90..90,"
            + " min <= max; got " + minLon + "," + minLat + "," + maxLon + "," + maxLat);
      }
    }

    public static BBox parse(String text) {
      String[] parts = text.split(",");
      if (parts.length != 4) {
        throw new IllegalArgumentException("--bbox must be four numbers minLon,minLat,maxLon,maxLat; got '" + text + "'");
      }
      double[] v = new double[4];
      for (int i = 0; i < 4; i++) {
        try {
          v[i] = Double.parseDouble(parts[i].strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--bbox: '" + parts[i] + "' is not a number (in '" + text + "')");
        }
      }
      return new BBox(v[0], v[1], v[2], v[3]);
    }
  }
}
