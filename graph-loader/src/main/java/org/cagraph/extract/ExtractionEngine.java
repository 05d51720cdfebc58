package org.cagraph.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Another engine for {@code kg extract --engine NAME}, found with {@link java.util.ServiceLoader}
 * when its module is on the classpath (graph-spark: Apache Spark). It runs the same extraction and
 * writes the same statements file and sentences sidecar; the loader itself never links it, so Spark
 * stays out of every JVM that does not ask for it.
 */
public interface ExtractionEngine {

  /** What {@code --engine} calls it. */
  String name();

  /**
   * Extracts every paper of {@code corpus} into {@code out} and its sidecar.
   *
   * @param corpus a folder, or a URI the engine can read (hdfs://, s3a://)
   * @param out the statements file, a path or URI
   * @param master where to run (Spark: local[*], local[2], spark://host:7077, yarn)
   */
  Summary extract(
      String corpus, String out, String master, Extraction.Options options, PrintStream err)
      throws Extraction.RefusedInput, IOException;

  /** What the run produced, for the line kg extract prints. */
  record Summary(
      int papers,
      int sentences,
      long actorsMentioned,
      int relations,
      List<String> errors,
      long chars,
      double seconds) {}
}
