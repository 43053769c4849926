package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.DependencyGraph;

/**
 * Who did it and to whom, from the parse around the triggers: the active subject, "by X" in the
 * passive, the possessor or modifier of a nominal ("US airstrike", "the coalition's strikes"), the
 * subject of a light verb ("X carried out strikes"); the object, the passive subject, "against X",
 * "on X". A country or capital standing for its state ("Moscow agreed") becomes that state's actor.
 */
final class ArgumentFinder {
  private final DocContext doc;
  private final TriggerFinder triggers;
  private final DependencyClaimFinder claims;

  /** Prepositions of what a shot is aimed at. */
  private static final List<String> AIMED_AT = List.of("at", "upon", "towards", "toward", "into");

  private final FiringSense firing;

  ArgumentFinder(DocContext doc, TriggerFinder triggers, DependencyClaimFinder claims) {
    this.doc = doc;
    this.firing = new FiringSense(doc);
    this.triggers = triggers;
    this.claims = claims;
  }

  Arg agent(Trigger t, EventType type) {
    DependencyGraph g = doc.graph();
    int h = t.head();
    List<Integer> candidates = new ArrayList<>();
    if (!t.noun()) {
      for (int s : g.children(h, "nsubj")) {
        if (!g.relation(s).equals("nsubj:pass") && !isPassiveSubject(h, s)) {
          candidates.add(s);
        }
      }
      candidates.addAll(g.children(h, "obl:agent"));
      candidates.addAll(g.children(h, "obl:by"));
    } else {
      candidates.addAll(g.children(h, "nmod:by"));
      candidates.addAll(g.children(h, "nmod:agent"));
      candidates.addAll(g.children(h, "nmod:poss"));
      int verb = triggers.governingVerb(h);
      if (verb >= 0 && g.relation(h).equals("obj")) {
        for (int s : g.children(verb, "nsubj")) {
          if (!g.relation(s).equals("nsubj:pass")) {
            candidates.add(s);
          }
        }
      }
      for (Dependency d : g.basicChildren(h)) {
        if ((d.relation().equals("compound") || d.relation().equals("amod")) && d.dependent() < h) {
          candidates.add(d.dependent());
        }
      }
      if (verb >= 0 && g.relation(h).startsWith("obl")) {
        candidates.addAll(g.children(verb, "obl:agent"));
      }
    }
    for (int c : candidates) {
      Arg a = doc.token(c).pos().startsWith("PRP") ? pronoun(c) : argAt(c, type);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** "it is calling for ...": the pronoun stands for the sentence's speaker. */
  private Arg pronoun(int token) {
    DependencyClaimFinder.Attributed who = claims.sentenceClaimant(doc.analysis().sentenceOf(token).index());
    if (who == null || who.actor() == null || who.subjectToken() < 0) {
      return null;
    }
    ActorMention m = doc.actorAt(who.subjectToken());
    return m == null ? null : new Arg(m.actor(), m.span(), m.text());
  }

  private boolean isPassiveSubject(int verb, int subj) {
    for (Dependency d : doc.graph().basicChildren(verb)) {
      if (d.relation().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  Arg patient(Trigger t, EventType type) {
    for (int c : patientCandidates(t)) {
      Arg a = argAt(c, type);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** The head token of the trigger's first patient slot (object, passive subject, "against X"), or -1. */
  int patientHead(Trigger t) {
    List<Integer> c = patientCandidates(t);
    return c.isEmpty() ? -1 : c.get(0);
  }

  private List<Integer> patientCandidates(Trigger t) {
    DependencyGraph g = doc.graph();
    int h = t.head();
    List<Integer> candidates = new ArrayList<>();
    if (!t.noun()) {
      boolean weaponFired = false;
      for (int o : g.children(h, "obj")) {
        if (firing.isWeapon(o)) {
          weaponFired = true; // "fired artillery at X": the artillery is what was fired, not whom
        } else {
          candidates.add(o);
        }
      }
      candidates.addAll(g.children(h, "nsubj:pass"));
      List<Integer> passiveSubjects = new ArrayList<>();
      for (int s : g.children(h, "nsubj")) {
        if (isPassiveSubject(h, s)) {
          passiveSubjects.add(s);
        }
      }
      // "fired mortars at X", "shot at X"; not "was shot at the AP line", where "at" is the place
      boolean aimed = weaponFired
          || candidates.isEmpty() && passiveSubjects.isEmpty() && FiringSense.LAUNCHING.contains(doc.lemma(h));
      candidates.addAll(g.children(h, "obl:against"));
      candidates.addAll(g.children(h, "obl:on"));
      candidates.addAll(passiveSubjects);
      if (aimed && DefaultActors.armedTarget(t.type())) {
        for (String at : AIMED_AT) {
          candidates.addAll(g.children(h, "obl:" + at)); // "fired mortars at the positions of X"
        }
      }
    } else {
      candidates.addAll(g.children(h, "nmod:against"));
      candidates.addAll(g.children(h, "nmod:on"));
      int verb = triggers.governingVerb(h);
      if (verb >= 0) {
        candidates.addAll(g.children(verb, "obl:against"));
        candidates.addAll(g.children(verb, "obl:on"));
      }
    }
    return candidates;
  }

  /** The actor a noun phrase headed by {@code head} names, or null. */
  Arg argAt(int head, EventType type) {
    int[] range = doc.graph().subtree(head);
    int first = Math.max(range[0], head - 8);
    int end = Math.min(range[1], head + 8);
    ActorMention best = null;
    for (ActorMention m : doc.actors()) {
      if (!doc.span(first, end).contains(m.span())) {
        continue;
      }
      boolean atHead = m.span().contains(doc.token(head).span());
      if (best == null || m.actor().country() != null && best.actor().country() == null
          || atHead && (best.actor().country() == null) == (m.actor().country() == null)) {
        best = m;
      }
    }
    if (best != null) {
      return new Arg(best.actor(), best.span(), best.text());
    }
    PlaceMention place = doc.placeAt(head);
    if (place != null && place.country() != null && !place.insideName()
        && (place.kind() == PlaceMention.Kind.COUNTRY || place.place() != null
            && "PPLC".equals(place.place().featureCode()))) {
      Actor.Kind kind = type.family() == EventType.Family.VIOLENT || type.family() == EventType.Family.TERRITORY
          ? Actor.Kind.STATE_MILITARY : Actor.Kind.GOVERNMENT;
      return new Arg(Actor.generic(kind, place.country().iso2()), place.span(), place.text());
    }
    return null;
  }
}
