package org.cagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cagraph.eval.Evaluation;
import org.cagraph.eval.LinkEvaluation;
import org.cagraph.pipeline.Export;
import org.cagraph.pipeline.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", description = "Precision, recall and F1 per relation type against a sentence-level gold file, then the misses and false hits.")
final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ExtractOptions opts;

  @Option(names = "--gold", defaultValue = "data/gold/relations.jsonl", description = "gold file (default: ${DEFAULT-VALUE})")
  Path gold;

  @Option(names = "--statements", description = "score this statements file instead of extracting the corpus again")
  Path statements;

  @Option(names = "--mentions", description = "also score actor linking against this gold file (e.g. data/gold/mentions.jsonl)")
  Path mentions;

  @Option(names = "--errors", defaultValue = "true", negatable = true, description = "list the misses and false hits (default: on)")
  boolean showErrors;

  @Override
  public Integer call() throws Exception {
    Path goldFile = gold.isAbsolute() || Files.exists(gold) ? gold : Paths.home().resolve(gold);
    if (!Files.isRegularFile(goldFile)) {
      throw new UserError("--gold " + gold + ": no such file");
    }
    Path st = statements;
    if (st == null) {
      Extraction.Result r = opts.run(spec);
      st = Files.createTempFile("kg-eval-", ".jsonl");
      Export.write(r, st);
    }
    Evaluation.Report rep = Evaluation.run(goldFile, st, opts.corpusDir());
    PrintWriter out = spec.commandLine().getOut();
    if (mentions != null) {
      LinkEvaluation.Report lr = LinkEvaluation.run(mentions, Export.sidecar(st), opts.corpusDir());
      if (showErrors) {
        lr.errors().forEach(out::println);
      }
      out.printf(Locale.ROOT, "linking: tp %d fp %d fn %d  precision %.3f recall %.3f%n%n", lr.tp(), lr.fp(), lr.fn(),
          lr.precision(), lr.recall());
    }
    if (showErrors) {
      for (Evaluation.Error e : rep.errors()) {
        out.printf("%-5s %-55s %s  %s%n", e.kind(), e.fact(), e.doc(), e.quote().replaceAll("\\s+", "").substring(0,
            Math.min(90, e.quote().replaceAll("\\s+", "").length())));
      }
      out.println();
    }
    out.printf("gold: %d sentences, %d facts%n", rep.goldSentences(), rep.goldFacts());
    out.printf("%-26s %5s %5s %5s  %9s %6s %6s%n", "type", "tp", "fp", "fn", "precision", "recall", "f1");
    rep.byType().forEach((t, s) -> row(out, t, s));
    row(out, "overall", rep.overall());
    out.flush();
    return 0;
  }

  private static void row(PrintWriter out, String t, Evaluation.Score s) {
    out.printf(Locale.ROOT, "%-26s %5d %5d %5d  %9.3f %6.3f %6.3f%n", t, s.tp, s.fp, s.fn, s.precision(), s.recall(), s.f1());
  }
}
