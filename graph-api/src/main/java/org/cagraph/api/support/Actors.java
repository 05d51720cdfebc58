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

  /**
   * The brief form (id, name, nameZh, type) of an actor that must exist, in a query of its own: for
   * endpoints whose query does not look its actors up itself (the actor-scoped queries return the
   * actor, null when missing: see {@link #found}).
   */
  public Map<String, Object> require(String id) {
    return first(queries.read("actor-brief", Map.of("id", id)), id);
  }

  /**
   * The actor a query looked up in its own transaction (its brief form, null when no actor has the
   * id), or a 404 with suggestions: the suggestions are the only second query, and only for an
   * unknown id.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> found(Object actor, String id) {
    if (actor == null) {
      throw new NotFound("no actor with id '" + id + "'", suggest(id));
    }
    return (Map<String, Object>) actor;
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
    return queries.read("actor-suggestions", Map.of("q", q)).stream()
        .map(r -> (String) r.get("id"))
        .toList();
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
