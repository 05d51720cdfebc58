package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference the linker resolves to an organisation's member states by its membership (上合組織八個成員國)
 * states that each of them is a member of it; sentences written for the test.
 */
class MembershipPhrasesTest {
  @TempDir Path dir;

  /** The subjects of the asserted memberships of {@code org}, sorted. */
  private static List<String> members(List<Statement> st, String org) {
    return st.stream()
        .filter(s -> s.asserted() && s.predicate().equals("MEMBER_OF") && s.object().equals(org))
        .map(Statement::subject)
        .sorted()
        .toList();
  }

  @Test
  void aCountOfAnOrganisationsMemberStatesStatesEachMembership() throws Exception {
    List<Statement> st = Sentences.extract(dir, "上合組織八個成員國的國防部長本週在杜尚別舉行年度會議。");
    assertEquals(
        List.of(
            "china",
            "india",
            "kazakhstan",
            "kyrgyzstan",
            "pakistan",
            "russia",
            "tajikistan",
            "uzbekistan"),
        members(st, "sco"),
        st.toString());
    Statement one =
        st.stream()
            .filter(s -> s.predicate().equals("MEMBER_OF") && s.subject().equals("india"))
            .findFirst()
            .orElseThrow();
    assertEquals("member", one.role());
    assertEquals(MembershipPhrases.RULE, one.rule());
  }

  @Test
  void simplifiedChineseAndAnOrganisationNamedEarlierInTheSentence() throws Exception {
    List<Statement> st = Sentences.extract(dir, "这次演习是集体安全条约组织成立以来，全部六个成员国首次共同派兵参加。");
    assertEquals(
        List.of("armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia", "tajikistan"),
        members(st, "csto"),
        st.toString());
  }

  @Test
  void aCountResolvedByAnOrganisationOfAnEarlierSentenceStatesNoMembership() throws Exception {
    // the sentence speaks of the heads' signing; the organisation is the last sentence's
    List<Statement> st = Sentences.extract(dir, "上合組織峰會昨日在阿斯塔納開幕。閉幕時，八個成員國元首共同發表聯合聲明。");
    assertEquals(List.of(), members(st, "sco"), st.toString());
  }

  @Test
  void theOrganisationNamingTheCountIsNoActorOfTheClause() throws Exception {
    // the members take part, and the organisation only says whose members they are
    List<Statement> st = Sentences.extract(dir, "“和平使命—2021”聯合演習在奧倫堡舉行，上合組織八個成員國均派員參加。");
    List<String> parties = participants(st);
    assertTrue(parties.contains("india"), st.toString());
    assertFalse(parties.contains("sco"), st.toString());
  }

  @Test
  void anOrganisationJoinedToTheCountIsAnActorItself() throws Exception {
    // the organisation and its members both take part
    List<Statement> st = Sentences.extract(dir, "上合組織及其八個成員國均派員參加了在奧倫堡舉行的“和平使命—2021”聯合演習。");
    List<String> parties = participants(st);
    assertTrue(parties.contains("sco"), st.toString());
    assertTrue(parties.contains("india"), st.toString());
  }

  /** The subjects of the asserted PARTICIPATES_IN statements, sorted. */
  private static List<String> participants(List<Statement> st) {
    return st.stream()
        .filter(s -> s.asserted() && s.predicate().equals("PARTICIPATES_IN"))
        .map(Statement::subject)
        .distinct()
        .sorted()
        .toList();
  }

  @Test
  void aStatedCountNamesNoMember() throws Exception {
    // how many members the bloc has, not which
    List<Statement> st = Sentences.extract(dir, "歐亞經濟聯盟目前擁有五個成員國，總部設在莫斯科。");
    assertEquals(List.of(), members(st, "eaeu"), st.toString());
    // all of them is a reference
    st = Sentences.extract(dir, "歐亞經濟聯盟所有五個成員國都已批准這份協定。");
    assertEquals(5, members(st, "eaeu").size(), st.toString());
  }

  @Test
  void aNegatedOrPlannedClauseStatesNoFact() throws Exception {
    List<Statement> st = Sentences.extract(dir, "明年，上合組織八個成員國預計將在青島舉行聯合演習。");
    assertEquals(8, members(st, "sco").size(), "the plan is the exercise's: " + st);
    st = Sentences.extract(dir, "外界預計上合組織八個成員國都會派兵參加。");
    assertEquals(List.of(), members(st, "sco"), st.toString());
    assertTrue(
        st.stream()
            .anyMatch(
                s ->
                    s.predicate().equals("MEMBER_OF")
                        && s.subject().equals("india")
                        && s.status().equals(Scope.HYPOTHETICAL)),
        st.toString());
    st = Sentences.extract(dir, "這項倡議並非由上合組織八個成員國共同提出。");
    assertEquals(List.of(), members(st, "sco"), st.toString());
  }

  @Test
  void aFoundingCountGivesTheFoundingRole() throws Exception {
    List<Statement> st = Sentences.extract(dir, "上合組織六個創始成員國的外長在上海舉行紀念活動。");
    List<Statement> founding =
        st.stream()
            .filter(
                s -> s.asserted() && s.predicate().equals("MEMBER_OF") && s.object().equals("sco"))
            .toList();
    assertEquals(6, founding.size(), st.toString());
    assertTrue(founding.stream().allMatch(s -> s.role().equals("founding")), st.toString());
  }

  @Test
  void anObserverCountAndAFormerMemberStateNoMembership() throws Exception {
    List<Statement> observers = Sentences.extract(dir, "上合組織三個觀察員國的代表列席了這次會議。");
    assertFalse(
        observers.stream()
            .anyMatch(
                s ->
                    s.asserted() && s.predicate().equals("MEMBER_OF") && "member".equals(s.role())),
        observers.toString());
    List<Statement> former = Sentences.extract(dir, "集體安全條約組織七個前成員國的代表在莫斯科會晤。");
    assertEquals(List.of(), members(former, "csto"), former.toString());
    // 前述 is the aforesaid: still members
    List<Statement> aforesaid = Sentences.extract(dir, "集體安全條約組織前述六個成員國的代表在莫斯科會晤。");
    assertEquals(6, members(aforesaid, "csto").size(), aforesaid.toString());
  }

  @Test
  void englishCountsThatNameTheOrganisation() throws Exception {
    List<String> csto =
        List.of("armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia", "tajikistan");
    List<Statement> st =
        Sentences.extract(
            dir, "Defence ministers of all six CSTO members met in Yerevan on Tuesday.");
    assertEquals(csto, members(st, "csto"), st.toString());
    st =
        Sentences.extract(
            dir, "The CSTO's six member states approved a joint budget for the drills.");
    assertEquals(csto, members(st, "csto"), st.toString());
    st =
        Sentences.extract(
            dir, "A summit of the eight member states of the SCO opened in Qingdao on Saturday.");
    assertEquals(8, members(st, "sco").size(), st.toString());
    // near misses: an indefinite count may be some of them; a stated count names none
    st = Sentences.extract(dir, "Troops from six member states of the SCO joined the drills.");
    assertEquals(List.of(), members(st, "sco"), st.toString());
    st = Sentences.extract(dir, "The CSTO now has six members and a joint staff in Moscow.");
    assertEquals(List.of(), members(st, "csto"), st.toString());
  }

  @Test
  void russianCountsThatNameTheOrganisation() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir, "Министры обороны восьми государств — членов ШОС собрались в Бишкеке.");
    assertEquals(8, members(st, "sco").size(), st.toString());
    st = Sentences.extract(dir, "Все пять членов ЕАЭС одобрили новый таможенный кодекс.");
    assertEquals(
        List.of("armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia"),
        members(st, "eaeu"),
        st.toString());
    // a former member is none
    st = Sentences.extract(dir, "Бывшие члены ОДКБ не участвовали в учениях.");
    assertEquals(List.of(), members(st, "csto"), st.toString());
  }
}
