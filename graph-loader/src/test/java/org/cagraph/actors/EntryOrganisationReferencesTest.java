package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * English and Russian organisation words in an entry on an organisation (its title names one): the
 * title's organisation, as 該組織 is in Chinese, not a body an earlier sentence of the paragraph named
 * on the way; unless the paragraph opens a sentence with another organisation or the sentence names
 * another before the word.
 */
class EntryOrganisationReferencesTest {

  @Test
  void aBareRussianOrganisationInAnEntryIsTheTitles() {
    String title = "Организация Договора о коллективной безопасности\n\n";
    Set<String> got =
        LinkedText.corefAdded(
            title
                + "В 2004 году ОДКБ получила статус наблюдателя при Генеральной Ассамблее ООН. "
                + "В 2009 году в рамках организации были созданы Коллективные силы оперативного"
                + " реагирования.\n");
    assertTrue(
        got.contains("csto") && !got.contains("un") && !got.contains("un_general_assembly"),
        got.toString());
    // near miss: an earlier sentence of the paragraph opens with another organisation
    got =
        LinkedText.corefAdded(
            title
                + "ООН была основана в 1945 году. Казахстан вступил в организацию в 1992 году.\n");
    assertFalse(got.contains("csto"), got.toString());
    // near miss: the sentence names another organisation before the word
    got =
        LinkedText.corefAdded(
            title + "Армения в 2015 году вступила в ЕАЭС и остаётся членом организации.\n");
    assertTrue(got.contains("eaeu") && !got.contains("csto"), got.toString());
    // near miss: a title that names no organisation
    got =
        LinkedText.corefAdded(
            "Армения и её союзники\n\n"
                + "В 2004 году ООН приняла резолюцию. Армения участвует в работе организации.\n");
    assertFalse(got.contains("csto"), got.toString());
  }

  @Test
  void anEnglishOrganisationWordInAnEntryIsTheTitles() {
    String title = "Shanghai Cooperation Organisation\n\n";
    Set<String> got =
        LinkedText.corefAdded(
            title
                + "Iran was under UN sanctions for years. In 2023 Iran became a full member of the"
                + " organisation.\n");
    assertTrue(got.contains("sco") && !got.contains("un"), got.toString());
    // near miss: a body named before whose own name says organisation is taken up by the word
    got =
        LinkedText.corefAdded(
            title
                + "Kazakhstan joined the World Trade Organization in 2015. A year later,"
                + " Afghanistan joined the organisation.\n");
    assertTrue(got.contains("wto") && !got.contains("sco"), got.toString());
    // near miss: the bloc or the alliance may be another body: left to the paragraph
    got =
        LinkedText.corefAdded(
            title + "NATO expanded eastwards in 2004. Russia opposed the alliance.\n");
    assertFalse(got.contains("sco"), got.toString());
  }

  @Test
  void anOrganisationInThePersonsTitleOpensNoTopic() {
    String title = "Шанхайская организация сотрудничества\n\n";
    Set<String> got =
        LinkedText.corefAdded(
            title
                + "Генеральный секретарь ООН Антониу Гутерриш выступил на встрече в Астане. "
                + "Монголия намерена участвовать в работе всех структур организации.\n");
    assertTrue(got.contains("sco") && !got.contains("un"), got.toString());
    got =
        LinkedText.corefAdded(
            "Shanghai Cooperation Organisation\n\n"
                + "UN Secretary-General Antonio Guterres addressed the leaders in Astana. In 2023"
                + " Iran became a full member of the organisation.\n");
    assertTrue(got.contains("sco") && !got.contains("un"), got.toString());
    // near miss: the organisation opens the sentence as its own subject, the person after a verb
    got =
        LinkedText.corefAdded(
            title
                + "ООН поддержала Антониу Гутерриша на выборах. "
                + "Монголия намерена участвовать в работе всех структур организации.\n");
    assertFalse(got.contains("sco"), got.toString());
  }
}
