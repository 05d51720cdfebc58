package org.cagraph.api.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** GET /api/actors?q=, GET /api/actors/{id}, GET /api/compare. */
class ActorsIT extends ApiTestSupport {

  @Test
  void searchFindsAnActorByAnyNameInAnyScript() throws Exception {
    for (String name : List.of("哈薩克", "哈萨克", "Kazakhstan", "kazakhstan", "Казахстан", "哈薩克斯坦")) {
      JsonNode first = get("/api/actors?q={q}", HttpStatus.OK, name).get("actors").get(0);
      assertThat(first.get("id").asText()).as(name).isEqualTo("kazakhstan");
      assertThat(first.get("type").asText()).isEqualTo("Country");
      assertThat(first.get("degree").asInt()).isEqualTo(5);
      assertThat(first.get("score").asDouble()).isPositive();
    }
  }

  @Test
  void searchRanksAndPages() throws Exception {
    JsonNode all = get("/api/actors?q={q}", HttpStatus.OK, "Organization");
    assertThat(all.get("actors").findValuesAsText("id")).contains("csto", "nato");
    JsonNode one = get("/api/actors?q={q}&size=1&page=1", HttpStatus.OK, "Organization");
    assertThat(one.get("count").asInt()).isOne();
    assertThat(one.get("actors").get(0).get("id").asText())
        .isEqualTo(all.get("actors").get(1).get("id").asText());
  }

  @Test
  void searchTextIsOnlyText() throws Exception {
    JsonNode odd = get("/api/actors?q={q}", HttpStatus.OK, "The \"Quote\" `Group` {x}");
    assertThat(odd.get("actors").get(0).get("name").asText())
        .isEqualTo("The \"Quote\" `Group` {x}");
    JsonNode cypher = get("/api/actors?q={q}", HttpStatus.OK, "') MATCH (n) DETACH DELETE n //");
    assertThat(cypher.get("actors").get(0).get("id").asText()).isEqualTo("quote_group");
    for (String q :
        List.of("*", "?", "AND", "a OR b", "\\", "~", "[1 TO 2]", "title:x", "\"", "((", "-")) {
      get("/api/actors?q={q}", HttpStatus.OK, q);
    }
  }

  @Test
  void searchNeedsText() throws Exception {
    assertBadParameter("/api/actors", "q");
    assertBadParameter("/api/actors?q={q}", "q", "  ");
    assertBadParameter("/api/actors?q={q}", "q", "x".repeat(201));
    assertBadParameter("/api/actors?q=x&size=0", "size");
    assertBadParameter("/api/actors?q=x&size=100000", "size");
    assertBadParameter("/api/actors?q=x&page=-1", "page");
    assertBadParameter("/api/actors?q=x&page=two", "page");
  }

  @Test
  void anActorHasItsNamesTypeAndCountsPerRelationType() throws Exception {
    JsonNode kz = get("/api/actors/kazakhstan", HttpStatus.OK);
    assertThat(kz.get("name").asText()).isEqualTo("Kazakhstan");
    assertThat(kz.get("nameZh").asText()).isEqualTo("哈薩克");
    assertThat(kz.get("nameZhHans").asText()).isEqualTo("哈萨克");
    assertThat(kz.get("type").asText()).isEqualTo("Country");
    assertThat(kz.get("degree").asInt()).isEqualTo(5);
    assertThat(kz.get("mentions").asInt()).isEqualTo(6);
    List<String> counts = new ArrayList<>();
    kz.get("relationCounts")
        .forEach(c -> counts.add(c.get("type").asText() + "=" + c.get("count").asInt()));
    assertThat(counts).containsExactly("BORDERS=2", "LOCATED_IN=1", "MEMBER_OF=1", "SIGNED=1");
    JsonNode odd = get("/api/actors/{id}", HttpStatus.OK, "quote_group");
    assertThat(odd.get("name").asText()).isEqualTo("The \"Quote\" `Group` {x}");
  }

  @Test
  void anUnknownActorIs404WithNameSuggestions() throws Exception {
    assertThat(assertNotFound("/api/actors/kazakstan").toString()).contains("kazakhstan");
    assertThat(assertNotFound("/api/actors/{id}", "uzbekstan").toString()).contains("uzbekistan");
    for (String id :
        List.of("') MATCH (n) DETACH DELETE n", "`x`", "{a:1}", "\"quoted\"", "x' OR 1=1")) {
      assertNotFound("/api/actors/{id}", id);
    }
  }

  @Test
  void compareTellsWhatTwoActorsShareAndWhereTheyDiffer() throws Exception {
    JsonNode c = get("/api/compare?a=kazakhstan&b=uzbekistan", HttpStatus.OK);
    assertThat(c.get("a").get("id").asText()).isEqualTo("kazakhstan");
    assertThat(c.get("b").get("name").asText()).isEqualTo("Uzbekistan");
    assertThat(entries(c, "shared"))
        .containsExactlyInAnyOrder("MEMBER_OF out sco", "SIGNED out collective_security_treaty");
    assertThat(entries(c, "onlyA"))
        .containsExactlyInAnyOrder("BORDERS out russia", "LOCATED_IN in baikonur_cosmodrome");
    assertThat(entries(c, "onlyB"))
        .contains(
            "PARTNER_OF out russia",
            "WITHDREW_FROM out csto",
            "MEMBER_OF out csto",
            "ADVERSARY_OF out quote_group");
    assertThat(entries(c, "between")).containsExactly("BORDERS out uzbekistan");
    JsonNode sco = c.get("shared").get(0);
    assertThat(sco.get("held").findValuesAsText("actor"))
        .containsExactlyInAnyOrder("kazakhstan", "uzbekistan");
    assertThat(sco.get("held").get(0).get("citations").get(0).get("quote").asText()).isNotBlank();
    assertThat(c.get("summary").get("shared").get("MEMBER_OF").asInt()).isOne();
  }

  @Test
  void compareNeedsTwoKnownActors() throws Exception {
    assertBadParameter("/api/compare?a=kazakhstan", "b");
    assertBadParameter("/api/compare?a=kazakhstan&b=kazakhstan", "b");
    assertNotFound("/api/compare?a=kazakhstan&b=uzbekistn");
  }

  private static List<String> entries(JsonNode compare, String side) {
    return java.util.stream.StreamSupport.stream(compare.get(side).spliterator(), false)
        .map(
            e ->
                e.get("type").asText()
                    + " "
                    + e.get("direction").asText()
                    + " "
                    + e.get("otherId").asText())
        .toList();
  }
}
