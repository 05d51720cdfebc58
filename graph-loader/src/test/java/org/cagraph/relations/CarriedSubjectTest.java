package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cagraph.actors.Gazetteer;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.Token;
import org.cagraph.text.Sentence;
import org.junit.jupiter.api.Test;

/**
 * A Chinese topic chain's subject, said once, carried into the clauses that say none: sentences
 * written for these tests, tagged by hand as CoreNLP's Chinese tagger tags them (no CoreNLP run).
 */
class CarriedSubjectTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final Linker LINKER = new Linker(GAZETTEER);
  private static final RuleEngine ENGINE = new RuleEngine(RuleSet.load(), GAZETTEER::get);

  /** The statements of one sentence given as {@code word/TAG} tokens, with its tags or without. */
  private static List<Statement> read(String tagged, boolean withTags) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String wt : tagged.trim().split("\\s+")) {
      int slash = wt.lastIndexOf('/');
      String w = wt.substring(0, slash);
      tokens.add(
          new Token(w, wt.substring(slash + 1), "O", text.length(), text.length() + w.length()));
      text.append(w);
    }
    int[] offsets = new int[text.length()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = i;
    }
    Sentence s =
        new Sentence(
            "t", 0, null, Sentence.Kind.BODY, 0, text.toString(), offsets, 0, text.length());
    List<Mention> mentions = LINKER.link(List.of(s)).get(0);
    AnnotatedSentence parsed =
        withTags ? new AnnotatedSentence(s, text.toString(), tokens, List.of()) : null;
    return ENGINE.extract(s, parsed, mentions, new RuleEngine.PaperState());
  }

  private static List<Statement> read(String tagged) {
    return read(tagged, true);
  }

  private static String status(List<Statement> st, String fact) {
    return st.stream()
        .filter(x -> (x.subject() + " " + x.predicate() + " " + x.object()).equals(fact))
        .map(Statement::status)
        .findFirst()
        .orElse("none");
  }

  @Test
  void aChainOfThreeFactsReadsTheSecondAndTheThird() {
    String chain =
        "哈薩克/NR 於/P 1991年/NT 獨立/VV ，/PU 1992年/NT 加入/VV 聯合國/NR ，/PU 2001年/NT 與/P 中國/NR 、/PU"
            + " 俄羅斯/NR 共同/AD 創立/VV 上海合作組織/NR 。/PU";
    List<Statement> st = read(chain);
    List<String> facts = Sentences.facts(st);
    assertTrue(facts.contains("kazakhstan MEMBER_OF un"), facts.toString());
    assertTrue(facts.contains("kazakhstan MEMBER_OF sco"), facts.toString());
    Statement un = st.stream().filter(x -> x.object().equals("un")).findFirst().orElseThrow();
    assertEquals("1992", un.date(), "the carried clause's own date");
    assertEquals("t:0", un.sentence().id(), "the citation is the sentence, not the clause");
    // without the tags no clause is read as subject-less: the chain's later facts are lost
    List<String> plain = Sentences.facts(read(chain, false));
    assertFalse(plain.contains("kazakhstan MEMBER_OF un"), plain.toString());
  }

  @Test
  void aSimplifiedChainCarriesThroughAnAdverb() {
    List<String> facts =
        Sentences.facts(
            read(
                "吉尔吉斯斯坦/NR 于/P 1998年/NT 加入/VV 世界贸易组织/NR ，/PU 2015年/NT 又/AD 加入/VV"
                    + " 欧亚经济联盟/NR 。/PU"));
    assertTrue(facts.contains("kyrgyzstan MEMBER_OF eaeu"), facts.toString());
  }

  @Test
  void aClauseWithItsOwnPlainSubjectInheritsNothing() {
    // 經濟 is the second clause's subject: the topic ends there, and the third clause says no
    // subject the reader could give the state
    List<String> facts =
        Sentences.facts(
            read(
                "哈薩克/NR 於/P 1991年/NT 獨立/VV ，/PU 經濟/NN 快速/AD 成長/VV ，/PU 加入/VV" + " 世界貿易組織/NR 。/PU"));
    assertFalse(facts.contains("kazakhstan MEMBER_OF wto"), facts.toString());
  }

  @Test
  void anActorInsideAPrepositionalPhraseIsNoTopic() {
    List<String> facts =
        Sentences.facts(read("隨著/P 俄羅斯/NR 的/DEG 壓力/NN 增加/VV ，/PU 加入/VV 歐亞經濟聯盟/NR 。/PU"));
    assertFalse(facts.contains("russia MEMBER_OF eaeu"), facts.toString());
  }

  @Test
  void aNegationStaysInItsOwnClause() {
    List<Statement> st = read("哈薩克/NR 未/AD 加入/VV 北約/NR ，/PU 但/AD 加入/VV 了/AS 集體安全條約組織/NR 。/PU");
    assertEquals("asserted", status(st, "kazakhstan MEMBER_OF csto"), st.toString());
    assertEquals("negated", status(st, "kazakhstan MEMBER_OF nato"), st.toString());
    // a negation in the carried clause is read there
    List<Statement> neither =
        read("土庫曼/NR 奉行/VV 中立/NN 政策/NN ，/PU 也/AD 不/AD 參加/VV 集體安全條約組織/NR 。/PU");
    assertEquals("negated", status(neither, "turkmenistan MEMBER_OF csto"), neither.toString());
  }

  @Test
  void aLaterClauseThatNegatesUndoesTheChainUnlessAContrastOpensIt() {
    String chain = "哈薩克/NR 於/P 1991年/NT 獨立/VV ，/PU 1992年/NT 加入/VV 聯合國/NR ，/PU ";
    List<Statement> denied = read(chain + "此/DT 說/NN 並/AD 不/AD 屬實/VA 。/PU");
    assertFalse(Sentences.facts(denied).contains("kazakhstan MEMBER_OF un"), denied.toString());
    List<Statement> contrast = read(chain + "但/AD 未/AD 加入/VV 北約/NR 。/PU");
    assertEquals("asserted", status(contrast, "kazakhstan MEMBER_OF un"), contrast.toString());
    assertEquals("negated", status(contrast, "kazakhstan MEMBER_OF nato"), contrast.toString());
  }

  @Test
  void aPlanInTheCarriedClauseIsAPlan() {
    List<Statement> st = read("哈薩克/NR 獨立/VV 後/LC ，/PU 計畫/VV 加入/VV 世界貿易組織/NR 。/PU");
    assertEquals("hypothetical", status(st, "kazakhstan MEMBER_OF wto"), st.toString());
  }

  @Test
  void aComitativeCarriesItsHeadAlone() {
    // 中國與哈薩克 share the first clause's border; the second clause's joining is China's alone
    List<String> facts =
        Sentences.facts(
            read(
                "中國/NR 與/P 哈薩克/NR 簽署/VV 邊界/NN 協定/NN ，/PU 並/AD 於/P 2001年/NT 加入/VV"
                    + " 世界貿易組織/NR 。/PU"));
    assertTrue(facts.contains("china MEMBER_OF wto"), facts.toString());
    assertFalse(facts.contains("kazakhstan MEMBER_OF wto"), facts.toString());
  }

  @Test
  void aListJoinedByCommasBeforeWithCarriesAsAWhole() {
    // 、 before 與: 與 closes the list, and every state of it joins in the second clause
    List<String> facts =
        Sentences.facts(
            read(
                "亞美尼亞/NR 、/PU 喬治亞/NR 與/CC 烏茲別克/NR 批評/VV 俄羅斯/NR ，/PU 並/AD 於/P 2001年/NT 加入/VV"
                    + " 世界貿易組織/NR 。/PU"));
    assertTrue(facts.contains("armenia MEMBER_OF wto"), facts.toString());
    assertTrue(facts.contains("uzbekistan MEMBER_OF wto"), facts.toString());
  }

  /** Whether the symmetric fact between {@code a} and {@code b} is read, in either order. */
  private static boolean pair(List<String> facts, String a, String type, String b) {
    return facts.contains(a + " " + type + " " + b) || facts.contains(b + " " + type + " " + a);
  }

  @Test
  void aSubjectInsideAPassiveClauseIsNoPartnerOfTheNextClausesObject() {
    // 歐盟 is the agent of the topic's passive clause: the cooperation of the next clause is
    // Russia's, the topic carried over it, not the EU's
    String passive = "俄羅斯/NR 遭到/VV 歐盟/NR 制裁/NN ，/PU 並/AD 與/P 中國/NR 加強/VV 合作/NN 。/PU";
    List<String> facts = Sentences.facts(read(passive));
    assertFalse(pair(facts, "eu", "PARTNER_OF", "china"), facts.toString());
    assertTrue(pair(facts, "russia", "PARTNER_OF", "china"), facts.toString());
    // without the tags the clauses are not read, and the nearest actor before 與 stands
    List<String> plain = Sentences.facts(read(passive, false));
    assertTrue(pair(plain, "eu", "PARTNER_OF", "china"), plain.toString());
  }

  @Test
  void aTopicChainKeepsItsSubjectAcrossClauses() {
    List<String> facts =
        Sentences.facts(
            read(
                "哈薩克/NR 1991年/NT 獨立/VV ，/PU 2001年/NT 以來/LC ，/PU 一直/AD 與/P 俄羅斯/NR 保持/VV"
                    + " 緊密/JJ 合作/NN 。/PU"));
    assertTrue(pair(facts, "kazakhstan", "PARTNER_OF", "russia"), facts.toString());
  }

  @Test
  void aSubjectlessClauseReadsTheTopicAsItsSubject() {
    // sanctions are not read by the carried pass: the rule's own reach across the comma (以…為由，)
    // reads them, and the clause it reaches says no subject but its topic
    List<String> facts =
        Sentences.facts(
            read("歐盟/NR 以/P 人權/NN 問題/NN 為由/VV ，/PU 對/P 俄羅斯/NR 實施/VV 新/JJ 一/CD 輪/M 制裁/NN 。/PU"));
    assertTrue(facts.contains("eu SANCTIONS russia"), facts.toString());
  }

  /**
   * A negation or modal word of the main verb does not reach into a relative clause (a 的 tagged DEC
   * closes it) that is that verb's object or a preposition's: the clause's fact is stated. One
   * inside the clause is still its own.
   */
  @Test
  void aNegatedVerbDoesNotNegateTheRelativeClauseInItsObject() {
    assertEquals(
        "asserted",
        status(
            read("俄羅斯/NR 並未/AD 從/P 駐/VV 塔吉克/NR 的/DEC 基地/NN 抽調/VV 兵力/NN 參加/VV 演習/NN 。/PU"),
            "russia HAS_MILITARY_PRESENCE_IN tajikistan"));
    assertEquals(
        "asserted",
        status(
            read("中國/NR 不/AD 會/VV 放棄/VV 其/PN 2001年/NT 簽署/VV 的/DEC 《上海合作組織憲章》/NR 。/PU"),
            "china SIGNED sco_charter"));
    assertEquals(
        "asserted",
        status(
            read("俄羅斯/NR 未能/VV 擴大/VV 其/PN 租用/VV 的/DEC 拜科努爾發射場/NR 。/PU"),
            "russia LEASES baikonur_cosmodrome"));
    // without the tags the clause is not seen: the negation reaches the trigger as before
    assertEquals(
        "negated",
        status(
            read("俄羅斯/NR 未能/VV 擴大/VV 其/PN 租用/VV 的/DEC 拜科努爾發射場/NR 。/PU", false),
            "russia LEASES baikonur_cosmodrome"));
  }

  @Test
  void aNegationOrModalInsideTheRelativeClauseStillHolds() {
    assertEquals(
        "negated",
        status(
            read("中國/NR 不/AD 會/VV 放棄/VV 其/PN 未/AD 簽署/VV 的/DEC 《上海合作組織憲章》/NR 。/PU"),
            "china SIGNED sco_charter"));
    assertEquals(
        "hypothetical",
        status(
            read("中國/NR 不/AD 會/VV 放棄/VV 其/PN 準備/VV 簽署/VV 的/DEC 《上海合作組織憲章》/NR 。/PU"),
            "china SIGNED sco_charter"));
    assertEquals(
        "hypothetical",
        status(
            read("中國/NR 不/AD 會/VV 放棄/VV 其/PN 計畫/VV 簽署/VV 的/DEC 《上海合作組織憲章》/NR 。/PU"),
            "china SIGNED sco_charter"));
    // the negation before a preposition with its own object is the clause's (與中國簽署的)
    assertEquals(
        "negated",
        status(
            read("俄羅斯/NR 沒有/AD 與/P 中國/NR 簽署/VV 的/DEC 《上海合作組織憲章》/NR 。/PU"),
            "russia SIGNED sco_charter"));
    // a name between the outer verb and the clause's own verb is the clause's subject: the
    // refusal is India's, the leading Russia's (拒絕參加俄羅斯主導的演習)
    assertEquals(
        "asserted",
        status(
            read(
                "印度/NR 拒絕/VV 派兵/VV 參加/VV 俄羅斯/NR 主導/VV 的/DEC 「/PU 高加索—2020/NR 」/PU"
                    + " 戰略/NN 演習/NN 。/PU"),
            "russia PARTICIPATES_IN kavkaz_2020"));
    // … but a common noun there is the outer verb's object (派兵參加的): the refusal reaches the clause
    List<Token> object = new ArrayList<>();
    int from = 0;
    for (String w : List.of("印度/NR", "拒絕/VV", "派/VV", "兵/NN", "參加/VV", "的/DEC", "演習/NN")) {
      String word = w.substring(0, w.indexOf('/'));
      object.add(new Token(word, w.substring(w.indexOf('/') + 1), "O", from, from + word.length()));
      from += word.length();
    }
    assertEquals(-1, CarriedSubject.relativeStart(object, 6, x -> false));
    // 未加入北約的烏克蘭: 未 stands inside the clause, which starts after the outer verb 支持
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : List.of("俄羅斯/NR", "支持/VV", "未/AD", "加入/VV", "北約/NR", "的/DEC", "烏克蘭/NR")) {
      String word = w.substring(0, w.indexOf('/'));
      tokens.add(new Token(word, w.substring(w.indexOf('/') + 1), "O", at, at + word.length()));
      at += word.length();
    }
    assertEquals(5, CarriedSubject.relativeStart(tokens, 6, x -> false), "after 支持, before 未");
    // a copula's clause says what its subject is: 不是加入北約的國家 stays negated
    List<Token> copula = new ArrayList<>();
    at = 0;
    for (String w : List.of("烏克蘭/NR", "不/AD", "是/VC", "加入/VV", "北約/NR", "的/DEC", "國家/NN")) {
      String word = w.substring(0, w.indexOf('/'));
      copula.add(new Token(word, w.substring(w.indexOf('/') + 1), "O", at, at + word.length()));
      at += word.length();
    }
    assertEquals(-1, CarriedSubject.relativeStart(copula, 5, x -> false));
  }

  @Test
  void aDiscourseNounOpeningAClauseIsNoSubject() {
    // 一方面 and 另一方面 are tagged as nouns but say no subject: the topic goes on (no-subject.lex)
    List<String> facts =
        Sentences.facts(
            read(
                "哈薩克/NR 於/P 1991年/NT 獨立/VV ，/PU 一方面/NN 加入/VV 獨立國協/NR ，/PU 另一方面/NN 又/AD"
                    + " 加入/VV 上海合作組織/NR 。/PU"));
    assertTrue(facts.contains("kazakhstan MEMBER_OF cis"), facts.toString());
    assertTrue(facts.contains("kazakhstan MEMBER_OF sco"), facts.toString());
  }

  @Test
  void aPlainNounAfterADiscourseNounStillEndsTheTopic() {
    // 此外 is read past, but 經濟 is the clause's own subject: nothing is carried after it
    List<String> facts =
        Sentences.facts(
            read(
                "哈薩克/NR 於/P 1991年/NT 獨立/VV ，/PU 此外/NN 經濟/NN 快速/AD 成長/VV ，/PU 加入/VV"
                    + " 世界貿易組織/NR 。/PU"));
    assertFalse(facts.contains("kazakhstan MEMBER_OF wto"), facts.toString());
  }

  @Test
  void aPronounSubjectStandsForTheTopic() {
    // 其 opens the second clause as its subject (here the linker links it) and stands for 吉爾吉斯,
    // which the third clause still carries
    List<String> facts =
        Sentences.facts(
            read(
                "吉爾吉斯/NR 於/P 1991年/NT 獨立/VV ，/PU 其/PN 並/AD 於/P 1998年/NT 加入/VV 世界貿易組織/NR"
                    + " ，/PU 2015年/NT 又/AD 加入/VV 歐亞經濟聯盟/NR 。/PU"));
    assertTrue(facts.contains("kyrgyzstan MEMBER_OF wto"), facts.toString());
    assertTrue(facts.contains("kyrgyzstan MEMBER_OF eaeu"), facts.toString());
  }

  @Test
  void aPronounHeadingAPlainNounIsNoTopic() {
    // 它的經濟: the economy grew, and the third clause says no subject the reader could give the
    // state
    List<String> facts =
        Sentences.facts(
            read(
                "吉爾吉斯/NR 於/P 1991年/NT 獨立/VV ，/PU 它/PN 的/DEG 經濟/NN 快速/AD 成長/VV ，/PU 加入/VV"
                    + " 世界貿易組織/NR 。/PU"));
    assertFalse(facts.contains("kyrgyzstan MEMBER_OF wto"), facts.toString());
  }

  @Test
  void aRelativeClauseOpeningTheSubjectKeepsItsActorAsHead() {
    // 經濟實力居首的哈薩克: the relative clause modifies the actor, which is the topic carried on
    List<String> facts =
        Sentences.facts(
            read(
                "經濟/NN 實力/NN 居/VV 首/NN 的/DEC 哈薩克/NR ，/PU 1992年/NT 加入/VV 聯合國/NR ，/PU 2001年/NT"
                    + " 又/AD 加入/VV 上海合作組織/NR 。/PU"));
    assertTrue(facts.contains("kazakhstan MEMBER_OF un"), facts.toString());
    assertTrue(facts.contains("kazakhstan MEMBER_OF sco"), facts.toString());
  }

  @Test
  void aRelativeClauseBeforeAPlainNounGivesNoTopic() {
    // 位於中亞的哈薩克的經濟: the head is 經濟, a plain noun, so nothing is carried
    List<String> facts =
        Sentences.facts(
            read(
                "位於/VV 中亞/NR 的/DEC 哈薩克/NR 的/DEG 經濟/NN 快速/AD 成長/VV ，/PU 2001年/NT 加入/VV"
                    + " 上海合作組織/NR 。/PU"));
    assertFalse(facts.contains("kazakhstan MEMBER_OF sco"), facts.toString());
  }

  /**
   * The carried view of a sentence whose actors are given as placeholders ({@code <C#0>}, {@code
   * <O#1>}) among {@code word/TAG} tokens: the view's text with placeholders written back as {@code
   * <…>}, or null when no clause takes a copy.
   */
  private static String view(String tagged) {
    StringBuilder text = new StringBuilder();
    StringBuilder masked = new StringBuilder();
    List<Integer> toText = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (String wt : tagged.trim().split("\\s+")) {
      int slash = wt.lastIndexOf('/');
      String w = wt.substring(0, slash);
      String p = wt.substring(slash + 1);
      int begin = text.length();
      if (w.startsWith("<")) {
        String name = w.substring(1, w.length() - 1);
        String group = p.substring(p.indexOf(':') + 1);
        p = p.substring(0, p.indexOf(':'));
        text.append(name);
        String ph = RuleSet.OPEN + group + RuleSet.CLOSE;
        for (int i = 0; i < ph.length(); i++) {
          masked.append(ph.charAt(i));
          toText.add(begin);
        }
        tokens.add(new Token(name, p, "O", begin, text.length()));
        continue;
      }
      text.append(w);
      tokens.add(new Token(w, p, "O", begin, text.length()));
      for (int i = 0; i < w.length(); i++) {
        masked.append(w.charAt(i));
        toText.add(begin + i);
      }
    }
    CarriedSubject.View v =
        CarriedSubject.of(
            masked.toString(),
            toText,
            CarriedSubject.clauses(masked.toString(), toText, tokens),
            g -> RuleSet.OPEN + "C#" + g + RuleSet.CLOSE);
    return v == null ? null : v.masked().replace(RuleSet.OPEN, '<').replace(RuleSet.CLOSE, '>');
  }

  @Test
  void aPronounTheLinkerLeftAloneGivesWayToTheTopic() {
    // 其 not linked to an actor: the carried view reads the topic in its place, and the topic goes
    // on into the third clause
    assertEquals(
        "<C#0>於1991年獨立，<C#0>並於1998年加入<O#1>，<C#0>2015年又加入<O#2>。",
        view(
            "<吉爾吉斯>/NR:C#0 於/P 1991年/NT 獨立/VV ，/PU 其/PN 並/AD 於/P 1998年/NT 加入/VV"
                + " <世界貿易組織>/NR:O#1 ，/PU 2015年/NT 又/AD 加入/VV <歐亞經濟聯盟>/NR:O#2 。/PU"));
    // 其鄰國: a plain noun the pronoun modifies is the clause's own subject, and ends the topic
    assertEquals(
        null,
        view(
            "<吉爾吉斯>/NR:C#0 於/P 1991年/NT 獨立/VV ，/PU 其/PN 鄰國/NN 於/P 1998年/NT 加入/VV"
                + " <世界貿易組織>/NR:O#1 ，/PU 2015年/NT 又/AD 加入/VV <歐亞經濟聯盟>/NR:O#2 。/PU"));
  }

  @Test
  void aSecondPredicateAfterBingCarriesTheTopicNotTheObject() {
    String first = "哈薩克/NR 與/P 俄羅斯/NR 簽署/VV 條約/NN ，/PU 翌年/NT 又/AD 加入/VV 上海合作組織/NR ";
    List<Statement> st = read(first + "並/AD 重返/VV 集體安全條約組織/NR 。/PU");
    assertEquals("asserted", status(st, "kazakhstan MEMBER_OF csto"), st.toString());
    assertEquals("asserted", status(st, "kazakhstan MEMBER_OF sco"), st.toString());
    assertFalse(Sentences.facts(st).contains("russia MEMBER_OF csto"), st.toString());
    // a new subject in the later clause is its own
    List<Statement> other = read(first + "，/PU 吉爾吉斯/NR 並/AD 重返/VV 集體安全條約組織/NR 。/PU");
    assertFalse(Sentences.facts(other).contains("kazakhstan MEMBER_OF csto"), other.toString());
    assertEquals("asserted", status(other, "kyrgyzstan MEMBER_OF csto"), other.toString());
    // the first predicate's object is not carried
    List<Statement> object = read("哈薩克/NR 支持/VV 吉爾吉斯/NR 並/AD 重返/VV 集體安全條約組織/NR 。/PU");
    assertFalse(Sentences.facts(object).contains("kyrgyzstan MEMBER_OF csto"), object.toString());
    // a planned second act stays planned
    List<Statement> plan = read(first + "並/AD 準備/VV 重返/VV 集體安全條約組織/NR 。/PU");
    assertEquals("hypothetical", status(plan, "kazakhstan MEMBER_OF csto"), plan.toString());
    List<Statement> planned = read(first + "並/AD 計畫/VV 重返/VV 集體安全條約組織/NR 。/PU");
    assertEquals("hypothetical", status(planned, "kazakhstan MEMBER_OF csto"), planned.toString());
  }

  @Test
  void theTopicIsTheRecipientWhenTheRuleNamesTheRecipientFirst() {
    // 並從俄羅斯獲得援助: the carried topic is the one aided, not the donor
    List<String> facts =
        Sentences.facts(
            read(
                "吉爾吉斯/NR 於/P 2015年/NT 加入/VV 集安/NR 組織/NN ，/PU 並/CC 從/P 俄羅斯/NR 獲得/VV 大量/CD"
                    + " 援助/NN 。/PU"));
    assertTrue(facts.contains("russia AIDS kyrgyzstan"), facts.toString());
    List<String> accepts =
        Sentences.facts(
            read(
                "吉爾吉斯/NR 加入/VV 了/AS 集安/NR 組織/NN ，/PU 並/CC 接受/VV 俄羅斯/NR 的/DEG 軍事/NN 援助/NN"
                    + " 。/PU"));
    assertTrue(accepts.contains("russia AIDS kyrgyzstan"), accepts.toString());
    assertFalse(accepts.contains("kyrgyzstan AIDS russia"), accepts.toString());
    // a plan between the copy and the donor is the carried clause's own
    List<Statement> planned =
        read(
            "吉爾吉斯/NR 加入/VV 了/AS 集安/NR 組織/NN ，/PU 並/CC 計劃/VV 接受/VV 俄羅斯/NR 的/DEG 軍事/NN 援助/NN"
                + " 。/PU");
    assertFalse("stated".equals(status(planned, "russia AIDS kyrgyzstan")), planned.toString());
  }

  @Test
  void aClauseOfUndergoingTakesTheTopicAsWhatIsDoneToIt() {
    // 隨後遭到美國與歐盟的制裁: the topic is sanctioned, and never the sanctioner
    List<String> facts =
        Sentences.facts(
            read(
                "俄羅斯/NR 於/P 2014年/NT 併吞/VV 克里米亞/NR ，/PU 隨後/AD 遭到/VV 美國/NR 與/CC 歐盟/NR 的/DEG"
                    + " 制裁/NN 。/PU"));
    assertTrue(facts.contains("united_states SANCTIONS russia"), facts.toString());
    assertTrue(facts.contains("eu SANCTIONS russia"), facts.toString());
    // a clause that sanctions in the active voice still does not carry the topic as sanctioner
    List<String> active =
        Sentences.facts(
            read("俄羅斯/NR 於/P 2014年/NT 併吞/VV 克里米亞/NR ，/PU 隨後/AD 對/P 烏克蘭/NR 實施/VV 制裁/NN" + " 。/PU"));
    assertFalse(active.contains("russia SANCTIONS ukraine"), active.toString());
  }

  @Test
  void aTerritoryOpeningAClauseIsTheTopics() {
    // 境內駐有…: the territory is the topic's, Tajikistan hosts the troops
    List<String> facts =
        Sentences.facts(read("塔吉克/NR 是/VC 集安/NR 組織/NN 成員國/NN ，/PU 境內/NN 駐有/VV 俄羅斯/NR 軍隊/NN 。/PU"));
    assertTrue(facts.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), facts.toString());
    // a negated clause says no presence
    List<Statement> none =
        read("塔吉克/NR 是/VC 集安/NR 組織/NN 成員國/NN ，/PU 境內/NN 並未/AD 駐有/VV 俄羅斯/NR 軍隊/NN 。/PU");
    assertFalse(
        "stated".equals(status(none, "russia HAS_MILITARY_PRESENCE_IN tajikistan")),
        none.toString());
  }

  @Test
  void theSameYearOpeningAClauseIsNoSubject() {
    // 同/DT 年/M: the year of the clause before, and the topic goes on
    List<String> facts =
        Sentences.facts(read("烏茲別克/NR 退出/VV 集安/NR 組織/NN ，/PU 同/DT 年/M 加入/VV 古阿姆/NR 。/PU"));
    assertTrue(facts.contains("uzbekistan MEMBER_OF guam"), facts.toString());
    // a real noun subject after the year still ends the topic
    List<String> other =
        Sentences.facts(read("烏茲別克/NR 退出/VV 集安/NR 組織/NN ，/PU 同/DT 年/M 經濟/NN 加入/VV 古阿姆/NR 。/PU"));
    assertFalse(other.contains("uzbekistan MEMBER_OF guam"), other.toString());
  }

  @Test
  void aListWithACollectiveAdverbCarriesAsAWhole() {
    // 均 after 哈薩克與吉爾吉斯: 與 joins a list, and both join in the second clause
    List<String> facts =
        Sentences.facts(
            read(
                "哈薩克/NR 與/CC 吉爾吉斯/NR 均/AD 為/VC 歐亞/NR 經濟/NN 聯盟/NN 成員國/NN ，/PU 並/CC 同時/AD"
                    + " 加入/VV 了/AS 上海/NR 合作/NN 組織/NN 。/PU"));
    assertTrue(facts.contains("kazakhstan MEMBER_OF sco"), facts.toString());
    assertTrue(facts.contains("kyrgyzstan MEMBER_OF sco"), facts.toString());
  }

  @Test
  void aListClosingItsClauseCarriesAsAWhole() {
    // 哈薩克與吉爾吉斯「別無選擇」，…: no verb in the list's clause for a partner to go with, so 與 joins a list
    List<String> facts =
        Sentences.facts(
            read(
                "哈薩克/NR 與/P 吉爾吉斯/NR 「/PU 別無選擇/VV 」/PU ，/PU 只/AD 能/VV 繼續/VV 留/VV 在/P 歐亞/NR"
                    + " 經濟/NN 聯盟/NN 之內/LC 。/PU"));
    assertTrue(facts.contains("kazakhstan MEMBER_OF eaeu"), facts.toString());
    assertTrue(facts.contains("kyrgyzstan MEMBER_OF eaeu"), facts.toString());
    // … but a verb there keeps 與 a comitative: the second clause is the first-named state's alone
    List<String> comitative =
        Sentences.facts(
            read(
                "哈薩克/NR 與/P 吉爾吉斯/NR 接壤/VV ，/PU 並/AD 繼續/VV 留/VV 在/P 歐亞/NR 經濟/NN 聯盟/NN"
                    + " 之內/LC 。/PU"));
    assertTrue(comitative.contains("kazakhstan MEMBER_OF eaeu"), comitative.toString());
    assertFalse(comitative.contains("kyrgyzstan MEMBER_OF eaeu"), comitative.toString());
  }

  @Test
  void aComitativeTopicMakesItsPartnershipTogether() {
    // a partner of the second clause's own: the pass adds nothing beyond the first reading
    List<String> own =
        Sentences.facts(
            read(
                "中國/NR 與/CC 哈薩克/NR 於/P 2019年/NT 簽署/VV 邊界/NN 協定/NN ，/PU 並/AD 與/P 俄羅斯/NR 建立/VV"
                    + " 戰略/NN 夥伴/NN 關係/NN 。/PU"));
    assertTrue(pair(own, "china", "PARTNER_OF", "russia"), own.toString());
    // 中國與哈薩克 sign, then announce a partnership: the two announce it together
    List<String> facts =
        Sentences.facts(
            read(
                "中國/NR 與/CC 哈薩克/NR 於/P 2019年/NT 簽署/VV 聯合/JJ 聲明/NN ，/PU 宣布/VV 建立/VV 永久/JJ"
                    + " 全面/JJ 戰略/NN 夥伴/NN 關係/NN 。/PU"));
    assertTrue(pair(facts, "china", "PARTNER_OF", "kazakhstan"), facts.toString());
  }
}
