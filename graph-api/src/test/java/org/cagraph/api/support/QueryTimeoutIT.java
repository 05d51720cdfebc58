package org.cagraph.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.cagraph.api.GraphFixture;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.http.ProblemDetail;

/**
 * What GraphQueries' session and transaction settings do on the real server: writes refused, slow
 * reads cut off.
 */
class QueryTimeoutIT {
  private static final SessionConfig READ =
      SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

  @Test
  void aSlowQueryIsStoppedAndAnswered503() {
    TransactionConfig tx = TransactionConfig.builder().withTimeout(Duration.ofMillis(200)).build();
    Neo4jException e;
    try (Session s = GraphFixture.driver().session(READ)) {
      e =
          catchThrowableOfType(
              Neo4jException.class,
              () ->
                  s.executeRead(
                      t ->
                          t.run(
                                  "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)")
                              .consume(),
                      tx));
    }
    assertThat(e).isNotNull();
    ProblemDetail p = new Problems().neo4j(e);
    assertThat(p.getStatus()).as(e.code()).isEqualTo(503);
    assertThat(p.getTitle()).isEqualTo("Query timeout");
  }

  @Test
  void aReadTransactionRefusesToWrite() {
    String before = GraphFixture.census();
    try (Session s = GraphFixture.driver().session(READ)) {
      Neo4jException e =
          catchThrowableOfType(
              Neo4jException.class, () -> s.executeRead(t -> t.run("CREATE (:Pwned)").consume()));
      assertThat(e).isNotNull();
    }
    assertThat(GraphFixture.census()).isEqualTo(before);
  }
}
