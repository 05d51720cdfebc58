package org.cagraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cagraph.extract.Export;
import org.cagraph.extract.Extraction;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.AnnotationCache;
import org.cagraph.text.Paper;

/**
 * One real extraction of data/corpus per JVM (CoreNLP loads once), shared by the integration tests.
 */
public final class CorpusRun {
  private static Extraction.Result result;
  private static Path statements;

  /** The run's CoreNLP output per paper (an annotation cache of its own, written by the run). */
  private static Path annotations;

  private CorpusRun() {}

  public static synchronized Extraction.Result result() throws Exception {
    if (result == null) {
      // a fresh, empty cache: every paper goes through CoreNLP, which writes what it read there
      annotations = Files.createTempDirectory("kg-it-nlp-");
      Extraction.Options o =
          new Extraction.Options(
              Runtime.getRuntime().availableProcessors(),
              false,
              org.cagraph.text.DocumentReader.DEFAULT_MAX_BYTES,
              System.err,
              annotations);
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

  /**
   * CoreNLP's tokens and tags for a paper of {@link #result()}, as this run's CoreNLP pass produced
   * them (the shared pipeline of this JVM): a test that reads the tags need not run CoreNLP over
   * the corpus a second time. Empty if the run could not write them.
   */
  public static synchronized Optional<List<AnnotatedSentence>> annotations(Paper p)
      throws Exception {
    result();
    return new AnnotationCache(annotations).get(p);
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
