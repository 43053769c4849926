package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.output.Json;
import picocli.CommandLine;

/**
 * {@code sitrep demo} is a newcomer's first command: it must succeed, show the samples' incidents
 * and serve them, printing the address (the page itself is WebPageIT's business).
 */
class DemoCommandIT {
  @Test
  void demoSummarisesTheBundledSamples() {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("demo", "--no-serve")).isZero();
    assertThat(out.toString())
        .contains("Air/drone strike")
        .contains("Deir ez-Zor")
        .contains("fatalities low/best/high: 62/62/80")
        .contains("Synthetic sample")
        .contains("2 independent source(s)");
  }

  @Test
  void demoWithoutSamplesExplainsAndStillSucceeds() {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("demo", "--samples", "no-such-folder")).isZero();
    assertThat(out.toString()).contains("No sample folder");
  }

  @Test
  void demoServesTheSamplesAndPrintsTheAddress() throws Exception {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    Thread demo = new Thread(() -> cl.execute("demo", "--port", "0"), "demo-under-test");
    demo.setDaemon(true);
    demo.start();
    Pattern address = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
    Matcher m = address.matcher("");
    for (int i = 0; i < 600 && !m.reset(out.toString()).find(); i++) {
      Thread.sleep(200);
    }
    try {
      assertThat(m.find(0)).as(out.toString()).isTrue();
      String base = "http://127.0.0.1:" + m.group(1);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      JsonNode incidents = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(base
          + "/api/incidents?q=deir%20ez-zor&grade=corroborated")).build(), HttpResponse.BodyHandlers.ofString()).body());
      assertThat(incidents.get("total").asInt()).isEqualTo(1);
      assertThat(incidents.get("incidents").get(0).get("sources").asInt()).isEqualTo(2);
    } finally {
      demo.interrupt();
      demo.join(10_000);
    }
    assertThat(demo.isAlive()).isFalse();
  }
}
