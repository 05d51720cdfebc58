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
    assertFalse(linked("克里米亞於2014年被併入俄羅斯。").contains("john_kerry"), "two characters: none");
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
