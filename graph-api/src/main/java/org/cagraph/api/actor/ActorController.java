package org.cagraph.api.actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.api.support.Actors;
import org.cagraph.api.support.BadParameter;
import org.cagraph.api.support.GraphQueries;
import org.cagraph.api.support.Lucene;
import org.cagraph.api.support.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Who is 哈萨克?" Search by any name in any script, and one actor's names and relation counts. */
@RestController
@Tag(name = "actors")
class ActorController {
  private static final int MAX_QUERY_LENGTH = 200;
  private final GraphQueries queries;
  private final Actors actors;
  private final int maxRows;

  ActorController(
      GraphQueries queries, Actors actors, @Value("${cagraph.max-rows:500}") int maxRows) {
    this.queries = queries;
    this.actors = actors;
    this.maxRows = maxRows;
  }

  @GetMapping("/api/actors")
  @Operation(
      summary = "Search actors by any name (Traditional, Simplified, English, Russian, aliases)",
      description =
          "Full-text over name, nameZh, nameZhHans and aliases; best match first, with type and degree.")
  Map<String, Object> search(
      @Parameter(description = "a name in any script") @RequestParam String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    if (q.isBlank()) {
      throw new BadParameter("q", "q must not be blank");
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      throw new BadParameter("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
    }
    Page paging = Page.of(page, size, maxRows);
    Map<String, Object> p = paging.params();
    p.put("q", Lucene.escape(q));
    Map<String, Object> row = queries.read("actor-search", p).get(0);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("q", q);
    out.put("page", paging.page());
    out.putAll(paging.describe((Boolean) row.get("more")));
    List<?> found = (List<?>) row.get("actors");
    out.put("count", found.size());
    out.put("actors", found);
    return out;
  }

  @GetMapping("/api/actors/{id}")
  @Operation(
      summary = "An actor: names in every script, type, degree, relation counts per type, mentions")
  Map<String, Object> actor(@PathVariable String id) {
    return actors.requireFull(id);
  }
}
