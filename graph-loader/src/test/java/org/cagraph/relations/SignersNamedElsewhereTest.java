package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Signings whose signers the clause does not name as its subject: a bilateral agreement whose own
 * names give its two parties, said signed with no signer (S:@named over the gazetteer's names), and
 * a passive whose agent is a bare сторонами, the pair named before. Sentences written for the test.
 * The English and Russian forms of the first read through the same rule; a signer after the verb,
 * however far, is the only signer.
 */
class SignersNamedElsewhereTest {
  private static List<String> facts(String text) {
    return NamedEventsTest.facts(text);
  }

  @Test
  void aChineseBilateralTreatySignedWithNoSignerIsSignedByItsParties() {
    List<String> f = facts("《俄烏聯盟關係條約》於2005年在塔什干簽署。\n");
    assertTrue(
        f.contains("russia SIGNED russia_uzbekistan_treaty_on_allied_relations"), f.toString());
    assertTrue(
        f.contains("uzbekistan SIGNED russia_uzbekistan_treaty_on_allied_relations"), f.toString());
  }

  @Test
  void anEnglishOrRussianBilateralTreatySignedWithNoSignerIsSignedByItsParties() {
    for (String text :
        List.of(
            "The Treaty on Allied Relations between Russia and Uzbekistan was signed in 2005.\n",
            "Договор о союзнических отношениях между Российской Федерацией и Республикой Узбекистан"
                + " был подписан в 2005 году.\n")) {
      List<String> f = facts(text);
      assertTrue(
          f.contains("russia SIGNED russia_uzbekistan_treaty_on_allied_relations"), f.toString());
      assertTrue(
          f.contains("uzbekistan SIGNED russia_uzbekistan_treaty_on_allied_relations"),
          f.toString());
    }
  }

  @Test
  void aMultilateralTreatySignedWithNoSignerGivesNobody() {
    List<String> f = facts("《集體安全條約》於1992年在塔什干簽署，約束其成員國。\n");
    assertTrue(f.stream().noneMatch(x -> x.contains(" SIGNED ")), f.toString());
  }

  @Test
  void aSignerAfterTheVerbIsTheOnlySigner() {
    List<String> f =
        facts(
            "The Treaty on Allied Relations between Russia and Uzbekistan was signed in 2005 by"
                + " Uzbekistan.\n");
    assertFalse(
        f.contains("russia SIGNED russia_uzbekistan_treaty_on_allied_relations"), f.toString());
  }

  @Test
  void aTreatyNeverSignedOrStillToBeSignedGivesNobody() {
    List<String> f =
        facts(
            "The Treaty on Allied Relations between Russia and Uzbekistan was never signed.\n"
                + "《俄烏聯盟關係條約》將於明年簽署。\n");
    assertTrue(f.stream().noneMatch(x -> x.contains(" SIGNED ")), f.toString());
  }

  @Test
  void aBareSidesAsThePassiveAgentIsThePairNamedBefore() {
    List<String> f =
        facts(
            "Россия и Армения провели переговоры в Ереване. Договор о коллективной безопасности"
                + " был подписан сторонами в 1992 году.\n");
    assertTrue(f.contains("russia SIGNED collective_security_treaty"), f.toString());
    assertTrue(f.contains("armenia SIGNED collective_security_treaty"), f.toString());
  }

  @Test
  void aSidesAgentOfASigningNotDoneOrOnlyDueGivesNobody() {
    List<String> f =
        facts(
            "Россия и Армения провели переговоры в Ереване. Договор о коллективной безопасности"
                + " так и не был подписан сторонами.\n"
                + "Россия и Армения провели переговоры в Ереване. Договор о коллективной безопасности"
                + " должен быть подписан сторонами в 2030 году.\n");
    assertTrue(f.stream().noneMatch(x -> x.contains(" SIGNED ")), f.toString());
  }
}
