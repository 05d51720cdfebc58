package org.cagraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cagraph.embedded.EmbeddedNeo4j;
import org.cagraph.graph.Connection;

/**
 * graph-api as a child JVM on 127.0.0.1:port against a Bolt URI, its output in a log file. {@link
 * #start} returns at once (the API needs Bolt only when a request comes, so it can start beside a
 * load); {@link #awaitReady()} waits until {@code /actuator/health} answers 200, which under {@code
 * ./kg up} is once the graph is loaded; {@link #open} does both. {@link #close()} stops it:
 * destroy, up to 20 s for a clean shutdown, then force.
 */
public final class ApiProcess implements AutoCloseable {
  public static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final Process process;
  private final int port;
  private final Path log;

  /**
   * Stops the child when this JVM exits without {@link #close()} (Ctrl-C, SIGTERM, an uncaught
   * error).
   */
  private final Thread hook;

  private ApiProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.hook = new Thread(this::stop, "graph-api-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The jar {@code ./kg} names in {@code KG_API_JAR}; a one-line error when it is not built. */
  public static Path jar() {
    String jar = System.getenv("KG_API_JAR");
    if (jar == null || jar.isBlank() || !Files.isRegularFile(Path.of(jar))) {
      throw new UserError(
          "graph-api is not built (expected "
              + (jar == null || jar.isBlank() ? "graph-api/target/graph-api.jar" : jar)
              + "); run: mvn -B -DskipTests package",
          1);
    }
    return Path.of(jar);
  }

  /** Starts and waits: authentication off (the embedded server), the server's default database. */
  public static ApiProcess open(int port, String boltUri, Path log)
      throws IOException, InterruptedException {
    return open(port, new Connection(boltUri, "neo4j", "", null), log);
  }

  /**
   * Starts and waits until it answers; on failure the child is stopped before the error is thrown.
   */
  public static ApiProcess open(int port, Connection c, Path log)
      throws IOException, InterruptedException {
    ApiProcess api = start(jar(), port, c, log, List.of("-Xmx1g"));
    try {
      return api.awaitReady();
    } catch (RuntimeException | InterruptedException e) {
      api.close();
      throw e;
    }
  }

  /**
   * Starts graph-api ({@code KG_API_JAR}) without waiting for it: as {@code ./kg up} does, beside
   * the load. Its health and readiness are OUT_OF_SERVICE until {@code loadedMarker} exists (the
   * caller deletes it before and writes it when the load has committed), so {@link #awaitReady()}
   * returns only once the graph is loaded.
   */
  public static ApiProcess start(int port, Connection c, Path log, Path loadedMarker)
      throws IOException {
    return start(jar(), port, c, log, List.of("-Xmx1g"), loadedMarker);
  }

  /**
   * Starts {@code java <jvmOptions> -jar <jar> --server.address=127.0.0.1 --server.port=<port>}
   * with the connection in NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE (the
   * password never on the command line); a port already in use is a one-line error (exit code 5),
   * so a health check can never be answered by another server.
   */
  public static ApiProcess start(
      Path jar, int port, Connection c, Path log, List<String> jvmOptions) throws IOException {
    return start(jar, port, c, log, jvmOptions, null);
  }

  /**
   * As {@link #start(Path, int, Connection, Path, List)}, not ready until {@code loadedMarker}
   * exists when it is not null.
   */
  public static ApiProcess start(
      Path jar, int port, Connection c, Path log, List<String> jvmOptions, Path loadedMarker)
      throws IOException {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("graph-api needs a fixed port (1 to 65535), not " + port);
    }
    String taken = EmbeddedNeo4j.portTaken(port, "graph-api");
    if (taken != null) {
      throw new UserError(taken, 5);
    }
    Path parent = log.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(
        List.of("-jar", jar.toString(), "--server.address=127.0.0.1", "--server.port=" + port));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("NEO4J_URI", c.uri());
    env.put("NEO4J_USERNAME", c.username() == null ? "neo4j" : c.username());
    env.put("NEO4J_PASSWORD", c.password() == null ? "" : c.password());
    if (c.database() != null && !c.database().isBlank()) {
      env.put("NEO4J_DATABASE", c.database());
    } else {
      env.remove("NEO4J_DATABASE"); // never the parent's database when the caller named none
    }
    if (loadedMarker != null) {
      env.put("GRAPH_LOADED_MARKER", loadedMarker.toAbsolutePath().toString());
    } else {
      env.remove("GRAPH_LOADED_MARKER");
    }
    env.remove("API_PORT");
    env.remove("API_ADDRESS");
    return new ApiProcess(pb.start(), port, log);
  }

  /**
   * Waits up to {@link #READY_TIMEOUT} for {@code /actuator/health} to answer 200 (503 while the
   * graph is loading).
   */
  public ApiProcess awaitReady() throws InterruptedException {
    return awaitReady(READY_TIMEOUT);
  }

  public ApiProcess awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(base().resolve("/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new UserError(
            "graph-api stopped during start-up (exit code " + process.exitValue() + "); see " + log,
            1);
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new UserError(
        "graph-api did not answer on "
            + base().resolve("/actuator/health")
            + " within "
            + timeout.toSeconds()
            + " s; see "
            + log,
        1);
  }

  /** {@code http://127.0.0.1:<port>} */
  public URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Destroy (SIGTERM: Spring shuts down cleanly), wait 20 s, then force. Idempotent. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs stop() itself
    }
    stop();
  }

  private void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
