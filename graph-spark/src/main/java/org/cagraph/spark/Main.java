package org.cagraph.spark;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.cagraph.extract.Extraction;
import org.cagraph.extract.ExtractionEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job under spark-submit: {@code spark-submit --class org.cagraph.spark.Main
 * graph-spark-VERSION.jar --corpus s3a://bucket/papers --out s3a://bucket/out/statements.jsonl}.
 * The master, executors and memory come from spark-submit.
 */
@Command(
    name = "graph-spark",
    mixinStandardHelpOptions = true,
    description = "Extract actors and cited relations from a folder of papers with Apache Spark.")
public final class Main implements Callable<Integer> {
  @Option(
      names = "--corpus",
      required = true,
      description = "folder of papers: a path or a URI (hdfs://, s3a://)")
  String corpus;

  @Option(
      names = "--out",
      required = true,
      description =
          "statements file to write; the .sentences.jsonl sidecar and "
              + "the per-paper NAME.parts/ folder go beside it")
  String out;

  @Option(names = "--keep-going", description = "skip papers that cannot be read")
  boolean keepGoing;

  @Option(
      names = "--max-mb",
      defaultValue = "20",
      description = "largest paper accepted, in MB (default: ${DEFAULT-VALUE})")
  long maxMb;

  @Option(names = "--no-partitions", description = "write only the statements file and its sidecar")
  boolean noPartitions;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    SparkSession spark = SparkSession.builder().appName("kg extract").getOrCreate();
    try {
      ExtractionEngine.Summary r =
          SparkExtraction.run(
              spark,
              new SparkExtraction.Job(
                  corpus, out, keepGoing, maxMb * 1024 * 1024, null, !noPartitions),
              System.err);
      r.errors().forEach(e -> System.err.println("skipped " + e));
      System.out.printf(
          java.util.Locale.ROOT,
          "%d papers, %d sentences, %d actors mentioned, %d relations -> %s%n",
          r.papers(),
          r.sentences(),
          r.actorsMentioned(),
          r.relations(),
          out);
      System.err.printf(
          java.util.Locale.ROOT, "extraction: %,d chars in %.1f s%n", r.chars(), r.seconds());
      return 0;
    } catch (Extraction.RefusedInput e) {
      e.lines().forEach(System.err::println);
      System.err.println(
          "nothing was extracted: fix or remove the papers above, or pass --keep-going");
      return 3;
    } finally {
      spark.stop();
    }
  }
}
