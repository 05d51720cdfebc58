package org.cagraph.api.graph;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.api.support.Actors;
import org.cagraph.api.support.BadParameter;
import org.cagraph.api.support.GraphQueries;
import org.cagraph.api.support.RelationTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Nodes and edges around an actor, shaped for a drawing library (source/target edges, citations on
 * each).
 */
@RestController
@Tag(name = "graph")
class GraphController {
  static final int MAX_DEPTH = 3;
  private final GraphQueries queries;
  private final Actors actors;
  private final int maxRows;

  GraphController(
      GraphQueries queries, Actors actors, @Value("${cagraph.max-rows:500}") int maxRows) {
    this.queries = queries;
    this.actors = actors;
    this.maxRows = maxRows;
  }

  @GetMapping("/api/graph")
  @Operation(
      summary =
          "Nodes {id,name,nameZh,type} and edges {id,source,target,type,date,role,confidence,since,until,"
              + "periods,citations} around an actor",
      description =
          "depth: 1..3 (default 1); types: comma-separated relation "
              + "types (default all); top: keep only the centre's top best-evidenced neighbours (most citing sentences over "
              + "their relations with it; default all), further hops going out from those. neighbours: how many neighbours "
              + "the centre has under these types, cut or not.")
  Map<String, Object> graph(
      @RequestParam String center,
      @RequestParam(required = false) Integer depth,
      @RequestParam(required = false) String types,
      @RequestParam(required = false) Integer top) {
    int d = depth == null ? 1 : depth;
    if (d < 1 || d > MAX_DEPTH) {
      throw new BadParameter("depth", "depth must be between 1 and " + MAX_DEPTH);
    }
    if (top != null && (top < 1 || top > maxRows)) {
      throw new BadParameter("top", "top must be between 1 and " + maxRows);
    }
    List<String> t = RelationTypes.list("types", types);
    actors.require(center);
    Map<String, Object> p = new HashMap<>();
    p.put("center", center);
    p.put("depth", d);
    p.put("types", t);
    p.put("top", top);
    p.put("limit", maxRows);
    Map<String, Object> row = queries.read("graph", p).get(0);
    List<?> nodes = (List<?>) row.get("nodes");
    List<?> edges = (List<?>) row.get("edges");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("center", center);
    out.put("depth", d);
    out.put("types", t);
    out.put("top", top);
    out.put("neighbours", row.get("neighbours"));
    out.put("truncated", nodes.size() >= maxRows || edges.size() >= maxRows);
    out.put("nodes", nodes);
    out.put("edges", edges);
    return out;
  }
}
