package org.sitrep.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.sitrep.article.Article;
import org.sitrep.article.TextNormalizer;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Entity;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.corenlp.CoreNlpStage;

/** Developer aid: prints CoreNLP's view of a text file (tokens, NER, dependencies). */
public final class DumpParse {
  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[0]));
    Article a = new Article("x", text, null, args.length > 1 ? LocalDate.parse(args[1]) : null, null, null);
    long t0 = System.nanoTime();
    Analysis an = CoreNlpStage.shared().apply(Analysis.of(a, TextNormalizer.normalize(text)));
    System.err.printf("annotated in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    for (Sentence s : an.sentences()) {
      System.out.println("== S" + s.index() + ": " + an.text(s.span()).replace('\n', ' '));
      for (Token t : an.tokens(s)) {
        System.out.printf("  %d %s/%s/%s%s%n", t.index(), t.word(), t.pos(), t.ner(), t.timex() == null ? "" : " [" + t.timex() + "]");
      }
      for (Dependency d : s.dependencies()) {
        System.out.printf("    %s(%s-%d, %s-%d)%n", d.relation(), d.governor() < 0 ? "ROOT" : an.tokens().get(d.governor()).word(), d.governor(), an.tokens().get(d.dependent()).word(), d.dependent());
      }
    }
    for (Entity e : an.entities()) {
      System.out.println("ENT " + e.type() + " [" + e.text() + "] " + e.normalized() + " " + e.firstToken() + "-" + e.endToken());
    }
  }
}
