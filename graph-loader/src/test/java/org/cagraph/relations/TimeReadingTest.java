package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What sentences say about when a relation held, read through the rules as the loader reads them
 * (no CoreNLP).
 */
class TimeReadingTest {
  @TempDir Path dir;

  private static Relation relation(List<Relation> rs, String s, String p, String o) {
    return rs.stream()
        .filter(r -> r.subject().equals(s) && r.predicate().equals(p) && r.object().equals(o))
        .findFirst()
        .orElseThrow(() -> new AssertionError(s + " " + p + " " + o + " not in " + rs));
  }

  private static List<TimeReading> readings(List<Statement> st, String s, String p, String o) {
    return st.stream()
        .filter(x -> x.subject().equals(s) && x.predicate().equals(p) && x.object().equals(o))
        .flatMap(x -> x.readings().stream())
        .toList();
  }

  @Test
  void aWithdrawalEndsTheMembershipItLeaves() throws Exception {
    List<Statement> st = Sentences.extract(dir, "1992年5月15日，烏茲別克簽署集體安全條約。1999年，烏茲別克退出集體安全條約。");
    Relation signed =
        relation(Sentences.relations(st), "uzbekistan", "SIGNED", "collective_security_treaty");
    assertEquals(1, signed.timeline().periods().size(), signed.toString());
    assertEquals("1992-05-15", signed.timeline().periods().get(0).start());
    assertEquals(
        "1999", signed.timeline().periods().get(0).end(), "data/schema: WITHDREW_FROM ends SIGNED");
    assertEquals("1999", signed.until());
    assertTrue(signed.timeline().holds("1995"));
    assertTrue(!signed.timeline().holds("2003"));
    assertEquals(2, signed.citations().size(), "the withdrawal is cited as the end's evidence");
  }

  @Test
  void aPlaceTakesNoDateFromItsSentenceUnlessItsClauseSetsItThere() throws Exception {
    // data/schema: LOCATED_IN is dated none; the years are the Americans' use of the base, not
    // when it lay in Kyrgyzstan
    List<Statement> st = Sentences.extract(dir, "美軍於2001年至2014年使用吉爾吉斯的馬納斯空軍基地。");
    Relation manas =
        relation(Sentences.relations(st), "manas_air_base", "LOCATED_IN", "kyrgyzstan");
    assertEquals(List.of(), readings(st, "manas_air_base", "LOCATED_IN", "kyrgyzstan"));
    assertEquals(null, manas.until());
    assertNotEquals(Boolean.FALSE, manas.timeline().holds("2020"), manas.toString());
    // nor from the paragraph's date, nor where a start word of time-start.tsv is another actor's
    List<Statement> later =
        Sentences.extract(
            dir, "2014年，美軍撤離吉爾吉斯。馬納斯空軍基地設於吉爾吉斯首都比什凱克附近。美軍於2001年至2014年駐紮在設於吉爾吉斯的馬納斯空軍基地。");
    assertEquals(List.of(), readings(later, "manas_air_base", "LOCATED_IN", "kyrgyzstan"));
    assertEquals(List.of(), readings(later, "bishkek", "LOCATED_IN", "kyrgyzstan"));
    // a since-date of the statement's own clause, with its start word: there since then
    List<Statement> since = Sentences.extract(dir, "上海合作組織地區反恐怖機構自2004年起即設於塔什干。");
    assertEquals(
        List.of(new TimeReading(TimeReading.START, "2004")),
        readings(since, "sco_rats", "LOCATED_IN", "tashkent"),
        since.toString());
    List<Statement> opened = Sentences.extract(dir, "上海合作組織秘書處於2004年1月15日在北京成立。");
    assertEquals(
        List.of(new TimeReading(TimeReading.START, "2004-01-15")),
        readings(opened, "sco_secretariat", "LOCATED_IN", "beijing"),
        opened.toString());
    List<Statement> another = Sentences.extract(dir, "美國於2009年在吉爾吉斯的馬納斯空軍基地設立轉運中心。");
    assertEquals(List.of(), readings(another, "manas_air_base", "LOCATED_IN", "kyrgyzstan"));
  }

  @Test
  void aBorderTakesNoDateFromItsSentence() throws Exception {
    // the date is the neutrality's (data/schema: BORDERS is dated none), and a guarded border's end
    // is the guards', not the border's
    List<Statement> st = Sentences.extract(dir, "土庫曼與伊朗接壤，自1995年起奉行永久中立。俄軍駐守塔吉克與阿富汗邊境至2005年。");
    Relation iran = relation(Sentences.relations(st), "iran", "BORDERS", "turkmenistan");
    assertEquals(List.of(), readings(st, "iran", "BORDERS", "turkmenistan"), st.toString());
    assertEquals(null, iran.since());
    assertTrue(readings(st, "afghanistan", "BORDERS", "tajikistan").isEmpty(), st.toString());
  }

  @Test
  void anAnniversaryAnotherClauseDatesIsNoStartOfTheMembership() throws Exception {
    // the year of the union's tenth anniversary shows the founding membership held then; it is no
    // start of it, in any of the three languages
    List<Statement> st =
        Sentences.extract(
            dir,
            "哈薩克是歐亞經濟聯盟的創始成員國，該聯盟於2025年成立十週年。\n\n"
                + "Russia is a founding member of the Eurasian Economic Union, which turned ten in 2025.\n\n"
                + "Евразийский экономический союз, одним из основателей которого является Беларусь,"
                + " в 2025 году отметил десятилетие.");
    for (String member : List.of("kazakhstan", "russia", "belarus")) {
      assertEquals(
          java.util.Set.of(new TimeReading("event", "2025")),
          java.util.Set.copyOf(readings(st, member, "MEMBER_OF", "eaeu")),
          member + ": " + st);
    }
  }

  @Test
  void aJoiningOrASigningAnotherClauseDatesStillStartsAtThatDate() throws Exception {
    // near misses: the year another clause gives starts a joining told without an anniversary, and
    // an act done at an anniversary is dated by it
    List<Statement> st =
        Sentences.extract(dir, "2015年，吉爾吉斯正式成為歐亞經濟聯盟成員國。1992年獨立國協成立週年前夕，亞美尼亞簽署了集體安全條約。");
    assertEquals(
        List.of(new TimeReading("start", "2015")),
        readings(st, "kyrgyzstan", "MEMBER_OF", "eaeu"),
        st.toString());
    assertEquals(
        List.of(new TimeReading("start", "1992")),
        readings(st, "armenia", "SIGNED", "collective_security_treaty"),
        st.toString());
  }

  @Test
  void aRussianParticipleOfJoiningStartsTheMembershipAtItsDate() throws Exception {
    List<Statement> st =
        Sentences.extract(dir, "Армения, вступившая в ЕАЭС в 2015 году, критикует союзников.");
    assertEquals(
        List.of(new TimeReading("start", "2015")),
        readings(st, "armenia", "MEMBER_OF", "eaeu"),
        st.toString());
  }

  @Test
  void aLaterClausesDateAfterACommaIsNoSecondDateOfTheJoining() throws Exception {
    // в 2015 году, в 2021 году: two phrases, the second another clause's, not one plural phrase
    List<Statement> st =
        Sentences.extract(
            dir, "Киргизия, которая вступила в ЕАЭС в 2015 году, в 2021 году провела выборы.");
    assertEquals(
        List.of(new TimeReading("start", "2015")),
        readings(st, "kyrgyzstan", "MEMBER_OF", "eaeu"),
        st.toString());
  }

  @Test
  void joiningIsAStartAndASummitIsAnEvent() throws Exception {
    List<Statement> st = Sentences.extract(dir, "2001年12月，美軍進駐馬納斯基地。");
    assertEquals(
        List.of(new TimeReading("start", "2001-12")),
        readings(st, "united_states", "HAS_MILITARY_PRESENCE_IN", "manas_air_base"),
        st.toString());
    List<Statement> summit = Sentences.extract(dir, "2018年1月16日，哈薩克總統納扎爾巴耶夫在華府與川普會談。");
    assertEquals(
        List.of(new TimeReading("event", "2018-01-16")),
        readings(summit, "nursultan_nazarbayev", "HEAD_OF", "kazakhstan"),
        summit.toString());
  }

  @Test
  void aMembershipThatTakesEffectOrBeginsStartsThen() throws Exception {
    for (String text :
        List.of(
            "Kyrgyzstan's membership in the Eurasian Economic Union took effect in August 2015.",
            "Kyrgyzstan's membership in the Eurasian Economic Union began in August 2015.")) {
      List<Statement> st = Sentences.extract(dir, text);
      assertEquals(
          List.of(new TimeReading("start", "2015-08")),
          readings(st, "kyrgyzstan", "MEMBER_OF", "eaeu"),
          st.toString());
    }
  }

  @Test
  void aLaterClauseThatTellsTheStartDatesTheStart() throws Exception {
    List<Statement> st = Sentences.extract(dir, "吉爾吉斯總統阿卡耶夫（Askar Akayev），於1990年當選吉爾吉斯首任總統。");
    assertEquals(
        List.of(new TimeReading("start", "1990")),
        readings(st, "askar_akayev", "HEAD_OF", "kyrgyzstan"),
        st.toString());
    List<Statement> visit = Sentences.extract(dir, "吉爾吉斯總統阿卡耶夫（Askar Akayev），於1995年訪問北京。");
    assertEquals(
        List.of(new TimeReading("event", "1995")),
        readings(visit, "askar_akayev", "HEAD_OF", "kyrgyzstan"),
        "a later clause that tells no start leaves its date an event: " + visit);
    List<Statement> other = Sentences.extract(dir, "吉爾吉斯總統阿卡耶夫（Askar Akayev），1996年葉爾欽當選俄羅斯總統。");
    assertTrue(
        readings(other, "askar_akayev", "HEAD_OF", "kyrgyzstan").stream()
            .noneMatch(r -> r.kind().equals("start")),
        "another actor's start in the later clause is not his: " + other);
  }

  @Test
  void aPresenceAtASiteDatesThePresenceInItsCountry() throws Exception {
    List<Statement> st = Sentences.extract(dir, "2003年10月23日，俄羅斯在坎特空軍基地部署戰機。俄羅斯在吉爾吉斯駐軍，以保護其利益。");
    Relation r =
        relation(Sentences.relations(st), "russia", "HAS_MILITARY_PRESENCE_IN", "kyrgyzstan");
    assertEquals("2003-10-23", r.since(), "the base lies in Kyrgyzstan (gazetteer partOf): " + r);
    assertFalse(r.timeline().holds("2002"));
    assertTrue(r.timeline().holds("2004"));
    List<Statement> alone = Sentences.extract(dir, "2003年10月23日，俄羅斯在坎特空軍基地部署戰機。");
    assertTrue(
        Sentences.relations(alone).stream()
            .noneMatch(x -> x.object().equals("kyrgyzstan") && x.subject().equals("russia")),
        "the country's relation is never made up from the site's: " + alone);
  }

  @Test
  void liftedSanctionsEndTheSanctions() throws Exception {
    List<Statement> st = Sentences.extract(dir, "2014年，美國對俄羅斯實施制裁。2020年，美國解除對俄羅斯的制裁。");
    Relation r = relation(Sentences.relations(st), "united_states", "SANCTIONS", "russia");
    assertEquals("2014", r.timeline().periods().get(0).start(), r.toString());
    assertEquals("2020", r.timeline().periods().get(0).end());
  }

  @Test
  void relativeYearsResolveAgainstTheDocumentsDateOrNotAtAll() throws Exception {
    String text = "伊朗今年加入上海合作組織。";
    assertEquals(
        List.of(new TimeReading("start", "2023")),
        readings(Sentences.extract(dir, text, "2023-12-15"), "iran", "MEMBER_OF", "sco"));
    assertEquals(
        List.of(),
        readings(Sentences.extract(dir, text), "iran", "MEMBER_OF", "sco"),
        "an undated paper leaves 今年 unresolved: never guessed");
  }

  @Test
  void currentlyObservesTheRelationAtTheDocumentsDate() throws Exception {
    List<Statement> st = Sentences.extract(dir, "哈薩克目前是集體安全條約組織的成員。", "2023-12-15");
    assertEquals(
        List.of(new TimeReading("observed", "2023-12-15")),
        readings(st, "kazakhstan", "MEMBER_OF", "csto"),
        st.toString());
  }

  @Test
  void aDateInAnAsideBelongsToTheAside() throws Exception {
    List<Statement> st = Sentences.extract(dir, "上海合作組織成員包括中國、俄羅斯及伊朗（2023年加入）。");
    assertTrue(
        readings(st, "china", "MEMBER_OF", "sco").stream().noneMatch(r -> "2023".equals(r.date())),
        st.toString());
    assertEquals(
        List.of(new TimeReading("start", "2023")),
        readings(st, "iran", "MEMBER_OF", "sco"),
        "the aside right after Iran tells when Iran joined: " + st);
    List<Statement> rel = Sentences.extract(dir, "上海合作組織成員包括中國、印度與伊朗（今年加入）。", "2023-12-15");
    assertTrue(
        readings(rel, "iran", "MEMBER_OF", "sco").contains(new TimeReading("start", "2023")),
        rel.toString());
    List<Statement> none = Sentences.extract(dir, "上海合作組織成員包括中國、俄羅斯及伊朗（德黑蘭，2023年）。");
    assertTrue(
        readings(none, "iran", "MEMBER_OF", "sco").stream()
            .noneMatch(r -> r.kind().equals("start")),
        "an aside that tells no joining or leaving dates nothing: " + none);
    List<Statement> signed = Sentences.extract(dir, "中國、俄羅斯及伊朗（2023年加入）簽署了上海公約。");
    assertFalse(
        signed.stream()
            .noneMatch(x -> x.subject().equals("iran") && x.predicate().equals("SIGNED")),
        signed.toString());
    assertTrue(
        readings(signed, "iran", "SIGNED", "shanghai_convention").stream()
            .noneMatch(r -> "2023".equals(r.date())),
        "joining tells nothing of a signing: " + signed);
  }

  @Test
  void aRenamedOrganisationEndsTheMembershipsOfItsOldName() throws Exception {
    List<Statement> st =
        Sentences.extract(dir, "1996年哈薩克與俄羅斯參與中國所倡議組成的「上海五國」，起初討論邊界問題，2001年此組織改為「上海合作組織」。");
    assertTrue(
        readings(st, "kazakhstan", "MEMBER_OF", "shanghai_five")
            .contains(new TimeReading("end", "2001")),
        st.toString());
    Relation r = relation(Sentences.relations(st), "kazakhstan", "MEMBER_OF", "shanghai_five");
    assertTrue(r.timeline().holds("1998"), r.toString());
    assertFalse(
        r.timeline().holds("2003"),
        "renamed in 2001: the Shanghai Five's memberships go on as the SCO's");
    List<Statement> other = Sentences.extract(dir, "1996年哈薩克加入上海五國，2001年中國改為觀察員。");
    assertTrue(
        readings(other, "kazakhstan", "MEMBER_OF", "shanghai_five").stream()
            .noneMatch(x -> x.kind().equals("end")),
        "a clause naming another actor before 改為 renames nothing of this");
  }

  @Test
  void aDecisionIsNoStartWhenALaterClauseSaysWhenItTookEffect() throws Exception {
    assertEquals(
        List.of(new TimeReading("start", "2001")),
        readings(
            Sentences.extract(dir, "2000年哈薩克決定加入歐亞經濟共同體，2001年正式生效。"),
            "kazakhstan",
            "MEMBER_OF",
            "eurasec"));
    assertEquals(
        List.of(new TimeReading("start", "2000")),
        readings(
            Sentences.extract(dir, "2000年哈薩克加入歐亞經濟共同體。"), "kazakhstan", "MEMBER_OF", "eurasec"));
    assertEquals(
        List.of(new TimeReading("start", "2002")),
        readings(
            Sentences.extract(dir, "2001年12月，美國租用馬納斯空軍基地，隔年正式啟用。"),
            "united_states",
            "LEASES",
            "manas_air_base"),
        "leased in 2001, opened the next year");
  }

  @Test
  void aFormerTitleEndsTheOfficeAndIsNotDatedByAnotherClause() throws Exception {
    List<Statement> st = Sentences.extract(dir, "上合組織前秘書長阿利莫夫即指出，從2021年起中亞國家開始被指定為組織核心。");
    assertEquals(
        List.of(new TimeReading("end", null)),
        readings(st, "rashid_alimov", "HEAD_OF", "sco"),
        st.toString());
    Relation r = relation(Sentences.relations(st), "rashid_alimov", "HEAD_OF", "sco");
    assertNotEquals(Boolean.TRUE, r.timeline().holds("2023"));
    assertEquals(
        List.of(new TimeReading("start", "2021")),
        readings(
            Sentences.extract(dir, "上合組織秘書長阿利莫夫即指出，從2021年起中亞國家開始被指定為組織核心。"),
            "rashid_alimov",
            "HEAD_OF",
            "sco"),
        "without 前 the reading is as before");
    assertEquals(
        List.of(new TimeReading("end", "2010")),
        readings(
            Sentences.extract(
                dir, "The former president of Kyrgyzstan Askar Akayev spoke in 2010."),
            "askar_akayev",
            "HEAD_OF",
            "kyrgyzstan"));
  }

  @Test
  void untilAYearEndsTheOffice() throws Exception {
    List<Statement> st = Sentences.extract(dir, "前任總統納扎爾巴耶夫在獨立前就是共產黨總書記，擔任總統職務直至2019，並持有國家領袖頭銜。");
    assertEquals(
        List.of(new TimeReading("end", "2019")),
        readings(st, "nursultan_nazarbayev", "HEAD_OF", "kazakhstan"),
        st.toString());
  }

  @Test
  void fromIndependenceUntilAYearIsTheOfficesStartAndEnd() throws Exception {
    List<Statement> st =
        Sentences.extract(dir, "前任總統納扎爾巴耶夫在獨立前就是共產黨總書記，而獨立第一天起擔任總統職務直至2019，並持有國家領袖頭銜。");
    assertEquals(
        List.of(new TimeReading("start", "1991"), new TimeReading("end", "2019")),
        readings(st, "nursultan_nazarbayev", "HEAD_OF", "kazakhstan"),
        st.toString());
    Relation r = relation(Sentences.relations(st), "nursultan_nazarbayev", "HEAD_OF", "kazakhstan");
    assertEquals(Boolean.TRUE, r.timeline().holds("2005"), r.toString());
    assertEquals(Boolean.FALSE, r.timeline().holds("1990"));
    assertEquals(Boolean.FALSE, r.timeline().holds("2020"));
  }

  @Test
  void anIncumbentTitleHoldsAtTheSentencesDateAndAnActIsDatedByItself() throws Exception {
    List<Statement> st = Sentences.extract(dir, "1999年12月再次修憲，明確規定現任總統尼亞佐夫無限期行使總統權力。");
    assertTrue(
        readings(st, "saparmurat_niyazov", "HEAD_OF", "turkmenistan")
            .contains(new TimeReading("event", "1999-12")),
        st.toString());
    List<Statement> signed = Sentences.extract(dir, "1992年5月15日，在塔什干，現任總統卡里莫夫簽署集體安全條約。");
    assertEquals(
        List.of(new TimeReading("start", "1992-05-15")),
        readings(signed, "islam_karimov", "SIGNED", "collective_security_treaty"),
        "現任 describes the signer, not the signing: the act keeps its date");
  }

  @Test
  void aHeadOfStatesSigningDatesHisStatesSigning() throws Exception {
    List<Statement> a = Sentences.extract(dir, "1992年5月15日，烏茲別克簽署集體安全條約。");
    List<Statement> b = Sentences.extract(dir, "1993年，烏茲別克總統卡里莫夫簽署集體安全條約。");
    assertTrue(
        Sentences.relations(b).stream()
            .noneMatch(r -> r.subject().equals("uzbekistan") && r.predicate().equals("SIGNED")),
        "the president's signing alone makes no relation of his state");
    List<Statement> both = new java.util.ArrayList<>(a);
    both.addAll(b);
    Relation r =
        relation(Sentences.relations(both), "uzbekistan", "SIGNED", "collective_security_treaty");
    assertEquals(1, r.timeline().conflicts().size(), r.toString());
    assertEquals(
        List.of("1992-05-15", "1993"),
        r.timeline().conflicts().get(0).sides().stream().map(Periods.Side::date).toList());
    assertTrue(
        r.citations().stream().anyMatch(Citation::endsOnly),
        "the president's sentence is evidence, no statement");
  }

  @Test
  void aDateAnAsOfWordIntroducesObservesTheRelationFromItsOwnClause() throws Exception {
    List<Statement> st = Sentences.extract(dir, "截至2023年3月底，中國對哈薩克直接投資存量超過150億美元。");
    assertEquals(
        List.of(new TimeReading("observed", "2023-03")),
        readings(st, "china", "AIDS", "kazakhstan"),
        st.toString());
  }

  @Test
  void aSigningRightAfterItsDateStartsAPartnershipAndOneOnAVisitIsAnEvent() throws Exception {
    List<Statement> st = Sentences.extract(dir, "1992年5月，俄羅斯與哈薩克簽署友好合作互助條約。");
    assertEquals(
        List.of(new TimeReading("start", "1992-05")),
        readings(st, "kazakhstan", "PARTNER_OF", "russia"),
        st.toString());
    List<Statement> visit = Sentences.extract(dir, "2022年5月12日，哈國總統托卡耶夫訪土，並與土國簽署多項軍事合作協定。");
    assertEquals(
        List.of(new TimeReading("event", "2022-05-12")),
        readings(visit, "kazakhstan", "PARTNER_OF", "turkey"),
        "signed on a state visit: the partnership held already");
  }

  @Test
  void anAllianceBrokenOffInALaterClauseEndsThen() throws Exception {
    for (String text :
        List.of(
            "蘇聯與中國曾是盟友，但於1960年決裂。",
            "The Soviet Union and China were allies until they fell out in 1960.")) {
      List<Statement> st = Sentences.extract(dir, text);
      assertTrue(
          readings(st, "china", "PARTNER_OF", "soviet_union")
              .contains(new TimeReading("end", "1960")),
          text + " " + st);
    }
    List<Statement> st = Sentences.extract(dir, "中國與俄羅斯是戰略夥伴，並於2001年簽署條約。");
    assertFalse(
        readings(st, "china", "PARTNER_OF", "russia").stream()
            .anyMatch(r -> r.kind().equals("end")),
        st.toString());
  }

  @Test
  void aRussianPastAdverbKeepsAStateFromThePapersDate() throws Exception {
    // раньше, когда-то, в прошлом: the lease was so once; the paper does not observe it holding
    for (String text :
        List.of(
            "Россия раньше арендовала Байконур.",
            "Когда-то Россия арендовала Байконур.",
            "В прошлом Россия арендовала Байконур.")) {
      List<Statement> st = Sentences.extract(dir, text, "2023-12-15");
      assertEquals(
          List.of(), readings(st, "russia", "LEASES", "baikonur_cosmodrome"), text + " " + st);
    }
    List<Statement> now = Sentences.extract(dir, "Россия арендует Байконур.", "2023-12-15");
    assertEquals(
        List.of(new TimeReading("observed", "2023-12-15")),
        readings(now, "russia", "LEASES", "baikonur_cosmodrome"),
        now.toString());
  }

  @Test
  void anUndatedSigningIsDatedByItsParagraph() throws Exception {
    String text = "2023年5月，首屆中國—中亞峰會在西安舉行。哈薩克簽署了《中國—中亞峰會西安宣言》。";
    List<Statement> st = Sentences.extract(dir, text, "2023-12-15");
    assertEquals(
        List.of(new TimeReading("start", "2023-05")),
        readings(st, "kazakhstan", "SIGNED", "xian_declaration"),
        st.toString());
    List<Statement> next =
        Sentences.extract(dir, "2023年5月，首屆中國—中亞峰會在西安舉行。\n\n哈薩克簽署了《中國—中亞峰會西安宣言》。", "2023-12-15");
    assertEquals(
        List.of(new TimeReading("observed", "2023-12-15")),
        readings(next, "kazakhstan", "SIGNED", "xian_declaration"),
        "another paragraph's date dates nothing: the paper observes the signing");
  }

  @Test
  void aRegimeBroughtDownEndsThePresidencyAndAnnouncedSanctionsStart() throws Exception {
    List<Statement> st = Sentences.extract(dir, "2005年的鬱金香革命，迫使執政15年的阿卡耶夫總統政權垮台。");
    assertEquals(
        List.of(new TimeReading("end", "2005")),
        readings(st, "askar_akayev", "HEAD_OF", "kyrgyzstan"),
        st.toString());
    Relation r = relation(Sentences.relations(st), "askar_akayev", "HEAD_OF", "kyrgyzstan");
    assertNotEquals(Boolean.TRUE, r.timeline().holds("2006"), r.toString());
    List<Statement> typo = Sentences.extract(dir, "2005年的鬱金香革命，迫使執政15年的阿卡耶夫總統政權跨台。");
    assertEquals(
        List.of(new TimeReading("end", "2005")),
        readings(typo, "askar_akayev", "HEAD_OF", "kyrgyzstan"),
        "跨台 is 垮台 mis-written");
    List<Statement> sanctions = Sentences.extract(dir, "2005年5月，美國宣布對烏茲別克實施武器禁運等制裁。");
    assertEquals(
        List.of(new TimeReading("start", "2005-05")),
        readings(sanctions, "united_states", "SANCTIONS", "uzbekistan"),
        sanctions.toString());
  }

  @Test
  void aStatusGrantedAfterTheDecisionIsWhenTheMembershipStarts() throws Exception {
    List<Statement> st =
        Sentences.extract(dir, "2023年3月底，沙烏地阿拉伯國王批准加入上海合作組織成為對話夥伴國，並在5月獲得對話夥伴國地位。");
    assertEquals(
        List.of(new TimeReading("start", "2023-05")),
        readings(st, "saudi_arabia", "MEMBER_OF", "sco"),
        st.toString());
  }

  @Test
  void aLaterClauseHeadedByItsOwnDateTellsAnotherEvent() throws Exception {
    List<Statement> st = Sentences.extract(dir, "在1999年俄羅斯以貨幣形式支付了拜科努爾太空發射場的租金，2000年則全部以貨幣的形式支付。");
    List<TimeReading> r = readings(st, "russia", "LEASES", "baikonur_cosmodrome");
    assertTrue(r.contains(new TimeReading("event", "1999")), st.toString());
    assertTrue(r.contains(new TimeReading("event", "2000")), "rent paid again in 2000: " + r);
  }

  @Test
  void theFirstMeetingOfASeriesStartsTakingPartInIt() throws Exception {
    List<Statement> st =
        Sentences.extract(dir, "2022年10月，塔吉克總統拉赫蒙在首屆「俄羅斯—中亞領導人高峰會」上對普欽不遜的語氣與抱怨，常被外界視為例證。");
    assertEquals(
        List.of(new TimeReading("start", "2022-10")),
        readings(st, "emomali_rahmon", "PARTICIPATES_IN", "russia_central_asia_summit"),
        st.toString());
  }

  @Test
  void aNamedEventDatesItsClauseUnlessTheClauseGivesADate() throws Exception {
    List<Statement> st = Sentences.extract(dir, "鬱金香革命後，巴基耶夫就任吉爾吉斯總統。");
    assertEquals(
        List.of(new TimeReading("start", "2005")),
        readings(st, "kurmanbek_bakiyev", "HEAD_OF", "kyrgyzstan"),
        st.toString());
    List<Statement> dated = Sentences.extract(dir, "2005年3月鬱金香革命後，巴基耶夫就任吉爾吉斯總統。");
    assertEquals(
        List.of(new TimeReading("start", "2005-03")),
        readings(dated, "kurmanbek_bakiyev", "HEAD_OF", "kyrgyzstan"),
        "the text's own date is the more precise");
  }

  @Test
  void takingPartInFormingAnOrganisationStartsTheMembership() throws Exception {
    List<Statement> st = Sentences.extract(dir, "1996年哈薩克與俄羅斯、塔吉克、吉爾吉斯，參與中國所倡議組成的「上海五國」，起初討論邊界問題。");
    assertEquals(
        List.of(new TimeReading("start", "1996")),
        readings(st, "russia", "MEMBER_OF", "shanghai_five"),
        st.toString());
  }

  @Test
  void aSpanOfActivityIsAnEventAtBothItsEnds() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir,
            "Kazakhstan's membership in CSTO shaped its defense strategy, as reflected in military doctrines adopted between 2007 and 2022.");
    List<TimeReading> r = readings(st, "kazakhstan", "MEMBER_OF", "csto");
    assertTrue(r.contains(new TimeReading("event", "2007")), st.toString());
    assertTrue(r.contains(new TimeReading("event", "2022")), r.toString());
  }

  @Test
  void aTermExtendedToAYearIsNoEndOfTheOffice() throws Exception {
    List<Statement> extended = Sentences.extract(dir, "1995年3月，塔吉克總統拉赫蒙當選連任，決定將其任期延長至2006年。");
    List<TimeReading> r = readings(extended, "emomali_rahmon", "HEAD_OF", "tajikistan");
    assertFalse(r.isEmpty(), extended.toString());
    assertTrue(r.stream().noneMatch(x -> x.kind().equals("end")), r.toString());
    // near miss: a term the text bounds is an end
    List<Statement> bounded = Sentences.extract(dir, "1994年，吉爾吉斯總統阿卡耶夫就任，任職至2005年。");
    assertTrue(
        readings(bounded, "askar_akayev", "HEAD_OF", "kyrgyzstan")
            .contains(new TimeReading("end", "2005")),
        bounded.toString());
  }

  @Test
  void aNamedEventDatesOnlyTheClausesItHeads() throws Exception {
    // heading the sentence, before the act: the act came after it, dated by it
    List<Statement> heads = Sentences.extract(dir, "九一一事件後，印度出兵塔吉克。");
    assertTrue(
        readings(heads, "india", "HAS_MILITARY_PRESENCE_IN", "tajikistan").stream()
            .anyMatch(r -> "2001".equals(r.date())),
        heads.toString());
    // after the act, as its background: no date of the founding
    List<Statement> after = Sentences.extract(dir, "哈薩克與吉爾吉斯創立中亞國家聯盟，背景是蘇聯解體，目的是穩定邊境。");
    List<TimeReading> founding = readings(after, "kazakhstan", "MEMBER_OF", "central_asian_union");
    assertTrue(
        after.stream().anyMatch(x -> x.asserted() && x.object().equals("central_asian_union")),
        "the founding is read: " + after);
    assertTrue(
        after.stream()
            .filter(x -> x.subject().equals("kazakhstan"))
            .allMatch(x -> !"1991".equals(x.date()) && !"1991".equals(x.since())),
        "no 1991 on the founding: " + after);
    assertTrue(founding.stream().noneMatch(r -> "1991".equals(r.date())), after.toString());
    // inside a noun phrase of another clause: what came after the collapse dates no base there
    List<Statement> phrase = Sentences.extract(dir, "這是蘇聯解體後俄羅斯建立的第一個機場，距離美軍在吉爾吉斯的基地不遠。");
    List<TimeReading> base =
        readings(phrase, "united_states", "HAS_MILITARY_PRESENCE_IN", "kyrgyzstan");
    assertTrue(
        phrase.stream()
            .anyMatch(
                x ->
                    x.subject().equals("united_states")
                        && x.predicate().equals("HAS_MILITARY_PRESENCE_IN")
                        && !"1991".equals(x.date())
                        && !"1991".equals(x.since())),
        "the presence is read, without 1991: " + phrase);
    assertTrue(base.stream().noneMatch(r -> "1991".equals(r.date())), phrase.toString());
    // after the trigger's clause, an after-phrase still dates what its own clause tells
    List<Statement> relative =
        Sentences.extract(
            dir,
            "Kyrgyz President Kurmanbek Bakiyev, who came to power after the Tulip Revolution, raised the rent in 2006.");
    assertTrue(
        readings(relative, "kurmanbek_bakiyev", "HEAD_OF", "kyrgyzstan").stream()
            .anyMatch(r -> "2005".equals(r.date())),
        relative.toString());
  }

  @Test
  void aWithdrawalFromAStateEndsThePresenceThere() throws Exception {
    List<Statement> st = Sentences.extract(dir, "九一一事件後，印度出兵塔吉克，駐紮在杜尚別。2014年印度撤出塔吉克。");
    Relation r =
        relation(Sentences.relations(st), "india", "HAS_MILITARY_PRESENCE_IN", "tajikistan");
    assertEquals(1, r.timeline().periods().size(), r.toString());
    assertEquals("2014", r.timeline().periods().get(0).end(), "the withdrawal ends the presence");
    assertTrue(r.timeline().holds("2005"), "held from the named event on");
    assertFalse(r.timeline().holds("2000"), "not before the event that dates it");
    assertFalse(r.timeline().holds("2016"));
    assertTrue(
        st.stream()
            .noneMatch(
                x ->
                    x.asserted()
                        && x.predicate().equals("HAS_MILITARY_PRESENCE_IN")
                        && x.sentence().text().contains("撤出")),
        "the withdrawal states no presence");
  }

  @Test
  void signingTheAgreementThatEstablishesAnOrganisationStartsAFoundingMembership()
      throws Exception {
    List<Statement> st = Sentences.extract(dir, "2001年6月15日，中國、俄羅斯與哈薩克的元首簽署了「上海合作組織成立宣言」。");
    Relation r = relation(Sentences.relations(st), "kazakhstan", "MEMBER_OF", "sco");
    assertEquals("founding", r.role(), r.toString());
    assertEquals("2001-06-15", r.timeline().periods().get(0).start());
    List<Statement> not = Sentences.extract(dir, "2001年6月15日，中國、俄羅斯與哈薩克的元首批評了「上海合作組織成立宣言」。");
    assertTrue(
        not.stream().noneMatch(x -> x.asserted() && x.predicate().equals("MEMBER_OF")),
        not.toString());
  }

  @Test
  void aClauseToldAsLaterIsNotDatedByTheEarlierClausesDate() throws Exception {
    List<Statement> st =
        Sentences.extract(dir, "1992年1月哈薩克加入歐安會，3月成為北大西洋合作理事會會員，其後又成為北約「和平夥伴關係計畫」成員。");
    assertTrue(
        st.stream()
            .anyMatch(
                x ->
                    x.asserted()
                        && x.subject().equals("kazakhstan")
                        && x.predicate().equals("PARTICIPATES_IN")
                        && x.object().equals("partnership_for_peace")),
        st.toString());
    assertTrue(
        readings(st, "kazakhstan", "PARTICIPATES_IN", "partnership_for_peace").isEmpty(),
        st.toString());
    assertEquals(
        List.of(new TimeReading("start", "1992-01")),
        readings(st, "kazakhstan", "MEMBER_OF", "osce"),
        "the date's own clause keeps it");
  }

  @Test
  void theDateOfAFactIsTheOneNearestItsTriggerInItsClause() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir, "Kazakhstan joined the SCO in 2001 and Kazakhstan joined the WTO in 2015.");
    assertEquals(
        List.of(new TimeReading("start", "2015")),
        readings(st, "kazakhstan", "MEMBER_OF", "wto"),
        "the date after its own verb, not the other verb's before it: " + st);
    List<Statement> and =
        Sentences.extract(
            dir,
            "Uzbekistan joined the CSTO in 2006 and Uzbekistan withdrew from the CSTO again in 2012.");
    assertEquals(
        List.of(new TimeReading("start", "2012")),
        readings(and, "uzbekistan", "WITHDREW_FROM", "csto"),
        "a date that 'and' parts from the trigger is the other verb's: " + and);
    List<Statement> ru =
        Sentences.extract(
            dir,
            "Азербайджан вышел из ОДКБ в 1999 году, через пять лет после войны с Арменией в мае 1994 года.");
    assertEquals(
        List.of("1994-05"),
        readings(ru, "armenia", "ADVERSARY_OF", "azerbaijan").stream()
            .map(TimeReading::date)
            .toList(),
        ru.toString());
  }

  @Test
  void aLaterClauseThatEndsWhatWasJustToldDatesItsEnd() throws Exception {
    List<Statement> st = Sentences.extract(dir, "2003年美軍進駐馬納斯基地，此後一直駐紮，並已於2014年結束。");
    assertEquals(
        List.of(new TimeReading("start", "2003"), new TimeReading("end", "2014")),
        readings(st, "united_states", "HAS_MILITARY_PRESENCE_IN", "manas_air_base"),
        st.toString());
    List<Statement> decree = Sentences.extract(dir, "2000年3月，塔吉克總統拉赫蒙簽署命令，宣佈從5月1日起停止該委員會的工作。");
    assertTrue(
        readings(decree, "emomali_rahmon", "HEAD_OF", "tajikistan").stream()
            .noneMatch(r -> r.kind().equals("end")),
        "a president's decree that stops something else is no end of his office: " + decree);
  }

  @Test
  void startsAndEndsAsNewTextWordsThem() throws Exception {
    List<Statement> ru =
        Sentences.extract(
            dir,
            "Касым-Жомарт Токаев, ставший президентом Казахстана в 2019 году, посетил Бишкек.");
    assertTrue(
        readings(ru, "kassym_jomart_tokayev", "HEAD_OF", "kazakhstan")
            .contains(new TimeReading("start", "2019")),
        ru.toString());
    List<Statement> since =
        Sentences.extract(
            dir, "Kassym-Jomart Tokayev has been President of Kazakhstan since March 2019.");
    assertTrue(
        readings(since, "kassym_jomart_tokayev", "HEAD_OF", "kazakhstan")
            .contains(new TimeReading("start", "2019-03")),
        since.toString());
    List<Statement> death =
        Sentences.extract(
            dir,
            "Islam Karimov was President of Uzbekistan from independence until his death in 2016.");
    List<TimeReading> karimov = readings(death, "islam_karimov", "HEAD_OF", "uzbekistan");
    assertTrue(karimov.contains(new TimeReading("start", "1991")), death.toString());
    assertTrue(karimov.contains(new TimeReading("end", "2016")), death.toString());
  }

  @Test
  void aTitleTheTextSaysWasHeldThenTakesTheParagraphsDate() throws Exception {
    List<Statement> st = Sentences.extract(dir, "2019年6月，上合組織峰會在比什凱克舉行。時任吉爾吉斯總統熱恩別科夫主持會議。");
    assertEquals(
        List.of(new TimeReading("event", "2019-06")),
        readings(st, "sooronbay_jeenbekov", "HEAD_OF", "kyrgyzstan"),
        st.toString());
  }

  @Test
  void aLaterStartOfTheOneJustNamedIsReadBesideAnObservation() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir,
            "The current President of Turkmenistan, Serdar Berdimuhamedow, took office in March 2022.",
            "2024-05");
    assertTrue(
        readings(st, "serdar_berdimuhamedow", "HEAD_OF", "turkmenistan")
            .contains(new TimeReading("start", "2022-03")),
        st.toString());
  }

  @Test
  void anActAtANamedGatheringTakesTheParagraphsDate() throws Exception {
    List<Statement> st =
        Sentences.extract(dir, "2022年10月，普丁前往阿斯塔納與中亞五國領導人會晤。托卡耶夫在俄羅斯—中亞領導人高峰會上呼籲各方尊重彼此主權。");
    assertTrue(
        readings(st, "kassym_jomart_tokayev", "PARTICIPATES_IN", "russia_central_asia_summit")
            .contains(new TimeReading("event", "2022-10")),
        st.toString());
  }

  @Test
  void aLaterClauseThatBoundsTheRelationDatesItsEndAndAWhenClauseIsDatedByTheBound()
      throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir,
            "In March 1995 Akayev became president of Kyrgyzstan, a post he held until April 2005.");
    List<TimeReading> r = readings(st, "askar_akayev", "HEAD_OF", "kyrgyzstan");
    assertTrue(r.contains(new TimeReading("start", "1995-03")), st.toString());
    assertTrue(r.contains(new TimeReading("end", "2005-04")), st.toString());
    List<Statement> when =
        Sentences.extract(
            dir,
            "The interim period lasted until 2005, when Bakiyev was elected president of Kyrgyzstan.");
    List<TimeReading> w = readings(when, "kurmanbek_bakiyev", "HEAD_OF", "kyrgyzstan");
    assertFalse(w.contains(new TimeReading("end", "2005")), when.toString());
    assertTrue(w.contains(new TimeReading("start", "2005")), when.toString());
  }

  @Test
  void aRespectivelyWordPairsTheMembersOfAListWithTheDatesOfItsClause() throws Exception {
    List<Statement> zh = Sentences.extract(dir, "2001年6月及2017年6月又分別有烏茲別克與印度兩國加入上海合作組織。");
    assertEquals(
        List.of(new TimeReading("start", "2001-06")),
        readings(zh, "uzbekistan", "MEMBER_OF", "sco"),
        zh.toString());
    assertEquals(
        List.of(new TimeReading("start", "2017-06")),
        readings(zh, "india", "MEMBER_OF", "sco"),
        zh.toString());
    List<Statement> en =
        Sentences.extract(
            dir,
            "Uzbekistan and India joined the Shanghai Cooperation Organisation in 2001 and 2017 respectively.");
    assertTrue(
        readings(en, "india", "MEMBER_OF", "sco").contains(new TimeReading("start", "2017")),
        en.toString());
    assertFalse(
        readings(en, "india", "MEMBER_OF", "sco").contains(new TimeReading("start", "2001")),
        en.toString());
  }

  @Test
  void aRespectivelyWordSetOffByCommasStillPairsTheDates() throws Exception {
    for (String text :
        List.of(
            "Kyrgyzstan and Tajikistan joined the World Trade Organization in 1998 and 2013, respectively.",
            "Киргизия и Таджикистан вступили в ВТО, соответственно, в 1998 и 2013 годах.",
            "Киргизия и Таджикистан вступили в ВТО соответственно в 1998 и в 2013 году.")) {
      List<Statement> st = Sentences.extract(dir, text);
      assertEquals(
          List.of(new TimeReading("start", "1998")),
          readings(st, "kyrgyzstan", "MEMBER_OF", "wto"),
          text + " " + st);
      assertEquals(
          List.of(new TimeReading("start", "2013")),
          readings(st, "tajikistan", "MEMBER_OF", "wto"),
          text + " " + st);
    }
  }

  @Test
  void twoDatesOfOneActAreTwoActsAndTwoYearsOfASeatAreItsSpan() throws Exception {
    List<Statement> twice =
        Sentences.extract(dir, "Georgia withdrew from the CIS twice, in 2003 and in 2009.");
    assertEquals(
        List.of(new TimeReading("start", "2003"), new TimeReading("start", "2009")),
        readings(twice, "georgia", "WITHDREW_FROM", "cis"),
        twice.toString());
    List<Statement> ru =
        Sentences.extract(dir, "Из ГУАМ Молдавия выходила дважды — в 2003 и в 2010 годах.");
    assertEquals(
        List.of(new TimeReading("start", "2003"), new TimeReading("start", "2010")),
        readings(ru, "moldova", "WITHDREW_FROM", "guam"),
        ru.toString());
    List<Statement> respectively =
        Sentences.extract(
            dir, "Georgia and Moldova withdrew from the CIS in 2003 and 2009 respectively.");
    assertEquals(
        List.of(new TimeReading("start", "2003")),
        readings(respectively, "georgia", "WITHDREW_FROM", "cis"),
        "a respectively-word pairs each member with its own date: " + respectively);
    List<Statement> one =
        Sentences.extract(
            dir, "Georgia withdrew from the CIS in 2003, and in 2009 it joined the EU.");
    assertEquals(
        List.of(new TimeReading("start", "2003")),
        readings(one, "georgia", "WITHDREW_FROM", "cis"),
        "a date another clause gives is no second date: " + one);
  }

  @Test
  void theSuccessorANameSuccessionNamesTakesOfficeAtItsDate() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir,
            "Первым президентом Казахстана был Нурсултан Назарбаев. В 2019 году его сменил Касым-Жомарт Токаев.");
    assertEquals(
        List.of(new TimeReading("start", "2019")),
        readings(st, "kassym_jomart_tokayev", "HEAD_OF", "kazakhstan"),
        st.toString());
    List<Statement> handed =
        Sentences.extract(
            dir,
            "Gurbanguly Berdimuhamedow handed the presidency to his son Serdar Berdimuhamedow in March 2022.");
    assertEquals(
        List.of(new TimeReading("start", "2022-03")),
        readings(handed, "serdar_berdimuhamedow", "HEAD_OF", "turkmenistan"),
        handed.toString());
  }

  @Test
  void aBodyThatBeginsToWorkStartsItsMembersAndAReturnStartsAgain() throws Exception {
    List<Statement> st = Sentences.extract(dir, "2015年，由俄羅斯與白俄羅斯組成的歐亞經濟聯盟開始運作。");
    assertEquals(
        List.of(new TimeReading("start", "2015")),
        readings(st, "belarus", "MEMBER_OF", "eaeu"),
        st.toString());
    List<Statement> back = Sentences.extract(dir, "烏茲別克於2006年重返集體安全條約組織。");
    assertEquals(
        List.of(new TimeReading("start", "2006")),
        readings(back, "uzbekistan", "MEMBER_OF", "csto"),
        back.toString());
  }

  @Test
  void aSubjectInALaterClauseIsDatedByItsOwnClause() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir,
            "Azerbaijan obtained observer status in the EAEU in 2018, and Cuba was granted the same status in December 2020.");
    assertFalse(readings(st, "cuba", "MEMBER_OF", "eaeu").isEmpty(), st.toString());
    assertFalse(readings(st, "azerbaijan", "MEMBER_OF", "eaeu").isEmpty(), st.toString());
    assertTrue(
        readings(st, "cuba", "MEMBER_OF", "eaeu").stream()
            .allMatch(r -> "2020-12".equals(r.date())),
        "Cuba's status is of its own clause's date: " + st);
    assertTrue(
        readings(st, "azerbaijan", "MEMBER_OF", "eaeu").stream()
            .allMatch(r -> "2018".equals(r.date())),
        "the first clause keeps its own: " + st);
  }

  @Test
  void theOneASuccessionTakesTheOfficeFromEndsAtItsDate() throws Exception {
    List<Statement> st = Sentences.extract(dir, "托卡耶夫於2019年自納札爾巴耶夫手中接任哈薩克總統。");
    List<Statement> own = Sentences.extract(dir, "納札爾巴耶夫於1991年接任哈薩克總統。");
    assertEquals(
        List.of(new TimeReading("start", "1991")),
        readings(own, "nursultan_nazarbayev", "HEAD_OF", "kazakhstan"),
        "the one who takes office starts it: " + own);
    assertEquals(
        List.of(new TimeReading("end", "2019")),
        readings(st, "nursultan_nazarbayev", "HEAD_OF", "kazakhstan"),
        st.toString());
  }

  @Test
  void aRussianParticipleOfAnEndOrAStartVerbReadsAsItsFiniteForm() throws Exception {
    List<Statement> ousted =
        Sentences.extract(
            dir, "Президент Киргизии Бакиев, свергнутый в 2010 году, бежал из страны.");
    assertEquals(
        List.of(new TimeReading("end", "2010")),
        readings(ousted, "kurmanbek_bakiyev", "HEAD_OF", "kyrgyzstan"),
        ousted.toString());
    List<Statement> opened =
        Sentences.extract(
            dir, "Россия, открывшая авиабазу Кант в 2003 году, расширила присутствие.");
    assertEquals(
        List.of(new TimeReading("start", "2003")),
        readings(opened, "russia", "HAS_MILITARY_PRESENCE_IN", "kant_air_base"),
        opened.toString());
  }

  @Test
  void aNextClauseThatEndsTheRelationToldOfItsSubjectEndsItAtTheSentencesDate() throws Exception {
    // the relation told in a clause describing its subject, the main clause after it resigning
    for (String text :
        List.of(
            "In March 2019 Nursultan Nazarbayev, who had led Kazakhstan for three decades, unexpectedly resigned.",
            "В марте 2019 года Нурсултан Назарбаев, руководивший Казахстаном почти тридцать лет, неожиданно объявил о сложении полномочий.",
            "2019年3月，领导哈萨克斯坦近三十年的纳扎尔巴耶夫总统，突然宣布辞职。")) {
      List<Statement> st = Sentences.extract(dir, text);
      assertEquals(
          List.of(new TimeReading("end", "2019-03")),
          readings(st, "nursultan_nazarbayev", "HEAD_OF", "kazakhstan"),
          text + " " + st);
    }
    // near misses: a main clause of another act
    for (String text :
        List.of(
            "In March 2019 Nursultan Nazarbayev, who had led Kazakhstan for three decades, unexpectedly visited Moscow.",
            "В марте 2019 года Нурсултан Назарбаев, руководивший Казахстаном почти тридцать лет, неожиданно посетил Москву.",
            "2019年3月，领导哈萨克斯坦近三十年的纳扎尔巴耶夫总统，访问了北京。")) {
      List<Statement> st = Sentences.extract(dir, text);
      assertEquals(
          List.of(new TimeReading("event", "2019-03")),
          readings(st, "nursultan_nazarbayev", "HEAD_OF", "kazakhstan"),
          text + " " + st);
    }
    // … and the ending clause giving a date of its own: that date ends it, the first stays an event
    List<Statement> own =
        Sentences.extract(
            dir,
            "In March 2018 Nursultan Nazarbayev, who had led Kazakhstan for three decades, resigned in March 2019.");
    assertEquals(
        java.util.Set.of(new TimeReading("event", "2018-03"), new TimeReading("end", "2019-03")),
        java.util.Set.copyOf(readings(own, "nursultan_nazarbayev", "HEAD_OF", "kazakhstan")),
        own.toString());
  }

  @Test
  void aSentenceOpeningANewTopicIsNotDatedByTheParagraphsLastDate() throws Exception {
    List<Statement> topic = Sentences.extract(dir, "1999年，烏茲別克退出集體安全條約。對俄關係方面，塔吉克簽署了集體安全條約。");
    assertEquals(
        List.of(),
        readings(topic, "tajikistan", "SIGNED", "collective_security_treaty"),
        topic.toString());
    List<Statement> asFor =
        Sentences.extract(
            dir,
            "In 1999 Uzbekistan withdrew from the Collective Security Treaty. As for security, Tajikistan signed the Collective Security Treaty.");
    assertEquals(
        List.of(),
        readings(asFor, "tajikistan", "SIGNED", "collective_security_treaty"),
        asFor.toString());
    // the new topic holds for the sentences after it too, until the text gives a date again
    String before = "1999年，烏茲別克退出集體安全條約。對俄關係方面，兩國往來密切。";
    for (Map.Entry<String, List<TimeReading>> next :
        Map.of(
                "塔吉克簽署了集體安全條約。", List.<TimeReading>of(),
                "2001年，塔吉克簽署了集體安全條約。", List.of(new TimeReading("start", "2001")))
            .entrySet()) {
      List<Statement> after = Sentences.extract(dir, before + next.getKey());
      assertEquals(
          next.getValue(),
          readings(after, "tajikistan", "SIGNED", "collective_security_treaty"),
          after.toString());
    }
    // near misses: the same paragraph going on with its story takes its date, with 另一方面 (on the
    // other hand) or 在這方面 (in this respect) too, which end in 方面 but open no new topic
    for (String text :
        List.of(
            "1999年，烏茲別克退出集體安全條約。塔吉克則簽署了集體安全條約。",
            "1999年，烏茲別克退出集體安全條約。另一方面，塔吉克簽署了集體安全條約。",
            "1999年，烏茲別克退出集體安全條約。在這方面，塔吉克簽署了集體安全條約。")) {
      List<Statement> same = Sentences.extract(dir, text);
      assertEquals(
          List.of(new TimeReading("start", "1999")),
          readings(same, "tajikistan", "SIGNED", "collective_security_treaty"),
          text + " " + same);
    }
  }

  @Test
  void aHeadOfStateHisPaperTitlesElsewhereDatesHisStatesSigningUntitled() throws Exception {
    List<Statement> a = Sentences.extract(dir, "1992年5月15日，烏茲別克簽署集體安全條約。");
    List<Statement> b = Sentences.extract(dir, "烏茲別克總統卡里莫夫出席峰會。1993年，卡里莫夫簽署集體安全條約。");
    List<Statement> both = new java.util.ArrayList<>(a);
    both.addAll(b);
    Relation r =
        relation(Sentences.relations(both), "uzbekistan", "SIGNED", "collective_security_treaty");
    assertEquals(1, r.timeline().conflicts().size(), r.toString());
    assertEquals(
        List.of("1992-05-15", "1993"),
        r.timeline().conflicts().get(0).sides().stream().map(Periods.Side::date).toList());
    // near miss: his paper ends his office before the act
    List<Statement> c = Sentences.extract(dir, "1991年，烏茲別克總統卡里莫夫辭職。1993年，卡里莫夫簽署集體安全條約。");
    List<Statement> ended = new java.util.ArrayList<>(a);
    ended.addAll(c);
    Relation e =
        relation(Sentences.relations(ended), "uzbekistan", "SIGNED", "collective_security_treaty");
    assertEquals(List.of(), e.timeline().conflicts(), e.toString());
  }

  @Test
  void aStatusHeldForYearsBeforeAnotherClausesDateEndsThen() throws Exception {
    for (String text :
        List.of(
            "伊朗在擔任上海合作組織觀察員國多年後，於2023年7月成為正式成員國。",
            "伊朗在担任上海合作组织观察员国多年后，于2023年7月成为正式成员国。",
            "伊朗在成為上海合作組織觀察員國多年後，於2023年7月成為正式成員國。")) {
      List<Statement> st = Sentences.extract(dir, text);
      assertEquals(
          List.of(new TimeReading("end", "2023-07")),
          st.stream()
              .filter(x -> x.subject().equals("iran") && "observer".equals(x.role()))
              .flatMap(x -> x.readings().stream())
              .toList(),
          text + " " + st);
    }
    // near miss: a status the sentence holds at its date, not before it
    List<Statement> held = Sentences.extract(dir, "伊朗作為上海合作組織觀察員國，於2023年7月出席峰會。");
    assertEquals(
        List.of(new TimeReading("event", "2023-07")),
        held.stream()
            .filter(x -> x.subject().equals("iran") && "observer".equals(x.role()))
            .flatMap(x -> x.readings().stream())
            .toList(),
        held.toString());
  }
}
