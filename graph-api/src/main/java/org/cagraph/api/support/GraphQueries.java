package org.cagraph.api.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the named queries of {@code cypher/queries/} in read transactions with a timeout: the API
 * can never change the graph, and a slow query is cut off rather than left running.
 *
 * <p>The relation types come from data/schema/relation-types.tsv ({@link RelationTypes}) in two
 * ways. A query that uses {@code $symmetric} gets the symmetric types as that parameter, unless the
 * caller gives it. A relationship-type alternation in a query's pattern ({@code
 * -[r:MEMBER_OF|SIGNED|…]-}) always means "every relation type", and is written from the file when
 * the query is loaded, as the loader writes paper.cypher's branches: a type cannot be a parameter
 * in a pattern, and {@code -[r]-} with {@code WHERE type(r) IN $types} would expand every
 * relationship of a node, the thousands of MENTIONS of a hub country included, and let
 * allShortestPaths walk through Sentence nodes before filtering them out, where a typed expand
 * reads only the relation chains of the types named. The files keep the full alternation so that
 * they paste into Neo4j Browser as they are; RelationTypesSyncTest keeps it equal to the file.
 */
@Component
public class GraphQueries {
  private final Driver driver;
  private final SessionConfig session;
  private final TransactionConfig tx;
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  public GraphQueries(
      Driver driver,
      @Value("${cagraph.database:}") String database,
      @Value("${cagraph.query-timeout:10s}") Duration timeout) {
    this.driver = driver;
    SessionConfig.Builder b = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
    if (database != null && !database.isBlank()) {
      b.withDatabase(database);
    }
    this.session = b.build();
    this.tx = TransactionConfig.builder().withTimeout(timeout).build();
  }

  /**
   * A relationship-type alternation of a pattern: the types after the colon of {@code [r:A|B]} or
   * {@code [:A|B*..6]}.
   */
  static final Pattern ALTERNATION =
      Pattern.compile("(?<=\\[\\w{0,40}:)[A-Z][A-Z_]*(?:\\|[A-Z][A-Z_]*)+");

  public List<Map<String, Object>> read(String name, Map<String, Object> params) {
    String q = texts.computeIfAbsent(name, GraphQueries::load);
    Map<String, Object> p = params;
    if (q.contains("$symmetric") && !params.containsKey("symmetric")) {
      p = new HashMap<>(params);
      p.put("symmetric", RelationTypes.SYMMETRIC);
    }
    Map<String, Object> all = p;
    try (Session s = driver.session(session)) {
      return s.executeRead(t -> t.run(q, all).list(r -> r.asMap()), tx);
    }
  }

  /**
   * The query with every relationship-type alternation written as the file's types, in its order.
   */
  static String typed(String query) {
    return ALTERNATION
        .matcher(query)
        .replaceAll(Matcher.quoteReplacement(String.join("|", RelationTypes.NAMES)));
  }

  /** Named queries run by {@link #inOneTransaction}. */
  public interface Reads {
    List<Map<String, Object>> read(String name, Map<String, Object> params);
  }

  /**
   * Several named queries in one read transaction (one session, one snapshot): an existence check
   * and the query it guards, where the query cannot look its actors up itself. {@code work} may run
   * again on a transient failure.
   */
  public <T> T inOneTransaction(java.util.function.Function<Reads, T> work) {
    try (Session s = driver.session(session)) {
      return s.executeRead(
          t ->
              work.apply(
                  (name, params) ->
                      t.run(texts.computeIfAbsent(name, GraphQueries::load), params)
                          .list(r -> r.asMap())),
          tx);
    }
  }

  private static String load(String name) {
    try (InputStream in =
        GraphQueries.class
            .getClassLoader()
            .getResourceAsStream("cypher/queries/" + name + ".cypher")) {
      if (in == null) {
        throw new IllegalStateException("no query cypher/queries/" + name + ".cypher");
      }
      return typed(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
