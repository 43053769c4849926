package org.sitrep.extract;

/**
 * A word or phrase that names an event: tokens {@code [first, end)}, its head token, the type the
 * lexicon gives it, and what the parse says of it: a definite noun that refers back
 * ({@code anaphoric}), part of a temporal adjunct that only anchors another event ("after the
 * attack": {@code anchor}), and its {@code mode} (reported, planned, hypothetical, negated,
 * generic, denied: reported only to be denied).
 */
record Trigger(int sentence, int first, int end, int head, EventType type, boolean noun, boolean anaphoric,
    boolean anchor, String mode) {

  boolean discards() {
    return mode.equals("negated") || mode.equals("generic");
  }
}
