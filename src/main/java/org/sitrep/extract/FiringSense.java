package org.sitrep.extract;

import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/**
 * Whether "fire" and "shell" name shooting: "fire" is a shot when what is fired or what it is fired
 * at is in the parse ("fired live rounds", "fired with machine guns at their positions", "shots were
 * fired", "shells fired by the rebels"), not a blaze or a dismissal ("fired the coach"); "shell" is
 * ordnance when it is fired, lands or hits ("shells landed in the market"), not a company or a husk.
 */
final class FiringSense {
  /** Words that make "fire" a shot when they follow it closely: what is fired. */
  private static final Set<String> FIRED = Set.of("bullet", "shot", "round", "gun", "gunshot", "rifle", "pellet",
      "teargas", "tear", "canister", "ammunition", "warning", "live", "rubber", "grenade");
  /** Weapons and ordnance, as the parse links them to "fire". */
  private static final Set<String> WEAPONS = Set.of("bullet", "shot", "round", "gun", "gunshot", "rifle", "pellet",
      "teargas", "canister", "ammunition", "grenade", "weapon", "shell", "rocket", "missile", "mortar", "projectile",
      "artillery", "cannon", "machinegun", "salvo", "volley", "gunfire", "bomb", "munition", "barrage",
      "howitzer");
  /** Verbs of sending a shot or ordnance at something ("fired at", "rockets launched by", "hurled at"). */
  static final Set<String> LAUNCHING = Set.of("fire", "shoot", "launch", "lob", "hurl");
  /** Prepositions that name a shot's target ("fired at", "on", "upon", "towards", "into the crowd"). */
  private static final Set<String> AT = Set.of("at", "on", "upon", "towards", "toward", "into");
  /** What shells do when they are fired: verbs whose subject or object is ordnance. */
  private static final Set<String> ORDNANCE_VERBS = Set.of("fire", "land", "fall", "hit", "strike", "explode",
      "launch", "lob", "rain", "kill", "wound", "injure", "damage", "target", "slam", "pound");

  private final DocContext doc;

  FiringSense(DocContext doc) {
    this.doc = doc;
  }

  /** Whether "fire" at {@code head} is followed closely by what was fired ("fired teargas"). */
  boolean firesSomething(int head, Sentence s) {
    for (int t = head + 1; t < Math.min(s.endToken(), head + 4); t++) {
      if (FIRED.contains(doc.lemma(t)) || FIRED.contains(doc.lower(t))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb "fire" at {@code head} is a shot: something fired, a target, or a weapon it fires. */
  boolean isShot(int head, Sentence s) {
    if (firesSomething(head, s)) {
      return true;
    }
    for (Dependency d : doc.graph().basicChildren(head)) {
      String rel = d.relation();
      int arg = d.dependent();
      if ((rel.startsWith("obj") || rel.startsWith("nsubj:pass") || rel.startsWith("obl")) && isWeapon(arg)) {
        return true; // "fired two rockets", "shots were fired", "fired with machine guns"
      }
      if (rel.startsWith("obl") && AT.contains(String.valueOf(doc.graph().caseMarker(arg))) && !time(arg)) {
        return true; // "fired at the crowd", "fired on their positions"
      }
    }
    String rel = doc.graph().relation(head);
    int governor = doc.graph().head(head);
    return (rel.startsWith("acl") || rel.startsWith("amod")) && governor >= 0 && isWeapon(governor);
  }

  /** Words before "fire" that make it gunfire: "exchange fire", "open fire", "returned fire", "bursts of fire". */
  private static final Set<String> GUNFIRE_BEFORE = Set.of("exchange", "open", "return", "trade", "burst", "sniper",
      "cross");
  /** Of those, the ones where two sides fire. */
  private static final Set<String> BOTH_SIDES = Set.of("exchange", "trade", "cross");

  /**
   * The type gunfire names when the noun "fire" at {@code head} is a shot, not a blaze: an Armed
   * clash when two sides fire ("militias exchange fire"), an Attack when one does ("returned fire",
   * "bursts of fire"); null when it is a blaze ("a fire at the market").
   */
  EventType gunfire(int head, Sentence s) {
    int before = head - 1;
    if (before >= s.firstToken() && doc.lower(before).equals("of")) {
      before--;
    }
    String prev = before >= s.firstToken() ? doc.lemma(before) : "";
    if (GUNFIRE_BEFORE.contains(prev)) {
      return BOTH_SIDES.contains(prev) ? EventType.ARMED_CLASH : EventType.ATTACK;
    }
    return null;
  }

  /** Whether the noun "shell" at {@code head} is ordnance: the subject or object of what ordnance does. */
  boolean isOrdnance(int head) {
    String rel = doc.graph().relation(head);
    int governor = doc.graph().head(head);
    if ((rel.startsWith("nsubj") || rel.startsWith("obj")) && governor >= 0
        && ORDNANCE_VERBS.contains(doc.lemma(governor))) {
      return true;
    }
    for (Dependency d : doc.graph().basicChildren(head)) {
      if ((d.relation().startsWith("acl") || d.relation().startsWith("amod"))
          && ORDNANCE_VERBS.contains(doc.lemma(d.dependent()))) {
        return true; // "shells fired by the rebels"
      }
    }
    return false;
  }

  /** Whether a nominal is a time ("on Monday"), not a target. */
  private boolean time(int token) {
    String ner = doc.token(token).ner();
    return doc.token(token).timex() != null || "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner);
  }

  /** Whether the token is a weapon or ordnance ("rockets", "artillery"): what is fired, not a target. */
  boolean isWeapon(int token) {
    return WEAPONS.contains(doc.lemma(token)) || WEAPONS.contains(doc.lower(token));
  }
}
