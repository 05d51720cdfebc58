package org.cagraph.api.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** GET /api/documents, GET /api/sentences/{id}. */
class ProvenanceIT extends ApiTestSupport {

  @Test
  void documentsListThePapersWithCounts() throws Exception {
    JsonNode body = get("/api/documents", HttpStatus.OK);
    assertThat(body.get("total").asInt()).isEqualTo(2);
    JsonNode first = body.get("documents").get(0);
    assertThat(first.get("id").asText()).isEqualTo("001_5a1f0c9e2b7d4e63");
    assertThat(first.get("title").asText()).isEqualTo("911事件後美俄在中亞的競合");
    assertThat(first.get("authors").get(0).asText()).isEqualTo("王定士");
    assertThat(first.get("year").asInt()).isEqualTo(2005);
    assertThat(first.get("sentences").asInt()).isEqualTo(9);
    assertThat(first.get("relations").asInt()).isEqualTo(12);
    JsonNode second = body.get("documents").get(1);
    assertThat(second.get("articles").toString()).contains("美國撤軍行動後中國與阿富汗塔利班政府的關係");
    JsonNode page = get("/api/documents?size=1&page=1", HttpStatus.OK);
    assertThat(page.get("documents").get(0).get("id").asText()).isEqualTo("003_8dee7df64dc63a72");
    assertThat(page.get("pages").asInt()).isEqualTo(2);
    assertBadParameter("/api/documents?size=0", "size");
  }

  @Test
  void aSentenceCarriesItsQuoteDocumentMentionsAndRelations() throws Exception {
    JsonNode s = get("/api/sentences/{id}", HttpStatus.OK, "001_5a1f0c9e2b7d4e63:55");
    assertThat(s.get("quote").asText()).isEqualTo("1994年，北約提出和平夥伴關係計畫，吉爾吉斯隨即參與。");
    assertThat(s.get("start").asInt()).isEqualTo(4000);
    assertThat(s.get("end").asInt()).isEqualTo(4027);
    assertThat(s.get("document").get("title").asText()).isEqualTo("911事件後美俄在中亞的競合");
    assertThat(s.get("mentions").findValuesAsText("id"))
        .containsExactly("kyrgyzstan", "nato", "partnership_for_peace");
    assertThat(s.get("relations").findValuesAsText("type"))
        .containsExactly("PARTICIPATES_IN", "PROPOSED");
  }

  @Test
  void hostileTextComesBackVerbatim() throws Exception {
    JsonNode s = get("/api/sentences/{id}", HttpStatus.OK, "001_5a1f0c9e2b7d4e63:140");
    assertThat(s.get("text").asText())
        .isEqualTo("「引號組」`x` {a:1} ') MATCH (n) DETACH DELETE n // 與烏茲別克為敵。");
    assertThat(s.get("mentions").get(0).get("name").asText())
        .isEqualTo("The \"Quote\" `Group` {x}");
  }

  @Test
  void anUnknownSentenceIs404() throws Exception {
    assertNotFound("/api/sentences/{id}", "001_5a1f0c9e2b7d4e63:9999");
    assertNotFound("/api/sentences/{id}", "x' OR 1=1 RETURN s");
  }
}
