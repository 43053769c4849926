package org.sitrep.extract;

import java.util.Set;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;

/**
 * Chooses the place of an event among the places a sentence names: the event's own place, not an
 * origin ("from Iraq"), a destination, a place standing for a government ("Moscow agreed"), a
 * demonym, or a country inside an organisation's name.
 */
final class PlaceChooser {
  /** A place candidate and how strongly it is the event's place. */
  record Candidate(PlaceMention place, double score, boolean near) {}

  private static final Set<String> NOT_THE_SITE = Set.of("from", "to", "into", "toward", "towards", "via",
      "across from", "for");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "inside", "across", "throughout", "within", "on");
  private static final Set<String> NEAR = Set.of("near", "outside", "outskirts of", "close to", "nearby",
      "on the outskirts of", "north of", "south of", "east of", "west of", "around");

  private final DocContext doc;

  PlaceChooser(DocContext doc) {
    this.doc = doc;
  }

  /** The best place for an event whose trigger head is {@code head} in sentence {@code s}. */
  Candidate choose(Sentence s, int head) {
    Candidate best = null;
    for (PlaceMention p : doc.places()) {
      if (!s.span().contains(p.span())) {
        continue;
      }
      Candidate c = score(p, head);
      if (c != null && (best == null || c.score() > best.score())) {
        best = c;
      }
    }
    return best;
  }

  private Candidate score(PlaceMention p, int head) {
    if (p.kind() == PlaceMention.Kind.DEMONYM || p.insideName()) {
      return null;
    }
    String prep = p.preposition();
    if (prep != null && NOT_THE_SITE.contains(prep)) {
      return null;
    }
    int token = tokenOf(p.span());
    if (token < 0) {
      return null;
    }
    String rel = doc.graph().relation(token);
    boolean locative = prep != null && (LOCATIVE.contains(prep) || NEAR.contains(prep));
    if (p.kind() == PlaceMention.Kind.COUNTRY && !locative) {
      return null; // "the US attack", "force the United States": a country not governed by "in" is an actor
    }
    if (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("nsubj") || rel.equals("nmod:poss") || doc.actorAt(token) != null
        && !doc.actorAt(token).span().equals(p.span())) {
      return null; // the place stands for an actor: "Russia says", "Syria's ministry", "Kenyan police"
    }
    if (token + 1 < doc.analysis().tokens().size() && doc.lower(token + 1).equals("-")
        && token + 2 < doc.analysis().tokens().size() && doc.lemma(token + 2).matches("base|led|back|born")) {
      return null; // "UK-based", "US-led"
    }
    double score = switch (p.kind()) {
      case SETTLEMENT -> 3;
      case ADMIN1 -> 2;
      default -> 1;
    };
    if (prep != null && (prep.equals("in") || prep.equals("at") || NEAR.contains(prep))) {
      score += 1;
    }
    if (doc.graph().dominates(head, token)) {
      score += 0.5;
    }
    score += Math.min(0.4, p.score() * 0.4);
    boolean near = p.facility() != null || prep != null && NEAR.contains(prep);
    return new Candidate(p, score, near);
  }

  private int tokenOf(Span span) {
    int last = -1;
    for (var t : doc.analysis().tokens()) {
      if (span.contains(t.span())) {
        last = t.index();
      } else if (t.span().start() >= span.end()) {
        break;
      }
    }
    return last;
  }
}
