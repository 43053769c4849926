package org.sitrep.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.article.Article;
import org.sitrep.article.TextNormalizer;
import org.sitrep.geo.GazetteerPlaceFinder;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.corenlp.CoreNlpStage;

/**
 * Developer aid: the place mentions {@link GazetteerPlaceFinder} finds in each line of a text file
 * (one text a line; an optional second argument is the outlet), with kind, chosen place and score.
 */
public final class DumpPlaces {
  public static void main(String[] args) throws Exception {
    GazetteerPlaceFinder finder = new GazetteerPlaceFinder();
    String source = args.length > 1 ? args[1] : null;
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (line.isBlank()) {
        continue;
      }
      Article a = new Article("x", line, null, null, source, null);
      Analysis an = CoreNlpStage.shared().apply(Analysis.of(a, TextNormalizer.normalize(line)));
      System.out.println("== " + line);
      for (PlaceMention m : finder.find(an)) {
        System.out.printf("   %s [%s] -> %s %s score=%.2f prep=%s facility=%s%n", m.text(), m.kind(),
            m.place() == null ? "-" : m.place().name() + "/" + m.place().countryCode() + "." + m.place().admin1Code() + " " + m.place().featureCode() + String.format(" (%.2f,%.2f)", m.place().lat(), m.place().lon()),
            m.country() == null ? "" : m.country().iso2(), m.score(), m.preposition(), m.facility());
      }
    }
  }
}
