package org.cagraph.api.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** GET /api/paths. */
class PathsIT extends ApiTestSupport {

  @Test
  void kyrgyzstanReachesNatoThroughActorRelationsWithEvidenceOnEveryHop() throws Exception {
    JsonNode body = get("/api/paths?from=kyrgyzstan&to=nato", HttpStatus.OK);
    List<String> chains = new ArrayList<>();
    for (JsonNode path : body.get("paths")) {
      assertThat(path.get("length").asInt()).isEqualTo(2);
      chains.add(String.join(" ", path.get("nodes").findValuesAsText("id")));
      for (JsonNode hop : path.get("hops")) {
        assertThat(hop.get("type").asText()).isNotIn("MENTIONS", "IN");
        assertThat(hop.get("citations").size()).as(hop.toString()).isPositive();
        assertThat(hop.get("citations").get(0).get("quote").asText()).isNotBlank();
      }
      for (JsonNode node : path.get("nodes")) {
        assertThat(node.get("id").isTextual()).as("only actors: " + node).isTrue();
      }
    }
    // the sentence that mentions both Kyrgyzstan and NATO is not a path
    assertThat(chains)
        .containsExactlyInAnyOrder(
            "kyrgyzstan partnership_for_peace nato", "kyrgyzstan russia nato");
    JsonNode viaPfp =
        body.get("paths").findParents("hops").stream()
            .filter(p -> p.toString().contains("partnership_for_peace"))
            .findFirst()
            .orElseThrow();
    JsonNode hop = viaPfp.get("hops").get(1);
    assertThat(hop.get("type").asText()).isEqualTo("PROPOSED");
    assertThat(hop.get("source").asText()).isEqualTo("nato");
    assertThat(hop.get("target").asText()).isEqualTo("partnership_for_peace");
    assertThat(hop.get("citations").get(0).get("quote").asText()).contains("北約提出和平夥伴關係計畫");
  }

  @Test
  void maxHopsBoundsThePaths() throws Exception {
    assertThat(
            get("/api/paths?from=kyrgyzstan&to=nato&maxHops=1", HttpStatus.OK).get("count").asInt())
        .isZero();
    JsonNode far =
        get("/api/paths?from=united_states&to=partnership_for_peace&maxHops=6", HttpStatus.OK);
    assertThat(far.get("paths").get(0).get("length").asInt()).isEqualTo(3);
    assertThat(
            get("/api/paths?from=united_states&to=partnership_for_peace&maxHops=2", HttpStatus.OK)
                .get("count")
                .asInt())
        .isZero();
  }

  @Test
  void pathsRejectBadParameters() throws Exception {
    assertBadParameter("/api/paths?from=kyrgyzstan&to=nato&maxHops=7", "maxHops");
    assertBadParameter("/api/paths?from=kyrgyzstan&to=nato&maxHops=0", "maxHops");
    assertBadParameter("/api/paths?from=kyrgyzstan&to=nato&maxHops=x", "maxHops");
    assertBadParameter("/api/paths?from=kyrgyzstan", "to");
    assertBadParameter("/api/paths?from=nato&to=nato", "to");
    assertNotFound("/api/paths?from=kyrgyzstan&to=natoo");
  }
}
