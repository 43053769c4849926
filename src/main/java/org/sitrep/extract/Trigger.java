package org.sitrep.extract;

/**
 * A word or phrase that names an event: tokens {@code [first, end)}, its head token, the type the
 * lexicon gives it, and what the parse says of it: a definite noun that refers back
 * ({@code anaphoric}), part of a temporal adjunct that only anchors another event ("after the
 * attack": {@code anchor}), and its {@code mode} (reported, planned, attempted, hypothetical,
 * negated, generic, denied: reported only to be denied).
 */
record Trigger(int sentence, int first, int end, int head, EventType type, boolean noun, boolean anaphoric,
    boolean anchor, String mode) {

  boolean discards() {
    return mode.equals("negated") || mode.equals("generic");
  }

  /**
   * The mode the triggers of one mention give it: denied when one is, hypothetical when all are,
   * planned when one is planned or attempted (SPEC has no mode for attempts), else reported. (A
   * planned diplomatic measure is reported: announcing it is the measure; {@code EventAssembler}
   * applies that once the type is known.)
   */
  static String modeOf(java.util.List<Trigger> group) {
    if (group.stream().anyMatch(t -> t.mode().equals("denied"))) {
      return "denied";
    }
    if (group.stream().allMatch(t -> t.mode().equals("hypothetical"))) {
      return "hypothetical";
    }
    if (group.stream().anyMatch(t -> t.mode().equals("planned") || t.mode().equals("attempted"))) {
      return "planned";
    }
    return "reported";
  }

  /**
   * Whether one mention's triggers report an act that happened: an attempt did ("tried to lynch"),
   * a plan, threat, hypothesis or denied act did not.
   */
  static boolean factual(java.util.List<Trigger> group) {
    java.util.List<Trigger> acts = group.stream().filter(t -> !t.mode().equals("attempted")).toList();
    return acts.isEmpty() || modeOf(acts).equals("reported");
  }
}
