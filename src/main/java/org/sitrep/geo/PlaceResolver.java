package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses one place among a name's candidates, by evidence in this order of strength: countries
 * named (or implied by demonyms) in the article; countries implied by its unambiguous places (a
 * sole candidate CoreNLP tags as a location or that is an admin1 unit, or a capital or admin seat that
 * dwarfs its namesakes);
 * distance to those anchor places; then feature code (capital, admin1 seat) and population. Ties
 * keep the candidate list's order (most populous, then lowest GeoNames id): deterministic.
 */
final class PlaceResolver {
  private static final double NAMED_COUNTRY = 4.0;
  private static final double IMPLIED_COUNTRY = 2.0;
  private static final double PROXIMITY_WEIGHT = 2.0;
  private static final double PROXIMITY_KM = 150.0;
  private static final double PLAUSIBLE_KM = 500.0;
  /** How far from the article's other context a lone minor place may lie and still imply its country. */
  private static final double CONTEXT_KM = 2500.0;
  private static final long DOMINANT_POPULATION = 100_000;
  /** A place outside the article's countries must be this big (or a capital) to be meant from afar. */
  private static final long FAR_KNOWN_POPULATION = 1_000_000;
  /** A famous city beats village namesakes even when those lie nearer the article's other places. */
  private static final double DOMINANT_BONUS = 1.5;

  private final Set<String> named = new HashSet<>();
  private final Set<String> implied = new HashSet<>();
  private final List<Place> anchors = new ArrayList<>();
  private final Map<Place, String> anchorKeys = new HashMap<>();

  PlaceResolver(List<NameMatch> matches) {
    this(matches, null);
  }

  /**
   * Resolves with the country the outlet's name declares ("Daily Nation (Kenya)") as context: it
   * counts as a country the text implies, weaker than one it names.
   */
  PlaceResolver(List<NameMatch> matches, Country outlet) {
    for (NameMatch m : matches) {
      if (m.country() != null && !m.isPlace()) {
        named.add(m.country().iso2());
      }
    }
    if (outlet != null && !named.contains(outlet.iso2())) {
      implied.add(outlet.iso2());
    }
    List<Place> strong = new ArrayList<>();
    addAnchors(matches, true, strong, outlet);
    addAnchors(matches, false, strong, outlet);
  }

  /**
   * Strong anchors first (a dominant seat, a sole admin1 unit), then weak ones (a sole candidate
   * tagged a location). A weak anchor abroad implies its country only when nothing else gives
   * context, or when it lies within {@value #CONTEXT_KM} km of a strong anchor or of the outlet's
   * country: a lone foreign namesake of a village cities500 lacks ("Kiunga" in a Kenyan paper) does
   * not make its own country the article's.
   */
  private void addAnchors(List<NameMatch> matches, boolean strongPass, List<Place> strong, Country outlet) {
    for (NameMatch m : matches) {
      if (!m.isPlace()) {
        continue;
      }
      Place best = choose(m, false);
      boolean isStrong = dominant(m.candidates()) || (m.candidates().size() == 1 && best.isAdmin1Unit());
      boolean isWeak = !isStrong && m.candidates().size() == 1 && m.taggedLocation();
      if (strongPass != isStrong || (!strongPass && !isWeak && !named.contains(best.countryCode()))) {
        continue;
      }
      boolean consistent = named.isEmpty() ? isStrong || nearContext(best, strong, outlet)
          : named.contains(best.countryCode());
      if ((isStrong || isWeak) && consistent) {
        implied.add(best.countryCode());
        if (isStrong) {
          strong.add(best);
        }
      }
      if (((isStrong || isWeak) && consistent) || named.contains(best.countryCode())) {
        anchors.add(best);
        anchorKeys.put(best, Gazetteer.key(m.text()));
      }
    }
  }

  private boolean nearContext(Place p, List<Place> strong, Country outlet) {
    if (strong.isEmpty() && outlet == null) {
      return true;
    }
    return implied.contains(p.countryCode()) || strong.stream().anyMatch(a -> a.distanceKm(p) <= CONTEXT_KM)
        || (outlet != null && p.distanceKm(outlet.lat(), outlet.lon()) <= CONTEXT_KM);
  }

  /** A capital or admin seat of 100k+ people, ten times bigger than any namesake. */
  private static boolean dominant(List<Place> candidates) {
    Place top = candidates.get(0);
    boolean seat = top.featureCode().equals("PPLC") || top.featureCode().equals("PPLA");
    long next = candidates.size() > 1 ? candidates.get(1).population() : 0;
    return seat && top.population() >= DOMINANT_POPULATION && top.population() >= 10 * next;
  }

  /** The best candidate for the match. */
  Place choose(NameMatch m) {
    return choose(m, true);
  }

  private Place choose(NameMatch m, boolean useProximity) {
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    String key = Gazetteer.key(m.text());
    for (Place c : m.candidates()) {
      double s = score(c, m.kind() == PlaceMention.Kind.ADMIN1);
      if (c == m.candidates().get(0) && dominant(m.candidates())) {
        s += DOMINANT_BONUS;
      }
      if (useProximity) {
        s += countryScore(c.countryCode(), IMPLIED_COUNTRY) + proximity(c, key);
      }
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }

  private double countryScore(String iso2, double impliedWeight) {
    return implied.contains(iso2) && !named.contains(iso2) ? impliedWeight : 0;
  }

  private double score(Place c, boolean admin1) {
    double s = named.contains(c.countryCode()) ? NAMED_COUNTRY : 0;
    s += switch (c.featureCode()) {
      case "PPLC" -> 1.0;
      case "PPLA", Admin1Units.FEATURE -> admin1 ? 2.0 : 0.6;
      case "PPLA2" -> 0.3;
      default -> 0;
    };
    return s + Math.log10(c.population() + 1.0) / 7.0;
  }

  private double proximity(Place c, String key) {
    double nearest = Double.MAX_VALUE;
    for (Place a : anchors) {
      if (!anchorKeys.get(a).equals(key)) {
        nearest = Math.min(nearest, c.distanceKm(a));
      }
    }
    return nearest == Double.MAX_VALUE ? 0 : PROXIMITY_WEIGHT * Math.exp(-nearest / PROXIMITY_KM);
  }

  /**
   * Whether the place is plausible here: with no country named or implied, any; otherwise one in
   * such a country, within {@value #PLAUSIBLE_KM} km of an anchor, or a well-known place (100k+
   * people and a capital, a city of a million, or dominant among its namesakes, and tagged a location
   * by NER) that an article may mention from afar: "Kali mandir" in Bangladesh is not Cali. A foreign namesake of a local village or union missing
   * from cities500 ("Fatehpur union, Hathazari upazila (Chittagong)") is not, even a town of 190k.
   */
  boolean plausible(NameMatch m, Place p) {
    if ((named.isEmpty() && implied.isEmpty()) || inContext(p.countryCode())) {
      return true;
    }
    boolean capital = p.featureCode().equals("PPLC") && p.population() >= DOMINANT_POPULATION;
    boolean famous = capital || p.population() >= FAR_KNOWN_POPULATION || dominant(m.candidates());
    if (famous && m.taggedLocation()) {
      return true;
    }
    return anchors.stream().anyMatch(a -> !a.equals(p) && a.distanceKm(p) <= PLAUSIBLE_KM);
  }

  private boolean inContext(String iso2) {
    return named.contains(iso2) || implied.contains(iso2);
  }

  /** Confidence in [0.05, 1] for a resolved place. */
  double confidence(NameMatch m, Place chosen) {
    Set<String> countries = new HashSet<>();
    m.candidates().forEach(c -> countries.add(c.countryCode()));
    double s = 0.5;
    s += named.contains(chosen.countryCode()) ? 0.2 : implied.contains(chosen.countryCode()) ? 0.1 : 0;
    s += m.taggedLocation() ? 0.15 : 0;
    s += m.end() - m.first() > 1 || m.candidates().size() == 1 ? 0.1 : 0;
    s += m.facilityEnd() > 0 ? 0.05 : 0;
    s -= countries.size() > 1 && !inContext(chosen.countryCode()) ? 0.15 : 0;
    s -= m.taggedPerson() ? 0.1 : 0;
    s += anchors.stream().anyMatch(a -> !a.equals(chosen) && a.distanceKm(chosen) < 300) ? 0.1 : 0;
    return Math.max(0.05, Math.min(1.0, s));
  }
}
