package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English shapes read over the masked view: a like-aside repeats the relation for the actor it
 * names ({@link Ellipsis}), and a thing in a place that is in a state is in the state too ({@code
 * place_chain}).
 */
class EnglishListsAndChainsTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aLikeAsideRepeatsTheRelationForItsActor() throws Exception {
    // (the aside after its actor, Kyrgyzstan, like Kazakhstan, joined …, is read where the parse
    // gives the frame its subject; the patterns of these tests run without a parse)
    List<String> f = facts("Like Russia, Belarus is a member of the Eurasian Economic Union.");
    assertTrue(f.contains("russia MEMBER_OF eaeu"), f.toString());
    f = facts("Like Russia, Belarus joined the Eurasian Economic Union in 2015.");
    assertTrue(f.contains("russia MEMBER_OF eaeu"), f.toString());
    f =
        facts(
            "Iran is a member of the Shanghai Cooperation Organisation, as are India and Pakistan.");
    assertTrue(f.contains("india MEMBER_OF sco"), f.toString());
    assertTrue(f.contains("pakistan MEMBER_OF sco"), f.toString());
  }

  @Test
  void unlikeAPossessiveOrANegatedOrPlannedActReadsNothingForTheAside() throws Exception {
    List<String> f = facts("Kazakhstan, unlike Uzbekistan, joined the Eurasian Economic Union.");
    assertFalse(f.contains("uzbekistan MEMBER_OF eaeu"), f.toString());
    f = facts("Unlike Turkmenistan, Uzbekistan joined the Organization of Turkic States.");
    assertFalse(f.contains("turkmenistan MEMBER_OF organization_of_turkic_states"), f.toString());
    f = facts("Uzbekistan, like Turkmenistan, has not joined the Eurasian Economic Union.");
    assertFalse(f.contains("turkmenistan MEMBER_OF eaeu"), f.toString());
    f = facts("Kazakhstan, like Kyrgyzstan, may soon join the Eurasian Economic Union's bank.");
    assertFalse(f.contains("kyrgyzstan MEMBER_OF eaeu"), f.toString());
  }

  @Test
  void asWellAsWithNoCommaJoinsAList() throws Exception {
    List<String> f = facts("Kazakhstan is a member of the SCO as well as the CSTO.");
    assertTrue(f.contains("kazakhstan MEMBER_OF sco"), f.toString());
    assertTrue(f.contains("kazakhstan MEMBER_OF csto"), f.toString());
    f = facts("Russia as well as China imposed sanctions on North Korea.");
    assertTrue(f.contains("china SANCTIONS north_korea"), f.toString());
    assertTrue(f.contains("russia SANCTIONS north_korea"), f.toString());
  }

  @Test
  void aThingInAPlaceOfAStateIsInTheState() throws Exception {
    List<String> f = facts("The Manas air base lies near Bishkek, the capital of Kyrgyzstan.");
    assertTrue(f.contains("bishkek LOCATED_IN kyrgyzstan"), f.toString());
    assertTrue(f.contains("manas_air_base LOCATED_IN kyrgyzstan"), f.toString());
  }
}
