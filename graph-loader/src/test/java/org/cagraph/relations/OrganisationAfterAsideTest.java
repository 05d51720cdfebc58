package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English organisation word inside a relative or parenthetical aside, when its sentence names
 * one organisation after the aside and none before: that organisation, not one an earlier sentence
 * named ({@code Coreference.organisationAfterAside}). Sentences written for the test.
 */
class OrganisationAfterAsideTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theOrganisationInARelativeAsideIsTheOneNamedAfterIt() throws Exception {
    List<String> f =
        facts(
            "Kazakhstan joined the Eurasian Economic Union in 2015. Pakistan, which joined the"
                + " organisation in 2017, has used the SCO to press its case.");
    assertTrue(f.contains("pakistan MEMBER_OF sco"), f.toString());
    assertFalse(f.contains("pakistan MEMBER_OF eaeu"), f.toString());
  }

  @Test
  void theBlocInAParenthesisIsTheOneNamedAfterIt() throws Exception {
    List<String> f =
        facts(
            "Armenia left the talks on the Eurasian Economic Union. India (which joined the bloc"
                + " in 2017) has used the SCO to reach Central Asia.");
    assertTrue(f.contains("india MEMBER_OF sco"), f.toString());
    assertFalse(f.contains("india MEMBER_OF eaeu"), f.toString());
  }

  @Test
  void anotherOrganisationAfterTheAsideKeepsTheEarlierOne() throws Exception {
    List<String> f =
        facts(
            "Kazakhstan joined the Eurasian Economic Union in 2015. Armenia, which joined the"
                + " organisation a year earlier, also belongs to the CSTO.");
    assertTrue(f.contains("armenia MEMBER_OF eaeu"), f.toString());
  }
}
