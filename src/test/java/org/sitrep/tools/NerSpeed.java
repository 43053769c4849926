package org.sitrep.tools;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.output.Json;

/** Developer aid: times CoreNLP configurations on the bench articles. */
public final class NerSpeed {
  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of("bench/news-sample.jsonl"))) {
      JsonNode n = Json.MAPPER.readTree(l);
      texts.add(n.get("text").asText());
    }
    for (String variant : args) {
      Properties p = new Properties();
      p.setProperty("annotators", variant.startsWith("noparse") ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma,ner,depparse");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ssplit.newlineIsSentenceBreak", "two");
      if (variant.contains("one")) {
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
      }
      if (variant.contains("conll")) {
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
      }
      long t0 = System.nanoTime();
      StanfordCoreNLP nlp = new StanfordCoreNLP(p);
      long t1 = System.nanoTime();
      for (int r = 0; r < 2; r++) {
        for (String t : texts) {
          nlp.annotate(new Annotation(t));
        }
      }
      long t2 = System.nanoTime();
      for (String t : texts) {
        nlp.annotate(new Annotation(t));
      }
      long t3 = System.nanoTime();
      System.out.printf("%s: load %.1fs, %.0f ms/article (1 thread)%n", variant, (t1 - t0) / 1e9, (t3 - t2) / 1e6 / texts.size());
    }
  }
}
