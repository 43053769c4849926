package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorMention;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.Evidence;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.DependencyGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;

/**
 * Casualty figures from the parse: a count on the people something happened to ("62 soldiers were
 * killed", "killing at least 70 civilians", "a hundred others were injured", "the death toll rose to
 * 12", "3 bodies"), or a lone victim ("a man was shot dead"). Each figure gets its kind, qualifier,
 * victims and category, its claimant, and the clause it came from as evidence.
 */
final class CasualtyFinder {
  /** A figure and the token of the word that says what happened (the verb or noun). */
  record Found(Casualty casualty, int predicate, int numberToken, Actor claimantActor) {}

  private static final Set<String> LONE_VICTIMS = Set.of("man", "woman", "child", "boy", "girl", "soldier",
      "officer", "policeman", "policewoman", "civilian", "person", "student", "farmer", "teacher", "trader",
      "journalist", "member", "leader", "worker", "resident", "villager", "youth", "driver", "herder", "guard",
      "militant", "fighter", "commander", "official", "activist", "supporter", "teenager", "pastor",
      "imam", "chief", "elder", "suspect", "businessman", "security guard", "police officer");
  private static final Map<String, String> CATEGORY_BY_NOUN = Map.ofEntries(
      Map.entry("soldier", "state_forces"), Map.entry("troop", "state_forces"), Map.entry("force", "state_forces"),
      Map.entry("officer", "state_forces"), Map.entry("policeman", "state_forces"), Map.entry("police", "state_forces"),
      Map.entry("serviceman", "state_forces"), Map.entry("personnel", "state_forces"),
      Map.entry("guard", "state_forces"), Map.entry("militant", "non_state_armed"),
      Map.entry("fighter", "non_state_armed"), Map.entry("rebel", "non_state_armed"),
      Map.entry("insurgent", "non_state_armed"), Map.entry("jihadist", "non_state_armed"),
      Map.entry("gunman", "non_state_armed"), Map.entry("attacker", "non_state_armed"),
      Map.entry("assailant", "non_state_armed"), Map.entry("terrorist", "non_state_armed"),
      Map.entry("bandit", "non_state_armed"), Map.entry("militiaman", "non_state_armed"),
      Map.entry("civilian", "civilians"), Map.entry("woman", "civilians"), Map.entry("child", "civilians"),
      Map.entry("villager", "civilians"), Map.entry("resident", "civilians"), Map.entry("student", "civilians"),
      Map.entry("farmer", "civilians"), Map.entry("worshipper", "civilians"), Map.entry("passenger", "civilians"),
      Map.entry("pilgrim", "civilians"), Map.entry("refugee", "civilians"), Map.entry("worker", "civilians"),
      Map.entry("journalist", "civilians"), Map.entry("protester", "protesters"),
      Map.entry("demonstrator", "protesters"));
  /** Nouns that are themselves the outcome: "62 deaths", "70 dead", "3 bodies". */
  static final Set<String> OUTCOME_NOUNS =
      Set.of("death", "fatality", "body", "dead", "injury", "injured", "wounded", "hostage", "arrest");
  private static final Set<String> TOLL_VERBS = Set.of("rise", "reach", "climb", "stand", "hit", "jump", "increase");

  private final DocContext doc;
  private final DependencyClaimFinder claims;

  CasualtyFinder(DocContext doc, DependencyClaimFinder claims) {
    this.doc = doc;
    this.claims = claims;
  }

  List<Found> find(Sentence s) {
    List<Found> out = new ArrayList<>();
    Set<Integer> usedPredicates = new HashSet<>();
    String lastVictims = null;
    String lastCategory = null;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if ("DATE".equals(doc.token(i).ner()) || "DURATION".equals(doc.token(i).ner())
          || "TIME".equals(doc.token(i).ner()) || "MONEY".equals(doc.token(i).ner())
          || "PERCENT".equals(doc.token(i).ner()) || "ORDINAL".equals(doc.token(i).ner())) {
        continue;
      }
      Optional<Quantity> q = Quantity.at(doc.analysis(), i);
      if (q.isEmpty()) {
        continue;
      }
      Quantity quantity = q.get();
      int noun = countedNoun(i);
      Predicate p = predicate(noun, s);
      if (p == null) {
        i = Math.max(i, quantity.end() - 1);
        continue;
      }
      String victims = victimsText(noun, i);
      String category = category(noun);
      if (isOthers(noun) && lastVictims != null) {
        category = lastCategory;
      }
      if (isOthers(noun) && lastVictims != null) {
        victims = lastVictims;
      }
      out.add(found(p, quantity.value(), quantity.qualifier(), quantity.low(), quantity.high(), victims, category,
          i, s));
      usedPredicates.add(p.token);
      lastVictims = victims;
      lastCategory = category;
      i = Math.max(i, quantity.end() - 1);
    }
    // lone victims: "a man was killed", "a soldier was shot dead"
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (!doc.token(i).isNoun() || !doc.token(i).pos().equals("NN") && !doc.token(i).pos().equals("NNP")) {
        continue;
      }
      String rel = doc.graph().relation(i);
      if (!rel.startsWith("nsubj:pass") && !rel.equals("obj")) {
        continue;
      }
      int gov = doc.graph().head(i);
      if (gov < 0 || usedPredicates.contains(gov)) {
        continue;
      }
      String kind = kindOf(gov);
      if (kind == null) {
        continue;
      }
      boolean lone = LONE_VICTIMS.contains(doc.lemma(i)) && singularDeterminer(i)
          || "PERSON".equals(doc.token(i).ner());
      if (!lone) {
        continue;
      }
      int[] np = doc.graph().subtree(i);
      String victims = doc.analysis().text(doc.span(np[0], i + 1)).replaceFirst("^(?i)(a|an|one|the)\\s+", "");
      out.add(found(new Predicate(gov, kind), 1, "exact", null, null, victims, category(i), i, s));
      usedPredicates.add(gov);
    }
    return out;
  }

  private record Predicate(int token, String kind) {}

  /** The noun a number counts: the number's head for "62 soldiers", the number itself for "62 died". */
  private int countedNoun(int number) {
    DependencyGraph g = doc.graph();
    String rel = g.relation(number);
    int head = g.head(number);
    if ((rel.equals("nummod") || rel.equals("nummod:gov")) && head >= 0) {
      return head;
    }
    // "Sixty - two Syrian soldiers": the number's last token carries the relation
    for (int k = number + 1; k < number + 4 && k < doc.analysis().tokens().size(); k++) {
      if ("NUMBER".equals(doc.token(k).ner()) && g.relation(k).startsWith("nummod")) {
        return g.head(k);
      }
    }
    return number;
  }

  private Predicate predicate(int noun, Sentence s) {
    DependencyGraph g = doc.graph();
    String selfKind = nounKind(noun);
    if (selfKind != null) {
      return new Predicate(noun, selfKind);
    }
    String rel = g.relation(noun);
    int gov = g.head(noun);
    if (gov < 0) {
      return null;
    }
    if (rel.startsWith("nsubj") || rel.equals("obj")) {
      String kind = kindOf(gov);
      if (kind != null) {
        return new Predicate(gov, kind);
      }
      if (rel.equals("obj") && doc.lemma(gov).equals("leave")) {
        for (Dependency d : g.basicChildren(gov)) {
          String k = kindOf(d.dependent());
          if (k != null && (d.relation().startsWith("xcomp") || d.relation().startsWith("obl"))) {
            return new Predicate(d.dependent(), k);
          }
        }
      }
    }
    // "the toll rose to 12", "a toll of 12"
    if (TOLL_VERBS.contains(doc.lemma(gov)) || doc.lemma(gov).equals("toll")) {
      int tollVerb = gov;
      if (doc.lemma(gov).equals("toll")) {
        return new Predicate(gov, kindOf(gov) == null ? "killed" : kindOf(gov));
      }
      for (Dependency d : g.basicChildren(tollVerb)) {
        if (d.relation().startsWith("nsubj") && doc.lemma(d.dependent()).equals("toll")) {
          return new Predicate(d.dependent(), tollKind(d.dependent()));
        }
      }
    }
    // "among the dead", adjectival predicates: "12 were dead", "5 people injured"
    if (rel.startsWith("nsubj") && kindOf(gov) != null) {
      return new Predicate(gov, kindOf(gov));
    }
    if (rel.equals("acl") || rel.startsWith("amod")) {
      return null;
    }
    for (Dependency d : g.basicChildren(noun)) {
      if (d.relation().equals("acl") || d.relation().startsWith("amod")) {
        String k = kindOf(d.dependent());
        if (k != null) {
          return new Predicate(d.dependent(), k);
        }
      }
    }
    return null;
  }

  private String tollKind(int toll) {
    for (Dependency d : doc.graph().basicChildren(toll)) {
      if (d.relation().equals("compound") && doc.lemma(d.dependent()).equals("injury")) {
        return "injured";
      }
    }
    return "killed";
  }

  /** Nouns that are themselves the outcome: "62 deaths", "70 dead", "3 bodies". */
  private String nounKind(int noun) {
    String lemma = doc.lemma(noun);
    if (OUTCOME_NOUNS.contains(lemma)
        && doc.token(noun).pos().startsWith("N") || lemma.equals("dead") || lemma.equals("wounded")) {
      return kindOf(noun);
    }
    return null;
  }

  private String kindOf(int token) {
    Set<String> v = doc.lex().casualties().values(doc.analysis(), token, token + 1);
    if (v.isEmpty()) {
      // "shot dead": the verb plus its complement
      if (token + 1 < doc.analysis().tokens().size()) {
        Set<String> two = doc.lex().casualties().values(doc.analysis(), token, token + 2);
        if (!two.isEmpty()) {
          return two.iterator().next();
        }
      }
      return null;
    }
    return v.iterator().next();
  }

  private boolean singularDeterminer(int noun) {
    for (Dependency d : doc.graph().basicChildren(noun)) {
      String w = doc.lower(d.dependent());
      if (d.relation().equals("det") && (w.equals("a") || w.equals("an") || w.equals("one"))
          || d.relation().equals("nummod") && w.equals("one")) {
        return true;
      }
    }
    return false;
  }

  private boolean isOthers(int noun) {
    String w = doc.lower(noun);
    return w.equals("others") || w.equals("more") || w.equals("other");
  }

  private String victimsText(int noun, int number) {
    if (noun <= number) {
      return null; // the number is the head itself, or stands after its noun
    }
    int first = noun;
    for (Dependency d : doc.graph().basicChildren(noun)) {
      String rel = d.relation();
      if ((rel.equals("amod") || rel.equals("compound")) && d.dependent() < noun && d.dependent() > number) {
        first = Math.min(first, d.dependent());
      }
    }
    int start = Math.max(first, number + 1);
    while (start < noun && "NUMBER".equals(doc.token(start).ner())) {
      start++;
    }
    return doc.analysis().text(doc.span(start, noun + 1));
  }

  private String category(int noun) {
    return category(doc, noun);
  }

  /** The victim category of the people a noun names: its actor's kind, else its lemma's, else "unknown". */
  static String category(DocContext doc, int noun) {
    ActorMention m = doc.actorAt(noun);
    if (m != null) {
      Actor.Kind k = m.actor().kind();
      switch (k) {
        case STATE_MILITARY, POLICE, GOVERNMENT, COALITION -> {
          return "state_forces";
        }
        case REBEL, POLITICAL_MILITIA, IDENTITY_MILITIA, UNIDENTIFIED_ARMED -> {
          return "non_state_armed";
        }
        case PROTESTERS, RIOTERS -> {
          return "protesters";
        }
        case CIVILIANS -> {
          return "civilians";
        }
        default -> {
          // fall through to the noun
        }
      }
    }
    return CATEGORY_BY_NOUN.getOrDefault(doc.lemma(noun).toLowerCase(Locale.ROOT), "unknown");
  }

  private Found found(Predicate p, int value, String qualifier, Integer low, Integer high, String victims,
      String category, int numberToken, Sentence s) {
    DependencyClaimFinder.Attributed who = claims.claimantOf(numberToken);
    Span clause = clause(numberToken, p.token, s);
    Casualty c = new Casualty(p.kind, value, qualifier, low, high, victims, category, who.claimant(),
        List.of(Evidence.of(clause, doc.analysis().text())));
    return new Found(c, p.token, numberToken, who.actor());
  }

  /** The smallest clause-like span holding the figure and its predicate. */
  private Span clause(int number, int predicate, Sentence s) {
    int first = Math.min(number, predicate);
    int end = Math.max(number, predicate) + 1;
    int counted = countedNoun(number);
    int[] np = doc.graph().subtree(counted);
    first = Math.max(s.firstToken(), Math.min(first, np[0]));
    end = Math.max(end, counted + 1);
    // include qualifier words before the number ("at least")
    Optional<Quantity> q = Quantity.at(doc.analysis(), number);
    if (q.isPresent()) {
      first = Math.min(first, q.get().first());
    }
    end = Math.min(s.endToken(), Math.max(end, predicate + 1));
    // strip punctuation at the edges
    while (first < end - 1 && doc.token(first).pos().matches("[`'\",.:;]+|``|''")) {
      first++;
    }
    return doc.span(first, end);
  }
}
