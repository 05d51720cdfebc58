package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A foreign person's Chinese surname alone (馬蘇德 for 艾哈邁德·沙·馬蘇德) links to the person when no other
 * person shares it; two-character surnames and shared ones do not. Sentences written for the test.
 */
class ChineseSurnamesTest {

  private static Set<String> linked(String text) {
    return LinkedText.link(text + "\n").stream()
        .flatMap(List::stream)
        .map(m -> m.actor().id())
        .collect(Collectors.toSet());
  }

  @Test
  void aSurnameAfterItsNameDotIsGenerated() {
    Actor massoud = Gazetteer.load().get("ahmad_shah_massoud");
    assertTrue(Linker.chineseSurnames(massoud).contains("馬蘇德"));
    assertTrue(linked("北方聯盟指揮官馬蘇德於2001年9月遇刺身亡。").contains("ahmad_shah_massoud"));
    assertTrue(linked("北方联盟指挥官马苏德于2001年9月遇刺身亡。").contains("ahmad_shah_massoud"));
  }

  @Test
  void aShortOrSharedSurnameIsNot() {
    for (String t : List.of("約旦國王阿卜杜拉二世週二訪問哈薩克。", "烏茲別克商人阿卜杜拉耶夫在塔什干被捕。", "科斯塔奈州位於哈薩克北部。")) {
      assertEquals(
          Set.of(),
          linked(t).stream()
              .filter(id -> Gazetteer.load().get(id).label().equals("Person"))
              .collect(Collectors.toSet()),
          "a surname inside a longer word or a given name: no person: " + t);
    }
    assertFalse(linked("科斯塔奈州位於哈薩克北部。").contains("antonio_costa"), "a surname inside a word: none");
    assertTrue(
        Linker.insideWord("阿卜杜拉耶夫", 4) && !Linker.insideWord("马苏德在", 3),
        "a Han letter that continues a word, not a function character");
    assertEquals(
        Set.of(),
        linked("伊萬諾夫出席了會議。").stream()
            .filter(id -> id.endsWith("ivanov"))
            .collect(Collectors.toSet()),
        "two people share it: neither");
    assertFalse(
        linked("烏茲別克外長賽義多夫會見了法魯克·尤爾達舍夫。").contains("tohir_yuldashev"),
        "another first name before the dot: another person");
    assertTrue(linked("尤爾達舍夫於1998年創立了該組織。").contains("tohir_yuldashev"));
  }
}
