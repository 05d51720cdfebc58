package org.cagraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.cagraph.CorpusRun;
import org.cagraph.TestCorpus;
import org.cagraph.eval.Evaluation;
import org.cagraph.eval.LinkEvaluation;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: extraction of the corpus scored against the dev gold. The build fails when a
 * figure falls below the floor recorded in data/gold/quality-floor.properties, so no change can lower
 * precision or recall unnoticed; raise the floor whenever the figures improve.
 */
class QualityIT {

  private static Properties floor() throws Exception {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(TestCorpus.root().resolve("data/gold/quality-floor.properties"))) {
      p.load(in);
    }
    return p;
  }

  private static double get(Properties p, String key) {
    return Double.parseDouble(p.getProperty(key, "0"));
  }

  @Test
  void relationExtractionStaysAboveTheRecordedFloor() throws Exception {
    Path gold = TestCorpus.root().resolve("data/gold/relations.jsonl");
    Evaluation.Report r = Evaluation.run(gold, CorpusRun.statements(), TestCorpus.dir());
    Properties f = floor();
    List<String> below = new ArrayList<>();
    System.err.printf(Locale.ROOT, "%-26s %9s %6s%n", "relation type", "precision", "recall");
    r.byType().forEach((type, s) -> {
      System.err.printf(Locale.ROOT, "%-26s %9.3f %6.3f%n", type, s.precision(), s.recall());
      check(below, type + ".precision", s.precision(), get(f, type + ".precision"));
      check(below, type + ".recall", s.recall(), get(f, type + ".recall"));
    });
    System.err.printf(Locale.ROOT, "%-26s %9.3f %6.3f%n", "overall", r.overall().precision(), r.overall().recall());
    check(below, "overall.precision", r.overall().precision(), get(f, "overall.precision"));
    check(below, "overall.recall", r.overall().recall(), get(f, "overall.recall"));
    assertTrue(below.isEmpty(), "below the quality floor: " + below);
  }

  @Test
  void linkingStaysAboveTheRecordedFloor() throws Exception {
    Path gold = TestCorpus.root().resolve("data/gold/mentions.jsonl");
    LinkEvaluation.Report r = LinkEvaluation.run(gold, Export.sidecar(CorpusRun.statements()), TestCorpus.dir());
    System.err.printf(Locale.ROOT, "linking: precision %.3f recall %.3f (%d pairs)%n", r.precision(), r.recall(),
        r.tp() + r.fn());
    Properties f = floor();
    List<String> below = new ArrayList<>();
    check(below, "linking.precision", r.precision(), get(f, "linking.precision"));
    check(below, "linking.recall", r.recall(), get(f, "linking.recall"));
    assertTrue(below.isEmpty(), "below the quality floor: " + below);
  }

  private static void check(List<String> below, String key, double value, double floor) {
    if (value + 1e-9 < floor) {
      below.add(String.format(Locale.ROOT, "%s %.3f < %.3f", key, value, floor));
    }
  }
}
