package org.cagraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A prediction is judged against every gold line its sentence overlaps: a sentence the loader reads
 * whole (stitched over a page break) where the gold cuts it in two states what either part's line
 * lists. A sentence the gold annotates twice counts once, and not at all while its lines disagree.
 */
class EvaluationSpansTest {
  private static final String DOC = "ch_zh-hant_01"; // a hyphen, as challenge ids have

  // one sentence for the loader; the gold cuts it at the page break into two lines
  private static final String TEXT = "納札爾巴耶夫總統宣布，哈薩克簽署了全面禁止核試驗條約。";
  private static final String FIRST = "納札爾巴耶夫總統宣布，";
  private static final String SECOND = "哈薩克簽署了全面禁止核試驗條約。";

  @Test
  void aFactTheOtherHalfListsIsNoFalseHit(@TempDir Path dir) throws Exception {
    Path corpus = corpus(dir);
    Path gold =
        gold(
            dir,
            line(FIRST, fact("nursultan_nazarbayev", "HEAD_OF", "kazakhstan")),
            line(SECOND, fact("kazakhstan", "SIGNED", "ctbt")));
    Path statements =
        statements(
            dir,
            relation("nursultan_nazarbayev", "HEAD_OF", "kazakhstan"),
            relation("kazakhstan", "SIGNED", "ctbt"),
            relation("kazakhstan", "SIGNED", "npt"));

    Evaluation.Report r = Evaluation.load(gold, statements, corpus, "challenge").score(g -> true);

    assertEquals(2, r.overall().tp);
    assertEquals(1, r.overall().fp, "only the treaty no line lists is false, and only once");
  }

  @Test
  void aSentenceAnnotatedTwiceCountsOnceAndNotAtAllWhileItsLinesDisagree(@TempDir Path dir)
      throws Exception {
    Path corpus = corpus(dir);
    String signed = fact("kazakhstan", "SIGNED", "ctbt");
    Path statements = statements(dir, relation("kazakhstan", "SIGNED", "ctbt"));

    Evaluation.Material agree =
        Evaluation.load(
            gold(dir, line(SECOND, signed), line(SECOND, signed)), statements, corpus, "challenge");
    assertEquals(1, agree.score(g -> true).goldFacts());
    assertEquals(List.of(), agree.unscored());

    Evaluation.Material disagree =
        Evaluation.load(gold(dir, line(SECOND, signed), line(SECOND)), statements, corpus, "c");
    Evaluation.Report r = disagree.score(g -> true);
    assertEquals(0, r.goldFacts());
    assertEquals(0, r.overall().fp);
    assertEquals(List.of(DOC + "@11"), disagree.unscored());
  }

  @Test
  void eachMissIsCountedUnderItsCause(@TempDir Path dir) throws Exception {
    Path corpus = corpus(dir);
    Path gold =
        gold(
            dir,
            line(
                SECOND,
                fact("kazakhstan", "SIGNED", "ctbt"), // read: no miss
                fact("kazakhstan", "SIGNED", "treaty_nobody_lists"), // an actor no gazetteer holds
                fact("kazakhstan", "MEMBER_OF", "sco"), // a known actor, not linked
                "{\"subject\":\"kazakhstan\",\"predicate\":\"MEMBER_OF\",\"object\":\"csto\","
                    + "\"coref\":true}", // the same, where a reference must be resolved
                fact("kazakhstan", "BORDERS", "nursultan_nazarbayev"))); // both linked, no rule
    Path statements = statements(dir, relation("kazakhstan", "SIGNED", "ctbt"));
    Files.writeString(
        dir.resolve("st.sentences.jsonl"),
        Files.readString(dir.resolve("st.sentences.jsonl"))
            .replace(
                "\"mentions\":[]",
                "\"mentions\":[{\"actor\":\"kazakhstan\"},{\"actor\":\"ctbt\"},"
                    + "{\"actor\":\"nursultan_nazarbayev\"}]"),
        StandardCharsets.UTF_8);

    Evaluation.Report r = Evaluation.load(gold, statements, corpus, "challenge").score(g -> true);

    assertEquals(4, r.overall().fn);
    assertEquals(
        java.util.Map.of(
            "name never seen", 1,
            "known, not linked", 1,
            "reference unresolved", 1,
            "linked, no rule", 1),
        r.missCauses());
  }

  @Test
  void eachFalseHitIsCountedUnderTheFirstCauseThatHolds(@TempDir Path dir) throws Exception {
    Path corpus = corpus(dir);
    String second =
        line(
                SECOND,
                fact("kazakhstan", "SIGNED", "ctbt"),
                fact("russia", "HAS_MILITARY_PRESENCE_IN", "kazakhstan"),
                "{\"subject\":\"kazakhstan\",\"predicate\":\"MEMBER_OF\",\"object\":\"asean\","
                    + "\"role\":\"observer\"}")
            .replace(
                "]}",
                "],\"traps\":[{\"subject\":\"kazakhstan\",\"predicate\":\"WITHDREW_FROM\","
                    + "\"object\":\"ctbt\",\"kind\":\"ended\"}]}");
    Path gold = gold(dir, line(FIRST, fact("kazakhstan", "SIGNED", "npt")), second);
    Path statements =
        statements(
            dir,
            inSecond("kazakhstan", "SIGNED", "ctbt"), // a hit
            inSecond("kazakhstan", "WITHDREW_FROM", "ctbt"), // the line's trap
            inSecond("kazakhstan", "HAS_MILITARY_PRESENCE_IN", "russia"), // the pair reversed
            inSecond("kazakhstan", "MEMBER_OF", "asean"), // an observer read as a member
            inSecond("kazakhstan", "PROPOSED", "ctbt"), // the pair under another type
            inSecond("kazakhstan", "SIGNED", "npt"), // the first half's fact, cited in the second
            inSecond("uzbekistan", "MEMBER_OF", "asean"), // a subject the line never names
            inSecond("kazakhstan", "MEMBER_OF", "csto"), // an object the line never names
            inSecond("kazakhstan", "SIGNED", "a_treaty_discovered"), // not the gazetteer's
            inSecond("russia", "SIGNED", "ctbt")); // both named, nothing between the two

    Evaluation.Report r =
        Evaluation.load(gold, statements, corpus, "challenge").score(g -> g.quote().equals(SECOND));

    assertEquals(1, r.overall().tp);
    assertEquals(9, r.overall().fp);
    java.util.Map<String, Integer> expected = new java.util.LinkedHashMap<>();
    Evaluation.FALSE_CAUSES.forEach(c -> expected.put(c, 1));
    expected.put("line states none", 0);
    assertEquals(expected, r.falseCauses());
    assertEquals(
        List.of(0, 0, 0, 0, 1, 0, 1, 0, 0, 1), toList(r.falseCausesByType().get("SIGNED")));

    Evaluation.Report empty =
        Evaluation.load(gold(dir, line(SECOND)), statements, corpus, "challenge").score(g -> true);
    assertEquals(
        10, (int) empty.falseCauses().get("line states none"), "a line that states nothing");
    assertEquals(
        List.of("kazakhstan PROPOSED ctbt <other type>"),
        r.errors().stream()
            .filter(e -> e.kind().equals("false") && e.fact().contains("PROPOSED"))
            .map(Evaluation.Error::fact)
            .toList());
  }

  private static List<Integer> toList(int[] counts) {
    return java.util.Arrays.stream(counts).boxed().toList();
  }

  /**
   * A relation cited in the second half of the sentence only, as if the loader had cut it there.
   */
  private static String inSecond(String s, String p, String o) {
    return relation(s, p, o).replace("\"start\":0", "\"start\":" + FIRST.length());
  }

  @Test
  void aFactsGoldDatesAreReadRightOnlyByAReadingOfTheirBoundsKind(@TempDir Path dir)
      throws Exception {
    Path corpus = corpus(dir);
    Path gold =
        gold(
            dir,
            line(
                SECOND,
                "{\"subject\":\"kazakhstan\",\"predicate\":\"SIGNED\",\"object\":\"ctbt\","
                    + "\"date\":\"1996\",\"since\":\"1996-09\"}",
                "{\"subject\":\"kazakhstan\",\"predicate\":\"MEMBER_OF\",\"object\":\"csto\","
                    + "\"until\":\"2012\"}",
                "{\"subject\":\"kazakhstan\",\"predicate\":\"MEMBER_OF\",\"object\":\"sco\","
                    + "\"since\":\"2001\"}"));
    Path statements =
        statements(
            dir,
            relation("kazakhstan", "SIGNED", "ctbt")
                .replace("}]}", ",\"readings\":[{\"kind\":\"start\",\"date\":\"1996-09-24\"}]}]}"),
            relation("kazakhstan", "MEMBER_OF", "csto")
                .replace("}]}", ",\"readings\":[{\"kind\":\"start\",\"date\":\"2012\"}]}]}"));

    Evaluation.Report r = Evaluation.load(gold, statements, corpus, "challenge").score(g -> true);

    assertEquals(List.of(1, 1), List.of(r.dates().get("date")[0], r.dates().get("date")[1]));
    assertEquals(
        List.of(1, 1),
        List.of(r.dates().get("since")[0], r.dates().get("since")[1]),
        "1996-09-24 is a more precise 1996-09; the missed fact's since is not counted");
    assertEquals(
        List.of(1, 0),
        List.of(r.dates().get("until")[0], r.dates().get("until")[1]),
        "a start of 2012 is no end of 2012");
    assertEquals(
        List.of("kazakhstan MEMBER_OF csto: until 2012, read start 2012"),
        r.errors().stream().filter(e -> e.kind().equals("time")).map(e -> e.fact()).toList());
  }

  private static Path corpus(Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve(DOC + ".txt"), TEXT, StandardCharsets.UTF_8);
    return corpus;
  }

  private static Path gold(Path dir, String... lines) throws Exception {
    Path gold = dir.resolve("relations.jsonl");
    Files.writeString(gold, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return gold;
  }

  private static String line(String quote, String... facts) {
    return "{\"doc\":\""
        + DOC
        + "\",\"quote\":\""
        + quote
        + "\",\"facts\":["
        + String.join(",", facts)
        + "]}";
  }

  private static String fact(String s, String p, String o) {
    return "{\"subject\":\"" + s + "\",\"predicate\":\"" + p + "\",\"object\":\"" + o + "\"}";
  }

  private static String relation(String s, String p, String o) {
    return "{\"type\":\"relation\",\"subject\":\""
        + s
        + "\",\"predicate\":\""
        + p
        + "\",\"object\":\""
        + o
        + "\",\"citations\":[{\"doc\":\""
        + DOC
        + "\",\"sentence\":\""
        + DOC
        + ":1\",\"start\":0,\"end\":"
        + TEXT.length()
        + ",\"quote\":\""
        + TEXT
        + "\"}]}";
  }

  private static Path statements(Path dir, String... relations) throws Exception {
    Path statements = dir.resolve("st.jsonl");
    Files.writeString(statements, String.join("\n", relations) + "\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("st.sentences.jsonl"),
        "{\"type\":\"sentence\",\"id\":\""
            + DOC
            + ":1\",\"doc\":\""
            + DOC
            + "\",\"text\":\""
            + TEXT
            + "\",\"start\":0,\"end\":"
            + TEXT.length()
            + ",\"mentions\":[]}\n",
        StandardCharsets.UTF_8);
    return statements;
  }
}
