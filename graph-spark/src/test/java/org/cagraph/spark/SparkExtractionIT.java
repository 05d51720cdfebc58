package org.cagraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.cagraph.extract.Export;
import org.cagraph.extract.Extraction;
import org.cagraph.extract.ExtractionEngine;
import org.cagraph.text.DocumentReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark job on local[2] against the single-machine extraction of the same JVM, over five
 * documents in three languages: the three shorter papers of data/corpus (Traditional Chinese) and
 * an English and a Russian document of data/written, with their manifest entries. The statements
 * file and the sentences sidecar are the same bytes (the same actors; the same relations with the
 * same roles, dates, periods and citations), and the per-paper folders are replaced paper by paper.
 * The longest paper (two thirds of data/corpus) is left out: each side runs CoreNLP over all it
 * reads, and the other integration tests read it.
 */
class SparkExtractionIT {
  private static final Path ROOT =
      Path.of(System.getProperty("cagraph.root", "..")).toAbsolutePath().normalize();
  private static final List<String> PAPERS =
      List.of("000_3bd726b27b559599", "001_eb3f4b3faeb8891c", "002_be24296bd7b113ae");
  private static final List<String> WRITTEN = List.of("tr_en_01", "tr_ru_01");
  private static Path input; // the five documents, copied
  private static Path dir;
  private static Path single;
  private static Path spark;
  private static ExtractionEngine.Summary summary;
  private static double singleSeconds;

  @BeforeAll
  static void extractBothWays() throws Exception {
    dir = Files.createTempDirectory("kg-spark-it-");
    input = corpus(Files.createDirectories(dir.resolve("corpus")));
    single = dir.resolve("single.jsonl");
    spark = dir.resolve("spark.jsonl");
    List<Path> files;
    try (Stream<Path> s = Files.list(input)) {
      files = s.filter(DocumentReader::isPaper).sorted().toList();
    }
    // no annotation cache on either side: each runs CoreNLP itself (the JVM's one pipeline, built
    // by the first)
    long t0 = System.nanoTime();
    Extraction.Result r =
        Extraction.run(
            input,
            files,
            new Extraction.Options(2, false, DocumentReader.DEFAULT_MAX_BYTES, null, null));
    Export.write(r, single);
    singleSeconds = (System.nanoTime() - t0) / 1e9;

    SparkSession session = SparkEngine.session("local[2]");
    try {
      summary =
          SparkExtraction.run(
              session,
              new SparkExtraction.Job(
                  input.toString(),
                  spark.toString(),
                  false,
                  DocumentReader.DEFAULT_MAX_BYTES,
                  dir.resolve("nlp-cache").toString(),
                  true),
              System.err);
    } finally {
      session.stop();
    }
    // kept apart from the re-run below, which writes the same names
    spark = dir.resolve("spark-first.jsonl");
    Files.copy(dir.resolve("spark.jsonl"), spark);
    Files.copy(Export.sidecar(dir.resolve("spark.jsonl")), Export.sidecar(spark));
    System.err.printf(
        Locale.ROOT,
        "single machine, 2 threads: %.1f s with the pipeline's start; spark local[2]: %.1f s,"
            + " %,d chars = %,.0f chars/s%n",
        singleSeconds,
        summary.seconds(),
        summary.chars(),
        summary.chars() / summary.seconds());
  }

  /**
   * The chosen documents of data/corpus and data/written/corpus copied into {@code to}, with a
   * manifest of their entries: titles and languages as the shipped manifests give them.
   */
  private static Path corpus(Path to) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ArrayNode documents = json.createArrayNode();
    for (var from :
        Map.of(ROOT.resolve("data/corpus"), PAPERS, ROOT.resolve("data/written/corpus"), WRITTEN)
            .entrySet()) {
      for (JsonNode d :
          json.readTree(from.getKey().resolve("manifest.json").toFile()).path("documents")) {
        if (from.getValue().contains(d.path("id").asText())) {
          Files.copy(
              from.getKey().resolve(d.path("file").asText()), to.resolve(d.path("file").asText()));
          documents.add(d);
        }
      }
    }
    assertEquals(PAPERS.size() + WRITTEN.size(), documents.size(), "manifest entries found");
    ObjectNode manifest = json.createObjectNode();
    manifest.set("documents", documents);
    json.writeValue(to.resolve("manifest.json").toFile(), manifest);
    return to;
  }

  @AfterAll
  static void clean() throws Exception {
    if (dir != null) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static List<String> sorted(Path f) throws Exception {
    return Files.readAllLines(f).stream().sorted().toList();
  }

  @Test
  void theStatementsAreTheSingleMachineOnesByteForByte() throws Exception {
    List<String> expected = sorted(single);
    List<String> actual = sorted(spark);
    assertTrue(
        expected.stream().anyMatch(l -> l.contains("\"type\":\"relation\"")),
        "no relations extracted");
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "line " + i + " of the sorted statements");
    }
    // and in the same order: the loader reads either file the same way
    assertEquals(Files.readString(single), Files.readString(spark));
  }

  @Test
  void theSentencesSidecarIsTheSameToo() throws Exception {
    assertEquals(sorted(Export.sidecar(single)), sorted(Export.sidecar(spark)));
    assertEquals(Files.readString(Export.sidecar(single)), Files.readString(Export.sidecar(spark)));
  }

  @Test
  void theSameActorsRelationsRolesDatesAndCitations() throws Exception {
    List<Map<String, Object>> a = relations(single);
    List<Map<String, Object>> b = relations(spark);
    assertEquals(a.size(), b.size());
    assertEquals(summary.relations(), b.size());
    for (int i = 0; i < a.size(); i++) {
      for (String k :
          List.of(
              "subject",
              "predicate",
              "object",
              "role",
              "dates",
              "since",
              "until",
              "periods",
              "citations",
              "confidence")) {
        assertEquals(a.get(i).get(k), b.get(i).get(k), k + " of relation " + i);
      }
    }
    assertEquals(5, summary.papers());
    // every document, in each of the three languages, gives relations to compare
    for (String doc : java.util.stream.Stream.concat(PAPERS.stream(), WRITTEN.stream()).toList()) {
      assertTrue(
          b.stream().anyMatch(m -> String.valueOf(m.get("citations")).contains("doc=" + doc)),
          "no relation cites " + doc);
    }
  }

  private static List<Map<String, Object>> relations(Path f) throws Exception {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (String l : Files.readAllLines(f)) {
      Map<String, Object> m = Export.readLine(l);
      if ("relation".equals(m.get("type"))) {
        out.add(m);
      }
    }
    return out;
  }

  @Test
  void aRerunOfOnePaperReplacesOnlyItsFolder() throws Exception {
    Path parts = dir.resolve("spark.parts");
    List<String> papers;
    try (Stream<Path> s = Files.list(parts)) {
      papers =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("paper="))
              .sorted()
              .toList();
    }
    assertEquals(5, papers.size(), papers.toString());
    String first = papers.get(0);
    String other = papers.get(1);
    String otherBefore = folderText(parts.resolve(other));
    assertTrue(folderText(parts.resolve(first)).contains("\"type\":\"document\""));

    // the first paper again, alone and without the manifest: its document line now has the file
    // name as its title
    Path subset = Files.createDirectories(dir.resolve("subset"));
    String id = first.substring("paper=".length());
    Path paper;
    try (Stream<Path> s = Files.list(input)) {
      paper = s.filter(p -> DocumentReader.idOf(p).equals(id)).findFirst().orElseThrow();
    }
    Files.copy(paper, subset.resolve(paper.getFileName()));
    SparkSession session = SparkEngine.session("local[2]");
    try {
      SparkExtraction.run(
          session,
          new SparkExtraction.Job(
              subset.toString(),
              dir.resolve("spark.jsonl").toString(),
              false,
              DocumentReader.DEFAULT_MAX_BYTES,
              dir.resolve("nlp-cache").toString(),
              true),
          System.err);
    } finally {
      session.stop();
    }
    String rerun = folderText(parts.resolve(first));
    assertTrue(
        rerun.contains("\"title\":\"" + paper.getFileName() + "\""),
        rerun.lines().findFirst().orElse(""));
    assertEquals(otherBefore, folderText(parts.resolve(other)), "another paper's folder changed");
    try (Stream<Path> s = Files.list(parts)) {
      assertEquals(5, s.filter(p -> p.getFileName().toString().startsWith("paper=")).count());
    }
    assertFalse(Files.readString(Export.sidecar(dir.resolve("spark.jsonl"))).isEmpty());
  }

  private static String folderText(Path folder) throws Exception {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path f :
          s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        b.append(Files.readString(f));
      }
    }
    return b.toString();
  }
}
