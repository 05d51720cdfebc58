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
  void aRussianNameGetsALatinId() {
    assertEquals(
        "soglasheniye_o_sozdanii_tyurkskogo_investitsionnogo_fonda",
        Discovery.slug("соглашение о создании Тюркского инвестиционного фонда"));
  }
}
