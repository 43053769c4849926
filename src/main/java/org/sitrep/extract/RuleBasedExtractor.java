package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorMention;
import org.sitrep.article.Article;
import org.sitrep.article.TextNormalizer;
import org.sitrep.extract.model.ArticleMeta;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.geo.GazetteerPlaceFinder;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.DependencyGraph;
import org.sitrep.nlp.Pipeline;
import org.sitrep.nlp.corenlp.CoreNlpStage;

/**
 * The extractor: CoreNLP's parse, places from the gazetteer, actors from the dictionary, then the
 * rules of {@link EventAssembler}. Everything heavy loads once, in the constructor; thread-safe.
 */
public final class RuleBasedExtractor implements Extractor {
  private final Pipeline pipeline;
  private final ActorDictionary actors;
  private final GazetteerPlaceFinder places;
  private final Lexicons lexicons;

  RuleBasedExtractor(Pipeline pipeline, ActorDictionary actors, GazetteerPlaceFinder places, Lexicons lexicons) {
    this.pipeline = pipeline;
    this.actors = actors;
    this.places = places;
    this.lexicons = lexicons;
  }

  public static RuleBasedExtractor create() {
    return create(ActorDictionary.shared());
  }

  /** An extractor with the given actor dictionary (e.g. the built-in one plus a user's files). */
  public static RuleBasedExtractor create(ActorDictionary actors) {
    return new RuleBasedExtractor(new Pipeline(List.of(CoreNlpStage.shared())), actors, new GazetteerPlaceFinder(),
        Lexicons.load());
  }

  @Override
  public ExtractionResult extract(Article article) {
    Analysis analysis = pipeline.apply(Analysis.of(article, TextNormalizer.normalize(article.text())));
    List<ActorMention> actorMentions = actors.find(analysis);
    // the dictionary overrides CoreNLP where it types a group's name as a person or place
    analysis = analysis.withEntities(actors.correctEntities(analysis, actorMentions), Set.of());
    List<PlaceMention> placeMentions = places.find(analysis);
    DocContext doc = new DocContext(analysis, new DependencyGraph(analysis), actorMentions, placeMentions, lexicons);
    List<EventMention> events = new EventAssembler(doc).assemble();
    return new ExtractionResult(article.id(), meta(article), events, List.of(), Extractors.VERSION);
  }

  static ArticleMeta meta(Article a) {
    return new ArticleMeta(a.title(), a.source(), a.published() == null ? null : a.published().toString(), a.url());
  }
}
