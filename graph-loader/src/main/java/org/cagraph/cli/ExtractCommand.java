package org.cagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cagraph.pipeline.Export;
import org.cagraph.pipeline.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", description = "Extract actors and cited relations from a folder of papers into a JSONL statements file.")
final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ExtractOptions opts;

  @Option(names = "--out", required = true, description = "statements file to write (JSONL; a .sentences.jsonl sidecar goes beside it)")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (java.nio.file.Files.isDirectory(out)) {
      throw new UserError("--out " + out + " is a folder; name the file to write");
    }
    Extraction.Result r = opts.run(spec);
    Export.write(r, out);
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "%d papers, %d sentences, %d actors mentioned, %d relations -> %s%n", r.papers().size(),
        r.papers().stream().mapToInt(p -> p.sentences().size()).sum(),
        r.mentions().values().stream().flatMap(java.util.List::stream).map(m -> m.actor().id()).distinct().count(),
        r.relations().size(), out);
    w.flush();
    return 0; // refused papers stop the run before this point unless --keep-going asked to skip them

  }
}
