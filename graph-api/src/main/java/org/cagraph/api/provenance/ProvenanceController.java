package org.cagraph.api.provenance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.api.support.GraphQueries;
import org.cagraph.api.support.NotFound;
import org.cagraph.api.support.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where the graph's facts come from: the papers, and each cited sentence with what it says. */
@RestController
@Tag(name = "provenance")
class ProvenanceController {
  private final GraphQueries queries;
  private final int maxRows;

  ProvenanceController(GraphQueries queries, @Value("${cagraph.max-rows:500}") int maxRows) {
    this.queries = queries;
    this.maxRows = maxRows;
  }

  @GetMapping("/api/documents")
  @Operation(
      summary =
          "The papers in the graph, paged, with their articles and sentence and relation counts")
  Map<String, Object> documents(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    Page paging = Page.of(page, size, maxRows);
    Map<String, Object> row = queries.read("documents", paging.params()).get(0);
    Map<String, Object> out =
        new LinkedHashMap<>(paging.describe(((Number) row.get("total")).longValue()));
    List<?> docs = (List<?>) row.get("documents");
    out.put("count", docs.size());
    out.put("documents", docs);
    return out;
  }

  @GetMapping("/api/sentences/{id}")
  @Operation(
      summary =
          "A sentence: text, original quote and offsets, document, mentioned actors, relations it states")
  Map<String, Object> sentence(@PathVariable String id) {
    List<Map<String, Object>> rows = queries.read("sentence", Map.of("id", id, "limit", maxRows));
    if (rows.isEmpty()) {
      throw new NotFound("no sentence with id '" + id + "'", List.of());
    }
    return rows.get(0);
  }
}
