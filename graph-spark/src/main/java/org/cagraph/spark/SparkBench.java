package org.cagraph.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.cagraph.extract.Extraction;
import org.cagraph.extract.ExtractionEngine;
import org.cagraph.text.DocumentReader;

/**
 * {@code ./kg bench-spark [--corpus DIR] [--rounds N]}, which {@code kg bench --only extraction}
 * runs: in one JVM without Neo4j, with one warmed CoreNLP pipeline, the threaded extractor on 2
 * threads and the Spark job on local[2] over the same papers, alternately, so that a busy machine
 * slows both alike. No annotation cache; the Spark job writes its files (the threaded run's writing
 * is not timed: kg bench never timed it).
 */
public final class SparkBench {
  private SparkBench() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(System.getenv().getOrDefault("KG_HOME", ".")).resolve("data/corpus");
    int rounds = 2;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(DocumentReader::isPaper).sorted().toList();
    }
    long w0 = System.nanoTime();
    Extraction.nlp().loadAll(); // each language's models, not at its first timed sentence
    Extraction.run(
        corpus, files.subList(0, 1), options(1)); // loads and warms the pipeline, as kg bench does
    System.out.printf(
        Locale.ROOT,
        "models loaded and warmed on %s in %.1f s%n",
        files.get(0).getFileName(),
        (System.nanoTime() - w0) / 1e9);
    Path tmp = Files.createTempDirectory("kg-bench-spark-");
    SparkSession spark = SparkEngine.session("local[2]");
    List<Double> ratios = new ArrayList<>();
    try {
      for (int r = 1; r <= rounds; r++) {
        Extraction.Result t = Extraction.run(corpus, files, options(2));
        long chars =
            t.papers().stream()
                .flatMap(p -> p.sentences().stream())
                .mapToLong(s -> s.text().length())
                .sum();
        double threads = chars / (t.timings().total() / 1e9);
        System.out.printf(
            Locale.ROOT,
            "round %d, 2 threads    : %,d chars in %.1f s = %,.0f chars/s%n",
            r,
            chars,
            t.timings().total() / 1e9,
            threads);
        ExtractionEngine.Summary s =
            SparkExtraction.run(
                spark,
                new SparkExtraction.Job(
                    corpus.toString(),
                    tmp.resolve("s.jsonl").toString(),
                    false,
                    DocumentReader.DEFAULT_MAX_BYTES,
                    null,
                    true),
                System.err);
        double local2 = s.chars() / s.seconds();
        System.out.printf(
            Locale.ROOT,
            "round %d, spark local[2]: %,d chars in %.1f s = %,.0f chars/s; ratio %.2f%n",
            r,
            s.chars(),
            s.seconds(),
            local2,
            local2 / threads);
        ratios.add(local2 / threads);
      }
    } finally {
      spark.stop();
      try (Stream<Path> s = Files.walk(tmp)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "spark local[2] vs 2 threads: %.2f (mean of %d rounds)%n",
        ratios.stream().mapToDouble(Double::doubleValue).average().orElse(0),
        ratios.size());
  }

  private static Extraction.Options options(int threads) {
    return new Extraction.Options(threads, false, DocumentReader.DEFAULT_MAX_BYTES, null, null);
  }
}
