package org.cagraph.api.support;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Looks an actor up by id, or fails with suggestions from the full-text index. */
@Component
public class Actors {
  private final GraphQueries queries;

  public Actors(GraphQueries queries) {
    this.queries = queries;
  }

  public Map<String, Object> require(String id) {
    List<Map<String, Object>> rows = queries.read("actor", Map.of("id", id));
    if (rows.isEmpty()) {
      throw new NotFound("no actor with id '" + id + "'", suggest(id));
    }
    return rows.get(0);
  }

  public List<String> suggest(String text) {
    String q = Lucene.escape(text.replace('_', ' '));
    return queries.read("actor-suggestions", Map.of("q", q)).stream().map(r -> (String) r.get("id")).toList();
  }
}
