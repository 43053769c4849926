package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.eval.LabelStats;
import org.sitrep.eval.Scores;
import org.sitrep.extract.model.EventMention;
import org.sitrep.output.Json;

/**
 * Evaluation tier: the main event's type on the news-style snippets of
 * {@code typing/news-snippets.jsonl} (leads, headlines, statements; at least 8 per type, written
 * before any fitting and never fitted on). The floor is a little under the figure last measured,
 * so a drop fails the build; issue 3's target is 0.85.
 */
class NewsSnippetsEvalIT {
  /**
   * Weighted F1 measured on 2026-12-04: 0.822 (0.819 before "drove X out of" a place took it; 0.815 before the raids arrests were made in stopped
   * counting as attacks; 0.806 before "riot police" stopped naming a riot and a crowd met by force that
   * did nothing violent kept the model from a riot type; 0.796 before a weapon stopped before it struck,
   * "defused a roadside bomb", "intercepted rockets fired at", bound the type to Disrupted weapons use;
   * 0.776 before accidents kept their deaths, works explosions with no weapon became accidents and a
   * chemical agent decided whatever delivered it; 0.771 before territory taken "without resistance"
   * became a Non-violent transfer; 0.754 before 2026-12-02's typing rules), the type model reading the
   * sentence embedding beside its word features (0.734 with word features alone); the build fails below
   * the floor.
   */
  private static final double FLOOR = 0.81;

  @Test
  void mainEventTypeOnNewsSnippets() throws Exception {
    Scores scores = new Scores();
    var in = NewsSnippetsEvalIT.class.getResourceAsStream("/typing/news-snippets.jsonl");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = Json.MAPPER.readTree(line);
        Article a = new Article(n.get("id").asText(), n.get("text").asText(), null,
            LocalDate.parse(n.get("published").asText()), null, null);
        List<EventMention> ev = Extractors.standard().extract(a).events();
        scores.add(n.get("type").asText(), ev.isEmpty() ? "none" : ev.get(0).type());
      }
    }
    StringBuilder table = new StringBuilder();
    for (LabelStats s : scores.perLabel()) {
      table.append(String.format(Locale.ROOT, "%-40s %.2f %.2f %.2f %3d%n", s.label(), s.precision(), s.recall(),
          s.f1(), s.support()));
    }
    System.out.printf(Locale.ROOT, "news snippets: %d, weighted F1 %.3f%n%s", scores.total(), scores.weightedF1(), table);
    assertThat(scores.total()).isGreaterThanOrEqualTo(240);
    assertThat(scores.weightedF1()).as("weighted F1 on news snippets%n%s", table).isGreaterThanOrEqualTo(FLOOR);
  }
}
