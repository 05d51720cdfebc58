package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeverMembersTest {
  @TempDir Path dir;

  @Test
  void aGroupsMembershipLeavesOutTheNeutralState() throws Exception {
    List<String> f = Sentences.facts(Sentences.extract(dir, "中亞國家獨立後分別先後加入了上海合作組織與集體安全條約組織。\n"));
    assertTrue(f.contains("kazakhstan MEMBER_OF sco"), f.toString());
    assertTrue(f.contains("uzbekistan MEMBER_OF csto"), f.toString());
    assertFalse(f.contains("turkmenistan MEMBER_OF sco"), f.toString());
    assertFalse(f.contains("turkmenistan MEMBER_OF csto"), f.toString());
  }

  @Test
  void aNamedStateIsReadAsWritten() throws Exception {
    List<String> f = Sentences.facts(Sentences.extract(dir, "土庫曼與哈薩克都加入了上海合作組織。\n"));
    assertTrue(f.contains("turkmenistan MEMBER_OF sco"), f.toString());
    assertTrue(f.contains("kazakhstan MEMBER_OF sco"), f.toString());
  }
}
