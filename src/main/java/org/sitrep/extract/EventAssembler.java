package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.actors.Actor;
import org.sitrep.extract.model.DateValue;
import org.sitrep.extract.model.EventMention;
import org.sitrep.nlp.Sentence;

/**
 * Reads an article sentence by sentence and gathers what it says into events: triggers of one
 * family in a sentence form a mention; a definite mention ("the attack", "these strikes") adds to
 * the event it refers back to; a new mention joins an earlier event when nothing about it conflicts
 * (type family, perpetrator, place within 25 km, date), else it starts a new one. Casualty figures
 * and stances go to the event their sentence speaks of. Events come out most salient first.
 */
final class EventAssembler {
  private final DocContext doc;
  private final DependencyClaimFinder claims;
  private final TriggerFinder triggers;
  private final ArgumentFinder args;
  private final PlaceChooser places;
  private final DateFinder dates;
  private final CasualtyFinder casualties;
  private final StanceFinder stances;
  private final TypeRefiner refiner;
  private final List<Cluster> clusters = new ArrayList<>();

  EventAssembler(DocContext doc) {
    this.doc = doc;
    this.claims = new DependencyClaimFinder(doc);
    this.triggers = new TriggerFinder(doc);
    this.args = new ArgumentFinder(doc, triggers, claims);
    this.places = new PlaceChooser(doc);
    this.dates = new DateFinder(doc);
    this.casualties = new CasualtyFinder(doc, claims);
    this.stances = new StanceFinder(doc, claims);
    this.refiner = new TypeRefiner(doc);
  }

  List<EventMention> assemble() {
    for (Sentence s : doc.analysis().sentences()) {
      read(s);
    }
    List<Cluster> kept = new ArrayList<>(clusters);
    mergeDenials(kept);
    new ClusterFinisher(doc, dates, kept).finish();
    kept.sort(Comparator.comparingInt(this::salience).thenComparingInt(Cluster::firstSentence));
    EventWriter writer = new EventWriter(doc, kept.isEmpty() ? null : kept.get(0));
    List<EventMention> out = new ArrayList<>();
    for (Cluster c : kept) {
      out.add(writer.write(c));
    }
    return out;
  }

  private static String groupKey(Trigger t) {
    return t.type().family() == EventType.Family.TERRITORY ? t.type().name() : t.type().family().name();
  }

  /**
   * Triggers under a temporal marker that refer to no earlier event name a new act when the
   * sentence reports nothing else ("nine injured after gunmen attacked a church", "two dead after
   * clashes in the north"); a clause adds to an act of its own kind the sentence reports ("were shot
   * after gunmen stormed the bus"). Otherwise the marker only dates the sentence's event ("police
   * arrested 20 people after they clashed with a gang", "relatives protested after a riot").
   */
  private static void addUnanchored(Map<String, List<Trigger>> groups, List<Trigger> unanchored) {
    boolean nothingElse = groups.isEmpty();
    for (Trigger t : unanchored) {
      String key = groupKey(t);
      if (nothingElse || !t.noun() && groups.containsKey(key)) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
      }
    }
  }

  /**
   * An act that one source reports and another denies is one event, reported, with the denial among
   * its claims; only an act that is never reported as having happened keeps the mode "denied".
   */
  private static void mergeDenials(List<Cluster> all) {
    List<Cluster> denied = all.stream().filter(c -> c.mode.equals("denied")).toList();
    for (Cluster d : denied) {
      Cluster reported = null;
      for (Cluster c : all) {
        if (c.mode.equals("reported") && c.family() == d.family()
            && (d.actor1 == null || c.actor1 == null || compatibleActors(c.actor1, d.actor1))) {
          reported = c;
          break;
        }
      }
      if (reported != null) {
        reported.claims.addAll(d.claims);
        reported.sentences.addAll(d.sentences);
        if (reported.actor1 == null || reported.actor1.actor().isGeneric()) {
          reported.actor1 = d.actor1 != null ? d.actor1 : reported.actor1;
        }
        all.remove(d);
      }
    }
  }

  /** Nouns of crime that name who did it, not what was done ("a gang", not "a robbery"). */
  private static final java.util.Set<String> CRIME_GROUPS = java.util.Set.of("gang", "cartel");

  /** Whether a crime is known only from the name of the group ("an armed gang shot dead a priest"). */
  private boolean onlyGroup(Cluster c) {
    return c.mentions.stream().flatMap(m -> m.triggers().stream()).allMatch(t -> CRIME_GROUPS.contains(doc.lemma(t.head())));
  }

  private int salience(Cluster c) {
    int score = c.firstSentence();
    if (!c.mode.equals("reported")) {
      score += c.mode.equals("planned") ? 1000 : 2000;
    }
    if (c.framesAct) {
      score -= 2; // before the act it is about, which starts in the same sentence
    } else if (c.family() == EventType.Family.DIPLOMATIC) {
      score += 3;
    }
    if (c.casualties.stream().anyMatch(f -> f.casualty().kind().equals("killed"))) {
      score -= 1;
    }
    if (c.type == EventType.ARRESTS || c.type == EventType.LOOTING || c.type == EventType.ORGANIZED_CRIME && onlyGroup(c)) {
      score += 1; // "arrested and beat a leader", "a gang shot dead a priest": the violence leads
    }
    return score;
  }

  private void read(Sentence s) {
    List<Trigger> found = triggers.find(s);
    List<CasualtyFinder.Found> figures = casualties.find(s);
    Map<String, List<Trigger>> groups = new LinkedHashMap<>();
    Cluster anchor = null;
    List<Trigger> unanchored = new ArrayList<>();
    for (Trigger t : found) {
      if (t.anchor()) {
        Cluster target = referent(t.type().family(), t.type());
        anchor = anchor == null ? target : anchor;
        if (target == null && !t.discards()) {
          unanchored.add(t);
        }
        continue;
      }
      if (t.discards()) {
        continue;
      }
      groups.computeIfAbsent(groupKey(t), k -> new ArrayList<>()).add(t);
    }
    addUnanchored(groups, unanchored);
    foldInto(groups);
    List<Cluster> touched = new ArrayList<>();
    if (anchor != null) {
      touched.add(anchor);
    }
    for (Lexicon.Match a : triggers.anaphors(s)) {
      String fam = a.entry().value();
      Cluster target = referent(fam.equals("ANY") ? EventType.Family.VIOLENT : EventType.Family.valueOf(fam), null);
      if (target != null && !touched.contains(target)) {
        touched.add(target);
        target.sentences.add(s.index());
      }
    }
    Cluster figuresTo = null;
    Map<Cluster, List<Trigger>> framing = new LinkedHashMap<>();
    for (List<Trigger> group : groups.values()) {
      Cluster target = isReference(group) ? referent(group.get(0).type().family(), group.get(0).type()) : null;
      if (target != null) {
        target.sentences.add(s.index());
        PlaceChooser.Candidate p = places.choose(s, group.get(0).head());
        if (p != null) {
          target.referencePlaces.add(p);
        }
        touched.add(target);
        figuresTo = figuresTo == null ? target : figuresTo;
        continue;
      }
      Mention m = mention(s, group, found, figures);
      Cluster c = join(m);
      boolean intervention = c != null && intervenes(c, m);
      if (c != null && c.family() == EventType.Family.PROTEST && m.type().family() == EventType.Family.VIOLENT
          && (c.type == EventType.PEACEFUL_PROTEST || c.type == EventType.PROTEST_WITH_INTERVENTION)
          && doc.hasCue(s.firstToken(), s.endToken(), "LETHAL")) {
        c.type = EventType.EXCESSIVE_FORCE; // protesters killed: lethal force against the protest
      }
      if (c == null) {
        c = new Cluster(m);
        c.anchoredTo = anchor;
        clusters.add(c);
      } else if (intervention) {
        Arg protesters = c.actor1;
        Arg state = c.actor2;
        EventType before = c.type;
        c.add(m);
        c.actor1 = protesters != null ? protesters : c.actor1; // the protesters stay the first side
        c.actor2 = state != null ? state : m.agent() != null ? m.agent() : c.actor2;
        c.type = RIOTS.contains(before) || before == EventType.EXCESSIVE_FORCE ? before
            : EventType.PROTEST_WITH_INTERVENTION;
      } else {
        c.add(m);
      }
      touched.add(c);
      framing.put(c, group);
      if (figuresTo == null || violent(c) && !violent(figuresTo)) {
        figuresTo = c;
      }
    }
    markFramingAttribution(s, framing);
    if (figuresTo == null && !figures.isEmpty()) {
      figuresTo = anchor != null ? anchor : referent(EventType.Family.VIOLENT, null);
    }
    if (figuresTo != null) {
      figuresTo.casualties.addAll(figures);
    }
    claimsOfResponsibility(touched);
    for (Cluster c : new java.util.LinkedHashSet<>(touched)) {
      if (c.claims.size() < 20) {
        c.claims.addAll(stances.find(s, c.actor1 == null ? null : c.actor1.actor()));
      }
    }
  }

  /**
   * "X claimed responsibility for the attack": X is the perpetrator the claim names, and the
   * attack's actor when the report names none; the claim is kept with its evidence.
   */
  private void claimsOfResponsibility(List<Cluster> touched) {
    Cluster claim = null;
    Cluster attack = null;
    for (Cluster c : touched) {
      if (c.type == EventType.ATTRIBUTION && c.actor1 != null) {
        claim = c;
      } else if (c.family() == EventType.Family.VIOLENT && attack == null) {
        attack = c;
      }
    }
    if (claim == null || attack == null) {
      return;
    }
    Mention m = claim.mentions.get(claim.mentions.size() - 1);
    Sentence s = doc.analysis().sentences().get(m.sentence());
    boolean unnamed = attack.actor1 == null || attack.actor1.actor().isGeneric();
    if (unnamed && !doc.hasCue(s.firstToken(), s.endToken(), "DENY")) {
      attack.actor1 = claim.actor1;
    }
    attack.claims.add(new org.sitrep.extract.model.Claim(
        new org.sitrep.extract.model.Claimant(claim.actor1.text().replaceFirst("^(?i)the\\s+", ""),
            claim.actor1.actor().claimantType()),
        "acknowledges", "perpetrator",
        List.of(org.sitrep.extract.model.Evidence.of(s.span(), doc.analysis().text()))));
  }

  /**
   * "Iran accused Israel of carrying out the attack", "IS claimed the bombing": when the sentence
   * that starts an attribution reports the act only inside the claim (every trigger of the act lies
   * under the attribution's word in the parse, and not in its subject), the claim is what the
   * sentence reports happening. An act reported before ("A man was killed. His family accused the
   * police of killing him.") or as the subject of the blame ("A grenade attack on a church was blamed
   * on the militants") is reported as fact; the claim is about it.
   */
  private void markFramingAttribution(Sentence s, Map<Cluster, List<Trigger>> bySentence) {
    for (Map.Entry<Cluster, List<Trigger>> a : bySentence.entrySet()) {
      Cluster claim = a.getKey();
      if (claim.type != EventType.ATTRIBUTION || claim.firstSentence() != s.index()) {
        continue;
      }
      for (Map.Entry<Cluster, List<Trigger>> v : bySentence.entrySet()) {
        if (v.getKey().family() == EventType.Family.VIOLENT && v.getKey().firstSentence() == s.index()
            && a.getValue().stream().anyMatch(t -> v.getValue().stream().allMatch(act -> inClaim(t.head(), act.head())))) {
          claim.framesAct = true;
        }
      }
    }
  }

  /** Whether an act's word lies under a claim's word but outside its subject. */
  private boolean inClaim(int claim, int act) {
    if (!doc.graph().dominates(claim, act)) {
      return false;
    }
    for (int subject : doc.graph().children(claim, "nsubj")) {
      if (doc.graph().dominates(subject, act)) {
        return false;
      }
    }
    return true;
  }

  private static boolean violent(Cluster c) {
    return c.family() == EventType.Family.VIOLENT || c.family() == EventType.Family.PROTEST;
  }

  /**
   * Triggers that only say what happened to people ("killing 632", "shot dead") belong to the
   * event the sentence names otherwise (an earthquake, a protest), and generic violence in a
   * sentence about a protest ("police fired live rounds at protesters") is part of the protest.
   */
  private void foldInto(Map<String, List<Trigger>> groups) {
    if (groups.size() < 2) {
      return;
    }
    List<Trigger> protest = groups.get(EventType.Family.PROTEST.name());
    List<Trigger> violent = groups.get(EventType.Family.VIOLENT.name());
    List<Trigger> disaster = groups.get(EventType.Family.DISASTER.name());
    if (violent != null && disaster != null && disaster.stream().allMatch(t -> t.type() == EventType.MAN_MADE_DISASTER)
        && !violent.stream().allMatch(this::onlyCasualty)) {
      groups.remove(EventType.Family.DISASTER.name()); // the fire an attack started is part of the attack
    }
    if (protest != null && violent != null && violent.stream().allMatch(t -> GENERIC_VIOLENCE.contains(t.type()))) {
      protest.addAll(violent);
      groups.remove(EventType.Family.VIOLENT.name());
    }
    if (groups.size() < 2) {
      return;
    }
    if (groups.containsKey(EventType.Family.DISASTER.name())) {
      // only a disaster takes over the deaths of its sentence; "killed" next to an accusation is a killing
      groups.values().removeIf(g -> g.stream().allMatch(this::onlyCasualty));
    }
  }

  static final java.util.Set<EventType> GENERIC_VIOLENCE =
      java.util.EnumSet.of(EventType.ATTACK, EventType.ARMED_CLASH);

  private boolean onlyCasualty(Trigger t) {
    java.util.Set<String> kinds = doc.lex().casualties().values(doc.analysis(), t.head(), t.head() + 1);
    return !t.noun() && !t.anaphoric() && (kinds.contains("killed") || kinds.contains("injured"));
  }

  /** A group refers back when a definite nominal carries it and nothing in it is new information. */
  private boolean isReference(List<Trigger> group) {
    boolean anaphor = group.stream().anyMatch(Trigger::anaphoric);
    if (!anaphor) {
      return false;
    }
    for (Trigger t : group) {
      if (!t.anaphoric() && (t.noun() || doc.lex().casualties().values(doc.analysis(), t.head(), t.head() + 1).isEmpty())) {
        return false;
      }
    }
    return true;
  }

  /** The event a reference most likely means: same type first, then the article's main one. */
  private Cluster referent(EventType.Family family, EventType type) {
    Cluster same = referentIn(family, type);
    if (same == null && type == EventType.MAN_MADE_DISASTER) {
      return referentIn(EventType.Family.VIOLENT, null); // "the fire" after a strike is the strike's
    }
    return same;
  }

  private Cluster referentIn(EventType.Family family, EventType type) {
    Cluster best = null;
    int bestScore = Integer.MIN_VALUE;
    for (int i = 0; i < clusters.size(); i++) {
      Cluster c = clusters.get(i);
      if (c.family() != family && !(family == EventType.Family.VIOLENT && c.family() == EventType.Family.TERRITORY)) {
        continue;
      }
      int score = (c.type == type ? 4 : 0) + (c.mode.equals("reported") ? 2 : 0) - i;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private Mention mention(Sentence s, List<Trigger> group, List<Trigger> inSentence, List<CasualtyFinder.Found> figures) {
    Arg agent = null;
    Arg patient = null;
    EventType base = group.get(0).type();
    for (Trigger t : group) {
      agent = agent != null ? agent : args.agent(t, base);
      patient = patient != null ? patient : args.patient(t, base);
    }
    int patientHead = -1;
    for (Trigger t : group) {
      patientHead = patientHead >= 0 ? patientHead : args.patientHead(t);
    }
    List<String> victims = figures.stream().map(f -> f.casualty().victim_category()).toList();
    EventType type = refiner.refine(group, inSentence, s.firstToken(), s.endToken(), victims, agent,
        new TypeRefiner.Patient(patient, patientHead));
    String mode = Trigger.modeOf(group);
    if (mode.equals("planned") && type.family() == EventType.Family.DIPLOMATIC) {
      mode = "reported";
    }
    Trigger main = group.get(0);
    for (Trigger t : group) {
      if (t.type().specificity() > main.type().specificity()) {
        main = t;
      }
    }
    PlaceChooser.Candidate place = places.choose(s, main.head());
    DateValue date = dates.find(s, main.head());
    if (mode.equals("reported") && date != null && (dates.historical(date)
        || doc.hasCue(s.firstToken(), s.endToken(), "HISTORICAL"))) {
      mode = "historical";
    }
    return new Mention(s.index(), group, type, mode, agent, patient, place, date);
  }

  /** The earlier event this mention adds to, or null when it is a new one. */
  private Cluster join(Mention m) {
    Cluster best = null;
    for (Cluster c : clusters) {
      if (compatible(c, m) && (best == null || c.mentions.size() > best.mentions.size())) {
        best = c;
      }
    }
    return best;
  }

  /** Protests an intervention by the state can break up (EVENT_TYPES.md: Protests). */
  private static final java.util.Set<EventType> PROTESTS = java.util.EnumSet.of(EventType.PEACEFUL_PROTEST,
      EventType.PROTEST_WITH_INTERVENTION, EventType.EXCESSIVE_FORCE);

  /** How many sentences after a protest's last an arrest or a dispersal is still taken to be of that protest. */
  private static final int INTERVENTION_REACH = 2;

  /**
   * Whether a mention is the state breaking up a protest reported just before: "Students protested
   * outside parliament. Police dispersed them with tear gas." or "... Several arrests were made." (the
   * arrests of a protest are its intervention, not Arrests, which EVENT_TYPES.md keeps for arrests
   * outside a protest). A protest against an arrest ("protested against the arrest of their
   * editor") is not broken up by the arrest it protests ("He was arrested on Friday").
   */
  private boolean intervenes(Cluster c, Mention m) {
    if (RIOTS.contains(c.type)) {
      return quells(c, m);
    }
    boolean intervention = m.type() == EventType.PROTEST_WITH_INTERVENTION || m.type() == EventType.ARRESTS;
    return PROTESTS.contains(c.type) && intervention && m.sentence() > c.firstSentence()
        && m.sentence() - c.sentences.last() <= INTERVENTION_REACH
        && (m.agent() == null || StanceFinder.isState(m.agent().actor()))
        && !(m.type() == EventType.ARRESTS && protestsAnArrest(c));
  }

  /**
   * Riots the state can quell; ACLED keeps the riot's type and codes the state force as its second
   * actor. Not mob violence, whose second actor is the mob's victims.
   */
  private static final java.util.Set<EventType> RIOTS = java.util.EnumSet.of(EventType.VIOLENT_DEMONSTRATION);
  /** What the state does to a crowd when it steps into a riot. */
  private static final java.util.Set<EventType> QUELLING = java.util.EnumSet.of(EventType.PROTEST_WITH_INTERVENTION,
      EventType.ARRESTS, EventType.ATTACK, EventType.EXCESSIVE_FORCE, EventType.ARMED_CLASH);

  /**
   * Whether a mention is the police or the army stepping into a riot reported just before: "Youths
   * blocked the highway and set a lorry on fire. Police fired teargas to break up the crowd." The
   * state must be the doer, and whom it acted on, if said, no armed group (a raid on militants
   * after a riot is another event).
   */
  private boolean quells(Cluster c, Mention m) {
    return QUELLING.contains(m.type()) && m.sentence() > c.firstSentence()
        && m.sentence() - c.sentences.last() <= INTERVENTION_REACH
        && m.agent() != null && StanceFinder.isState(m.agent().actor())
        && (m.patient() == null || !armedSide(m.patient().actor().kind()));
  }

  /** An armed side other than the police, whom the police quelling a riot may act on. */
  private static boolean armedSide(Actor.Kind kind) {
    return kind.isArmed() && kind != Actor.Kind.POLICE;
  }

  private boolean protestsAnArrest(Cluster c) {
    Sentence first = doc.analysis().sentences().get(c.firstSentence());
    return doc.lex().triggers().values(doc.analysis(), first.firstToken(), first.endToken())
        .contains(EventType.ARRESTS.name());
  }

  private boolean compatible(Cluster c, Mention m) {
    if (!c.mode.equals(m.mode())) {
      return false;
    }
    if (intervenes(c, m)) {
      return m.date() == null || c.date == null || sameTime(c.date, m.date());
    }
    if (c.family() == EventType.Family.PROTEST && m.type().family() == EventType.Family.VIOLENT) {
      // "Two people were shot dead." after a protest or riot: the violence happened there
      return GENERIC_VIOLENCE.contains(m.type()) && m.agent() == null && m.place() == null
          && (m.date() == null || c.date == null || sameTime(c.date, m.date()));
    }
    if (c.family() != m.type().family()) {
      return false;
    }
    if (c.family() == EventType.Family.TERRITORY && c.type != m.type()) {
      return false;
    }
    if (c.date != null && m.date() != null && !sameTime(c.date, m.date())) {
      return false;
    }
    if (c.actor1 != null && m.agent() != null && !compatibleActors(c.actor1, m.agent())) {
      return false;
    }
    PlaceChooser.Candidate p = ClusterFinisher.bestPlace(c);
    if (p != null && m.place() != null && !ClusterFinisher.samePlace(p, m.place())) {
      return false;
    }
    return true;
  }

  private static boolean sameTime(DateValue a, DateValue b) {
    if (a.value() == null || b.value() == null) {
      return true;
    }
    int n = Math.min(a.value().length(), b.value().length());
    return a.value().substring(0, n).equals(b.value().substring(0, n));
  }

  private static boolean compatibleActors(Arg a, Arg b) {
    if (a.actor().name().equals(b.actor().name())) {
      return true;
    }
    if (a.actor().country() == null || b.actor().country() == null) {
      return a.actor().inter() == b.actor().inter() || StanceFinder.isState(a.actor()) && StanceFinder.isState(b.actor());
    }
    return StanceFinder.sameSide(a.actor(), b.actor());
  }
}
