package org.cagraph.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** GET /api/relations, /api/timeline, /api/conflicts (the time model itself: {@link TimeIT}). */
class RelationsIT extends ApiTestSupport {

  @Test
  void theRelationTypesAreTheRowsOfTheSchemaFile() throws Exception {
    JsonNode types = get("/api/relation-types", HttpStatus.OK).get("types");
    assertThat(types.findValuesAsText("name"))
        .containsExactlyElementsOf(org.cagraph.api.support.RelationTypes.NAMES)
        .startsWith("MEMBER_OF", "WITHDREW_FROM");
    JsonNode withdrew = types.get(1);
    assertThat(withdrew.get("symmetric").asBoolean()).isFalse();
    assertThat(withdrew.get("ends").toString())
        .isEqualTo("[\"MEMBER_OF\",\"SIGNED\",\"PARTICIPATES_IN\"]");
    assertThat(withdrew.get("en").asText()).isEqualTo("withdrew from");
    assertThat(withdrew.get("zh").asText()).isEqualTo("退出");
    assertThat(withdrew.get("colour").asText()).matches("#[0-9a-f]{6}");
    List<String> symmetric = new ArrayList<>();
    types.forEach(
        t -> {
          if (t.get("symmetric").asBoolean()) {
            symmetric.add(t.get("name").asText());
          }
        });
    assertThat(symmetric).containsExactly("BORDERS", "PARTNER_OF", "ADVERSARY_OF");
  }

  @Test
  void allRelationsOfATypeWithCitations() throws Exception {
    JsonNode body = get("/api/relations?type=SANCTIONS", HttpStatus.OK);
    assertThat(body.get("total").asInt()).isEqualTo(2);
    assertThat(body.get("relations").findValuesAsText("sourceId"))
        .containsExactly("eu", "united_states");
    JsonNode rel = body.get("relations").get(0);
    assertThat(rel.get("targetId").asText()).isEqualTo("russia");
    assertThat(rel.get("sourceType").asText()).isEqualTo("Organization");
    assertThat(rel.get("date").asText()).isEqualTo("2014");
    assertThat(rel.get("citations").get(0).get("quote").asText()).contains("實施制裁");
    assertThat(rel.get("citations").get(0).get("document").asText())
        .isEqualTo("003_8dee7df64dc63a72");
  }

  @Test
  void relationsArePaged() throws Exception {
    JsonNode all = get("/api/relations", HttpStatus.OK);
    int total = all.get("total").asInt();
    assertThat(total).isEqualTo(22);
    List<String> seen = new ArrayList<>();
    for (int page = 0; page * 5 < total; page++) {
      JsonNode p = get("/api/relations?size=5&page=" + page, HttpStatus.OK);
      assertThat(p.get("total").asInt()).isEqualTo(total);
      assertThat(p.get("pages").asInt()).isEqualTo(5);
      seen.addAll(p.get("relations").findValuesAsText("id"));
    }
    assertThat(seen).hasSize(total).doesNotHaveDuplicates();
    assertThat(get("/api/relations?size=5&page=99", HttpStatus.OK).get("count").asInt()).isZero();
    assertThat(get("/api/relations?type=MEMBER_OF&size=2", HttpStatus.OK).get("relations").size())
        .isEqualTo(2);
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
  void timelineListsPeriodStartsAndEndsInOrder() throws Exception {
    JsonNode body = get("/api/timeline?actor=uzbekistan", HttpStatus.OK);
    assertThat(body.get("actor").get("nameZh").asText()).isEqualTo("烏茲別克");
    List<String> events = new ArrayList<>();
    for (JsonNode e : body.get("events")) {
      events.add(
          e.get("at").asText()
              + " "
              + e.get("event").asText()
              + " "
              + e.get("type").asText()
              + " "
              + e.get("otherId").asText());
      assertThat(e.get("citations").size()).isPositive();
      assertThat(e.get("periods").size()).isPositive();
    }
    // left the CSTO (and the treaty) in 1999, rejoined in 2006, left again in 2012; undated borders
    // give no event
    assertThat(events)
        .containsExactly(
            "1992-05-15 start MEMBER_OF csto",
            "1992-05-15 start SIGNED collective_security_treaty",
            "1999 start WITHDREW_FROM csto",
            "1999 end MEMBER_OF csto",
            "1999 end SIGNED collective_security_treaty",
            "2001-06 start MEMBER_OF sco",
            "2005-11 start PARTNER_OF russia",
            "2006 start MEMBER_OF csto",
            "2012 end MEMBER_OF csto");
    assertBadParameter("/api/timeline", "actor");
    assertNotFound("/api/timeline?actor=uzbekstan");
  }

  @Test
  void conflictsAreDisagreementsOnOneBoundWithBothSidesQuoted() throws Exception {
    JsonNode body = get("/api/conflicts", HttpStatus.OK);
    assertThat(body.get("total").asInt()).isOne();
    JsonNode c = body.get("conflicts").get(0);
    assertThat(c.get("type").asText()).isEqualTo("PARTNER_OF");
    assertThat(c.get("sourceId").asText()).isEqualTo("russia");
    assertThat(c.get("targetId").asText()).isEqualTo("nato");
    assertThat(c.get("conflicts").size()).isOne();
    JsonNode conflict = c.get("conflicts").get(0);
    assertThat(conflict.get("bound").asText()).isEqualTo("start");
    assertThat(conflict.get("period").asInt()).isZero();
    JsonNode sides = conflict.get("sides");
    assertThat(sides.findValuesAsText("date")).containsExactly("1997-05", "2002-05");
    assertThat(sides.findValuesAsText("document"))
        .containsExactly("003_8dee7df64dc63a72", "001_5a1f0c9e2b7d4e63");
    assertThat(sides.get(0).get("sentence").asText()).isEqualTo("003_8dee7df64dc63a72:710");
    assertThat(sides.get(0).get("quote").asText()).contains("1997年5月").contains("北約");
    assertThat(sides.get(0).get("title").asText()).isEqualTo("國防情勢特刊 第34期");
    assertThat(sides.get(1).get("quote").asText()).contains("2002年5月");
    assertThat(sides.get(1).get("authors").get(0).asText()).isEqualTo("王定士");
    assertThat(sides.get(1).get("year").asInt()).isEqualTo(2005);
    // the period the conflict is about: its start is the earliest side's
    assertThat(c.get("periods").get(conflict.get("period").asInt()).get("start").asText())
        .isEqualTo("1997-05");
    // Uzbekistan's withdrawals carry two dates (1999, 2012) but are no conflict; nor is one date at
    // two precisions
    assertThat(body.toString())
        .doesNotContain("WITHDREW_FROM")
        .doesNotContain("collective_security_treaty")
        .doesNotContain("byDate")
        .doesNotContain("disagreement");
    assertBadParameter("/api/conflicts?size=-1", "size");
  }
}
