package org.sitrep.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.extract.Extractors;
import org.sitrep.store.JdbcIncidentRepository;
import org.sitrep.store.StoreLocation;

/**
 * Every endpoint of the API against a real server on a free loopback port, over a real SQLite store
 * filled through {@code POST /api/ingest} with the real extractor: answers, paging, filters, exports,
 * the 400s that name their parameter, 401/403 for the token, 404, 413, problem+json.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpApiIT {
  static final String TOKEN = "test-token-0123456789abcdef";
  static final Path THREE = Path.of("src/test/resources/store/three-incidents");

  @TempDir
  static Path dir;

  final List<AutoCloseable> open = new ArrayList<>();
  ApiClient api;
  ApiClient.Answer ingested;

  ApiClient server(String name, ServeConfig config) {
    StoreLocation loc = StoreLocation.sqlite(dir.resolve(name + ".db"));
    StoreAccess store = new StoreAccess(() -> JdbcIncidentRepository.open(loc), Extractors::standard);
    SitrepServer server = SitrepServer.start(store, config, System.err);
    open.add(store);
    open.add(server);
    return new ApiClient(server.port());
  }

  @BeforeAll
  void startAndIngest() throws IOException {
    api = server("main", ServeConfig.local(0).withToken(TOKEN));
    StringBuilder jsonl = new StringBuilder();
    try (Stream<Path> files = Files.list(THREE)) {
      for (Path f : files.sorted().toList()) {
        jsonl.append(Files.readString(f, StandardCharsets.UTF_8).strip()).append('\n');
      }
    }
    ingested = api.post("/api/ingest", "application/x-ndjson", jsonl.toString(), TOKEN);
  }

  @AfterAll
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  static void assertProblem(ApiClient.Answer a, int status) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    JsonNode p = a.json();
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).isNotBlank();
  }

  @Test
  void ingestWithTheTokenStoresTheArticles() {
    assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);
    JsonNode r = ingested.json();
    assertThat(r.get("stored").asInt()).isEqualTo(3);
    assertThat(r.get("rejected").asInt()).isZero();
    ApiClient.Answer again = api.post("/api/ingest", "application/json",
        "[{\"id\":\"x\",\"text\":\"\"}, {\"id\":\"y\"}]", TOKEN);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("rejected").asInt()).isEqualTo(2);
    assertThat(again.json().get("problems")).hasSize(2);
  }

  @Test
  void ingestWithoutOrWithAWrongTokenIsRefused() {
    ApiClient.Answer none = api.post("/api/ingest", "application/json", "{\"id\":\"a\",\"text\":\"b\"}", null);
    assertProblem(none, 401);
    assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
    assertProblem(api.post("/api/ingest", "application/json", "{\"id\":\"a\",\"text\":\"b\"}", "wrong-token"), 403);
  }

  @Test
  void ingestIsRefusedWhenTheOperatorSetNoToken() {
    ApiClient closed = server("closed", ServeConfig.local(0));
    ApiClient.Answer a = closed.post("/api/ingest", "application/json", "{\"id\":\"a\",\"text\":\"b\"}", TOKEN);
    assertProblem(a, 403);
    assertThat(a.json().get("detail").asText()).contains("no token");
  }

  @Test
  void bodiesOverTheLimitAre413() {
    ApiClient small = server("small", ServeConfig.local(0).withToken(TOKEN).withMaxBody(2048));
    String big = "{\"id\":\"big\",\"text\":\"" + "a".repeat(5000) + "\"}";
    assertProblem(small.post("/api/extract", "application/json", big, null), 413);
    assertProblem(small.post("/api/ingest", "application/json", big, TOKEN), 413);
  }

  @Test
  void incidentsArePagedAndFiltered() {
    JsonNode all = api.get("/api/incidents").json();
    assertThat(all.get("total").asInt()).isEqualTo(3);
    JsonNode strike = all.get("incidents").get(0);
    assertThat(strike.get("country").asText()).isEqualTo("SY");
    assertThat(strike.get("fatalities_low").asInt()).isEqualTo(62);
    assertThat(strike.get("fatalities_high").asInt()).isEqualTo(90);
    assertThat(strike.get("sources").asInt()).isEqualTo(2);
    JsonNode page = api.get("/api/incidents?offset=1&limit=1").json();
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(page.get("incidents")).hasSize(1);
    assertThat(page.get("incidents").get(0).get("id").asLong()).isEqualTo(all.get("incidents").get(1).get("id").asLong());
    assertThat(api.get("/api/incidents?country=KE").json().get("total").asInt()).isEqualTo(1);
    assertThat(api.get("/api/incidents?type=Natural%20disaster").json().get("total").asInt()).isEqualTo(1);
    assertThat(api.get("/api/incidents?grade=corroborated").json().get("total").asInt()).isEqualTo(1);
    assertThat(api.get("/api/incidents?since=2024-04-01").json().get("total").asInt()).isEqualTo(1);
    assertThat(api.get("/api/incidents?bbox=35,32,42,37").json().get("total").asInt()).isEqualTo(2);
    assertThat(api.get("/api/incidents?q=gulf%20observer").json().get("total").asInt()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/incidents?since=2024-13-01|since",
      "/api/incidents?until=yesterday|until",
      "/api/incidents?since=2024-05-01&until=2024-04-01|until",
      "/api/incidents?bbox=1,2,3|bbox",
      "/api/incidents?bbox=10,10,5,5|bbox",
      "/api/incidents?type=Picnic|type",
      "/api/incidents?grade=likely|grade",
      "/api/incidents?country=Syria|country",
      "/api/incidents?limit=-5|limit",
      "/api/incidents?limit=0|limit",
      "/api/incidents?limit=many|limit",
      "/api/incidents?offset=-1|offset",
      "/api/export?format=xml|format",
      "/api/export?format=csv&since=nope|since",
      "/api/incidents/abc|id",
      "/api/incidents/-3|id",
      "/api/articles/1.5|id"})
  void aBadParameterIsA400NamingIt(String path, String parameter) {
    ApiClient.Answer a = api.get(path);
    assertProblem(a, 400);
    assertThat(a.json().get("parameter").asText()).isEqualTo(parameter);
    assertThat(a.json().get("detail").asText()).contains(parameter);
  }

  @Test
  void unknownIdsAndPathsAre404() {
    assertProblem(api.get("/api/incidents/9999"), 404);
    assertProblem(api.get("/api/articles/9999"), 404);
    assertProblem(api.get("/api/no-such-thing"), 404);
  }

  @Test
  void anIncidentOpensIntoItsClaimsWithEvidenceInItsArticles() {
    long id = api.get("/api/incidents?grade=corroborated").json().get("incidents").get(0).get("id").asLong();
    ApiClient.Answer a = api.get("/api/incidents/" + id);
    assertThat(a.status()).isEqualTo(200);
    JsonNode d = a.json();
    assertThat(d.get("reports").size()).isGreaterThanOrEqualTo(2);
    assertThat(d.get("figures")).anySatisfy(f -> {
      assertThat(f.get("value").asInt()).isEqualTo(90);
      assertThat(f.get("qualifier").asText()).isEqualTo("at_least");
      assertThat(f.get("outlet").asText()).isEqualTo("Gulf Observer");
    });
    for (JsonNode f : d.get("figures")) {
      String text = api.get("/api/articles/" + f.get("article").asLong()).json().get("text").asText();
      for (JsonNode ev : f.get("evidence")) {
        assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
      }
    }
  }

  @Test
  void anArticleHasItsTextMetadataAndSpans() {
    JsonNode a = api.get("/api/articles/1").json();
    assertThat(a.get("article_id").asText()).isEqualTo("levant-daily-0312");
    assertThat(a.get("source").asText()).isEqualTo("Levant Daily");
    assertThat(a.get("published").asText()).isEqualTo("2024-03-12");
    String text = a.get("text").asText();
    assertThat(text).startsWith("An airstrike on a crowded market");
    assertThat(a.get("spans")).isNotEmpty();
    for (JsonNode s : a.get("spans")) {
      assertThat(s.get("start").asInt()).isBetween(0, s.get("end").asInt());
      assertThat(s.get("end").asInt()).isLessThanOrEqualTo(text.length());
    }
    assertThat(a.get("spans")).anySatisfy(s -> assertThat(s.get("kind").asText()).isEqualTo("casualty"));
  }

  @Test
  void exportsComeInEveryFormatOfSitrepIncidents() {
    ApiClient.Answer json = api.get("/api/export?format=json");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.json()).hasSize(3);
    assertThat(json.header("Content-Disposition")).contains("incidents.json");
    ApiClient.Answer csv = api.get("/api/export?format=csv&country=KE");
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body().lines().toList()).hasSize(2).first().asString().startsWith("id,type,event_type,date");
    ApiClient.Answer acled = api.get("/api/export?format=acled");
    assertThat(acled.body().lines().count()).isEqualTo(4);
    assertThat(acled.header("Content-Disposition")).contains("incidents.acled.csv");
    ApiClient.Answer geo = api.get("/api/export?format=geojson");
    assertThat(geo.contentType()).startsWith("application/geo+json");
    assertThat(geo.json().get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.json().get("features")).hasSize(3);
  }

  @Test
  void extractTurnsTextIntoSpecOutput() {
    ApiClient.Answer a = api.post("/api/extract", "application/json",
        "{\n  \"id\": \"t1\",\n  \"published\": \"2024-05-12\",\n  \"source\": \"Test\",\n"
            + "  \"text\": \"Five soldiers were killed when a roadside bomb hit their vehicle near Gao on Saturday, the army said.\"\n}",
        null);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode r = a.json();
    assertThat(r.get("id").asText()).isEqualTo("t1");
    assertThat(r.get("events")).isNotEmpty();
    assertThat(r.get("events").get(0).get("casualties").get(0).get("value").asInt()).isEqualTo(5);
    ApiClient.Answer plain = api.post("/api/extract", "text/plain; charset=utf-8",
        "Floods killed 12 people in Garissa on Friday, the Kenya Red Cross said.", null);
    assertThat(plain.status()).as(plain.body()).isEqualTo(200);
    assertThat(plain.json().get("events")).isNotEmpty();
    assertProblem(api.post("/api/extract", "application/json", "", null), 400);
    assertProblem(api.post("/api/extract", "application/json", "{\"text\":\"no id\"}", null), 400);
    assertProblem(api.post("/api/extract", "application/xml", "<a/>", null), 415);
  }

  @Test
  void typesAndTheOpenApiDescriptionAreServed() {
    assertThat(api.get("/api/types").json()).hasSize(30);
    ApiClient.Answer o = api.get("/api/openapi.json");
    assertThat(o.status()).isEqualTo(200);
    JsonNode paths = o.json().get("paths");
    for (String p : List.of("/api/incidents", "/api/incidents/{id}", "/api/articles/{id}", "/api/export",
        "/api/types", "/api/extract", "/api/ingest", "/api/openapi.json")) {
      assertThat(paths.has(p)).as(p).isTrue();
    }
  }

  @Test
  void everyAnswerCarriesAStrictContentSecurityPolicy() {
    for (String path : List.of("/", "/app.js", "/api/incidents", "/api/incidents/abc")) {
      assertThat(api.get(path).header("Content-Security-Policy")).as(path).startsWith("default-src 'self'");
    }
    ApiClient.Answer page = api.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<svg id=\"map\"").doesNotContain("http://").doesNotContain("https://");
    assertThat(api.get("/countries-110m.json").json().get("type").asText()).isEqualTo("Topology");
  }

  @Test
  void readsNeedTheTokenBeyondLoopback() {
    ApiClient wide = server("wide", new ServeConfig("0.0.0.0", 0, TOKEN, false, 4096));
    assertProblem(wide.get("/api/incidents"), 401);
    assertThat(wide.get("/").status()).isEqualTo(200);
  }
}
