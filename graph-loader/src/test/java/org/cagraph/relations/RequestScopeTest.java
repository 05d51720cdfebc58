package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese requests: one actor asking another to act (請求, 要求) states no act of the other, while an
 * act done at another's request or invitation (應X要求, 應X請求) is done (Scope.modalScope,
 * modality.lex). Sentences written for the test.
 */
class RequestScopeTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void anActAtAnothersRequestIsDone() throws Exception {
    for (String text :
        List.of("2022年1月，集安組織應托卡耶夫要求向哈薩克派遣維和部隊。", "2022年1月，集安組織應托卡耶夫的請求向哈薩克派遣維和部隊。")) {
      List<String> f = facts(text);
      assertTrue(f.contains("csto HAS_MILITARY_PRESENCE_IN kazakhstan"), text + " " + f);
    }
  }

  @Test
  void askingAnotherToActStatesNoAct() throws Exception {
    for (String text : List.of("2022年1月，托卡耶夫請求集安組織向哈薩克派遣維和部隊。", "2022年1月，托卡耶夫要求集安組織向哈薩克派遣維和部隊。")) {
      List<String> f = facts(text);
      assertFalse(f.contains("csto HAS_MILITARY_PRESENCE_IN kazakhstan"), text + " " + f);
    }
  }
}
