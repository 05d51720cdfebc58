package org.cagraph.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.cagraph.extract.Extraction;
import org.cagraph.extract.ExtractionEngine;
import org.cagraph.text.Paper;
import org.cagraph.text.SourceDocument;

/**
 * {@code kg extract --engine spark}: the job in this JVM (local[N]) or on the cluster {@code
 * --master} names, with the annotation cache of a local run when the master is local.
 */
public final class SparkEngine implements ExtractionEngine {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public Summary extract(
      String corpus, String out, String master, Extraction.Options o, PrintStream err)
      throws Extraction.RefusedInput, IOException {
    boolean local = master.startsWith("local");
    if (local) {
      // the executors are this JVM: build and warm its one pipeline before the job, as kg bench
      // warms the threads'
      long t0 = System.nanoTime();
      String sample =
          "哈薩克斯坦於2001年加入上海合作組織。Kazakhstan joined the Shanghai Cooperation Organisation in 2001.";
      Paper p =
          Paper.of(
              new SourceDocument(
                  "warm-up", java.nio.file.Path.of("warm-up.txt"), sample, "txt", "", List.of()));
      p.sentences().forEach(s -> Workers.nlp().annotate(s));
      err.printf(Locale.ROOT, "CoreNLP pipeline built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
    SparkSession spark = session(master);
    try {
      return SparkExtraction.run(
          spark,
          new SparkExtraction.Job(
              corpus,
              out,
              o.keepGoing(),
              o.maxBytes(),
              local && o.nlpCache() != null ? o.nlpCache().toString() : null,
              true),
          err);
    } finally {
      spark.stop();
    }
  }

  /** A session for a run from the command line: quiet, no web UI, the driver bound to this host. */
  public static SparkSession session(String master) {
    SparkSession.Builder b =
        SparkSession.builder()
            .appName("kg extract")
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "8");
    if (master.startsWith("local")) {
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
