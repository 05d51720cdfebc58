package org.cagraph.api.support;

import java.util.LinkedHashMap;
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

  /** Up to five actor ids whose names resemble the text. */
  public List<String> suggest(String text) {
    String q = Lucene.fuzzy(text.replace('_', ' '));
    return queries.read("actor-suggestions", Map.of("q", q)).stream().map(r -> (String) r.get("id")).toList();
  }

  /** The short form of an actor row: id, name, nameZh and type. */
  public static Map<String, Object> brief(Map<String, Object> actor) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String key : List.of("id", "name", "nameZh", "type")) {
      m.put(key, actor.get(key));
    }
    return m;
  }
}
