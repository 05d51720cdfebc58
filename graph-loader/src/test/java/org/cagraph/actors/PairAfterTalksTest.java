package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A pair word right after talks with one person (在同謝爾達爾會談時，兩國元首…) is that person's own state and
 * the other side named before; 雙方 right after two coordinated companies is the two companies.
 */
class PairAfterTalksTest {

  @Test
  void thePairAfterTalksWithAPersonIsHisStateAndTheHost() {
    String before = "習近平先後會見了中亞各國元首。拉赫蒙表示，塔方願同中方加快推進合作項目。\n";
    Set<String> got =
        LinkedText.corefAdded(before.replace("\n", "") + "在同謝爾達爾·別爾德穆哈梅多夫會談時，兩國元首就擴大對華供氣交換了意見。\n");
    assertEquals(Set.of("china", "turkmenistan"), got);
    got = LinkedText.corefAdded(before.replace("\n", "") + "在與米爾濟約耶夫會晤後，雙方簽署了聯合聲明。\n");
    assertEquals(Set.of("china", "uzbekistan"), got);
    // the other side named before the talks: his state, not the last state of the paragraph
    got = LinkedText.corefAdded("在同托卡耶夫會談時，習近平表示中方願同哈方深化合作。習近平同扎帕羅夫會談後，雙方發表聯合聲明。\n");
    assertEquals(Set.of("china", "kyrgyzstan"), got);
    // near miss: the pair named in the sentence itself, not after talks
    got = LinkedText.corefAdded(before.replace("\n", "") + "哈薩克與吉爾吉斯隨後也表示，兩國將擴大合作。\n");
    assertEquals(Set.of("kazakhstan", "kyrgyzstan"), got);
  }
}
