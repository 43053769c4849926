package org.sitrep.actors;

import java.util.Objects;
import org.sitrep.nlp.Span;

/**
 * An actor found in an article: the span of its phrase in the original text, the text it quotes,
 * the actor, and the document-level index of the phrase's head token.
 */
public record ActorMention(Span span, String text, Actor actor, int headToken) {
  public ActorMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(actor, "actor of " + text);
    if (headToken < 0) {
      throw new IllegalArgumentException("head token " + headToken + " of '" + text + "'");
    }
  }
}
