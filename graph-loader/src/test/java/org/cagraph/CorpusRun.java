package org.cagraph;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cagraph.pipeline.Export;
import org.cagraph.pipeline.Extraction;

/** One real extraction of data/corpus per JVM (CoreNLP loads once), shared by the integration tests. */
public final class CorpusRun {
  private static Extraction.Result result;
  private static Path statements;

  private CorpusRun() {
  }

  public static synchronized Extraction.Result result() throws Exception {
    if (result == null) {
      Extraction.Options o = new Extraction.Options(Runtime.getRuntime().availableProcessors(), false,
          org.cagraph.text.DocumentReader.DEFAULT_MAX_BYTES, System.err, null);
      result = Extraction.run(TestCorpus.dir(), TestCorpus.files(), o);
      statements = Files.createTempDirectory("kg-it-").resolve("statements.jsonl");
      Export.write(result, statements);
      System.err.printf("corpus extraction: %.1f s (CoreNLP %.1f s, outside CoreNLP %.1f%%)%n",
          result.timings().total() / 1e9, result.timings().nlp() / 1e9, 100 * result.timings().outsideNlpShare());
    }
    return result;
  }

  public static synchronized Path statements() throws Exception {
    result();
    return statements;
  }
}
