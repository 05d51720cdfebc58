package org.cagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cagraph.embedded.EmbeddedNeo4j;
import org.cagraph.graph.Connection;
import org.cagraph.graph.GraphLoader;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "up",
    description =
        "Start the embedded Neo4j (unless NEO4J_URI is set), extract and load the corpus, start graph-api; Ctrl-C stops everything.")
final class UpCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Mixin ExtractOptions opts;

  @Option(
      names = "--api-port",
      defaultValue = "8080",
      description = "graph-api port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
  int apiPort;

  @Option(
      names = "--bolt-port",
      defaultValue = "7687",
      description = "embedded Neo4j Bolt port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
  int boltPort;

  @Option(
      names = "--http-port",
      defaultValue = "7474",
      description = "embedded Neo4j Browser port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
  int httpPort;

  @Option(
      names = "--fresh",
      description =
          "start the embedded Neo4j on an empty store that is deleted on exit, instead of .kg/neo4j")
  boolean fresh;

  private final List<AutoCloseable> started = new ArrayList<>();

  /** The embedded store: kept between runs, so a warm start finds the graph loaded. */
  static Path store() {
    return Paths.state().resolve("neo4j");
  }

  @Override
  public Integer call() throws Exception {
    boolean embedded = !Connection.remoteConfigured(main.env());
    checkPorts(embedded);
    Thread stopper = new Thread(this::stopAll, "kg-up-shutdown");
    Runtime.getRuntime().addShutdownHook(stopper);
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    String uri;
    if (embedded) {
      System.err.println(
          "starting the embedded Neo4j on "
              + EmbeddedNeo4j.HOST
              + " ("
              + (fresh
                  ? "an empty store, deleted on exit"
                  : "store in " + Paths.home().relativize(store()))
              + ") ...");
      Path work = Files.createTempDirectory("kg-neo4j-");
      // Browser opens connected and plays the guide graph-api serves (analyst questions, style)
      EmbeddedNeo4j neo =
          EmbeddedNeo4j.start(
              boltPort,
              httpPort,
              work,
              "http://localhost:" + apiPort + "/browser/guide.html",
              fresh ? null : store());
      started.add(neo);
      uri = "bolt://" + EmbeddedNeo4j.HOST + ":" + boltPort;
    } else {
      uri = main.env().get("NEO4J_URI");
    }
    Connection c =
        embedded
            ? new Connection(uri, "neo4j", "", null)
            : Connection.fromSettings(main.env(), uri);
    // graph-api starts beside extraction and loading: it only needs Bolt when a request comes, and
    // its health and
    // readiness say OUT_OF_SERVICE until the marker is written after the load
    Path loaded = loadedMarker();
    Files.deleteIfExists(loaded);
    ApiProcess api = ApiProcess.start(apiPort, c, Paths.state().resolve("graph-api.log"), loaded);
    started.add(0, api);
    started.add(() -> Files.deleteIfExists(loaded));
    Path statements = LoadCommand.extract(spec, opts);
    try (Driver driver = c.open(5)) {
      GraphLoader.Summary s = LoadCommand.load(driver, c, statements);
      System.err.printf(
          Locale.ROOT,
          "graph: %d papers (%d unchanged since the last load), %d relations%n",
          s.documents(),
          s.unchanged(),
          s.relations());
    } catch (Connection.GraphUnavailable e) {
      throw new UserError(e.getMessage(), 4);
    }
    Files.writeString(loaded, "loaded\n");
    api.awaitReady();
    out.printf(
        "%n  Neo4j Browser  %s%n  Bolt           %s%n  graph-api      http://127.0.0.1:%d/api/actors/kazakhstan/relations%n",
        embedded
            ? "http://127.0.0.1:"
                + httpPort
                + "/browser/?dbms="
                + uri
                + "&preselectAuthMethod=NO_AUTH"
            : "(remote server)",
        c.uri(),
        apiPort);
    out.printf("%nready in %.0f s; Ctrl-C stops everything%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    new CountDownLatch(1).await();
    return 0;
  }

  /**
   * Written when the load has committed; graph-api is not ready (health OUT_OF_SERVICE) until it
   * exists.
   */
  static Path loadedMarker() {
    return Paths.state().resolve("graph-api.loaded");
  }

  private void checkPorts(boolean embedded) {
    List<String> taken = new ArrayList<>();
    if (embedded) {
      taken.add(EmbeddedNeo4j.portTaken(boltPort, "Bolt"));
      taken.add(EmbeddedNeo4j.portTaken(httpPort, "Neo4j Browser"));
    }
    taken.add(EmbeddedNeo4j.portTaken(apiPort, "graph-api"));
    taken.removeIf(java.util.Objects::isNull);
    if (!taken.isEmpty()) {
      throw new UserError(taken.get(0), 5);
    }
  }

  private void stopAll() {
    for (AutoCloseable c : started) {
      try {
        c.close();
      } catch (Exception e) {
        System.err.println("while stopping: " + e.getMessage());
      }
    }
    started.clear();
  }
}
