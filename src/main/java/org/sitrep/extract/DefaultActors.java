package org.sitrep.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorMention;
import org.sitrep.extract.model.ActorRef;
import org.sitrep.nlp.Span;

/**
 * ACLED's conventions for the actor a type implies when the text names none: a protest's actor is
 * the protesters of the country, a riot's the rioters, arrests are made by the police, an attack on
 * civilians by an unidentified armed group has civilians as its target.
 */
final class DefaultActors {
  private DefaultActors() {}

  /** Words that mark a fight between communities, whose unnamed sides are identity militias (inter 4). */
  private static final Pattern COMMUNAL = Pattern.compile("(?i)\\b(ethnic|tribal|tribes(men)?|clan|clans(men)?"
      + "|inter-?clan|communal|inter-?communal|inter-?ethnic|inter-?tribal|communities|community|herders|herdsmen"
      + "|pastoralists|(cattle )?rustl\\w*)\\b");

  /** Kinds that can be the armed side of a violent event. */
  private static final Set<Actor.Kind> ARMED = EnumSet.copyOf(
      java.util.Arrays.stream(Actor.Kind.values()).filter(Actor.Kind::isArmed).toList());

  /** Whether the event's sentences speak of ethnic, clan or communal violence. */
  static boolean communal(DocContext doc, Cluster c) {
    return inSentences(doc, c, COMMUNAL);
  }

  private static boolean inSentences(DocContext doc, Cluster c, Pattern pattern) {
    for (int s : c.sentences) {
      if (pattern.matcher(doc.analysis().text(doc.analysis().sentences().get(s).span())).find()) {
        return true;
      }
    }
    return false;
  }

  /** Triggers of one side's violence against the other: a lynching or an attack is not a fight. */
  private static final Set<EventType> ONE_SIDED = EnumSet.of(EventType.ATTACK,
      EventType.MOB_VIOLENCE, EventType.ABDUCTION, EventType.SEXUAL_VIOLENCE, EventType.LOOTING);

  private static final Pattern RECIPROCAL = Pattern.compile("(?i)\\b(each other|one another)\\b");

  /**
   * Whether the event is a fight between two sides rather than one side's violence against the
   * other: a reciprocal in its sentences ("threw stones at each other"), or a trigger of the clash
   * kind ("supporters of two candidates clashed", "rival groups of students fought") and none of one
   * side's violence (a lynching, an attack). In a riot or mob violence that has no state force or named
   * target, ACLED's coders make both sides rioters.
   */
  static boolean mutual(DocContext doc, Cluster c) {
    if (inSentences(doc, c, RECIPROCAL)) {
      return true;
    }
    boolean clash = false;
    for (Mention m : c.mentions) {
      for (Trigger t : m.triggers()) {
        if (ONE_SIDED.contains(t.type())) {
          return false; // "lynched four people whom they accused of engaging in crime"
        }
        clash |= t.type() == EventType.ARMED_CLASH;
      }
    }
    return clash;
  }

  /** Whether the type's first actor is an armed group that the text may name away from the trigger. */
  static boolean armedAgent(EventType type) {
    return type.family() == EventType.Family.VIOLENT || type.family() == EventType.Family.TERRITORY;
  }

  /** Whether the type's second actor is an armed side too (a clash, a strike on forces), not civilians. */
  static boolean armedTarget(EventType type) {
    return switch (type) {
      case ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY, NON_STATE_OVERTAKES_TERRITORY, AIR_DRONE_STRIKE, SHELLING,
          REMOTE_EXPLOSIVE, SUICIDE_BOMB, GRENADE -> true;
      default -> false;
    };
  }

  /**
   * When the parse links no actor to the trigger, ACLED's coders still take the armed group the
   * report names ("Al Shabaab attacks Mandera", "Pokot militiamen ... police posts"): the first
   * armed actor named in the event's sentences, other than {@code other}, or null.
   */
  static Arg armedNamed(DocContext doc, Cluster c, Arg other, boolean doer) {
    return firstNamed(doc, c, ARMED, other, doer);
  }

  /**
   * The force whose post or vehicle was hit when the report names no doer ("an IED hit a Kenyan
   * military vehicle", "a police lorry was hit by an explosion"): the target, or null.
   */
  static Arg heldTarget(DocContext doc, Cluster c) {
    for (int s : c.sentences) {
      Span sentence = doc.analysis().sentences().get(s).span();
      for (ActorMention m : doc.actors()) {
        if (sentence.contains(m.span()) && ARMED.contains(m.actor().kind()) && ownsTarget(doc, m)) {
          return new Arg(m.actor(), m.span(), m.text());
        }
      }
    }
    return null;
  }

  /** The first actor of one of the kinds named in the event's sentences, other than {@code other}, or null. */
  private static Arg firstNamed(DocContext doc, Cluster c, Set<Actor.Kind> kinds, Arg other, boolean doer) {
    return firstNamed(doc, c.sentences, kinds, other, doer);
  }

  private static Arg firstNamed(DocContext doc, Iterable<Integer> sentences, Set<Actor.Kind> kinds, Arg other,
      boolean doer) {
    for (int s : sentences) {
      Span sentence = doc.analysis().sentences().get(s).span();
      for (ActorMention m : doc.actors()) {
        if (!sentence.contains(m.span()) || !kinds.contains(m.actor().kind()) || doer && ownsTarget(doc, m)) {
          continue;
        }
        if (other != null && (other.actor().name().equals(m.actor().name()) || other.span().overlaps(m.span()))) {
          continue;
        }
        return new Arg(m.actor(), m.span(), m.text());
      }
    }
    return null;
  }

  /**
   * A force named only as the holder of a post or vehicle ("a police checkpoint", "a military
   * vehicle"): what was hit, never the unnamed doer.
   */
  private static boolean ownsTarget(DocContext doc, ActorMention m) {
    int next = m.headToken() + 1;
    return next < doc.analysis().tokens().size() && ActorDictionary.isHeldAsset(doc.lower(next));
  }

  /** State forces: the police or the military. */
  private static final Set<Actor.Kind> STATE = EnumSet.of(Actor.Kind.STATE_MILITARY, Actor.Kind.POLICE);

  /** How many sentences after the event's last one can tell how a riot was met ("Police dispersed them."). */
  private static final int RESPONSE_SENTENCES = 2;

  /**
   * The state force a riot was fought with: ACLED codes the police (or the army) that a violent
   * demonstration clashed with, or that intervened in it, as its second actor. The first police or
   * military actor named in the event's sentences or in the two after them, or null.
   */
  static Arg stateNamed(DocContext doc, Cluster c) {
    Arg named = firstNamed(doc, c, STATE, null, false);
    if (named != null || c.sentences.isEmpty()) {
      return named;
    }
    return firstNamed(doc, after(doc, c), STATE, null, false);
  }

  /**
   * The state force a mob fought or that stopped it ("residents clash with police", "villagers
   * assaulted police personnel", "a confrontation with villagers and police who thwarted their
   * attempt"): ACLED's second actor of mob violence, in place of the victims. The first police or
   * military actor named in the event's sentences, not as the one who reports or investigates
   * ("police said", "police are investigating"), or null. A force named only in a later sentence
   * ("The police rescued the victim hours later") came after the violence, whose actor2 stays its
   * victims.
   */
  static Arg stateEngaged(DocContext doc, Cluster c) {
    for (int s : c.sentences) {
      Span sentence = doc.analysis().sentences().get(s).span();
      for (ActorMention m : doc.actors()) {
        if (sentence.contains(m.span()) && STATE.contains(m.actor().kind()) && !reports(doc, m.headToken())) {
          return new Arg(m.actor(), m.span(), m.text());
        }
      }
    }
    return null;
  }

  /** Verbs of a force that reports, looks into or confirms an event rather than takes part in it. */
  private static final Set<String> REPORTING = Set.of("investigate", "probe", "launch", "confirm", "report",
      "appeal", "urge", "warn", "announce", "blame", "suspect", "identify", "record", "receive");

  private static boolean reports(DocContext doc, int head) {
    int verb = doc.graph().head(head);
    if (verb < 0 || !doc.graph().relation(head).startsWith("nsubj")) {
      return false;
    }
    return REPORTING.contains(doc.lemma(verb))
        || doc.lex().cues().values(doc.analysis(), verb, verb + 1).contains("SPEECH");
  }

  /** The sentences after the event's last one that can tell how it was met. */
  private static List<Integer> after(DocContext doc, Cluster c) {
    List<Integer> after = new ArrayList<>();
    if (c.sentences.isEmpty()) {
      return after;
    }
    int last = Math.min(c.sentences.last() + RESPONSE_SENTENCES, doc.analysis().sentences().size() - 1);
    for (int s = c.sentences.last() + 1; s <= last; s++) {
      after.add(s);
    }
    return after;
  }


  /**
   * Events whose target, when it is a government's official or office ("the Homa Bay Governor",
   * "an IEBC official", "a county official"), ACLED codes as civilians: violence against people,
   * riots and arrests — not agreements, diplomacy or looting, where a government is a party. The
   * rule cannot yet tell an official from an office building ("the Prime Minister's office").
   */
  static boolean officialsAreCivilians(EventType type) {
    return type.family() == EventType.Family.VIOLENT || type == EventType.VIOLENT_DEMONSTRATION
        || type == EventType.ARRESTS;
  }

  /**
   * ACLED's violence against civilians, whose target is civilians by definition, and mob violence,
   * whose target is civilians unless it is the state or another crowd ("a mob lynched two suspected
   * cattle thieves").
   */
  static boolean againstCivilians(EventType type) {
    return type == EventType.ATTACK || type == EventType.ABDUCTION || type == EventType.SEXUAL_VIOLENCE
        || type == EventType.MOB_VIOLENCE;
  }

  /** A government as an actor (named "Government of ..."), not its forces. */
  static boolean isGovernment(ActorRef a) {
    return a.name() != null && a.name().startsWith(Actor.Kind.GOVERNMENT.baseName());
  }

  /** An unidentified armed group in a communal fight is an unidentified communal militia (inter 4). */
  static Actor communalIfUnidentified(Actor a, boolean communal) {
    if (!communal || a.kind() != Actor.Kind.UNIDENTIFIED_ARMED || !a.isGeneric()) {
      return a;
    }
    Actor militia = Actor.generic(Actor.Kind.IDENTITY_MILITIA);
    return a.country() == null ? militia : militia.withCountry(a.country());
  }

  /** The crowd that is the actor of a protest or riot, whatever group it is made of. */
  static Actor crowd(EventType type, String country) {
    Actor.Kind kind = switch (type) {
      case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE -> Actor.Kind.PROTESTERS;
      case VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> Actor.Kind.RIOTERS;
      default -> null;
    };
    return kind == null ? null : country == null ? Actor.generic(kind) : Actor.generic(kind, country);
  }

  static Actor actor1(EventType type, String country) {
    if (country == null) {
      Actor.Kind kind = switch (type) {
        case ARRESTS -> Actor.Kind.POLICE;
        case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, REMOTE_EXPLOSIVE, GRENADE, ARMED_CLASH -> Actor.Kind.UNIDENTIFIED_ARMED;
        default -> null;
      };
      return kind == null ? null : Actor.generic(kind);
    }
    return switch (type) {
      case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE -> Actor.generic(Actor.Kind.PROTESTERS, country);
      case VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> Actor.generic(Actor.Kind.RIOTERS, country);
      case ARRESTS -> Actor.generic(Actor.Kind.POLICE, country);
      case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, REMOTE_EXPLOSIVE, GRENADE, ARMED_CLASH ->
          Actor.generic(Actor.Kind.UNIDENTIFIED_ARMED, country);
      default -> null;
    };
  }

  /**
   * ACLED's second actor when the text names none: the civilians of an attack, abduction, sexual
   * violence, mob violence, looting, arrest or grenade attack; the police a protest was met by; an
   * unidentified armed group as the other side of a clash (a clash always has two); the people a
   * bomb killed or hurt ({@code casualties}), when no armed target is named, are civilians.
   */
  static Actor actor2(EventType type, String country, boolean casualties) {
    if (casualties && (type == EventType.REMOTE_EXPLOSIVE || type == EventType.SUICIDE_BOMB)) {
      return country == null ? Actor.generic(Actor.Kind.CIVILIANS) : Actor.generic(Actor.Kind.CIVILIANS, country);
    }
    if (country == null) {
      return switch (type) {
        case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, MOB_VIOLENCE, LOOTING, ARRESTS, GRENADE ->
            Actor.generic(Actor.Kind.CIVILIANS);
        case PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE -> Actor.generic(Actor.Kind.POLICE);
        case ARMED_CLASH -> Actor.generic(Actor.Kind.UNIDENTIFIED_ARMED);
        default -> null;
      };
    }
    return switch (type) {
      case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, MOB_VIOLENCE, LOOTING, ARRESTS, GRENADE ->
          Actor.generic(Actor.Kind.CIVILIANS, country);
      case PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE -> Actor.generic(Actor.Kind.POLICE, country);
      case ARMED_CLASH -> Actor.generic(Actor.Kind.UNIDENTIFIED_ARMED, country);
      default -> null;
    };
  }
}
