package org.cagraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cagraph.extract.Export;
import org.cagraph.extract.Extraction;
import org.cagraph.extract.Progress;
import org.cagraph.graph.Connection;
import org.cagraph.graph.GraphLoader;
import org.cagraph.graph.Statements;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "load",
    description =
        "Extract a corpus (or take a statements file) and load it into Neo4j: idempotent, one transaction per paper.")
public final class LoadCommand implements Callable<Integer> {
  static final String DEFAULT_URI = "bolt://127.0.0.1:7687";

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Mixin ExtractOptions opts;

  @Option(
      names = "--statements",
      description = "load this statements file instead of extracting the corpus")
  Path statements;

  @Override
  public Integer call() throws Exception {
    Path file = statements != null ? statements : extract(spec, opts);
    if (!Files.isRegularFile(file)) {
      throw new UserError("--statements " + file + ": no such file");
    }
    Connection c = Connection.fromSettings(main.env(), DEFAULT_URI);
    PrintWriter err = spec.commandLine().getErr();
    try (Driver driver =
        c.open(
            5,
            line -> {
              err.println(line);
              err.flush();
            })) {
      GraphLoader.Summary s = load(driver, c, file);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "loaded %d papers, %d sentences, %d actors, %d relations into %s%s%s%n",
          s.documents(),
          s.sentences(),
          s.actors(),
          s.relations(),
          c.uri(),
          s.unchanged() > 0 ? "; " + s.unchanged() + " papers unchanged since the last load" : "",
          s.retracted() > 0 ? "; " + s.retracted() + " papers retracted" : "");
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

  /**
   * The corpus's statements as {@link #extract} gives them with the default options (kg bench's
   * corpus graph).
   */
  public static Path corpusStatements(CommandSpec spec) throws IOException {
    ExtractOptions o = new ExtractOptions();
    o.maxMb = 20; // the option's default (picocli sets it only when it parses)
    return extract(spec, o);
  }

  /**
   * Extracts into .kg/statements.jsonl, or reuses it when the corpus, the linguistic data, the code
   * and the options are those it was made from (CoreNLP output also comes from its own cache when a
   * paper is unchanged).
   */
  static Path extract(CommandSpec spec, ExtractOptions opts) throws IOException {
    Path out = Paths.state().resolve("statements.jsonl");
    Path keyFile = Paths.state().resolve("statements.key");
    String key = StatementsKey.of(opts.corpusDir(), opts.keepGoing, opts.maxMb * 1024 * 1024);
    if (!opts.noCache
        && Files.isRegularFile(out)
        && Files.isRegularFile(Export.sidecar(out))
        && Files.isRegularFile(keyFile)
        && Files.readString(keyFile).strip().equals(key)) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "statements: corpus, data and code unchanged since "
              + Paths.home().relativize(out)
              + " was written; reusing it");
      err.flush();
      return out;
    }
    Files.deleteIfExists(keyFile); // a key never outlives the statements it describes
    Extraction.Result r = opts.run(spec);
    Export.write(r, out);
    org.cagraph.extract.AtomicFiles.write(
        keyFile, (key + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return out;
  }
}
