package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cagraph.text.Paper;
import org.cagraph.text.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Agreements described by a named topic (AgreementDescriptions.agreementsByTopicActor), on
 * sentences written for these tests: a description links to the one known agreement whose names
 * hold its topic, never to several, never to a draft, never when no known agreement holds it.
 */
class AgreementDescriptionsTest {
  /** The agreements linked in the one sentence {@code text}. */
  private static Set<String> agreements(String text) {
    List<Set<String>> each = agreementsEach(text);
    assertEquals(1, each.size(), "one sentence expected: " + text);
    return each.get(0);
  }

  @Test
  void aDiscoveredAgreementLeavesTheKnownOneADescriptionFits() {
    // a name discovered in another paper of the corpus also holds the railway and 協定: the
    // description still links to the gazetteer's agreement, not to none
    Actor discovered =
        new Actor(
            "china_kyrgyzstan_uzbekistan_zhong_ji_wu_tie_lu_zheng_fu_jian_xie_ding",
            "Agreement",
            "China-Kyrgyzstan-Uzbekistan zhong ji wu tie lu zheng fu jian xie ding",
            "中吉烏鐵路政府間協定",
            List.of("中吉烏鐵路政府間協定", "中吉乌铁路政府间协定"),
            List.of(),
            null,
            null,
            true);
    Linker withDiscovered = new Linker(Gazetteer.load().with(List.of(discovered)));
    SourceDocument doc =
        new SourceDocument(
            "test_0000000000000000",
            java.nio.file.Path.of("test.txt"),
            "2022年9月，三方簽署了關於合作建設中吉烏鐵路的協議。",
            "txt",
            "0",
            List.of(0));
    List<List<Mention>> linked = withDiscovered.link(Paper.of(doc).sentences());
    assertTrue(
        linked.get(0).stream()
            .anyMatch(m -> m.actor().id().equals("china_kyrgyzstan_uzbekistan_railway_agreement")),
        linked.toString());
    // a description only a discovered agreement fits (a statement: the gazetteer has no railway
    // statement) still links to it
    Actor statement =
        new Actor(
            "china_kyrgyzstan_uzbekistan_zhong_ji_wu_tie_lu_lian_he_sheng_ming",
            "Agreement",
            "China-Kyrgyzstan-Uzbekistan zhong ji wu tie lu lian he sheng ming",
            "中吉烏鐵路聯合聲明",
            List.of("中吉烏鐵路聯合聲明", "中吉乌铁路联合声明"),
            List.of(),
            null,
            null,
            true);
    Linker withBoth = new Linker(Gazetteer.load().with(List.of(discovered, statement)));
    linked = withBoth.link(sentences("2023年5月，三國發表了中吉烏鐵路的聲明。"));
    assertTrue(
        linked.get(0).stream().anyMatch(m -> m.actor().id().equals(statement.id())),
        linked.toString());
    // near miss: the known agreement is of 2022, the sentence's of 2024, the discovered name holds
    // no other year: it may be the one meant, so no guess (not the gazetteer's agreement)
    linked = withDiscovered.link(sentences("2024年6月，三國簽署了中吉烏鐵路的協定。"));
    assertTrue(
        linked.get(0).stream()
            .noneMatch(
                m ->
                    m.actor().id().equals("china_kyrgyzstan_uzbekistan_railway_agreement")
                        || m.actor().id().equals(discovered.id())),
        linked.toString());
  }

  private static List<org.cagraph.text.Sentence> sentences(String text) {
    return Paper.of(
            new SourceDocument(
                "test_0000000000000001",
                java.nio.file.Path.of("test.txt"),
                text,
                "txt",
                "0",
                List.of(0)))
        .sentences();
  }

  @Test
  void aPlaceWhereTheAgreementWasSignedIsNoTopic() {
    // the Ashgabat Agreement is named after its city; a treaty signed there is not it
    assertEquals(
        Set.of(),
        agreements("Uzbekistan and Turkmenistan signed a treaty on friendship in Ashgabat."));
    assertEquals(
        Set.of(), agreements("Узбекистан и Туркмения подписали договор о дружбе в Ашхабаде."));
  }

  @Test
  void aDescriptionNamingAFacilityLinksTheOneAgreementWhoseNameHoldsIt() {
    assertEquals(
        Set.of("tapi_intergovernmental_agreement"),
        agreements("The four governments signed an intergovernmental agreement on TAPI in 2010."));
    assertEquals(
        Set.of("baikonur_lease_agreement"),
        agreements("Russia and Kazakhstan renewed the agreement on the lease of Baikonur."));
    assertEquals(
        Set.of("baikonur_lease_agreement"),
        agreements("Россия и Казахстан продлили соглашение об аренде комплекса «Байконур»."));
    assertEquals(
        Set.of("baikonur_lease_agreement"),
        agreements("Россия и Казахстан подписали договор аренды комплекса «Байконур»."));
  }

  @Test
  void theTreatyFoundingAnOrganisationIsTheTreatyOnIt() {
    assertEquals(
        Set.of("eaeu_treaty"),
        agreements(
            "Armenia later acceded to the treaty establishing the Eurasian Economic Union."));
    assertEquals(
        Set.of("eaeu_treaty"),
        agreements("Белоруссия подписала договор о создании Евразийского экономического союза."));
  }

  @Test
  void aDeclarationOnItsTopicIsTheKnownOneOfItsPartiesArticlesAside() {
    // the gazetteer's name: Declaration on the Strategic Partnership and Cooperation Framework
    // between the United States and Uzbekistan
    assertEquals(
        Set.of("us_uzbekistan_strategic_partnership_agreement"),
        agreements(
            "In 2002 the United States and Uzbekistan signed a declaration on strategic"
                + " partnership."));
    // near miss: other parties, whose declaration on the same topic the gazetteer lacks
    assertEquals(
        Set.of(),
        agreements(
            "In 2002 Kyrgyzstan and Tajikistan signed a declaration on strategic partnership."));
  }

  @Test
  void anAgreementWithStatesInItsNameNeedsThemInTheSentence() {
    // the Baikonur lease is Russia's and Kazakhstan's: no party named, or other states, no link
    assertEquals(Set.of(), agreements("The agreement on the lease of Baikonur runs until 2050."));
    assertEquals(
        Set.of(),
        agreements("Kyrgyzstan and Tajikistan studied the agreement on the lease of Baikonur."));
  }

  @Test
  void aDraftATopicNoAgreementHoldsOrAPartyAsTopicLinkNothing() {
    assertEquals(
        Set.of(),
        agreements("Turkmenistan and India discussed a draft agreement on TAPI in 2008."));
    assertEquals(
        Set.of(), agreements("Россия и Казахстан обсуждали проект соглашения о «Байконуре»."));
    assertEquals(
        Set.of(), agreements("Kazakhstan and China signed an agreement on the Khorgos Gateway."));
    // the EAEU after "with" is a party: an agreement with the EAEU is not the Treaty on the EAEU
    assertEquals(
        Set.of(),
        agreements("Serbia signed an agreement on free trade with the Eurasian Economic Union."));
    assertEquals(Set.of(), agreements("Сербия подписала соглашение с ЕАЭС."));
  }

  /** The agreements linked in each sentence of the one paragraph {@code text}. */
  private static List<Set<String>> agreementsEach(String text) {
    return LinkedText.link(text).stream()
        .map(
            ms ->
                (Set<String>)
                    ms.stream()
                        .filter(m -> m.actor().label().equals("Agreement"))
                        .map(m -> m.actor().id())
                        .collect(Collectors.toCollection(TreeSet::new)))
        .toList();
  }

  @Test
  void theProtocolAfterItsTreatyIsTheProtocolToIt() {
    List<Set<String>> got =
        agreementsEach(
            "In 2006 the five republics signed a treaty in Semipalatinsk establishing a"
                + " nuclear-weapon-free zone. Britain and France later ratified the protocol that"
                + " guarantees the zone.\n");
    assertEquals(List.of(Set.of("canwfz_treaty"), Set.of("canwfz_protocol")), got);
    // near miss: no treaty with a known protocol named before, no protocol
    assertEquals(
        List.of(Set.of(), Set.of()),
        agreementsEach(
            "In 2006 the five republics met in Semipalatinsk. Britain and France later ratified"
                + " the protocol that guarantees the zone.\n"));
  }

  @Test
  void twoAgreementsFittingLinkNeither() {
    // the EAEU's free trade agreements with Iran and with Vietnam both hold the union and fit
    // when both states are named; the Treaty on the EAEU fits too
    Set<String> found =
        agreements("Iran and Vietnam both signed an agreement on trade with the EAEU.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void aSimilarAgreementIsTheOneOfTheSameTopicBetweenTheClausesParties() {
    // the earlier agreement's topic (enhanced partnership and cooperation agreement) with the
    // parties of the description's own clause
    assertEquals(
        List.of(Set.of("eu_kazakhstan_epca"), Set.of("eu_kyrgyzstan_epca")),
        agreementsEach("欧盟与哈萨克斯坦的加强伙伴关系与合作协定早已生效。欧盟与吉尔吉斯斯坦的同类协定去年才签署。\n"));
    assertEquals(
        Set.of(
            "kazakhstan_uzbekistan_treaty_on_allied_relations",
            "russia_uzbekistan_treaty_on_allied_relations"),
        agreements(
            "Узбекистан подписал с Казахстаном договор о союзнических отношениях, а с Россией"
                + " подобный договор был заключён раньше."));
    // near miss: a similar agreement of parties the gazetteer has none of that topic for
    assertEquals(
        List.of(Set.of("eu_kazakhstan_epca"), Set.of()),
        agreementsEach("欧盟与哈萨克斯坦的加强伙伴关系与合作协定早已生效。中国与吉尔吉斯斯坦的同类协定仍在谈判。\n"));
    // near miss: no agreement named before, nothing it is similar to
    assertEquals(
        Set.of(), agreements("Kyrgyzstan and the European Union signed a similar agreement."));
  }

  @Test
  void aRussianTopicNeverTakesAnotherPairsAgreementFromTheRestOfTheSentence() {
    // the clause names Kazakhstan and Uzbekistan: the China–Uzbekistan friendship treaty lacks
    // Kazakhstan, though China is named later in the sentence
    assertEquals(
        Set.of(),
        agreements(
            "Казахстан подписал с Узбекистаном договор о дружбе и сотрудничестве, а ранее — с"
                + " Китаем."));
    // near miss: the clause names only Uzbekistan, the rest of the sentence China
    assertEquals(
        Set.of("china_uzbekistan_friendship_treaty"),
        agreements(
            "Узбекистан подписал договор о дружбе и сотрудничестве, а Китай его ратифицировал."));
  }

  @Test
  void aBareAgreementWordWithThePlaceItIsNamedAfterIsThatAgreement() {
    assertEquals(
        Set.of("alma_ata_declaration"),
        agreements("In Alma-Ata the leaders of eleven republics signed the declaration."));
    assertEquals(Set.of("alma_ata_declaration"), agreements("十一個共和國的領導人在阿拉木圖簽署宣言。"));
    // near miss: a joint declaration, or a declaration on its own topic, is another text
    assertEquals(
        Set.of(),
        agreements("In Alma-Ata the two presidents signed a joint declaration on cooperation."));
    assertEquals(Set.of(), agreements("兩國元首在阿拉木圖簽署聯合聲明。"));
    // the word itself in English: the treaty signed in Tashkent is the Tashkent Treaty, an
    // agreement
    // signed there is any of the many the capital has seen
    assertEquals(
        Set.of("collective_security_treaty"),
        agreements("In Tashkent six republics signed the treaty."));
    assertEquals(
        Set.of(),
        agreements(
            "The agreement, signed in Tashkent by Uzbekistan and Afghanistan, covers electricity."));
  }

  @Test
  void anAgreementDescribedByItsKindIsTheKnownOneOfTheSentencesParties() {
    // kind words before the agreement word (agreement-kinds.tsv), the parties as capitals
    assertEquals(
        Set.of("us_uzbekistan_strategic_partnership_agreement"),
        agreements("2002年3月，華府與塔什干簽署了戰略夥伴關係框架文件。"));
    assertEquals(
        Set.of("russia_uzbekistan_treaty_on_allied_relations"),
        agreements("2005年，塔什干轉而與莫斯科簽署同盟關係條約。"));
    // near miss: a state that welcomes two others' signing (對…表示歡迎) is no party, so the
    // Kazakh-Uzbek treaty is not the one two of the three names point to
    assertEquals(Set.of(), agreements("哈薩克對俄羅斯與烏茲別克簽署《同盟關係條約》表示歡迎。"));
    assertEquals(
        Set.of("kyrgyzstan_uzbekistan_border_agreement"), agreements("烏茲別克與吉爾吉斯於2022年簽訂劃界協定。"));
    assertEquals(
        Set.of("china_kazakhstan_visa_exemption_agreement"),
        agreements("Kazakhstan signed a visa-free travel agreement with China in 2023."));
    // near misses: parties whose agreement of that kind the gazetteer lacks; a third party the
    // bilateral agreement does not hold; a kind word with no parties or topic
    assertEquals(Set.of(), agreements("哈薩克與吉爾吉斯於2023年簽訂劃界協定。"));
    assertEquals(Set.of(), agreements("烏茲別克、吉爾吉斯與塔吉克三國總統簽署了劃界協定。"));
    assertEquals(
        Set.of(),
        agreements("Uzbekistan signed a visa-free travel agreement with Kyrgyzstan in 2023."));
    assertEquals(Set.of(), agreements("俄羅斯與哈薩克簽署了政府間協定。"));
    // a list of parties is one clause: three presidents' border treaty is not two of theirs
    assertEquals(
        Set.of(),
        agreements(
            "In Khujand, Rahmon, Japarov and Mirziyoyev signed a border treaty in March 2025."));
  }

  @Test
  void aKindDescriptionNamingAFacilityIsTheAgreementOnIt() {
    assertEquals(
        Set.of("tapi_intergovernmental_agreement"),
        agreements("經阿富汗、巴基斯坦通往印度的TAPI管線，四國早在2010年即簽署政府間協定。"));
    // a facility or initiative right before the agreement word (的 between or not)
    assertEquals(
        Set.of("china_kyrgyzstan_uzbekistan_railway_agreement"),
        agreements("2022年9月，三方簽署了關於合作建設中吉烏鐵路的協議。"));
    // near miss: a kind no known agreement on that railway has
    assertEquals(Set.of(), agreements("2022年9月，三方簽署了關於合作建設中吉烏鐵路的備忘錄。"));
  }

  @Test
  void aSigningThatFoundsAnOrganisationIsItsFoundingAgreement() {
    assertEquals(Set.of("eurasec_treaty"), agreements("2000年，俄羅斯、白俄羅斯與哈薩克三國簽約成立歐亞經濟共同體。"));
    assertEquals(Set.of("eaeu_treaty"), agreements("2014年，俄羅斯與哈薩克簽署條約，建立歐亞經濟聯盟。"));
    assertEquals(
        Set.of("eurasec_treaty"),
        agreements("В 2000 году Россия и Казахстан подписали договор об учреждении ЕврАзЭС."));
    assertEquals(
        Set.of("eaeu_treaty"),
        agreements(
            "ЕАЭС начал работу в 2015 году на основе договора, подписанного в Астане Россией и Казахстаном."));
    // near misses: an organisation with no founding agreement (the CSTO: its charter was signed by
    // later members too); a treaty with a topic of its own after на основе; no organisation in the
    // clause before it; a signing with nothing founded after it
    assertEquals(Set.of(), agreements("2002年，俄羅斯與哈薩克簽約成立集體安全條約組織。"));
    assertEquals(
        Set.of(), agreements("ЕАЭС работает на основе договора о свободной торговле с Вьетнамом."));
    assertEquals(
        Set.of(),
        agreements(
            "В Астане, на основе договора, подписанного Россией и Казахстаном, ЕАЭС начал работу."));
    assertEquals(Set.of(), agreements("2000年，俄羅斯與哈薩克簽約，歐亞經濟共同體隨後成立。"));
  }

  @Test
  void anEnhancedPartnershipAgreementIsTheOneOfItsParties() {
    assertEquals(
        Set.of("eu_kyrgyzstan_epca"),
        agreements(
            "Kyrgyzstan signed an Enhanced Partnership and Cooperation Agreement with the EU in 2024."));
    // near misses: parties the gazetteer has no such agreement of (no other state's EPCA; the
    // linker's generic name, the EU-Kazakhstan PCA's, still stands there: left as it was); two
    // states, neither the EU
    assertTrue(
        agreements(
                "Tajikistan signed an Enhanced Partnership and Cooperation Agreement with the EU in 2024.")
            .stream()
            .noneMatch(a -> a.endsWith("_epca")));
    assertTrue(
        agreements(
                "Kazakhstan and Kyrgyzstan discussed an Enhanced Partnership and Cooperation Agreement.")
            .stream()
            .noneMatch(a -> a.endsWith("_epca")));
  }
}
