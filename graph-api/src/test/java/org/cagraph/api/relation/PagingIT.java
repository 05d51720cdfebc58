package org.cagraph.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Every list answer is a page (default 50) with next: the next page's path and query, null on the
 * last page.
 */
class PagingIT extends ApiTestSupport {

  /** Follows next from the first page to the last; the items of every page, in order. */
  private List<String> follow(String first, String items, String key) throws Exception {
    List<String> seen = new ArrayList<>();
    String path = first;
    int pages = 0;
    while (path != null) {
      JsonNode body = get(path, HttpStatus.OK);
      assertThat(body.get("count").asInt()).isEqualTo(body.get(items).size());
      for (JsonNode item : body.get(items)) {
        seen.add(key.isEmpty() ? item.toString() : item.get(key).asText());
      }
      path = body.get("next").isNull() ? null : body.get("next").asText();
      if (path != null) {
        assertThat(path).startsWith("/api/").contains("page=" + (body.get("page").asInt() + 1));
        assertThat(body.get(items).size()).isEqualTo(body.get("size").asInt());
      }
      assertThat(++pages).isLessThan(50);
    }
    return seen;
  }

  @Test
  void anActorsRelationsArePagedWithNext() throws Exception {
    JsonNode all = get("/api/actors/kazakhstan/relations", HttpStatus.OK);
    assertThat(all.get("size").asInt()).isEqualTo(50);
    assertThat(all.get("page").asInt()).isZero();
    assertThat(all.get("next").isNull()).isTrue();
    assertThat(all.get("count").asInt()).isEqualTo(5);
    List<String> whole = new ArrayList<>();
    all.get("relations").forEach(r -> whole.add(r.toString()));
    assertThat(follow("/api/actors/kazakhstan/relations?size=2", "relations", "")).isEqualTo(whole);
    JsonNode first = get("/api/actors/kazakhstan/relations?size=2", HttpStatus.OK);
    assertThat(first.get("next").asText())
        .isEqualTo("/api/actors/kazakhstan/relations?size=2&page=1");
    // the query's other parameters stay as they were sent
    JsonNode typed = get("/api/actors/uzbekistan/relations?type=MEMBER_OF&size=1", HttpStatus.OK);
    assertThat(typed.get("next").asText())
        .isEqualTo("/api/actors/uzbekistan/relations?type=MEMBER_OF&size=1&page=1");
    assertThat(get(typed.get("next").asText(), HttpStatus.OK).get("next").isNull()).isTrue();
    assertBadParameter("/api/actors/kazakhstan/relations?size=0", "size");
    assertBadParameter("/api/actors/kazakhstan/relations?size=501", "size");
    assertBadParameter("/api/actors/kazakhstan/relations?page=-1", "page");
  }

  @Test
  void relationsConflictsDocumentsTimelinesAndSearchesHaveNext() throws Exception {
    JsonNode relations = get("/api/relations?size=5", HttpStatus.OK);
    assertThat(relations.get("next").asText()).isEqualTo("/api/relations?size=5&page=1");
    assertThat(follow("/api/relations?size=5", "relations", "id"))
        .hasSize(relations.get("total").asInt())
        .doesNotHaveDuplicates();
    assertThat(get("/api/relations", HttpStatus.OK).get("size").asInt()).isEqualTo(50);
    assertThat(get("/api/relations", HttpStatus.OK).get("next").isNull()).isTrue();
    assertThat(get("/api/conflicts", HttpStatus.OK).get("next").isNull()).isTrue();
    assertThat(follow("/api/documents?size=1", "documents", "id"))
        .containsExactly("001_5a1f0c9e2b7d4e63", "003_8dee7df64dc63a72");

    List<String> events = new ArrayList<>();
    for (JsonNode e : get("/api/timeline?actor=uzbekistan", HttpStatus.OK).get("events")) {
      events.add(e.toString());
    }
    assertThat(events).hasSize(9);
    assertThat(follow("/api/timeline?actor=uzbekistan&size=4", "events", "")).isEqualTo(events);

    JsonNode search = get("/api/actors?q={q}&size=1", HttpStatus.OK, "Organization");
    assertThat(search.get("next").asText()).startsWith("/api/actors?q=Organization&size=1&page=1");
    assertThat(follow("/api/actors?q=Organization&size=1", "actors", "id"))
        .contains("csto", "nato")
        .doesNotHaveDuplicates();
  }
}
