package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Russian lists a count with adjectives heads, set off by dashes ({@link ListHeads}), and an ending
 * verb's participle in an aside (ending.lex): each listed state takes the head's relation; the
 * participle's relation has ended.
 */
class RussianListsAndEndingsTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aDashListAfterACountWithAdjectivesIsReadInItsHeadsPlace() throws Exception {
    List<String> f =
        facts(
            "Туркмения граничит с двумя центральноазиатскими республиками — Казахстаном и"
                + " Узбекистаном, — и выходит к морю.");
    assertTrue(f.contains("kazakhstan BORDERS turkmenistan"), f.toString());
    assertTrue(f.contains("turkmenistan BORDERS uzbekistan"), f.toString());
    // near miss: trade is no border
    f =
        facts(
            "Туркмения торгует с двумя центральноазиатскими республиками — Казахстаном и"
                + " Узбекистаном, — и выходит к морю.");
    assertFalse(f.contains("kazakhstan BORDERS turkmenistan"), f.toString());
  }

  @Test
  void aDeploymentNounWithItsOwnOwnerIsNotTheSubjects() throws Exception {
    // размещение российских войск: Russia's deployment, which Turkey only criticised
    List<String> f = facts("Турция критиковала размещение российских войск в Армении.");
    assertFalse(f.contains("turkey HAS_MILITARY_PRESENCE_IN armenia"), f.toString());
    f = facts("Узбекистан выступил против размещения американской базы в Киргизии.");
    assertFalse(f.contains("uzbekistan HAS_MILITARY_PRESENCE_IN kyrgyzstan"), f.toString());
    // the subject's own deployment is still read, in the verb and in the noun without an owner
    f = facts("Турция разместила войска в Азербайджане.");
    assertTrue(f.contains("turkey HAS_MILITARY_PRESENCE_IN azerbaijan"), f.toString());
  }

  @Test
  void aVerbalNounBeforeACountIsNoAdjectiveOfTheHead() throws Exception {
    // участие is the verb's object: the list still stands for страны, and participation is read
    List<String> f =
        facts(
            "В учениях «Мирная миссия» приняли участие следующие страны: Россия, Казахстан и"
                + " Киргизия.");
    assertTrue(f.contains("russia PARTICIPATES_IN peace_mission"), f.toString());
    assertTrue(f.contains("kazakhstan PARTICIPATES_IN peace_mission"), f.toString());
    assertTrue(f.contains("kyrgyzstan PARTICIPATES_IN peace_mission"), f.toString());
  }

  @Test
  void kNeiAfterAManIsStillTheOrganisation() throws Exception {
    // к ней is no man: the organisation named before, past the man named between
    List<String> f =
        facts(
            "Организацию Договора о Коллективной Безопасности создали в 2002 году. По словам"
                + " Путина, в 2006 году к ней присоединился Узбекистан.");
    assertTrue(f.contains("uzbekistan MEMBER_OF csto"), f.toString());
  }

  @Test
  void anEndingParticipleEndsTheMembershipItNames() throws Exception {
    List<String> f =
        facts("Узбекистан, прекративший членство в ОДКБ в 2012 году, сохранил нейтралитет.");
    assertFalse(f.contains("uzbekistan MEMBER_OF csto"), f.toString());
    f = facts("Туркмения, приостановившая членство в СНГ в 2005 году, сохранила нейтралитет.");
    assertFalse(f.contains("turkmenistan MEMBER_OF cis"), f.toString());
    f = facts("Туркмения, сохранившая членство в СНГ, провозгласила нейтралитет.");
    assertTrue(f.contains("turkmenistan MEMBER_OF cis"), f.toString());
  }
}
