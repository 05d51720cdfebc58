package org.cagraph.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Time (issue 17): asOf answers from the periods the loader stores on each relationship, every
 * relation shows its periods with the sentence behind each bound, and the timeline is their starts
 * and ends. The fixture's periods are described at the top of fixture.cypher.
 */
class TimeIT extends ApiTestSupport {

  private List<String> others(String actor, String query) throws Exception {
    JsonNode body = get("/api/actors/" + actor + "/relations?" + query, HttpStatus.OK);
    List<String> out = new ArrayList<>();
    for (JsonNode r : body.get("relations")) {
      out.add(r.get("otherId").asText());
    }
    return out;
  }

  @Test
  void asOfIsInsideOrOutsideEachPeriodOfAMembershipLeftAndRejoined() throws Exception {
    // Uzbekistan in the CSTO: 1992-05-15 to 1999, and 2006 to 2012; in the SCO from 2001-06
    assertThat(others("uzbekistan", "type=MEMBER_OF&asOf=1992-05-14")).isEmpty();
    assertThat(others("uzbekistan", "type=MEMBER_OF&asOf=1992-05-15")).containsExactly("csto");
    assertThat(others("uzbekistan", "type=MEMBER_OF&asOf=1992-05")).containsExactly("csto");
    assertThat(others("uzbekistan", "type=MEMBER_OF&asOf=1995")).containsExactly("csto");
    assertThat(others("uzbekistan", "type=MEMBER_OF&asOf=1999-12-31")).containsExactly("csto");
    assertThat(others("uzbekistan", "type=MEMBER_OF&asOf=2000")).isEmpty();
    assertThat(others("uzbekistan", "type=MEMBER_OF&asOf=2001-05")).isEmpty();
    assertThat(others("uzbekistan", "type=MEMBER_OF&asOf=2003")).containsExactly("sco");
    assertThat(others("uzbekistan", "type=MEMBER_OF&asOf=2006-01-01"))
        .containsExactlyInAnyOrder("csto", "sco");
    assertThat(others("uzbekistan", "type=MEMBER_OF&asOf=2013")).containsExactly("sco");
    // the treaty ended with the 1999 withdrawal
    assertThat(others("uzbekistan", "type=SIGNED&asOf=1998"))
        .containsExactly("collective_security_treaty");
    assertThat(others("uzbekistan", "type=SIGNED&asOf=2000")).isEmpty();
    for (JsonNode r :
        get("/api/actors/uzbekistan/relations?asOf=2010", HttpStatus.OK).get("relations")) {
      assertThat(r.get("held").asText()).as(r.toString()).isEqualTo("period");
    }
  }

  @Test
  void aPresidencyEndedIn2005HoldsUntilThenAndNotAfter() throws Exception {
    assertThat(others("kyrgyzstan", "type=HEAD_OF&asOf=1989")).isEmpty();
    assertThat(others("kyrgyzstan", "type=HEAD_OF&asOf=1990")).containsExactly("askar_akayev");
    assertThat(others("kyrgyzstan", "type=HEAD_OF&asOf=2004-06-30"))
        .containsExactly("askar_akayev");
    // an end dated to the year may fall on any of its days
    assertThat(others("kyrgyzstan", "type=HEAD_OF&asOf=2005-03")).containsExactly("askar_akayev");
    assertThat(others("kyrgyzstan", "type=HEAD_OF&asOf=2006")).isEmpty();
  }

  @Test
  void aPeriodWithOnlyAnEndOrOnlyAnEventIsBoundedOnlyWhereTheTextIs() throws Exception {
    // the Baikonur lease: "until 2050", no start stated
    assertThat(others("russia", "type=LEASES&asOf=1960")).containsExactly("baikonur_cosmodrome");
    assertThat(others("russia", "type=LEASES&asOf=2050-12-31"))
        .containsExactly("baikonur_cosmodrome");
    assertThat(others("russia", "type=LEASES&asOf=2051")).isEmpty();
    // Russia in the SCO: no start stated, an event of 2001-06 shows it held from then
    assertThat(others("russia", "type=MEMBER_OF&asOf=2000")).isEmpty();
    assertThat(others("russia", "type=MEMBER_OF&asOf=2001-06")).containsExactly("sco");
  }

  @Test
  void undatedRelationsAreLeftOutUnderAsOfUnlessAskedFor() throws Exception {
    JsonNode dated = get("/api/actors/kazakhstan/relations?asOf=2005", HttpStatus.OK);
    assertThat(dated.get("relations").findValuesAsText("type"))
        .containsExactly("MEMBER_OF", "SIGNED");
    assertThat(dated.get("relations").findValuesAsText("held")).containsExactly("period", "period");

    JsonNode all = get("/api/actors/kazakhstan/relations?asOf=2005&undated=true", HttpStatus.OK);
    List<String> rows = new ArrayList<>();
    for (JsonNode r : all.get("relations")) {
      rows.add(
          r.get("type").asText() + " " + r.get("otherId").asText() + " " + r.get("held").asText());
    }
    // one border carries empty time lists, the other none at all (a graph loaded before periods):
    // both undated
    assertThat(rows)
        .containsExactlyInAnyOrder(
            "BORDERS russia undated",
            "BORDERS uzbekistan undated",
            "LOCATED_IN baikonur_cosmodrome undated",
            "MEMBER_OF sco period",
            "SIGNED collective_security_treaty period");
    // undated=true adds undated relations, never a dated one outside its periods
    assertThat(
            get("/api/actors/kazakhstan/relations?asOf=1991&undated=true", HttpStatus.OK)
                .get("relations")
                .findValuesAsText("type"))
        .containsExactlyInAnyOrder("BORDERS", "BORDERS", "LOCATED_IN");
    assertThat(
            get("/api/actors/kazakhstan/relations?asOf=2005&undated=false", HttpStatus.OK)
                .get("count")
                .asInt())
        .isEqualTo(2);

    // without asOf: every relation, and no held
    JsonNode plain = get("/api/actors/kazakhstan/relations", HttpStatus.OK);
    assertThat(plain.get("count").asInt()).isEqualTo(5);
    for (JsonNode r : plain.get("relations")) {
      assertThat(r.has("held")).as(r.toString()).isFalse();
      assertThat(r.get("periods").isArray()).as(r.toString()).isTrue();
    }
  }

  @Test
  void eachRelationShowsItsPeriodsWithTheSentenceBehindEachBound() throws Exception {
    JsonNode body = get("/api/actors/uzbekistan/relations?type=MEMBER_OF", HttpStatus.OK);
    JsonNode csto = null;
    for (JsonNode r : body.get("relations")) {
      if (r.get("otherId").asText().equals("csto")) {
        csto = r;
      }
    }
    assertThat(csto).isNotNull();
    assertThat(csto.get("since").asText()).isEqualTo("1992-05-15");
    assertThat(csto.get("until").asText()).isEqualTo("2012");
    JsonNode periods = csto.get("periods");
    assertThat(periods.size()).isEqualTo(2);
    assertThat(periods.get(0).get("start").asText()).isEqualTo("1992-05-15");
    assertThat(periods.get(0).get("end").asText()).isEqualTo("1999");
    assertThat(periods.get(1).get("start").asText()).isEqualTo("2006");
    assertThat(periods.get(1).get("end").asText()).isEqualTo("2012");
    JsonNode left = periods.get(0).get("endCitation");
    assertThat(left.get("sentence").asText()).isEqualTo("001_5a1f0c9e2b7d4e63:40");
    assertThat(left.get("quote").asText()).isEqualTo("烏茲別克於1999年退出集體安全條約組織。");
    assertThat(left.get("document").asText()).isEqualTo("001_5a1f0c9e2b7d4e63");
    assertThat(left.get("title").asText()).isEqualTo("911事件後美俄在中亞的競合");
    assertThat(periods.get(1).get("startCitation").get("quote").asText())
        .contains("rejoined the CSTO in 2006");
    assertThat(periods.get(1).get("endCitation").get("document").asText())
        .isEqualTo("003_8dee7df64dc63a72");

    // /api/relations too; a bound no sentence states has neither date nor citation
    JsonNode lease = get("/api/relations?type=LEASES", HttpStatus.OK).get("relations").get(0);
    assertThat(lease.get("periods").size()).isOne();
    assertThat(lease.get("periods").get(0).get("start").isNull()).isTrue();
    assertThat(lease.get("periods").get(0).get("startCitation").isNull()).isTrue();
    assertThat(lease.get("periods").get(0).get("end").asText()).isEqualTo("2050");
    assertThat(lease.get("periods").get(0).get("endCitation").get("quote").asText())
        .contains("至2050年");
    JsonNode head = get("/api/relations?type=HEAD_OF", HttpStatus.OK).get("relations").get(0);
    assertThat(head.get("sourceId").asText()).isEqualTo("askar_akayev");
    assertThat(head.get("periods").get(0).get("startCitation").get("quote").asText())
        .contains("1990年出任");
    assertThat(head.get("periods").get(0).get("endCitation").get("quote").asText()).contains("辭去");
    // undated relations have no period, whether their time lists are empty or missing
    for (JsonNode r : get("/api/relations?type=BORDERS", HttpStatus.OK).get("relations")) {
      assertThat(r.get("periods").size()).as(r.toString()).isZero();
    }
  }

  @Test
  void timelineEventsCarryTheirBoundsCitationAndAnEventDatesARelationWithNoStart()
      throws Exception {
    JsonNode body = get("/api/timeline?actor=russia", HttpStatus.OK);
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
    }
    assertThat(events)
        .containsExactly(
            "1997-05 start PARTNER_OF nato",
            "2001-06 held MEMBER_OF sco",
            "2005-11 start PARTNER_OF uzbekistan",
            "2014 start SANCTIONS eu",
            "2014 start SANCTIONS united_states",
            "2050 end LEASES baikonur_cosmodrome");
    JsonNode held = body.get("events").get(1);
    assertThat(held.get("citation").get("sentence").asText()).isEqualTo("003_8dee7df64dc63a72:492");
    JsonNode end = body.get("events").get(5);
    assertThat(end.get("period").asInt()).isZero();
    assertThat(end.get("citation").get("quote").asText()).contains("至2050年");

    JsonNode uz = get("/api/timeline?actor=uzbekistan", HttpStatus.OK);
    for (JsonNode e : uz.get("events")) {
      JsonNode period = e.get("periods").get(e.get("period").asInt());
      String bound = e.get("event").asText();
      assertThat(e.get("at").asText()).as(e.toString()).isEqualTo(period.get(bound).asText());
      assertThat(e.get("citation")).as(e.toString()).isEqualTo(period.get(bound + "Citation"));
    }
  }
}
