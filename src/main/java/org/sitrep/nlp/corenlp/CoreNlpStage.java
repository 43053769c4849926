package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.sitrep.article.NormalizedText;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Layer;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Span;
import org.sitrep.nlp.Stage;
import org.sitrep.nlp.Token;

/**
 * Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner with SUTime, depparse) as one stage. The
 * CoreNLP pipeline loads once per process ({@link #shared()}) and is used by all threads; it reads
 * the normalised text and every offset is mapped back to the original.
 */
public final class CoreNlpStage implements Stage {
  private static volatile CoreNlpStage shared;

  private final StanfordCoreNLP pipeline;

  private CoreNlpStage(Properties props) {
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** The process-wide instance; the first call loads the models (several seconds). */
  public static CoreNlpStage shared() {
    CoreNlpStage s = shared;
    if (s == null) {
      synchronized (CoreNlpStage.class) {
        s = shared;
        if (s == null) {
          s = new CoreNlpStage(defaultProperties());
          shared = s;
        }
      }
    }
    return s;
  }

  static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
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
    pipeline.annotate(doc);

    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int sIndex = sentences.size();
      int first = tokens.size();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        Span span = norm.toOriginal(t.beginPosition(), t.endPosition());
        tokens.add(new Token(tokens.size(), sIndex, analysis.text(span), span, t.tag(), t.lemma(),
            t.ner() == null ? "O" : t.ner(), t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
      }
      int end = tokens.size();
      if (end == first) {
        continue;
      }
      List<Dependency> deps =
          edges(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), first);
      List<Dependency> basic = edges(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), first);
      Span sentenceSpan = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
      sentences.add(new Sentence(sIndex, sentenceSpan, first, end, deps, basic));
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
    }
    return analysis.withTokens(tokens, sentences, provides()).withEntities(entities, Set.of());
  }
}
