package org.sitrep.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.sitrep.article.Article;
import org.sitrep.extract.Extractors;
import org.sitrep.output.Json;

/** Developer aid: runs the extractor on each line of a JSONL file and prints pretty JSON. */
public final class RunExtract {
  public static void main(String[] args) throws Exception {
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = Json.MAPPER.readTree(line);
      Article a = new Article(n.path("id").asText(), n.path("text").asText(), n.path("title").asText(null),
          n.hasNonNull("published") ? LocalDate.parse(n.get("published").asText()) : null,
          n.path("source").asText(null), null);
      System.out.println(Json.pretty(Extractors.standard().extract(a)));
    }
  }
}
