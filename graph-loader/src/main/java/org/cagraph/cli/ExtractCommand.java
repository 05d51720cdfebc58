package org.cagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cagraph.extract.Export;
import org.cagraph.extract.Extraction;
import org.cagraph.extract.ExtractionEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    description =
        "Extract actors and cited relations from a folder of papers into a JSONL statements file.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExtractOptions opts;

  @Option(
      names = "--out",
      required = true,
      description = "statements file to write (JSONL; a .sentences.jsonl sidecar goes beside it)")
  Path out;

  @Option(
      names = "--engine",
      defaultValue = "local",
      description =
          "local (threads in this JVM) or spark (Apache Spark, "
              + "in-process unless --master names a cluster; ./kg puts graph-spark on the classpath); default: ${DEFAULT-VALUE}")
  String engine;

  @Option(
      names = "--master",
      defaultValue = "local[*]",
      description =
          "with --engine spark: the Spark master "
              + "(local[*], local[2], spark://host:7077); default: ${DEFAULT-VALUE}")
  String master;

  @Override
  public Integer call() throws Exception {
    if (java.nio.file.Files.isDirectory(out)) {
      throw new UserError("--out " + out + " is a folder; name the file to write");
    }
    if (!engine.equals("local")) {
      return other();
    }
    Extraction.Result r = opts.run(spec);
    Export.write(r, out);
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        Locale.ROOT,
        "%d papers, %d sentences, %d actors mentioned, %d relations -> %s%n",
        r.papers().size(),
        r.papers().stream().mapToInt(p -> p.sentences().size()).sum(),
        r.mentions().values().stream()
            .flatMap(java.util.List::stream)
            .map(m -> m.actor().id())
            .distinct()
            .count(),
        r.relations().size(),
        out);
    w.flush();
    return 0; // refused papers stop the run before this point unless --keep-going asked to skip
    // them
  }

  /**
   * The same extraction on another engine: the corpus and out as typed (a URI such as
   * s3a://b/papers stays one).
   */
  private Integer other() throws Exception {
    ExtractionEngine e =
        java.util.ServiceLoader.load(ExtractionEngine.class).stream()
            .map(java.util.ServiceLoader.Provider::get)
            .filter(x -> x.name().equals(engine))
            .findFirst()
            .orElseThrow(
                () ->
                    new UserError(
                        "--engine "
                            + engine
                            + ": not on the classpath (engines: local, spark; ./kg adds graph-spark when --engine spark is given)"));
    var parsed = spec.commandLine().getParseResult();
    String corpus =
        parsed.hasMatchedOption("--corpus")
            ? parsed.matchedOption("--corpus").stringValues().get(0)
            : opts.corpusDir().toString();
    String target = parsed.matchedOption("--out").stringValues().get(0);
    PrintWriter err = spec.commandLine().getErr();
    ExtractionEngine.Summary r;
    try {
      r = e.extract(corpus, target, master, opts.options(), System.err);
    } catch (Extraction.RefusedInput refused) {
      refused.lines().forEach(err::println);
      err.flush();
      throw new UserError(
          "nothing was extracted: fix or remove the papers above, or pass --keep-going", 3);
    }
    r.errors().forEach(x -> err.println("skipped " + x));
    err.printf(
        Locale.ROOT,
        "extraction (%s, %s): %,d chars in %.1f s = %,.0f chars/s%n",
        engine,
        master,
        r.chars(),
        r.seconds(),
        r.chars() / Math.max(1e-9, r.seconds()));
    err.flush();
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        Locale.ROOT,
        "%d papers, %d sentences, %d actors mentioned, %d relations -> %s%n",
        r.papers(),
        r.sentences(),
        r.actorsMentioned(),
        r.relations(),
        target);
    w.flush();
    return 0;
  }
}
