package org.cagraph.api.path;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.api.support.Actors;
import org.cagraph.api.support.BadParameter;
import org.cagraph.api.support.GraphQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "What connects Kyrgyzstan to NATO?" Shortest chains of actor relations, every hop with its
 * evidence.
 */
@RestController
@Tag(name = "paths")
class PathsController {
  static final int MAX_HOPS = 6;
  private final GraphQueries queries;
  private final Actors actors;
  private final int maxRows;

  PathsController(
      GraphQueries queries, Actors actors, @Value("${cagraph.max-rows:500}") int maxRows) {
    this.queries = queries;
    this.actors = actors;
    this.maxRows = maxRows;
  }

  @GetMapping("/api/paths")
  @Operation(
      summary =
          "Shortest paths between two actors over actor-actor relations, with the evidence of every hop",
      description = "maxHops: 1..6 (default 4). Sentences and documents are never part of a path.")
  Map<String, Object> paths(
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam(required = false) Integer maxHops) {
    int hops = maxHops == null ? 4 : maxHops;
    if (hops < 1 || hops > MAX_HOPS) {
      throw new BadParameter("maxHops", "maxHops must be between 1 and " + MAX_HOPS);
    }
    if (from.equals(to)) {
      throw new BadParameter("to", "to must name another actor than from");
    }
    // both actors looked up in the paths query's own transaction; the paths only when both exist
    Answer answer =
        queries.inOneTransaction(
            tx -> {
              List<Map<String, Object>> a = tx.read("actor-brief", Map.of("id", from));
              List<Map<String, Object>> b = tx.read("actor-brief", Map.of("id", to));
              return new Answer(
                  a.isEmpty() ? null : a.get(0),
                  b.isEmpty() ? null : b.get(0),
                  a.isEmpty() || b.isEmpty()
                      ? List.of()
                      : tx.read(
                          "paths",
                          Map.of("from", from, "to", to, "maxHops", hops, "limit", maxRows)));
            });
    Map<String, Object> a = actors.found(answer.from(), from);
    Map<String, Object> b = actors.found(answer.to(), to);
    List<Map<String, Object>> rows = answer.paths();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", Actors.brief(a));
    out.put("to", Actors.brief(b));
    out.put("maxHops", hops);
    out.put("count", rows.size());
    out.put("truncated", rows.size() >= maxRows);
    out.put("paths", rows);
    return out;
  }

  private record Answer(
      Map<String, Object> from, Map<String, Object> to, List<Map<String, Object>> paths) {}
}
