package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorMention;
import org.sitrep.article.Article;
import org.sitrep.article.NormalizedText;
import org.sitrep.article.TextNormalizer;
import org.sitrep.extract.model.ArticleMeta;
import org.sitrep.extract.model.EventMention;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.extract.typing.ModelTyper;
import org.sitrep.geo.GazetteerPlaceFinder;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.DependencyGraph;
import org.sitrep.nlp.Pipeline;
import org.sitrep.nlp.SentenceFilter;
import org.sitrep.nlp.StageTimes;
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
    Lexicons lexicons = Lexicons.load();
    // -Dsitrep.parseAll=true parses every sentence: the path before the relevance step, for comparison
    SentenceFilter filter = Boolean.getBoolean("sitrep.parseAll") ? SentenceFilter.ALL : new RelevanceFilter(lexicons);
    // the models load side by side: CoreNLP's (on threads of their own), the type model, the gazetteer
    CompletableFuture<CoreNlpStage> nlp = CompletableFuture.supplyAsync(() -> CoreNlpStage.filtered(filter));
    CompletableFuture<ModelTyper> typer = CompletableFuture.supplyAsync(ModelTyper::shipped);
    GazetteerPlaceFinder places = new GazetteerPlaceFinder();
    try {
      typer.join();
      return new RuleBasedExtractor(new Pipeline(List.of(nlp.join())), actors, places, lexicons);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  @Override
  public ExtractionResult extract(Article article) {
    long t = StageTimes.start();
    NormalizedText text = TextNormalizer.normalize(article.text());
    StageTimes.stop("normalise text", t);
    Analysis analysis = pipeline.apply(Analysis.of(article, text));
    t = StageTimes.start();
    List<ActorMention> actorMentions = actors.find(analysis);
    // the dictionary overrides CoreNLP where it types a group's name as a person or place
    analysis = analysis.withEntities(actors.correctEntities(analysis, actorMentions), Set.of());
    StageTimes.stop("actors", t);
    t = StageTimes.start();
    List<PlaceMention> placeMentions = places.find(analysis);
    StageTimes.stop("places", t);
    t = StageTimes.start();
    DocContext doc = new DocContext(analysis, new DependencyGraph(analysis), actorMentions, placeMentions, lexicons, actors);
    List<EventMention> events = new EventAssembler(doc).assemble();
    StageTimes.stop("events (rules, typing model, writer)", t);
    return new ExtractionResult(article.id(), meta(article), events, List.of(), Extractors.VERSION);
  }

  static ArticleMeta meta(Article a) {
    return new ArticleMeta(a.title(), a.source(), a.published() == null ? null : a.published().toString(), a.url());
  }
}
