package org.cagraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * No endpoint can change the graph: write-ish text in every parameter of every endpoint leaves the
 * graph's census (nodes, relationships, labels, properties) as it was, and never fails with a 500.
 */
class ReadOnlyIT extends ApiTestSupport {
  static final List<String> HOSTILE =
      List.of(
          "') MATCH (n) DETACH DELETE n //",
          "kazakhstan'}) DETACH DELETE a //",
          "x\"}) CREATE (:Pwned) //",
          "`Actor`) SET n.name = 'x' //",
          "{id: 'x'}",
          "MEMBER_OF]->() MERGE (p:Pwned) //",
          "*/ CALL db.clearQueryCaches() /*",
          "$id",
          "\\u0027; DROP INDEX actor_names",
          "LOAD CSV FROM 'http://127.0.0.1/' AS l CREATE (:Pwned)",
          "哈薩克 OR *:*",
          "kazakhstan");

  static final List<String> ENDPOINTS =
      List.of(
          "/api/actors?q={v}",
          "/api/actors?q=kazakhstan&page={v}&size={v}",
          "/api/actors/{v}",
          "/api/actors/{v}/relations",
          "/api/actors/kazakhstan/relations?type={v}&direction={v}&asOf={v}&minConfidence={v}",
          "/api/actors/kazakhstan/relations?asOf={v}&undated={v}",
          "/api/actors/kazakhstan/relations?asOf=2005&undated={v}",
          "/api/relations?type={v}&page={v}&size={v}",
          "/api/paths?from={v}&to=nato&maxHops={v}",
          "/api/paths?from=kyrgyzstan&to={v}",
          "/api/timeline?actor={v}",
          "/api/compare?a={v}&b=uzbekistan",
          "/api/compare?a=kazakhstan&b={v}",
          "/api/conflicts?page={v}&size={v}",
          "/api/graph?center={v}",
          "/api/graph?center=kazakhstan&depth={v}&types={v}",
          "/api/documents?page={v}&size={v}",
          "/api/sentences/{v}");

  @Test
  void writeIshInputsOnEveryEndpointChangeNothing() {
    String before = GraphFixture.census();
    for (String endpoint : ENDPOINTS) {
      for (String value : HOSTILE) {
        ResponseEntity<String> res = http.getForEntity(endpoint, String.class, Map.of("v", value));
        // 400 also comes from the servlet container, for a slash or backslash inside a path segment
        assertThat(res.getStatusCode().value())
            .as(endpoint + " with " + value + " -> " + res.getBody())
            .isIn(200, 400, 404);
      }
    }
    assertThat(GraphFixture.census()).isEqualTo(before);
    assertThat(GraphFixture.census()).doesNotContain("Pwned");
  }

  @Test
  void noEndpointAcceptsAWriteMethod() {
    String before = GraphFixture.census();
    for (String endpoint :
        List.of(
            "/api/actors/kazakhstan",
            "/api/actors/kazakhstan/relations",
            "/api/relations",
            "/api/documents",
            "/api/graph?center=kazakhstan")) {
      assertThat(http.postForEntity(endpoint, "{}", String.class).getStatusCode().value())
          .as(endpoint)
          .isEqualTo(405);
      assertThat(
              http.exchange(
                      endpoint, org.springframework.http.HttpMethod.DELETE, null, String.class)
                  .getStatusCode()
                  .value())
          .as(endpoint)
          .isEqualTo(405);
    }
    assertThat(GraphFixture.census()).isEqualTo(before);
  }
}
