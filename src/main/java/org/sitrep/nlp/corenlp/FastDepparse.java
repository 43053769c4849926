package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.TransposedClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's depparse annotator, built as CoreNLP builds it from the {@code depparse.} properties,
 * with its parser's classifier replaced by {@link TransposedClassifier}: the same scores, so the
 * same parses, about three times faster, and its precomputed activations computed as parses need
 * them rather than all at load. The annotator and the parser have no public way to take a
 * classifier, so this uses reflection on their {@code parser}, {@code classifier} and
 * {@code config} fields, checked once at load; a CoreNLP without them fails at start-up with a
 * message saying so.
 *
 * <p>CoreNLP's annotator turns each parse into five graphs (basic, collapsed, CC-processed,
 * enhanced, enhanced++); Sitrep reads two, the basic and the enhanced++ ones, and the other three
 * took a fifth of the step's time. This annotator builds those two, with the same call and the same
 * extra dependencies as CoreNLP's.
 */
final class FastDepparse {
  private FastDepparse() {}

  static AnnotationPipeline pipeline(Properties props) {
    Properties own = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
    int precomputed = new Config(own).numPreComputed;
    // loaded without its precomputed activations: the classifier computes them when first used
    own.setProperty("numPreComputed", "0");
    TwoGraphs annotator = new TwoGraphs(own);
    try {
      DependencyParser parser = (DependencyParser) field(DependencyParseAnnotator.class, "parser").get(annotator);
      Field classifier = field(DependencyParser.class, "classifier");
      Config config = (Config) field(DependencyParser.class, "config").get(parser);
      @SuppressWarnings("unchecked")
      List<Integer> features = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
      classifier.set(parser, TransposedClassifier.computingOnFirstUse((Classifier) classifier.get(parser), config,
          features, precomputed));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("this CoreNLP's dependency parser has no replaceable classifier (" + e
          + "); run with -Dsitrep.fastParse=false to use CoreNLP's own", e);
    }
    AnnotationPipeline p = new AnnotationPipeline();
    p.addAnnotator(annotator);
    return p;
  }

  /** CoreNLP's depparse annotator that sets only the basic and the enhanced++ dependencies. */
  private static final class TwoGraphs extends DependencyParseAnnotator {
    private final DependencyParser parser;
    private final GrammaticalStructure.Extras extras;

    TwoGraphs(Properties props) {
      super(props);
      try {
        this.parser = (DependencyParser) field(DependencyParseAnnotator.class, "parser").get(this);
        this.extras = (GrammaticalStructure.Extras) field(DependencyParseAnnotator.class, "extraDependencies").get(this);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("this CoreNLP's depparse annotator has no parser or extraDependencies field ("
            + e + "); run with -Dsitrep.fastParse=false to use CoreNLP's own", e);
      }
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
      GrammaticalStructure gs = parser.predict(sentence);
      sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, extras, null));
      sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, extras, null));
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
