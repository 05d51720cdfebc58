package org.cagraph.api.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** GET /api/graph. */
class GraphIT extends ApiTestSupport {

  @Test
  void depthOneIsTheCenterAndItsNeighbours() throws Exception {
    JsonNode g = get("/api/graph?center=kazakhstan", HttpStatus.OK);
    assertThat(g.get("nodes").findValuesAsText("id"))
        .containsExactlyInAnyOrder(
            "kazakhstan",
            "sco",
            "russia",
            "uzbekistan",
            "collective_security_treaty",
            "baikonur_cosmodrome");
    JsonNode kz = g.get("nodes").get(0);
    assertThat(kz.get("id").asText()).isEqualTo("kazakhstan");
    assertThat(kz.get("nameZh").asText()).isEqualTo("哈薩克");
    assertThat(kz.get("type").asText()).isEqualTo("Country");
    assertThat(kz.get("name").asText()).isEqualTo("Kazakhstan");
    assertEdgesJoinNodes(g);
    JsonNode member =
        g.get("edges").findParents("type").stream()
            .filter(
                e ->
                    e.get("type").asText().equals("MEMBER_OF")
                        && e.get("source").asText().equals("kazakhstan"))
            .findFirst()
            .orElseThrow();
    assertThat(member.get("target").asText()).isEqualTo("sco");
    assertThat(member.get("date").asText()).isEqualTo("2001-06");
    assertThat(member.get("role").asText()).isEqualTo("founding");
    assertThat(member.get("confidence").asDouble()).isEqualTo(0.9);
    assertThat(member.get("id").asText()).isNotBlank();
    assertThat(member.get("citations").get(0).get("quote").asText()).contains("上海合作組織");
    // relations among the neighbours are drawn too (Russia and Uzbekistan are both SCO members)
    assertThat(g.get("edges").size()).isGreaterThan(5);
  }

  @Test
  void topKeepsTheBestEvidencedNeighboursAndCountsThemAll() throws Exception {
    JsonNode all = get("/api/graph?center=kazakhstan", HttpStatus.OK);
    assertThat(all.get("neighbours").asInt()).isEqualTo(all.get("nodes").size() - 1).isEqualTo(5);
    assertThat(all.get("top").isNull()).isTrue();
    // the Russian border is stated by two sentences, every other relation of Kazakhstan by one
    JsonNode one = get("/api/graph?center=kazakhstan&top=1", HttpStatus.OK);
    assertThat(one.get("nodes").findValuesAsText("id")).containsExactly("kazakhstan", "russia");
    assertThat(one.get("neighbours").asInt()).isEqualTo(5);
    assertThat(one.get("top").asInt()).isEqualTo(1);
    assertEdgesJoinNodes(one);
    // further hops go out from the neighbours kept only
    JsonNode two = get("/api/graph?center=kazakhstan&top=1&depth=2", HttpStatus.OK);
    assertThat(two.get("nodes").findValuesAsText("id"))
        .contains("nato", "united_states")
        .doesNotContain("csto");
    assertBadParameter("/api/graph?center=kazakhstan&top=0", "top");
    assertBadParameter("/api/graph?center=kazakhstan&top=501", "top");
  }

  @Test
  void edgesCarryTheirPeriodsAndTheArticleAuthorsOfTheirCitations() throws Exception {
    JsonNode g = get("/api/graph?center=uzbekistan&types=MEMBER_OF", HttpStatus.OK);
    JsonNode csto =
        g.get("edges").findParents("type").stream()
            .filter(e -> e.get("target").asText().equals("csto"))
            .findFirst()
            .orElseThrow();
    assertThat(csto.get("periods").size()).isEqualTo(2);
    assertThat(csto.get("periods").get(1).get("start").asText()).isEqualTo("2006");
    assertThat(csto.get("periods").get(1).get("from").asText()).isEqualTo("2006-01-01");
    assertThat(csto.get("periods").get(1).get("to").asText()).isEqualTo("2012-12-31");
    assertThat(csto.get("citations").get(0).get("page").asInt()).isPositive();
    JsonNode kz = get("/api/graph?center=kazakhstan&types=MEMBER_OF", HttpStatus.OK);
    JsonNode sco =
        kz.get("edges").findParents("type").stream()
            .filter(e -> e.get("source").asText().equals("kazakhstan"))
            .findFirst()
            .orElseThrow();
    // 492 stands in 沈明室's article of the seven-author issue: the article's author, not the issue's
    // seven
    assertThat(JSON.convertValue(sco.get("citations").get(0).get("authors"), List.class))
        .containsExactly("沈明室");
    assertThat(sco.get("citations").get(0).get("published").asText()).isEqualTo("2023-12-15");
  }

  @Test
  void depthAndTypesWidenAndNarrow() throws Exception {
    JsonNode two = get("/api/graph?center=kazakhstan&depth=2", HttpStatus.OK);
    assertThat(two.get("nodes").findValuesAsText("id"))
        .contains("kyrgyzstan", "nato", "csto", "united_states", "eu", "quote_group")
        .doesNotContain("partnership_for_peace");
    JsonNode three = get("/api/graph?center=kazakhstan&depth=3", HttpStatus.OK);
    assertThat(three.get("nodes").findValuesAsText("id"))
        .contains("partnership_for_peace")
        .doesNotHaveDuplicates();
    assertEdgesJoinNodes(three);
    JsonNode members =
        get("/api/graph?center=kazakhstan&depth=3&types=MEMBER_OF,SIGNED", HttpStatus.OK);
    assertThat(members.get("nodes").findValuesAsText("id"))
        .containsExactlyInAnyOrder(
            "kazakhstan",
            "sco",
            "collective_security_treaty",
            "russia",
            "uzbekistan",
            "kyrgyzstan",
            "csto");
    assertThat(new HashSet<>(members.get("edges").findValuesAsText("type")))
        .isEqualTo(Set.of("MEMBER_OF", "SIGNED"));
  }

  @Test
  void graphRejectsBadParameters() throws Exception {
    for (String depth : List.of("0", "4", "-1", "deep")) {
      assertBadParameter("/api/graph?center=kazakhstan&depth=" + depth, "depth");
    }
    assertBadParameter("/api/graph?center=kazakhstan&types=MEMBER_OF,MENTIONS", "types");
    assertBadParameter("/api/graph?center=kazakhstan&types={t}", "types", "MEMBER_OF|IN");
    assertBadParameter("/api/graph", "center");
    assertNotFound("/api/graph?center=kazakstan");
  }

  private static void assertEdgesJoinNodes(JsonNode g) {
    Set<String> ids = new HashSet<>(g.get("nodes").findValuesAsText("id"));
    for (JsonNode e : g.get("edges")) {
      assertThat(ids).contains(e.get("source").asText(), e.get("target").asText());
    }
  }
}
