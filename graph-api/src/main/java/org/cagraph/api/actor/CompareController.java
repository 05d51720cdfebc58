package org.cagraph.api.actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cagraph.api.support.Actors;
import org.cagraph.api.support.BadParameter;
import org.cagraph.api.support.GraphQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "What do Kazakhstan and Uzbekistan share?" Memberships, partners, agreements: shared, one-sided,
 * between.
 */
@RestController
@Tag(name = "actors")
class CompareController {
  private static final List<String> SIDES = List.of("shared", "onlyA", "onlyB", "between");
  private final GraphQueries queries;
  private final Actors actors;
  private final int maxRows;

  CompareController(
      GraphQueries queries, Actors actors, @Value("${cagraph.max-rows:500}") int maxRows) {
    this.queries = queries;
    this.actors = actors;
    this.maxRows = maxRows;
  }

  @GetMapping("/api/compare")
  @Operation(
      summary = "What two actors share and where they differ",
      description =
          "Each entry is a relation type, a direction and another actor; 'held' lists which of the two "
              + "holds it, with date, role and citations. 'between' holds the relations of a with b.")
  Map<String, Object> compare(@RequestParam String a, @RequestParam String b) {
    if (a.equals(b)) {
      throw new BadParameter("b", "b must name another actor than a");
    }
    // one query, one transaction: both actors (null when unknown) and the entries
    Map<String, Object> answer =
        queries.read("compare", Map.of("a", a, "b", b, "limit", maxRows)).get(0);
    Map<String, Object> actorA = actors.found(answer.get("a"), a);
    Map<String, Object> actorB = actors.found(answer.get("b"), b);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) answer.get("entries");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("a", actorA);
    out.put("b", actorB);
    Map<String, Map<String, Integer>> summary = new LinkedHashMap<>();
    for (String side : SIDES) {
      List<Map<String, Object>> entries = new ArrayList<>();
      Map<String, Integer> perType = new TreeMap<>();
      for (Map<String, Object> row : rows) {
        if (side.equals(row.get("side"))) {
          Map<String, Object> entry = new LinkedHashMap<>(row);
          entry.remove("side");
          entries.add(entry);
          perType.merge((String) row.get("type"), 1, Integer::sum);
        }
      }
      out.put(side, entries);
      summary.put(side, perType);
    }
    out.put("summary", summary);
    out.put("truncated", rows.size() >= maxRows);
    return out;
  }
}
