package org.cagraph.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Citations name the right source (issue 19): a sentence in one article of the 2023 issue names
 * that article and its authors only, never the issue's seven; the year and date are the issue's; a
 * PDF's sentence gives its page. The fixture's sources are described at the top of fixture.cypher.
 */
class CitationsIT extends ApiTestSupport {
  private static final String ENGLISH = "003_8dee7df64dc63a72:860";
  private static final String FRONT_MATTER = "003_8dee7df64dc63a72:10";
  private static final List<String> ISSUE_AUTHORS =
      List.of("李哲全", "劉蕭翔", "曾怡碩", "沈明室", "Chukubayev Yermek", "Kuzembayeva Assiya", "侍建宇");

  private static JsonNode citation(JsonNode citations, String sentence) {
    for (JsonNode c : citations) {
      if (c.get("sentence").asText().equals(sentence)) {
        return c;
      }
    }
    throw new AssertionError("no citation of " + sentence + " in " + citations);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void assertTheEnglishArticle(JsonNode c) {
    assertThat(texts(c.get("authors")))
        .as(c.toString())
        .containsExactly("Chukubayev Yermek", "Kuzembayeva Assiya");
    assertThat(c.get("title").asText())
        .isEqualTo(
            "Evolution of and Factors in the Making of Kazakhstan Foreign and Security Policy");
    assertThat(c.get("year").asInt()).isEqualTo(2023);
    assertThat(c.get("published").asText()).isEqualTo("2023-12-15");
    assertThat(c.get("page").isNull()).as("a text source has no pages: " + c).isTrue();
  }

  @Test
  void aCitationFromTheEnglishArticleOfTheIssueNamesExactlyItsTwoAuthors() throws Exception {
    JsonNode rel =
        get("/api/actors/kazakhstan/relations?type=BORDERS&direction=out", HttpStatus.OK)
            .get("relations");
    JsonNode russia = null;
    for (JsonNode r : rel) {
      if (r.get("otherId").asText().equals("russia")) {
        russia = r;
      }
    }
    assertThat(russia).isNotNull();
    assertTheEnglishArticle(citation(russia.get("citations"), ENGLISH));
    // the issue's front matter is in no article: the issue's title and its seven authors
    JsonNode front = citation(russia.get("citations"), FRONT_MATTER);
    assertThat(texts(front.get("authors"))).isEqualTo(ISSUE_AUTHORS);
    assertThat(front.get("title").asText()).isEqualTo("國防情勢特刊 第34期");

    // the same citation wherever the relation is answered
    JsonNode borders = get("/api/relations?type=BORDERS", HttpStatus.OK).get("relations");
    boolean seen = false;
    for (JsonNode r : borders) {
      if (r.get("sourceId").asText().equals("kazakhstan")
          && r.get("targetId").asText().equals("russia")) {
        assertTheEnglishArticle(citation(r.get("citations"), ENGLISH));
        seen = true;
      }
    }
    assertThat(seen).isTrue();
    JsonNode between = get("/api/compare?a=kazakhstan&b=russia", HttpStatus.OK).get("between");
    assertTheEnglishArticle(citation(between.get(0).get("held").get(0).get("citations"), ENGLISH));
    JsonNode hop = null;
    for (JsonNode path : get("/api/paths?from=kazakhstan&to=russia", HttpStatus.OK).get("paths")) {
      for (JsonNode h : path.get("hops")) {
        if (h.get("type").asText().equals("BORDERS")
            && h.get("source").asText().equals("kazakhstan")) {
          hop = h;
        }
      }
    }
    assertThat(hop).as("a one-hop path kazakhstan BORDERS russia").isNotNull();
    assertTheEnglishArticle(citation(hop.get("citations"), ENGLISH));
  }

  @Test
  void anArticleCitationNamesThatArticleOnlyWithTheIssuesYear() throws Exception {
    JsonNode rel =
        get("/api/actors/kazakhstan/relations?type=MEMBER_OF", HttpStatus.OK)
            .get("relations")
            .get(0);
    JsonNode c = citation(rel.get("citations"), "003_8dee7df64dc63a72:492");
    assertThat(texts(c.get("authors"))).containsExactly("沈明室");
    assertThat(c.get("year").asInt()).isEqualTo(2023);
    JsonNode start = rel.get("periods").get(0).get("startCitation");
    assertThat(texts(start.get("authors"))).containsExactly("沈明室");
    assertThat(start.get("published").asText()).isEqualTo("2023-12-15");
    JsonNode held =
        get("/api/timeline?actor=russia", HttpStatus.OK).get("events").get(1).get("citation");
    assertThat(held.get("sentence").asText()).isEqualTo("003_8dee7df64dc63a72:492");
    assertThat(texts(held.get("authors"))).containsExactly("沈明室");
    // no citation anywhere in these answers names the whole issue for a sentence inside an article
    for (String path :
        List.of(
            "/api/relations",
            "/api/conflicts",
            "/api/timeline?actor=russia",
            "/api/actors/russia/relations",
            "/api/compare?a=kazakhstan&b=uzbekistan")) {
      for (JsonNode cite : get(path, HttpStatus.OK).findParents("sentence")) {
        if (cite.has("authors")
            && cite.get("sentence").asText().matches("003_8dee7df64dc63a72:(492|860)")) {
          assertThat(texts(cite.get("authors"))).as(path + " " + cite).doesNotContain("李哲全", "侍建宇");
        }
      }
    }
  }

  @Test
  void aPdfCitationHasItsPage() throws Exception {
    JsonNode rels =
        get("/api/actors/uzbekistan/relations?type=MEMBER_OF", HttpStatus.OK).get("relations");
    JsonNode csto = null;
    for (JsonNode r : rels) {
      if (r.get("otherId").asText().equals("csto")) {
        csto = r;
      }
    }
    assertThat(csto).isNotNull();
    JsonNode left = citation(csto.get("citations"), "001_5a1f0c9e2b7d4e63:40");
    assertThat(left.get("page").asInt()).isEqualTo(2);
    assertThat(texts(left.get("authors"))).containsExactly("王定士");
    assertThat(left.get("year").asInt()).isEqualTo(2005);
    assertThat(csto.get("periods").get(0).get("endCitation").get("page").asInt()).isEqualTo(2);
    assertThat(csto.get("periods").get(1).get("startCitation").get("page").asInt()).isEqualTo(4);
    JsonNode side =
        get("/api/conflicts", HttpStatus.OK)
            .get("conflicts")
            .get(0)
            .get("conflicts")
            .get(0)
            .get("sides")
            .get(1);
    assertThat(side.get("sentence").asText()).isEqualTo("001_5a1f0c9e2b7d4e63:81");
    assertThat(side.get("page").asInt()).isEqualTo(3);
    assertThat(side.get("date").asText())
        .isEqualTo("2002-05"); // the side's date; the paper's is "published"
  }

  @Test
  void sentencesAndDocumentsNameTheArticleAndItsAuthors() throws Exception {
    JsonNode s = get("/api/sentences/{id}", HttpStatus.OK, ENGLISH);
    assertThat(s.get("article").asText()).startsWith("Evolution of and Factors");
    assertThat(texts(s.get("articleAuthors")))
        .containsExactly("Chukubayev Yermek", "Kuzembayeva Assiya");
    assertThat(s.get("document").get("date").asText()).isEqualTo("2023-12-15");
    assertThat(
            get("/api/sentences/{id}", HttpStatus.OK, "001_5a1f0c9e2b7d4e63:55")
                .get("page")
                .asInt())
        .isEqualTo(2);

    JsonNode issue = get("/api/documents?size=1&page=1", HttpStatus.OK).get("documents").get(0);
    assertThat(issue.get("date").asText()).isEqualTo("2023-12-15");
    List<String> articles = new ArrayList<>();
    for (JsonNode a : issue.get("articles")) {
      articles.add(a.get("title").asText() + " " + texts(a.get("authors")));
    }
    assertThat(articles)
        .containsExactly(
            "美國撤軍行動後中國與阿富汗塔利班政府的關係 [沈明室]",
            "Evolution of and Factors in the Making of Kazakhstan Foreign and Security Policy "
                + "[Chukubayev Yermek, Kuzembayeva Assiya]");
  }
}
