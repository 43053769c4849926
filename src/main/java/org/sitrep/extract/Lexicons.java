package org.sitrep.extract;

/** The extraction lexicons, loaded once from the resources beside this class. */
record Lexicons(Lexicon triggers, Lexicon cues, Lexicon anaphors, Lexicon casualties, Lexicon grounding) {
  static Lexicons load() {
    return new Lexicons(
        Lexicon.load("triggers.tsv", true),
        Lexicon.load("cues.tsv", false),
        Lexicon.load("anaphors.tsv", false),
        Lexicon.load("casualty-words.tsv", false),
        Lexicon.load("grounding.tsv", false));
  }
}
