package org.sitrep.geo;

/**
 * A GeoNames populated place (cities500): id, primary name, point, ISO country code, GeoNames admin1
 * code, feature code ("PPLC" capital, "PPLA" admin1 seat, "PPL" ...), population (0 when unknown).
 */
public record Place(
    long geonameId,
    String name,
    double lat,
    double lon,
    String countryCode,
    String admin1Code,
    String featureCode,
    long population) {

  /** Great-circle distance in kilometres. */
  public double distanceKm(double otherLat, double otherLon) {
    double p1 = Math.toRadians(lat);
    double p2 = Math.toRadians(otherLat);
    double dp = p2 - p1;
    double dl = Math.toRadians(otherLon - lon);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  public double distanceKm(Place other) {
    return distanceKm(other.lat, other.lon);
  }
}
