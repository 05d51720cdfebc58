package org.cagraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** graph-api against a real Bolt-only in-process Neo4j loaded from a .cypher fixture. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiIT {
  private static Neo4j neo4j;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;

  @BeforeAll
  static void start() throws Exception {
    String fixture = new String(ApiIT.class.getResourceAsStream("/fixture.cypher").readAllBytes(), StandardCharsets.UTF_8);
    String schema = new String(ApiIT.class.getResourceAsStream("/cypher/schema/01-constraints.cypher").readAllBytes(),
        StandardCharsets.UTF_8);
    neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().withFixture(fixture).build();
    try (var driver = org.neo4j.driver.GraphDatabase.driver(neo4j.boltURI()); var s = driver.session()) {
      for (String stmt : schema.replaceAll("(?m)^//.*$", "").split(";")) {
        if (!stmt.isBlank()) {
          s.run(stmt).consume();
        }
      }
      s.run("CALL db.awaitIndexes(60)").consume();
    }
  }

  @AfterAll
  static void stop() {
    neo4j.close();
  }

  @DynamicPropertySource
  static void neo4jProperties(DynamicPropertyRegistry r) {
    r.add("spring.neo4j.uri", () -> neo4j.boltURI().toString());
    r.add("spring.neo4j.authentication.password", () -> "");
  }

  private JsonNode get(String path, HttpStatus expected) throws Exception {
    ResponseEntity<String> res = http.getForEntity(path, String.class);
    assertThat(res.getStatusCode()).as(path + " -> " + res.getBody()).isEqualTo(expected);
    return JSON.readTree(res.getBody());
  }

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
    assertThat(get("/api/actors/kazakhstan/relations?type=MEMBER_OF&asOf=1999", HttpStatus.OK).get("count").asInt()).isZero();
    assertThat(get("/api/actors/kazakhstan/relations?type=MEMBER_OF&asOf=2005", HttpStatus.OK).get("count").asInt()).isOne();
  }

  @Test
  void anUnknownActorIs404WithSuggestions() throws Exception {
    ResponseEntity<String> res = http.getForEntity("/api/actors/kazakstan/relations", String.class);
    assertThat(res.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(res.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode body = JSON.readTree(res.getBody());
    assertThat(body.get("detail").asText()).contains("kazakstan");
    assertThat(body.get("suggestions").size()).isLessThanOrEqualTo(5);
  }

  @Test
  void aBadParameterIs400NamingIt() throws Exception {
    for (String q : List.of("type=FOO", "direction=up", "asOf=yesterday", "minConfidence=2")) {
      JsonNode body = get("/api/actors/kazakhstan/relations?" + q, HttpStatus.BAD_REQUEST);
      assertThat(body.get("parameter").asText()).isEqualTo(q.substring(0, q.indexOf('=')));
      assertThat(body.toString()).doesNotContain("Exception").doesNotContain("at org.");
    }
  }

  @Test
  void hostileNamesArePlainStringsAndChangeNothing() throws Exception {
    for (String id : List.of("') MATCH (n) DETACH DELETE n //", "`x`", "{a:1}", "\"quoted\"", "quote_group")) {
      ResponseEntity<String> res = http.getForEntity("/api/actors/{id}/relations", String.class, id);
      assertThat(res.getStatusCode().value()).as(id).isIn(200, 404);
    }
    JsonNode still = get("/api/actors/kazakhstan/relations", HttpStatus.OK);
    assertThat(still.get("count").asInt()).isEqualTo(2);
  }

  @Test
  void healthIsUp() throws Exception {
    assertThat(get("/actuator/health", HttpStatus.OK).get("status").asText()).isEqualTo("UP");
  }
}
