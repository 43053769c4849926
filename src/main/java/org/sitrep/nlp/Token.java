package org.sitrep.nlp;

/**
 * One token. {@code index} is the token's position in the whole document; {@code span} points into
 * the original text. {@code ner} is CoreNLP's coarse entity tag ("O" when none) and {@code timex}
 * the SUTime-normalised value of a date/time token, or null.
 */
public record Token(
    int index,
    int sentence,
    String word,
    Span span,
    String pos,
    String lemma,
    String ner,
    String timex) {

  public boolean isCapitalized() {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
