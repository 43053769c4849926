package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The countries of {@code countries.tsv} (ISO 3166-1 plus Kosovo), found by name, alias, demonym
 * or code. Lookups fold case, accents, dots ("U.S."), a leading "the" and a possessive ("Syria's");
 * plural demonyms ("Syrians") are found too. Immutable and thread-safe.
 */
public final class Countries {
  private static final String RESOURCE = "/org/sitrep/geo/countries.tsv";
  private static final String OUTLETS = "/org/sitrep/geo/outlets.tsv";
  private static final String PARTIES = "/org/sitrep/geo/parties.tsv";
  private static volatile Countries shared;

  private final Map<String, Country> byCode = new HashMap<>();
  private final Map<String, Country> byName = new HashMap<>();
  private final Map<String, Country> byDemonym = new HashMap<>();
  private final Map<String, Country> byCapital = new HashMap<>();
  private final Map<Country, String> acled = new HashMap<>();
  private final Map<Country, List<String>> aliases = new HashMap<>();
  private final Map<Country, List<String>> demonyms = new HashMap<>();
  private final Map<String, Country> all = new LinkedHashMap<>();
  private final Map<String, Country> outlets = new HashMap<>();
  private final Map<String, Country> parties = new HashMap<>();
  private final Pattern partyNames;

  private Countries(InputStream tsv) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      String header = in.readLine();
      if (header == null || !header.startsWith("iso2\t")) {
        throw new IllegalStateException("countries.tsv: missing header line");
      }
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          add(line.split("\t", -1));
        }
      }
    }
    readNamedCountries(OUTLETS, (name, c) -> outlets.put(outletKey(name), c));
    readNamedCountries(PARTIES, parties::put);
    // longest names first, so "ZANU-PF" wins over a shorter name inside it; ties in name order
    partyNames = Pattern.compile(parties.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(String::compareTo))
        .map(Pattern::quote).collect(Collectors.joining("|", "(?<![\\w-])(?:", ")(?![\\w-])")));
  }

  /** The process-wide table, loaded once from the classpath. */
  public static Countries shared() {
    Countries c = shared;
    if (c == null) {
      synchronized (Countries.class) {
        c = shared;
        if (c == null) {
          try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            c = new Countries(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          shared = c;
        }
      }
    }
    return c;
  }

  /** An outlet's name as {@code outlets.tsv} is keyed: folded, without a leading "The". */
  private static String outletKey(String name) {
    return NameKey.plain(name.strip().replaceFirst("^(?i)the\\s+", ""));
  }

  /**
   * Reads a table of names with a country each ({@code outlets.tsv}, {@code parties.tsv}): name,
   * tab, ISO2 code; '#' starts a comment.
   */
  private void readNamedCountries(String resource, BiConsumer<String, Country> sink) throws IOException {
    try (InputStream in = Countries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Country c = f.length == 2 ? byCode.get(f[1].strip()) : null;
        if (c == null) {
          throw new IllegalStateException(resource + ": expected a name and a known ISO2 code in: " + line);
        }
        sink.accept(f[0].strip(), c);
      }
    }
  }

  /**
   * The country of the political parties {@code parties.tsv} lists that a text names ("ODM
   * supporters", "Awami League activists"); empty when it names none, or parties of two countries.
   */
  public Optional<Country> ofParties(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Country found = null;
    Matcher m = partyNames.matcher(text);
    while (m.find()) {
      Country c = parties.get(m.group());
      if (found != null && !found.equals(c)) {
        return Optional.empty();
      }
      found = c;
    }
    return Optional.ofNullable(found);
  }

  private void add(String[] f) {
    if (f.length < 9) {
      throw new IllegalStateException("countries.tsv: expected 9 columns in " + String.join("\t", f));
    }
    Country c = new Country(f[0], f[1], f[2], f[5], Double.parseDouble(f[6]), Double.parseDouble(f[7]));
    all.put(c.iso2(), c);
    byCode.put(c.iso2(), c);
    byCode.put(c.iso3(), c);
    acled.put(c, f[8].isEmpty() ? c.name() : f[8]);
    List<String> names = split(f[3]);
    List<String> dems = split(f[4]);
    aliases.put(c, names);
    demonyms.put(c, dems);
    byName.putIfAbsent(NameKey.plain(c.name()), c);
    byName.putIfAbsent(NameKey.plain(acled.get(c)), c);
    names.forEach(a -> byName.putIfAbsent(NameKey.plain(a), c));
    dems.forEach(d -> byDemonym.putIfAbsent(NameKey.plain(d), c));
    if (!c.capital().isBlank()) {
      byCapital.putIfAbsent(NameKey.plain(c.capital()), c);
    }
  }

  private static List<String> split(String field) {
    return field.isBlank() ? List.of() : List.of(field.split("\\|"));
  }

  /** By name, alias or demonym ("Syria", "the United States", "U.S.", "Syrian", "Syrians", "Syria's"). */
  public Optional<Country> find(String nameAliasOrDemonym) {
    Optional<Country> byNameOrAlias = byName(nameAliasOrDemonym);
    return byNameOrAlias.isPresent() ? byNameOrAlias : byDemonym(nameAliasOrDemonym);
  }

  /** By name or alias only (no demonyms). */
  public Optional<Country> byName(String nameOrAlias) {
    return Optional.ofNullable(byName.get(NameKey.plain(nameOrAlias)));
  }

  /** By demonym only, singular or plural ("Afghan", "Afghans"). */
  public Optional<Country> byDemonym(String demonym) {
    String key = NameKey.plain(demonym);
    Country c = byDemonym.get(key);
    if (c == null && key.length() > 3 && key.endsWith("s")) {
      c = byDemonym.get(key.substring(0, key.length() - 1));
    }
    return Optional.ofNullable(c);
  }

  /** By ISO 3166-1 alpha-2 or alpha-3 code, any case. */
  public Optional<Country> byCode(String iso2or3) {
    return iso2or3 == null ? Optional.empty() : Optional.ofNullable(byCode.get(iso2or3.strip().toUpperCase(Locale.ROOT)));
  }

  public Collection<Country> all() {
    return Collections.unmodifiableCollection(all.values());
  }

  public boolean isDemonym(String word) {
    return byDemonym(word).isPresent();
  }

  /** The country name as ACLED spells it ("Democratic Republic of Congo"). */
  public String acledName(Country country) {
    return acled.getOrDefault(country, country.name());
  }

  public List<String> aliases(Country country) {
    return aliases.getOrDefault(country, List.of());
  }

  public List<String> demonyms(Country country) {
    return demonyms.getOrDefault(country, List.of());
  }

  /**
   * The country an outlet's name declares ("Daily Nation (Kenya)", "Kenya Standard", "Kenyan
   * Television NTV", "The Syrian Observer"): the first run of up to three words that is a country's
   * name, alias or demonym, or a capital's name ("Dhaka Tribune"). Empty when none, or when the name
   * declares two different countries. Hyphens separate words too ("OSCE SMM-Ukraine"; "Guinea-Bissau"
   * is still found as two words).
   */
  public Optional<Country> ofOutlet(String outlet) {
    if (outlet == null || outlet.isBlank()) {
      return Optional.empty();
    }
    Optional<Country> listed = listedOutlet(outlet);
    Optional<Country> declared = declaredByName(outlet);
    if (listed.isPresent() && declared.isPresent() && !listed.equals(declared)) {
      return Optional.empty();
    }
    return listed.isPresent() ? listed : declared;
  }

  /**
   * The country of an outlet {@code outlets.tsv} lists, for each of the outlets a source field
   * names ("All Africa; Capital FM"); empty when none is listed or two disagree.
   */
  private Optional<Country> listedOutlet(String outlet) {
    Country found = null;
    for (String part : outlet.split("[;,]")) {
      Country c = outlets.get(outletKey(part));
      if (c != null) {
        if (found != null && !found.equals(c)) {
          return Optional.empty();
        }
        found = c;
      }
    }
    return Optional.ofNullable(found);
  }

  private Optional<Country> declaredByName(String outlet) {
    String[] words = outlet.replaceAll("[()\\[\\],;:/-]", " ").strip().split("\\s+");
    Country found = null;
    for (int i = 0; i < words.length; i++) {
      for (int n = Math.min(3, words.length - i); n >= 1; n--) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
        if (phrase.length() < 4 || !Character.isUpperCase(phrase.charAt(0))) {
          continue;
        }
        Country c = find(phrase).orElse(byCapital.get(NameKey.plain(phrase)));
        if (c != null) {
          if (found != null && !found.equals(c)) {
            return Optional.empty();
          }
          found = c;
          i += n - 1;
          break;
        }
      }
    }
    return Optional.ofNullable(found);
  }
}
