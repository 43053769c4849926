package org.sitrep.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor.Kind;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.Token;

/**
 * Finds actors in analysed articles and names them the way ACLED does. The data are TSV files under
 * {@code src/main/resources/org/sitrep/actors/}; {@link #load} adds users' files in the same formats,
 * which override built-in entries without a rebuild. Immutable and thread-safe.
 */
public final class ActorDictionary {
  private static volatile ActorDictionary shared;

  /** Relations by which a bare country or capital is the doer ("Russia said", "struck by Israel"). */
  private static final Set<String> AGENT_RELATIONS = Set.of("nsubj", "obl:agent", "nmod:agent", "nsubj:xsubj");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> NAMED_ENTITY_TYPES = Set.of("PERSON", "LOCATION", "MISC", "CITY", "COUNTRY");

  private final Lexicon lexicon;
  private final PhraseMatcher matcher;
  private final ClaimantTyper claimants;
  private final Map<String, String> capitals = new HashMap<>();

  private ActorDictionary(List<Path> extraFiles) {
    this.lexicon = new Lexicon(extraFiles);
    this.matcher = new PhraseMatcher(lexicon);
    this.claimants = new ClaimantTyper(this);
    for (Country c : Countries.shared().all()) {
      if (c.capital() != null && !c.capital().isBlank()) {
        capitals.putIfAbsent(Unit.key(Unit.of(c.capital()), 0, Unit.of(c.capital()).size()), c.iso2());
      }
    }
  }

  /** The built-in dictionary, loaded once per process. */
  public static ActorDictionary shared() {
    ActorDictionary d = shared;
    if (d == null) {
      synchronized (ActorDictionary.class) {
        d = shared;
        if (d == null) {
          d = new ActorDictionary(List.of());
          shared = d;
        }
      }
    }
    return d;
  }

  /** The built-in data plus users' TSV files, read in order; later entries override earlier ones. */
  public static ActorDictionary load(List<Path> extraFiles) {
    return new ActorDictionary(List.copyOf(extraFiles));
  }

  /** All named actors (groups, organisations, named state bodies). */
  public List<Actor> namedActors() {
    return lexicon.entries();
  }

  /**
   * The actor a whole phrase names ("ISIL", "the Kenyan police", "Syria's foreign ministry",
   * "protesters", "the Popular Resistance Front"), or empty when the phrase is not exactly an actor.
   */
  public Optional<Actor> lookup(String phrase) {
    List<Unit> units = Unit.of(phrase.strip());
    for (int from = 0; from < units.size(); from++) {
      List<Unit> rest = units.subList(from, units.size());
      Optional<Actor> whole = matcher.at(rest, 0).filter(m -> m.end() == rest.size()).map(PhraseMatcher.Match::actor);
      if (whole.isPresent() || !DETERMINERS.contains(units.get(from).norm())) {
        return whole;
      }
    }
    return Optional.empty();
  }

  /**
   * The home country of the first ethnic, clan or tribal group the text names by a capitalised
   * name, as a doer or not ("6 Kikuyu businessmen were hacked", "attacked Pokomo villages"), where
   * the group lives mainly in one country (its dictionary row gives one); empty otherwise.
   */
  public Optional<String> groupHomeCountry(Analysis analysis) {
    for (Sentence sentence : analysis.sentences()) {
      List<Unit> units = Unit.of(analysis, sentence);
      for (int i = 0; i < units.size(); i++) {
        if (!units.get(i).isCapitalized()) {
          continue;
        }
        for (int len = Math.min(3, units.size() - i); len >= 1; len--) {
          Lexicon.EthnicGroup g = lexicon.ethnic.get(Unit.key(units, i, i + len));
          if (g != null && g.country() != null && !g.country().isEmpty()) {
            return Optional.of(g.country());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Actor mentions of the analysis, sorted by span; overlapping candidates yield to the longest. */
  public List<ActorMention> find(Analysis analysis) {
    List<ActorMention> out = new ArrayList<>();
    for (Sentence sentence : analysis.sentences()) {
      List<Unit> units = Unit.of(analysis, sentence);
      int i = 0;
      while (i < units.size()) {
        Optional<PhraseMatcher.Match> m = matcher.at(units, i);
        if (m.isPresent()) {
          out.add(mention(analysis, units, m.get().start(), m.get().end(), m.get().head(), m.get().actor()));
          i = m.get().end();
          continue;
        }
        i = metonym(analysis, sentence, units, i, out);
      }
    }
    out.sort(Comparator.comparing(ActorMention::span));
    return List.copyOf(out);
  }

  /**
   * CoreNLP's entities with the dictionary's word where they disagree: an entity that a named-actor
   * mention covers is an ORGANIZATION, not a PERSON or place.
   */
  public List<Entity> correctEntities(Analysis analysis, List<ActorMention> mentions) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : analysis.entities()) {
      boolean group = NAMED_ENTITY_TYPES.contains(e.type()) && mentions.stream().anyMatch(
          m -> m.span().contains(e.span()) && !m.actor().isGeneric() && !m.actor().kind().isState());
      out.add(group ? new Entity(e.span(), e.firstToken(), e.endToken(), "ORGANIZATION", e.text(), e.normalized()) : e);
    }
    return out;
  }

  /** A post, unit or vehicle a force holds ("checkpoint", "convoy"): the word before it names the force. */
  public static boolean isHeldAsset(String lowerCaseWord) {
    return PhraseMatcher.HELD_ASSETS.contains(lowerCaseWord);
  }

  /** The SPEC claimant type of an actor as the source of a claim. */
  public static String claimantTypeOf(Actor actor) {
    return actor.claimantType();
  }

  /**
   * The SPEC claimant type of any source phrase: an actor ("the Russian army" -> government, "SOHR"
   * -> monitor_ngo) or a person or outlet ("a doctor at the hospital" -> medical, "witnesses" ->
   * witness, "state media" -> media); "unattributed" when nothing tells.
   */
  public String claimantTypeOf(String phrase) {
    return claimants.typeOf(phrase);
  }

  /** A bare country or capital acting ("Russia said", "struck by Israel"); returns the next unit. */
  private int metonym(Analysis analysis, Sentence sentence, List<Unit> units, int i, List<ActorMention> out) {
    for (int len = Math.min(3, units.size() - i); len >= 1; len--) {
      Unit first = units.get(i);
      Unit last = units.get(i + len - 1);
      if (!first.isCapitalized() || DETERMINERS.contains(first.norm()) || !"NNP".equals(last.pos())) {
        continue;
      }
      String key = Unit.key(units, i, i + len);
      String text = analysis.text(new Span(first.span().start(), last.span().end()));
      Optional<String> iso2 = Countries.shared().byName(text).map(Country::iso2)
          .or(() -> Optional.ofNullable(capitals.get(key)));
      if (iso2.isEmpty()) {
        continue;
      }
      Kind kind = agentKind(analysis, sentence, last.token());
      if (kind != null) {
        out.add(mention(analysis, units, i, i + len, i + len - 1, Actor.generic(kind, iso2.get())));
        return i + len;
      }
      return i + 1;
    }
    return i + 1;
  }

  /** GOVERNMENT when the token is the agent of a speech verb, STATE_MILITARY of another verb, else null. */
  private Kind agentKind(Analysis analysis, Sentence sentence, int token) {
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() == token && d.governor() >= 0 && AGENT_RELATIONS.contains(d.relation())) {
        Token verb = analysis.tokens().get(d.governor());
        if (!verb.isVerb()) {
          return null;
        }
        String lemma = verb.lemma() == null ? verb.word() : verb.lemma();
        return lexicon.speechVerbs.contains(lemma.toLowerCase(Locale.ROOT)) ? Kind.GOVERNMENT : Kind.STATE_MILITARY;
      }
    }
    return null;
  }

  private static ActorMention mention(Analysis analysis, List<Unit> units, int start, int end, int head, Actor a) {
    Span span = new Span(units.get(start).span().start(), units.get(end - 1).span().end());
    return new ActorMention(span, analysis.text(span), a, units.get(head).token());
  }
}
