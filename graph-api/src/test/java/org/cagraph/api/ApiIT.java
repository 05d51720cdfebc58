package org.cagraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/actors/{id}/relations and /actuator/health against the in-process Neo4j. */
class ApiIT extends ApiTestSupport {

  @Test
  void kazakhstanRelationsComeWithTheirCitation() throws Exception {
    JsonNode body = get("/api/actors/kazakhstan/relations?type=MEMBER_OF", HttpStatus.OK);
    JsonNode rel = body.get("relations").get(0);
    assertThat(rel.get("type").asText()).isEqualTo("MEMBER_OF");
    assertThat(rel.get("otherId").asText()).isEqualTo("sco");
    assertThat(rel.get("role").asText()).isEqualTo("founding");
    assertThat(rel.get("date").asText()).isEqualTo("2001-06");
    JsonNode cite = rel.get("citations").get(0);
    assertThat(cite.get("quote").asText()).contains("共同創立上海合作組織");
    assertThat(cite.get("title").asText()).isEqualTo("美國撤軍行動後中國與阿富汗塔利班政府的關係");
    assertThat(cite.get("year").asInt()).isEqualTo(2023);
  }

  @Test
  void symmetricRelationsAnswerFromEitherSide() throws Exception {
    JsonNode body = get("/api/actors/russia/relations?type=BORDERS&direction=out", HttpStatus.OK);
    assertThat(body.get("relations").get(0).get("otherId").asText()).isEqualTo("kazakhstan");
  }

  @Test
  void asOfAnswersWhatWasTrueThen() throws Exception {
    assertThat(
            get("/api/actors/kazakhstan/relations?type=MEMBER_OF&asOf=1999", HttpStatus.OK)
                .get("count")
                .asInt())
        .isZero();
    assertThat(
            get("/api/actors/kazakhstan/relations?type=MEMBER_OF&asOf=2005", HttpStatus.OK)
                .get("count")
                .asInt())
        .isOne();
  }

  @Test
  void untilEndsARelation() throws Exception {
    JsonNode in2010 =
        get("/api/actors/uzbekistan/relations?type=MEMBER_OF&asOf=2010", HttpStatus.OK);
    assertThat(in2010.findValuesAsText("otherId")).containsExactlyInAnyOrder("sco", "csto");
    JsonNode in2015 =
        get("/api/actors/uzbekistan/relations?type=MEMBER_OF&asOf=2015", HttpStatus.OK);
    assertThat(in2015.findValuesAsText("otherId")).containsExactly("sco");
  }

  @Test
  void anUnknownActorIs404WithSuggestions() throws Exception {
    ResponseEntity<String> res = http.getForEntity("/api/actors/kazakstan/relations", String.class);
    assertThat(res.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(res.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode body = JSON.readTree(res.getBody());
    assertThat(body.get("detail").asText()).contains("kazakstan");
    assertThat(body.get("suggestions").size()).isLessThanOrEqualTo(5);
    assertThat(body.get("suggestions").toString()).contains("kazakhstan");
  }

  @Test
  void aBadParameterIs400NamingIt() throws Exception {
    for (String q :
        List.of(
            "type=FOO",
            "type=MENTIONS",
            "direction=up",
            "asOf=yesterday",
            "asOf=2005-13",
            "asOf=2005-02-30",
            "undated=maybe",
            "minConfidence=2",
            "minConfidence=NaN",
            "minConfidence=high")) {
      assertBadParameter("/api/actors/kazakhstan/relations?" + q, q.substring(0, q.indexOf('=')));
    }
  }

  @Test
  void hostileNamesArePlainStrings() throws Exception {
    for (String id :
        List.of("') MATCH (n) DETACH DELETE n", "`x`", "{a:1}", "\"quoted\"", "quote_group")) {
      ResponseEntity<String> res =
          http.getForEntity("/api/actors/{id}/relations", String.class, id);
      assertThat(res.getStatusCode().value()).as(id).isIn(200, 404);
    }
    // a slash cannot be part of an id: the servlet container refuses it before the API sees it
    ResponseEntity<String> slash =
        http.getForEntity("/api/actors/{id}/relations", String.class, "a // b");
    assertThat(slash.getStatusCode().value()).isIn(400, 404);
    JsonNode odd = get("/api/actors/quote_group/relations", HttpStatus.OK);
    assertThat(odd.get("actor").get("name").asText()).isEqualTo("The \"Quote\" `Group` {x}");
    assertThat(odd.get("relations").get(0).get("citations").get(0).get("quote").asText())
        .isEqualTo("「引號組」`x` {a:1} ') MATCH (n) DETACH DELETE n // 與烏茲別克為敵。");
    assertThat(get("/api/actors/kazakhstan/relations", HttpStatus.OK).get("count").asInt())
        .isEqualTo(5);
  }

  @Test
  void healthIsUp() throws Exception {
    assertThat(get("/actuator/health", HttpStatus.OK).get("status").asText()).isEqualTo("UP");
    assertThat(get("/actuator/health/readiness", HttpStatus.OK).get("status").asText())
        .isEqualTo("UP");
    assertThat(get("/actuator/health/liveness", HttpStatus.OK).get("status").asText())
        .isEqualTo("UP");
  }
}
