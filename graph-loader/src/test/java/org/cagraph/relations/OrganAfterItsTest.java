package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 其 (its, whose) before an organ of the topic: the organ is the subject, not the body it belongs
 * to.
 */
class OrganAfterItsTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void itsSecretariatIsTheSecretariatNotTheBody() throws Exception {
    List<String> f = facts("上海合作組織成立於2001年，其秘書處設在北京。\n");
    assertTrue(f.contains("sco_secretariat LOCATED_IN beijing"), f.toString());
    assertFalse(f.contains("sco LOCATED_IN beijing"), f.toString());
    List<String> g = facts("上海合作组织成立于2001年，其秘书处位于北京。\n");
    assertFalse(g.contains("sco LOCATED_IN beijing"), g.toString());
  }

  @Test
  void whoseSecretariatIsTheBodysSecretariat() throws Exception {
    List<String> f =
        facts("The SCO, whose secretariat is based in Beijing, admitted Iran in 2023.\n");
    assertTrue(f.contains("sco_secretariat LOCATED_IN beijing"), f.toString());
    assertFalse(f.contains("sco HAS_MILITARY_PRESENCE_IN china"), f.toString());
  }

  @Test
  void itsBeforeAPlainNounStillReadsTheTopic() throws Exception {
    // near miss of the above: 其 before a noun that is no linked organ still stands for the topic
    List<String> f = facts("吉爾吉斯是中亞國家，俄羅斯在其境內設有坎特空軍基地。\n");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN kyrgyzstan"), f.toString());
  }
}
