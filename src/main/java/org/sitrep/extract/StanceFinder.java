package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.extract.model.Claim;
import org.sitrep.extract.model.Evidence;
import org.sitrep.nlp.Sentence;

/**
 * Claims about an event with their stance. In a sentence that refers to the event, the claimant of
 * the sentence (or the actor that is its subject) acknowledges (confirms, admits; or, as the
 * perpetrator, says it halted or carried out the act), denies, accuses (blame, aggression, war
 * crime; not the perpetrator itself) or justifies (the perpetrator's belief, intent, target).
 */
final class StanceFinder {
  private static final Set<String> ALWAYS_ACKNOWLEDGE = Set.of("confirm", "acknowledge", "admit", "concede");

  private final DocContext doc;
  private final DependencyClaimFinder claims;

  StanceFinder(DocContext doc, DependencyClaimFinder claims) {
    this.doc = doc;
    this.claims = claims;
  }

  List<Claim> find(Sentence s, Actor perpetrator) {
    List<Claim> out = new ArrayList<>();
    DependencyClaimFinder.Attributed who = claims.sentenceClaimant(s.index());
    if (who == null) {
      who = subjectActor(s);
    }
    if (who == null || who.claimant() == null) {
      return out;
    }
    boolean perpetratorSide = sameSide(who.actor(), perpetrator);
    Set<String> cues = doc.cues(s.firstToken(), s.endToken());
    Evidence ev = Evidence.of(s.span(), doc.analysis().text());
    boolean acknowledgeWord = false;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (ALWAYS_ACKNOWLEDGE.contains(doc.lemma(i))) {
        acknowledgeWord = true;
      }
    }
    if (cues.contains("DENY")) {
      out.add(new Claim(who.claimant(), "denies", perpetratorSide ? "perpetrator" : "occurrence", List.of(ev)));
    } else if (acknowledgeWord || perpetratorSide && cues.contains("ACKNOWLEDGE")) {
      out.add(new Claim(who.claimant(), "acknowledges", "occurrence", List.of(ev)));
    }
    if (cues.contains("ACCUSE") && !perpetratorSide) {
      out.add(new Claim(who.claimant(), "accuses", "perpetrator", List.of(ev)));
    }
    if (cues.contains("JUSTIFY") && perpetratorSide) {
      out.add(new Claim(who.claimant(), "justifies", "intent", List.of(ev)));
    }
    return out;
  }

  private DependencyClaimFinder.Attributed subjectActor(Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (doc.graph().relation(i).equals("nsubj") && doc.token(doc.graph().head(i) < 0 ? i : doc.graph().head(i)).isVerb()
          && doc.graph().relation(doc.graph().head(i)).equals("root")) {
        var m = doc.actorAt(i);
        if (m != null) {
          String name = m.text().replaceFirst("^(?i)the\\s+", "");
          return new DependencyClaimFinder.Attributed(
              new org.sitrep.extract.model.Claimant(name, m.actor().claimantType()), m.actor(), i);
        }
      }
    }
    return null;
  }

  /** Same actor, or the state forces and government of one country, or a coalition led by it. */
  static boolean sameSide(Actor a, Actor b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.name().equals(b.name())) {
      return true;
    }
    return a.country() != null && Objects.equals(a.country(), b.country()) && a.inter() != 2 && b.inter() != 2
        && isState(a) && isState(b);
  }

  static boolean isState(Actor a) {
    return switch (a.kind()) {
      case STATE_MILITARY, POLICE, GOVERNMENT, COALITION -> true;
      default -> false;
    };
  }
}
