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
 * sole candidate CoreNLP tags as a location or that is an admin unit, or a capital or admin seat that
 * dwarfs its namesakes);
 * distance to those anchor places; then feature code (capital, admin seat, an admin unit where the
 * text names one: "X province", "X district") and population. A second-level unit (GeoNames admin2)
 * is a candidate only where the text names a unit or where its country is already the article's: a
 * bare name does not go to a district abroad. Ties keep the candidate list's order (most populous,
 * then lowest GeoNames id): deterministic.
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
  /**
   * A candidate the text names by another name altogether, not a spelling of its own, loses this much
   * to one it names by its own ("Valera", "Geneva" for Genève).
   */
  private static final double EXONYM = 0.5;
  /** A candidate inside a container the text names beats namesakes of any size or country. */
  private static final double CONTAINED = 5.0;
  /** A name CoreNLP takes for a person is a town only under the town's own name, or a town this big. */
  private static final long PERSON_NAMESAKE_POPULATION = 100_000;
  /** How far from a context country's centre a lone province seat next door may lie. */
  private static final double NEIGHBOUR_KM = 1000.0;

  private final Set<String> named = new HashSet<>();
  /** Countries the text implies, each with the keys of the names that imply it ("" for the outlet). */
  private final Map<String, Set<String>> implied = new HashMap<>();
  private final List<Place> anchors = new ArrayList<>();
  private final Map<Place, String> anchorKeys = new HashMap<>();
  /** The names the text gives as each name's containers ("Tonala, Chiapas"). */
  private final Map<NameMatch, List<NameMatch>> containers;
  private final Countries countries;
  private final Gazetteer gazetteer;

  /**
   * Resolves with the country the outlet's name declares ("Daily Nation (Kenya)") as context: it
   * counts as a country the text implies, weaker than one it names; and with the containers the
   * text gives each name: a candidate inside one of a container's candidates ("Tonala, Chiapas" is
   * the Tonalá of Chiapas, not the bigger one of Jalisco) comes first.
   */
  PlaceResolver(List<NameMatch> matches, Country outlet, Map<NameMatch, List<NameMatch>> containers,
      Countries countries, Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.containers = containers;
    this.countries = countries;
    for (NameMatch m : matches) {
      if (m.country() != null && !m.isPlace() && !m.attributive()) {
        named.add(m.country().iso2());
      }
    }
    if (outlet != null && !named.contains(outlet.iso2())) {
      imply(outlet.iso2(), "");
    }
    List<Place> strong = new ArrayList<>();
    for (Pass pass : Pass.values()) {
      addAnchors(matches, pass, strong, outlet);
    }
  }

  /** The order anchors are taken in: later passes see the context the earlier ones set. */
  private enum Pass {
    /** Sole admin units, and dominant seats the text names by their own names. */
    STRONG_OWN_NAMES,
    /** Dominant seats the text names by a variant, strong only if not afar from the context so far. */
    STRONG_VARIANTS,
    /** Sole candidates tagged a location. */
    WEAK
  }

  /**
   * One {@link Pass}: strong anchors first (a sole admin unit, a dominant seat the text names by its
   * own name, then one it names by a variant, which may by then lie afar: "Sori Town, Migori
   * County"), then weak ones (a sole candidate tagged a location). A weak anchor abroad implies its country only when nothing else gives
   * context, or when it lies within {@value #PLAUSIBLE_KM} km of a strong anchor, or, with none,
   * {@value #CONTEXT_KM} km of the outlet's country and a seat, a unit or named as one ("Pulwama
   * district" in a Pakistani paper): a lone foreign namesake of a village cities500 lacks ("Kiunga"
   * in a Kenyan paper, "Safipur" beside Dhaka, "Majengo" in a Kenyan paper, whose only namesake is a
   * Tanzanian village) does not make its own country the article's.
   */
  private void addAnchors(List<NameMatch> matches, Pass pass, List<Place> strong, Country outlet) {
    boolean strongPass = pass != Pass.WEAK;
    for (NameMatch m : matches) {
      if (!m.isPlace() || m.insideName()) {
        continue; // "the University of Nairobi" does not set the article's country
      }
      Place best = choose(m, false);
      if (best == null) {
        continue;
      }
      boolean unit = m.candidates().size() == 1 && (best.isAdmin1Unit() || best.isAdmin2Unit())
          || namedUnitsSoleSeat(m);
      boolean variant = !unit && !ownName(m, m.candidates().get(0));
      if (strongPass && variant != (pass == Pass.STRONG_VARIANTS)) {
        continue;
      }
      boolean isStrong = unit || dominant(m.candidates()) && !variantAfar(m, m.candidates().get(0));
      boolean isWeak = !isStrong && m.candidates().size() == 1 && m.taggedLocation();
      if (strongPass != isStrong || (!strongPass && !isWeak && !named.contains(best.countryCode()))) {
        continue;
      }
      boolean consistent = named.isEmpty() ? isStrong || nearContext(m, best, strong, outlet)
          : named.contains(best.countryCode());
      if ((isStrong || isWeak) && consistent) {
        imply(best.countryCode(), Gazetteer.key(m.text()));
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

  private boolean nearContext(NameMatch m, Place p, List<Place> strong, Country outlet) {
    if (strong.isEmpty() && outlet == null) {
      return true;
    }
    if (implied.containsKey(p.countryCode())) {
      return true;
    }
    if (strong.isEmpty()) {
      return p.distanceKm(outlet.lat(), outlet.lon()) <= CONTEXT_KM
          && (seatOrUnit(p) || m.kind() != PlaceMention.Kind.SETTLEMENT);
    }
    return strong.stream().anyMatch(a -> a.distanceKm(p) <= PLAUSIBLE_KM);
  }

  /**
   * The text names a unit ("Migori County") whose only candidate is a province or district seat of
   * that very name, or whose one such seat outweighs the other candidates, none of which is another
   * seat of the name: as sure a context as a sole unit ("Lamu county" beside the Maldives' small
   * Laamu atoll).
   */
  private static boolean namedUnitsSoleSeat(NameMatch m) {
    if (m.kind() == PlaceMention.Kind.SETTLEMENT) {
      return false;
    }
    List<Place> seats = m.candidates().stream().filter(c -> isSeat(c) && ownName(m, c)).toList();
    return seats.size() == 1 && m.candidates().stream()
        .allMatch(c -> c == seats.get(0) || !isSeat(c) && c.population() < seats.get(0).population());
  }

  /** A province or district seat (GeoNames PPLA, PPLA2), not a commune's (PPLA3, PPLA4). */
  private static boolean isSeat(Place p) {
    return p.featureCode().equals("PPLA") || p.featureCode().equals("PPLA2");
  }

  /** A capital, a province or district seat or an admin unit: a village is not, nor a commune's seat. */
  private static boolean seatOrUnit(Place p) {
    return isSeat(p) || p.featureCode().equals("PPLC") || p.isAdmin1Unit() || p.isAdmin2Unit();
  }

  /**
   * A capital or admin seat of 100k+ people, ten times bigger than any namesake, admin units
   * included, which the candidate list gives after the places: "Parana" beside the state of Paraná
   * (7 million people) is not dominated by the Argentinian city.
   */
  private static boolean dominant(List<Place> candidates) {
    Place top = candidates.get(0);
    boolean seat = top.featureCode().equals("PPLC") || top.featureCode().equals("PPLA");
    long next = 0;
    for (int i = 1; i < candidates.size(); i++) {
      Place other = candidates.get(i);
      if (!((other.isAdmin1Unit() || other.isAdmin2Unit()) && top.within(other))) {
        next = Math.max(next, other.population()); // the seat's own division ("Chittagong") is no rival
      }
    }
    return seat && top.population() >= DOMINANT_POPULATION && top.population() >= 10 * next;
  }

  /** The best candidate for the match, or null when none may be meant here. */
  Place choose(NameMatch m) {
    return choose(m, true);
  }

  private Place choose(NameMatch m, boolean useProximity) {
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    String key = Gazetteer.key(m.text());
    for (Place c : m.candidates()) {
      if (!eligible(m, c)) {
        continue;
      }
      double s = score(c, m);
      if (c == m.candidates().get(0) && dominant(m.candidates()) && m.kind() == PlaceMention.Kind.SETTLEMENT) {
        s += DOMINANT_BONUS; // "Antioquia department" is the Colombian unit, not Antioch
      }
      if (useProximity) {
        s += countryScore(c.countryCode(), key) + proximity(c, key);
      }
      if (contained(m, c)) {
        s += CONTAINED;
      }
      if (exonym(m, c)) {
        s -= EXONYM; // "Valera" is the Venezuelan city, not Valletta, one of whose alternate names it is
      }
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * A district abroad is not meant by a bare name ("Kurigram" is, in a Bangladeshi report); nor is a
   * place that bears the name only without the text's leading article ("El Wak" is not Wewak), unless
   * it lies in the article's countries or near its other places.
   */
  private boolean eligible(NameMatch m, Place c) {
    if (m.articleOnly().contains(c) && !inContext(c.countryCode())
        && anchors.stream().noneMatch(a -> !a.equals(c) && a.distanceKm(c) <= PLAUSIBLE_KM)) {
      return false;
    }
    return !c.isAdmin2Unit() || m.kind() != PlaceMention.Kind.SETTLEMENT || inContext(c.countryCode());
  }

  /**
   * The text gives the name a container that is a unit ("in Lamu county", "(Chikun LGA, Kaduna)")
   * or a country ("Kiunga, Kenya"), and the place lies in none of its countries, or the text names
   * a unit ("Chikun LGA") or a name a province bears ("Vesele, Donetsk") and the place lies in none
   * of its namesakes: a namesake elsewhere of a village the gazetteer lacks. A list of towns ("in
   * Goma, Kigali") is no such chain.
   */
  private boolean outsideNamedUnit(NameMatch m, Place p) {
    for (NameMatch outer : containers.getOrDefault(m, List.of())) {
      Set<String> countriesOfOuter = new HashSet<>();
      boolean namedUnit = outer.kind() == PlaceMention.Kind.ADMIN1 || outer.kind() == PlaceMention.Kind.ADMIN2;
      if (outer.kind() == PlaceMention.Kind.COUNTRY && outer.country() != null && !outer.attributive()) {
        countriesOfOuter.add(outer.country().iso2());
      } else if (namedUnit) {
        outer.candidates().forEach(k -> countriesOfOuter.add(k.countryCode()));
      }
      if (!countriesOfOuter.isEmpty() && !countriesOfOuter.contains(p.countryCode())) {
        return true;
      }
      if (namedUnit && !outer.candidates().isEmpty()
          && outer.candidates().stream().allMatch(k -> k.isAdmin1Unit() || k.isAdmin2Unit())
          && outer.candidates().stream().noneMatch(p::within)) {
        return true; // "Buruku (Chikun LGA, Kaduna)" is not the Buruku of Benue
      }
      if (!namedUnit && !inOrNearChain(m, p)
          && outer.candidates().stream().anyMatch(k -> standsForUnit(k) && k.countryCode().equals(p.countryCode()))) {
        return true; // "Vesele, Donetsk": a province (or its seat) of the place's country, and not its Vesele
      }
    }
    return false;
  }

  /** How far from a container a place may lie when the text names a nearby city loosely ("Mariakani, Mombasa"). */
  private static final double LOOSE_CONTAINER_KM = 100.0;

  /** Whether the place lies in, or near, one of the names of the chain after its name. */
  private boolean inOrNearChain(NameMatch m, Place p) {
    for (NameMatch outer : containers.getOrDefault(m, List.of())) {
      for (Place k : outer.candidates()) {
        if (p.within(k) || p.countryCode().equals(k.countryCode()) && p.distanceKm(k) <= LOOSE_CONTAINER_KM) {
          return true;
        }
      }
    }
    return false;
  }

  /** An admin unit, or a first-level seat, which a chain of names uses for its province ("Vesele, Donetsk"). */
  private static boolean standsForUnit(Place k) {
    return k.isAdmin1Unit() || k.isAdmin2Unit() || k.featureCode().equals("PPLA");
  }

  private boolean contained(NameMatch m, Place c) {
    for (NameMatch outer : containers.getOrDefault(m, List.of())) {
      for (Place k : outer.candidates()) {
        if (c.within(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The weight of a country that other names of the text imply: a name does not vouch for itself. */
  private double countryScore(String iso2, String key) {
    return impliedBesides(iso2, key) && !named.contains(iso2) ? IMPLIED_COUNTRY : 0;
  }

  private void imply(String iso2, String key) {
    implied.computeIfAbsent(iso2, k -> new HashSet<>()).add(key);
  }

  /** Whether a name other than {@code key} (or the outlet) implies the country. */
  private boolean impliedBesides(String iso2, String key) {
    Set<String> by = implied.get(iso2);
    return by != null && by.stream().anyMatch(k -> !k.equals(key));
  }

  /**
   * Country, feature and size. Where the text names a unit, units and seats of that level come
   * first, those of the other level next ("X county" is a province in Kenya, a district elsewhere).
   */
  private double score(Place c, NameMatch m) {
    PlaceMention.Kind kind = m.kind();
    double s = named.contains(c.countryCode()) ? NAMED_COUNTRY : 0;
    boolean level1 = c.isAdmin1Unit()
        || c.featureCode().equals("PPLA") && (kind != PlaceMention.Kind.ADMIN1 || standsForProvince(m, c));
    boolean level2 = c.isAdmin2Unit() || c.featureCode().equals("PPLA2");
    s += switch (kind) {
      case ADMIN1 -> level1 ? 2.0 : c.isAdmin2Unit() ? 1.0 : level2 ? 0.3 : 0;
      case ADMIN2 -> level2 ? 2.0 : level1 ? 1.5 : 0;
      default -> level1 ? 0.6 : level2 ? 0.3 : 0;
    };
    s += c.featureCode().equals("PPLC") ? 1.0 : 0;
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
   * Outside the countries the article names or other names imply, a place the text names by
   * another language's name for it ("Kanu" for Cannes) is meant only if it is a capital, a
   * province or its seat ("Mogilev", "Paraiba") or a city of a million; and where the article has
   * a country at all, one the text names by anything but its own name ("Bendera" for Bender, "Sori"
   * for Sari) only if it is a capital or a city of a million, or lies near one of those countries.
   */
  boolean plausible(NameMatch m, Place p) {
    boolean capital = p.featureCode().equals("PPLC") && p.population() >= DOMINANT_POPULATION;
    boolean seat = p.featureCode().equals("PPLA") || p.isAdmin1Unit();
    if (!capital && !seat && p.population() < FAR_KNOWN_POPULATION && exonym(m, p) && !named.contains(p.countryCode())
        && !impliedBesides(p.countryCode(), Gazetteer.key(m.text()))) {
      return false; // "Kanu" is an alternate name of Cannes, "Tigania" of a Romanian village
    }
    if (m.taggedPerson() && p.population() < PERSON_NAMESAKE_POPULATION && !p.isAdmin1Unit() && !p.isAdmin2Unit()
        && !Gazetteer.key(m.text()).equals(Gazetteer.key(p.name()))) {
      return false; // "implore Kibaki": a person, not the village whose alternate name is Kibaki
    }
    if (outsideNamedUnit(m, p)) {
      return false; // "Kiunga in Lamu county" is no namesake in Papua New Guinea
    }
    if (inContext(p.countryCode())) {
      return true;
    }
    if (named.isEmpty() && implied.isEmpty()) {
      return true;
    }
    if (variantAfar(m, p)
        && (!capital && p.population() < FAR_KNOWN_POPULATION || ownNameOfAnother(m, p) && !spelling(m, p))) {
      return false; // "Bendera village" in a Kenyan report is not Bender, "Tana" not Antananarivo
    }
    boolean famous = capital || p.population() >= FAR_KNOWN_POPULATION || dominant(m.candidates());
    if (famous && m.taggedLocation()) {
      return true;
    }
    if (anchors.stream().anyMatch(a -> !a.equals(p) && a.distanceKm(p) <= PLAUSIBLE_KM)) {
      return true;
    }
    return soleSeatNextDoor(m, p);
  }

  /**
   * A province seat that is the only place of its name, tagged a location, in a country beside the
   * article's ("Mandera" in a Somali outlet's report, "Garissa" beside "took them into Somalia"):
   * within {@value #NEIGHBOUR_KM} km of the centre of a country the article names or implies.
   * A village's foreign namesake ("Kiunga", "Safipur") is no seat, or lies farther.
   */
  private boolean soleSeatNextDoor(NameMatch m, Place p) {
    if (m.candidates().size() != 1 || !m.taggedLocation() || !p.featureCode().equals("PPLA")) {
      return false;
    }
    for (String iso2 : contextCountries()) {
      Country c = countries.byCode(iso2).orElse(null);
      if (c != null && p.distanceKm(c.lat(), c.lon()) <= NEIGHBOUR_KM) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text's name is another name of the place, from another language, not a spelling
   * of its own name: neither key contains the other ("Samburu County" and "Samburu") and they
   * differ by more than a third ({@link NameKey#sameNameSpelling}).
   */
  private static boolean exonym(NameMatch m, Place p) {
    String text = Gazetteer.key(m.text());
    String own = Gazetteer.key(p.name());
    return !text.contains(own) && !own.contains(text) && !NameKey.sameNameSpelling(text, own);
  }

  /**
   * Whether the text names the place by anything but its own GeoNames name (an alternate name, a
   * variant spelling) while the place lies over {@value #NEIGHBOUR_KM} km from the centre of every
   * country the article names or implies (its outlet's included): "Idleb" beside "Turkish forces" is
   * Idlib; "Bendera village" in a Kenyan paper is not Bender, nor "Sori Town" Sari.
   */
  private boolean variantAfar(NameMatch m, Place p) {
    if (ownName(m, p)) {
      return false;
    }
    Set<String> context = contextCountries();
    if (context.isEmpty() || context.contains(p.countryCode())) {
      return false;
    }
    for (String iso2 : context) {
      Country c = countries.byCode(iso2).orElse(null);
      if (c == null || p.distanceKm(c.lat(), c.lon()) <= NEIGHBOUR_KM) {
        return false;
      }
    }
    return true;
  }

  /** The countries the article names or implies, its outlet's included. */
  private Set<String> contextCountries() {
    Set<String> context = new HashSet<>(named);
    context.addAll(implied.keySet());
    return context;
  }

  /**
   * The text's "X state" names the province the seat stands for: "Merida state" is the Venezuelan
   * state whose seat is Mérida, not the Mexican Mérida, seat of Yucatán. Where the province's name
   * is unknown, the seat's own name stands for it.
   */
  private boolean standsForProvince(NameMatch m, Place seat) {
    String province = gazetteer.admin1Name(seat.countryCode(), seat.admin1Code());
    return province == null ? ownName(m, seat) : bare(m.text()).equals(bare(province));
  }

  /** The text names the place by its GeoNames name, either with a unit noun or without ("Migori County"). */
  private static boolean ownName(NameMatch m, Place p) {
    return bare(m.text()).equals(bare(p.name()));
  }

  /** The text's name is a spelling of the place's own ("Geneva" of Genève, "Idleb" of Idlib). */
  private static boolean spelling(NameMatch m, Place p) {
    return NameKey.sameNameSpelling(Gazetteer.key(m.text()), Gazetteer.key(p.name()));
  }

  /**
   * Another candidate bears the text's name as its own: "Victoria" names many towns, so it does not
   * name Hong Kong from afar, whose alternate name it is, nor "Tana" Antananarivo; a spelling of the
   * far city's own name still may ("Geneva" for Genève).
   */
  private static boolean ownNameOfAnother(NameMatch m, Place p) {
    return m.candidates().stream().anyMatch(c -> c != p && ownName(m, c));
  }

  private static String bare(String name) {
    String key = Gazetteer.key(name);
    int space = key.lastIndexOf(' ');
    return space > 0 && LocativeCues.isContainerNoun(key.substring(space + 1)) ? key.substring(0, space) : key;
  }

  private boolean inContext(String iso2) {
    return named.contains(iso2) || implied.containsKey(iso2);
  }

  /** Confidence in [0.05, 1] for a resolved place. */
  double confidence(NameMatch m, Place chosen) {
    Set<String> countries = new HashSet<>();
    m.candidates().forEach(c -> countries.add(c.countryCode()));
    double s = 0.5;
    s += named.contains(chosen.countryCode()) ? 0.2 : implied.containsKey(chosen.countryCode()) ? 0.1 : 0;
    s += m.taggedLocation() ? 0.15 : 0;
    s += m.end() - m.first() > 1 || m.candidates().size() == 1 ? 0.1 : 0;
    s += m.facilityEnd() > 0 ? 0.05 : 0;
    s -= countries.size() > 1 && !inContext(chosen.countryCode()) ? 0.15 : 0;
    s -= m.taggedPerson() ? 0.1 : 0;
    s += anchors.stream().anyMatch(a -> !a.equals(chosen) && a.distanceKm(chosen) < 300) ? 0.1 : 0;
    return Math.max(0.05, Math.min(1.0, s));
  }
}
