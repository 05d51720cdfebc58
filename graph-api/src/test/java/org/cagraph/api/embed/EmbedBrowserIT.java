package org.cagraph.api.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * /embed in a real headless Chromium against the fixture graph plus a hub of 40 neighbours
 * (CrowdedGraph, a Neo4j of its own): what is drawn matches /api/graph, the busiest actor is cut to
 * its top neighbours, labels never overlap, the year slider hides what did not hold, the PNG is a
 * picture, a real mouse click on an edge shows its citing sentence with the article's authors, a
 * click on a node re-centres. Saves pictures to target/ (and the four of docs/embed-*.png with
 * -Dcagraph.screenshots=docs). Skipped where the system's chromium and chromedriver are not
 * installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbedBrowserIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Path CHROMIUM = Path.of(System.getProperty("cagraph.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("cagraph.chromedriver", "/usr/bin/chromedriver"));
  private static final String MISSING =
      "skipped: needs "
          + CHROMIUM
          + " and "
          + CHROMEDRIVER
          + " (Debian: apt-get install chromium chromium-driver fonts-noto-cjk)";
  private static final Duration WAIT = Duration.ofSeconds(30);

  // Selenium 4.31 knows CDP up to 135 and says so at every start; this test needs only WebDriver,
  // not CDP
  private static final java.util.logging.Logger CDP_NOISE =
      java.util.logging.Logger.getLogger("org.openqa.selenium");
  private static ChromeDriver driver;

  @LocalServerPort int port;

  @Autowired TestRestTemplate http;

  @DynamicPropertySource
  static void neo4jProperties(DynamicPropertyRegistry r) {
    r.add("spring.neo4j.uri", () -> CrowdedGraph.boltUri().toString());
    r.add("spring.neo4j.authentication.password", () -> "");
  }

  @BeforeAll
  static void startChromium(@TempDir Path profile) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      System.err.println("EmbedBrowserIT " + MISSING);
      return;
    }
    CDP_NOISE.setLevel(java.util.logging.Level.SEVERE);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--lang=en-US",
        "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
  }

  @BeforeEach
  void needsChromium() {
    assumeTrue(driver != null, MISSING);
  }

  @AfterAll
  static void stopChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void drawsWhatTheApiReturnsAndAClickedEdgeShowsItsCitationWithTheArticlesAuthors()
      throws Exception {
    JsonNode api = get("/api/graph?center=kazakhstan&top=25", HttpStatus.OK);
    open("/embed?center=kazakhstan", 1280, 760);

    assertThat(attr("data-nodes")).isEqualTo(String.valueOf(api.get("nodes").size()));
    assertThat(attr("data-edges")).isEqualTo(String.valueOf(api.get("edges").size()));
    assertThat(attr("data-layout")).isEqualTo("fcose");
    assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("Kazakhstan");
    assertThat(
            driver.findElements(By.cssSelector("#legend li")).stream()
                .map(e -> e.getText())
                .toList())
        .contains("Country", "Organization", "Agreement", "Facility");
    new WebDriverWait(driver, WAIT).until(d -> attr("data-events") != null);
    assertThat(driver.findElement(By.id("events")).getText())
        .contains("2001-06", "Shanghai Cooperation Organisation");
    // edge labels only on hover or selection
    assertThat(
            js(
                "return window.cagraphCy.edges().filter(function (e) { return e.style('label') !== ''; }).length"))
        .isEqualTo(0L);

    Map<String, Object> edge = clickableEdge("MEMBER_OF", "kazakhstan", "sco");
    new Actions(driver)
        .moveToLocation(((Number) edge.get("x")).intValue(), ((Number) edge.get("y")).intValue())
        .click()
        .perform();
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                d.findElement(By.id("details")).isDisplayed()
                    && d.findElement(By.id("citations")).getText().contains("共同創立上海合作組織"));
    assertThat(driver.findElement(By.id("details-title")).getText())
        .isEqualTo("Kazakhstan → member of → Shanghai Cooperation Organisation");
    assertThat(driver.findElement(By.id("details-meta")).getText()).contains("2001-06", "founding");
    // the article's title and authors as the API cites them: 沈明室's article, not the seven
    // authors
    JsonNode cited = relationRow("kazakhstan", "MEMBER_OF", "sco").get("citations").get(0);
    List<String> authors = new ArrayList<>();
    cited.get("authors").forEach(a -> authors.add(a.asText()));
    assertThat(authors).containsExactly("沈明室");
    String citation = driver.findElement(By.cssSelector("#citations li")).getText();
    assertThat(citation)
        .contains(
            cited.get("title").asText(), String.join(", ", authors), cited.get("year").asText());
    assertThat(citation).doesNotContain("李哲全");
    assertThat(js("return window.cagraphCy.$id(arguments[0]).selected()", edge.get("id")))
        .isEqualTo(true);
    assertThat(js("return window.cagraphCy.$id(arguments[0]).style('label')", edge.get("id")))
        .isEqualTo("member of");
    assertThat(driver.findElement(By.id("cypher")).getText())
        .isEqualTo(
            "MATCH p = (a:Actor {id: 'kazakhstan'})-[r:MEMBER_OF]->(b:Actor {id: 'sco'}) RETURN p");
    assertThat(driver.getCurrentUrl()).contains("sel=MEMBER_OF%7Ckazakhstan%7Csco");
    assertThat(attr("data-csp-violations")).as(attr("data-csp-last")).isNull();

    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    save(png, Path.of("target", "embed.png"));
  }

  @Test
  void theBusiestActorShowsItsTopNeighboursUntilShowAllAndNoTwoLabelsOverlap() throws Exception {
    String busiest = busiestActor();
    JsonNode all = get("/api/graph?center={c}", HttpStatus.OK, busiest);
    int neighbours = all.get("neighbours").asInt();
    assertThat(neighbours)
        .as("the crowded graph's hub has more neighbours than the embed draws")
        .isGreaterThan(25);

    open("/embed?center=" + busiest, 1400, 900);
    assertThat(Integer.parseInt(attr("data-nodes")) - 1).isLessThanOrEqualTo(25).isEqualTo(25);
    assertThat(driver.findElement(By.id("neighbours")).getText())
        .contains("25", String.valueOf(neighbours));
    assertThat(overlappingLabels()).isEmpty();
    // one edge per type and pair: the hub's two SIGNED relations with crowd_02 are one edge, ×2
    assertThat(js("return window.cagraphCy.$id('SIGNED|china|crowd_02').data('count')"))
        .isEqualTo(2L);
    assertThat(Integer.parseInt(attr("data-merged-edges")))
        .isLessThan(Integer.parseInt(attr("data-edges")));

    driver.findElement(By.id("show-all")).click();
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                "ready".equals(attr("data-state"))
                    && String.valueOf(neighbours + 1).equals(attr("data-nodes")));
    assertThat(driver.getCurrentUrl()).contains("all=1");
    assertThat(attr("data-edges")).isEqualTo(String.valueOf(all.get("edges").size()));
    assertThat(overlappingLabels()).isEmpty();
  }

  @Test
  void theYearSliderHidesRelationsThatBeganLaterAndTheUrlKeepsIt() throws Exception {
    String busiest = busiestActor();
    open("/embed?center=" + busiest + "&all=1", 1400, 900);
    slideTo(2000);
    assertThat(driver.getCurrentUrl()).contains("year=2000");
    assertThat(driver.findElement(By.id("year-value")).getText()).isEqualTo("2000");

    // what the API says of each of the hub's relations in 2000, by edge: held, undated or not
    Map<String, List<String>> expected = new HashMap<>();
    JsonNode rows =
        get("/api/actors/{c}/relations?size=500", HttpStatus.OK, busiest).get("relations");
    for (JsonNode r : rows) {
      String other = r.get("otherId").asText();
      String a = busiest.compareTo(other) < 0 ? busiest : other;
      String b = busiest.compareTo(other) < 0 ? other : busiest;
      expected
          .computeIfAbsent(r.get("type").asText() + "|" + a + "|" + b, k -> new ArrayList<>())
          .add(in2000(r));
    }
    Map<String, Object> visible = edgeVisibility();
    int later = 0;
    for (Map.Entry<String, List<String>> e : expected.entrySet()) {
      if (!visible.containsKey(e.getKey())) {
        continue;
      }
      boolean shouldShow = e.getValue().contains("held") || e.getValue().contains("undated");
      assertThat(visible.get(e.getKey())).as(e.getKey() + " " + e.getValue()).isEqualTo(shouldShow);
      later += shouldShow ? 0 : 1;
    }
    assertThat(later).as("relations of the hub that began after 2000").isGreaterThan(5);
    assertThat(visible.values()).contains(true);

    // undated relations: kept, dotted, until unticked
    driver.findElement(By.id("undated")).click();
    assertThat(driver.getCurrentUrl()).contains("undated=0");
    Map<String, Object> dated = edgeVisibility();
    expected.forEach(
        (k, states) -> {
          if (dated.containsKey(k) && !states.contains("held")) {
            assertThat(dated.get(k)).as(k).isEqualTo(false);
          }
        });

    // the URL reproduces the view: year, filters, selection, language
    String url = driver.getCurrentUrl() + "&off=AIDS&sel=SIGNED%7Cchina%7Ccrowd_02&lang=zh";
    driver.get(url);
    new WebDriverWait(driver, WAIT).until(d -> "ready".equals(attr("data-state")));
    assertThat(attr("data-year")).isEqualTo("2000");
    assertThat(
            driver
                .findElement(By.cssSelector("#chips .chip[data-type='AIDS']"))
                .getDomAttribute("aria-pressed"))
        .isEqualTo("false");
    assertThat(
            js(
                "return window.cagraphCy.edges().filter(function (e) { return e.data('type') === 'AIDS'"
                    + " && e.visible(); }).length"))
        .isEqualTo(0L);
    assertThat(driver.findElement(By.id("details")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("citations")).getText()).contains("林小明", "Anna Petrova");
    assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("中國");
  }

  @Test
  void thePngButtonExportsAPicture() throws Exception {
    open("/embed?center=kazakhstan", 1000, 700);
    driver.findElement(By.id("export-png")).click();
    new WebDriverWait(driver, WAIT).until(d -> attr("data-png") != null);
    String href = driver.findElement(By.id("png-link")).getDomProperty("href");
    assertThat(href).startsWith("data:image/png;base64,");
    String base64 = href.substring(href.indexOf(',') + 1);
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isGreaterThan(100);
    Set<Integer> colours = new HashSet<>();
    for (int x = 0; x < image.getWidth(); x += 3) {
      for (int y = 0; y < image.getHeight(); y += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours.size()).as("colours in the exported PNG").isGreaterThan(1);
    assertThat(driver.findElement(By.id("png-link")).getDomAttribute("download"))
        .isEqualTo("cagraph-kazakhstan.png");
  }

  /**
   * The four pictures of docs/: target/embed-{1400x900,400x300}-{en,zh}.png from the test graph,
   * or, with -Dcagraph.screenshots=docs -Dcagraph.embed-base=http://127.0.0.1:8080 (a running ./kg
   * up), docs/ from the papers.
   */
  @Test
  void screenshotsForTheDocs() throws Exception {
    String base = System.getProperty("cagraph.embed-base", "http://127.0.0.1:" + port);
    for (String lang : List.of("en", "zh")) {
      openAt(
          base,
          "/embed?center=kazakhstan&lang=" + lang + "&sel=MEMBER_OF%7Ckazakhstan%7Csco",
          1400,
          900);
      assertThat(overlappingLabels()).isEmpty();
      shot("embed-1400x900-" + lang + ".png");
      openAt(base, "/embed?center=kazakhstan&lang=" + lang, 400, 300);
      assertThat(overlappingLabels()).isEmpty();
      assertThat(driver.findElement(By.id("controls")).isDisplayed())
          .as("controls fold at 400×300")
          .isFalse();
      shot("embed-400x300-" + lang + ".png");
    }
  }

  @Test
  void clickingANodeRecentresOnIt() throws Exception {
    JsonNode sco = get("/api/graph?center=sco&top=25", HttpStatus.OK);
    open("/embed?center=kazakhstan&lang=en", 1024, 700);
    @SuppressWarnings("unchecked")
    Map<String, Object> at =
        (Map<String, Object>)
            js(
                "var n = window.cagraphCy.$id('sco').renderedPosition();"
                    + "var r = document.getElementById('graph').getBoundingClientRect();"
                    + "return {x: Math.round(r.left + n.x), y: Math.round(r.top + n.y)};");
    new Actions(driver)
        .moveToLocation(((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue())
        .click()
        .perform();
    new WebDriverWait(driver, WAIT)
        .until(d -> "sco".equals(attr("data-center")) && "ready".equals(attr("data-state")));
    assertThat(attr("data-nodes")).isEqualTo(String.valueOf(sco.get("nodes").size()));
    assertThat(driver.getCurrentUrl()).contains("center=sco");
    assertThat(driver.findElement(By.id("title")).getText())
        .isEqualTo("Shanghai Cooperation Organisation");
  }

  @Test
  void theTimelineListsPeriodStartsAndEndsAndAnEventShowsItsPeriodsAndItsSentenceFirst()
      throws Exception {
    JsonNode api = get("/api/timeline?actor=uzbekistan", HttpStatus.OK);
    open("/embed?center=uzbekistan&lang=en", 1280, 760);
    new WebDriverWait(driver, WAIT).until(d -> attr("data-events") != null);
    assertThat(attr("data-events")).isEqualTo(String.valueOf(api.get("events").size()));
    List<WebElement> items = driver.findElements(By.cssSelector("#events li"));
    // the 1999 withdrawal ends the CSTO membership: its end is listed, marked as one
    int left = -1;
    int rejoined = -1;
    for (int i = 0; i < items.size(); i++) {
      String text = items.get(i).getText();
      if (text.startsWith("1999") && text.contains("member of") && text.contains("ends")) {
        left = i;
      }
      if (text.startsWith("2006") && text.contains("member of")) {
        rejoined = i;
      }
    }
    assertThat(left).as(driver.findElement(By.id("events")).getText()).isNotNegative();
    assertThat(rejoined).as(driver.findElement(By.id("events")).getText()).isGreaterThan(left);
    assertThat(items.get(rejoined).getText()).doesNotContain("ends");
    items.get(rejoined).click();
    new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("details")).isDisplayed());
    assertThat(driver.findElement(By.id("details-meta")).getText())
        .contains("1992-05-15 – 1999, 2006 – 2012");
    assertThat(driver.findElement(By.cssSelector("#citations li")).getText())
        .contains("rejoined the CSTO in 2006");
  }

  @Test
  void chineseNamesInASmallFrame() throws Exception {
    JsonNode api = get("/api/graph?center=kazakhstan&types=MEMBER_OF,LEASES&top=10", HttpStatus.OK);
    open("/embed?center=kazakhstan&depth=1&types=MEMBER_OF,LEASES&lang=zh", 400, 300);
    assertThat(attr("data-nodes")).isEqualTo(String.valueOf(api.get("nodes").size()));
    assertThat(attr("data-edges")).isEqualTo(String.valueOf(api.get("edges").size()));
    assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("哈薩克");
    assertThat(js("return window.cagraphCy.$id('sco').data('label')")).isEqualTo("上海合作組織");
    save(
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES),
        Path.of("target", "embed-400x300-zh.png"));
    // the side panel is a sheet at this size, opened by the timeline button
    assertThat(driver.findElement(By.id("side")).isDisplayed()).isFalse();
    driver.findElement(By.id("show-timeline")).click();
    assertThat(driver.findElement(By.id("side")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("events")).getText()).contains("上海合作組織");
    save(
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES),
        Path.of("target", "embed-400x300-zh-timeline.png"));
  }

  @Test
  void threeHopsAtFullSize() throws Exception {
    JsonNode api = get("/api/graph?center=kazakhstan&depth=3&top=25", HttpStatus.OK);
    open("/embed?center=kazakhstan&depth=3&lang=zh", 1440, 900);
    assertThat(overlappingLabels()).isEmpty();
    assertThat(attr("data-nodes")).isEqualTo(String.valueOf(api.get("nodes").size()));
    assertThat(attr("data-edges")).isEqualTo(String.valueOf(api.get("edges").size()));
    assertThat(driver.findElement(By.id("legend")).getText()).contains("國家", "組織", "倡議", "團體");
    save(
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES),
        Path.of("target", "embed-depth3-zh.png"));
  }

  @Test
  void badParametersAreExplainedInThePage() {
    for (List<String> c :
        List.of(
            List.of("/embed?center=kazakstan", "kazakstan"),
            List.of("/embed?center=kazakhstan&depth=9", "depth must be between 1 and 3"),
            List.of("/embed?center=kazakhstan&types=MENTIONS", "types must be one of"),
            List.of("/embed", "center is required"),
            List.of("/embed?center=kazakhstan&lang=fr", "lang must be en or zh"),
            List.of("/embed?center=kazakhstan&year=soon", "year must be a year"),
            List.of("/embed?center=kazakhstan&top=999", "top must be between 1 and 500"))) {
      viewport(800, 500);
      driver.get("http://127.0.0.1:" + port + c.get(0));
      new WebDriverWait(driver, WAIT).until(d -> attr("data-state").equals("error"));
      assertThat(driver.findElement(By.id("error")).getText()).as(c.get(0)).contains(c.get(1));
      assertThat(attr("data-nodes")).isNull();
      if (c.get(1).equals("kazakstan")) {
        assertThat(driver.findElement(By.cssSelector("#error a")).getText())
            .isEqualTo("kazakhstan");
        assertThat(driver.findElement(By.cssSelector("#error a")).getDomAttribute("href"))
            .isEqualTo("?center=kazakhstan");
      }
    }
  }

  /** The actor with the most relations, counted over every page of /api/relations. */
  private String busiestActor() throws Exception {
    Map<String, Integer> count = new HashMap<>();
    String next = "/api/relations?size=500";
    while (next != null) {
      JsonNode page = get(next, HttpStatus.OK);
      for (JsonNode r : page.get("relations")) {
        count.merge(r.get("sourceId").asText(), 1, Integer::sum);
        count.merge(r.get("targetId").asText(), 1, Integer::sum);
      }
      next = page.hasNonNull("next") ? page.get("next").asText() : null;
    }
    return count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** One relation of an actor's, as /api/actors/{id}/relations gives it. */
  private JsonNode relationRow(String actor, String type, String other) throws Exception {
    for (JsonNode r :
        get("/api/actors/{a}/relations?type={t}&size=500", HttpStatus.OK, actor, type)
            .get("relations")) {
      if (r.get("otherId").asText().equals(other)) {
        return r;
      }
    }
    throw new AssertionError(actor + " has no " + type + " relation with " + other);
  }

  /**
   * "held", "not" or "undated": whether a relation row's periods say it held in 2000, read from
   * start and end.
   */
  private static String in2000(JsonNode r) {
    JsonNode periods = r.get("periods");
    if (periods == null || periods.isEmpty()) {
      return "undated";
    }
    for (JsonNode p : periods) {
      boolean begun =
          p.get("start").isNull()
              || Integer.parseInt(p.get("start").asText().substring(0, 4)) <= 2000;
      boolean notEnded =
          p.get("end").isNull() || Integer.parseInt(p.get("end").asText().substring(0, 4)) >= 2000;
      if (begun && notEnded) {
        return "held";
      }
    }
    return "not";
  }

  /** Moves the year slider as a keyboard would: focus, then arrow keys until it reads the year. */
  private void slideTo(int year) {
    WebElement slider = driver.findElement(By.id("year"));
    int min = Integer.parseInt(slider.getDomProperty("min"));
    int max = Integer.parseInt(slider.getDomProperty("max"));
    assertThat(year).isBetween(min + 1, max);
    slider.sendKeys(Keys.HOME);
    for (int y = min; y < year; y++) {
      slider.sendKeys(Keys.ARROW_RIGHT);
    }
    new WebDriverWait(driver, WAIT).until(d -> String.valueOf(year).equals(attr("data-year")));
  }

  /** Merged edge id -> whether it is drawn. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> edgeVisibility() {
    return (Map<String, Object>)
        js(
            "var out = {}; window.cagraphCy.edges().forEach(function (e) {"
                + " out[e.id()] = e.visible(); }); return out;");
  }

  /** Pairs of drawn nodes whose label boxes (as rendered, labels only) intersect. */
  @SuppressWarnings("unchecked")
  private List<String> overlappingLabels() {
    return (List<String>)
        js(
            "var ns = window.cagraphCy.nodes().filter(function (n) { return n.visible(); }).toArray();"
                + "var out = [];"
                + "var bs = ns.map(function (n) { return n.renderedBoundingBox({includeLabels: true, includeNodes: false,"
                + "  includeEdges: false, includeOverlays: false}); });"
                + "for (var i = 0; i < ns.length; i++) { for (var j = i + 1; j < ns.length; j++) {"
                + "  var a = bs[i], b = bs[j];"
                + "  if (a.w > 0 && b.w > 0 && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {"
                + "    out.push(ns[i].data('label') + ' / ' + ns[j].data('label')); } } }"
                + "return out;");
  }

  private void shot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    save(png, Path.of("target", name));
    // the docs' pictures are refreshed on request only (-Dcagraph.screenshots=docs), so test runs
    // leave the tree clean
    Path docs = Path.of("..", "docs");
    if ("docs".equals(System.getProperty("cagraph.screenshots")) && Files.isDirectory(docs)) {
      save(png, docs.resolve(name));
    }
  }

  private JsonNode get(String path, HttpStatus expected, Object... vars) throws Exception {
    ResponseEntity<String> res = http.getForEntity(path, String.class, vars);
    assertThat(res.getStatusCode()).as(path + " -> " + res.getBody()).isEqualTo(expected);
    return JSON.readTree(res.getBody());
  }

  private void open(String path, int width, int height) {
    openAt("http://127.0.0.1:" + port, path, width, height);
  }

  private void openAt(String base, String path, int width, int height) {
    viewport(width, height);
    driver.get(base + path);
    new WebDriverWait(driver, WAIT)
        .until(d -> attr("data-nodes") != null || "error".equals(attr("data-state")));
    assertThat(attr("data-state")).as(String.valueOf(attr("data-error"))).isEqualTo("ready");
  }

  /** Sizes the window so that the page itself gets width × height, as in an iframe of that size. */
  private void viewport(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    @SuppressWarnings("unchecked")
    Map<String, Object> inner =
        (Map<String, Object>) js("return {w: window.innerWidth, h: window.innerHeight};");
    int dw = width - ((Number) inner.get("w")).intValue();
    int dh = height - ((Number) inner.get("h")).intValue();
    if (dw != 0 || dh != 0) {
      driver.manage().window().setSize(new Dimension(width + dw, height + dh));
    }
  }

  /**
   * A point on the edge of that relation where a click can only mean that edge: no node covers it
   * and no other edge passes within a few pixels (the layout is randomised, so the midpoint may lie
   * where another edge crosses). Edges between two distinct actors are drawn straight.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> clickableEdge(String type, String source, String target) {
    Map<String, Object> e =
        (Map<String, Object>)
            js(
                "var args = arguments, cy = window.cagraphCy;"
                    + "var e = cy.edges().filter(function (x) { return x.data('relations').some(function (r) {"
                    + "  return r.type === args[0] && r.source === args[1] && r.target === args[2]; }); })[0];"
                    + "var rect = document.getElementById('graph').getBoundingClientRect();"
                    + "var a = e.renderedSourceEndpoint(), b = e.renderedTargetEndpoint();"
                    + "function near(p, s, t) { var dx = t.x - s.x, dy = t.y - s.y, l = dx * dx + dy * dy;"
                    + "  var k = l === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - s.x) * dx + (p.y - s.y) * dy) / l));"
                    + "  return Math.hypot(p.x - s.x - k * dx, p.y - s.y - k * dy); }"
                    + "for (var i = 0; i <= 12; i++) {"
                    + "  var f = 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.05;"
                    + "  var m = {x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y)};"
                    + "  var clear = cy.nodes().every(function (n) { var p = n.renderedPosition();"
                    + "    return Math.hypot(p.x - m.x, p.y - m.y) > n.renderedWidth() / 2 + 4; })"
                    + "    && cy.edges().every(function (o) { return o.id() === e.id()"
                    + "      || near(m, o.renderedSourceEndpoint(), o.renderedTargetEndpoint()) > 8; });"
                    + "  if (clear) { return {id: e.id(), x: Math.round(rect.left + m.x),"
                    + "    y: Math.round(rect.top + m.y), clear: true}; } }"
                    + "return {id: e.id(), clear: false};",
                type, source, target);
    assertThat(e.get("clear"))
        .as("a point of " + e + " that no node or other edge covers")
        .isEqualTo(true);
    return e;
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static String attr(String name) {
    return driver.findElement(By.tagName("html")).getDomAttribute(name);
  }

  private static void save(byte[] png, Path to) throws IOException {
    Files.createDirectories(to.toAbsolutePath().getParent());
    Files.write(to, png);
  }
}
