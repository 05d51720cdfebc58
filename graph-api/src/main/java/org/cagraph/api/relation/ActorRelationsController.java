package org.cagraph.api.relation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cagraph.api.support.Actors;
import org.cagraph.api.support.AsOf;
import org.cagraph.api.support.BadParameter;
import org.cagraph.api.support.GraphQueries;
import org.cagraph.api.support.Page;
import org.cagraph.api.support.RelationTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Which blocs does Kazakhstan belong to, since when, and who says so?" */
@RestController
@Tag(name = "relations")
class ActorRelationsController {
  private final GraphQueries queries;
  private final Actors actors;
  private final int maxRows;

  ActorRelationsController(
      GraphQueries queries, Actors actors, @Value("${cagraph.max-rows:500}") int maxRows) {
    this.queries = queries;
    this.actors = actors;
    this.maxRows = maxRows;
  }

  @GetMapping("/api/actors/{id}/relations")
  @Operation(
      summary = "An actor's relations with dates, periods, roles and citations",
      description =
          "type: one relation type; direction: out, in or both (symmetric types answer from either side); "
              + "asOf: what held then (YYYY, YYYY-MM or YYYY-MM-DD), answered from the relations' periods: a period "
              + "holds when it may have held on some day within asOf; relations without periods are undated and left "
              + "out unless undated=true; under asOf each row says held: period or undated. minConfidence: 0..1. "
              + "Each row has periods [{start, end, startCitation, endCitation}] and since/until, their outer bounds. "
              + "Paged: page (from 0) and size (default 50); next is the next page's path and query, null on the last.")
  Map<String, Object> relations(
      @PathVariable String id,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String direction,
      @RequestParam(required = false) String asOf,
      @RequestParam(defaultValue = "false") boolean undated,
      @RequestParam(required = false) Double minConfidence,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    type = RelationTypes.one("type", type);
    if (direction != null && !Set.of("out", "in", "both").contains(direction)) {
      throw new BadParameter("direction", "direction must be out, in or both");
    }
    AsOf when = AsOf.parse("asOf", asOf);
    if (minConfidence != null
        && (minConfidence.isNaN() || minConfidence < 0 || minConfidence > 1)) {
      throw new BadParameter("minConfidence", "minConfidence must be between 0 and 1");
    }
    Page paging = Page.of(page, size, maxRows);
    Map<String, Object> p = paging.params();
    p.put("id", id);
    p.put("type", type);
    p.put("direction", "both".equals(direction) ? null : direction);
    p.put("asOfLo", when == null ? null : when.lo());
    p.put("asOfHi", when == null ? null : when.hi());
    p.put("undated", undated);
    p.put("minConfidence", minConfidence);
    // one query, one transaction: the actor (null when unknown) and one page of its relations
    Map<String, Object> row = queries.read("actor-relations", p).get(0);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("actor", actors.found(row.get("actor"), id));
    out.putAll(paging.describe((Boolean) row.get("more")));
    List<?> relations = (List<?>) row.get("relations");
    out.put("count", relations.size());
    out.put("relations", relations);
    return out;
  }
}
