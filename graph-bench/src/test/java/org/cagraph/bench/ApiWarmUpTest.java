package org.cagraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API's warm-up before the timed rounds: it asks every question's path, round-robin, for the
 * time it is given, and stops asking a path whose answer takes longer than a fifth of the budget. A
 * local HTTP server stands in for graph-api (the warm-up only sends GETs and counts them).
 */
class ApiWarmUpTest {
  private HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          if (path.equals("/slow")) {
            try {
              Thread.sleep(300);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static QueryBench.Question question(String path) {
    return new QueryBench.Question(path, path, "actor", Map.of("id", "x"));
  }

  @Test
  void asksEveryPathForTheTimeGiven() {
    long sent =
        QueryBench.warmApi(
            base(), List.of(question("/a"), question("/b")), Duration.ofSeconds(2), null);
    // how many depends on the machine's load; every GET sent is counted, and both paths are asked
    assertEquals(sent, hits.get("/a").get() + hits.get("/b").get());
    assertTrue(hits.get("/a").get() >= 1 && hits.get("/b").get() >= 1, hits::toString);
  }

  @Test
  void aPathSlowerThanAFifthOfTheBudgetLeavesTheRotation() {
    QueryBench.warmApi(
        base(),
        List.of(question("/fast"), question("/slow")),
        Duration.ofSeconds(2),
        Duration.ofMillis(500));
    assertTrue(hits.get("/slow").get() <= 2, "each thread asks the slow path once: " + hits);
    assertTrue(hits.get("/fast").get() > hits.get("/slow").get(), hits::toString);
  }

  @Test
  void noTimeNoRequests() {
    assertEquals(0, QueryBench.warmApi(base(), List.of(question("/a")), Duration.ZERO, null));
  }
}
