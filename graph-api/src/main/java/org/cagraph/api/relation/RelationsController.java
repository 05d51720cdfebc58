package org.cagraph.api.relation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.api.support.GraphQueries;
import org.cagraph.api.support.Page;
import org.cagraph.api.support.RelationTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Who sanctions whom?" Every relation of a type, a page at a time; and the relations whose sources
 * disagree.
 */
@RestController
@Tag(name = "relations")
class RelationsController {
  private final GraphQueries queries;
  private final int maxRows;

  RelationsController(GraphQueries queries, @Value("${cagraph.max-rows:500}") int maxRows) {
    this.queries = queries;
    this.maxRows = maxRows;
  }

  @GetMapping("/api/relations")
  @Operation(
      summary =
          "All relations of a type (every type without one), paged, each with its periods and citations")
  Map<String, Object> relations(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    String t = RelationTypes.one("type", type);
    Page paging = Page.of(page, size, maxRows);
    Map<String, Object> p = paging.params();
    p.put("type", t);
    return paged(
        queries.read("relations", p).get(0),
        paging,
        "relations",
        Map.of("type", t == null ? "" : t));
  }

  @GetMapping("/api/conflicts")
  @Operation(
      summary = "Relations whose sources disagree on when a period started or ended",
      description =
          "Only relations with a conflict: two papers giving different dates for the same bound (start "
              + "or end) of the same period, neither a more precise form of the other. Each conflict is {bound, period, "
              + "sides}, period an index into the relation's periods, one side per date with its sentence, quote and "
              + "paper.")
  Map<String, Object> conflicts(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    Page paging = Page.of(page, size, maxRows);
    return paged(queries.read("conflicts", paging.params()).get(0), paging, "conflicts", Map.of());
  }

  private static Map<String, Object> paged(
      Map<String, Object> row, Page paging, String key, Map<String, Object> head) {
    Map<String, Object> out = new LinkedHashMap<>();
    head.forEach(
        (k, v) -> {
          if (!"".equals(v)) {
            out.put(k, v);
          }
        });
    out.putAll(paging.describe(((Number) row.get("total")).longValue()));
    List<?> items = (List<?>) row.get(key);
    out.put("count", items.size());
    out.put(key, items);
    return out;
  }
}
