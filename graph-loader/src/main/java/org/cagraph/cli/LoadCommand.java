package org.cagraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cagraph.graph.Connection;
import org.cagraph.graph.GraphLoader;
import org.cagraph.graph.Statements;
import org.cagraph.pipeline.Export;
import org.cagraph.pipeline.Extraction;
import org.cagraph.pipeline.Progress;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", description = "Extract a corpus (or take a statements file) and load it into Neo4j: idempotent, one transaction per paper.")
final class LoadCommand implements Callable<Integer> {
  static final String DEFAULT_URI = "bolt://127.0.0.1:7687";

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Mixin
  ExtractOptions opts;

  @Option(names = "--statements", description = "load this statements file instead of extracting the corpus")
  Path statements;

  @Override
  public Integer call() throws Exception {
    Path file = statements != null ? statements : extract(spec, opts);
    if (!Files.isRegularFile(file)) {
      throw new UserError("--statements " + file + ": no such file");
    }
    Connection c = Connection.fromSettings(main.env(), DEFAULT_URI);
    PrintWriter err = spec.commandLine().getErr();
    try (Driver driver = c.open(5, line -> {
      err.println(line);
      err.flush();
    })) {
      GraphLoader.Summary s = load(driver, c, file);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "loaded %d papers, %d sentences, %d actors, %d relations into %s%s%n", s.documents(),
          s.sentences(), s.actors(), s.relations(), c.uri(), s.retracted() > 0 ? " (" + s.retracted() + " papers retracted)" : "");
      out.flush();
    } catch (Connection.GraphUnavailable e) {
      throw new UserError(e.getMessage(), 4);
    }
    return 0;
  }

  static GraphLoader.Summary load(Driver driver, Connection c, Path file) throws IOException {
    Statements st = Statements.read(file, Export.sidecar(file));
    Progress p = new Progress("loading", Math.max(1, st.documents().size()), System.err);
    return new GraphLoader(driver, c.session()).load(st, p);
  }

  /** Extracts into .kg/statements.jsonl (CoreNLP output comes from the cache when nothing changed). */
  static Path extract(CommandSpec spec, ExtractOptions opts) throws IOException {
    Extraction.Result r = opts.run(spec);
    Path out = Paths.state().resolve("statements.jsonl");
    Export.write(r, out);
    return out;
  }
}
