package org.cagraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.cagraph.TestCorpus;
import org.cagraph.actors.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every actor a gold file names is the gazetteer's or listed, with the names the annotator wrote,
 * in the gold's {@code actors-not-in-gazetteer.tsv}: an id nobody can produce (a typo, or the long
 * form of an id the gazetteer spells short) turns a found fact into a miss no extractor can fix.
 */
class GoldActorIdsTest {
  @ParameterizedTest
  @ValueSource(strings = {"data/gold", "data/written", "data/challenge"})
  void everyActorOfTheGoldCanBeFound(String dir) throws Exception {
    Path base = TestCorpus.root().resolve(dir);
    Set<String> known = new TreeSet<>(Gazetteer.load().actors().keySet());
    Path listed = base.resolve("actors-not-in-gazetteer.tsv");
    if (Files.isRegularFile(listed)) {
      for (String line : Files.readAllLines(listed, StandardCharsets.UTF_8)) {
        if (!line.startsWith("#") && !line.isBlank()) {
          known.add(line.split("\t")[0]);
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    Set<String> unknown = new TreeSet<>();
    for (String line :
        Files.readAllLines(base.resolve("relations.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode g = json.readTree(line);
      for (String field : new String[] {"facts", "traps"}) {
        for (JsonNode f : g.path(field)) {
          for (String end : new String[] {"subject", "object"}) {
            String id = f.path(end).asText();
            if (!known.contains(id)) {
              unknown.add(id);
            }
          }
        }
      }
    }
    assertEquals(Set.of(), unknown, dir + "/relations.jsonl names actors nobody can produce");
  }
}
