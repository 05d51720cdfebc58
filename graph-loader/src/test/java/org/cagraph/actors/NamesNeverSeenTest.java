package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Names the gazetteer never typed: another transliteration of a known person after a title, bloc
 * abbreviations generated from full names, both Chinese scripts of every name, readable ids.
 */
class NamesNeverSeenTest {
  private static final Gazetteer G = Gazetteer.load();

  @Test
  void aTitledPersonOneSyllableApartJoinsTheKnownPerson() {
    Discovery d = new Discovery(G);
    assertEquals(
        "emomali_rahmon", d.samePerson("拉赫門", true).id(), "總統拉赫門 is 拉赫蒙: la he men, la he meng");
    assertEquals("boris_yeltsin", d.samePerson("葉爾新", true).id(), "ye er xin, ye er qin");
    assertNull(d.samePerson("拉赫門", false), "without a title three syllables are too few to guess");
    assertNull(d.samePerson("胡錦明", true), "tao and ming do not sound alike: another person");
  }

  @Test
  void aTitleBeforeAChineseNameIsRead() {
    assertTrue(Discovery.afterTitle("塔吉克總統"));
    assertTrue(Discovery.afterTitle("俄罗斯外长"));
    assertTrue(Discovery.afterTitle("中國國家主席"));
    assertTrue(!Discovery.afterTitle("他會見了"), "no title: a name seen once stays a candidate");
  }

  @Test
  void aTitledPersonJoinsTheKnownOneAndAnUnknownOneGetsAReadableId() {
    Discovery d = new Discovery(G);
    d.absorb(
        List.of(
            new Discovery.Observed(
                Linker.key("拉赫門"), "Person", "拉赫門", null, List.of("s1"), List.of("拉赫門"), true),
            new Discovery.Observed(
                Linker.key("王曉明"),
                "Person",
                "王曉明",
                null,
                List.of("s2", "s3"),
                List.of("王曉明"),
                true)));
    List<Actor> spellings = d.spellings();
    assertEquals(1, spellings.size());
    assertEquals("emomali_rahmon", spellings.get(0).id(), "總統拉赫門 is the known 拉赫蒙");
    assertTrue(spellings.get(0).aliases().contains("拉赫门"), "in both scripts");
    List<Actor> found = d.actors();
    assertEquals(1, found.size(), "no new actor for 拉赫門: " + found);
    assertEquals("wang_xiaoming", found.get(0).id());
    assertEquals("Wang Xiaoming", found.get(0).name());
    assertTrue(found.get(0).aliases().contains("王晓明"), "its Simplified form too");
  }

  @Test
  void aDiscoveredChinesePersonKeepsAReadableName() {
    assertEquals("Wang Yi", Discovery.personName("王毅"));
    assertEquals("Xi Jinping", Discovery.personName("習近平"));
    assertEquals("Like Naleisuofu", Discovery.personName("力克·納雷索夫"));
    assertEquals("like_naleisuofu", Discovery.slug(Discovery.personName("力克·納雷索夫")));
  }

  @Test
  void blocAbbreviationsAreGeneratedFromFullNames() {
    assertEquals(
        Set.of("eaeu", "kazakhstan"), LinkerShapesTest.linkOne("哈薩克是歐亞經盟的成員。"), "歐亞經濟聯盟 → 歐亞經盟");
    assertEquals(Set.of("eaeu", "kazakhstan"), LinkerShapesTest.linkOne("哈萨克斯坦是欧亚经盟的成员。"));
    assertEquals(
        Set.of("osce", "kazakhstan"), LinkerShapesTest.linkOne("哈薩克加入歐安組織。"), "歐洲安全暨合作組織 drops 暨");
    assertEquals("CSTO", Linker.initials("Collective Security Treaty Organization"));
    assertEquals("APEC", Linker.initials("Asia-Pacific Economic Cooperation"));
    assertEquals("OSCE", Linker.initials("Organization for Security and Co-operation in Europe"));
    assertEquals("ОДКБ", Linker.initials("Организация Договора о коллективной безопасности"));
    assertEquals("ШОС", Linker.initials("Шанхайская организация сотрудничества"));
    assertNull(Linker.initials("Western countries (the West)"), "not a proper name");
    assertNull(Linker.initials("CSTO Joint Command"), "an acronym inside already");
    assertTrue(
        LinkerShapesTest.linkOne("Kazakhstan hosted the SEEC in Astana.")
            .contains("supreme_eurasian_economic_council"),
        "Supreme Eurasian Economic Council → SEEC, never typed");
    assertTrue(
        LinkerShapesTest.linkOne("Казахстан принял заседание ВЕЭС.")
            .contains("supreme_eurasian_economic_council"),
        "Высший Евразийский экономический совет → ВЕЭС");
  }

  @Test
  void generatedInitialsCountOnlyInCapitals() {
    assertTrue(
        !LinkerShapesTest.linkOne("They took a cab to the summit in Astana.")
            .contains("central_asia_barometer"),
        "cab is a word, CAB the Central Asia Barometer");
  }

  @Test
  void everyChineseNameIsKnownInBothScripts() {
    Actor sco = G.get("sco");
    assertTrue(sco.names().contains("上海合作組織"));
    assertTrue(sco.names().contains("上海合作组织"));
    Actor rahmon = G.get("emomali_rahmon");
    assertTrue(rahmon.names().contains("拉赫莫諾夫") && rahmon.names().contains("拉赫莫诺夫"));
    List<String> discovered = Discovery.bothScripts(List.of("纳雷索夫"));
    assertTrue(discovered.contains("納雷索夫"), "a name seen in Simplified gets its Traditional form");
  }
}
