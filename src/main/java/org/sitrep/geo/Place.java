package org.sitrep.geo;

/**
 * A GeoNames populated place (cities500): id, primary name, point, ISO country code, GeoNames admin1
 * code, feature code ("PPLC" capital, "PPLA" admin1 seat, "PPL" ...), population (0 when unknown).
 * An admin unit ({@link #isAdmin1Unit}, {@link #isAdmin2Unit}) has feature "ADM1" or "ADM2", a point
 * and population derived from its places, and a negative id: GeoNames' id of the unit is not known.
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

  /** A province, state, county or governorate rather than a settlement. */
  public boolean isAdmin1Unit() {
    return featureCode.equals(AdminUnits.Level.ADM1.feature);
  }

  /** A district, zila, raion or (US) county: a second-level unit rather than a settlement. */
  public boolean isAdmin2Unit() {
    return featureCode.equals(AdminUnits.Level.ADM2.feature);
  }

  /** The GeoNames id, or null for an admin unit (whose id is synthetic). */
  public Long knownGeonameId() {
    return geonameId > 0 ? geonameId : null;
  }

  /** How far from a district's centre (the mean of its places) one of its places may lie. */
  private static final double ADMIN2_KM = 80;
  /** How far from a town that stands for its area ("Bogra" for the district) a place in it may lie. */
  private static final double SETTLEMENT_AREA_KM = 60;

  /**
   * Whether this place may lie inside {@code container}, a unit or town the text names after it
   * ("Tonala, Chiapas", "Sherpur upazila (Bogra, Rajshahi)"): in the same country and first-level
   * unit, and for a district within {@value #ADMIN2_KM} km of its centre, for a town standing for
   * its area within {@value #SETTLEMENT_AREA_KM} km, unless it is a first-level seat ("Recife" for
   * Pernambuco), which stands for the whole unit.
   */
  public boolean within(Place container) {
    if (equals(container) || !countryCode.equals(container.countryCode)
        || !java.util.Objects.equals(admin1Code, container.admin1Code)) {
      return false;
    }
    if (container.isAdmin1Unit() || container.featureCode.equals("PPLA")) {
      return true;
    }
    return distanceKm(container) <= (container.isAdmin2Unit() ? ADMIN2_KM : SETTLEMENT_AREA_KM);
  }

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
