package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state named before a company or a bank the text names (the Kyrgyz bank Keremet Bank,
 * 吉爾吉斯的克雷梅特銀行, киргизского банка «Керемет»): the state is only where the company is based, so an
 * object slot reads past it to the company ({@code RuleSet.OWNER_OF_COMPANY}); a state's banks with
 * no bank named (Russian banks) are still the state's. Sentences written for the test.
 */
class NamedCompanyOwnerTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aNamedBankAfterItsStatesDemonymIsTheTarget() throws Exception {
    List<String> f =
        facts("The US Treasury sanctioned the Kyrgyz bank Keremet Bank for helping Russia.");
    assertTrue(f.contains("us_department_of_the_treasury SANCTIONS keremet_bank"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.endsWith("SANCTIONS kyrgyzstan")), f.toString());
  }

  @Test
  void aNamedBankAfterItsStatesDemonymIsTheTargetInChinese() throws Exception {
    List<String> f = facts("美國財政部制裁吉爾吉斯的克雷梅特銀行。");
    assertFalse(f.stream().anyMatch(x -> x.endsWith("SANCTIONS kyrgyzstan")), f.toString());
  }

  @Test
  void aNamedBankAfterItsStatesAdjectiveIsTheTargetInRussian() throws Exception {
    List<String> f = facts("Минфин США ввёл санкции против киргизского банка «Керемет Банк».");
    assertFalse(f.stream().anyMatch(x -> x.endsWith("SANCTIONS kyrgyzstan")), f.toString());
  }

  @Test
  void aStatesBanksWithNoBankNamedAreTheState() throws Exception {
    List<String> f = facts("The United States sanctioned Russian banks over the war.");
    assertTrue(f.contains("united_states SANCTIONS russia"), f.toString());
  }

  @Test
  void aSeatBeforeItsCompanyIsStillItsPlace() throws Exception {
    List<String> f = facts("總部設在比什凱克的克雷梅特銀行去年擴大了業務。");
    assertTrue(f.contains("keremet_bank LOCATED_IN bishkek"), f.toString());
  }
}
