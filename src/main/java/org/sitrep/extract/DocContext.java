package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.DependencyGraph;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.Token;

/**
 * One article's analysis with the mentions the extraction rules consult, the dictionaries that
 * found the actors (for lookups the rules need only sometimes), and lookups over them.
 */
record DocContext(
    Analysis analysis, DependencyGraph graph, List<ActorMention> actors, List<PlaceMention> places, Lexicons lex,
    ActorDictionary dictionary) {

  Token token(int i) {
    return analysis.tokens().get(i);
  }

  String lemma(int i) {
    return Lexicon.lemma(token(i));
  }

  String lower(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  Span span(int first, int end) {
    return analysis.span(first, end);
  }

  /** The actor mention covering token {@code i}, or null. */
  ActorMention actorAt(int i) {
    Span s = token(i).span();
    for (ActorMention m : actors) {
      if (m.span().contains(s)) {
        return m;
      }
    }
    return null;
  }

  /** The first actor mention inside tokens {@code [first, end)}, preferring the one covering {@code head}. */
  ActorMention actorIn(int first, int end, int head) {
    ActorMention atHead = actorAt(head);
    if (atHead != null) {
      return atHead;
    }
    Span range = span(first, end);
    for (ActorMention m : actors) {
      if (range.contains(m.span())) {
        return m;
      }
    }
    return null;
  }

  /** The place mention covering token {@code i}, or null. */
  PlaceMention placeAt(int i) {
    Span s = token(i).span();
    for (PlaceMention m : places) {
      if (m.span().contains(s) || m.span().overlaps(s)) {
        return m;
      }
    }
    return null;
  }

  /** Cue categories found in tokens {@code [first, end)}. */
  Set<String> cues(int first, int end) {
    return lex.cues().values(analysis, first, end);
  }

  boolean hasCue(int first, int end, String category) {
    return cues(first, end).contains(category);
  }
}
