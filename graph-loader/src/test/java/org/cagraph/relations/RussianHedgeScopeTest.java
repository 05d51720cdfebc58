package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Russian hedge (слухи, как сообщается) reaches the trigger's clause, not a denied rumour
 * (not-negation.lex, masked in {@link Scope}'s clause before the trigger) nor a hedge inside a
 * relative aside whose own verb stands between it and the trigger (RU_ASIDE in macros.rules).
 */
class RussianHedgeScopeTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aRumourDeniedOrDefiedIsNoHedge() throws Exception {
    List<String> f = facts("Вопреки слухам, Казахстан подписал Договор о ЕАЭС.");
    assertTrue(f.contains("kazakhstan SIGNED eaeu_treaty"), f.toString());
    f = facts("Опровергая слухи, Казахстан подписал Договор о ЕАЭС.");
    assertTrue(f.contains("kazakhstan SIGNED eaeu_treaty"), f.toString());
    f = facts("По слухам, Казахстан подписал Договор о ЕАЭС.");
    assertFalse(f.contains("kazakhstan SIGNED eaeu_treaty"), f.toString());
  }

  @Test
  void aHedgeInsideARelativeAsideIsTheAsides() throws Exception {
    List<String> f =
        facts(
            "Россия, которая, как сообщается, готовит новую базу, разместила войска в Таджикистане.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }
}
