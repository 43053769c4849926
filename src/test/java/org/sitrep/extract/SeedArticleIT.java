package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.output.Json;
import org.sitrep.schema.SchemaSupport;

/**
 * The first golden case: the Press TV article of September 2016 and every must-have of its
 * expect.md (copied beside it), asserted one by one, plus the exact golden output.
 */
class SeedArticleIT {
  private static final String DIR = "/golden/deir-ezzor-presstv/";
  private static String text;
  private static JsonNode out;
  private static String json;

  @BeforeAll
  static void extract() throws IOException {
    JsonNode in;
    try (InputStream s = SeedArticleIT.class.getResourceAsStream(DIR + "article.jsonl")) {
      in = Json.MAPPER.readTree(new String(s.readAllBytes(), StandardCharsets.UTF_8));
    }
    text = in.get("text").asText();
    Article a = new Article(in.get("id").asText(), text, in.get("title").asText(),
        LocalDate.parse(in.get("published").asText()), in.get("source").asText(), null);
    json = Json.line(Extractors.standard().extract(a));
    out = Json.MAPPER.readTree(json);
  }

  private static JsonNode main() {
    return out.get("events").get(0);
  }

  private static List<JsonNode> events() {
    List<JsonNode> l = new ArrayList<>();
    out.get("events").forEach(l::add);
    return l;
  }

  private static double km(JsonNode loc, double lat, double lon) {
    return org.sitrep.eval.Haversine.km(loc.get("lat").asDouble(), loc.get("lon").asDouble(), lat, lon);
  }

  private static boolean hasCasualty(JsonNode e, String kind, int value, String qualifier, String claimant) {
    for (JsonNode c : e.get("casualties")) {
      if (c.get("kind").asText().equals(kind) && c.get("value").asInt() == value
          && c.get("qualifier").asText().equals(qualifier)
          && c.get("claimed_by").toString().toLowerCase().contains(claimant)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void mainEventIsTheAirStrikeReportedToday() {
    assertThat(main().get("type").asText()).isEqualTo("Air/drone strike");
    assertThat(main().get("event_type").asText()).isEqualTo("Explosions/Remote violence");
    assertThat(main().get("mode").asText()).isEqualTo("reported");
    assertThat(main().at("/date/value").asText()).isEqualTo("2016-09-17");
    assertThat(main().at("/date/precision").asText()).isEqualTo("day");
  }

  @Test
  void mainEventIsNearDeirEzZorInSyriaNotIraq() {
    JsonNode loc = main().get("location");
    assertThat(loc.get("geonameid").asLong()).isEqualTo(170794L);
    assertThat(loc.get("country").asText()).isEqualTo("SY");
    assertThat(loc.get("precision").asText()).isEqualTo("near");
    assertThat(km(loc, 35.336, 40.141)).isLessThan(25);
  }

  @Test
  void actorsAreTheCoalitionAgainstSyrianForces() {
    assertThat(main().at("/actor1/inter").asInt()).isEqualTo(8);
    assertThat(main().at("/actor1/country").asText()).isEqualTo("US");
    assertThat(main().at("/actor2/inter").asInt()).isEqualTo(1);
    assertThat(main().at("/actor2/country").asText()).isEqualTo("SY");
  }

  @Test
  void casualtyClaimsCarryTheirClaimants() {
    assertThat(hasCasualty(main(), "killed", 62, "exact", "russia")).isTrue();
    assertThat(hasCasualty(main(), "injured", 100, "exact", "russia")).isTrue();
    assertThat(hasCasualty(main(), "killed", 80, "at_least", "observatory")).isTrue();
    for (JsonNode c : main().get("casualties")) {
      if (c.get("value").asInt() == 62) {
        assertThat(c.get("victim_category").asText()).isEqualTo("state_forces");
        assertThat(c.get("evidence")).hasSizeGreaterThanOrEqualTo(2); // the headline and the statement
      }
      if (c.get("value").asInt() == 80) {
        assertThat(c.at("/claimed_by/type").asText()).isEqualTo("monitor_ngo");
      }
    }
  }

  @Test
  void fatalitiesAreReconciled() {
    assertThat(main().at("/fatalities/low").asInt()).isEqualTo(62);
    assertThat(main().at("/fatalities/best").asInt()).isEqualTo(62);
    assertThat(main().at("/fatalities/high").asInt()).isEqualTo(80);
  }

  @Test
  void claimsWithStance() {
    List<String> claims = new ArrayList<>();
    main().get("claims").forEach(c -> claims.add(c.at("/claimant/name").asText() + " " + c.get("stance").asText()));
    assertThat(claims).anyMatch(c -> c.startsWith("US military") && c.endsWith("acknowledges"));
    assertThat(claims).anyMatch(c -> c.startsWith("US military") && c.endsWith("justifies"));
    assertThat(claims).anyMatch(c -> c.contains("General Command") && c.endsWith("accuses"));
  }

  @Test
  void islamicStateTakesAndSyrianForcesRetakeTheArea() {
    assertThat(events()).anyMatch(e -> List.of("Non-state actor overtakes territory", "Government regains territory",
        "Armed clash").contains(e.get("type").asText()) && e.at("/date/value").asText().equals("2016-09-17")
        && km(e.get("location"), 35.336, 40.141) < 25);
    assertThat(events()).anyMatch(e -> e.at("/actor1/name").asText().equals("Islamic State"));
  }

  @Test
  void diplomaticActionAndHistoricalAgreement() {
    assertThat(events()).anyMatch(e -> e.get("type").asText().equals("Diplomatic action"));
    assertThat(events()).anyMatch(e -> e.get("type").asText().equals("Agreement")
        && e.get("mode").asText().equals("historical") && e.at("/date/value").asText().equals("2016-09-09"));
  }

  @Test
  void julyManbijStrikeStaysSeparateAndHistorical() {
    JsonNode manbij = events().stream().skip(1).filter(e -> e.get("type").asText().equals("Air/drone strike")
        && e.get("mode").asText().equals("historical")).findFirst().orElseThrow();
    assertThat(manbij.at("/location/geonameid").asLong()).isEqualTo(167357L);
    assertThat(manbij.at("/date/value").asText()).isEqualTo("2016-07");
    assertThat(manbij.at("/date/precision").asText()).isEqualTo("month");
    assertThat(hasCasualty(manbij, "killed", 70, "at_least", "unattributed")).isTrue();
    assertThat(manbij.at("/casualties/0/victim_category").asText()).isEqualTo("civilians");
    for (JsonNode c : main().get("casualties")) {
      assertThat(c.get("value").asInt()).isNotEqualTo(70);
    }
  }

  @Test
  void nothingInIraqAndNoEventForGenericBackground() {
    for (JsonNode e : events()) {
      assertThat(e.at("/location/country").asText()).isNotEqualTo("IQ");
      for (JsonNode ev : e.get("evidence")) {
        assertThat(ev.get("text").asText()).doesNotContain("have been conducting", "have been carrying out");
      }
    }
  }

  @Test
  void namesAreTypedRight() {
    for (JsonNode e : events()) {
      for (String role : List.of("actor1", "actor2")) {
        JsonNode a = e.get(role);
        if (a != null && a.get("text") != null && a.get("text").asText().contains("Daesh")) {
          assertThat(a.get("name").asText()).isEqualTo("Islamic State");
        }
      }
    }
  }

  @Test
  void everySpanQuotesTheInputAndTheOutputFitsTheSchema() {
    assertThat(EvidenceAssert.assertSpansQuote(out, text)).isGreaterThanOrEqualTo(10);
    assertThat(SchemaSupport.violations(json)).isEmpty();
  }

  @Test
  void outputEqualsTheGoldenFile() throws IOException {
    Path golden = Path.of("src/test/resources" + DIR + "expected.json");
    String pretty = Json.pretty(out) + "\n";
    if (Boolean.getBoolean("sitrep.updateGolden") || !Files.exists(golden)) {
      Files.writeString(golden, pretty, StandardCharsets.UTF_8);
    }
    assertThat(pretty).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
