package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word of agreeing or deciding (decision.lex) that governs a verb of its own subject makes the
 * act a plan ({@link Scope}); an agreement to a noun, consent to another actor's act and a verb
 * coordinated with it stay stated.
 */
class DecidedActTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void anActAgreedOrDecidedIsAPlan() throws Exception {
    List<String> f = facts("Россия и Казахстан решили разместить войска в Таджикистане.");
    assertFalse(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    f = facts("США и ЕС договорились ввести санкции против Ирана.");
    assertFalse(f.contains("eu SANCTIONS iran"), f.toString());
    f = facts("中國與哈薩克商定在塔吉克部署軍隊。");
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void anAgreedNounConsentAndACoordinatedActStayStated() throws Exception {
    List<String> f = facts("烏茲別克同意美軍進駐汗阿巴德空軍基地。");
    assertTrue(
        f.contains("united_states HAS_MILITARY_PRESENCE_IN karshi_khanabad_air_base"),
        f.toString());
    f = facts("США и ЕС договорились и ввели санкции против Ирана.");
    assertTrue(f.contains("eu SANCTIONS iran"), f.toString());
    // a noun or adverb in -ть / -ти after the decision word is no infinitive it governs
    f = facts("Россия решила почти все вопросы и ввела санкции против Грузии.");
    assertTrue(f.contains("russia SANCTIONS georgia"), f.toString());
    f = facts("США и ЕС решили часть вопросов и ввели санкции против Ирана.");
    assertTrue(f.contains("eu SANCTIONS iran"), f.toString());
    // 議定書 is a protocol, no act agreed: the withdrawal after its talks is done
    f = facts("1999年，亞塞拜然在《延期議定書》談判後退出了集體安全條約。");
    assertTrue(f.contains("azerbaijan WITHDREW_FROM collective_security_treaty"), f.toString());
  }
}
