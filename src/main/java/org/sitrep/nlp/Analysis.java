package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.article.Article;
import org.sitrep.article.NormalizedText;

/**
 * Everything known about one article: immutable. A {@link Stage} returns a copy with more layers
 * ({@code withTokens}, {@code withEntities}...). All spans point into {@code article().text()}.
 */
public record Analysis(
    Article article,
    NormalizedText normalized,
    List<Token> tokens,
    List<Sentence> sentences,
    List<Entity> entities,
    Set<Layer> layers) {

  public Analysis {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    layers = Collections.unmodifiableSet(layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers));
  }

  public static Analysis of(Article article, NormalizedText normalized) {
    return new Analysis(article, normalized, List.of(), List.of(), List.of(), EnumSet.of(Layer.TEXT));
  }

  /** The original text of the article; every span indexes it. */
  public String text() {
    return article.text();
  }

  public String text(Span span) {
    return span.of(article.text());
  }

  public Analysis withTokens(List<Token> tokens, List<Sentence> sentences, Set<Layer> added) {
    return new Analysis(article, normalized, tokens, sentences, entities, union(added));
  }

  public Analysis withEntities(List<Entity> entities, Set<Layer> added) {
    return new Analysis(article, normalized, tokens, sentences, entities, union(added));
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  public List<Token> tokens(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  public Sentence sentenceOf(int tokenIndex) {
    return sentences.get(tokens.get(tokenIndex).sentence());
  }

  /** The original text covered by tokens {@code [first, end)}. */
  public Span span(int first, int end) {
    return new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
  }

  /** Entities whose tokens lie in the sentence, in order. */
  public List<Entity> entities(Sentence sentence) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      if (e.firstToken() >= sentence.firstToken() && e.endToken() <= sentence.endToken()) {
        out.add(e);
      }
    }
    return out;
  }

  private Set<Layer> union(Set<Layer> added) {
    Set<Layer> all = EnumSet.copyOf(layers);
    all.addAll(added);
    return all;
  }
}
