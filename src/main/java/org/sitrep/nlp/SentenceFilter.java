package org.sitrep.nlp;

import java.util.List;

/**
 * The relevance step: which sentences need the expensive layers (named entities with normalised
 * times, and the dependency parse). A sentence it passes over keeps its tokens, parts of speech and
 * lemmas, but gets no entities (every token's tag is "O") and no dependencies. Implementations must
 * be thread-safe.
 */
@FunctionalInterface
public interface SentenceFilter {
  /** Every sentence is parsed. */
  SentenceFilter ALL = tokens -> true;

  /** @param tokens one sentence's tokens with words, parts of speech and lemmas (no entities yet) */
  boolean needsParse(List<Token> tokens);
}
