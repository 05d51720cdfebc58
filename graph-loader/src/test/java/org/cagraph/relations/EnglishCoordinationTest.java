package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two English coordinations read without the parse: "not only A but (also) B" is one list, as "A
 * and B" is ({@link RuleEngine#notOnlyBut}); ", a year after Z" says that Z did the clause's act
 * earlier ({@link Ellipsis}), unless Z has a verb of its own after it.
 */
class EnglishCoordinationTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void notOnlyButAlsoIsOneList() throws Exception {
    List<String> f = facts("Not only Russia but also China maintains troops in Tajikistan.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    assertTrue(f.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    f = facts("Russia keeps troops in Tajikistan, but China keeps none there.");
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void butWithoutNotOnlyOpensAnotherClause() throws Exception {
    // Each of these fails when "but" joins a list without "not only" before its first item.
    List<String> f = facts("Moscow sent troops to Tajikistan, but China sent only advisers.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    assertFalse(f.contains("russia HAS_MILITARY_PRESENCE_IN china"), f.toString());
    f = facts("Kyrgyzstan borders China, but Tajikistan borders Afghanistan.");
    assertTrue(f.contains("china BORDERS kyrgyzstan"), f.toString());
    assertFalse(f.contains("afghanistan BORDERS china"), f.toString());
    assertFalse(f.contains("kyrgyzstan BORDERS tajikistan"), f.toString());
    f = facts("Russia sanctioned Georgia, but the EU sanctioned Russia.");
    assertTrue(f.contains("eu SANCTIONS russia"), f.toString());
    assertFalse(f.contains("georgia SANCTIONS russia"), f.toString());
  }

  @Test
  void aYearAfterAnActorRepeatsTheActForIt() throws Exception {
    List<String> f = facts("Kyrgyzstan joined the EAEU in 2015, a year after Armenia.");
    assertTrue(f.contains("kyrgyzstan MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("armenia MEMBER_OF eaeu"), f.toString());
    f = facts("Kyrgyzstan joined the EAEU in 2015, a year after Russia annexed Crimea.");
    assertFalse(f.contains("russia MEMBER_OF eaeu"), f.toString());
    f = facts("Kyrgyzstan joined the EAEU in 2015, months after the Rubezh exercise.");
    assertFalse(f.stream().anyMatch(x -> x.contains("rubezh")), f.toString());
  }
}
