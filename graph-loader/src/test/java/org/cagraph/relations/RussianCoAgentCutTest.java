package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Russian co-agent phrase (вместе с …, совместно с …) with no comma before it stands between a
 * verb and its complement, or between a subject and a second predicate, as an adverbial does: the
 * words around it are read as if it were not there ({@code InsertedClauses.coAgentCuts}, and the
 * phrase among {@code RU_ADVERBIAL}). Sentences written for the test.
 */
class RussianCoAgentCutTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aParticipleReadsPastTheCoAgent() throws Exception {
    List<String> f =
        facts("Казахстан и Киргизия, входящие вместе с Россией в ОДКБ, провели совещание в Оше.");
    assertTrue(f.contains("kazakhstan MEMBER_OF csto"), f.toString());
    assertTrue(f.contains("kyrgyzstan MEMBER_OF csto"), f.toString());
    assertTrue(f.contains("russia MEMBER_OF csto"), f.toString());
  }

  @Test
  void aSecondPredicateReadsPastTheCoAgent() throws Exception {
    List<String> f =
        facts(
            "Казахстан и Россия в 2013 году подписали договор о дружбе, а в 2014 году вместе с"
                + " Белоруссией учредили Евразийский экономический союз.");
    assertTrue(f.contains("kazakhstan MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("russia MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("belarus MEMBER_OF eaeu"), f.toString());
  }

  @Test
  void theCutKeepsTheVerbsNegation() throws Exception {
    List<String> f =
        facts("Туркмения и Монголия, не входящие вместе с Россией в ОДКБ, провели переговоры.");
    assertFalse(f.contains("turkmenistan MEMBER_OF csto"), f.toString());
    assertFalse(f.contains("mongolia MEMBER_OF csto"), f.toString());
  }
}
