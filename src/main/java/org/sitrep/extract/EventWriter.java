package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.actors.Actor;
import org.sitrep.extract.model.ActorRef;
import org.sitrep.extract.model.Casualty;
import org.sitrep.extract.model.DateValue;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.Evidence;
import org.sitrep.extract.model.Location;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;

/**
 * Writes a finished cluster as SPEC's event record: location with GeoNames point and honest
 * precision, actors named as ACLED names them (a state's forces abroad are external, inter 8; a
 * protest's unnamed crowd is "Protesters (Country)"), casualty claims, reconciled fatalities, claims
 * and the evidence sentences.
 */
final class EventWriter {
  private final DocContext doc;
  private final Cluster main;
  private final String articleCountry;

  EventWriter(DocContext doc, Cluster main) {
    this.doc = doc;
    this.main = main;
    this.articleCountry = articleCountry();
  }

  EventMention write(Cluster c) {
    PlaceChooser.Candidate place = placeOf(c);
    Location location = place != null ? location(place) : c == main ? countryOnly() : null;
    String country = location != null && location.country() != null ? location.country() : articleCountry;
    Arg arg1 = c.actor1;
    Arg arg2 = c.actor2;
    if (DefaultActors.armedAgent(c.type) && arg1 == null) {
      arg1 = DefaultActors.armedNamed(doc, c, arg2, true);
    }
    if (DefaultActors.armedTarget(c.type) && arg2 == null && arg1 != null) {
      arg2 = DefaultActors.armedNamed(doc, c, arg1, false);
    }
    if (DefaultActors.armedTarget(c.type) && arg2 == null && arg1 == null) {
      arg2 = DefaultActors.heldTarget(doc, c);
    }
    boolean communal = DefaultActors.armedAgent(c.type) && DefaultActors.communal(doc, c);
    ActorRef actor1 = ref(arg1, country, communal);
    ActorRef actor2 = ref(arg2, country, communal);
    List<ActorRef> associated = null;
    Actor crowd = DefaultActors.crowd(c.type, country);
    if (crowd != null && (actor1 == null || !actor1.name().equals(crowd.name()))) {
      // ACLED: a protest's or riot's actor is the crowd; a named group in it is an associated actor
      if (actor1 != null && actor1.inter() != 1) {
        associated = List.of(actor1);
      }
      if (actor1 != null && actor1.inter() == 1 && actor2 == null) {
        actor2 = actor1;
      }
      actor1 = new ActorRef(crowd.name(), actor1 == null ? null : actor1.text(), crowd.inter(), crowd.country(),
          actor1 == null ? List.of() : actor1.evidence());
    }
    if (actor2 == null && c.type == EventType.VIOLENT_DEMONSTRATION) {
      actor2 = ref(DefaultActors.stateNamed(doc, c), country, false);
    }
    if (actor2 == null && c.type == EventType.MOB_VIOLENCE) {
      actor2 = ref(DefaultActors.stateEngaged(doc, c), country, false);
    }
    boolean riot = c.type == EventType.MOB_VIOLENCE || c.type == EventType.VIOLENT_DEMONSTRATION;
    if (actor2 == null && riot && crowd != null && DefaultActors.mutual(doc, c)) {
      actor2 = unnamed(crowd); // two crowds fighting each other, no force between them: rioters on both sides
    }
    List<Casualty> casualties = ClusterFinisher.mergeCasualties(c.casualties);
    if (actor2 == null) {
      actor2 = victimActor(casualties, country);
    }
    boolean metByForce = c.type == EventType.PROTEST_WITH_INTERVENTION || c.type == EventType.EXCESSIVE_FORCE;
    if (metByForce && actor2 != null && actor2.inter() == Actor.Kind.CIVILIANS.inter()) {
      // the people dispersed or shot at a protest are its protesters ("to disperse the residents"):
      // the second actor is the force that met them, named (else the country's police, below)
      actor2 = ref(DefaultActors.stateNamed(doc, c), country, false);
    }
    Actor fallback1 = DefaultActors.actor1(c.type, country);
    if (actor1 == null && fallback1 != null) {
      fallback1 = DefaultActors.communalIfUnidentified(fallback1, communal);
      actor1 = unnamed(fallback1);
    }
    Actor fallback2 = c.type == EventType.ARMED_CLASH && communal
        ? DefaultActors.communalIfUnidentified(Actor.generic(Actor.Kind.UNIDENTIFIED_ARMED, country), true)
        : DefaultActors.actor2(c.type, country, !casualties.isEmpty());
    if (actor2 == null && fallback2 != null) {
      actor2 = unnamed(fallback2);
    }
    if (actor2 != null && c.type == EventType.VIOLENT_DEMONSTRATION && DefaultActors.isGovernment(actor2)) {
      // a riot's government is what it was against ("demanding the Prime Minister's resignation"):
      // the police it clashed with are its second actor
      ActorRef police = ref(DefaultActors.stateNamed(doc, c), country, false);
      actor2 = police != null ? police : actor2;
    }
    if (actor2 != null && actor2.inter() == Actor.Kind.IDENTITY_MILITIA.inter()
        && DefaultActors.againstCivilians(c.type)) {
      // ACLED: the victims of violence against civilians are civilians, whatever community they
      // belong to ("raiders killed three herders")
      actor2 = asCivilians(actor2, country);
    }
    if (actor2 != null && DefaultActors.officialsAreCivilians(c.type) && DefaultActors.isGovernment(actor2)) {
      // ACLED: an official or office attacked is a civilian target ("Civilians (Kenya)", the
      // government its associated actor)
      actor2 = asCivilians(actor2, country);
    }
    DateValue date = c.date != null ? c.date : new DateFinder(doc).fallback();
    return new EventMention(c.type.label(), c.type.parent(), c.type.plover(), c.type.cameo(), c.mode, date, location,
        actor1, actor2, associated, casualties, FatalityReconciler.reconcile(casualties),
        ClusterFinisher.mergeClaims(c.claims), evidence(c));
  }

  /** Where a place named only in passing ("the Kirinyaga governor", "Meru hospital") is the best hint. */
  private static final String HINT_PRECISION = "admin1";

  private PlaceChooser.Candidate placeOf(Cluster c) {
    PlaceChooser.Candidate p = ClusterFinisher.bestPlace(c);
    boolean physical = c.family() != EventType.Family.DIPLOMATIC && c.family() != EventType.Family.AGREEMENT;
    if (p == null && c.anchoredTo != null && physical) {
      p = ClusterFinisher.bestPlace(c.anchoredTo);
    }
    if (p == null && c == main) {
      p = leadPlace();
    }
    if (c == main && (p == null || p.place().kind() == PlaceMention.Kind.COUNTRY)) {
      PlaceChooser.Candidate hint = placeHint(p);
      p = hint != null ? hint : p;
    }
    return p;
  }

  /**
   * When no sentence names the main event's site, a settlement the article names in another role
   * ("the Siaya senator", "Chemelil Sugar Company", "police in Wajir said") is a better guess of
   * its area than the country's centroid: the first such place in the article's country (or in
   * the country the site candidate names), given at precision admin1, never finer.
   */
  private PlaceChooser.Candidate placeHint(PlaceChooser.Candidate countryOnly) {
    String want = countryOnly != null && countryOnly.place().country() != null
        ? countryOnly.place().country().iso2() : articleCountry;
    for (PlaceMention m : doc.places()) {
      if (m.place() == null || m.kind() == PlaceMention.Kind.COUNTRY || m.kind() == PlaceMention.Kind.DEMONYM) {
        continue;
      }
      if (want == null || want.equals(m.place().countryCode())) {
        PlaceMention hint = new PlaceMention(m.span(), m.text(), PlaceMention.Kind.ADMIN1, m.place(), m.country(),
            null, null, m.preposition(), m.score(), m.attributive());
        return new PlaceChooser.Candidate(hint, 0, false);
      }
    }
    return null;
  }

  /** For the main event with no place of its own: the first site the article names. */
  private PlaceChooser.Candidate leadPlace() {
    PlaceChooser chooser = new PlaceChooser(doc);
    PlaceChooser.Candidate countryOnly = null;
    for (Sentence s : doc.analysis().sentences()) {
      PlaceChooser.Candidate c = chooser.choose(s, s.firstToken());
      if (c != null && c.place().kind() != PlaceMention.Kind.COUNTRY) {
        return c;
      }
      if (c != null && countryOnly == null) {
        countryOnly = c;
      }
    }
    return countryOnly;
  }

  private Location location(PlaceChooser.Candidate c) {
    PlaceMention m = c.place();
    Span span = m.facilitySpan() == null ? m.span() : m.span().union(m.facilitySpan());
    List<Evidence> ev = List.of(Evidence.of(span, doc.analysis().text()));
    String text = doc.analysis().text(span);
    Place p = m.place();
    if (p != null && m.kind() != PlaceMention.Kind.COUNTRY) {
      String precision = switch (m.kind()) {
        case ADMIN1 -> "admin1";
        case ADMIN2 -> "admin2";
        default -> c.near() ? "near" : "exact";
      };
      String admin1 = Gazetteer.shared().admin1Name(p.countryCode(), p.admin1Code());
      return new Location(p.name(), text, p.knownGeonameId(), p.countryCode(), admin1, round(p.lat()), round(p.lon()),
          precision, ev);
    }
    if (m.country() != null) {
      return new Location(m.country().name(), text, null, m.country().iso2(), null, round(m.country().lat()),
          round(m.country().lon()), "country", ev);
    }
    return null;
  }

  /**
   * The main event's location when no sentence names its site: the article's country (from the
   * countries, demonyms and places it names, else the outlet's country), at precision "country".
   */
  private Location countryOnly() {
    if (articleCountry == null) {
      return null;
    }
    return Countries.shared().byCode(articleCountry).map(k -> new Location(k.name(), null, null, k.iso2(), null,
        round(k.lat()), round(k.lon()), "country", List.of())).orElse(null);
  }

  private static double round(double v) {
    return Math.round(v * 100000.0) / 100000.0;
  }

  /** An actor the text implies but does not name: no text, no evidence. */
  /** The country's civilians in place of {@code a}; the text and evidence still name whom. */
  private static ActorRef asCivilians(ActorRef a, String country) {
    Actor civilians = Actor.generic(Actor.Kind.CIVILIANS, country);
    return new ActorRef(civilians.name(), a.text(), civilians.inter(), civilians.country(), a.evidence());
  }

  private static ActorRef unnamed(Actor a) {
    return new ActorRef(a.name(), null, a.inter(), a.country(), List.of());
  }

  private ActorRef ref(Arg a, String country, boolean communal) {
    if (a == null) {
      return null;
    }
    Actor actor = DefaultActors.communalIfUnidentified(a.actor(), communal);
    if (actor.country() == null && country != null && actor.isGeneric()) {
      actor = actor.withCountry(country);
    }
    if (country != null) {
      actor = actor.actingIn(country);
    }
    return new ActorRef(actor.name(), a.text(), actor.inter(), actor.country(),
        List.of(Evidence.of(a.span(), doc.analysis().text())));
  }

  private ActorRef victimActor(List<Casualty> casualties, String country) {
    for (Casualty c : casualties) {
      Actor.Kind kind = switch (c.victim_category()) {
        case "civilians" -> Actor.Kind.CIVILIANS;
        case "protesters" -> Actor.Kind.PROTESTERS;
        case "state_forces" -> Actor.Kind.STATE_MILITARY;
        default -> null;
      };
      if (kind != null && country != null) {
        Actor a = Actor.generic(kind, country);
        return new ActorRef(a.name(), c.victims(), a.inter(), a.country(), c.evidence());
      }
    }
    return null;
  }

  private List<Evidence> evidence(Cluster c) {
    TreeSet<Evidence> ev = new TreeSet<>();
    for (Mention m : c.mentions) {
      if (ev.size() >= 6) {
        break;
      }
      Sentence s = doc.analysis().sentences().get(m.sentence());
      ev.add(Evidence.of(s.span(), doc.analysis().text()));
    }
    return new ArrayList<>(ev);
  }

  /**
   * The country the article is mostly about, from the places and demonyms it names: a place named
   * as an origin or destination ("took them to Somalia") counts half, a country named as a modifier
   * ("US-led", "the US dollar") not at all, and the country the outlet declares ("Daily Nation
   * (Kenya)") weighs as much as a place and a half; a country or town inside an organisation's name
   * ("Kenya Forest Service rangers", "Nyeri National Polytechnic") a quarter. With none of these,
   * the home country of a local militia, community or police force the article names ("Pokot
   * raiders", "the Mungiki sect"); armed groups and armies, which cross borders, do not count; last,
   * the home country of an ethnic group the text names in any role ("6 Kikuyu businessmen"), then
   * of the political parties it names ("ODM supporters"). The outlet's country is the one its name
   * declares or, for a national outlet whose name declares none, the one {@code outlets.tsv} gives.
   */
  private String articleCountry() {
    Map<String, Double> weights = new HashMap<>();
    String outlet = Countries.shared().ofOutlet(doc.analysis().article().source()).map(k -> k.iso2()).orElse(null);
    if (outlet != null) {
      weights.put(outlet, OUTLET_WEIGHT);
    }
    for (PlaceMention p : doc.places()) {
      if (p.country() == null || p.attributive()) {
        continue;
      }
      double w = p.insideName() ? IN_NAME_WEIGHT
          : p.preposition() != null && AWAY.contains(p.preposition()) ? 0.5 : 1.0;
      weights.merge(p.country().iso2(), w, Double::sum);
    }
    String best = null;
    for (PlaceMention p : doc.places()) {
      String iso = p.country() == null ? null : p.country().iso2();
      if (iso != null && weights.containsKey(iso) && (best == null || weights.get(iso) > weights.get(best))) {
        best = iso;
      }
    }
    if (best == null && outlet == null) {
      return localActorCountry();
    }
    return best != null && (outlet == null || weights.get(best) > weights.get(outlet)) ? best : outlet;
  }

  private String localActorCountry() {
    for (var m : doc.actors()) {
      Actor.Kind kind = m.actor().kind();
      if (m.actor().country() != null
          && (kind == Actor.Kind.POLITICAL_MILITIA || kind == Actor.Kind.IDENTITY_MILITIA
              || kind == Actor.Kind.POLICE)) {
        return m.actor().country();
      }
    }
    return doc.dictionary().groupHomeCountry(doc.analysis())
        .or(() -> Countries.shared().ofParties(doc.analysis().text()).map(c -> c.iso2())).orElse(null);
  }

  private static final double OUTLET_WEIGHT = 1.5;
  /** A country or town named inside an organisation's name ("Kenya Forest Service") counts, but little. */
  private static final double IN_NAME_WEIGHT = 0.25;
  private static final java.util.Set<String> AWAY = java.util.Set.of("from", "to", "into", "toward", "towards");
}
