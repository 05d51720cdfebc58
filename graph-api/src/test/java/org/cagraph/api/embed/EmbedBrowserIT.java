package org.cagraph.api.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * /embed in a real headless Chromium against the fixture graph: what is drawn matches /api/graph, a real mouse click
 * on an edge shows its citing sentence, a click on a node re-centres. Saves the picture to target/embed.png (and to
 * docs/embed.png with -Dcagraph.screenshots=docs). Skipped where the system's chromium and chromedriver are not installed.
 */
class EmbedBrowserIT extends ApiTestSupport {
  static final Path CHROMIUM = Path.of(System.getProperty("cagraph.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("cagraph.chromedriver", "/usr/bin/chromedriver"));
  private static final String MISSING = "skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
      + " (Debian: apt-get install chromium chromium-driver fonts-noto-cjk)";
  private static final Duration WAIT = Duration.ofSeconds(30);

  // Selenium 4.31 knows CDP up to 135 and says so at every start; this test needs only WebDriver, not CDP
  private static final java.util.logging.Logger CDP_NOISE = java.util.logging.Logger.getLogger("org.openqa.selenium");
  private static ChromeDriver driver;

  @LocalServerPort
  int port;

  @BeforeAll
  static void startChromium(@TempDir Path profile) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      System.err.println("EmbedBrowserIT " + MISSING);
      return;
    }
    CDP_NOISE.setLevel(java.util.logging.Level.SEVERE);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=en-US", "--user-data-dir=" + profile);
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
  void drawsWhatTheApiReturnsAndAClickedEdgeShowsItsCitation() throws Exception {
    JsonNode api = get("/api/graph?center=kazakhstan", HttpStatus.OK);
    open("/embed?center=kazakhstan", 1280, 760);

    assertThat(attr("data-nodes")).isEqualTo(String.valueOf(api.get("nodes").size()));
    assertThat(attr("data-edges")).isEqualTo(String.valueOf(api.get("edges").size()));
    assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("Kazakhstan");
    assertThat(driver.findElements(By.cssSelector("#legend li")).stream().map(e -> e.getText()).toList())
        .contains("Country", "Organization", "Agreement", "Facility");
    new WebDriverWait(driver, WAIT).until(d -> attr("data-events") != null);
    assertThat(driver.findElement(By.id("events")).getText()).contains("2001-06", "Shanghai Cooperation Organisation");

    Map<String, Object> edge = clickableEdge("MEMBER_OF", "kazakhstan", "sco");
    new Actions(driver).moveToLocation(((Number) edge.get("x")).intValue(), ((Number) edge.get("y")).intValue())
        .click().perform();
    new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("details")).isDisplayed()
        && d.findElement(By.id("citations")).getText().contains("共同創立上海合作組織"));
    assertThat(driver.findElement(By.id("details-title")).getText())
        .isEqualTo("Kazakhstan → member of → Shanghai Cooperation Organisation");
    assertThat(driver.findElement(By.id("details-meta")).getText()).contains("2001-06", "founding");
    assertThat(driver.findElement(By.id("citations")).getText())
        .contains("美國撤軍行動後中國與阿富汗塔利班政府的關係", "李哲全", "2023");
    assertThat(js("return window.cagraphCy.$id(arguments[0]).selected()", edge.get("id"))).isEqualTo(true);
    assertThat(attr("data-csp-violations")).as(attr("data-csp-last")).isNull();

    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    save(png, Path.of("target", "embed.png"));
    // the README's picture is refreshed on request only (-Dcagraph.screenshots=docs), so test runs leave the tree clean
    Path docs = Path.of("..", "docs");
    if ("docs".equals(System.getProperty("cagraph.screenshots")) && Files.isDirectory(docs)) {
      save(png, docs.resolve("embed.png"));
    }
  }

  @Test
  void clickingANodeRecentresOnIt() throws Exception {
    JsonNode sco = get("/api/graph?center=sco", HttpStatus.OK);
    open("/embed?center=kazakhstan&lang=en", 1024, 700);
    @SuppressWarnings("unchecked")
    Map<String, Object> at = (Map<String, Object>) js("var n = window.cagraphCy.$id('sco').renderedPosition();"
        + "var r = document.getElementById('graph').getBoundingClientRect();"
        + "return {x: Math.round(r.left + n.x), y: Math.round(r.top + n.y)};");
    new Actions(driver).moveToLocation(((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue())
        .click().perform();
    new WebDriverWait(driver, WAIT).until(d -> "sco".equals(attr("data-center")) && "ready".equals(attr("data-state")));
    assertThat(attr("data-nodes")).isEqualTo(String.valueOf(sco.get("nodes").size()));
    assertThat(driver.getCurrentUrl()).contains("center=sco");
    assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("Shanghai Cooperation Organisation");
  }

  @Test
  void theTimelineListsPeriodStartsAndEndsAndAnEventShowsItsPeriodsAndItsSentenceFirst() throws Exception {
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
    assertThat(driver.findElement(By.id("details-meta")).getText()).contains("1992-05-15 – 1999, 2006 – 2012");
    assertThat(driver.findElement(By.cssSelector("#citations li")).getText()).contains("rejoined the CSTO in 2006");
  }

  @Test
  void chineseNamesInASmallFrame() throws Exception {
    JsonNode api = get("/api/graph?center=kazakhstan&types=MEMBER_OF,LEASES", HttpStatus.OK);
    open("/embed?center=kazakhstan&depth=1&types=MEMBER_OF,LEASES&lang=zh", 400, 300);
    assertThat(attr("data-nodes")).isEqualTo(String.valueOf(api.get("nodes").size()));
    assertThat(attr("data-edges")).isEqualTo(String.valueOf(api.get("edges").size()));
    assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("哈薩克");
    assertThat(js("return window.cagraphCy.$id('sco').data('label')")).isEqualTo("上海合作組織");
    save(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES), Path.of("target", "embed-400x300-zh.png"));
    // the side panel is a sheet at this size, opened by the timeline button
    assertThat(driver.findElement(By.id("side")).isDisplayed()).isFalse();
    driver.findElement(By.id("show-timeline")).click();
    assertThat(driver.findElement(By.id("side")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("events")).getText()).contains("上海合作組織");
    save(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES), Path.of("target", "embed-400x300-zh-timeline.png"));
  }

  @Test
  void threeHopsAtFullSize() throws Exception {
    JsonNode api = get("/api/graph?center=kazakhstan&depth=3", HttpStatus.OK);
    open("/embed?center=kazakhstan&depth=3&lang=zh", 1440, 900);
    assertThat(attr("data-nodes")).isEqualTo(String.valueOf(api.get("nodes").size()));
    assertThat(attr("data-edges")).isEqualTo(String.valueOf(api.get("edges").size()));
    assertThat(driver.findElement(By.id("legend")).getText()).contains("國家", "組織", "倡議", "團體");
    save(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES), Path.of("target", "embed-depth3-zh.png"));
  }

  @Test
  void badParametersAreExplainedInThePage() {
    for (List<String> c : List.of(List.of("/embed?center=kazakstan", "kazakstan"),
        List.of("/embed?center=kazakhstan&depth=9", "depth must be between 1 and 3"),
        List.of("/embed?center=kazakhstan&types=MENTIONS", "types must be one of"),
        List.of("/embed", "center is required"),
        List.of("/embed?center=kazakhstan&lang=fr", "lang must be en or zh"))) {
      viewport(800, 500);
      driver.get("http://127.0.0.1:" + port + c.get(0));
      new WebDriverWait(driver, WAIT).until(d -> attr("data-state").equals("error"));
      assertThat(driver.findElement(By.id("error")).getText()).as(c.get(0)).contains(c.get(1));
      assertThat(attr("data-nodes")).isNull();
      if (c.get(1).equals("kazakstan")) {
        assertThat(driver.findElement(By.cssSelector("#error a")).getText()).isEqualTo("kazakhstan");
        assertThat(driver.findElement(By.cssSelector("#error a")).getDomAttribute("href")).isEqualTo("?center=kazakhstan");
      }
    }
  }

  private void open(String path, int width, int height) {
    viewport(width, height);
    driver.get("http://127.0.0.1:" + port + path);
    new WebDriverWait(driver, WAIT).until(d -> attr("data-nodes") != null || "error".equals(attr("data-state")));
    assertThat(attr("data-state")).as(String.valueOf(attr("data-error"))).isEqualTo("ready");
  }

  /** Sizes the window so that the page itself gets width × height, as in an iframe of that size. */
  private void viewport(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    @SuppressWarnings("unchecked")
    Map<String, Object> inner = (Map<String, Object>) js("return {w: window.innerWidth, h: window.innerHeight};");
    int dw = width - ((Number) inner.get("w")).intValue();
    int dh = height - ((Number) inner.get("h")).intValue();
    if (dw != 0 || dh != 0) {
      driver.manage().window().setSize(new Dimension(width + dw, height + dh));
    }
  }

  /** The page coordinates of an edge's rendered midpoint, checked to be where no node is drawn. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> clickableEdge(String type, String source, String target) {
    Map<String, Object> e = (Map<String, Object>) js(
        "var args = arguments, cy = window.cagraphCy;"
            + "var e = cy.edges().filter(function (x) { var r = x.data('relation');"
            + "  return r.type === args[0] && r.source === args[1] && r.target === args[2]; })[0];"
            + "var m = e.renderedMidpoint(), rect = document.getElementById('graph').getBoundingClientRect();"
            + "var clear = cy.nodes().every(function (n) { var p = n.renderedPosition();"
            + "  return Math.hypot(p.x - m.x, p.y - m.y) > n.renderedWidth() / 2 + 4; });"
            + "return {id: e.id(), x: Math.round(rect.left + m.x), y: Math.round(rect.top + m.y), clear: clear};",
        type, source, target);
    assertThat(e.get("clear")).as("no node covers the midpoint of " + e).isEqualTo(true);
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
