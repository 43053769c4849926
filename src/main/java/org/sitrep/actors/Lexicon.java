package org.sitrep.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.Actor.Kind;

/**
 * The actor data, read from TSV files: named actors with their aliases, the generic nouns, ethnic
 * groups, group-name head words and speech verbs. Built once; immutable after construction.
 * A later file overrides an earlier one: an entry with the same name and kind replaces the earlier
 * entry, and a later alias takes the phrase over.
 */
final class Lexicon {
  static final String RESOURCES = "/org/sitrep/actors/";
  private static final List<String> ENTRY_FILES = List.of("groups.tsv", "organisations.tsv", "state_forces.tsv");

  /** An alias: the actor, and for acronyms the capitals the text must show. */
  record Alias(Actor actor, String acronym) {}

  record EthnicGroup(String name, String suffix, String country) {}

  record Head(String position, Kind kind) {}

  private final Map<String, Actor> entries = new LinkedHashMap<>();
  private final Map<String, List<String>> aliasesOf = new HashMap<>();
  final Map<String, Alias> aliases = new HashMap<>();
  final Map<String, Actor> nouns = new HashMap<>();
  final Map<String, EthnicGroup> ethnic = new HashMap<>();
  final Map<String, Head> heads = new HashMap<>();
  final Set<String> speechVerbs = new HashSet<>();
  int longestAlias;
  int longestNoun;

  Lexicon(List<Path> extraFiles) {
    for (String file : ENTRY_FILES) {
      readResource(file);
    }
    readResource("nouns.tsv");
    readResource("ethnic_groups.tsv");
    readResource("group_heads.tsv");
    readResource("speech_verbs.txt");
    for (Path p : extraFiles) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        read(p.toString(), new BufferedReader(r));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read actor file " + p, e);
      }
    }
    indexAliases();
  }

  private void readResource(String file) {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCES + file);
      }
      read(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one file; its header line says which table it feeds. */
  private void read(String file, BufferedReader in) throws IOException {
    String header = null;
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (file.endsWith(".txt")) {
        speechVerbs.add(line.strip().toLowerCase(Locale.ROOT));
      } else if (header == null) {
        header = line.strip();
      } else {
        try {
          addRow(header, line.split("\t", -1));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private void addRow(String header, String[] f) {
    if (header.startsWith("name\tinter\tkind")) {
      need(f, 6);
      Kind kind = Kind.valueOf(f[2].strip());
      Actor actor = new Actor(f[0].strip(), Integer.parseInt(f[1].strip()), blankToNull(f[3]), kind,
          blankToNull(f[4]));
      String id = actor.name() + "\t" + kind;
      entries.remove(id);
      entries.put(id, actor);
      List<String> names = new ArrayList<>(split(f[5]));
      names.add(actor.name());
      int colon = actor.name().indexOf(": ");
      if (colon > 0) {
        names.add(actor.name().substring(0, colon));
        names.add(actor.name().substring(colon + 2));
      }
      aliasesOf.put(id, names);
    } else if (header.startsWith("phrase\tkind")) {
      need(f, 2);
      Kind kind = Kind.valueOf(f[1].strip());
      String name = f.length > 2 && !f[2].isBlank() ? f[2].strip() : kind.baseName();
      String claimant = f.length > 3 ? blankToNull(f[3]) : null;
      String key = Unit.key(Unit.of(f[0].strip()), 0, Unit.of(f[0].strip()).size());
      nouns.put(key, new Actor(name, kind.inter(), null, kind, claimant));
      longestNoun = Math.max(longestNoun, Unit.of(f[0]).size());
    } else if (header.startsWith("name\tsuffix")) {
      need(f, 3);
      EthnicGroup g = new EthnicGroup(f[0].strip(), f[1].strip(), blankToNull(f[2]));
      ethnic.put(Unit.norm(g.name()), g);
      if (f.length > 3) {
        split(f[3]).forEach(a -> ethnic.put(Unit.key(Unit.of(a), 0, Unit.of(a).size()), g));
      }
    } else if (header.startsWith("word\tposition")) {
      need(f, 3);
      heads.put(Unit.norm(f[0].strip()) + "\t" + f[1].strip(), new Head(f[1].strip(), Kind.valueOf(f[2].strip())));
    } else {
      throw new IllegalArgumentException("unknown table header '" + header + "'");
    }
  }

  private void indexAliases() {
    for (Map.Entry<String, Actor> e : entries.entrySet()) {
      for (String alias : aliasesOf.get(e.getKey())) {
        List<Unit> units = Unit.of(alias);
        if (units.isEmpty()) {
          continue;
        }
        String letters = alias.replace(".", "");
        boolean acronym = letters.length() <= 5 && letters.chars().allMatch(c -> Character.isUpperCase(c)
            || Character.isDigit(c)) && units.size() == 1;
        String key = Unit.key(units, 0, units.size());
        Alias earlier = aliases.get(key);
        if (acronym && earlier != null && earlier.acronym() == null && earlier.actor().equals(e.getValue())) {
          continue; // "Hamas" already matches "HAMAS" without regard to case
        }
        aliases.put(key, new Alias(e.getValue(), acronym ? letters : null));
        longestAlias = Math.max(longestAlias, units.size());
      }
    }
  }

  /** All named actors, in file order (later files last). */
  List<Actor> entries() {
    return List.copyOf(entries.values());
  }

  /** Kind for a head word at a position ("front", "last"), or null. */
  Head head(String norm, String position) {
    return heads.get(norm + "\t" + position);
  }

  private static void need(String[] f, int columns) {
    if (f.length < columns) {
      throw new IllegalArgumentException("expected " + columns + " tab-separated columns, found " + f.length);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<String> split(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
