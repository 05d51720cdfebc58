package org.cagraph.api.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the named queries of {@code cypher/queries/} in read transactions with a timeout: the API can
 * never change the graph, and a slow query is cut off rather than left running.
 */
@Component
public class GraphQueries {
  private final Driver driver;
  private final SessionConfig session;
  private final TransactionConfig tx;
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  public GraphQueries(Driver driver, @Value("${cagraph.database:}") String database,
      @Value("${cagraph.query-timeout:10s}") Duration timeout) {
    this.driver = driver;
    SessionConfig.Builder b = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
    if (database != null && !database.isBlank()) {
      b.withDatabase(database);
    }
    this.session = b.build();
    this.tx = TransactionConfig.builder().withTimeout(timeout).build();
  }

  public List<Map<String, Object>> read(String name, Map<String, Object> params) {
    String q = texts.computeIfAbsent(name, GraphQueries::load);
    try (Session s = driver.session(session)) {
      return s.executeRead(t -> t.run(q, params).list(r -> r.asMap()), tx);
    }
  }

  /** Named queries run by {@link #inOneTransaction}. */
  public interface Reads {
    List<Map<String, Object>> read(String name, Map<String, Object> params);
  }

  /**
   * Several named queries in one read transaction (one session, one snapshot): an existence check and the query it
   * guards, where the query cannot look its actors up itself. {@code work} may run again on a transient failure.
   */
  public <T> T inOneTransaction(java.util.function.Function<Reads, T> work) {
    try (Session s = driver.session(session)) {
      return s.executeRead(t -> work.apply((name, params) ->
          t.run(texts.computeIfAbsent(name, GraphQueries::load), params).list(r -> r.asMap())), tx);
    }
  }

  private static String load(String name) {
    try (InputStream in = GraphQueries.class.getClassLoader().getResourceAsStream("cypher/queries/" + name + ".cypher")) {
      if (in == null) {
        throw new IllegalStateException("no query cypher/queries/" + name + ".cypher");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
