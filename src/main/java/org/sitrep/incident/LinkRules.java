package org.sitrep.incident;

import java.util.Collections;

/**
 * Whether two event mentions may describe one happening (docs/RECONCILIATION.md, "Incidents"):
 * the same type family; dates whose precision windows overlap (one day of slack); places within
 * 25 km plus each place's own uncertainty, or inside the same admin1 / country when a place is only
 * known that coarsely; and actors that do not contradict each other (when both name actors, they
 * share at least one; an unidentified actor contradicts nobody).
 */
public final class LinkRules {
  /** Two points closer than this are one place (SPEC: "within ~25 km"). */
  static final double SAME_PLACE_KM = 25;

  private LinkRules() {}

  public static boolean compatible(LinkFeatures a, LinkFeatures b) {
    return a.family().equals(b.family())
        && a.date() != null && b.date() != null && a.date().overlaps(b.date())
        && samePlace(a, b)
        && actorsAgree(a, b);
  }

  static boolean samePlace(LinkFeatures a, LinkFeatures b) {
    if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
      return false;
    }
    if (a.hasPoint() && b.hasPoint()) {
      double km = GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon());
      return km <= SAME_PLACE_KM + a.radiusKm() + b.radiusKm();
    }
    LinkFeatures coarse = a.hasPoint() ? b : a;
    LinkFeatures other = coarse == a ? b : a;
    return switch (coarse.precision()) {
      case "admin1" -> coarse.admin1() != null && coarse.admin1().equals(other.admin1());
      case "country" -> coarse.country() != null && coarse.country().equals(other.country());
      default -> false;
    };
  }

  static boolean actorsAgree(LinkFeatures a, LinkFeatures b) {
    return a.actors().isEmpty() || b.actors().isEmpty() || !Collections.disjoint(a.actors(), b.actors());
  }
}
