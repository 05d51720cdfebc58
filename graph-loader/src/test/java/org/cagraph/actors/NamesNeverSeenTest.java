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
  void aPersonNamedInLatinAndInCyrillicLettersIsOneActor() {
    for (boolean cyrillicFirst : List.of(true, false)) {
      Discovery d = new Discovery(G);
      Discovery.Observed latin =
          new Discovery.Observed(
              Linker.key("Baktybek Bekbolotov"),
              "Person",
              "Baktybek Bekbolotov",
              null,
              List.of("s1", "s2"),
              List.of("Baktybek Bekbolotov"),
              false);
      Discovery.Observed cyrillic =
          new Discovery.Observed(
              Linker.key("Бактыбек Бекболотов"),
              "Person",
              "Бактыбек Бекболотов",
              null,
              List.of("s3", "s4"),
              List.of("Бактыбек Бекболотов"),
              false);
      Discovery.Observed other =
          new Discovery.Observed(
              Linker.key("Бактыбек Бекболов"),
              "Person",
              "Бактыбек Бекболов",
              null,
              List.of("s5", "s6"),
              List.of("Бактыбек Бекболов"),
              false);
      d.absorb(cyrillicFirst ? List.of(cyrillic, latin, other) : List.of(latin, cyrillic, other));
      List<Actor> found = d.actors();
      assertEquals(2, found.size(), "one person in two scripts, and another: " + found);
      Actor a = found.stream().filter(x -> x.id().equals("baktybek_bekbolotov")).findFirst().get();
      assertEquals("Baktybek Bekbolotov", a.name(), "the Latin name shown");
      assertTrue(a.aliases().contains("Бактыбек Бекболотов"), "the Cyrillic name links to it");
      assertTrue(
          found.stream().anyMatch(x -> x.id().equals("baktybek_bekbolov")),
          "a name one syllable apart stays another person");
    }
  }

  @Test
  void aChineseTitleOfKnownNamesAndItsKindGetsAnEnglishName() {
    Discovery d = new Discovery(G);
    String s = "兩國元首在會後簽署了《塔什干宣言》。";
    String t = "塔什干宣言";
    int b = s.indexOf(t);
    List<Mention> m = LinkedText.link(s).get(0);
    assertEquals("Tashkent Declaration", d.titleInEnglish(s, b, b + t.length(), m));
    String c = "六國元首簽署了《阿斯塔納宣言》。";
    int cb = c.indexOf("阿斯塔納宣言");
    assertEquals(
        "Astana Declaration",
        d.titleInEnglish(c, cb, cb + 6, LinkedText.link(c).get(0)),
        "a capital read as its state is named as the city");
    String n = "雙方簽署了《塔什干經濟合作宣言》。";
    int nb = n.indexOf("塔什干經濟合作宣言");
    assertNull(
        d.titleInEnglish(n, nb, nb + 9, LinkedText.link(n).get(0)),
        "a topic besides the names: no English name made up");
  }

  @Test
  void aRussianBlocSummitGetsTheEnglishNameNewsGivesIt() {
    Discovery d = new Discovery(G);
    Linker linker = new Linker(G);
    for (String[] c :
        new String[][] {
          {"Лидеры встретились на саммите ШОС в Самарканде.", "SCO summit in Samarkand"},
          {"Лидеры встретились на саммите ШОС в Астане.", "SCO summit in Astana"},
          {"Лидеры встретились на саммите ОДКБ 2022 года.", "2022 CSTO summit"}
        }) {
      List<Discovery.EventSpan> spans = Discovery.eventSpans(c[0], linker.claimed(c[0]));
      Discovery.EventSpan span =
          spans.stream().filter(Discovery.EventSpan::declined).findFirst().orElseThrow();
      String name = c[0].substring(span.begin(), span.end());
      assertEquals(c[1], d.blocSummitInEnglish(name, span, LinkedText.link(c[0]).get(0)), c[0]);
    }
  }

  @Test
  void aDiscoveredChinesePersonOrPlaceKeepsAReadableName() {
    assertEquals("Wang Yi", Discovery.personName("王毅"));
    assertEquals("Xi Jinping", Discovery.personName("習近平"));
    assertEquals("Like Naleisuofu", Discovery.personName("力克·納雷索夫"));
    // a place is one word, as place names are romanised; a syllable opening with a vowel is set off
    assertEquals("Akesu", Discovery.pinyinWord("阿克苏"));
    assertEquals("Shihezi", Discovery.pinyinWord("石河子"));
    assertEquals("Ku'erle", Discovery.pinyinWord("库尔勒"));
    assertEquals("kuerle", Discovery.slug("Ku'erle")); // the id drops the apostrophe
    assertEquals("peoples_liberation_army", Discovery.slug("People’s Liberation Army"));
    assertEquals(
        "soglasheniye_o_stroitelstve_ges", Discovery.slug("Соглашение о строительстве ГЭС"));
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

  private static org.cagraph.nlp.Token tok(
      String text, int[] at, String word, String pos, String ner) {
    int b = text.indexOf(word, at[0]);
    at[0] = b + word.length();
    return new org.cagraph.nlp.Token(word, pos, ner, b, b + word.length());
  }

  /** Words of a sentence with their tags (word/POS or word/POS/NER), in order. */
  private static List<String> zhNames(String text, String... tagged) {
    int[] at = {0};
    List<org.cagraph.nlp.Token> tokens = new java.util.ArrayList<>();
    for (String t : tagged) {
      String[] p = t.split("/");
      tokens.add(tok(text, at, p[0], p[1], p.length > 2 ? p[2] : "O"));
    }
    boolean[] claimed = new boolean[text.length()];
    List<int[]> names = new java.util.ArrayList<>();
    for (String known : List.of("哈薩克", "土庫曼", "吉爾吉斯", "中國", "烏茲別克", "俄羅斯", "中亞", "內蒙古", "阿拉木圖")) {
      for (int k = text.indexOf(known); k >= 0; k = text.indexOf(known, k + 1)) {
        java.util.Arrays.fill(claimed, k, k + known.length(), true);
        names.add(new int[] {k, k + known.length()});
      }
    }
    return Discovery.chineseTypedNames(text, claimed, tokens, names, names).stream()
        .map(n -> text.substring(n.begin(), n.end()) + "/" + n.label())
        .toList();
  }

  /** Quoted Chinese names, with the sentence's known names (上合組織, 一帶一路倡議) claimed. */
  private static List<String> quotedNames(String text, String... known) {
    boolean[] claimed = new boolean[text.length()];
    for (String n : known) {
      for (int k = text.indexOf(n); k >= 0; k = text.indexOf(n, k + 1)) {
        java.util.Arrays.fill(claimed, k, k + n.length(), true);
      }
    }
    return typed(text, Discovery.quotedTypedNames(text, claimed));
  }

  @Test
  void aQuotedChineseNameEndingInAHeadWordIsReadWhateverTheTaggerSaid() {
    assertEquals(
        List.of("上合組織綠色發展倡議/Initiative"),
        quotedNames("托卡耶夫提出「上合組織綠色發展倡議」。", "上合組織"),
        "a known name inside is its first word: the quotes bound the name");
    assertEquals(List.of("中亞數字絲路倡議/Initiative"), quotedNames("中方提出“中亞數字絲路倡議”。", "中亞"));
    assertEquals(List.of(), quotedNames("中方提出「一帶一路倡議」。", "一帶一路倡議"), "a known name on the head");
    assertEquals(
        List.of(),
        quotedNames("中方提出「中國合作倡議」與「國際合作倡議」。", "中國"),
        "known names and generic words only: anyone's");
    assertEquals(List.of(), quotedNames("該倡議獲得支持。"), "no quotes: the tagger's words decide");
    assertEquals(
        List.of("北部解放陣線/Organization"),
        quotedNames("阿富汗反塔利班勢力「北部解放陣線」在山區活動。", "阿富汗", "塔利班"),
        "a front: a movement's name");
    assertEquals(List.of(), quotedNames("雙方組成「聯合陣線」。"), "a generic front is anyone's");
  }

  @Test
  void aChineseNameEndingInAHeadWordIsReadOnce() {
    assertEquals(
        List.of("帕米爾水資源合作基金/Organization"),
        zhNames(
            "吉爾吉斯加入了帕米爾水資源合作基金。",
            "吉爾吉斯/NR/GPE",
            "加入/VV",
            "了/AS",
            "帕米爾/NR/GPE",
            "水/NN",
            "資源/NN",
            "合作/NN",
            "基金/NN",
            "。/PU"));
    assertEquals(
        List.of("鹹海綠洲開發銀行/Organization"),
        zhNames(
            "土庫曼向鹹海綠洲開發銀行貸款。",
            "土庫曼/NR/GPE",
            "向/P",
            "鹹海/NR",
            "綠洲/NN",
            "開發/NN",
            "銀行/NN",
            "貸款/VV",
            "。/PU"));
    assertEquals(
        List.of("卡爾希東部鐵路/Facility"),
        zhNames(
            "中國出資修建卡爾希東部鐵路。",
            "中國/NR/GPE",
            "出資/VV",
            "修建/VV",
            "卡爾希/NR/GPE",
            "東部/NN",
            "鐵路/NN",
            "。/PU"));
    assertEquals(
        List.of("天山草原投資銀行/Organization"),
        zhNames(
            "哈薩克成為天山草原投資銀行的成員。",
            "哈薩克/NR/GPE",
            "成為/VV",
            "天山/NN",
            "草原/NN",
            "投資/NN",
            "銀行/NN",
            "的/DEG",
            "成員/NN",
            "。/PU"),
        "two words neither known nor generic");
    assertEquals(
        List.of(),
        zhNames(
            "兩國談到建立政治聯盟的可能。",
            "兩國/NN",
            "談到/VV",
            "建立/VV",
            "政治/NN",
            "聯盟/NN",
            "的/DEG",
            "可能/NN",
            "。/PU"),
        "a political union is anyone's");
    assertEquals(
        List.of(),
        zhNames("吉爾吉斯擴建鐵公路港口。", "吉爾吉斯/NR/GPE", "擴建/VV", "鐵/NN", "公路/NN", "港口/NN", "。/PU"),
        "rail and road ports are anyone's");
  }

  @Test
  void aKnownPlaceGluedBeforeAFacilitysOwnNameIsWhereItStands() {
    assertEquals(
        List.of("朱日和訓練基地/Facility"),
        zhNames(
            "演習在內蒙古朱日和訓練基地舉行。",
            "演習/NN",
            "在/P",
            "內蒙古/NR/GPE",
            "朱日和/NR/GPE",
            "訓練/NN",
            "基地/NN",
            "舉行/VV",
            "。/PU"));
    assertEquals(
        List.of("薩雷沙甘雷達站/Facility"),
        zhNames(
            "俄軍仍使用哈薩克薩雷沙甘雷達站。",
            "俄軍/NN",
            "仍/AD",
            "使用/VV",
            "哈薩克/NR/GPE",
            "薩雷沙甘/NR/GPE",
            "雷達站/NN",
            "。/PU"));
    assertEquals(
        List.of("導彈預警雷達站/Facility"),
        zhNames(
            "俄方運營一座導彈預警雷達站。",
            "俄方/NN",
            "運營/VV",
            "一/CD",
            "座/M",
            "導彈/NN",
            "預警/NN",
            "雷達/NN",
            "站/NN",
            "。/PU"),
        "a head the tagger split in two");
    assertEquals(
        List.of("光學太空監視站/Facility"),
        zhNames(
            "俄軍操作「天眼」光學太空監視站。",
            "俄軍/NN",
            "操作/VV",
            "「/PU",
            "天眼/NN",
            "」/PU",
            "光學/NN",
            "太空/NN",
            "監視/NN",
            "站/VV",
            "。/PU"),
        "its last part tagged a verb");
    assertEquals(
        List.of(),
        zhNames("士兵在門口站崗。", "士兵/NN", "在/P", "門口/NN", "站/VV", "崗/NN", "。/PU"),
        "a verb that makes no head with the word before");
    assertEquals(
        List.of(),
        zhNames("俄方運營一座雷達站。", "俄方/NN", "運營/VV", "一/CD", "座/M", "雷達/NN", "站/NN", "。/PU"),
        "the head alone names nothing");
    // near miss: only common words after the known place: a fragment of the known name
    assertEquals(
        List.of(),
        zhNames(
            "他出席了阿拉木圖綠色能源論壇。",
            "他/PN",
            "出席/VV",
            "了/AS",
            "阿拉木圖/NR/GPE",
            "綠色/NN",
            "能源/NN",
            "論壇/NN",
            "。/PU"));
  }

  @Test
  void aChineseTypedNameGlossedInEnglishTakesItsEnglishName() {
    assertEquals("Turan Water Fund", Discovery.glossAfter("（Turan Water Fund, TWF）成立於2020年。"));
    assertEquals("Turan Water Fund", Discovery.glossAfter(" (Turan Water Fund) 成立"));
    assertNull(Discovery.glossAfter("（2020年成立）"), "a note in brackets is no English name");
    assertNull(Discovery.glossAfter("成立於2020年（Turan Water Fund）"), "not right after the name");
  }

  @Test
  void aChinesePhraseWithNothingParticularIsNoName() {
    assertEquals(
        List.of(),
        zhNames(
            "俄方將向俄羅斯駐吉爾吉斯空軍基地提供資金。",
            "俄方/NN",
            "將/AD",
            "向/P",
            "俄羅斯/NR/GPE",
            "駐/VV",
            "吉爾吉斯/NR/GPE",
            "空軍/NN",
            "基地/NN",
            "提供/VV",
            "資金/NN",
            "。/PU"),
        "a known name glued to it: the state's base, the linker reads the state");
    assertEquals(
        List.of(),
        zhNames(
            "哈薩克參加了俄羅斯綠色能源論壇。",
            "哈薩克/NR/GPE",
            "參加/VV",
            "了/AS",
            "俄羅斯/NR/GPE",
            "綠色/JJ/MISC",
            "能源/NN/MISC",
            "論壇/NN/MISC",
            "。/PU"),
        "not a fragment after a known name");
    assertEquals(
        List.of(),
        zhNames("俄羅斯天然氣管道經過哈薩克。", "俄羅斯/NR/GPE", "天然氣/NN", "管道/NN", "經過/VV", "哈薩克/NR/GPE", "。/PU"),
        "a state's pipeline: a known name and a generic word");
    assertEquals(
        List.of(),
        zhNames("兩國舉行聯合軍事演習。", "兩國/NN", "舉行/VV", "聯合/JJ", "軍事/NN", "演習/NN", "。/PU"),
        "演習 alone is no head here, and generic words name nothing");
    assertEquals(
        List.of(),
        zhNames(
            "中亞地區的安全基金受到關注。",
            "中亞/NR/LOCATION",
            "地區/NN",
            "的/DEG",
            "安全/NN",
            "基金/NN",
            "受到/VV",
            "關注/NN",
            "。/PU"),
        "的 ends the run: 安全基金 is a generic phrase");
    assertEquals(
        List.of(),
        zhNames("他會見了帕米爾銀行行長。", "他/PN", "會見/VV", "了/AS", "帕米爾/NR", "銀行/NN", "行長/NN", "。/PU"),
        "the head modifies the next noun: a person's title");
  }

  @Test
  void aRussianNameInQuotesAfterItsKindIsRead() {
    java.util.function.Function<String, List<String>> ru =
        t -> typed(t, Discovery.russianQuotedNames(t));
    assertEquals(
        List.of("«Каракум»/Facility"), ru.apply("Газопровод «Каракум» поставляет газ в Китай."));
    assertEquals(
        List.of("«Памир Ойл»/Company"),
        ru.apply("Нефтяная компания «Памир Ойл» подписала соглашение с Душанбе."));
    assertEquals(
        List.of("«Хорог»/Facility"), ru.apply("Россия держит войска на военной базе «Хорог»."));
    assertEquals(
        List.of("«О добрососедстве и водопользовании»/Agreement"),
        ru.apply("Стороны подписали договор «О добрососедстве и водопользовании»."));
    assertEquals(
        List.of(),
        ru.apply("Стороны подписали договор «Новая эра», сообщил «Коммерсант»."),
        "an agreement's quoted name is its topic (О …); a newspaper is no kind");
    assertEquals(List.of(), ru.apply("Он дал интервью порталу «Курсив»."), "портал is no port");
    assertEquals(
        List.of("«Север — Юг»/Facility"),
        ru.apply("Казахстан строит железную дорогу «Север — Юг» вдоль Каспия."),
        "a kind word written as a pattern in kind-words.tsv (железн[а-яё]+_дорог), in any case");
  }

  @Test
  void aRussianCompanyWordBeforeALatinNameGivesTheCompany() {
    java.util.function.Function<String, List<String>> ru =
        t -> typed(t, Discovery.russianLatinCompanies(t));
    assertEquals(
        List.of("KPTL/Company"),
        ru.apply("Терминалом порта управляет индийская компания KPTL по контракту на десять лет."));
    assertEquals(
        List.of("Pamir Hydro Works/Company"),
        ru.apply("Плотину построила китайская корпорация Pamir Hydro Works в 2019 году."));
    assertEquals(
        List.of("SGX/Company"), ru.apply("Кредит выдал банк SGX, а гарантию дало правительство."));
    assertEquals(
        List.of(),
        ru.apply("Контракт получила компания Alpha Beta Gamma Delta в прошлом году."),
        "four capitalised words: where the name ends is a guess");
    assertEquals(
        List.of(),
        ru.apply("Компания заявила, что Kazakhstan Railways не причастна."),
        "a Latin name not right after the company word");
    assertEquals(
        List.of(),
        ru.apply("Компании в Astana Hub работают без налогов."),
        "a preposition between them: no name of the company word");
  }

  @Test
  void aRussianSiteIsNamedAfterItsFacilityWord() {
    java.util.function.Function<String, List<String>> ru =
        t -> typed(t, Discovery.russianFacilityNames(t));
    assertEquals(
        List.of("Кара-Тепе/Facility"),
        ru.apply("Учения прошли на полигоне Кара-Тепе недалеко от границы."));
    assertEquals(
        List.of("Курганча/Facility"),
        ru.apply("Газ добывают на месторождении Курганча с 2015 года."));
    assertEquals(
        List.of(), ru.apply("Грузы идут через порт Курганча на Каспии."), "a port is its city's");
    assertEquals(
        List.of(), ru.apply("Запуски перенесли на космодром Северный."), "an adjective: no name");
    assertEquals(
        List.of(),
        ru.apply("Газопровод Средняя Азия работает давно."),
        "a pipeline's name runs over several words: none");
    assertEquals(
        List.of(), ru.apply("Россия держит базу ОДКБ в стране."), "a bare base is no site word");
    assertEquals(
        List.of(),
        ru.apply("Порт Северный Терминал расширят."),
        "two capitalised words: where the name ends is a guess");
  }

  @Test
  void aRussianSiteNamedByItsPlacesAdjectiveIsReadInAnyCase() {
    java.util.function.Function<String, List<String>> sites =
        t ->
            Discovery.russianAdjectiveFacilities(t).stream()
                .map(s -> t.substring(s[0], s[1]))
                .toList();
    assertEquals(
        List.of("Шымкентский нефтеперерабатывающий завод"),
        sites.apply("Шымкентский нефтеперерабатывающий завод находится на юге страны."));
    assertEquals(
        List.of("Кумкольском месторождении"),
        sites.apply("Добыча на Кумкольском месторождении падает."));
    assertEquals(
        List.of("Камбаратинской ГЭС-2"), sites.apply("Строительство Камбаратинской ГЭС-2 идёт."));
    assertEquals(
        "Шымкентский нефтеперерабатывающий завод",
        Discovery.russianFacilityNominative("Шымкентского нефтеперерабатывающего завода"));
    assertEquals(
        "Кумкольское месторождение",
        Discovery.russianFacilityNominative("Кумкольском месторождении"));
    assertEquals(
        "Камбаратинская ГЭС-2", Discovery.russianFacilityNominative("Камбаратинской ГЭС-2"));
    assertEquals("Алмалыкский ГМК", Discovery.russianFacilityNominative("Алмалыкского ГМК"));
    assertEquals(
        "Кумторский золотой рудник",
        Discovery.russianFacilityNominative("Кумторском золотом руднике"),
        "an adjective stressed on its ending: -ой");
    assertEquals(
        "Большое месторождение", Discovery.russianFacilityNominative("Большом месторождении"));
    assertEquals(
        List.of(),
        sites.apply("Советский полигон закрыли давно."),
        "an era's adjective names no site");
    for (String t :
        List.of(
            "Металлургический комбинат в Темиртау остановил работу.",
            "Стратегический газопровод проходит через Казахстан.",
            "Химический завод в Навои закрыли.")) {
      assertEquals(List.of(), sites.apply(t), "a trade's adjective opening a sentence: " + t);
    }
    assertEquals(
        List.of(), sites.apply("Строительство завода в Шымкентской области идёт."), "no site word");
  }

  @Test
  void aSettlementIsNamedAfterItsKindWord() {
    java.util.function.Function<String, List<String>> places =
        t -> Discovery.settlementNames(t).stream().map(s -> t.substring(s[0], s[1])).toList();
    assertEquals(
        List.of("Сарыозёк"), places.apply("Рядом расположен город Сарыозёк, где живёт персонал."));
    assertEquals(
        List.of("Ак-Суу"), places.apply("Учения прошли у посёлка Ак-Суу на востоке страны."));
    assertEquals(List.of("Ворух"), places.apply("Пограничники вошли в кишлак Ворух на рассвете."));
    assertEquals(
        List.of("Kara-Dobo"), places.apply("The staff live in the town of Kara-Dobo nearby."));
    assertEquals(
        List.of("Jangi Bozor"), places.apply("Trucks cross at the village of Jangi Bozor daily."));
    assertEquals(
        List.of("Shakhimardan"),
        places.apply("Water reaches the Uzbek exclave of Shakhimardan through Kyrgyz land."));
    assertEquals(
        List.of("Chorku"), places.apply("Guards patrol the enclave of Chorku every night."));
    assertEquals(
        List.of(),
        places.apply("Делегация посетила города Центральной Азии."),
        "two capitalised words after the kind word: where a name ends is a guess");
    assertEquals(
        List.of(),
        places.apply("The city of Nizhny Novgorod Region was not named."),
        "a third capitalised word: none");
    assertEquals(List.of(), places.apply("Город расположен на берегу реки."), "no name after it");
  }

  @Test
  void aRussianRegionOrDistrictIsNamedByItsAdjective() {
    java.util.function.Function<String, List<String>> regions =
        t -> Discovery.russianRegions(t).stream().map(s -> t.substring(s[0], s[1])).toList();
    assertEquals(
        List.of("Алайском районе"), regions.apply("Сель прошёл в Алайском районе на юге страны."));
    assertEquals(List.of("Раштский район"), regions.apply("Раштский район граничит с Киргизией."));
    assertEquals(
        List.of("Ферганской области"), regions.apply("Завод строят в Ферганской области."));
    assertEquals("Алайский район", Discovery.russianRegionNominative("Алайском районе"));
    assertEquals("Ферганская область", Discovery.russianRegionNominative("Ферганской области"));
    assertEquals(
        List.of(),
        regions.apply("Военный район и районы Киргизии пострадали."),
        "no capitalised adjective: no district");
  }

  @Test
  void anEnglishNameAfterItsKindNounIsRead() {
    java.util.function.Function<String, List<String>> en =
        t -> typed(t, Discovery.englishKindNames(t));
    assertEquals(
        List.of("Sarybulak Energy/Company"),
        en.apply("Astana sold its stake to the Chinese company Sarybulak Energy last year."));
    assertEquals(
        List.of("Jamaat Vahdat/Organization"),
        en.apply("Dushanbe banned the militant group Jamaat Vahdat in 2019."));
    assertEquals(
        List.of("Exercise Steppe Shield 2023/Initiative"),
        en.apply("Tashkent hosted Exercise Steppe Shield 2023 with Russian troops."));
    assertEquals(
        List.of("Camp Vigilant Eagle/Facility"),
        en.apply("The battalion lived at Camp Vigilant Eagle near the border."));
    assertEquals(
        List.of(), en.apply("The camp was closed in 2005."), "a camp word with no name after it");
    assertEquals(
        List.of(),
        en.apply("The company said on Monday that the group would not invest."),
        "lower-case words after the kind noun: no name");
    assertEquals(
        List.of(),
        en.apply("The firm Tuesday announced a deal, the company President said."),
        "a weekday or a title after the noun is no name");
  }

  /** Each name found in {@code text}, as its span and its label (Каракум/Facility). */
  private static List<String> typed(String text, List<Discovery.TypedName> names) {
    return names.stream().map(n -> text.substring(n.begin(), n.end()) + "/" + n.label()).toList();
  }
}
