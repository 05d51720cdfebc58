package org.cagraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.text.BadInputException;

/** {@code manifest.json} beside the papers: optional; a document it names must exist. */
public final class Manifest {
  private final Map<String, DocumentInfo> byId;

  private Manifest(Map<String, DocumentInfo> byId) {
    this.byId = byId;
  }

  public static Manifest read(Path dir) throws BadInputException {
    Path file = dir.resolve("manifest.json");
    if (!Files.exists(file)) {
      return new Manifest(new LinkedHashMap<>());
    }
    byte[] json;
    try {
      json = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(file, "cannot be read (" + e.getMessage() + ")");
    }
    return parse(file, json, name -> Files.isRegularFile(dir.resolve(name)), dir.toString());
  }

  /**
   * A manifest's bytes, read from wherever the corpus lives (a folder, HDFS, S3).
   *
   * @param exists whether the corpus holds a file of that name
   * @param dir the corpus as messages name it
   */
  public static Manifest parse(
      Path file, byte[] json, java.util.function.Predicate<String> exists, String dir)
      throws BadInputException {
    Map<String, DocumentInfo> m = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new BadInputException(
          file,
          "not valid JSON (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
    }
    for (JsonNode d : root.path("documents")) {
      String id = d.path("id").asText(null);
      String name = d.path("file").asText(null);
      if (id == null || name == null) {
        throw new BadInputException(file, "every document needs an id and a file");
      }
      if (!exists.test(name)) {
        throw new BadInputException(file, "names " + name + ", which is not in " + dir);
      }
      List<DocumentInfo.Article> articles = new ArrayList<>();
      for (JsonNode a : d.path("articles")) {
        articles.add(
            new DocumentInfo.Article(
                a.path("title").asText(),
                strings(a.path("authors")),
                a.path("heading").asText(null),
                a.path("line").asInt()));
      }
      Integer year = d.path("year").isNumber() ? d.path("year").asInt() : null;
      String date = text(d, "date", null);
      if (date != null && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
        throw new BadInputException(
            file,
            "document " + id + ": date '" + date + "' is not ISO (2023, 2023-12, 2023-12-15)");
      }
      if (date != null && year != null && !date.startsWith(year + "")) {
        throw new BadInputException(
            file, "document " + id + ": year " + year + " and date " + date + " disagree");
      }
      if (year == null && date != null) {
        year =
            Integer.parseInt(
                date.substring(0, 4)); // a citation's year is never null where its date is known
      }
      m.put(
          id,
          new DocumentInfo(
              id,
              name,
              text(d, "title", id),
              strings(d.path("authors")),
              year,
              date != null ? date : year == null ? null : String.valueOf(year),
              text(d, "venue", null),
              text(d, "language", null),
              List.copyOf(articles)));
    }
    return new Manifest(m);
  }

  private static String text(JsonNode d, String field, String fallback) {
    JsonNode n = d.path(field);
    return n.isTextual() ? n.asText() : fallback;
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(x -> out.add(x.asText()));
    return List.copyOf(out);
  }

  /** The documents the manifest describes, in its order. */
  public java.util.Collection<DocumentInfo> documents() {
    return java.util.Collections.unmodifiableCollection(byId.values());
  }

  public DocumentInfo info(String id, String fileName) {
    DocumentInfo d = byId.get(id);
    return d != null
        ? d
        : new DocumentInfo(id, fileName, fileName, List.of(), null, null, null, null, List.of());
  }
}
