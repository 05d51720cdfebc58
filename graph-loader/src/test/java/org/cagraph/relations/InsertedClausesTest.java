package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clause set off by commas between a main clause's subject and its verb ({@link
 * InsertedClauses}): the main clause is read across it, in its own status; the inserted clause's
 * negation stays its own, and its actor is no subject of the main verb.
 */
class InsertedClausesTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theMainClauseIsReadAcrossARelativeClauseWhoseNegationStaysItsOwn() throws Exception {
    List<String> f = facts("Туркмения, которая не входит в ОДКБ, граничит с Ираном.");
    assertTrue(f.contains("iran BORDERS turkmenistan"), f.toString());
    assertFalse(f.contains("turkmenistan MEMBER_OF csto"), f.toString());
  }

  @Test
  void theMainClausesNegationStaysAcrossAPositiveRelativeClause() throws Exception {
    List<String> f = facts("Казахстан, который граничит с Россией, так и не вступил в ОДКБ.");
    assertTrue(f.contains("kazakhstan BORDERS russia"), f.toString());
    assertFalse(f.contains("kazakhstan MEMBER_OF csto"), f.toString());
  }

  @Test
  void theMainClauseIsReadAcrossANegatedParticipleClause() throws Exception {
    List<String> f = facts("Монголия, не имеющая выхода к морю, граничит с Китаем.");
    assertTrue(f.contains("china BORDERS mongolia"), f.toString());
    List<Statement> negated =
        Sentences.extract(dir, "Монголия, не входящая в ШОС, не граничит с Казахстаном.");
    assertTrue(Sentences.facts(negated).isEmpty(), negated.toString());
    // the border is read, as the main clause says it: negated
    assertTrue(
        negated.stream()
            .anyMatch(x -> x.predicate().equals("BORDERS") && x.status().equals("negated")),
        negated.toString());
  }

  @Test
  void anActorOfAParticipleClauseIsNoSubjectOfTheMainVerb() throws Exception {
    List<String> f =
        facts("Россия, потерявшая базу в Узбекистане, разместила войска в Таджикистане.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    assertFalse(f.contains("uzbekistan HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void aParticiplePhraseBeforeItsNounIsReadWithTheNounLeadingIt() throws Exception {
    List<String> f = facts("Граничащий с Китаем Казахстан развивает транзит.");
    assertTrue(f.contains("china BORDERS kazakhstan"), f.toString());
    f = facts("Подписавшие Договор о ЕАЭС Армения и Белоруссия снизили пошлины.");
    assertTrue(f.contains("armenia SIGNED eaeu_treaty"), f.toString());
    assertTrue(f.contains("belarus SIGNED eaeu_treaty"), f.toString());
    // past a name in quotes: «Мирная миссия» is the event, Россия и Китай the noun
    f = facts("Участвовавшие в учениях «Мирная миссия» Россия и Китай отработали высадку.");
    assertTrue(f.contains("russia PARTICIPATES_IN peace_mission"), f.toString());
    assertTrue(f.contains("china PARTICIPATES_IN peace_mission"), f.toString());
    f = facts("Арендуемый Россией космодром Байконур остаётся главной площадкой.");
    assertTrue(f.contains("russia LEASES baikonur_cosmodrome"), f.toString());
  }

  @Test
  void aParticipleInDshIsAParticipleToo() throws Exception {
    // вышедший, пришедший: the past active participle of идти's compounds has -дш-, not -вш-
    List<String> f = facts("Россия, пришедшая на смену СССР, приняла участие в саммите ШОС.");
    assertTrue(f.contains("russia PARTICIPATES_IN sco"), f.toString());
  }

  @Test
  void aFrontedParticiplesNegationAndItsAddresseeAreKept() throws Exception {
    List<Statement> negated =
        Sentences.extract(dir, "Не подписавшая Договор о ЕАЭС Украина осталась в стороне.");
    assertTrue(Sentences.facts(negated).isEmpty(), negated.toString());
    // the addressee of a passive participle after its agent is no head noun
    List<String> f = facts("Выделенный Китаем Таджикистану кредит пошёл на дороги.");
    assertFalse(f.contains("tajikistan AIDS china"), f.toString());
  }

  @Test
  void anEnglishRelativeClausesNegationDoesNotReachTheMainClause() throws Exception {
    List<String> f =
        facts("Kazakhstan, which never joined the CSTO's rapid reaction force, borders China.");
    assertTrue(f.contains("china BORDERS kazakhstan"), f.toString());
    assertFalse(f.contains("kazakhstan MEMBER_OF csto"), f.toString());
  }

  @Test
  void anActorOfAnEnglishRelativeClauseIsNoSubjectOfTheMainVerb() throws Exception {
    List<String> f = facts("Tajikistan, where Russia keeps a large base, joined the CSTO in 1992.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    assertFalse(f.contains("russia MEMBER_OF csto"), f.toString());
  }
}
