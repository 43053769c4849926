package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.output.Json;
import org.sitrep.store.JdbcIncidentRepository;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.StoredArticle;
import picocli.CommandLine;

/** {@code sitrep ingest} and {@code sitrep incidents} through picocli, with the real extractor and store. */
class IngestCommandIT {
  static final Path THREE = Path.of("src/test/resources/store/three-incidents");

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private String db() {
    return dir.resolve("sitrep.db").toString();
  }

  private JsonNode incidents(String... filters) throws IOException {
    List<String> args = new ArrayList<>(List.of("incidents", "--db", db()));
    args.addAll(List.of(filters));
    Run r = run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return Json.MAPPER.readTree(r.out());
  }

  private List<StoredArticle> articles() {
    try (JdbcIncidentRepository repo = JdbcIncidentRepository.open(StoreLocation.parse(db()))) {
      return repo.articles();
    }
  }

  @Test
  void twoReportsOfOneStrikeAndAFloodAreThreeIncidents() throws IOException {
    Run r = run("ingest", "--db", db(), THREE.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("3 stored");
    JsonNode incidents = incidents();
    assertThat(incidents).hasSize(3);
    JsonNode strike = incidents.get(0);
    assertThat(strike.get("event_type").asText()).isEqualTo("Explosions/Remote violence");
    assertThat(strike.get("sources").asInt()).isEqualTo(2);
    assertThat(strike.get("fatalities").get("low").asInt()).isEqualTo(62);
    assertThat(strike.get("fatalities").get("high").asInt()).isEqualTo(90);
    assertThat(strike.get("grade").asText()).isEqualTo("corroborated");
    assertThat(strike.get("location").get("country").asText()).isEqualTo("SY");
    JsonNode mentions = strike.get("mentions");
    assertThat(mentions).hasSize(2);
    assertThat(mentions.get(0).get("outlet").asText()).isEqualTo("Levant Daily");
    assertThat(mentions.get(1).get("outlet").asText()).isEqualTo("Gulf Observer");
    assertThat(mentions.get(0).get("casualties").get(0).get("value").asInt()).isEqualTo(62);
    assertThat(mentions.get(0).get("casualties").get(0).get("evidence").get(0).get("text").asText()).contains("62");
    assertThat(mentions.get(1).get("casualties").get(0).get("qualifier").asText()).isEqualTo("at_least");
    assertThat(mentions.get(1).get("casualties").get(0).get("evidence").get(0).get("text").asText())
        .containsIgnoringCase("at least 90");
    List<String> types = new ArrayList<>();
    incidents.forEach(i -> types.add(i.get("type").asText()));
    assertThat(types.subList(1, 3)).containsExactly("Remote explosive/landmine/IED", "Natural disaster");
    assertThat(incidents.get(1).get("mentions")).hasSize(1);
    assertThat(incidents.get(1).get("location").get("name").asText()).isNotEqualTo(
        strike.get("location").get("name").asText());
  }

  @Test
  void ingestingTheSameFolderTwiceDuplicatesNothing() throws IOException {
    assertThat(run("ingest", "--db", db(), THREE.toString()).code()).isZero();
    String first = run("incidents", "--db", db()).out();
    Run again = run("ingest", "--db", db(), THREE.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("0 stored, 0 revised, 3 already stored");
    assertThat(articles()).hasSize(3).allSatisfy(a -> assertThat(a.revisions()).isEqualTo(1));
    assertThat(run("incidents", "--db", db()).out()).isEqualTo(first);
  }

  @Test
  void aChangedArticleIsARevisionAndBadRecordsAreReportedAndStored() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.copy(THREE.resolve("3-daily-nation.jsonl"), in.resolve("flood.jsonl"));
    assertThat(run("ingest", "--db", db(), in.toString()).code()).isZero();
    String updated = Files.readString(in.resolve("flood.jsonl")).replace("killing 12 people", "killing 15 people");
    Files.writeString(in.resolve("flood.jsonl"), updated + "{\"id\":\"broken\",\"text\":\"unterminated\n");
    Run r = run("ingest", "--db", db(), in.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("flood.jsonl:2").contains("1 revised").contains("1 rejected");
    assertThat(articles()).singleElement().satisfies(a -> assertThat(a.revisions()).isEqualTo(2));
    JsonNode incidents = incidents();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).get("fatalities").get("best").asInt()).isEqualTo(15);
    try (JdbcIncidentRepository repo = JdbcIncidentRepository.open(StoreLocation.parse(db()))) {
      assertThat(repo.failures()).singleElement().satisfies(f -> assertThat(f.ref()).contains("flood.jsonl:2"));
    }
  }

  @Test
  void aFeedByUrlIsFetchedAndEachEntryStored() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] feed = Files.readAllBytes(Path.of("src/test/resources/store/feed/wire.rss"));
    server.createContext("/feed.rss", ex -> {
      ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
      ex.sendResponseHeaders(200, feed.length);
      ex.getResponseBody().write(feed);
      ex.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss";
      Run r = run("ingest", "--db", db(), url);
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(articles()).extracting(StoredArticle::source).containsExactly("Sahel Wire", "Sahel Wire");
      assertThat(articles()).extracting(StoredArticle::url)
          .containsExactly("https://sahel-wire.example/2024/05/mopti", "https://sahel-wire.example/2024/05/niamey");
      assertThat(run("ingest", "--db", db(), url).err()).contains("0 stored");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void exportsAndFilters() throws IOException {
    assertThat(run("ingest", "--db", db(), THREE.toString()).code()).isZero();
    assertThat(incidents("--country", "KE")).hasSize(1);
    assertThat(incidents("--since", "2024-04-01")).hasSize(1);
    assertThat(incidents("--until", "2024-03-31")).hasSize(2);
    assertThat(incidents("--type", "Natural disaster")).hasSize(1);
    assertThat(incidents("--grade", "corroborated")).hasSize(1);
    assertThat(incidents("--bbox", "30,-5,45,5")).hasSize(1);
    Run csv = run("incidents", "--db", db(), "--format", "csv");
    assertThat(csv.out().lines()).hasSize(4).first().asString().startsWith("id,type,event_type,date");
    Run acled = run("incidents", "--db", db(), "--format", "acled");
    List<String> lines = acled.out().lines().toList();
    assertThat(lines.get(0)).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
        + "sub_event_type,actor1");
    assertThat(lines.get(1)).startsWith("SYR1,2024-03-11,2024,1,Political violence,Explosions/Remote violence,");
    assertThat(lines.get(1)).contains(",Syria,");
    JsonNode geo = Json.MAPPER.readTree(run("incidents", "--db", db(), "--format", "geojson").out());
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.get("features")).hasSize(3);
    JsonNode point = geo.get("features").get(0).get("geometry");
    assertThat(point.get("type").asText()).isEqualTo("Point");
    assertThat(point.get("coordinates").get(0).asDouble()).isBetween(36.0, 37.5);
    assertThat(geo.get("features").get(0).get("properties").get("sources").asInt()).isEqualTo(2);
  }

  @Test
  void badParametersAreUsageErrorsNamingTheParameter() throws IOException {
    assertThat(run("ingest", "--db", db(), THREE.resolve("3-daily-nation.jsonl").toString()).code()).isZero();
    Run bbox = run("incidents", "--db", db(), "--bbox", "1,2,3");
    assertThat(bbox.code()).isEqualTo(2);
    assertThat(bbox.err()).contains("--bbox");
    Run format = run("incidents", "--db", db(), "--format", "xml");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("--format");
    Run date = run("incidents", "--db", db(), "--since", "2024-13-40");
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err()).contains("--since");
    Run grade = run("incidents", "--db", db(), "--grade", "maybe");
    assertThat(grade.code()).isEqualTo(2);
    assertThat(grade.err()).contains("--grade");
    Run nowhere = run("incidents", "--db", dir.resolve("missing.db").toString());
    assertThat(nowhere.code()).isEqualTo(2);
    assertThat(nowhere.err()).contains("--db");
    Run badDb = run("ingest", "--db", "mysql://h/x", THREE.toString());
    assertThat(badDb.code()).isEqualTo(2);
    assertThat(badDb.err()).contains("--db");
    assertThat(Files.readString(THREE.resolve("3-daily-nation.jsonl"), StandardCharsets.UTF_8)).contains("Garissa");
  }
}
