package org.cagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.cagraph.eval.Split;
import org.cagraph.relations.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: extraction scored on the out-of-sample sets, the dev split of the five papers
 * and the challenge set, per relation type. The build fails when a figure falls below the floor
 * recorded in data/gold/quality-floor.properties, or when the challenge set's asserted traps rise
 * above their ceiling; a figure the file does not hold fails too, so no type goes unguarded. Raise
 * the floors whenever the figures improve.
 */
class QualityIT {

  private static Properties floor() throws Exception {
    Properties p = new Properties();
    try (InputStream in =
        Files.newInputStream(TestCorpus.root().resolve("data/gold/quality-floor.properties"))) {
      p.load(in);
    }
    return p;
  }

  private static double get(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new AssertionError(
          "data/gold/quality-floor.properties has no " + key + ": every figure needs a floor");
    }
    return Double.parseDouble(v);
  }

  @Test
  void devSplitStaysAboveTheRecordedFloorForEveryType() throws Exception {
    Evaluation.Material m =
        Evaluation.load(
            TestCorpus.root().resolve("data/gold/relations.jsonl"),
            CorpusRun.statements(),
            TestCorpus.dir(),
            null);
    assertEquals(List.of(), m.unscored(), "papers' gold sentences annotated twice, disagreeing");
    check("dev", m.score(g -> g.split().equals(Split.DEV)));
  }

  @Test
  void challengeSetStaysAboveTheRecordedFloorForEveryTypeAndAssertsFewTraps() throws Exception {
    Path dir = TestCorpus.root().resolve("data/challenge");
    Evaluation.Material m =
        Evaluation.load(
            dir.resolve("relations.jsonl"),
            CorpusRun.challengeStatements(),
            dir.resolve("corpus"),
            Split.CHALLENGE);
    assertEquals(List.of(), m.unscored(), "challenge sentences annotated twice, disagreeing");
    Evaluation.Report r = m.score(g -> true);
    check("challenge", r);
    double ceiling = get(floor(), "challenge.traps.asserted.max");
    assertTrue(
        r.trapsAsserted() <= ceiling,
        "challenge traps asserted: " + r.trapsAsserted() + " > " + ceiling);
  }

  private static void check(String set, Evaluation.Report r) throws Exception {
    Properties f = floor();
    List<String> below = new ArrayList<>();
    System.err.printf(
        Locale.ROOT, "%s: %-26s %9s %6s%n", set, "relation type", "precision", "recall");
    for (String type : RuleSet.TYPES) {
      Evaluation.Score s = r.byType().get(type);
      System.err.printf(
          Locale.ROOT, "%s: %-26s %9.3f %6.3f%n", set, type, s.precision(), s.recall());
      check(
          below,
          set + "." + type + ".precision",
          s.precision(),
          get(f, set + "." + type + ".precision"));
      check(below, set + "." + type + ".recall", s.recall(), get(f, set + "." + type + ".recall"));
    }
    System.err.printf(
        Locale.ROOT,
        "%s: %-26s %9.3f %6.3f (traps asserted %d of %d)%n",
        set,
        "overall",
        r.overall().precision(),
        r.overall().recall(),
        r.trapsAsserted(),
        r.traps());
    check(
        below,
        set + ".overall.precision",
        r.overall().precision(),
        get(f, set + ".overall.precision"));
    check(below, set + ".overall.recall", r.overall().recall(), get(f, set + ".overall.recall"));
    assertTrue(below.isEmpty(), "below the quality floor: " + below);
  }

  /**
   * Time on the temporal dev set (data/time): as-of accuracy stays above its floor, every conflict
   * reported is a genuine one, and no relation whose dates are successive events is reported as a
   * conflict.
   */
  @Test
  void timeOnTheTemporalDevSetStaysAboveTheRecordedFloor() throws Exception {
    var s =
        org.cagraph.eval.TimeEvaluation.run(
                TestCorpus.root().resolve("data/time"), CorpusRun.statements())
            .get(Split.DEV);
    Properties f = floor();
    System.err.printf(
        Locale.ROOT,
        "time dev: as-of %.3f (%d/%d includes, %d/%d excludes), conflicts %d genuine of %d,"
            + " %d of %d event sequences reported as conflicts%n",
        s.asOfAccuracy(),
        s.includesRight(),
        s.includes(),
        s.excludesRight(),
        s.excludes(),
        s.conflictsGenuine(),
        s.conflictsReported(),
        s.notConflictsReported(),
        s.notConflicts());
    List<String> below = new ArrayList<>();
    check(below, "time.dev.asof.accuracy", s.asOfAccuracy(), get(f, "time.dev.asof.accuracy"));
    assertTrue(below.isEmpty(), "below the quality floor: " + below);
    assertTrue(
        s.conflictsGenuine() == s.conflictsReported(),
        "a conflict reported that is no genuine disagreement: "
            + s.errors().stream().filter(e -> e.startsWith("conflict reported")).toList());
    assertTrue(
        s.notConflictsReported() == 0,
        "successive events reported as a conflict: "
            + s.errors().stream().filter(e -> e.startsWith("different events")).toList());
  }

  @Test
  void linkingStaysAboveTheRecordedFloor() throws Exception {
    Path gold = TestCorpus.root().resolve("data/gold/mentions.jsonl");
    LinkEvaluation.Report r =
        LinkEvaluation.run(gold, Export.sidecar(CorpusRun.statements()), TestCorpus.dir());
    System.err.printf(
        Locale.ROOT,
        "linking: precision %.3f recall %.3f (%d pairs)%n",
        r.precision(),
        r.recall(),
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
