package org.cagraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API on a random port against {@link GraphFixture}; one Spring context for every *IT that
 * extends this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {
  protected static final ObjectMapper JSON = new ObjectMapper();

  @Autowired protected TestRestTemplate http;

  @DynamicPropertySource
  static void neo4jProperties(DynamicPropertyRegistry r) {
    r.add("spring.neo4j.uri", () -> GraphFixture.boltUri().toString());
    r.add("spring.neo4j.authentication.password", () -> "");
  }

  /** GET with URI template variables (expanded and encoded by the template), expecting a status. */
  protected JsonNode get(String path, HttpStatus expected, Object... vars) throws Exception {
    ResponseEntity<String> res = http.getForEntity(path, String.class, vars);
    assertThat(res.getStatusCode()).as(path + " -> " + res.getBody()).isEqualTo(expected);
    return JSON.readTree(res.getBody());
  }

  /** A 400 problem naming the parameter, without internals. */
  protected void assertBadParameter(String path, String parameter, Object... vars)
      throws Exception {
    ResponseEntity<String> res = http.getForEntity(path, String.class, vars);
    assertThat(res.getStatusCode())
        .as(path + " -> " + res.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(res.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode body = JSON.readTree(res.getBody());
    assertThat(body.get("parameter").asText()).as(path).isEqualTo(parameter);
    assertThat(body.toString()).doesNotContain("Exception").doesNotContain("at org.");
  }

  /** A 404 problem with at most five suggestions; returns the suggestions. */
  protected JsonNode assertNotFound(String path, Object... vars) throws Exception {
    ResponseEntity<String> res = http.getForEntity(path, String.class, vars);
    assertThat(res.getStatusCode())
        .as(path + " -> " + res.getBody())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(res.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode body = JSON.readTree(res.getBody());
    assertThat(body.get("suggestions").size()).isLessThanOrEqualTo(5);
    return body.get("suggestions");
  }
}
