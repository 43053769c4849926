package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.tagger.maxent.CachingTagger;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sitrep.article.NormalizedText;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Layer;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.SentenceFilter;
import org.sitrep.nlp.Stage;
import org.sitrep.nlp.StageTimes;
import org.sitrep.nlp.Token;

/**
 * Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner with SUTime, depparse) as one stage. The
 * models load once per process ({@link #shared()}), the NER and parser models each on a thread of
 * its own beside the rest, and are used by all threads. The NER step runs SUTime only on sentences
 * that have a word it could use ({@link TimeGatedNer}) with one CRF model; the parser's forward pass
 * is {@link FastDepparse}'s and the tagger is {@link CachingTagger} (CoreNLP's arithmetic, faster).
 * Tokens, sentences, parts of speech and lemmas cover the whole text; named entities and the
 * dependency parse, which take most of the time, only the sentences that the stage's
 * {@link SentenceFilter} passes ({@link #filtered}). It reads the normalised text and every offset
 * is mapped back to the original.
 */
public final class CoreNlpStage implements Stage {
  private static volatile Models shared;

  /** The loaded CoreNLP pipelines: tokens and sentences, parts of speech, lemmas, named entities, dependencies. */
  private record Models(AnnotationPipeline split, AnnotationPipeline pos, AnnotationPipeline lemma,
      AnnotationPipeline ner, AnnotationPipeline depparse) {}

  private final Models models;
  private final SentenceFilter filter;

  private CoreNlpStage(Models models, SentenceFilter filter) {
    this.models = models;
    this.filter = filter;
  }

  /** The process-wide models with every sentence parsed; the first call loads them (seconds). */
  public static CoreNlpStage shared() {
    return filtered(SentenceFilter.ALL);
  }

  /** The process-wide models; only sentences the filter passes get entities and dependencies. */
  public static CoreNlpStage filtered(SentenceFilter filter) {
    Models m = shared;
    if (m == null) {
      synchronized (CoreNlpStage.class) {
        m = shared;
        if (m == null) {
          m = load(defaultProperties());
          shared = m;
        }
      }
    }
    return new CoreNlpStage(m, filter);
  }

  private static Models load(Properties props) {
    // -Dsitrep.timeGate=false runs CoreNLP's own NER step, SUTime on every sentence, for comparison
    CompletableFuture<AnnotationPipeline> ner = CompletableFuture.supplyAsync(() -> Boolean.parseBoolean(
        System.getProperty("sitrep.timeGate", "true")) ? gatedNer(props) : group(props, "ner"));
    // -Dsitrep.fastParse=false runs CoreNLP's own forward pass of the parser (same parses, slower)
    CompletableFuture<AnnotationPipeline> dep = CompletableFuture.supplyAsync(() -> Boolean.parseBoolean(
        System.getProperty("sitrep.fastParse", "true")) ? FastDepparse.pipeline(props) : group(props, "depparse"));
    AnnotationPipeline split = group(props, "tokenize,ssplit");
    // -Dsitrep.fastTagger=false runs CoreNLP's own tagger (same tags, slower)
    AnnotationPipeline pos = Boolean.parseBoolean(System.getProperty("sitrep.fastTagger", "true"))
        ? cachingTagger() : group(props, "pos");
    AnnotationPipeline lemma = group(props, "lemma");
    try {
      return new Models(split, pos, lemma, ner.join(), dep.join());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static AnnotationPipeline cachingTagger() {
    AnnotationPipeline p = new AnnotationPipeline();
    p.addAnnotator(new POSTaggerAnnotator(new CachingTagger(DefaultPaths.DEFAULT_POS_MODEL), Integer.MAX_VALUE, 1));
    return p;
  }

  private static AnnotationPipeline gatedNer(Properties props) {
    AnnotationPipeline p = new AnnotationPipeline();
    p.addAnnotator(TimeGatedNer.annotator(props));
    return p;
  }

  private static StanfordCoreNLP group(Properties props, String annotators) {
    Properties p = new Properties();
    p.putAll(props);
    p.setProperty("annotators", annotators);
    return new StanfordCoreNLP(p, false);
  }

  static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    // one CRF, CoreNLP's 3-class model (person, location, organisation; trained on the most data):
    // its MUC and CoNLL models beside it, CoreNLP's default, cost a third of the step and 400 MB and
    // changed no place, actor, toll or type on the probe notes; -Dsitrep.nerModels=a,b,c for others
    p.setProperty("ner.model", System.getProperty("sitrep.nerModels", DefaultPaths.DEFAULT_NER_THREECLASS_MODEL));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.includeRange", "false");
    p.setProperty("depparse.extradependencies", "MAXIMAL");
    return p;
  }

  private static List<Dependency> edges(SemanticGraph graph, int first) {
    List<Dependency> deps = new ArrayList<>();
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency(-1, first + root.index() - 1, "root"));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(new Dependency(first + e.getGovernor().index() - 1, first + e.getDependent().index() - 1,
            e.getRelation().toString()));
      }
    }
    return deps;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.TIMEX,
        Layer.DEPENDENCIES);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    NormalizedText norm = analysis.normalized();
    Annotation doc = new Annotation(norm.normalized());
    if (analysis.article().published() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, analysis.article().published().toString());
    }
    long t = StageTimes.start();
    models.split().annotate(doc);
    StageTimes.stop("corenlp: tokenize, ssplit", t);
    t = StageTimes.start();
    models.pos().annotate(doc);
    StageTimes.stop("corenlp: pos", t);
    t = StageTimes.start();
    models.lemma().annotate(doc);
    StageTimes.stop("corenlp: lemma", t);
    t = StageTimes.start();
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> chosen = new ArrayList<>();
    List<Token> shallow = tokens(analysis, norm, all);
    int next = 0;
    for (CoreMap s : all) {
      int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
      List<Token> sentence = shallow.subList(next, next + n);
      if (n > 0 && filter.needsParse(sentence)) {
        chosen.add(s);
      }
      next += n;
    }
    StageTimes.stop("relevance", t);
    StageTimes.count("relevance: sentences parsed", chosen.size());
    StageTimes.count("relevance: sentences skipped", all.size() - chosen.size());
    StageTimes.count("relevance: articles with no sentence parsed", chosen.isEmpty() ? 1 : 0);
    // the chosen sentences' CoreMaps are annotated in place; token indices stay document-level
    t = StageTimes.start();
    annotate(models.ner(), doc, chosen);
    StageTimes.stop("corenlp: ner (with SUTime)", t);
    t = StageTimes.start();
    annotate(models.depparse(), doc, chosen);
    StageTimes.stop("corenlp: depparse", t);
    t = StageTimes.start();
    Analysis out = convert(analysis, norm, all);
    StageTimes.stop("corenlp: conversion", t);
    return out;
  }

  /** Runs a pipeline over some of the document's sentences, in place. */
  private static void annotate(AnnotationPipeline pipeline, Annotation doc, List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    part.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
    part.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    pipeline.annotate(part);
  }

  /** Sitrep's tokens of the CoreNLP sentences, with whatever tags they have so far. */
  private static List<Token> tokens(Analysis analysis, NormalizedText norm, List<CoreMap> coreSentences) {
    List<Token> tokens = new ArrayList<>();
    int sIndex = 0;
    for (CoreMap s : coreSentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel t : labels) {
        Span span = norm.toOriginal(t.beginPosition(), t.endPosition());
        tokens.add(new Token(tokens.size(), sIndex, analysis.text(span), span, t.tag(), t.lemma(),
            t.ner() == null ? "O" : t.ner(), t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
      }
      if (!labels.isEmpty()) {
        sIndex++;
      }
    }
    return tokens;
  }

  private Analysis convert(Analysis analysis, NormalizedText norm, List<CoreMap> coreSentences) {
    List<Token> tokens = tokens(analysis, norm, coreSentences);
    List<Sentence> sentences = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    int first = 0;
    for (CoreMap s : coreSentences) {
      int end = first + s.get(CoreAnnotations.TokensAnnotation.class).size();
      if (end == first) {
        continue;
      }
      List<Dependency> deps =
          edges(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), first);
      List<Dependency> basic = edges(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), first);
      Span sentenceSpan = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
      sentences.add(new Sentence(sentences.size(), sentenceSpan, first, end, deps, basic));
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          int b = m.get(CoreAnnotations.TokenBeginAnnotation.class);
          int e = m.get(CoreAnnotations.TokenEndAnnotation.class);
          // TokenBegin/End are document-level in CoreNLP.
          Span span = new Span(tokens.get(b).span().start(), tokens.get(e - 1).span().end());
          entities.add(new Entity(span, b, e, m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
              analysis.text(span), m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
      }
      first = end;
    }
    return analysis.withTokens(tokens, sentences, provides()).withEntities(entities, Set.of());
  }
}
