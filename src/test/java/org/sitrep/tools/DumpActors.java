package org.sitrep.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorMention;
import org.sitrep.article.Article;
import org.sitrep.article.TextNormalizer;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.corenlp.CoreNlpStage;

/**
 * Developer aid: the actor mentions {@link ActorDictionary} finds in each line of a text file (one
 * text a line), with the actor's name, kind and inter code, after the tokens with their tags.
 */
public final class DumpActors {
  public static void main(String[] args) throws Exception {
    ActorDictionary actors = ActorDictionary.shared();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (line.isBlank()) {
        continue;
      }
      Article a = new Article("x", line, null, null, null, null);
      Analysis an = CoreNlpStage.shared().apply(Analysis.of(a, TextNormalizer.normalize(line)));
      System.out.println("== " + line);
      StringBuilder tags = new StringBuilder("   ");
      for (Token t : an.tokens()) {
        tags.append(t.word()).append('/').append(t.pos()).append('/').append(t.ner()).append(' ');
      }
      System.out.println(tags);
      for (ActorMention m : actors.find(an)) {
        System.out.printf("   %s -> %s [%s, inter %d]%n", analysisText(an, m), m.actor().name(), m.actor().kind(),
            m.actor().inter());
      }
    }
  }

  private static String analysisText(Analysis an, ActorMention m) {
    return an.text(m.span());
  }
}
