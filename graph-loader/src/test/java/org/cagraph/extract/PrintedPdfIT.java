package org.cagraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.cagraph.TestCorpus;
import org.cagraph.relations.RuleExamples;
import org.cagraph.relations.RuleSet;
import org.cagraph.relations.Statement;
import org.cagraph.text.DocumentReader;
import org.cagraph.text.Paper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper printed to PDF by a real browser extracts like its text. Chromium's print writes CJK text
 * layers with Kangxi radicals and radical-supplement code points (⼤ for 大, ⻑ for 長) and breaks
 * lines at the page's width; the relations the rules read from the PDF must be those they read from
 * the text. Skipped, with the reason, where headless Chromium is not installed (.ci/run installs it
 * with fonts-noto-cjk).
 */
class PrintedPdfIT {
  @TempDir Path dir;

  @Test
  void aPaperPrintedToPdfByABrowserYieldsTheRelationsOfItsText() throws Exception {
    String chromium = chromium();
    Assumptions.assumeTrue(
        chromium != null, "no chromium on PATH: the printed-PDF comparison needs a real browser");
    Path txt = TestCorpus.dir().resolve("001_eb3f4b3faeb8891c.txt");
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    Path html = dir.resolve("paper.html");
    Files.writeString(
        html,
        "<html><head><meta charset=\"utf-8\"><style>body{font-family:'Noto Serif CJK TC',"
            + "'Noto Sans CJK TC',serif;font-size:12pt} pre{white-space:pre-wrap;font-family:inherit}</style></head>"
            + "<body><pre>"
            + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            + "</pre></body></html>",
        StandardCharsets.UTF_8);
    Path pdf = dir.resolve("paper.pdf");
    Process p =
        new ProcessBuilder(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf,
                html.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not print within 120 s");
    Assumptions.assumeTrue(
        Files.isRegularFile(pdf) && Files.size(pdf) > 0,
        "chromium printed nothing: " + Files.readString(dir.resolve("chromium.log")));

    org.cagraph.text.SourceDocument printed = new DocumentReader().read(pdf);
    long radicals =
        Paper.of(printed).sentences().stream()
            .flatMapToInt(s -> s.text().chars())
            .filter(c -> c >= 0x2E80 && c <= 0x2FDF)
            .count();
    long written = printed.text().chars().filter(c -> c >= 0x2E80 && c <= 0x2FDF).count();
    System.err.printf(
        "printed PDF: %d radical code points in its text layer, %d left in the clean text%n",
        written, radicals);
    assertTrue(
        radicals == 0,
        radicals + " Kangxi or supplement radicals left in the clean text of the printed PDF");
    Set<String> fromText = facts(new DocumentReader().read(txt));
    Set<String> fromPdf = facts(printed);
    Set<String> both = new HashSet<>(fromText);
    both.retainAll(fromPdf);
    double recall = (double) both.size() / fromText.size();
    Set<String> lost = new HashSet<>(fromText);
    lost.removeAll(fromPdf);
    System.err.printf(
        "printed PDF: %d of the text's %d relations (%.3f), %d more; lost %s%n",
        both.size(), fromText.size(), recall, fromPdf.size() - both.size(), lost);
    assertTrue(fromText.size() > 50, "the text yields relations: " + fromText.size());
    // the bar: PDF recall within 0.05 of the text's
    assertTrue(
        recall >= 0.95,
        "the PDF yields " + both.size() + " of the text's " + fromText.size() + "; lost " + lost);
  }

  /**
   * The asserted facts the rules read from a document, linking by the gazetteer alone (no CoreNLP
   * needed).
   */
  private static Set<String> facts(org.cagraph.text.SourceDocument doc) {
    Set<String> facts = new HashSet<>();
    new RuleExamples.Reader(RuleSet.load())
        .read(doc).stream()
            .filter(Statement::asserted)
            .forEach(s -> facts.add(s.subject() + " " + s.predicate() + " " + s.object()));
    return facts;
  }

  private static String chromium() {
    for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
      for (String dirName :
          System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dirName, name))) {
          return Path.of(dirName, name).toString();
        }
      }
    }
    return null;
  }
}
