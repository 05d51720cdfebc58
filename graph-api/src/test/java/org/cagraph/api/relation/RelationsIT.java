package org.cagraph.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** GET /api/relations, /api/timeline, /api/conflicts. */
class RelationsIT extends ApiTestSupport {

  @Test
  void allRelationsOfATypeWithCitations() throws Exception {
    JsonNode body = get("/api/relations?type=SANCTIONS", HttpStatus.OK);
    assertThat(body.get("total").asInt()).isEqualTo(2);
    assertThat(body.get("relations").findValuesAsText("sourceId")).containsExactly("eu", "united_states");
    JsonNode rel = body.get("relations").get(0);
    assertThat(rel.get("targetId").asText()).isEqualTo("russia");
    assertThat(rel.get("sourceType").asText()).isEqualTo("Organization");
    assertThat(rel.get("date").asText()).isEqualTo("2014");
    assertThat(rel.get("citations").get(0).get("quote").asText()).contains("實施制裁");
    assertThat(rel.get("citations").get(0).get("document").asText()).isEqualTo("003_8dee7df64dc63a72");
  }

  @Test
  void relationsArePaged() throws Exception {
    JsonNode all = get("/api/relations", HttpStatus.OK);
    int total = all.get("total").asInt();
    assertThat(total).isEqualTo(21);
    List<String> seen = new ArrayList<>();
    for (int page = 0; page * 5 < total; page++) {
      JsonNode p = get("/api/relations?size=5&page=" + page, HttpStatus.OK);
      assertThat(p.get("total").asInt()).isEqualTo(total);
      assertThat(p.get("pages").asInt()).isEqualTo(5);
      seen.addAll(p.get("relations").findValuesAsText("id"));
    }
    assertThat(seen).hasSize(total).doesNotHaveDuplicates();
    assertThat(get("/api/relations?size=5&page=99", HttpStatus.OK).get("count").asInt()).isZero();
    assertThat(get("/api/relations?type=MEMBER_OF&size=2", HttpStatus.OK).get("relations").size()).isEqualTo(2);
  }

  @Test
  void relationsRejectBadParameters() throws Exception {
    assertBadParameter("/api/relations?type=MENTIONS", "type");
    assertBadParameter("/api/relations?type={t}", "type", "MEMBER_OF]->() DETACH DELETE n //");
    assertBadParameter("/api/relations?size=0", "size");
    assertBadParameter("/api/relations?size=501", "size");
    assertBadParameter("/api/relations?page=-2", "page");
    assertBadParameter("/api/relations?page=1.5", "page");
  }

  @Test
  void timelineListsDatedRelationsInOrder() throws Exception {
    JsonNode body = get("/api/timeline?actor=uzbekistan", HttpStatus.OK);
    assertThat(body.get("actor").get("nameZh").asText()).isEqualTo("烏茲別克");
    List<String> events = new ArrayList<>();
    for (JsonNode e : body.get("events")) {
      events.add(e.get("at").asText() + " " + e.get("event").asText() + " " + e.get("type").asText() + " "
          + e.get("otherId").asText());
      assertThat(e.get("citations").size()).isPositive();
    }
    assertThat(events).containsExactly(
        "1992-05-15 date SIGNED collective_security_treaty",
        "1999 date WITHDREW_FROM csto",
        "2001-06 date MEMBER_OF sco",
        "2005-11 date PARTNER_OF russia",
        "2006 date MEMBER_OF csto",
        "2012 until MEMBER_OF csto");
    assertBadParameter("/api/timeline", "actor");
    assertNotFound("/api/timeline?actor=uzbekstan");
  }

  @Test
  void conflictsShowRelationsWhoseSourcesDisagreeWithBothCitations() throws Exception {
    JsonNode body = get("/api/conflicts", HttpStatus.OK);
    assertThat(body.get("total").asInt()).isOne();
    JsonNode c = body.get("conflicts").get(0);
    assertThat(c.get("type").asText()).isEqualTo("WITHDREW_FROM");
    assertThat(c.get("sourceId").asText()).isEqualTo("uzbekistan");
    assertThat(c.get("targetId").asText()).isEqualTo("csto");
    assertThat(c.get("dates").toString()).contains("1999", "2012");
    assertThat(c.get("citations").findValuesAsText("document"))
        .containsExactlyInAnyOrder("001_5a1f0c9e2b7d4e63", "003_8dee7df64dc63a72");
    assertThat(c.get("byDate").toString())
        .contains("{\"date\":\"1999\",\"sentences\":[\"001_5a1f0c9e2b7d4e63:40\"]}")
        .contains("{\"date\":\"2012\",\"sentences\":[\"003_8dee7df64dc63a72:500\"]}");
    // 1992-05 and 1992-05-15 are one date at two precisions, not a disagreement
    assertThat(body.toString()).doesNotContain("collective_security_treaty");
    assertBadParameter("/api/conflicts?size=-1", "size");
  }
}
