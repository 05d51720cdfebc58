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

  /** The brief form (id, name, nameZh, type) of an actor that must exist: an index lookup, no counting. */
  public Map<String, Object> require(String id) {
    return first(queries.read("actor-brief", Map.of("id", id)), id);
  }

  /** The whole actor page: names in every script, relation counts, degree, mentions. */
  public Map<String, Object> requireFull(String id) {
    return first(queries.read("actor", Map.of("id", id)), id);
  }

  private Map<String, Object> first(List<Map<String, Object>> rows, String id) {
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
