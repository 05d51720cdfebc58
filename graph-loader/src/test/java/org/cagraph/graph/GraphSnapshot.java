package org.cagraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * A canonical dump of a graph, for comparing two graphs in tests: every node and relationship with
 * all its properties.
 */
public final class GraphSnapshot {
  private GraphSnapshot() {}

  /**
   * One line per node and per relationship (labels or end ids, type, sorted properties), sorted.
   */
  public static List<String> of(Driver driver) {
    try (Session s = driver.session()) {
      List<String> nodes =
          s.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
              .list(r -> r.get("l").toString() + new TreeMap<>(r.get("p").asMap()));
      List<String> rels =
          s.run(
                  "MATCH (a)-[r]->(b) RETURN coalesce(a.id, '') AS a, type(r) AS t, coalesce(b.id, '') AS b, properties(r) AS p")
              .list(
                  r ->
                      r.get("a").asString()
                          + r.get("t").asString()
                          + r.get("b").asString()
                          + new TreeMap<>(r.get("p").asMap()));
      List<String> all = new ArrayList<>(nodes);
      all.addAll(rels);
      all.sort(null);
      return all;
    }
  }

  /** The lines only in one of two snapshots (at most 20 of each), for an assertion message. */
  public static String diff(List<String> expected, List<String> actual) {
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(new java.util.HashSet<>(actual));
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(new java.util.HashSet<>(expected));
    return "only expected ("
        + missing.size()
        + "): "
        + missing.subList(0, Math.min(20, missing.size()))
        + "\nonly actual ("
        + extra.size()
        + "): "
        + extra.subList(0, Math.min(20, extra.size()));
  }
}
