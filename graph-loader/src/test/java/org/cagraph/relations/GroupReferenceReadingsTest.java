package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relations a user sees through a bare 'both' / оба / обе, through both sides after a sentence
 * naming two actors, and (never) through Chinese 它們: the pair of states when the text joins them,
 * nothing when the word means things (loans, railways, roads) or an organisation the sentence
 * before named as what a state applied to or left. Sentences written for the test.
 */
class GroupReferenceReadingsTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void bothAloneIsThePairOnlyWhenNoThingsStandBetween() throws Exception {
    List<String> f =
        facts(
            "Kazakhstan and Kyrgyzstan share a long border, and both joined the Eurasian Economic"
                + " Union in 2015.\n");
    assertTrue(f.contains("kazakhstan MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("kyrgyzstan MEMBER_OF eaeu"), f.toString());
    f = facts("Казахстан и Киргизия долго вели переговоры, и оба вступили в ЕАЭС в 2015 году.\n");
    assertTrue(f.contains("kazakhstan MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("kyrgyzstan MEMBER_OF eaeu"), f.toString());
    // near misses: each … a project, по новой дороге: both / обе are the things
    assertEquals(
        List.of(),
        facts(
            "Kazakhstan and Uzbekistan each proposed a railway project, and both joined the Belt"
                + " and Road Initiative.\n"));
    assertEquals(
        List.of(),
        facts(
            "Казахстан и Узбекистан построили по новой дороге, и обе присоединились к инициативе"
                + " «Один пояс, один путь».\n"));
  }

  @Test
  void chineseTheyOfThingsReadsNoStates() throws Exception {
    List<String> f = facts("俄羅斯與白俄羅斯於1999年簽署聯盟條約。哈薩克與吉爾吉斯於2013年提出申請，它們於2015年加入歐亞經濟聯盟。\n");
    assertTrue(f.stream().noneMatch(x -> x.endsWith("MEMBER_OF eaeu")), f.toString());
    f = facts("中國向哈薩克與吉爾吉斯提供了兩筆貸款。它們於2015年加入歐亞經濟聯盟。\n");
    assertTrue(f.stream().noneMatch(x -> x.endsWith("MEMBER_OF eaeu")), f.toString());
  }

  @Test
  void bothSidesAreNoOrganisationAStateAppliedToOrLeft() throws Exception {
    List<String> f =
        facts(
            "Kazakhstan signed a partnership agreement with the European Union in 2015. Both"
                + " sides signed the Treaty on the Eurasian Economic Union in 2016.\n");
    assertTrue(f.stream().anyMatch(x -> x.startsWith("eu SIGNED")), f.toString());
    f =
        facts(
            "Russia and Belarus signed a union treaty in 1999. Kazakhstan later applied to the"
                + " World Trade Organization. Both sides signed the Treaty on the Eurasian Economic"
                + " Union.\n");
    assertTrue(f.stream().noneMatch(x -> x.startsWith("wto SIGNED")), f.toString());
    f = facts("Uzbekistan left the CSTO in 2012. Both sides signed the EAEU treaty in 2014.\n");
    assertTrue(f.stream().noneMatch(x -> x.startsWith("csto SIGNED")), f.toString());
  }
}
