package org.sitrep.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor.Kind;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;

/**
 * Finds the actor phrase that starts at a unit: a dictionary alias, a country or demonym composed
 * with a force or government noun ("Syrian government forces", "Syria's foreign ministry",
 * "US-led coalition"), an ethnic group with a militia noun, a generic noun ("gunmen"), or an unknown
 * named group recognised by its head word ("Popular Resistance Front"). The longest phrase wins;
 * at equal length the order above decides.
 */
final class PhraseMatcher {
  /** A phrase over units {@code [start, end)}; {@code head} is the unit of its head noun. */
  record Match(int start, int end, int head, Actor actor, int rank) {
    int length() {
      return end - start;
    }

    boolean beats(Match other) {
      return other == null || length() > other.length() || (length() == other.length() && rank < other.rank);
    }
  }

  private static final int ALIAS = 0;
  private static final int COMPOSED = 1;
  private static final int GENERIC = 2;
  private static final int UNKNOWN_GROUP = 3;
  private static final int MAX_COUNTRY_UNITS = 4;
  private static final int MAX_MODIFIERS = 2;
  private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNP", "NNPS", "VBN", "VBG");
  private static final Set<String> COALITION_NOUNS =
      Set.of("coalition", "alliance", "forces", "troops", "operation", "campaign", "mission", "military");
  private static final Set<String> CONNECTORS = Set.of(
      "of", "for", "the", "and", "al", "el", "ul", "e", "i", "de", "la", "wal", "ash", "ad", "an", "as", "bin");
  private static final Set<String> BACKING = Set.of(
      "backed", "supported", "sponsored", "funded", "trained", "allied", "aligned", "linked", "affiliated", "armed");
  private static final Set<Kind> ETHNIC_NOUN_KINDS = Set.of(Kind.IDENTITY_MILITIA, Kind.UNIDENTIFIED_ARMED);
  /** After a known group's name, these make its militia; alone ("rival ethnic groups") no actor. */
  private static final Set<String> GROUP_NOUNS = Set.of("ethnic group", "ethnic groups");
  /** After a known group's name, collectives that make its militia ("Kikuyu youths", "a Luo group"). */
  private static final Set<String> COLLECTIVES = Set.of(
      "youths", "youth", "men", "people", "group", "groups", "community", "communities", "members", "mob", "gang");
  /** After a known group's name, its act, whatever the tagger makes of it ("Degodia attack Garre civilians"). */
  private static final Set<String> RAIDS = Set.of("attack", "attacks", "raid", "raids", "ambush", "ambushes");

  private final Lexicon lexicon;
  private final Countries countries = Countries.shared();

  PhraseMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The best phrase starting at unit {@code i}, if any. */
  Optional<Match> at(List<Unit> units, int i) {
    Match best = alias(units, i);
    best = better(best, composed(units, i));
    best = better(best, generic(units, i, i, null));
    best = better(best, unknownGroup(units, i));
    return Optional.ofNullable(best);
  }

  private static Match better(Match a, Match b) {
    return b != null && b.beats(a) ? b : a;
  }

  private Match alias(List<Unit> units, int i) {
    for (int len = Math.min(lexicon.longestAlias, units.size() - i); len >= 1; len--) {
      Lexicon.Alias a = lexicon.aliases.get(Unit.key(units, i, i + len));
      if (a != null && (a.acronym() == null || units.get(i).rawEqualsAcronym(a.acronym()))) {
        return withForceNoun(units, new Match(i, i + len, headOf(units, i, i + len), a.actor(), ALIAS));
      }
    }
    return null;
  }

  /** A country, demonym or possessive followed by a force noun, "-led coalition" or an ethnic group. */
  private Match composed(List<Unit> units, int i) {
    Match best = ethnic(units, i, null);
    for (int len = Math.min(MAX_COUNTRY_UNITS, units.size() - i); len >= 1; len--) {
      Optional<Country> country = country(units, i, i + len);
      if (country.isEmpty()) {
        continue;
      }
      int next = i + len;
      if (next < units.size() && (units.get(next).norm().equals("'s") || units.get(next).norm().equals("'"))) {
        next++;
      }
      String iso2 = country.get().iso2();
      if (next < units.size() && BACKING.contains(units.get(next).norm())) {
        iso2 = null; // "Turkish-backed rebels" are not Turkey's: the backer is no home country
        next++;
      }
      if (iso2 != null && next + 1 < units.size() && units.get(next).norm().equals("led")
          && COALITION_NOUNS.contains(units.get(next + 1).norm())) {
        Actor coalition = new Actor(Kind.COALITION.baseName(), 8, null, Kind.COALITION, null).withCountry(iso2);
        best = better(best, withForceNoun(units, new Match(i, next + 2, next + 1, coalition, COMPOSED)));
      }
      if (next < units.size()) {
        Match group = ethnic(units, next, iso2); // "Ethiopian Merrile militia", "Ugandan Pokot raiders"
        if (group != null) {
          best = better(best, new Match(i, group.end(), group.head(), group.actor(), COMPOSED));
        }
      }
      for (int skip = 0; skip <= MAX_MODIFIERS && next + skip < units.size(); skip++) {
        if (skip > 0 && (!isModifier(units.get(next + skip - 1)) || units.get(next + skip - 1).norm().equals("led"))) {
          break;
        }
        Match noun = generic(units, i, next + skip, iso2);
        if (noun != null) {
          best = better(best, new Match(i, noun.end(), noun.head(), noun.actor(), COMPOSED));
        }
      }
      break;
    }
    return best;
  }

  /**
   * An armed group or force followed by a force noun takes the noun in ("Daesh militants", "IDF
   * soldiers", "US-led coalition jets"); the actor stays the group.
   */
  private Match withForceNoun(List<Unit> units, Match m) {
    if (!m.actor().kind().isArmed()) {
      return m;
    }
    Match noun = generic(units, m.end(), m.end(), null);
    if (noun == null || !noun.actor().kind().isArmed()) {
      return m;
    }
    return new Match(m.start(), noun.end(), noun.head(), m.actor(), m.rank());
  }

  /**
   * "Fulani herdsmen", "Pokot militia" -> "Fulani Ethnic Militia", "Pokot Ethnic Militia (Kenya)";
   * in a pair that shares the noun ("Maasai and Kipsigis militias", "Pokot and Turkana raiders")
   * the first group is a militia of its own too.
   */
  private Match ethnic(List<Unit> units, int i, String country) {
    for (int len = Math.min(3, units.size() - i); len >= 1; len--) {
      Lexicon.EthnicGroup g = lexicon.ethnic.get(Unit.key(units, i, i + len));
      if (g == null || !units.get(i).isCapitalized()) {
        continue;
      }
      Match noun = generic(units, i, i + len, null);
      if (noun == null && i + len + 1 < units.size() && units.get(i + len).norm().equals("and")) {
        Match second = ethnic(units, i + len + 1, null);
        if (second != null) {
          return new Match(i, i + len, i + len - 1, militia(g, country), COMPOSED);
        }
      }
      if (noun != null && ETHNIC_NOUN_KINDS.contains(noun.actor().kind())) {
        return new Match(i, noun.end(), noun.head(), militia(g, country), COMPOSED);
      }
      int end = i + len + 2;
      if (end <= units.size() && GROUP_NOUNS.contains(Unit.key(units, i + len, end))) {
        return new Match(i, end, end - 1, militia(g, country), COMPOSED); // "Orma ethnic group attacks"
      }
      if (noun == null && betweenPair(units, i, i + len)) {
        return new Match(i, i + len, i + len - 1, militia(g, country), COMPOSED); // "between Pokot and Turkana"
      }
      if (i + len == units.size()) {
        continue;
      }
      Unit next = units.get(i + len);
      if (COLLECTIVES.contains(next.norm()) && next.token() != units.get(i + len - 1).token()) {
        return new Match(i, i + len + 1, i + len, militia(g, country), COMPOSED); // "Kikuyu youths", "a Luo group"
      }
      if (RAIDS.contains(next.norm()) || next.pos() != null && next.pos().startsWith("VB")
          && !next.pos().equals("VBN") && !next.pos().equals("VBG")) {
        return new Match(i, i + len, i + len - 1, militia(g, country), COMPOSED); // "Maasai attacked", "Turkana kill 3"
      }
    }
    return null;
  }

  /** Whether units {@code [from, to)}, a group's name, are one side of "between X and Y", both groups. */
  private boolean betweenPair(List<Unit> units, int from, int to) {
    if (from > 0 && units.get(from - 1).norm().equals("between") && to < units.size()
        && units.get(to).norm().equals("and")) {
      return groupNameLength(units, to + 1) > 0;
    }
    if (from >= 3 && units.get(from - 1).norm().equals("and")) {
      for (int len = 1; len <= 3 && from - 1 - len >= 1; len++) {
        int start = from - 1 - len;
        if (units.get(start - 1).norm().equals("between") && groupNameLength(units, start) == len) {
          return true;
        }
      }
    }
    return false;
  }

  /** The length of the ethnic group's name starting at unit {@code i}, capitalised, or 0. */
  private int groupNameLength(List<Unit> units, int i) {
    for (int len = Math.min(3, units.size() - i); len >= 1; len--) {
      if (units.get(i).isCapitalized() && lexicon.ethnic.get(Unit.key(units, i, i + len)) != null) {
        return len;
      }
    }
    return 0;
  }

  /** The group's militia, of {@code country} when the text gives it ("Ugandan Pokot"), else of the group's. */
  private static Actor militia(Lexicon.EthnicGroup g, String country) {
    return new Actor(g.name() + " " + g.suffix(), Kind.IDENTITY_MILITIA.inter(), null, Kind.IDENTITY_MILITIA, null)
        .withCountry(country != null ? country : g.country());
  }

  /**
   * A generic noun at unit {@code at} (the phrase starts at {@code start}), with the country when
   * known. Rejected when the noun only modifies a following noun ("police station").
   */
  private Match generic(List<Unit> units, int start, int at, String iso2) {
    for (int len = Math.min(lexicon.longestNoun, units.size() - at); len >= 1; len--) {
      Actor noun = lexicon.nouns.get(Unit.key(units, at, at + len));
      if (noun == null
          || !beforeAsset(units, at + len) && (modifiesNextNoun(units, at + len) || !endsInNoun(units, at + len))) {
        continue;
      }
      if (noun.kind() == Kind.GOVERNMENT && beforeAsset(units, at + len) && lexicon.nouns.containsKey(ARMED_STATE)) {
        noun = lexicon.nouns.get(ARMED_STATE); // "government positions", "regime checkpoints": the state's forces
      }
      Actor actor = iso2 == null ? noun : noun.withCountry(iso2);
      return new Match(start, at + len, headOf(units, at, at + len), actor, iso2 == null ? GENERIC : COMPOSED);
    }
    return null;
  }

  private Optional<Country> country(List<Unit> units, int from, int to) {
    Unit first = units.get(from);
    Unit last = units.get(to - 1);
    if (!first.isCapitalized() || !last.isCapitalized() || (first.pos() != null && !first.pos().startsWith("NNP")
        && !first.pos().startsWith("JJ"))) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (int k = from; k < to; k++) {
      text.append(k > from ? " " : "").append(units.get(k).raw());
    }
    return countries.find(text.toString());
  }

  /**
   * An unknown group: capitalised words ending in a head word ("Popular Resistance Front") or
   * starting with one ("Jaish al-Umma"), two words at least; an acronym in brackets after it goes
   * into the ACLED name ("PRF: Popular Resistance Front").
   */
  private Match unknownGroup(List<Unit> units, int i) {
    if (!units.get(i).isCapitalized() || CONNECTORS.contains(units.get(i).norm())
        || lexicon.nouns.containsKey(units.get(i).norm())) {
      return null; // "Fighters of the X Brigade": the group starts at X
    }
    int end = i;
    while (end < units.size() && (units.get(end).isCapitalized() && isWord(units.get(end))
        || (end > i && CONNECTORS.contains(units.get(end).norm())))) {
      end++;
    }
    while (end > i && CONNECTORS.contains(units.get(end - 1).norm())) {
      end--;
    }
    if (end - i < 2) {
      return null;
    }
    Lexicon.Head first = lexicon.head(units.get(i).norm(), "first");
    int stop = first != null ? end : lastHead(units, i, end);
    if (stop < 0 || stop - i < 2) {
      return null;
    }
    Kind kind = first != null ? first.kind() : lexicon.head(units.get(stop - 1).norm(), "last").kind();
    StringBuilder name = new StringBuilder();
    for (int k = i; k < stop; k++) {
      Unit u = units.get(k);
      boolean joined = k > i && units.get(k - 1).token() == u.token();
      name.append(k == i ? "" : joined ? "-" : " ").append(u.raw());
    }
    String acronym = acronymAfter(units, stop);
    String full = acronym == null ? name.toString() : acronym + ": " + name;
    Actor actor = new Actor(full, kind.inter(), null, kind, null);
    return new Match(i, stop, first != null ? i : stop - 1, actor, UNKNOWN_GROUP);
  }

  private int lastHead(List<Unit> units, int from, int to) {
    for (int k = to; k > from + 1; k--) {
      if (lexicon.head(units.get(k - 1).norm(), "last") != null) {
        return k;
      }
    }
    return -1;
  }

  private static String acronymAfter(List<Unit> units, int at) {
    if (at + 2 < units.size() && units.get(at).raw().equals("(") && units.get(at + 2).raw().equals(")")) {
      String a = units.get(at + 1).raw();
      if (a.length() >= 2 && a.length() <= 8 && a.equals(a.toUpperCase(Locale.ROOT))) {
        return a;
      }
    }
    return null;
  }

  private static boolean isWord(Unit u) {
    return Character.isLetterOrDigit(u.raw().charAt(0));
  }

  private static boolean isModifier(Unit u) {
    return isWord(u) && (u.pos() == null ? !CONNECTORS.contains(u.norm()) : MODIFIER_TAGS.contains(u.pos()));
  }

  /**
   * The next unit is a common noun of another token: this noun is a modifier ("army spokesman",
   * "police reform"), unless {@link #beforeAsset}.
   */
  private boolean modifiesNextNoun(List<Unit> units, int next) {
    if (!(next < units.size() && units.get(next).pos() != null && (units.get(next).pos().equals("NN")
        || units.get(next).pos().equals("NNS")) && units.get(next).token() != units.get(next - 1).token())) {
      return false;
    }
    return !verbTaggedAsNoun(units, next);
  }

  /**
   * The noun after an actor noun is its verb, tagged as a noun, as the tagger often does in
   * headline-style present tense: a plural before a singular ("militias exchange fire", "youths
   * storm"), or a word that takes an object straight after it ("militia raid Orwa town", "police
   * arrest two"), where a compound noun would need a preposition; or a singular noun's verb in -s
   * before its object ("militia battles police", "group attacks Pokomo villages"). A word that is
   * itself an actor noun ("police officer", "army commanders") still makes a compound.
   */
  private boolean verbTaggedAsNoun(List<Unit> units, int next) {
    Unit noun = units.get(next);
    if (lexicon.nouns.containsKey(Unit.key(units, next, next + 1)) || HELD_ASSETS.contains(noun.norm())) {
      return false;
    }
    String before = units.get(next - 1).pos();
    if ("NNS".equals(before) && noun.pos().equals("NN")) {
      return true;
    }
    if (next + 1 >= units.size() || units.get(next + 1).pos() == null) {
      return false;
    }
    String after = units.get(next + 1).pos();
    boolean objectAfter = after.equals("DT") || after.equals("PRP$") || after.equals("CD") || after.equals("NNP")
        || after.equals("PRP");
    if ("NN".equals(before) && noun.pos().equals("NNS") && noun.norm().endsWith("s")) {
      // "militia battles police", "group attacks Pokomo villages": a verb's -s before its object
      return objectAfter || lexicon.nouns.containsKey(Unit.key(units, next + 1, next + 2));
    }
    return noun.pos().equals("NN") && objectAfter;
  }

  /**
   * The next unit is a post, unit, vehicle or other asset a force holds ("army positions", "a
   * military convoy", "the police station"), so the noun or adjective before it names the force:
   * attacking the asset is attacking the force, as ACLED codes it.
   */
  private static boolean beforeAsset(List<Unit> units, int next) {
    return next < units.size() && units.get(next).token() != units.get(next - 1).token()
        && HELD_ASSETS.contains(units.get(next).norm()) && (units.get(next).pos() == null
            || units.get(next).pos().startsWith("NN"));
  }

  /** The noun whose actor holds a government's posts and vehicles. */
  private static final String ARMED_STATE = "government forces";

  /** Posts, units and vehicles of an armed force: its modifier names whom an attack on them hits. */
  static final Set<String> HELD_ASSETS = Set.of("position", "positions", "base", "bases", "camp", "camps",
      "post", "posts", "outpost", "outposts", "checkpoint", "checkpoints", "convoy", "convoys", "vehicle",
      "vehicles", "truck", "trucks", "patrol", "patrols", "barracks", "headquarters", "station", "stations",
      "garrison", "garrisons", "tank", "tanks", "helicopter", "helicopters", "jet", "jets", "aircraft", "drone",
      "drones", "boat", "boats", "vessel", "vessels", "depot", "depots", "installation", "installations", "lorry",
      "lorries", "car", "cars", "van", "vans", "pickup", "pickups");

  private static boolean endsInNoun(List<Unit> units, int end) {
    Unit last = units.get(end - 1);
    return last.pos() == null || last.isNoun();
  }

  /** The head of a phrase: the last unit, or the one before "of" ("Ministry of Defence"). */
  static int headOf(List<Unit> units, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (units.get(k).norm().equals("of")) {
        return k - 1;
      }
    }
    return to - 1;
  }
}
