package org.cagraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphLoaderTest {
  @Test
  void evidenceIsSortedByCodePointAsNeo4jSortsStoredStrings() {
    // UTF-16 order puts U+1F600 (a surrogate pair, D83D DE00) before U+FFFD; code point order
    // (stored strings) after
    assertTrue("\uD83D\uDE00".compareTo("\uFFFD") < 0);
    assertTrue(GraphLoader.byCodePoints("\uD83D\uDE00", "\uFFFD") > 0);
    assertTrue(GraphLoader.byCodePoints("p:s10", "p:s2") < 0);
    assertTrue(GraphLoader.byCodePoints("p:s1", "p:s10") < 0);
    assertEquals(0, GraphLoader.byCodePoints("p:s1", "p:s1"));

    Map<String, Object> r =
        new java.util.HashMap<>(
            Map.of(
                "subject",
                "a",
                "object",
                "b",
                "predicate",
                "SIGNED",
                "citations",
                List.of(
                    Map.of("doc", "p", "sentence", "p:s9"),
                    Map.of("doc", "p", "sentence", "p:s10"),
                    Map.of("doc", "q", "sentence", "q:s1"),
                    Map.of("doc", "p", "sentence", "p:s9"))));
    var byDoc = GraphLoader.relationsByDocument(List.of(r));
    assertEquals(
        List.of("p:s10", "p:s9"),
        byDoc.get("p").get(0).get("evidence"),
        "sorted and distinct, per paper");
    assertEquals(List.of("q:s1"), byDoc.get("q").get(0).get("evidence"));
  }

  @Test
  void anEvidenceSentenceThatMentionsNeitherEndGetsTheSubject() {
    List<Map<String, Object>> sentences =
        List.of(
            Map.of("id", "p:s1", "actors", new ArrayList<>(List.of("c"))),
            Map.of("id", "p:s2", "actors", new ArrayList<>(List.of("b"))));
    List<Map<String, Object>> relations =
        List.of(Map.of("subject", "a", "object", "b", "evidence", List.of("p:s1", "p:s2")));
    GraphLoader.linkEvidence(sentences, relations);
    assertEquals(List.of("c", "a"), sentences.get(0).get("actors"));
    assertEquals(List.of("b"), sentences.get(1).get("actors"), "already mentions the object");
  }
}
