package org.sitrep.nlp.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.sitrep.output.Json;

/**
 * Developer aid: runs CoreNLP's own named-entity step and the SUTime-gated one over every sentence
 * of JSONL articles ({@code text}, optional {@code published}) and counts, per kind of sentence
 * ({@link TimeCues.Kind}), the sentences whose tags, normalised values or timexes differ, printing
 * the first few.
 */
public final class NerGateCompare {
  public static void main(String[] args) throws Exception {
    Properties props = CoreNlpStage.defaultProperties();
    Properties p = new Properties();
    p.putAll(props);
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    StanfordCoreNLP shallow = new StanfordCoreNLP(p, false);
    Properties q = new Properties();
    q.putAll(props);
    q.setProperty("annotators", "ner");
    q.setProperty("enforceRequirements", "false");
    StanfordCoreNLP own = new StanfordCoreNLP(q, false);
    Annotator gated = TimeGatedNer.annotator(props);
    Map<TimeCues.Kind, int[]> counts = new EnumMap<>(TimeCues.Kind.class);
    int printed = 0;
    for (String file : args) {
      for (String line : Files.readAllLines(Path.of(file))) {
        JsonNode n = Json.MAPPER.readTree(line);
        String text = n.path("text").asText();
        String published = n.path("published").asText("");
        Annotation a = annotate(shallow, own, text, published);
        Annotation b = annotate(shallow, gated, text, published);
        List<CoreMap> sa = a.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> sb = b.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < sa.size(); i++) {
          TimeCues.Kind kind = TimeCues.of(sb.get(i).get(CoreAnnotations.TokensAnnotation.class));
          int[] c = counts.computeIfAbsent(kind, k -> new int[2]);
          c[0]++;
          List<String> ta = tags(sa.get(i));
          List<String> tb = tags(sb.get(i));
          if (!ta.equals(tb)) {
            c[1]++;
            if (printed++ < 20) {
              System.out.println(kind + " OWN   " + ta);
              System.out.println(kind + " GATED " + tb);
            }
          }
        }
      }
    }
    counts.forEach((k, c) -> System.out.printf("%s: %d sentences, %d differ%n", k, c[0], c[1]));
  }

  private static Annotation annotate(StanfordCoreNLP shallow, Annotator ner, String text, String published) {
    Annotation doc = new Annotation(text);
    if (published.length() >= 10) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, published.substring(0, 10));
    }
    shallow.annotate(doc);
    ner.annotate(doc);
    return doc;
  }

  private static List<String> tags(CoreMap sentence) {
    List<String> tags = new ArrayList<>();
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      String norm = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      Object timex = t.get(edu.stanford.nlp.time.TimeAnnotations.TimexAnnotation.class);
      if (!"O".equals(t.ner()) || norm != null || timex != null) {
        // a timex's id counts the document's timexes, which differ when SUTime skips sentences
        tags.add(t.word() + "/" + t.ner() + "/" + norm + "/"
            + (timex == null ? null : timex.toString().replaceAll(" tid=\"t\\d+\"", "")));
      }
    }
    return tags;
  }
}
