package org.sitrep.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorMention;
import org.sitrep.article.Article;
import org.sitrep.article.TextNormalizer;
import org.sitrep.geo.GazetteerPlaceFinder;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.DependencyGraph;
import org.sitrep.nlp.Pipeline;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpStage;
import org.sitrep.output.Json;

/** Developer aid: prints each sentence's trigger candidates with their type and mode. */
public final class DumpTriggers {
  public static void main(String[] args) throws Exception {
    Pipeline pipeline = new Pipeline(List.of(CoreNlpStage.shared()));
    ActorDictionary actors = ActorDictionary.shared();
    GazetteerPlaceFinder places = new GazetteerPlaceFinder();
    Lexicons lex = Lexicons.load();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      JsonNode n = Json.MAPPER.readTree(line);
      Article a = new Article(n.path("id").asText(), n.path("text").asText(), null, null, null, null);
      Analysis an = pipeline.apply(Analysis.of(a, TextNormalizer.normalize(a.text())));
      List<ActorMention> am = actors.find(an);
      an = an.withEntities(actors.correctEntities(an, am), Set.of());
      List<PlaceMention> pm = places.find(an);
      DocContext doc = new DocContext(an, new DependencyGraph(an), am, pm, lex, actors);
      TriggerFinder tf = new TriggerFinder(doc);
      System.out.println("== " + a.text().substring(0, Math.min(140, a.text().length())));
      for (Sentence s : an.sentences()) {
        for (Lexicon.Match m : doc.lex().triggers().matches(an, s)) {
          System.out.println("   match " + m.entry().value() + " '" + doc.lemma(m.head()) + "'");
        }
        for (Trigger t : tf.find(s)) {
          System.out.println("   " + t.type() + " " + t.mode() + " '" + doc.lemma(t.head()) + "'");
        }
      }
    }
  }
}
