package org.cagraph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A miss is told apart as linking's or the rules': "linked" counts the facts whose two actors are
 * linked in their sentence, "R linked" the recall on those; traps are counted per language and per
 * kind.
 */
class EvaluationLinkedTest {
  private static final String TEXT = "哈薩克加入上合組織。俄羅斯與中國接壤。俄羅斯未加入北約。";

  @Test
  void aMissWithAnActorNotLinkedIsLinkingsAMissWithBothLinkedIsTheRules(@TempDir Path dir)
      throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("d1.txt"), TEXT, StandardCharsets.UTF_8);
    Path gold = dir.resolve("relations.jsonl");
    Files.writeString(
        gold,
        String.join(
            "\n",
            "{\"doc\":\"d1\",\"quote\":\"哈薩克加入上合組織。\",\"facts\":[{\"subject\":\"kazakhstan\","
                + "\"predicate\":\"MEMBER_OF\",\"object\":\"sco\"}]}",
            "{\"doc\":\"d1\",\"quote\":\"俄羅斯與中國接壤。\",\"facts\":[{\"subject\":\"russia\","
                + "\"predicate\":\"BORDERS\",\"object\":\"china\"}]}",
            "{\"doc\":\"d1\",\"quote\":\"俄羅斯未加入北約。\",\"facts\":[],\"traps\":[{\"subject\":"
                + "\"russia\",\"predicate\":\"MEMBER_OF\",\"object\":\"nato\",\"kind\":\"negated\"}]}",
            ""),
        StandardCharsets.UTF_8);
    Path statements = dir.resolve("st.jsonl");
    Files.writeString(
        statements,
        "{\"type\":\"relation\",\"subject\":\"russia\",\"predicate\":\"MEMBER_OF\",\"object\":\"nato\","
            + "\"citations\":[{\"doc\":\"d1\",\"sentence\":\"d1:3\",\"start\":19,\"end\":28,"
            + "\"quote\":\"俄羅斯未加入北約。\"}]}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("st.sentences.jsonl"),
        String.join(
            "\n",
            sentence(1, 0, 10, "哈薩克加入上合組織。", "kazakhstan", "sco"),
            sentence(2, 10, 19, "俄羅斯與中國接壤。", "russia"),
            sentence(3, 19, 28, "俄羅斯未加入北約。", "russia", "nato"),
            ""),
        StandardCharsets.UTF_8);

    Evaluation.Report r = Evaluation.load(gold, statements, corpus, "challenge").score(g -> true);

    assertEquals(2, r.goldFacts());
    assertEquals(0, r.overall().tp);
    assertEquals(1, r.linked().tp + r.linked().fn, "only the membership has both actors linked");
    assertEquals(1, r.linked().fn, "the rules missed it");
    Evaluation.Score zh = r.linkedByLanguage().get("zh");
    assertEquals(1, zh.fn);
    assertArrayEquals(new int[] {1, 1}, r.trapsByLanguage().get("zh"));
    assertArrayEquals(new int[] {1, 1}, r.trapsByKind().get("negated"));
  }

  private static String sentence(int n, int start, int end, String text, String... actors) {
    StringBuilder m = new StringBuilder();
    for (String a : actors) {
      m.append(m.length() == 0 ? "" : ",")
          .append("{\"actor\":\"")
          .append(a)
          .append("\",\"begin\":0,\"end\":1,\"method\":\"name\",\"confidence\":1.0}");
    }
    return "{\"type\":\"sentence\",\"id\":\"d1:"
        + n
        + "\",\"doc\":\"d1\",\"text\":\""
        + text
        + "\",\"start\":"
        + start
        + ",\"end\":"
        + end
        + ",\"mentions\":["
        + m
        + "]}";
  }
}
