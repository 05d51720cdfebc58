package org.cagraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A discovered actor counts as the annotators' actor its names match; where one name is the
 * annotators' for two actors, the document's own gold decides which one a relation found there was
 * about.
 */
class EvaluationAlignmentTest {
  @Test
  void aNameTwoAnnotatedActorsShareCountsAsTheOneTheDocumentsGoldUses(@TempDir Path dir)
      throws Exception {
    Path actors = dir.resolve("actors-not-in-gazetteer.tsv");
    Files.writeString(
        actors,
        "# id\ttype\tEnglish name\tnames written\n"
            + "summit_declaration_2023\tAgreement\tThe Tashkent Declaration (2023)\tTashkent Declaration\n"
            + "bloc_declaration_2024\tAgreement\tThe Tashkent Declaration (2024)\tTashkent Declaration\n"
            + "samarkand\tPlace\tSamarkand\tСамарканд\n"
            + "sco_summit_2022\tInitiative\tSCO summit (2022)\tthe SCO summit in Samarkand\n",
        StandardCharsets.UTF_8);
    Path gold = dir.resolve("relations.jsonl");
    Files.writeString(
        gold,
        "{\"doc\": \"a\", \"quote\": \"q\", \"facts\": [{\"subject\": \"uzbekistan\", \"predicate\":"
            + " \"SIGNED\", \"object\": \"summit_declaration_2023\"}]}\n"
            + "{\"doc\": \"b\", \"quote\": \"q\", \"facts\": [{\"subject\": \"uzbekistan\", \"predicate\":"
            + " \"SIGNED\", \"object\": \"bloc_declaration_2024\"}], \"traps\": [{\"subject\":"
            + " \"kazakhstan\", \"predicate\": \"SIGNED\", \"object\": \"summit_declaration_2023\"}]}\n"
            + "{\"doc\": \"d\", \"quote\": \"q\", \"facts\": [], \"traps\": [{\"subject\":"
            + " \"kazakhstan\", \"predicate\": \"SIGNED\", \"object\": \"bloc_declaration_2024\"}]}\n",
        StandardCharsets.UTF_8);
    Path statements = dir.resolve("statements.jsonl");
    Files.writeString(
        statements,
        "{\"type\": \"actor\", \"id\": \"tashkent_declaration\", \"discovered\": true, \"names\":"
            + " [\"Tashkent Declaration\"]}\n"
            + "{\"type\": \"actor\", \"id\": \"the_tashkent_declaration_text\", \"discovered\": true,"
            + " \"names\": [\"the Tashkent Declaration text\"]}\n"
            + "{\"type\": \"actor\", \"id\": \"sco_summit_in_samarkand\", \"discovered\": true,"
            + " \"names\": [\"SCO summit in Samarkand\"]}\n",
        StandardCharsets.UTF_8);

    Evaluation.Alignment aligned =
        Evaluation.alignDiscovered(actors, statements, Evaluation.goldIdsByDoc(lines(gold)));

    assertEquals("summit_declaration_2023", aligned.of("a", "tashkent_declaration"));
    assertEquals("bloc_declaration_2024", aligned.of("b", "tashkent_declaration"));
    // a document whose gold names neither: the first the annotators list
    assertEquals("summit_declaration_2023", aligned.of("c", "tashkent_declaration"));
    // a name that only holds the annotators' name picks no actor per document: the first listed
    assertEquals("summit_declaration_2023", aligned.of("b", "the_tashkent_declaration_text"));
    // a trap's actor decides nothing: document d's gold names the 2024 declaration only in a trap
    assertEquals("summit_declaration_2023", aligned.of("d", "tashkent_declaration"));
    // of the names that hold or are held by the discovered one, the longest: the summit, not the
    // city
    assertEquals("sco_summit_2022", aligned.of("a", "sco_summit_in_samarkand"));
    // an actor nobody discovered keeps its own id
    assertEquals("kazakhstan", aligned.of("a", "kazakhstan"));
  }

  @Test
  void aNoteInTheAnnotatorsEnglishNameHoldsNoName(@TempDir Path dir) throws Exception {
    Path actors = dir.resolve("actors-not-in-gazetteer.tsv");
    Files.writeString(
        actors,
        "vakhsh_region\tPlace\tVakhsh Region (Tajikistan)\tthe Vakhsh region\n"
            + "rudaki_plant\tFacility\tRudaki cement plant (Vakhsh region)\tthe Rudaki plant\n",
        StandardCharsets.UTF_8);
    Path statements = dir.resolve("statements.jsonl");
    Files.writeString(
        statements,
        "{\"type\": \"actor\", \"id\": \"vakhsh_region\", \"discovered\": true, \"names\":"
            + " [\"Vakhsh region\"]}\n"
            + "{\"type\": \"actor\", \"id\": \"rudaki_cement_plant\", \"discovered\": true,"
            + " \"names\": [\"Rudaki cement plant\"]}\n",
        StandardCharsets.UTF_8);
    Evaluation.Alignment aligned =
        Evaluation.alignDiscovered(actors, statements, java.util.Map.of());
    // the plant's note names the region: the region is still the region
    assertEquals("vakhsh_region", aligned.of("a", "vakhsh_region"));
    // the plant's English name without its note is the plant's name
    assertEquals("rudaki_plant", aligned.of("a", "rudaki_cement_plant"));
  }

  private static List<JsonNode> lines(Path gold) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      out.add(new ObjectMapper().readTree(line));
    }
    return out;
  }
}
