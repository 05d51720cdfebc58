package org.cagraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cagraph.extract.Export;
import org.cagraph.graph.Connection;
import org.cagraph.graph.GraphExport;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    description = {
      "Export the graph from Neo4j (NEO4J_URI, default " + LoadCommand.DEFAULT_URI + ").",
      "jsonl: the statements contract of 'kg extract' (plus PATH's .sentences.jsonl sidecar); 'kg load --statements PATH' loads it back.",
      "graphml: one file for Gephi or Cytoscape. csv: nodes.csv, edges.csv and citations.csv in the folder PATH, or PATHnodes.csv, PATHedges.csv and PATHcitations.csv when PATH ends in '-', '_' or '.'.",
      "Every format gives each relation's citations the same fields: sentence, quote, title and authors (the article's, in an issue), year, date, page (PDFs)."
    })
final class ExportCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    graphml,
    csv
  }

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "jsonl, graphml or csv (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = "--out",
      required = true,
      description = "the file to write (a folder or file-name prefix for csv)")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (format != Format.csv && Files.isDirectory(out)) {
      throw new UserError("--out " + out + " is a folder; name the file to write");
    }
    Connection c = Connection.fromSettings(main.env(), LoadCommand.DEFAULT_URI);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    try (Driver driver =
        c.open(
            5,
            line -> {
              err.println(line);
              err.flush();
            })) {
      GraphExport export = new GraphExport(driver, c.readSession(), System.err);
      GraphExport.Counts n;
      String wrote;
      switch (format) {
        case jsonl -> {
          n = export.jsonl(out);
          wrote = out + " (and " + Export.sidecar(out).getFileName() + ")";
        }
        case graphml -> {
          n = export.graphml(out);
          wrote = out.toString();
        }
        default -> {
          Path[] files = csvFiles(out);
          n = export.csv(files[0], files[1], files[2]);
          wrote = files[0] + ", " + files[1] + " and " + files[2];
        }
      }
      o.printf(
          Locale.ROOT,
          "exported %d actors and %d relations from %s to %s%n",
          n.actors(),
          n.relations(),
          c.uri(),
          wrote);
      o.flush();
    } catch (Connection.GraphUnavailable e) {
      throw new UserError(e.getMessage(), 4);
    }
    return 0;
  }

  /**
   * A folder gets nodes.csv, edges.csv and citations.csv; a name ending in '-', '_' or '.' is a
   * prefix for them.
   */
  static Path[] csvFiles(Path out) {
    String name = out.getFileName() == null ? "" : out.getFileName().toString();
    if (!Files.isDirectory(out)
        && (name.endsWith("-") || name.endsWith("_") || name.endsWith("."))) {
      return new Path[] {
        out.resolveSibling(name + "nodes.csv"),
        out.resolveSibling(name + "edges.csv"),
        out.resolveSibling(name + "citations.csv")
      };
    }
    return new Path[] {
      out.resolve("nodes.csv"), out.resolve("edges.csv"), out.resolve("citations.csv")
    };
  }
}
