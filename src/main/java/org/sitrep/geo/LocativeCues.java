package org.sitrep.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.Token;

/** What surrounds a place name: a facility noun after it, an admin unit noun, its preposition. */
public final class LocativeCues {
  /** Facility phrases, longest first within each head noun. */
  private static final List<List<String>> FACILITIES = List.of(
      List.of("military", "airport"), List.of("military", "airbase"), List.of("military", "air", "base"),
      List.of("military", "base"), List.of("military", "academy"), List.of("military", "hospital"),
      List.of("international", "airport"), List.of("air", "base"), List.of("airbase"), List.of("airport"),
      List.of("airfield"), List.of("army", "base"), List.of("naval", "base"), List.of("base"),
      List.of("checkpoint"), List.of("refugee", "camp"), List.of("displacement", "camp"), List.of("idp", "camp"),
      List.of("camp"), List.of("central", "prison"), List.of("prison"), List.of("jail"),
      List.of("general", "hospital"), List.of("hospital"), List.of("border", "crossing"), List.of("crossing"),
      List.of("market"), List.of("bazaar"), List.of("mosque"), List.of("church"), List.of("school"),
      List.of("university"), List.of("stadium"), List.of("oil", "field"), List.of("oilfield"),
      List.of("gas", "field"), List.of("refinery"), List.of("power", "plant"), List.of("power", "station"),
      List.of("police", "station"), List.of("dam"), List.of("bridge"), List.of("port"), List.of("harbour"),
      List.of("harbor"), List.of("roundabout"), List.of("highway"), List.of("road"));

  private static final Set<String> ADMIN1_NOUNS =
      Set.of("province", "governorate", "state", "region", "prefecture", "oblast", "department");
  /**
   * Nouns of second-level and lower units. "Sadar" names the upazila or tehsil around a district's
   * seat ("Gazipur Sadar"); "county" is a first-level unit in Kenya and a second-level one elsewhere,
   * so it counts here and the resolver weighs both levels.
   */
  private static final Set<String> ADMIN2_NOUNS = Set.of("district", "upazila", "upazilla", "zila", "county",
      "sub-county", "subcounty", "sadar", "tehsil", "taluka", "raion", "rayon", "municipality", "lga",
      "subdivision", "sub-district", "subdistrict");

  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
      "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");
  private static final Set<String> OUTSKIRTS = Set.of("outskirts", "suburbs", "vicinity", "edge", "countryside",
      "environs", "periphery");
  private static final Set<String> CONTAINERS = Set.of("city", "town", "village", "province", "governorate",
      "district", "region", "area", "capital", "state", "neighbourhood", "neighborhood", "camp");
  /** Parts of a place through which "of" passes the outer case marker on: "in the streets of Kilifi". */
  private static final Set<String> PARTS = Set.of("streets", "street", "centre", "center", "heart", "county",
      "municipality", "township", "centres", "market");
  private static final Set<String> PREPOSITIONS = Set.of("in", "near", "at", "from", "outside", "inside", "into", "to",
      "around", "across", "towards", "toward", "on", "by", "within", "between", "beyond", "off", "via", "through",
      "over", "against");

  private LocativeCues() {}

  private static final String UNIT_NOUNS = "(?:sub-?)?(?:county|counties|district|division|upazila|upazilla|union|"
      + "village|town|city|ward|location|area|municipality|lga|parish|province|state|region|governorate|"
      + "department|prefecture|oblast|raion|rayon|sadar|thana|tehsil|constituency)";
  private static final String NAME_WORD = "(?-i:\\p{Lu}[\\p{L}'\u2019.-]*)";
  /** Where in or around its container a place lies: "in the western countryside of", "30 km north of". */
  private static final String SIDES = "(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|"
      + "countryside|outskirts|suburbs?|vicinity|rural|\\d+|km|kilometres|kilometers|miles)";
  /**
   * What may separate a place from its container: punctuation, "in", "of", "the", unit nouns, where
   * in the container it lies ("in the western countryside of", "12 km north of"), and
   * names the gazetteer lacks when a unit noun follows them ("Durgapur village, Ashuganj upazila
   * (Brahmanbaria"), as one level of the chain.
   */
  private static final java.util.regex.Pattern CHAIN_GAP = java.util.regex.Pattern.compile(
      "(?:\\s|,|\\(|-|\\bin\\b|\\bof\\b|\\bthe\\b|\\b" + UNIT_NOUNS + "\\b|\\b" + SIDES + "\\b|" + NAME_WORD
          + "(?=(?:\\s+" + NAME_WORD + ")*\\s+" + UNIT_NOUNS + "\\b))*",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Whether the text between two place names makes the second the first's container ("Watamu,
   * Kilifi", "Mirpur upazila (Kushtia", "Kaloleni in Kilifi county", "Mansura in the western
   * countryside of Raqqa"): only punctuation, "in", "of", "the", unit nouns, sides and distances, and
   * unknown names of units between. A dash with spaces around it alone is not: "Dhaka - Kotwali"
   * names a part of Dhaka after it, not Dhaka's container.
   */
  public static boolean chainGap(String between) {
    return !SPACED_DASH.matcher(between).matches() && CHAIN_GAP.matcher(between).matches();
  }

  private static final java.util.regex.Pattern SPACED_DASH = java.util.regex.Pattern.compile("\\s+[-\u2013]\\s+");

  private static final java.util.regex.Pattern UNNAMED_UNIT_BEFORE = java.util.regex.Pattern.compile(
      "(?:" + NAME_WORD + "\\s+)+(" + UNIT_NOUNS + ")\\s*[,(]\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE);
  /** Units smaller than a town, whose container is near the site rather than its district. */
  private static final Set<String> SUB_SETTLEMENT_UNITS = Set.of("village", "ward", "location", "area", "union");

  /** What a place is to a unit the text names just before it that the gazetteer does not know. */
  public enum UnknownUnit {
    /** None: the place is not such a container. */
    NONE,
    /** A village, area or ward of the place ("Karkail area, Dhaka"): the site is near it. */
    PART,
    /** A district or sub-district in the place's area ("Chatmohar upazila (Pabna"): it stands for its unit. */
    DISTRICT
  }

  /**
   * Whether the text just before a place name ends with a unit the gazetteer does not know, of which
   * the place is the container: "Chatmohar upazila (" before "Pabna", "Karkail area, " before
   * "Dhaka". Such a place locates the event only near it or to its own unit, not as the site.
   */
  public static UnknownUnit unknownUnitBefore(String before) {
    java.util.regex.Matcher m = UNNAMED_UNIT_BEFORE.matcher(before);
    if (!m.find()) {
      return UnknownUnit.NONE;
    }
    return SUB_SETTLEMENT_UNITS.contains(m.group(1).toLowerCase(Locale.ROOT)) ? UnknownUnit.PART : UnknownUnit.DISTRICT;
  }

  /** A preposition that can introduce a place ("in", "near", "of" ...). */
  static boolean isLocative(String lowerCaseWord) {
    return PREPOSITIONS.contains(lowerCaseWord) || lowerCaseWord.equals("of");
  }

  /** Tokens {@code [end, facilityEnd)} of a facility phrase right after the name, or -1. */
  static int facilityEnd(Analysis a, int end) {
    Sentence s = a.sentenceOf(end - 1);
    for (List<String> phrase : FACILITIES) {
      int stop = end + phrase.size();
      if (stop > s.endToken()) {
        continue;
      }
      boolean ok = true;
      for (int i = 0; i < phrase.size() && ok; i++) {
        ok = lower(a.tokens().get(end + i)).equals(phrase.get(i)) || lemma(a.tokens().get(end + i)).equals(phrase.get(i));
      }
      if (ok) {
        return stop;
      }
    }
    return -1;
  }

  /** A word that begins a facility phrase ("Prison" of "Nyeri Prison", "University", "Airport"). */
  /** A natural feature's noun, capitalised as part of the feature's name after a place's ("Kerio Valley"). */
  static boolean isFeatureWord(String word) {
    return FEATURES.contains(word.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> FEATURES = Set.of("delta", "valley", "river", "hills", "hill", "mountains",
      "mountain", "lake", "forest", "basin", "plateau", "plains", "escarpment", "coast", "highlands", "desert");

  static boolean isFacilityWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return FACILITY_WORDS.contains(w);
  }

  private static final Set<String> FACILITY_WORDS = FACILITIES.stream()
      .filter(p -> p.size() == 1).map(p -> p.get(0)).collect(Collectors.toUnmodifiableSet());

  /** Nouns of a way between two places: "the Nakuru-Eldoret highway", "the Lagos - Ibadan expressway". */
  private static final Set<String> ROUTES = Set.of("highway", "road", "expressway", "motorway", "railway",
      "route", "corridor", "border", "pipeline", "freeway");

  /** Nouns of a street inside a town, capitalised after its name: "Moi Avenue", "Kimathi Street". */
  private static final Set<String> STREETS = Set.of("avenue", "street", "boulevard", "lane", "drive", "crescent");

  /** Whether the token at {@code end} is a capitalised street noun ending a street's name. */
  static boolean streetAfter(Analysis a, int end) {
    if (end >= a.sentenceOf(end - 1).endToken()) {
      return false;
    }
    Token t = a.tokens().get(end);
    return t.isCapitalized() && STREETS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** Whether a facility's last word is a route noun: a site along a way, not at a place. */
  public static boolean isRoute(String facility) {
    String[] words = facility.strip().split("\\s+");
    return ROUTES.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /**
   * Where the name is one end of a route the text names by its two places ("Nakuru" and "Eldoret"
   * of "the Nakuru-Eldoret highway", "the Dhaka - Mymensingh highway"): the token after the route
   * noun, else -1. {@code isPlace} says whether the other end's word is a known place.
   */
  static int routeEnd(Analysis a, int first, int end, java.util.function.Predicate<String> isPlace) {
    Sentence s = a.sentenceOf(first);
    if (end + 2 < s.endToken() && a.tokens().get(end).word().equals("-")
        && isPlace.test(a.tokens().get(end + 1).word()) && ROUTES.contains(lemma(a.tokens().get(end + 2)))) {
      return end + 3;
    }
    if (first - 2 >= s.firstToken() && end < s.endToken() && a.tokens().get(first - 1).word().equals("-")
        && isPlace.test(a.tokens().get(first - 2).word()) && ROUTES.contains(lemma(a.tokens().get(end)))) {
      return end + 1;
    }
    return -1;
  }

  /** Whether the name is an admin1 unit: "Idlib province", "the governorate of Raqqa". */
  static boolean isAdmin1(Analysis a, int first, int end) {
    return namesUnit(a, first, end, ADMIN1_NOUNS);
  }

  /**
   * Whether the name is a district or lower unit: "Mandera district", "Sharsha upazila", "Kuria
   * West sub county", "Gazipur Sadar", "the district of Swat".
   */
  static boolean isAdmin2(Analysis a, int first, int end) {
    Sentence s = a.sentenceOf(first);
    if (end + 1 < s.endToken() && lower(a.tokens().get(end)).equals("sub")
        && ADMIN2_NOUNS.contains(lemma(a.tokens().get(end + 1)))) {
      return true;
    }
    return namesUnit(a, first, end, ADMIN2_NOUNS);
  }

  /** A noun that names what contains a place: "village", "town", "district", "upazila". */
  static boolean isContainerNoun(String lowerCaseWord) {
    return CONTAINERS.contains(lowerCaseWord) || isAdminNoun(lowerCaseWord);
  }

  /** A noun of an admin unit at any level ("District", "Upazila", "Sadar", "Province"). */
  static boolean isAdminNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return ADMIN1_NOUNS.contains(w) || ADMIN2_NOUNS.contains(w);
  }

  private static boolean namesUnit(Analysis a, int first, int end, Set<String> nouns) {
    Sentence s = a.sentenceOf(first);
    if (end < s.endToken() && nouns.contains(lemma(a.tokens().get(end)))) {
      return true;
    }
    return first - 2 >= s.firstToken() && lower(a.tokens().get(first - 1)).equals("of")
        && nouns.contains(lemma(a.tokens().get(first - 2)));
  }

  /**
   * The case marker of the name (or of its facility noun), from the dependencies, else the word
   * before the name. "km north of X" gives "north of"; "the outskirts of X" "outskirts of"; "in the
   * town of X" and "in the streets of X" give "in".
   */
  static String preposition(Analysis a, int first, int end) {
    Sentence s = a.sentenceOf(first);
    int marker = -1;
    for (Dependency d : s.dependencies()) {
      if (d.relation().equals("case") && d.governor() >= first && d.governor() < end && d.dependent() < first
          && d.dependent() > marker) {
        marker = d.dependent();
      }
    }
    if (marker < 0) {
      for (Dependency d : s.dependencies()) {
        if (d.relation().startsWith("conj") && d.dependent() >= first && d.dependent() < end && d.governor() >= 0
            && d.governor() < first) {
          return preposition(a, d.governor(), d.governor() + 1);
        }
      }
    }
    if (marker < 0 && first > s.firstToken() && PREPOSITIONS.contains(lower(a.tokens().get(first - 1)))) {
      marker = first - 1;
    }
    if (marker < 0 && first - 1 > s.firstToken() && lower(a.tokens().get(first - 1)).equals("of")) {
      marker = first - 1;
    }
    if (marker < 0) {
      return null;
    }
    String word = lower(a.tokens().get(marker));
    if (!word.equals("of") || marker == s.firstToken()) {
      return word;
    }
    int before = marker - 1;
    String noun = lower(a.tokens().get(before));
    if (DIRECTIONS.contains(noun)) {
      return noun + " of";
    }
    if (OUTSKIRTS.contains(noun)) {
      return "outskirts of";
    }
    if (CONTAINERS.contains(noun) || PARTS.contains(noun)) {
      String outer = preposition(a, before, before + 1);
      return outer == null ? word : outer;
    }
    return word;
  }

  static Span facilitySpan(Analysis a, int end, int facilityEnd) {
    return a.span(end, facilityEnd);
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static String lemma(Token t) {
    return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
  }
}
