package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorMention;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.DependencyGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.Token;

/**
 * Finds event triggers with the trigger lexicon and reads their mode from the parse: negation,
 * modality and conditionals, planned and threatened acts, generic habitual statements ("have been
 * conducting airstrikes since 2014", bare plurals with nothing specific), definite anaphors ("the
 * attack") and temporal anchors ("after the attack").
 */
final class TriggerFinder {
  private static final Set<String> ANCHOR_MARKERS = Set.of("after", "before", "following", "since", "amid", "despite",
      "until", "prior");
  private static final Set<String> DEFINITE = Set.of("the", "this", "these", "that", "those", "such");
  private static final Set<String> DENIALS = Set.of("deny", "dismiss", "refute", "reject");
  private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
  private static final Set<String> PLANNING = Set.of("plan", "threaten", "vow", "intend", "prepare", "pledge",
      "warn", "aim", "seek", "want", "try", "allow", "meant", "mean");
  /** Verbs of PLANNING that tell an attempt ("tried to lynch", "aimed at a lorry"), not a plan or threat. */
  private static final Set<String> ATTEMPTS = Set.of("try", "seek", "aim");
  private static final Set<String> LIGHT_VERBS = Set.of("carry", "launch", "conduct", "stage", "hold", "mount",
      "organise", "organize", "perpetrate", "commit", "unleash");

  /** Verbs that start or increase an activity: "intensified patrols", "formed a patrol". */
  private static final Set<String> MORE = Set.of("intensify", "increase", "step", "boost", "form", "begin", "start",
      "deploy", "send", "resume", "expand", "extend");

  /** Nouns of a police or army operation ("raids", "a swoop"). */
  private static final Set<String> RAIDS = Set.of("raid", "swoop", "sweep", "crackdown");
  /** Verbs of taking people into custody. */
  private static final Set<String> ARRESTING = Set.of("arrest", "detain", "apprehend", "nab", "round");

  /** Words after "riot" that make it the name of a force or its kit ("riot police", "riot gear"). */
  private static final Set<String> RIOT_GEAR = Set.of("police", "policeman", "policemen", "officer", "squad", "unit",
      "gear", "shield", "helmet", "control", "force", "trooper", "van", "truck", "vehicle", "equipment", "cop");

  /** Verbs that make a fire someone's doing ("set the house on fire", "lit a fire"). */
  private static final Set<String> SETTING_ALIGHT = Set.of("set", "light");

  private final DocContext doc;
  private final FiringSense firing;

  TriggerFinder(DocContext doc) {
    this.doc = doc;
    this.firing = new FiringSense(doc);
  }

  /** Definite nouns that refer back to an event ("the incident"), with the family they fit. */
  List<Lexicon.Match> anaphors(Sentence s) {
    List<Lexicon.Match> out = new ArrayList<>();
    for (Lexicon.Match m : doc.lex().anaphors().matches(doc.analysis(), s)) {
      if (doc.token(m.head()).isNoun() && definite(m.head())) {
        out.add(m);
      }
    }
    return out;
  }

  List<Trigger> find(Sentence s) {
    List<Trigger> out = new ArrayList<>();
    boolean sinceDate = sinceDate(s);
    for (Lexicon.Match m : doc.lex().triggers().matches(doc.analysis(), s)) {
      EventType type = EventType.valueOf(m.entry().value());
      int head = m.head();
      boolean noun = m.entry().pos().equals("N");
      EventType gunfire = type == EventType.MAN_MADE_DISASTER && doc.lemma(head).equals("fire")
          ? firing.gunfire(head, s) : null;
      if (gunfire != null) {
        type = gunfire; // "militias exchange fire", "bursts of fire": gunfire, not a blaze
      }
      if (type.family() != EventType.Family.DISASTER && hasDisasterSubject(head)) {
        continue; // "an earthquake struck the region": the disaster is the event, not an attack
      }
      if (named(m) || !grounded(type, m, noun, s)
          || !noun && AGENT_VERBS.contains(doc.lemma(head)) && !hasAgent(head)) {
        continue;
      }
      boolean anaphoric = noun && definite(head) && !hasCount(head);
      boolean anchor = underAnchor(head);
      String mode = mode(head, noun, sinceDate, s);
      out.add(new Trigger(s.index(), m.first(), m.end(), head, type, noun, anaphoric, anchor, mode));
    }
    return out;
  }

  /**
   * Verbs that name an act only with its doer ("a police officer injured a woman", "injured by
   * police"); without one they only report a toll ("13 were injured in the clash").
   */
  private static final Set<String> AGENT_VERBS = Set.of("injure");

  private boolean hasAgent(int verb) {
    for (Dependency d : doc.graph().basicChildren(verb)) {
      if (d.relation().equals("nsubj") || d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
        return true;
      }
      if (d.relation().equals("obl") && caseIs(d.dependent(), "by")) {
        return true; // the basic graph's passive agent: obl with "by" ("injured by traders")
      }
    }
    return false;
  }

  /** Verbs of people coming together, a protest only with a protest's purpose (EVENT_TYPES.md: Peaceful protest). */
  private static final Set<String> GATHERING = Set.of("gather", "assemble", "converge", "congregate", "throng");

  /** Verbs that give a gathering a protest's purpose: "gathered ... demanding", "assembled to denounce". */
  private static final Set<String> PURPOSES = Set.of("demand", "protest", "denounce", "condemn", "chant", "call",
      "demonstrate", "oppose", "press", "decry", "express", "voice", "reject", "urge", "petition");

  private boolean hasPurpose(int verb) {
    for (Dependency d : doc.graph().basicChildren(verb)) {
      String r = d.relation();
      if ((r.equals("advcl") || r.equals("xcomp") || r.equals("conj") || r.equals("dep") || r.startsWith("advcl:"))
          && PURPOSES.contains(doc.lemma(d.dependent()))) {
        return true;
      }
      if (r.equals("obl") && doc.lemma(d.dependent()).equals("protest")) {
        return true; // "gathered in protest"
      }
      if (r.equals("obl") && caseIs(d.dependent(), "against")) {
        return true; // "gathered against the eviction"
      }
    }
    return false;
  }

  /** Routes a crowd blocks in protest. */
  private static final Set<String> ROUTES = Set.of("road", "highway", "street", "railway", "rail", "track", "line",
      "bridge", "junction", "intersection", "route", "traffic", "access", "entrance", "gate", "motorway", "roundabout");

  private boolean blocksRoute(int verb) {
    for (Dependency d : doc.graph().basicChildren(verb)) {
      if (d.relation().startsWith("nsubj") && stateForce(d.dependent())) {
        return false; // "police blocked the road to parliament": a security measure
      }
    }
    for (Dependency d : doc.graph().basicChildren(verb)) {
      if (d.relation().equals("obj") && ROUTES.contains(doc.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private boolean stateForce(int token) {
    return doc.actors().stream().anyMatch(a -> a.headToken() == token
        && (a.actor().kind() == org.sitrep.actors.Actor.Kind.POLICE
            || a.actor().kind() == org.sitrep.actors.Actor.Kind.STATE_MILITARY));
  }

  private boolean caseIs(int noun, String word) {
    for (Dependency c : doc.graph().basicChildren(noun)) {
      if (c.relation().equals("case") && doc.lemma(c.dependent()).equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /** Protest words that also describe markets and play. */
  private static final Set<String> GAME_PROTEST_WORDS = Set.of("rally", "march", "strike", "walkout", "boycott");

  private static final Set<String> NAME_TAGS = Set.of("DATE", "TIME", "DURATION", "PERSON", "ORGANIZATION",
      "LOCATION", "SET");

  /** A trigger word that is part of a date or a name ("in March", "Rally Road") names no event. */
  private boolean named(Lexicon.Match m) {
    for (int i = m.first(); i < m.end(); i++) {
      if (NAME_TAGS.contains(doc.token(i).ner()) || doc.actorAt(i) != null && doc.actorAt(i).actor().name()
          .toLowerCase(java.util.Locale.ROOT).contains(doc.lower(i)) && !doc.actorAt(i).actor().isGeneric()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A trigger must have what its kind of event needs: violence, a protest or a change of territory
   * someone who acts or suffers (an actor), a place, a weapon, or a casualty in its sentence ("the
   * striker shot wide" has none); an agreement is made between parties, not "agreed to" do a thing.
   */
  private boolean grounded(EventType type, Lexicon.Match m, boolean noun, Sentence s) {
    int head = m.head();
    EventType.Family f = type.family();
    if (f == EventType.Family.AGREEMENT && !noun) {
      return doc.graph().children(head, "xcomp").isEmpty();
    }
    if (f == EventType.Family.PROTEST && !noun && GATHERING.contains(doc.lemma(head))) {
      return hasPurpose(head); // "gathered outside the ministry, demanding...": a protest; "gathered for prayers": not
    }
    if (f == EventType.Family.PROTEST && !noun && doc.lemma(head).equals("block")) {
      return blocksRoute(head); // "traders blocked the Nairobi-Mombasa highway"; not "blocked the bill"
    }
    if (type == EventType.VIOLENT_DEMONSTRATION && doc.lemma(head).equals("riot") && head + 1 < s.endToken()
        && RIOT_GEAR.contains(doc.lemma(head + 1))) {
      return false; // "riot police fired tear gas", "officers in riot gear": the force's kit, not a riot
    }
    if (type == EventType.ATTACK && noun && RAIDS.contains(doc.lemma(head)) && governingVerb(head) >= 0
        && ARRESTING.contains(doc.lemma(governingVerb(head)))) {
      return false; // "police detained 30 people in dawn raids": the raid is how the arrests were made
    }
    if (f == EventType.Family.PROTEST) {
      // protest words are clear once dates and names are set aside, but for the few that markets and
      // sport use too ("shares rallied", "the team marched on")
      return !GAME_PROTEST_WORDS.contains(doc.lemma(head))
          || !doc.lex().grounding().values(doc.analysis(), s.firstToken(), s.endToken()).contains("GAME")
          || doc.actors().stream().anyMatch(a -> s.span().contains(a.span()));
    }
    if (type == EventType.MAN_MADE_DISASTER && doc.lemma(head).equals("fire") && firing.firesSomething(head, s)) {
      return false; // "police fire rubber bullets at protesters": shooting, not a blaze
    }
    if (type == EventType.MAN_MADE_DISASTER && doc.lemma(head).equals("fire") && (doc.lower(head).equals("firing")
        || governingVerb(head) >= 0 && SETTING_ALIGHT.contains(doc.lemma(governingVerb(head))))) {
      return false; // "set the house on fire", "led to firing": arson or shooting, not an accident
    }
    if (m.end() - m.first() == 1 && doc.lemma(head).equals("fire") && !noun && !firing.isShot(head, s)) {
      return false; // "fired the coach": a dismissal, not a shot
    }
    if (m.end() - m.first() == 1 && doc.lemma(head).equals("shell") && noun && !firing.isOrdnance(head)) {
      return false; // "a shell company": not ordnance
    }
    if (type == EventType.CHANGE_TO_GROUP && noun && doc.lemma(head).equals("patrol")) {
      int verb = governingVerb(head);
      return verb >= 0 && (LIGHT_VERBS.contains(doc.lemma(verb)) || MORE.contains(doc.lemma(verb)));
    }
    if (f != EventType.Family.VIOLENT && f != EventType.Family.TERRITORY) {
      return true;
    }
    if (f == EventType.Family.TERRITORY) {
      if (!noun && m.end() - m.first() == 1 && TAKING.contains(doc.lemma(head)) && takesThing(head)) {
        return false; // "seized a ton of cannabis", "captured two rebels": no place changed hands
      }
      if (!noun && m.end() - m.first() == 1 && OUSTING.contains(doc.lemma(head))) {
        return outOfPlace(head); // "drove the rebels out of the town"; not "drove to the market"
      }
      for (int t = m.first(); t < m.end(); t++) {
        if (argumentIsPlaceOrActor(t)) {
          return true; // "took control of it": the argument hangs on any word of the phrase
        }
      }
      return false;
    }
    if (!doc.actors().stream().noneMatch(a -> s.span().contains(a.span()))) {
      return true;
    }
    if (namesPlaceIn(s.span())) {
      return true;
    }
    Set<String> cues = doc.cues(s.firstToken(), s.endToken());
    if (cues.contains("AIRCRAFT") || cues.contains("ARTILLERY") || cues.contains("EXPLOSIVE") || cues.contains("LETHAL")
        || cues.contains("GRENADE") || cues.contains("CHEMICAL") || cues.contains("INTERVENTION")) {
      return true;
    }
    if (!doc.lex().casualties().values(doc.analysis(), s.firstToken(), s.endToken()).isEmpty()) {
      return true;
    }
    Set<String> ground = doc.lex().grounding().values(doc.analysis(), s.firstToken(), s.endToken());
    return !ground.contains("GAME") && (ground.contains("HUMAN") || humanArgument(head));
  }

  /**
   * Whether violence has a person as its doer or target: a named person, or a noun of CoreNLP's
   * animacy list ("warders attack a journalist", "an attack on a candidate").
   */
  private boolean humanArgument(int head) {
    for (var d : doc.graph().outgoing(head)) {
      String rel = d.relation();
      int arg = d.dependent();
      if ((rel.startsWith("nsubj") || rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nmod"))
          && ("PERSON".equals(doc.token(arg).ner()) || doc.token(arg).pos().startsWith("NN")
              && PersonNouns.contains(doc.lemma(arg).toLowerCase(java.util.Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of taking that also take things and people ("seized weapons", "captured rebels"). */
  private static final Set<String> TAKING = Set.of("seize", "capture");
  /** Verbs that take territory with the particle "out" ("drove them out of", "pushed the militants out"). */
  private static final Set<String> OUSTING = Set.of("drive", "push", "flush", "chase");

  /** Whether the verb has the particle "out" and an armed actor as its object, in a sentence naming a place. */
  private boolean outOfPlace(int verb) {
    boolean out = false;
    for (Dependency d : doc.graph().basicChildren(verb)) {
      out |= d.relation().equals("compound:prt") && doc.lower(d.dependent()).equals("out");
    }
    out |= !doc.graph().children(verb, "obl:out_of").isEmpty(); // "out of the town" read as one preposition
    if (!out) {
      return false;
    }
    boolean armedObject = false;
    for (int o : doc.graph().children(verb, "obj")) {
      ActorMention a = doc.actorAt(o);
      armedObject |= a != null && a.actor().kind().isArmed();
    }
    return armedObject && namesPlaceIn(doc.analysis().sentenceOf(verb).span());
  }

  /** Whether a place is named within the span: not a demonym, not a word inside another name. */
  private boolean namesPlaceIn(Span span) {
    return doc.places().stream().anyMatch(p -> span.contains(p.span()) && !p.insideName()
        && p.kind() != org.sitrep.geo.PlaceMention.Kind.DEMONYM);
  }
  /** Objects of taking that are places held: control, facilities, features of terrain. */
  private static final Set<String> HELD = Set.of("control", "refinery", "airbase", "dam", "bridge", "mine",
      "oilfield", "field", "factory", "plant", "compound", "headquarters", "palace", "building", "barracks",
      "station", "facility", "harbour", "harbor", "road", "highway", "junction", "pass", "island", "valley",
      "mountain", "ridge", "front", "frontline", "line", "settlement", "capital", "centre", "center", "county",
      "state", "zone", "land");

  /** Whether a verb's direct objects are all things or people, none a place ("seized weapons", "captured rebels"). */
  private boolean takesThing(int verb) {
    List<Integer> objects = doc.graph().children(verb, "obj");
    if (objects.isEmpty()) {
      return false;
    }
    for (int obj : objects) {
      if (placeLike(obj)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A pronoun ("took it"), a place noun ("the town", "a base"), a noun phrase naming a place, or a
   * proper name that names no person, organisation or actor (a place the gazetteer lacks).
   */
  private boolean placeLike(int nominal) {
    if (doc.token(nominal).pos().startsWith("PRP") || HELD.contains(doc.lemma(nominal))
        || doc.lex().grounding().values(doc.analysis(), nominal, nominal + 1).contains("PLACE")) {
      return true;
    }
    int[] np = doc.graph().subtree(nominal);
    return namesPlaceIn(doc.span(np[0], nominal + 1)) // the head and what precedes it, not its PPs
        || doc.token(nominal).pos().startsWith("NNP") && doc.actorAt(nominal) == null
        && !"PERSON".equals(doc.token(nominal).ner()) && !"ORGANIZATION".equals(doc.token(nominal).ner());
  }

  private boolean argumentIsPlaceOrActor(int head) {
    for (var d : doc.graph().outgoing(head)) {
      String rel = d.relation();
      if (rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nsubj") || rel.startsWith("nmod")) {
        int arg = d.dependent();
        if (doc.token(arg).pos().equals("PRP") && !rel.startsWith("nsubj")
            || doc.lex().grounding().values(doc.analysis(), arg, arg + 1).contains("PLACE")) {
          return true; // "took control of it", "seized the town"
        }
        int[] np = doc.graph().subtree(arg);
        org.sitrep.nlp.Span span = doc.span(np[0], np[1]);
        if (doc.actors().stream().anyMatch(a -> span.contains(a.span()))
            || doc.places().stream().anyMatch(p -> span.contains(p.span()) && !p.insideName())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean hasDisasterSubject(int verb) {
    for (int subj : doc.graph().children(verb, "nsubj")) {
      for (Lexicon.Match m : doc.lex().triggers().matches(doc.analysis(), subj, subj + 1)) {
        if (EventType.valueOf(m.entry().value()).family() == EventType.Family.DISASTER) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean definite(int head) {
    if (doc.graph().relation(head).equals("compound") && doc.graph().head(head) > head
        && definite(doc.graph().head(head))) {
      return true; // "the truce agreement"
    }
    for (Dependency d : doc.graph().basicChildren(head)) {
      String rel = d.relation();
      String w = doc.lower(d.dependent());
      if (rel.equals("det") && DEFINITE.contains(w) || rel.equals("nmod:poss") || rel.equals("det:poss")) {
        return true;
      }
    }
    return false;
  }

  private boolean hasCount(int head) {
    for (Dependency d : doc.graph().basicChildren(head)) {
      if (d.relation().equals("nummod")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the trigger heads a temporal adjunct ("after the US attack", "following the strike"):
   * the marker stands before the trigger with only its noun phrase's modifiers between.
   */
  private boolean underAnchor(int head) {
    int sentenceStart = doc.analysis().sentenceOf(head).firstToken();
    for (int i = head - 1; i >= sentenceStart && i >= head - 6; i--) {
      String w = doc.lower(i);
      if (ANCHOR_MARKERS.contains(w)) {
        return true;
      }
      String pos = doc.token(i).pos();
      boolean modifier = pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("PRP$")
          || pos.equals("POS") || pos.equals("CD") || pos.equals("HYPH") || w.equals("-");
      if (!modifier) {
        return false;
      }
    }
    return false;
  }

  private String mode(int head, boolean noun, boolean sinceDate, Sentence s) {
    DependencyGraph g = doc.graph();
    int verb = noun ? governingVerb(head) : head;
    for (int v = verb, hops = 0; v >= 0 && hops < 4; v = g.head(v), hops++) {
      if (hops > 0 && DENIALS.contains(doc.lemma(v))) {
        return "denied"; // "the army denied carrying out the strike"
      }
      String rel = g.relation(v);
      if (!(rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.startsWith("obj") || rel.startsWith("advcl")
          || rel.startsWith("obl") || rel.startsWith("acl"))) {
        break; // a coordinated clause ("denied X and said Y") is not under the denial
      }
    }
    if (negated(head) || verb >= 0 && negated(verb)) {
      return "negated";
    }
    if (verb >= 0) {
      for (int v = verb, hops = 0; v >= 0 && hops < 3; v = g.head(v), hops++) {
        for (Dependency d : g.basicChildren(v)) {
          String w = doc.lower(d.dependent());
          if (d.relation().equals("aux") && MODALS.contains(w)) {
            return "hypothetical";
          }
          if (d.relation().equals("mark") && (w.equals("if") || w.equals("unless"))) {
            return "hypothetical";
          }
        }
        if (hops == 0) {
          for (Dependency d : g.basicChildren(v)) {
            if (d.relation().equals("aux") && FUTURE.contains(doc.lower(d.dependent()))) {
              return "planned";
            }
          }
        }
        String lemma = doc.lemma(v);
        if (hops > 0 && PLANNING.contains(lemma)) {
          return planning(lemma);
        }
        if (!g.relation(v).startsWith("xcomp") && !g.relation(v).startsWith("ccomp") && hops == 0
            && !g.relation(v).startsWith("advcl")) {
          break;
        }
      }
      if (sinceDate && perfectOrProgressive(verb)) {
        return "generic";
      }
    }
    if (noun && verb >= 0 && PLANNING.contains(doc.lemma(verb))) {
      return planning(doc.lemma(verb));
    }
    if (noun && bare(head) && !casualtyNear(s) && verb >= 0 && perfectProgressive(verb)) {
      return "generic";
    }
    return "reported";
  }

  /** "attempted" for an attempt, "planned" for a plan or threat: both are the mode planned in the output. */
  private static String planning(String lemma) {
    return ATTEMPTS.contains(lemma) ? "attempted" : "planned";
  }

  private boolean negated(int t) {
    for (int subj : doc.graph().children(t, "nsubj")) {
      for (Dependency d : doc.graph().basicChildren(subj)) {
        if (d.relation().equals("det") && doc.lower(d.dependent()).equals("no")) {
          return true; // "no group claimed responsibility"
        }
      }
    }
    for (Dependency d : doc.graph().basicChildren(t)) {
      String w = doc.lower(d.dependent());
      if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))
          && (w.equals("not") || w.equals("never") || w.equals("n't") || w.equals("no"))) {
        return true;
      }
    }
    return false;
  }

  /** The verb a nominal trigger is an argument of ("carried out four airstrikes"), or -1. */
  int governingVerb(int noun) {
    int t = doc.graph().head(noun);
    for (int hops = 0; t >= 0 && hops < 3; hops++) {
      Token tok = doc.token(t);
      if (tok.isVerb()) {
        return t;
      }
      t = doc.graph().head(t);
    }
    return -1;
  }

  boolean isLightVerb(int verb) {
    return verb >= 0 && LIGHT_VERBS.contains(doc.lemma(verb));
  }

  private boolean perfectOrProgressive(int verb) {
    boolean have = false;
    for (Dependency d : doc.graph().basicChildren(verb)) {
      if (d.relation().startsWith("aux") && (doc.lemma(d.dependent()).equals("have"))) {
        have = true;
      }
    }
    return have || doc.token(verb).pos().equals("VBG") && hasAuxBe(verb);
  }

  /** "have been conducting": an activity going on over a time, not one happening. */
  private boolean perfectProgressive(int verb) {
    if (!doc.token(verb).pos().equals("VBG")) {
      return false;
    }
    boolean have = false;
    boolean be = false;
    for (Dependency d : doc.graph().basicChildren(verb)) {
      if (d.relation().startsWith("aux")) {
        have |= doc.lemma(d.dependent()).equals("have");
        be |= doc.lemma(d.dependent()).equals("be");
      }
    }
    return have && be || sinceOrDuration(verb);
  }

  /** An activity over a stretch of time: "since 2014", "for years", "for months". */
  private boolean sinceOrDuration(int verb) {
    for (Dependency d : doc.graph().basicChildren(verb)) {
      if (d.relation().startsWith("obl") || d.relation().startsWith("nmod")) {
        for (Dependency c : doc.graph().basicChildren(d.dependent())) {
          if (c.relation().equals("case") && (doc.lower(c.dependent()).equals("since")
              || doc.lower(c.dependent()).equals("for") && "DURATION".equals(doc.token(d.dependent()).ner()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean hasAuxBe(int verb) {
    for (Dependency d : doc.graph().basicChildren(verb)) {
      if (d.relation().startsWith("aux") && doc.lemma(d.dependent()).equals("be")) {
        return true;
      }
    }
    return false;
  }

  private boolean sinceDate(Sentence s) {
    for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
      if (doc.lower(i).equals("since") && doc.token(i + 1).timex() != null) {
        return true;
      }
      if (doc.lower(i).equals("since") && i + 2 < s.endToken() && doc.token(i + 2).timex() != null) {
        return true;
      }
    }
    return false;
  }

  /** A plural noun with no determiner, number, possessor or actor modifier: "airstrikes" in general. */
  private boolean bare(int noun) {
    Token t = doc.token(noun);
    if (!t.pos().equals("NNS")) {
      return false;
    }
    for (Dependency d : doc.graph().basicChildren(noun)) {
      String rel = d.relation();
      if (rel.equals("det") || rel.equals("nummod") || rel.startsWith("nmod") || rel.equals("compound")
          && doc.actorAt(d.dependent()) != null) {
        return false;
      }
    }
    return true;
  }

  private boolean casualtyNear(Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (doc.token(i).pos().equals("CD") && doc.token(i).timex() != null && !"DATE".equals(doc.token(i).ner())) {
        return true;
      }
      if (doc.token(i).timex() != null && "DATE".equals(doc.token(i).ner())) {
        return true;
      }
    }
    return false;
  }
}
