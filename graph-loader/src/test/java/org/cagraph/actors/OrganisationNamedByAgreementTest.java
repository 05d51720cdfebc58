package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A reference to an organisation (該聯盟, 該組織, the bloc) right after an agreement named for an
 * organisation (《歐亞經濟聯盟條約》, the Treaty on the Eurasian Economic Union) is the organisation the
 * agreement names, not one named before the agreement (a predecessor such as the customs union).
 * Sentences written for the test, with near misses.
 */
class OrganisationNamedByAgreementTest {
  @Test
  void theOrganisationTheAgreementNames() {
    assertEquals(
        Set.of("eaeu"), LinkedText.corefAdded("2011年，俄羅斯與白俄羅斯先成立關稅同盟，後又簽署《歐亞經濟聯盟條約》，該聯盟於次年起運作。\n"));
    assertEquals(
        Set.of("eaeu"),
        LinkedText.corefAdded(
            "Belarus first joined the Eurasian Customs Union and later signed the Treaty on the"
                + " Eurasian Economic Union, and the bloc began to work the next year.\n"));
  }

  @Test
  void nearMisses() {
    // a predecessor and no agreement: the organisation named last
    assertEquals(
        Set.of("eurasian_customs_union"),
        LinkedText.corefAdded("2011年，俄羅斯與白俄羅斯成立關稅同盟，該聯盟於次年起運作。\n"));
    // an organisation named after the agreement: that organisation
    assertEquals(
        Set.of("eurasian_customs_union"),
        LinkedText.corefAdded("俄羅斯簽署《歐亞經濟聯盟條約》後，又與白俄羅斯成立關稅同盟，該聯盟於次年起運作。\n"));
    // an agreement that names no organisation: the organisation named last
    assertEquals(Set.of("csto"), LinkedText.corefAdded("集安組織成立後，俄羅斯與哈薩克簽署《阿拉木圖宣言》，該組織並未介入。\n"));
  }
}
