package org.sitrep.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sitrep.extract.typing.LinearTypeModel;
import org.sitrep.output.Json;

/** Developer aid: the type model's best label and probability for each JSONL record's text. */
public final class ModelProbe {
  public static void main(String[] args) throws Exception {
    LinearTypeModel m = LinearTypeModel.shipped();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      JsonNode n = Json.MAPPER.readTree(line);
      double[] p = m.probabilities(n.get("text").asText());
      int b = 0;
      for (int i = 1; i < p.length; i++) {
        b = p[i] > p[b] ? i : b;
      }
      System.out.printf(Locale.ROOT, "%s\t%s\t%.4f%n", n.get("id").asText(), m.labels().get(b), p[b]);
    }
  }
}
