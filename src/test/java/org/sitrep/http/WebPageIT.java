package org.sitrep.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.article.Defaults;
import org.sitrep.extract.Extractors;
import org.sitrep.output.Json;
import org.sitrep.store.IngestListener;
import org.sitrep.store.IngestService;
import org.sitrep.store.JdbcIncidentRepository;
import org.sitrep.store.StoreLocation;

/**
 * The page in a real headless Chromium (Debian's chromium and chromedriver, never a downloaded
 * one): the seed article's Deir ez-Zor incident is on the map, opens into its 62 and at-least-80
 * claims with their evidence highlighted in the article; an article carrying script and an
 * onerror handler is shown as inert text. Screenshots go to target/screenshots/. (In this package,
 * not {@code org.sitrep.web}: a test class there would shadow the page's classpath folder.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  static Path dir;

  StoreAccess store;
  SitrepServer server;
  ChromeDriver browser;
  String base;
  Path shots;

  @BeforeAll
  void start() throws IOException {
    assertThat(CHROMIUM).as("Debian's chromium is required (build/test.sh installs it)").isExecutable();
    assertThat(CHROMEDRIVER).as("Debian's chromium-driver is required (build/test.sh installs it)").isExecutable();
    StoreLocation loc = StoreLocation.sqlite(dir.resolve("web.db"));
    try (JdbcIncidentRepository repo = JdbcIncidentRepository.open(loc)) {
      new IngestService(repo, Extractors.standard(), 2, IngestListener.NONE).ingest(
          List.of("samples/deir-ezzor-presstv.jsonl", "src/test/resources/web/xss-article.jsonl"), Defaults.none());
    }
    store = new StoreAccess(() -> JdbcIncidentRepository.open(loc), Extractors::standard);
    server = SitrepServer.start(store, ServeConfig.local(0), System.err);
    base = "http://127.0.0.1:" + server.port() + "/";
    shots = Path.of(System.getProperty("sitrep.buildDir", "target"), "screenshots");
    Files.createDirectories(shots);
    browser = chromium(dir.resolve("chromium-profile"));
  }

  static ChromeDriver chromium(Path profile) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1500,1400", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    return new ChromeDriver(service, o);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  JsonNode api(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    return Json.MAPPER.readTree(r.body());
  }

  long incidentWith(String query) throws IOException, InterruptedException {
    JsonNode page = api("api/incidents?q=" + query);
    assertThat(page.get("total").asInt()).as("incidents matching " + query).isPositive();
    return page.get("incidents").get(0).get("id").asLong();
  }

  WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  void openPage() {
    browser.get(base);
    waiting().until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
  }

  void openIncident(long id) {
    WebElement marker = browser.findElement(By.cssSelector("#markers circle.marker[data-id='" + id + "']"));
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", marker);
    waiting().until(d -> "true".equals(d.findElement(By.id("panel")).getAttribute("data-loaded")));
  }

  void screenshot(String name) throws IOException {
    Files.write(shots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theDeirEzZorIncidentOpensIntoItsClaimsWithHighlightedEvidence() throws Exception {
    long strike = incidentWith("deir%20ez-zor");
    openPage();
    assertThat(browser.findElements(By.cssSelector("#land path"))).hasSizeGreaterThan(100);
    WebElement marker = browser.findElement(By.cssSelector("#markers circle.marker[data-id='" + strike + "']"));
    assertThat(marker.findElement(By.tagName("title")).getAttribute("textContent")).contains("Deir ez-Zor");
    screenshot("page.png");
    openIncident(strike);
    List<String> rows = browser.findElements(By.cssSelector("#claims tbody tr")).stream().map(WebElement::getText)
        .toList();
    assertThat(rows).anySatisfy(r -> assertThat(r).contains("62 killed").contains("exact"));
    assertThat(rows).anySatisfy(r -> assertThat(r).contains("80 killed").contains("at least"));
    List<String> marks = browser.findElements(By.cssSelector("#article-text mark")).stream().map(WebElement::getText)
        .toList();
    assertThat(marks).anySatisfy(m -> assertThat(m).contains("62"));
    assertThat(marks).anySatisfy(m -> assertThat(m).contains("at least 80"));
    screenshot("incident.png");
  }

  @Test
  void filtersNarrowTheMapAndTheExportLinks() throws Exception {
    long strike = incidentWith("deir%20ez-zor");
    long xss = incidentWith("kidal");
    openPage();
    assertThat(browser.findElements(By.cssSelector("#markers circle.marker[data-id='" + xss + "']"))).hasSize(1);
    browser.findElement(By.name("country")).sendKeys("SY");
    browser.findElement(By.name("since")).sendKeys("09/01/2016");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    waiting().until(d -> d.findElements(By.cssSelector("#markers circle.marker[data-id='" + xss + "']")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#markers circle.marker[data-id='" + strike + "']"))).hasSize(1);
    String csv = browser.findElement(By.cssSelector("#exports a[data-format=csv]")).getAttribute("href");
    assertThat(csv).contains("format=csv").contains("country=SY").contains("since=2016-09-01");
  }

  @Test
  void anArticleWithScriptIsShownAsInertText() throws Exception {
    long xss = incidentWith("kidal");
    openPage();
    openIncident(xss);
    JavascriptExecutor js = browser;
    WebElement text = browser.findElement(By.id("article-text"));
    assertThat(text.getText()).contains("<script>window.__xss=1</script>").contains("onerror=\"window.__xss=2\"");
    assertThat(browser.findElement(By.id("article-title")).getText()).contains("<img src=x");
    assertThat(browser.findElements(By.cssSelector("#article-text script, #article-text img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#panel script, #panel img"))).isEmpty();
    assertThat(js.executeScript("return typeof window.__xss")).isEqualTo("undefined");
    screenshot("xss-inert.png");
  }
}
