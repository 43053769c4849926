package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.typing.ModelTyper;
import org.sitrep.nlp.StageTimes;

/**
 * Decides a mention's type from its triggers and the sentence's cues, along the lines EVENT_TYPES.md
 * draws: the weapon or platform (aircraft, artillery, explosive, suicide, grenade, chemical), whether
 * the victims were armed (Armed clash) or not (Attack), and what happened at a protest (intervention,
 * lethal force, violence by the protesters).
 */
final class TypeRefiner {
  private static final Set<EventType> GENERIC_VIOLENCE = Set.of(EventType.ATTACK, EventType.ARMED_CLASH,
      EventType.REMOTE_EXPLOSIVE, EventType.SHELLING);

  private final DocContext doc;
  private final ModelTyper typer;
  private final FiringSense firing;
  /** The model's distributions for the texts of this document it has read (mentions of a sentence share one). */
  private final java.util.Map<String, double[]> scored = new java.util.HashMap<>();

  TypeRefiner(DocContext doc) {
    this(doc, ModelTyper.shipped());
  }

  TypeRefiner(DocContext doc, ModelTyper typer) {
    this.doc = doc;
    this.typer = typer;
    this.firing = new FiringSense(doc);
  }

  /** The mention's patient as the parse gives it: the actor it names (or null) and its head token (or -1). */
  record Patient(Arg arg, int head) {}

  /**
   * The type of the mention whose triggers are {@code triggers}, in a sentence {@code [first, end)}
   * whose triggers are {@code inSentence} and whose casualty figures have the victim categories
   * {@code victimCategories}.
   */
  EventType refine(List<Trigger> triggers, List<Trigger> inSentence, int first, int end, List<String> victimCategories,
      Arg agent, Patient patient) {
    String victimCategory = victimCategories.isEmpty() ? null : victimCategories.get(0);
    EventType rule = byCrowd(refineByRules(triggers, first, end, victimCategory, patient), inSentence, agent);
    if (triggers.stream().anyMatch(t -> t.mode().equals("planned")) && ARMED_VIOLENCE.contains(rule.family())) {
      rule = EventType.CHANGE_TO_GROUP;
    }
    boolean decided = rule == EventType.EXCESSIVE_FORCE && byState(agent) || rule == EventType.DISRUPTED_WEAPONS_USE
        && triggers.stream().anyMatch(t -> t.type().family() == EventType.Family.VIOLENT
            || t.type() == EventType.DISRUPTED_WEAPONS_USE && disarmsWeapon(t));
    ModelTyper.Findings findings = new ModelTyper.Findings(Trigger.factual(triggers),
        unarmedVictims(victimCategories, patient), decided, peacefulCrowd(rule, inSentence, first, end));
    String text = modelText(first, end);
    return typer.decide(rule, () -> scored(text), kinds(inSentence, triggers.get(0).mode()), findings);
  }

  /**
   * Verbs that can only mean a weapon stopped ("defused", "intercepted", "shot down"); "foiled" and
   * "thwarted" an attack are often a fight, where the model reads the rest.
   */
  private static final Set<String> DISARMING = Set.of("defuse", "intercept", "shoot", "disarm", "deactivate");

  /** Weapons that can be stopped before they strike, besides the ordnance of {@link FiringSense#isWeapon}. */
  private static final Set<String> STOPPABLE = Set.of("drone", "uav", "device", "ied", "mine", "landmine",
      "explosive");

  /**
   * Whether the trigger is one of {@link #DISARMING} and what it stopped is a weapon ("intercepted two
   * rockets", "shot down a drone"), not people or an aircraft with people on board ("intercepted a
   * group of eleven", "shot down a plane").
   */
  private boolean disarmsWeapon(Trigger t) {
    if (t.noun() || !DISARMING.contains(doc.lemma(t.head()))) {
      return false;
    }
    for (String rel : List.of("obj", "nsubj:pass")) {
      for (int o : doc.graph().children(t.head(), rel)) {
        if (STOPPABLE.contains(doc.lemma(o)) || firing.isWeapon(o)) {
          return true;
        }
      }
    }
    int end = Math.min(doc.analysis().sentenceOf(t.head()).endToken(), t.head() + 6);
    for (int k = t.head() + 1; k < end; k++) {
      boolean particle = k == t.head() + 1 && doc.token(k).pos().equals("RP"); // "shot down"
      if (!particle && !PHRASE_TAGS.contains(doc.token(k).pos())) {
        break;
      }
      if (STOPPABLE.contains(doc.lemma(k)) || firing.isWeapon(k)) {
        return true; // "defused a roadside bomb planted ...", where the parse hung the bomb elsewhere
      }
    }
    return false;
  }

  /**
   * Families of armed violence. Violence only planned or threatened ("vowed to attack", "plans for
   * joint strikes") has not happened: it is a conflict actor's announced activity, which ACLED codes
   * as a strategic development (its fit notes: "Al Shabaab were planning attacks", "threatened to
   * bomb social places": Change to group/activity), with the mode saying it is planned. An attempt
   * ("tried to lynch") keeps the type of the act attempted.
   */
  private static final Set<EventType.Family> ARMED_VIOLENCE = Set.of(EventType.Family.VIOLENT, EventType.Family.TERRITORY);

  /**
   * Whether the rules found the victims unarmed with no armed side against the actor: a figure or
   * the patient names civilians or protesters, or the patient is a person noun ("a shopkeeper",
   * {@link PersonNouns}) that names no armed actor; and no figure counts armed victims.
   */
  private boolean unarmedVictims(List<String> victimCategories, Patient patient) {
    if (victimCategories.stream().anyMatch(TypeRefiner::armedCategory)) {
      return false;
    }
    boolean unarmed = victimCategories.stream().anyMatch(c -> c.equals("civilians") || c.equals("protesters"));
    if (patient.arg() != null) {
      switch (patient.arg().actor().kind()) {
        case CIVILIANS, PROTESTERS -> unarmed = true;
        case STATE_MILITARY, POLICE, COALITION, REBEL, POLITICAL_MILITIA, IDENTITY_MILITIA, UNIDENTIFIED_ARMED -> {
          return false;
        }
        default -> {
          // an organisation, a government: says nothing of arms
        }
      }
    } else if (patient.head() >= 0 && namesSomeone(patient.head())) {
      unarmed |= !armedPhrase(patient.head());
    }
    return unarmed;
  }

  /** Explosives and munitions that can be found or stopped before use. */
  private static final Set<EventType> ORDNANCE = Set.of(EventType.REMOTE_EXPLOSIVE, EventType.GRENADE,
      EventType.SHELLING);

  /** Verbs of finding or stopping a weapon before it is used (EVENT_TYPES.md: Disrupted weapons use). */
  private static final Set<String> PREVENTING = Set.of("find", "discover", "uncover", "recover", "seize", "defuse",
      "remove", "detect", "dismantle", "neutralize", "neutralise", "confiscate", "intercept", "locate", "disarm",
      "deactivate", "foil", "thwart");

  /**
   * Whether a trigger names a weapon that was found or stopped: a noun ("a roadside bomb", "a
   * missile") whose verb finds or stops it ("police found a bomb", "a bomb was defused", "bombs found
   * near a school").
   */
  private boolean prevented(Trigger t) {
    if (!t.noun() || !ORDNANCE.contains(t.type())) {
      return false;
    }
    int v = doc.graph().head(t.head());
    for (int hops = 0; v >= 0 && hops < 3 && !doc.token(v).isVerb(); hops++) {
      v = doc.graph().head(v);
    }
    if (v >= 0 && doc.token(v).isVerb() && PREVENTING.contains(doc.lemma(v))) {
      return true;
    }
    for (org.sitrep.nlp.Dependency d : doc.graph().basicChildren(t.head())) {
      if (d.relation().startsWith("acl") && PREVENTING.contains(doc.lemma(d.dependent()))) {
        return true;
      }
    }
    return preventedJustBefore(t.head());
  }

  /** Tags a noun phrase's words before its head may have ("defused a roadside bomb", "seized two homemade"). */
  private static final Set<String> PHRASE_TAGS = Set.of("DT", "JJ", "NN", "NNS", "CD", "PRP$", "VBN", "HYPH");

  /**
   * Whether a verb of finding or stopping stands right before the noun phrase of the weapon ("sappers
   * defused a roadside bomb planted under a culvert"), where the parse hung the noun elsewhere.
   */
  private boolean preventedJustBefore(int head) {
    int sentenceStart = doc.analysis().sentenceOf(head).firstToken();
    for (int k = head - 1; k >= Math.max(sentenceStart, head - 5); k--) {
      if (doc.token(k).isVerb() && !doc.token(k).pos().equals("VBN")) {
        return PREVENTING.contains(doc.lemma(k));
      }
      if (!PHRASE_TAGS.contains(doc.token(k).pos())) {
        return false;
      }
    }
    return false;
  }

  /** Types of a protest the crowd did not turn violent. */
  private static final Set<EventType> PEACEFUL_CROWD_TYPES = Set.of(EventType.PEACEFUL_PROTEST,
      EventType.PROTEST_WITH_INTERVENTION, EventType.EXCESSIVE_FORCE);
  /** Triggers of a crowd's own violence, or of a fight it took part in. */
  private static final Set<EventType> CROWD_ACTS = Set.of(EventType.VIOLENT_DEMONSTRATION, EventType.MOB_VIOLENCE,
      EventType.ARMED_CLASH, EventType.LOOTING, EventType.REMOTE_EXPLOSIVE, EventType.GRENADE);

  /**
   * Whether the rules found a protest met by force (tear gas, batons, dispersal, live rounds in its
   * sentence) and nothing of its crowd's own violence: no riot, clash, looting or bomb trigger in the
   * sentence, and no riot cue (stones, tyres, vandalised) or {@link #UNRULY} word from the article's
   * start to the sentence after it. The police's tear gas and batons are an intervention, not a riot
   * (EVENT_TYPES.md: Protest with intervention).
   */
  private boolean peacefulCrowd(EventType rule, List<Trigger> inSentence, int first, int end) {
    if (!PEACEFUL_CROWD_TYPES.contains(rule) || inSentence.stream().anyMatch(t -> CROWD_ACTS.contains(t.type()))) {
      return false;
    }
    Set<String> cues = doc.cues(first, end);
    if (!cues.contains("INTERVENTION") && !cues.contains("LETHAL")) {
      return false; // only a crowd the text shows dispersed, tear-gassed, beaten or fired on with live rounds
    }
    // and doing nothing violent itself, in the text up to the sentence after this one
    int sentence = doc.analysis().sentenceOf(first).index();
    List<org.sitrep.nlp.Sentence> sentences = doc.analysis().sentences();
    int upTo = sentences.get(Math.min(sentences.size() - 1, sentence + 1)).endToken();
    if (doc.cues(0, upTo).contains("RIOT")) {
      return false;
    }
    for (int k = 0; k < upTo; k++) {
      if (UNRULY.contains(doc.lemma(k))) {
        return false;
      }
    }
    return true;
  }

  /** Words of a crowd's disorder beyond the riot cues ("barricaded the road", "running battles", "rowdy"). */
  private static final Set<String> UNRULY = Set.of("barricade", "battle", "rioting", "rioter", "hurl", "burn",
      "smash", "rob", "break", "damage", "destroy", "rowdy", "chaos", "violent", "violence", "clash", "loot",
      "block", "blockade", "storm", "injure", "attack", "assault", "chaotic", "unrest");

  /**
   * Whether the trigger is a verb describing an ordnance noun ("two rockets fired from Gaza", "a
   * drone launched by"): how the ordnance came, no happening of its own.
   */
  private boolean firedOrdnance(Trigger t, List<Trigger> triggers) {
    if (t.noun() || !FiringSense.LAUNCHING.contains(doc.lemma(t.head())) || !doc.graph().relation(t.head()).startsWith("acl")) {
      return false;
    }
    int noun = doc.graph().head(t.head());
    return triggers.stream().anyMatch(o -> o.noun() && o.head() == noun && ORDNANCE.contains(o.type()));
  }

  private static boolean byState(Arg agent) {
    return agent != null && (agent.actor().kind() == org.sitrep.actors.Actor.Kind.POLICE
        || agent.actor().kind() == org.sitrep.actors.Actor.Kind.STATE_MILITARY);
  }

  /** Nouns that say only that the victims were human, not whether they were armed ("people were killed"). */
  private static final Set<String> ANYONE = Set.of("person", "people", "man", "men", "individual", "other", "victim",
      "body");

  /** Whether a token names a particular kind of person: a named one, or a person noun other than {@link #ANYONE}. */
  private boolean namesSomeone(int token) {
    org.sitrep.nlp.Token t = doc.token(token);
    String lemma = doc.lemma(token).toLowerCase(java.util.Locale.ROOT);
    return "PERSON".equals(t.ner())
        || t.pos().startsWith("NN") && PersonNouns.contains(lemma) && !ANYONE.contains(lemma);
  }

  /** Whether the noun phrase up to {@code head} names armed people ("a police reservist", "a gang member"). */
  private boolean armedPhrase(int head) {
    int[] range = doc.graph().subtree(head);
    for (int i = range[0]; i <= head; i++) {
      if (armedCategory(CasualtyFinder.category(doc, i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean armedCategory(String victimCategory) {
    return "state_forces".equals(victimCategory) || "non_state_armed".equals(victimCategory);
  }

  /** Profile stages ({@code sitrep bench --profile}): parts of the events stage, so indented. */
  static final String MODEL_STAGE = "  of which type model (texts scored)";
  static final String TYPED_STAGE = "  mentions typed with the model";

  /** The model's distribution for a mention's text, scored once per document and text. */
  private double[] scored(String text) {
    StageTimes.count(TYPED_STAGE, 1);
    return scored.computeIfAbsent(text, t -> {
      long start = StageTimes.start();
      double[] p = typer.probabilities(t);
      StageTimes.stop(MODEL_STAGE, start);
      return p;
    });
  }

  /** Sentences after a mention's own that the type model also reads, within its paragraph. */
  private static final int CONTEXT_SENTENCES = 2;

  /**
   * What the type model reads for a mention: its sentence and the next ones of its paragraph, where
   * a report goes on describing the event its sentence opens (an ACLED note whole, a lead with its
   * paragraph).
   */
  private String modelText(int first, int end) {
    String text = doc.analysis().text();
    List<org.sitrep.nlp.Sentence> sentences = doc.analysis().sentences();
    org.sitrep.nlp.Span span = doc.span(first, end);
    int stop = span.end();
    int taken = 0;
    for (org.sitrep.nlp.Sentence s : sentences) {
      if (s.span().start() < stop) {
        continue;
      }
      if (taken == CONTEXT_SENTENCES || text.substring(stop, s.span().start()).contains("\n\n")) {
        break;
      }
      stop = s.span().end();
      taken++;
    }
    return text.substring(span.start(), stop);
  }

  /** Violence or destruction a crowd does (EVENT_TYPES.md: Riots), not an armed group's. */
  private static final Set<EventType> CROWD_CAN_DO = Set.of(EventType.ATTACK, EventType.ARMED_CLASH,
      EventType.LOOTING, EventType.REMOTE_EXPLOSIVE, EventType.GRENADE);

  /**
   * A crowd that attacks, clashes, burns or throws crude bombs riots: "villagers attacked and burned
   * the homes", "supporters of two candidates clashed, exploding crude bombs" are Mob violence, or a
   * Violent demonstration when the crowd is protesting.
   */
  private static EventType byCrowd(EventType type, List<Trigger> inSentence, Arg agent) {
    if (agent == null || !CROWD_CAN_DO.contains(type)) {
      return type;
    }
    org.sitrep.actors.Actor.Kind kind = agent.actor().kind();
    if (kind != org.sitrep.actors.Actor.Kind.RIOTERS && kind != org.sitrep.actors.Actor.Kind.PROTESTERS
        && kind != org.sitrep.actors.Actor.Kind.CIVILIANS) {
      return type;
    }
    boolean protesting = kind == org.sitrep.actors.Actor.Kind.PROTESTERS
        || inSentence.stream().anyMatch(t -> t.type().family() == EventType.Family.PROTEST && t.type() != EventType.MOB_VIOLENCE);
    return protesting ? EventType.VIOLENT_DEMONSTRATION : EventType.MOB_VIOLENCE;
  }

  /** The kinds of happening the sentence's triggers name in a mode ("denied that officers had beaten" is not). */
  private static Set<ModelTyper.Kind> kinds(List<Trigger> inSentence, String mode) {
    Set<ModelTyper.Kind> kinds = java.util.EnumSet.noneOf(ModelTyper.Kind.class);
    for (Trigger t : inSentence) {
      if (t.mode().equals(mode)) {
        kinds.add(ModelTyper.Kind.of(t.type()));
      }
    }
    return kinds;
  }

  /** Types a chemical agent can be delivered by (EVENT_TYPES.md: Chemical weapon, whatever the delivery). */
  private static final Set<EventType> DELIVERIES = Set.of(EventType.ATTACK, EventType.ARMED_CLASH,
      EventType.SHELLING, EventType.AIR_DRONE_STRIKE, EventType.REMOTE_EXPLOSIVE, EventType.GRENADE);

  private EventType refineByRules(List<Trigger> triggers, int first, int end, String victimCategory,
      Patient patientOf) {
    Arg patient = patientOf.arg();
    EventType base = triggers.get(0).type();
    for (Trigger t : triggers) {
      if (t.type().specificity() > base.specificity()) {
        base = t.type();
      }
    }
    if (base == EventType.LOOTING && patientOf.head() >= 0 && namesSomeone(patientOf.head())
        && (patient == null || patient.actor().kind() == org.sitrep.actors.Actor.Kind.CIVILIANS)) {
      return EventType.ATTACK; // "burnt a herder": what was burnt is a person, not property
    }
    Set<String> cues = doc.cues(first, end);
    List<Trigger> weapons = triggers.stream()
        .filter(t -> t.type() != EventType.DISRUPTED_WEAPONS_USE && !firedOrdnance(t, triggers)).toList();
    if (ORDNANCE.contains(base) && !weapons.isEmpty() && weapons.stream().allMatch(this::prevented)) {
      return EventType.DISRUPTED_WEAPONS_USE; // "police found and defused a bomb": no explosion happened
    }
    if (EventAssembler.GENERIC_VIOLENCE.contains(base)) {
      for (Trigger t : triggers) {
        if (t.type() == EventType.PEACEFUL_PROTEST || t.type() == EventType.PROTEST_WITH_INTERVENTION) {
          base = t.type(); // "police shot dead a rider during protests": the shooting was at the protest
          break;
        }
      }
    }
    if (base.family() == EventType.Family.VIOLENT) {
      if (cues.contains("LABOUR_STRIKE") && triggers.stream().allMatch(t -> doc.lemma(t.head()).equals("strike"))) {
        return EventType.PEACEFUL_PROTEST;
      }
      if (cues.contains("CHEMICAL") && DELIVERIES.contains(base)) {
        return EventType.CHEMICAL_WEAPON; // "mortar rounds filled with mustard agent": the agent, not how it came
      }
      if (base == EventType.REMOTE_EXPLOSIVE && cues.contains("INDUSTRIAL") && !cues.contains("EXPLOSIVE")
          && !cues.contains("SUICIDE") && !cues.contains("GRENADE") && !cues.contains("ARTILLERY")
          && !cues.contains("AIRCRAFT")) {
        return EventType.MAN_MADE_DISASTER; // "an explosion at a coal mine killed 22 miners": no weapon, an accident
      }
      if (GENERIC_VIOLENCE.contains(base) || base == EventType.MOB_VIOLENCE && cues.contains("AIRCRAFT")) {
        if (cues.contains("SUICIDE")) {
          return EventType.SUICIDE_BOMB;
        }
        if (cues.contains("CHEMICAL")) {
          return EventType.CHEMICAL_WEAPON;
        }
        if (cues.contains("AIRCRAFT")) {
          return EventType.AIR_DRONE_STRIKE;
        }
        if (cues.contains("GRENADE")) {
          return EventType.GRENADE;
        }
        if (base == EventType.SHELLING || cues.contains("ARTILLERY")) {
          return EventType.SHELLING;
        }
        if (base == EventType.REMOTE_EXPLOSIVE || cues.contains("EXPLOSIVE") && base == EventType.ATTACK) {
          return EventType.REMOTE_EXPLOSIVE;
        }
        if (triggers.stream().anyMatch(t -> doc.lemma(t.head()).equals("strike") && t.type() == EventType.ATTACK)) {
          return EventType.AIR_DRONE_STRIKE; // a strike with no platform named in a conflict report
        }
        if (base == EventType.ATTACK && armed(victimCategory, patient)) {
          return EventType.ARMED_CLASH;
        }
      }
      return base;
    }
    if (base.family() == EventType.Family.TERRITORY && cues.contains("UNOPPOSED")) {
      return EventType.NON_VIOLENT_TRANSFER; // "took the town without resistance": it changed hands without fighting
    }
    if (base.family() == EventType.Family.PROTEST) {
      if (base == EventType.MOB_VIOLENCE || base == EventType.VIOLENT_DEMONSTRATION) {
        return base;
      }
      if (cues.contains("RIOT")) {
        return EventType.VIOLENT_DEMONSTRATION;
      }
      if (cues.contains("LETHAL")) {
        return EventType.EXCESSIVE_FORCE;
      }
      if (cues.contains("INTERVENTION")) {
        return EventType.PROTEST_WITH_INTERVENTION;
      }
      return base;
    }
    return base;
  }

  private static boolean armed(String victimCategory, Arg patient) {
    if ("state_forces".equals(victimCategory) || "non_state_armed".equals(victimCategory)) {
      return true;
    }
    if (patient == null) {
      return false;
    }
    return switch (patient.actor().kind()) {
      case STATE_MILITARY, POLICE, COALITION, REBEL, POLITICAL_MILITIA, IDENTITY_MILITIA, UNIDENTIFIED_ARMED -> true;
      default -> false;
    };
  }
}
