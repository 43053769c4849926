package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.typing.ModelTyper;

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

  TypeRefiner(DocContext doc) {
    this(doc, ModelTyper.shipped());
  }

  TypeRefiner(DocContext doc, ModelTyper typer) {
    this.doc = doc;
    this.typer = typer;
  }

  /**
   * The type of the mention whose triggers are {@code triggers}, in a sentence {@code [first, end)}
   * whose triggers are {@code inSentence}.
   */
  EventType refine(List<Trigger> triggers, List<Trigger> inSentence, int first, int end, String victimCategory,
      Arg agent, Arg patient) {
    EventType rule = byCrowd(refineByRules(triggers, first, end, victimCategory, patient), inSentence, agent);
    return typer.decide(rule, modelText(first, end), kinds(inSentence, triggers.get(0).mode()));
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

  private EventType refineByRules(List<Trigger> triggers, int first, int end, String victimCategory, Arg patient) {
    EventType base = triggers.get(0).type();
    for (Trigger t : triggers) {
      if (t.type().specificity() > base.specificity()) {
        base = t.type();
      }
    }
    Set<String> cues = doc.cues(first, end);
    if (base.family() == EventType.Family.VIOLENT) {
      if (cues.contains("LABOUR_STRIKE") && triggers.stream().allMatch(t -> doc.lemma(t.head()).equals("strike"))) {
        return EventType.PEACEFUL_PROTEST;
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
