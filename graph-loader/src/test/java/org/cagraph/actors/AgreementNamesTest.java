package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agreements named without 「」 or 《》 are discovered as news and encyclopaedias name them, in each
 * language, and a description that names nothing in particular is no agreement.
 */
class AgreementNamesTest {
  private static List<String> names(String text) {
    return Discovery.agreementNames(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void anEnglishTitleIsAName() {
    assertEquals(
        List.of("Astana Declaration"),
        names("The leaders signed the Astana Declaration and fifty other documents."));
    assertEquals(
        List.of("Treaty on Eternal Friendship"),
        names("In 1998 the two states signed the Treaty on Eternal Friendship."));
    assertEquals(
        List.of("Intergovernmental Agreement on TAPI"),
        names("They signed the Intergovernmental Agreement on TAPI in Ashgabat."));
  }

  @Test
  void anEnglishTitleRunsOnThroughItsOwnInPhrasesButNotThePlaceOfSigning() {
    assertEquals(
        List.of("Agreement on Cooperation in the Field of Labour Migration"),
        names(
            "They signed the Agreement on Cooperation in the Field of Labour Migration in 2019."));
    assertEquals(
        List.of("Treaty on Conventional Armed Forces in Europe"),
        names("Russia pulled out of the Treaty on Conventional Armed Forces in Europe in 2023."));
    // near miss: the city it was signed in is no part of the name
    assertEquals(
        List.of("Treaty on Eternal Friendship"),
        names("The two states signed the Treaty on Eternal Friendship in Tashkent in 1998."));
  }

  @Test
  void theVerbOfAgreeingIsNoAgreementWord() {
    // договорились, договорился (agreed) share their first letters with договор (a treaty)
    assertEquals(
        List.of(), names("Стороны договорились о демаркации общей границы в Ферганской долине."));
    assertEquals(
        List.of(), names("Президенты договорились о строительстве новой железной дороги."));
    assertEquals(
        List.of("договор о строительстве новой железной дороги"),
        names("Президенты подписали договор о строительстве новой железной дороги в 2024 году."));
  }

  @Test
  void anEnglishAgreementInLowerCaseOrAtTheStartNamesNone() {
    assertEquals(List.of(), names("They signed an agreement on visa-free travel."));
    assertEquals(List.of(), names("The Agreement was never ratified."));
  }

  @Test
  void aRussianAgreementIsQuotedOrDescribedParticularly() {
    assertEquals(
        List.of("соглашение о создании Тюркского инвестиционного фонда"),
        names(
            "Стороны подписали соглашение о создании Тюркского инвестиционного фонда в 2023 году."));
    assertEquals(
        List.of("Договор о вечной дружбе"), names("Страны подписали «Договор о вечной дружбе»."));
    assertEquals(List.of(), names("Стороны подписали соглашение о сотрудничестве в 2019 году."));
    assertEquals(List.of(), names("Прошёл саммит «Россия — Центральная Азия»."));
  }

  @Test
  void aRussianDescriptionEndsBeforeItsOwnVerbAndTheSubjectBeforeIt() {
    // the object first, then the parties and the verb: the name is the description alone
    assertEquals(
        List.of("Соглашение о создании совместного предприятия"),
        names("Соглашение о создании совместного предприятия стороны ратифицировали в 2013 году."));
    assertEquals(
        List.of("Договор о совместной охране границы"),
        names("Договор о совместной охране границы обе страны продлили ещё на десять лет."));
    assertEquals(
        List.of("Соглашение о разделе продукции Кашагана"),
        names("Соглашение о разделе продукции Кашагана подписали в 1997 году."));
    // a topic of one word is nothing particular, once the subject and the verb are left out
    assertEquals(List.of(), names("Соглашение о базе стороны ратифицировали в 2013 году."));
    // near miss: a genitive that is the topic's own word stays (развитии страны)
    assertEquals(
        List.of("Соглашение о программе развития страны"),
        names("Соглашение о программе развития страны, как сообщается, готово."));
  }

  @Test
  void aRussianAgreementNamedAfterAPlaceIsFoundInAnyCaseAndNamedInTheNominative() {
    String t = "Лидеры подтвердили верность Душанбинской декларации и Ашхабадскому соглашению.";
    List<String> got =
        Discovery.russianTitledAgreements(t).stream().map(s -> t.substring(s[0], s[1])).toList();
    assertEquals(List.of("Душанбинской декларации", "Ашхабадскому соглашению"), got);
    assertEquals("Душанбинская декларация", Discovery.russianNominative(got.get(0)));
    assertEquals("Ашхабадское соглашение", Discovery.russianNominative(got.get(1)));
    assertEquals("Бишкекский договор", Discovery.russianNominative("Бишкекским договором"));
    assertEquals(
        Discovery.russianKey("Душанбинская декларация"),
        Discovery.russianKey("Душанбинской декларации"));
    // near misses: a joint or a new declaration names none (no -ск-), nor a lower-case adjective
    assertEquals(
        List.of(),
        Discovery.russianTitledAgreements("Совместная декларация и новое соглашение подписаны."));
    assertEquals(
        List.of(), Discovery.russianTitledAgreements("Стороны приняли итоговую декларацию."));
  }

  @Test
  void aRoadmapOrACommuniqueInTitleCaseIsAName() {
    assertEquals(
        List.of("Samarkand Roadmap"), names("The ministers adopted the Samarkand Roadmap in May."));
    assertEquals(
        List.of("Дорожная карта сотрудничества"),
        names("Стороны утвердили «Дорожная карта сотрудничества» на три года."));
    assertEquals(List.of(), names("The roadmap was adopted in May."));
  }

  @Test
  void aRussianNameGetsALatinId() {
    assertEquals(
        "soglasheniye_o_sozdanii_tyurkskogo_investitsionnogo_fonda",
        Discovery.slug("соглашение о создании Тюркского инвестиционного фонда"));
  }

  @Test
  void aChineseDescriptionOfSomethingNamedBeforeNamesNoAgreement() {
    // 該 / 这 / 上述 refer back: the railway's framework agreement is the one the paper names, not
    // a new agreement of these words
    assertEquals(List.of(), DiscoveryRuns.described("2024年，三國在塔什干簽署了該鐵路的框架協定。"));
    assertEquals(List.of(), DiscoveryRuns.described("两国在北京签署了这条管道的政府间协定。"));
    // near miss: the description's own topic, with nothing referring back
    assertEquals(List.of("邊界協定"), DiscoveryRuns.described("2010年，中塔兩國簽署了邊界協定。"));
  }

  @Test
  void aPartysDescriptionSignedInAWhoseClauseIsAnAgreement() {
    assertEquals(
        List.of("transit treaty"),
        DiscoveryRuns.described(
            "Kazakhstan, whose transit treaty was signed in Baku in 2018, ships oil west."));
    // near miss: nothing signed
    assertEquals(
        List.of(),
        DiscoveryRuns.described(
            "Kazakhstan, whose transit treaty was debated in Baku in 2018, ships oil west."));
  }

  @Test
  void aChronologysPresentTenseSignsButAPlanDoesNot() {
    assertEquals(
        List.of("water treaty"),
        DiscoveryRuns.described(
            "May 2001 – Kazakhstan and Kyrgyzstan sign a water treaty in Bishkek."));
    assertEquals(
        List.of("agreement on river monitoring"),
        DiscoveryRuns.described(
            "2019 – The two states sign an agreement on river monitoring in Almaty."));
    // near misses: to sign, will sign, did not sign sign nothing yet
    assertEquals(
        List.of(),
        DiscoveryRuns.described("Kazakhstan and Kyrgyzstan plan to sign a water treaty in May."));
    assertEquals(
        List.of(),
        DiscoveryRuns.described("Kazakhstan and Kyrgyzstan will sign a water treaty soon."));
    assertEquals(
        List.of(),
        DiscoveryRuns.described(
            "Kazakhstan and Kyrgyzstan did not sign a water treaty that year."));
  }

  @Test
  void aDescriptionASigningVerbGovernsIsAnAgreement() {
    assertEquals(
        List.of("water treaty"),
        DiscoveryRuns.described(
            "A water treaty signed in May 2001 by Kazakhstan and Kyrgyzstan still holds."));
    assertEquals(
        List.of("customs agreement on transit"),
        DiscoveryRuns.described(
            "In 2019, a customs agreement on transit was signed by the two states."));
    // its parties between it and the verb
    assertEquals(
        List.of("border agreement"),
        DiscoveryRuns.described(
            "A border agreement between China and Kazakhstan was signed in 1994."));
    assertEquals(
        List.of(),
        DiscoveryRuns.described(
            "A border agreement between China and Kazakhstan was discussed in 1994."));
    assertEquals(List.of("邊界協定"), DiscoveryRuns.described("2010年，中塔兩國簽署了邊界協定。"));
    assertEquals(List.of("關於水資源分配的條約"), DiscoveryRuns.described("兩國元首簽署了關於水資源分配的條約。"));
    assertEquals(List.of("边界协定"), DiscoveryRuns.described("两国签署的边界协定至今有效。"));
    assertEquals(List.of("关于水资源与能源合作的联合声明"), DiscoveryRuns.described("两国元首签署了关于水资源与能源合作的联合声明。"));
    assertEquals(
        List.of("Соглашение о продлении"),
        DiscoveryRuns.described("Соглашение о продлении ратифицировали обе стороны."));
    // the parties between the description and its verb are the subject, not the topic
    assertEquals(
        List.of("Соглашение о базе"),
        DiscoveryRuns.described("Соглашение о базе стороны ратифицировали в 2013 году."));
    assertEquals(
        List.of("Договор о границе"),
        DiscoveryRuns.described("Договор о границе обе страны подписали в 1998 году."));
    assertEquals(
        List.of("Соглашение о транзите"),
        DiscoveryRuns.described(
            "Соглашение о транзите, подписанное двумя странами, вступило в силу."));
    // an adjective of the kind word stands between the verb and it, and stays out of the name
    assertEquals(
        List.of("соглашение о строительстве дороги"),
        DiscoveryRuns.described(
            "Стороны подписали межправительственное соглашение о строительстве дороги."));
    assertEquals(
        List.of(),
        DiscoveryRuns.described("Стороны подписали новое рамочное соглашение о сотрудничестве."));
  }

  @Test
  void aRussianDescriptionWithAPronounRefersBackAndNamesNone() {
    assertEquals(
        List.of("соглашение о размещении базы"),
        DiscoveryRuns.described(
            "В 2004 году стороны подписали соглашение о размещении базы в Душанбе."));
    // near misses: its, this: the topic was named before
    assertEquals(
        List.of(),
        DiscoveryRuns.described(
            "В 2004 году стороны подписали соглашение о её размещении в Душанбе."));
    assertEquals(
        List.of(),
        DiscoveryRuns.described(
            "Три страны подписали соглашение о финансировании этой дороги до Термеза."));
    assertEquals(
        List.of(),
        names("Три страны подписали соглашение о подготовке обоснования этой магистрали."));
  }

  @Test
  void aQuotedTopicBeforeTheKindIsADescribedAgreement() {
    assertEquals(List.of("「中亞電網互聯」合作協議"), DiscoveryRuns.described("2021年，五國達成「中亞電網互聯」合作協議。"));
    assertEquals(List.of("“跨境光缆”框架协定"), DiscoveryRuns.described("两国签署了“跨境光缆”框架协定。"));
    // near misses: a quoted slogan with no kind after it, a consensus reached
    assertEquals(List.of(), DiscoveryRuns.described("雙方達成「互利共贏」的共識。"));
    assertEquals(List.of(), DiscoveryRuns.described("兩國簽署聯合聲明，重申「睦鄰友好」。"));
  }

  @Test
  void aBlocWhoseNameEndsInUnionIsATopicNotAnAlliance() {
    assertEquals(
        List.of("關於非洲聯盟與東協貿易合作的聯合聲明"), DiscoveryRuns.described("兩國外長簽署了關於非洲聯盟與東協貿易合作的聯合聲明。"));
    // near misses: an alliance (a treaty on allied relations) is read by PARTNER_OF, not named
    assertEquals(List.of(), DiscoveryRuns.described("兩國元首簽署了關於建立聯盟關係的條約。"));
    assertEquals(List.of(), DiscoveryRuns.described("兩國簽署了軍事聯盟條約。"));
  }

  @Test
  void aDescriptionASigningVerbGovernsInTheActiveIsAnAgreement() {
    assertEquals(
        List.of("border agreement"),
        DiscoveryRuns.described("In 2011 the parliament ratified a border agreement with China."));
    assertEquals(
        List.of("customs treaty"),
        DiscoveryRuns.described("In 2019 Armenia signed a customs treaty with Iran."));
    // a chronology's present tense, and putting names to a document, sign it too
    assertEquals(
        List.of("water treaty"),
        DiscoveryRuns.described(
            "May 2001 – Kazakhstan and Kyrgyzstan put their names to a water treaty."));
    assertEquals(
        List.of("customs treaty"),
        DiscoveryRuns.described("March 2019 – Armenia signs a customs treaty with Iran."));
    assertEquals(
        List.of("соглашение о свободной торговле"),
        DiscoveryRuns.described(
            "В 2015 году стороны подписали соглашение о свободной торговле в Астане."));
    assertEquals(
        List.of("договор о государственной границе"),
        DiscoveryRuns.described(
            "Президенты заключили договор о государственной границе, завершив делимитацию."));
    // an English topic after on ends at the first word that cannot stand in it (a preposition but
    // of, a verb, a conjunction): cut short, it is still a part of the agreement's name
    assertEquals(
        List.of("agreement on transit"),
        DiscoveryRuns.described("They signed an agreement on transit with Iran in 2019."));
    assertEquals(
        List.of("agreement on the mutual reduction of armed forces"),
        DiscoveryRuns.described(
            "In Moscow the five presidents put their names to an agreement on the mutual reduction"
                + " of armed forces in the border area."));
    // near misses: a date or a day after on is no topic; nothing particular; no signing verb
    assertEquals(
        List.of(),
        DiscoveryRuns.described("They signed an agreement on 14 November 2005 in Tashkent."));
    assertEquals(
        List.of(), DiscoveryRuns.described("The ministers signed a memorandum on Monday."));
    assertEquals(
        List.of(), DiscoveryRuns.described("They signed an agreement on cooperation in 2019."));
    assertEquals(
        List.of(), DiscoveryRuns.described("They signed a new cooperation agreement in 2019."));
    assertEquals(
        List.of(),
        DiscoveryRuns.described("Стороны подписали соглашение о сотрудничестве в 2019 году."));
    assertEquals(
        List.of(), DiscoveryRuns.described("Стороны обсудили соглашение о свободной торговле."));
  }

  @Test
  void aDefiniteDescriptionWithItsTopicIsAnAgreement() {
    assertEquals(
        List.of("agreement on cross-border river protection"),
        DiscoveryRuns.described(
            "Kazakhstan and China signed the agreement on cross-border river protection."));
    assertEquals(
        List.of("protocol on railway transit"),
        DiscoveryRuns.described(
            "The protocol on railway transit was signed by Uzbekistan and Turkmenistan."));
    // its parties after between, then the passive verb
    assertEquals(
        List.of("agreement on grain exports"),
        DiscoveryRuns.described(
            "The agreement on grain exports between Kazakhstan and Afghanistan was signed in 2020."));
    // near misses: the definite article without a topic refers back; no signing verb
    assertEquals(List.of(), DiscoveryRuns.described("In 2019 they signed the border agreement."));
    assertEquals(
        List.of(),
        DiscoveryRuns.described(
            "Kazakhstan and China are negotiating the agreement on cross-border rivers."));
  }

  @Test
  void aRussianPassiveVerbBeforeTheDescriptionSignsIt() {
    assertEquals(
        List.of("соглашение о поставках электроэнергии"),
        DiscoveryRuns.described(
            "В 2013 году было заключено соглашение о поставках электроэнергии."));
    assertEquals(
        List.of("договор о совместном управлении водохранилищем"),
        DiscoveryRuns.described(
            "В 2022 году был подписан договор о совместном управлении водохранилищем."));
    // near misses: the signing as a noun; a draft discussed
    assertEquals(
        List.of(),
        DiscoveryRuns.described(
            "После подписания соглашения о поставках электроэнергии цены упали."));
    assertEquals(
        List.of(), DiscoveryRuns.described("Обсуждалось соглашение о поставках электроэнергии."));
  }

  @Test
  void aYearBeforeTheAgreementWordStaysInTheDescription() {
    assertEquals(
        List.of("2016 agreement on visa-free travel"),
        DiscoveryRuns.described(
            "In March the two states signed a 2016 agreement on visa-free travel."));
    assertEquals(
        List.of("2009 border treaty"),
        DiscoveryRuns.described("Kyrgyzstan ratified a 2009 border treaty with Kazakhstan."));
    assertEquals(
        List.of("2016 water treaty"),
        DiscoveryRuns.described(
            "A 2016 water treaty signed by Kazakhstan and Kyrgyzstan still holds."));
    // near misses: a count is no year; a year alone makes nothing particular
    assertEquals(List.of(), DiscoveryRuns.described("They signed 2016 agreements on transit."));
    assertEquals(List.of(), DiscoveryRuns.described("They signed a 2016 agreement with Iran."));
  }

  @Test
  void thePartnerMayStandBetweenTheVerbAndTheDescription() {
    assertEquals(
        List.of("memorandum on joint water use"),
        DiscoveryRuns.described(
            "Tajikistan signed with Uzbekistan a memorandum on joint water use."));
    assertEquals(
        List.of("agreement on a unified air defence system"),
        DiscoveryRuns.described(
            "In 2016 Armenia signed an agreement on a unified air defence system."));
    // near misses: "with it" refers back; nothing particular after the partner
    assertEquals(
        List.of(), DiscoveryRuns.described("Tajikistan signed with it a memorandum on the canal."));
    assertEquals(
        List.of(),
        DiscoveryRuns.described("Tajikistan signed with Uzbekistan a memorandum on cooperation."));
  }

  @Test
  void aDescribedAgreementIsNamedAfterItsPartiesInAlphabeticalOrder() {
    Gazetteer g = Gazetteer.load();
    List<Mention> pair =
        List.of(
            new Mention(g.get("uzbekistan"), 0, 4, "name", 1.0),
            new Mention(g.get("kyrgyzstan"), 5, 9, "name", 1.0));
    assertEquals(
        "Kyrgyzstan-Uzbekistan border agreement", Discovery.withParties(pair, "border agreement"));
    assertEquals("Kyrgyzstan-Uzbekistan bian jie xie ding", Discovery.withParties(pair, "邊界協定"));
    // a bare agreement word is named in English (哈土兩國簽署協議)
    assertEquals("Kyrgyzstan-Uzbekistan agreement", Discovery.withParties(pair, "協議"));
    assertEquals("Kyrgyzstan-Uzbekistan treaty", Discovery.withParties(pair, "条约"));
    // near miss: no party linked (the signers are people the gazetteer lacks)
    assertEquals(null, Discovery.withParties(List.of(), "border agreement"));
  }

  @Test
  void leadersWhoSignADescribedAgreementNameItAfterTheirStates() {
    Gazetteer g = Gazetteer.load();
    List<Mention> leaders =
        List.of(
            new Mention(g.get("sadyr_japarov"), 0, 7, "name", 1.0),
            new Mention(g.get("emomali_rahmon"), 10, 16, "name", 1.0));
    assertEquals(
        "Kyrgyzstan-Tajikistan договор о водных ресурсах",
        Discovery.withParties(leaders, "договор о водных ресурсах", g::get));
    // near miss: without the gazetteer's states a leader is no party
    assertEquals(null, Discovery.withParties(leaders, "договор о водных ресурсах"));
  }

  @Test
  void aDescriptionWithNothingParticularOrNoSigningVerbIsNone() {
    assertEquals(
        List.of(), DiscoveryRuns.described("A new cooperation agreement was signed in 2019."));
    assertEquals(
        List.of(), DiscoveryRuns.described("A customs treaty with Iran was discussed in 2019."));
    assertEquals(List.of(), DiscoveryRuns.described("雙方簽署了諒解備忘錄和多項合作協議。"));
    assertEquals(List.of(), DiscoveryRuns.described("两国讨论了边界协定。"));
    assertEquals(List.of(), DiscoveryRuns.described("兩國簽署了多項軍事合作協定。"));
    assertEquals(List.of(), DiscoveryRuns.described("雙方共簽署30多份各領域合作協議。"));
    assertEquals(
        List.of(), DiscoveryRuns.described("A treaty on allied relations was signed with Iran."));
    assertEquals(
        List.of(), DiscoveryRuns.described("Соглашение о сотрудничестве подписали в 2019 году."));
    assertEquals(
        List.of(), DiscoveryRuns.described("Декларацию об этом подписали лидеры двух стран."));
  }

  @Test
  void aDescriptionIsSeenWithItsShorterForms() {
    List<String> seen = Discovery.descriptionKeys("The new border agreement on the Pamirs held.");
    assertEquals(true, seen.contains("border agreement"), seen.toString());
    assertEquals(true, seen.contains("new border agreement"), seen.toString());
    assertEquals(true, Discovery.descriptionKeys("两国讨论了边界协定。").contains("边界协定"));
  }

  @Test
  void aDescriptionSeenInTwoPapersNamesNoAgreement() {
    String k = Linker.key("water treaty");
    Discovery one = new Discovery(Gazetteer.load());
    one.absorb(
        List.of(
            new Discovery.Observed(
                k,
                "Agreement",
                "water treaty",
                null,
                List.of("p1:3"),
                List.of("water treaty"),
                false),
            new Discovery.Observed(
                Discovery.DESCRIBED + k,
                Discovery.DESCRIBED,
                "water treaty",
                null,
                List.of("p1:3"),
                List.of("water treaty"),
                false),
            new Discovery.Observed(
                Discovery.SEEN + k,
                Discovery.SEEN,
                k,
                null,
                List.of("p1:3", "p1:9"),
                List.of(k),
                false)));
    assertEquals(
        List.of("water_treaty"), one.actors().stream().map(Actor::id).toList(), "one paper");
    one.absorb(
        List.of(
            new Discovery.Observed(
                Discovery.SEEN + k, Discovery.SEEN, k, null, List.of("p2:1"), List.of(k), false)));
    assertEquals(List.of(), one.actors(), "seen in a second paper: anyone's water treaty");
  }

  @Test
  void aLongDescriptionSeenInTwoPapersIsStillOneAgreement() {
    String text = "關於歐亞經濟聯盟與絲綢之路經濟帶對接合作的聯合聲明";
    String k = Linker.key(text);
    Discovery d = new Discovery(Gazetteer.load());
    d.absorb(
        List.of(
            new Discovery.Observed(
                k, "Agreement", text, null, List.of("p1:3"), List.of(text), false),
            new Discovery.Observed(
                Discovery.DESCRIBED + k,
                Discovery.DESCRIBED,
                text,
                null,
                List.of("p1:3"),
                List.of(text),
                false),
            new Discovery.Observed(
                Discovery.SEEN + k,
                Discovery.SEEN,
                k,
                null,
                List.of("p1:3", "p2:5"),
                List.of(k),
                false)));
    List<Actor> kept = d.actors();
    assertEquals(1, kept.size(), "sixteen characters of topic and kind: one statement anywhere");
    assertEquals(true, kept.get(0).aliases().contains(text), kept.get(0).aliases().toString());
    // near misses: short descriptions stay anyone's once two papers write them
    assertEquals(true, Discovery.longDescription(Linker.key("关于欧亚经济联盟与丝绸之路经济带对接合作的联合声明")));
    assertEquals(false, Discovery.longDescription(Linker.key("中塔邊界協定")));
    assertEquals(false, Discovery.longDescription(Linker.key("关于合作建设中吉乌铁路的协议")));
    assertEquals(false, Discovery.longDescription(Linker.key("border agreement")));
    assertEquals(false, Discovery.longDescription(Linker.key("соглашение о базе")));
    assertEquals(
        true,
        Discovery.longDescription(
            Linker.key("agreement on the joint use of the airfield at Ayni")));
  }

  /**
   * The agreements discovered in one paper of these sentences, as {@code kg extract} finds them.
   */
  private static List<String> discovered(String text) {
    Gazetteer g = Gazetteer.load();
    List<org.cagraph.text.Sentence> sentences =
        org.cagraph.text.Paper.of(
                new org.cagraph.text.SourceDocument(
                    "p_0000000000000000",
                    java.nio.file.Path.of("p.txt"),
                    text,
                    "txt",
                    "0",
                    List.of(0)))
            .sentences();
    List<List<Mention>> mentions = new Linker(g).link(sentences);
    Discovery d = new Discovery(g);
    for (int i = 0; i < sentences.size(); i++) {
      String t = sentences.get(i).text();
      d.observe(
          new org.cagraph.nlp.AnnotatedSentence(
              sentences.get(i), org.cagraph.nlp.Simplifier.forNlp(t), List.of(), List.of()),
          mentions.get(i));
    }
    return d.actors().stream().filter(a -> a.label().equals("Agreement")).map(Actor::id).toList();
  }

  @Test
  void aChineseDescriptionIsAnAgreementOfTheTwoPartiesItsSentenceNames() {
    assertEquals(
        List.of("afghanistan_uzbekistan_tie_lu_guo_jing_xie_ding"),
        discovered("2021年，烏茲別克與阿富汗簽署了鐵路過境協定。"));
    assertEquals(
        List.of("kyrgyzstan_tajikistan_shui_zi_yuan_fen_pei_tiao_yue"),
        discovered("吉尔吉斯斯坦与塔吉克斯坦于2021年签订水资源分配条约。"));
    // one party is anyone's: no agreement
    assertEquals(List.of(), discovered("2021年，烏茲別克簽署了鐵路過境協定。"));
    // two parties a known agreement stands between: that one, not a new one (吉烏邊界協定)
    assertEquals(List.of(), discovered("2022年，烏茲別克與吉爾吉斯簽訂了劃界協定。"));
  }
}
