package org.cagraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The OpenAPI description lists every endpoint, and the docs page draws it. */
class OpenApiIT extends ApiTestSupport {

  @Test
  void theDescriptionListsEveryEndpoint() throws Exception {
    JsonNode api = get("/v3/api-docs", HttpStatus.OK);
    assertThat(api.get("info").get("title").asText()).contains("Central Asia");
    assertThat(api.get("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/actors",
            "/api/actors/{id}",
            "/api/actors/{id}/relations",
            "/api/relations",
            "/api/paths",
            "/api/timeline",
            "/api/compare",
            "/api/conflicts",
            "/api/graph",
            "/api/documents",
            "/api/sentences/{id}",
            "/api/relation-types");
    assertThat(
            api.get("paths")
                .get("/api/graph")
                .get("get")
                .get("parameters")
                .findValuesAsText("name"))
        .contains("center", "depth", "types");
  }

  @Test
  void theDocsPageIsServed() {
    ResponseEntity<String> page = http.getForEntity("/swagger-ui/index.html", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("swagger-ui");
    ResponseEntity<String> docs = http.getForEntity("/docs", String.class);
    assertThat(docs.getStatusCode().is2xxSuccessful() || docs.getStatusCode().is3xxRedirection())
        .isTrue();
  }
}
