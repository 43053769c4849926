package org.sitrep.extract.typing;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.extract.EventType;

/**
 * Combines the rules' type with the fitted model. The rules keep the types the model cannot learn
 * from ACLED notes (the five crisis types, which ACLED does not code) or has too few examples of
 * (chemical weapons, suicide bombs, bases, territory, agreements): those are written from
 * EVENT_TYPES.md's definitions in triggers.tsv and TypeRefiner. Among the common ACLED types the
 * model decides, provided its type belongs to the same broad kind of happening as the rule's, or
 * a trigger of the sentence names a happening of the model's kind. A type the rules took from a
 * named weapon or platform (air strike, shelling, IED, grenade...) stays among those types. Two
 * things the rules found bind the model whatever its confidence: a mention that is not factual
 * (planned, threatened, hypothetical, denied) keeps the rules' type, and victims the rules found
 * unarmed are never in an Armed clash.
 */
public final class ModelTyper {
  /** Types the model chooses among: ACLED types with enough fit examples to learn. */
  static final Set<EventType> MODEL_TYPES = EnumSet.of(
      EventType.ARMED_CLASH, EventType.ATTACK, EventType.PEACEFUL_PROTEST, EventType.PROTEST_WITH_INTERVENTION,
      EventType.EXCESSIVE_FORCE, EventType.VIOLENT_DEMONSTRATION, EventType.MOB_VIOLENCE, EventType.SHELLING,
      EventType.AIR_DRONE_STRIKE, EventType.REMOTE_EXPLOSIVE, EventType.GRENADE, EventType.LOOTING,
      EventType.ABDUCTION, EventType.ARRESTS, EventType.SEXUAL_VIOLENCE, EventType.CHANGE_TO_GROUP,
      EventType.DISRUPTED_WEAPONS_USE, EventType.OTHER);

  /** Types the weapon or platform decides (EVENT_TYPES.md: Explosions/Remote violence). */
  static final Set<EventType> REMOTE = EnumSet.of(EventType.AIR_DRONE_STRIKE, EventType.SHELLING,
      EventType.REMOTE_EXPLOSIVE, EventType.GRENADE, EventType.SUICIDE_BOMB, EventType.CHEMICAL_WEAPON);

  /**
   * A probability at which the model decides among its types whatever the rules' kind: chosen on a
   * probe model fit without bucket 1 of the fit split and scored on bucket 1 (sitrep train
   * --probe-out), where it gains 4 points of weighted F1 and costs nothing on news-style snippets.
   */
  static final double CONFIDENT = 0.9;

  private static final ModelTyper SHIPPED = new ModelTyper(LinearTypeModel.shipped(), 0.0);

  private final LinearTypeModel model;
  private final EventType[] types;
  private final double minProbability;

  public ModelTyper(LinearTypeModel model, double minProbability) {
    this.model = model;
    this.minProbability = minProbability;
    this.types = model == null ? new EventType[0]
        : model.labels().stream().map(l -> EventType.byLabel(l).orElse(null)).toArray(EventType[]::new);
  }

  public static ModelTyper shipped() {
    return SHIPPED;
  }

  /** The model's distribution over its labels for a text, or null without a model. */
  public double[] probabilities(String text) {
    return model == null ? null : model.probabilities(text);
  }

  /**
   * What the rules found of a mention beside its type: whether it is {@code factual} (reported as
   * having happened, not planned, threatened, hypothetical or denied), and whether its victims are
   * {@code unarmed} (civilians or protesters, with no armed side against its actor), and whether
   * the parse {@code decided} the type on a line EVENT_TYPES.md draws, which the model's reading of
   * words does not see: lethal force by the police or the army at a protest ("police shot dead a
   * rider during protests": Excessive force), a bomb found or defused before it went off
   * (Disrupted weapons use); and whether a protest's crowd is {@code peacefulCrowd}: met by force, and
   * the rules found no word of its own violence (no riot trigger or cue, clash, looting or bomb).
   */
  public record Findings(boolean factual, boolean unarmedVictims, boolean decided, boolean peacefulCrowd) {
    public Findings(boolean factual, boolean unarmedVictims, boolean decided) {
      this(factual, unarmedVictims, decided, false);
    }

    public Findings(boolean factual, boolean unarmedVictims) {
      this(factual, unarmedVictims, false);
    }
  }

  /** Types where the crowd itself is violent (EVENT_TYPES.md: Riots). */
  static final Set<EventType> CROWD_VIOLENCE = EnumSet.of(EventType.VIOLENT_DEMONSTRATION, EventType.MOB_VIOLENCE);

  /** Types that need an armed second side (EVENT_TYPES.md: Battles). */
  static final Set<EventType> ARMED_SIDES = EnumSet.of(EventType.ARMED_CLASH);

  /**
   * The type of a mention whose rules say {@code rule}, in a sentence with text {@code text} whose
   * trigger words name happenings of the kinds {@code sentenceKinds}. A mention that is not
   * factual keeps the rules' type: the model learnt from notes of events that happened, and what a
   * plan or threat is the rules say. Victims the rules found unarmed keep the model from choosing a
   * fight between armed sides, however sure it is.
   */
  public EventType decide(EventType rule, String text, Set<Kind> sentenceKinds, Findings findings) {
    return decide(rule, () -> model.probabilities(text), sentenceKinds, findings);
  }

  /**
   * {@link #decide(EventType, String, Set, Findings)} with the model's distribution for the
   * mention's text from {@code probabilities}, asked only when the model has a say (a caller may
   * keep the distributions of the texts it has already scored).
   */
  public EventType decide(EventType rule, Supplier<double[]> probabilities, Set<Kind> sentenceKinds,
      Findings findings) {
    if (model == null || !MODEL_TYPES.contains(rule) || !findings.factual()) {
      return rule;
    }
    double[] p = probabilities.get();
    EventType best = null;
    double bestP = -1;
    for (int k = 0; k < p.length; k++) {
      EventType t = types[k];
      if (t != null && MODEL_TYPES.contains(t) && p[k] > bestP) {
        best = t;
        bestP = p[k];
      }
    }
    if (best == null || bestP < minProbability) {
      return rule;
    }
    if (findings.unarmedVictims() && ARMED_SIDES.contains(best) && !ARMED_SIDES.contains(rule)) {
      return rule; // unarmed victims are attacked, not fought (EVENT_TYPES.md: Attack vs Armed clash)
    }
    if (findings.peacefulCrowd() && CROWD_VIOLENCE.contains(best) && !CROWD_VIOLENCE.contains(rule)) {
      return rule; // nothing in the text says the crowd was violent: the force's violence is an intervention
    }
    if (findings.decided()) {
      return rule; // the parse drew the line (EVENT_TYPES.md): the state's lethal force at a protest, a bomb defused
    }
    if (bestP >= CONFIDENT) {
      return best; // the model is rarely this sure but of the conventions it learnt from coders
    }
    if (REMOTE.contains(rule) && !REMOTE.contains(best)) {
      return rule; // the weapon the text names decides between remote violence and the rest
    }
    if (Kind.of(best) != Kind.of(rule) && !sentenceKinds.contains(Kind.of(best))) {
      return rule; // no trigger of the sentence names a happening of the model's kind
    }
    return best;
  }

  /** Broad kinds of happening: violence by armed actors or crowds, protests, strategic moves. */
  public enum Kind {
    VIOLENCE, PROTEST, STRATEGIC, OTHER;

    public static Kind of(EventType t) {
      return switch (t.family()) {
        case VIOLENT, TERRITORY -> VIOLENCE;
        case PROTEST -> PROTEST;
        case COERCION, AGREEMENT -> STRATEGIC;
        default -> OTHER;
      };
    }
  }
}
