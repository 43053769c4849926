package org.sitrep.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.TransposedClassifier;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.util.PropertiesUtils;
import java.lang.reflect.Field;
import java.util.Properties;

/**
 * CoreNLP's depparse annotator, built as CoreNLP builds it from the {@code depparse.} properties,
 * with its parser's classifier replaced by {@link TransposedClassifier}: the same scores, so the
 * same parses, about three times faster. The annotator and the parser have no public way to take a
 * classifier, so this uses reflection on their {@code parser}, {@code classifier} and
 * {@code config} fields, checked once at load; a CoreNLP without them fails at start-up with a
 * message saying so.
 */
final class FastDepparse {
  private FastDepparse() {}

  static AnnotationPipeline pipeline(Properties props) {
    DependencyParseAnnotator annotator =
        new DependencyParseAnnotator(PropertiesUtils.extractPrefixedProperties(props, "depparse."));
    try {
      DependencyParser parser = (DependencyParser) field(DependencyParseAnnotator.class, "parser").get(annotator);
      Field classifier = field(DependencyParser.class, "classifier");
      Config config = (Config) field(DependencyParser.class, "config").get(parser);
      classifier.set(parser, TransposedClassifier.of((Classifier) classifier.get(parser), config));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("this CoreNLP's dependency parser has no replaceable classifier (" + e
          + "); run with -Dsitrep.fastParse=false to use CoreNLP's own", e);
    }
    AnnotationPipeline p = new AnnotationPipeline();
    p.addAnnotator(annotator);
    return p;
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
