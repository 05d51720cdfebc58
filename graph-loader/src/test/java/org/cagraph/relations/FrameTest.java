package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The frame line and its slot language (no CoreNLP). */
class FrameTest {
  @Test
  void slotsReadDependentsGovernorsDependentsAndTheGovernorItself() {
    Frame f =
        Frame.parse(
            "SIGNED\tx\tsigned|ratified\tobl/by;^nsubj\tnsubj:pass;@acl,acl:relcl\tCO\tA\t-", "t");
    Frame.Slot by = f.subject().get(0);
    assertFalse(by.up() || by.head());
    assertEquals(Set.of("obl"), by.relations());
    assertEquals(Set.of("by"), by.cases());
    assertTrue(f.subject().get(1).up());
    Frame.Slot head = f.object().get(1);
    assertTrue(head.head());
    assertEquals(Set.of("acl", "acl:relcl"), head.relations());
    assertEquals(Set.of("signed", "ratified"), f.triggers());
    assertEquals(null, f.role());
  }

  @Test
  void aLemmaTriggerCoversEveryInflectionOfTheVerbAndNeverTheNoun() {
    Frame f = Frame.parse("HEAD_OF\tx\theaded|~head|~finalise\tnsubj\tobj\tP\tO\t-", "t");
    assertEquals(Set.of("headed"), f.triggers());
    assertEquals(Set.of("head", "finalise"), f.verbLemmas());
    assertTrue(f.triggeredBy("heading", "head")); // a verb: its lemma
    assertTrue(f.triggeredBy("headed", null)); // a listed form matches as a word
    assertFalse(f.triggeredBy("head", null)); // the noun: no lemma, and ~head is no word
    assertTrue(f.triggeredBy("finalizes", "finalize")); // either spelling
    Frame g = Frame.parse("BORDERS\tx\t~analyze|~neighbour\tnsubj\tobj\tC\tC\t-", "t");
    assertTrue(g.triggeredBy("analysed", "analyse")); // -yze covers -yse
    assertTrue(g.triggeredBy("neighboring", "neighbor")); // CoreNLP's lemma of neighbouring
    assertFalse(g.triggeredBy("honoring", "honor"));
  }

  @Test
  void theGovernorItselfTakesNoCaseMarker() {
    assertThrows(
        IllegalStateException.class,
        () -> Frame.parse("MEMBER_OF\tx\tmember\t@appos/of\tnmod/of\tC\tO\tmember", "t"));
  }

  @Test
  void aRoleReadFromTheTriggerMayBeRestrictedToSomeValues() {
    Frame any = Frame.parse("HEAD_OF\tx\tpresident\t@appos\tnmod/of\tP\tC\t$role", "t");
    assertTrue(any.readsRole());
    assertTrue(any.roleValues().isEmpty());
    Frame some = Frame.parse("PARTNER_OF\tx\tpartner\t@appos\tnmod/of\tC\tC\t$role=strategic", "t");
    assertTrue(some.readsRole());
    assertEquals(Set.of("strategic"), some.roleValues());
    assertFalse(
        Frame.parse("MEMBER_OF\tx\tmember\t@appos\tnmod/of\tC\tO\tmember", "t").readsRole());
  }

  @Test
  void aSlotMayNameTheNounsItLandsOn() {
    Frame f =
        Frame.parse("HAS_MILITARY_PRESENCE_IN\tx\thosts\tobj/in=base,bases\tnsubj\tCO\tCF\t-", "t");
    Frame.Slot base = f.subject().get(0);
    assertEquals(Set.of("obj"), base.relations());
    assertEquals(Set.of("in"), base.cases());
    assertEquals(Set.of("base", "bases"), base.words());
    assertTrue(f.object().get(0).words().isEmpty());
    assertThrows(
        IllegalStateException.class,
        () -> Frame.parse("MEMBER_OF\tx\tmember\t@appos=state\tnmod/of\tC\tO\tmember", "t"));
  }

  @Test
  void theSelfSlotIsTheTriggerItself() {
    Frame f = Frame.parse("SIGNED\tx\ttreaty|accords\tnmod/between\tself;@appos\tCO\tA\t-", "t");
    assertTrue(f.object().get(0).relations().contains(Frame.SELF));
    assertTrue(f.object().get(1).head());
  }

  @Test
  void anEnglishVerbTriggerIsReadByItsLemma() {
    assertEquals("host", RuleEngine.lemma(new org.cagraph.nlp.Token("hosting", "VBG", "O", 0, 7)));
    assertEquals("pull", RuleEngine.lemma(new org.cagraph.nlp.Token("pulling", "VBG", "O", 0, 7)));
    assertEquals("join", RuleEngine.lemma(new org.cagraph.nlp.Token("Joined", "VBD", "O", 0, 6)));
    // nouns keep their listed forms (bases is no verb "base"), and other scripts have no lemma
    assertEquals(null, RuleEngine.lemma(new org.cagraph.nlp.Token("bases", "NNS", "O", 0, 5)));
    assertEquals(null, RuleEngine.lemma(new org.cagraph.nlp.Token("加入", "VV", "O", 0, 2)));
  }
}
