package org.sitrep.extract;

import java.util.Set;
import org.sitrep.geo.LocativeCues;
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

  private static final double ORDER_PENALTY = 0.25;
  private static final double CONTAINER_PENALTY = 1.5;
  private static final double INCONSISTENT_PENALTY = 2.0;
  private static final double CHAIN_KM = 250;
  private static final double NESTED_CLAUSE_PENALTY = 1.0;
  /**
   * A town named as an end of a road or highway ("the Nakuru-Eldoret highway", "Thika road") is a
   * weaker site than a place named on the way, and stands for its area (precision admin2).
   */
  private static final double ROUTE_PENALTY = 1.5;
  private static final Set<String> CLAUSES = Set.of("advcl", "xcomp", "ccomp", "acl", "acl:relcl");

  private final DocContext doc;

  PlaceChooser(DocContext doc) {
    this.doc = doc;
  }

  /** The best place for an event whose trigger head is {@code head} in sentence {@code s}. */
  Candidate choose(Sentence s, int head) {
    Candidate best = null;
    int earlier = 0;
    PlaceMention previous = null;
    for (PlaceMention p : doc.places()) {
      if (!s.span().contains(p.span())) {
        continue;
      }
      Candidate c = score(p, head);
      boolean route = isRouteEnd(p);
      if (c != null) {
        double adjusted = c.score() - ORDER_PENALTY * earlier - chainPenalty(previous, p);
        c = new Candidate(c.place(), adjusted, c.near());
        earlier += route ? 0 : 1;
        if (best == null || c.score() > best.score()) {
          best = c;
        }
      }
      if (!route) {
        previous = p; // the ends of "the Dhaka-Rangpur highway in Jaigirhat (Rangpur)" are no chain
      }
    }
    return best;
  }

  private static boolean isRouteEnd(PlaceMention p) {
    return p.facility() != null && LocativeCues.isRoute(p.facility());
  }

  /**
   * In a chain that names a place and then its containers ("in Watamu, Dabaso, Kilifi", "Mirpur
   * upazila (Kushtia, Khulna)", "Kaloleni in Kilifi county"), the most specific resolved name wins:
   * a container loses to the name before it, unless that name resolved to a namesake outside its
   * container (another country, a unit the name is not {@link org.sitrep.geo.Place#within}, or more
   * than {@value #CHAIN_KM} km from a town), which then loses instead.
   */
  private double chainPenalty(PlaceMention previous, PlaceMention p) {
    if (previous == null || !container(previous, p)) {
      return 0;
    }
    return consistent(previous, p) ? CONTAINER_PENALTY : -INCONSISTENT_PENALTY;
  }

  private boolean container(PlaceMention inner, PlaceMention outer) {
    if (inner.insideName() || inner.kind() == PlaceMention.Kind.DEMONYM || outer.kind() == PlaceMention.Kind.DEMONYM) {
      return false;
    }
    int from = inner.facilitySpan() == null ? inner.span().end() : Math.max(inner.span().end(), inner.facilitySpan().end());
    if (from > outer.span().start()) {
      return false;
    }
    return LocativeCues.chainGap(doc.analysis().text().substring(from, outer.span().start()));
  }

  private static boolean consistent(PlaceMention inner, PlaceMention outer) {
    if (inner.country() != null && outer.country() != null && !inner.country().equals(outer.country())) {
      return false;
    }
    if (inner.place() != null && outer.place() != null && (outer.place().isAdmin1Unit() || outer.place().isAdmin2Unit())
        && !inner.place().within(outer.place())) {
      return false; // "Kaliganj upazila (Gazipur, Dhaka)" resolved to a Kaliganj of another division
    }
    return inner.place() == null || outer.place() == null || outer.kind() == PlaceMention.Kind.COUNTRY
        || inner.place().distanceKm(outer.place()) <= CHAIN_KM
        || inner.place().within(outer.place()); // "Ciudad Juarez, Chihuahua": the state's seat stands for the state
  }

  private Candidate score(PlaceMention p, int head) {
    if (p.kind() == PlaceMention.Kind.DEMONYM || p.insideName() || p.attributive()) {
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
      case SETTLEMENT, ADMIN2 -> 3; // a district named beside a city is as likely the site; order decides
      case ADMIN1 -> 2;
      default -> 1;
    };
    if (prep != null && (prep.equals("in") || prep.equals("at") || NEAR.contains(prep))) {
      score += 1;
    }
    if (doc.graph().dominates(head, token)) {
      score += 0.5;
      score -= inNestedClause(head, token) ? NESTED_CLAUSE_PENALTY : 0;
    }
    score += Math.min(0.4, p.score() * 0.4);
    if (isRouteEnd(p)) {
      score -= ROUTE_PENALTY; // "blocked the Kano-Zaria highway in Kaduna State": the unit on the way wins
      if (p.kind() == PlaceMention.Kind.SETTLEMENT) {
        return new Candidate(asUnit(p), score, false); // a highway runs far from the town it is named after
      }
    }
    boolean near = p.facility() != null || prep != null && NEAR.contains(prep);
    var unknown = p.kind() == PlaceMention.Kind.SETTLEMENT ? unknownUnitBefore(p, token)
        : LocativeCues.UnknownUnit.NONE;
    return new Candidate(unknown == LocativeCues.UnknownUnit.DISTRICT ? asUnit(p) : p, score,
        near || unknown == LocativeCues.UnknownUnit.PART);
  }

  /**
   * "in Chatmohar upazila (Pabna, Rajshahi)": Pabna stands for its district, the upazila being
   * unknown; "in Karkail area, Dhaka": the site is near Dhaka.
   */
  private LocativeCues.UnknownUnit unknownUnitBefore(PlaceMention p, int token) {
    int from = Math.max(doc.analysis().sentenceOf(token).span().start(), p.span().start() - 80);
    return LocativeCues.unknownUnitBefore(doc.analysis().text().substring(from, p.span().start()));
  }

  private static PlaceMention asUnit(PlaceMention p) {
    return new PlaceMention(p.span(), p.text(), PlaceMention.Kind.ADMIN2, p.place(), p.country(), p.facilitySpan(),
        p.facility(), p.preposition(), p.score(), p.attributive());
  }

  /** "protested in X, condemning the attack on Y": Y lies in a clause of its own, the protest's topic. */
  private boolean inNestedClause(int head, int token) {
    int steps = 0;
    for (int t = doc.graph().head(token); t >= 0 && t != head && steps++ < 80; t = doc.graph().head(t)) {
      if (CLAUSES.contains(doc.graph().relation(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token that stands for the name in the parse: its last, unless the parser split the name and
   * made the last a subject or object ("in Juazeiro do Norte" parsed as Juazeiro the oblique and
   * Norte a subject), then the first of its tokens attached outside it as an oblique ("obl:in").
   */
  private int tokenOf(Span span) {
    int last = -1;
    int oblique = -1;
    int first = -1;
    for (var t : doc.analysis().tokens()) {
      if (span.contains(t.span())) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      } else if (t.span().start() >= span.end()) {
        break;
      }
    }
    for (int i = first; i >= 0 && i < last && oblique < 0; i++) {
      int h = doc.graph().head(i);
      String rel = doc.graph().relation(i);
      boolean outside = h < first || h > last;
      if (outside && (rel.startsWith("obl") || rel.startsWith("nmod")) && !rel.equals("nmod:poss")) {
        oblique = i;
      }
    }
    String lastRelation = last < 0 ? "" : doc.graph().relation(last);
    boolean argument = lastRelation.startsWith("nsubj") || lastRelation.equals("obj") || lastRelation.equals("iobj");
    return oblique >= 0 && argument ? oblique : last; // "Cox's Bazar area": Cox's is no oblique of its own
  }
}
