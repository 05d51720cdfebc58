package org.cagraph.api.relation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cagraph.api.support.Actors;
import org.cagraph.api.support.BadParameter;
import org.cagraph.api.support.GraphQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Which blocs does Kazakhstan belong to, since when, and who says so?" */
@RestController
class ActorRelationsController {
  static final Set<String> TYPES = Set.of("MEMBER_OF", "WITHDREW_FROM", "SIGNED", "LEASES", "SANCTIONS",
      "HAS_MILITARY_PRESENCE_IN", "BORDERS", "PROPOSED", "PARTICIPATES_IN", "HEAD_OF", "PARTNER_OF", "AIDS",
      "LOCATED_IN", "ADVERSARY_OF");
  private final GraphQueries queries;
  private final Actors actors;
  private final int maxRows;

  ActorRelationsController(GraphQueries queries, Actors actors, @Value("${cagraph.max-rows:500}") int maxRows) {
    this.queries = queries;
    this.actors = actors;
    this.maxRows = maxRows;
  }

  @GetMapping("/api/actors/{id}/relations")
  Map<String, Object> relations(@PathVariable String id, @RequestParam(required = false) String type,
      @RequestParam(required = false) String direction, @RequestParam(required = false) String asOf,
      @RequestParam(required = false) Double minConfidence) {
    if (type != null && !TYPES.contains(type)) {
      throw new BadParameter("type", "type must be one of " + String.join(", ", TYPES.stream().sorted().toList()));
    }
    if (direction != null && !Set.of("out", "in", "both").contains(direction)) {
      throw new BadParameter("direction", "direction must be out, in or both");
    }
    if (asOf != null && !asOf.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new BadParameter("asOf", "asOf must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
    }
    if (minConfidence != null && (minConfidence < 0 || minConfidence > 1)) {
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
    out.put("actor", Map.of("id", actor.get("id"), "name", actor.get("name"), "type", String.valueOf(actor.get("type"))));
    out.put("count", rows.size());
    out.put("relations", rows);
    return out;
  }
}
