package org.cagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cagraph.text.BadInputException;
import org.cagraph.text.DocumentReader;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "sentences",
    description = "Print a document's sentences with offsets and section (for rule writers).")
final class SentencesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--doc",
      required = true,
      description = "document id (file name without extension)")
  String doc;

  @Option(names = "--corpus", description = "folder of papers (default: data/corpus)")
  Path corpus;

  @Option(
      names = "--original",
      description = "print the original file text of each sentence instead of the clean text")
  boolean original;

  @Override
  public Integer call() throws Exception {
    Path dir = corpus == null ? Paths.corpus() : corpus;
    Path file = Corpus.find(dir, doc);
    Paper paper;
    try {
      paper = Paper.of(new DocumentReader().read(file));
    } catch (BadInputException e) {
      throw new UserError(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Sentence s : paper.sentences()) {
      String text = original ? s.original(paper.source()).replace("\n", "⏎") : s.text();
      out.printf(
          "%s\t%d-%d\t%s\t%s\t%s%n",
          s.id(),
          paper.source().codePoint(s.start()),
          paper.source().codePoint(s.end()),
          s.kind(),
          s.section(),
          text);
    }
    out.flush();
    return 0;
  }
}
