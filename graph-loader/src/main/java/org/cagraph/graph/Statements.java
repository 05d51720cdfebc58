package org.cagraph.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A statements file and its sentences sidecar, read back as rows for Cypher parameters. */
public record Statements(
    List<Map<String, Object>> actors,
    List<Map<String, Object>> relations,
    List<Map<String, Object>> documents,
    Map<String, List<Map<String, Object>>> sentencesByDoc) {
  private static final ObjectMapper JSON = new ObjectMapper();

  @SuppressWarnings("unchecked")
  public static Statements read(Path file, Path sidecar) throws IOException {
    List<Map<String, Object>> actors = new ArrayList<>();
    List<Map<String, Object>> relations = new ArrayList<>();
    List<Map<String, Object>> documents = new ArrayList<>();
    Map<String, List<Map<String, Object>>> sentences = new LinkedHashMap<>();
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Map<String, Object> m;
        try {
          m = JSON.readValue(line, Map.class);
        } catch (IOException e) {
          throw new IOException(file + ":" + n + ": not a JSON object");
        }
        switch (String.valueOf(m.get("type"))) {
          case "actor" -> actors.add(m);
          case "relation" -> relations.add(m);
          default -> throw new IOException(file + ":" + n + ": type must be actor or relation");
        }
      }
    }
    if (sidecar != null && Files.isRegularFile(sidecar)) {
      try (BufferedReader r = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
        for (String line; (line = r.readLine()) != null; ) {
          Map<String, Object> m = JSON.readValue(line, Map.class);
          if ("document".equals(m.get("type"))) {
            documents.add(m);
          } else if ("sentence".equals(m.get("type"))) {
            sentences.computeIfAbsent((String) m.get("doc"), k -> new ArrayList<>()).add(m);
          }
        }
      }
    }
    return new Statements(actors, relations, documents, sentences);
  }
}
