package org.cagraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cagraph.extract.Export;
import org.cagraph.extract.Extraction;

/**
 * One real extraction of data/corpus per JVM (CoreNLP loads once), shared by the integration tests.
 */
public final class CorpusRun {
  private static Extraction.Result result;
  private static Path statements;

  private CorpusRun() {}

  public static synchronized Extraction.Result result() throws Exception {
    if (result == null) {
      Extraction.Options o =
          new Extraction.Options(
              Runtime.getRuntime().availableProcessors(),
              false,
              org.cagraph.text.DocumentReader.DEFAULT_MAX_BYTES,
              System.err,
              null);
      result = Extraction.run(TestCorpus.dir(), TestCorpus.files(), o);
      statements = Files.createTempDirectory("kg-it-").resolve("statements.jsonl");
      Export.write(result, statements);
      System.err.printf(
          "corpus extraction: %.1f s (CoreNLP %.1f s, outside CoreNLP %.1f%%)%n",
          result.timings().total() / 1e9,
          result.timings().nlp() / 1e9,
          100 * result.timings().outsideNlpShare());
    }
    return result;
  }

  public static synchronized Path statements() throws Exception {
    result();
    return statements;
  }

  private static Path challengeStatements;

  /**
   * The challenge set's corpus (data/challenge/corpus), extracted once per JVM with the same
   * pipeline.
   */
  public static synchronized Path challengeStatements() throws Exception {
    if (challengeStatements == null) {
      Path dir = TestCorpus.root().resolve("data/challenge/corpus");
      List<Path> files;
      try (var s = Files.list(dir)) {
        files = s.filter(org.cagraph.text.DocumentReader::isPaper).sorted().toList();
      }
      Extraction.Options o =
          new Extraction.Options(
              Runtime.getRuntime().availableProcessors(),
              false,
              org.cagraph.text.DocumentReader.DEFAULT_MAX_BYTES,
              System.err,
              null);
      Extraction.Result r = Extraction.run(dir, files, o);
      challengeStatements =
          Files.createTempDirectory("kg-it-challenge-").resolve("statements.jsonl");
      Export.write(r, challengeStatements);
    }
    return challengeStatements;
  }
}
