package org.cagraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cagraph.api.support.RelationTypes;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.http.HttpStatus;

/**
 * The API's half of "one data row and one rules file carry a new relation type through" (issue 20;
 * the loader's half, extraction and load, is graph-loader's {@code AddedRelationTypeIT}): with
 * {@code TEST_TYPE} added as one row of {@code relation-types.tsv} in a temporary home, the API
 * lists it at /api/relation-types, accepts it as a type parameter and follows it in the named
 * queries, whose type alternations it writes from the file. graph-api never imports the loader, so
 * the relationship is written here as the loader writes one (the properties of the fixture's
 * undated relations), not extracted.
 *
 * <p><b>Why a JVM of its own.</b> {@link RelationTypes} reads the file once per JVM into static
 * fields (the allow-list, the symmetric list, the alternations of the queries are built from them).
 * This class runs in a failsafe execution of its own ({@code added-relation-type} in
 * graph-api/pom.xml; the default execution excludes it), and its static initializer, which runs
 * before Spring builds the context that first touches {@link RelationTypes}, writes the file and
 * sets {@code -Dkg.home} (read before {@code $KG_HOME}). If the class had been loaded first, the
 * first assertion fails rather than the test passing on the shipped types.
 */
class AddedRelationTypeIT extends ApiTestSupport {
  static final String ROW = "TEST_TYPE\tno\t-\tevent\ttest type\t測試\t#a3adb8";

  static {
    try {
      Path home = Files.createTempDirectory("kg-home-");
      home.toFile().deleteOnExit();
      Path tsv = Files.createDirectories(home.resolve("data/schema")).resolve("relation-types.tsv");
      String shipped;
      try (InputStream in =
          AddedRelationTypeIT.class.getClassLoader().getResourceAsStream(RelationTypes.FILE)) {
        shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Files.writeString(
          tsv, shipped + (shipped.endsWith("\n") ? "" : "\n") + ROW + "\n", StandardCharsets.UTF_8);
      System.setProperty("kg.home", home.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Session s = GraphFixture.driver().session()) {
      s.run(
              "MATCH (a:Actor {id: 'kazakhstan'}), (b:Actor {id: 'russia'}) "
                  + "CREATE (a)-[:TEST_TYPE {roleKey: '', confidence: 0.9, dates: [], rules: ['befriends'], "
                  + "evidence: ['003_8dee7df64dc63a72:10'], periodStart: [], periodStartEvidence: [], periodEnd: [], "
                  + "periodEndEvidence: [], periodFrom: [], periodTo: [], readingKind: [], readingDate: [], readingSentence: [], "
                  + "conflictBound: [], conflictPeriod: [], conflictDate: [], conflictSentence: []}]->(b)")
          .consume();
    }
  }

  @Test
  void theRowIsServedAsARelationType() throws Exception {
    assertThat(RelationTypes.NAMES)
        .as(
            "RelationTypes was read before -Dkg.home was set: run this class in its own "
                + "failsafe execution")
        .contains("TEST_TYPE");
    JsonNode types = get("/api/relation-types", HttpStatus.OK).get("types");
    assertThat(types.findValuesAsText("name")).endsWith("ADVERSARY_OF", "TEST_TYPE");
    JsonNode row = types.get(types.size() - 1);
    assertThat(row.get("symmetric").asBoolean()).isFalse();
    assertThat(row.get("en").asText()).isEqualTo("test type");
    assertThat(row.get("zh").asText()).isEqualTo("測試");
  }

  @Test
  void theActorsRelationsOfTheTypeAnswer() throws Exception {
    JsonNode body = get("/api/actors/kazakhstan/relations?type=TEST_TYPE", HttpStatus.OK);
    assertThat(body.get("count").asInt()).isOne();
    JsonNode rel = body.get("relations").get(0);
    assertThat(rel.get("type").asText()).isEqualTo("TEST_TYPE");
    assertThat(rel.get("otherId").asText()).isEqualTo("russia");
    assertThat(rel.get("citations").get(0).get("quote").asText()).contains("邊界");
    assertThat(
            get("/api/actors/russia/relations?type=TEST_TYPE&direction=in", HttpStatus.OK)
                .get("relations")
                .findValuesAsText("otherId"))
        .containsExactly("kazakhstan");
  }

  @Test
  void theGraphFollowsTheType() throws Exception {
    JsonNode graph = get("/api/graph?center=kazakhstan&depth=1&types=TEST_TYPE", HttpStatus.OK);
    assertThat(graph.toString())
        .contains("TEST_TYPE")
        .contains("russia")
        .doesNotContain("MEMBER_OF");
  }
}
