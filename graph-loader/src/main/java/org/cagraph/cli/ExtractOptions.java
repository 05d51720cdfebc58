package org.cagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.cagraph.extract.Extraction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options shared by every command that extracts: corpus, threads, bad-input policy. */
final class ExtractOptions {
  @Option(
      names = "--corpus",
      description =
          "folder of papers (.txt, .md, .pdf; optional manifest.json); default data/corpus")
  Path corpus;

  @Option(names = "--threads", description = "CoreNLP threads (default: the number of cores)")
  Integer threads;

  @Option(
      names = "--keep-going",
      description =
          "skip papers that cannot be read instead of stopping before anything is written")
  boolean keepGoing;

  @Option(
      names = "--max-mb",
      defaultValue = "20",
      description = "largest paper accepted, in MB (default: ${DEFAULT-VALUE})")
  long maxMb;

  @Option(
      names = "--no-cache",
      description = "run CoreNLP on every paper even when .kg/nlp-cache holds its annotations")
  boolean noCache;

  /** The same options over another folder of papers. */
  ExtractOptions with(Path otherCorpus) {
    ExtractOptions o = new ExtractOptions();
    o.corpus = otherCorpus;
    o.threads = threads;
    o.keepGoing = keepGoing;
    o.maxMb = maxMb;
    o.noCache = noCache;
    return o;
  }

  Path corpusDir() {
    return corpus == null ? Paths.corpus() : corpus;
  }

  /** The options as the pipeline takes them. */
  Extraction.Options options() {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1) {
      throw new UserError("--threads " + t + ": must be at least 1");
    }
    return new Extraction.Options(
        t,
        keepGoing,
        maxMb * 1024 * 1024,
        System.err,
        noCache ? null : Paths.state().resolve("nlp-cache"));
  }

  Extraction.Result run(CommandSpec spec) {
    Path dir = corpusDir();
    Extraction.Options options = options();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Extraction.Result r = Extraction.run(dir, Corpus.papers(dir), options);
      r.errors().forEach(e -> err.println("skipped " + e));
      err.printf(
          Locale.ROOT,
          "extraction: %.1f s (CoreNLP %.1f s, outside CoreNLP %.0f%%)%n",
          r.timings().total() / 1e9,
          r.timings().nlp() / 1e9,
          100 * r.timings().outsideNlpShare());
      err.flush();
      return r;
    } catch (Extraction.RefusedInput e) {
      e.lines().forEach(err::println);
      err.flush();
      throw new UserError(
          "nothing was extracted: fix or remove the papers above, or pass --keep-going", 3);
    }
  }
}
