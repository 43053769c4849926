package org.sitrep.extract;

import java.util.List;
import org.sitrep.nlp.SentenceFilter;
import org.sitrep.nlp.Token;

/**
 * The relevance step over the extraction lexicons: a sentence needs the parse only if a phrase of
 * the trigger, anaphor or casualty lexicon matches it (the same matching, on the same lemmas and
 * parts of speech, that {@link TriggerFinder} and {@link CasualtyFinder} do later), or it has a
 * casualty noun ("three bodies"). Only in those sentences can {@link EventAssembler} find a
 * trigger, a reference back to an event or a toll, so passing over the rest loses no event; an
 * article without any is not parsed at all.
 */
final class RelevanceFilter implements SentenceFilter {
  private final List<Lexicon> lexicons;

  RelevanceFilter(Lexicons lex) {
    this.lexicons = List.of(lex.triggers(), lex.anaphors(), lex.casualties());
  }

  @Override
  public boolean needsParse(List<Token> tokens) {
    for (Token t : tokens) {
      if (CasualtyFinder.OUTCOME_NOUNS.contains(Lexicon.lemma(t))) {
        return true;
      }
    }
    for (Lexicon l : lexicons) {
      if (!l.matches(tokens, 0, tokens.size()).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
