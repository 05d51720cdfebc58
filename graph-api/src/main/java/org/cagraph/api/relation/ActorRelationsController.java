package org.cagraph.api.relation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cagraph.api.support.Actors;
import org.cagraph.api.support.BadParameter;
import org.cagraph.api.support.GraphQueries;
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

  ActorRelationsController(GraphQueries queries, Actors actors, @Value("${cagraph.max-rows:500}") int maxRows) {
    this.queries = queries;
    this.actors = actors;
    this.maxRows = maxRows;
  }

  @GetMapping("/api/actors/{id}/relations")
  @Operation(summary = "An actor's relations with dates, roles and citations",
      description = "type: one relation type; direction: out, in or both (symmetric types answer from either side); "
          + "asOf: what was true then (YYYY, YYYY-MM or YYYY-MM-DD); minConfidence: 0..1.")
  Map<String, Object> relations(@PathVariable String id, @RequestParam(required = false) String type,
      @RequestParam(required = false) String direction, @RequestParam(required = false) String asOf,
      @RequestParam(required = false) Double minConfidence) {
    type = RelationTypes.one("type", type);
    if (direction != null && !Set.of("out", "in", "both").contains(direction)) {
      throw new BadParameter("direction", "direction must be out, in or both");
    }
    if (asOf != null && !asOf.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new BadParameter("asOf", "asOf must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
    }
    if (minConfidence != null && (minConfidence.isNaN() || minConfidence < 0 || minConfidence > 1)) {
      throw new BadParameter("minConfidence", "minConfidence must be between 0 and 1");
    }
    Map<String, Object> actor = actors.require(id);
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("type", type);
    p.put("direction", "both".equals(direction) ? null : direction);
    p.put("asOf", asOf);
    p.put("minConfidence", minConfidence);
    p.put("limit", maxRows);
    List<Map<String, Object>> rows = queries.read("actor-relations", p);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("actor", Actors.brief(actor));
    out.put("count", rows.size());
    out.put("truncated", rows.size() >= maxRows);
    out.put("relations", rows);
    return out;
  }
}
