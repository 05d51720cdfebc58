package org.cagraph.spark;

import java.io.IOException;
import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;
import org.cagraph.pipeline.Extraction;
import org.cagraph.pipeline.ExtractionEngine;

/**
 * {@code kg extract --engine spark}: the job in this JVM (local[N]) or on the cluster {@code --master} names, with the
 * annotation cache of a local run when the master is local.
 */
public final class SparkEngine implements ExtractionEngine {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public Summary extract(String corpus, String out, String master, Extraction.Options o, PrintStream err)
      throws Extraction.RefusedInput, IOException {
    SparkSession spark = session(master);
    try {
      boolean local = master.startsWith("local");
      return SparkExtraction.run(spark, new SparkExtraction.Job(corpus, out, o.keepGoing(), o.maxBytes(),
          local && o.nlpCache() != null ? o.nlpCache().toString() : null, true), err);
    } finally {
      spark.stop();
    }
  }

  /** A session for a run from the command line: quiet, no web UI, the driver bound to this host. */
  public static SparkSession session(String master) {
    SparkSession.Builder b = SparkSession.builder().appName("kg extract").master(master)
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
