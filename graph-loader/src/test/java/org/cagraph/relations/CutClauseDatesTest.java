package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clause cut out between a subject and its verb (an apposition, a who- or which-clause, a Russian
 * participle clause) keeps its dates and its actors: the main verb read across it takes neither; a
 * later clause opened by a contrast keeps its date too.
 */
class CutClauseDatesTest {
  @TempDir Path dir;

  private static List<String> dates(List<Statement> st, String s, String p, String o) {
    return st.stream()
        .filter(x -> x.subject().equals(s) && x.predicate().equals(p) && x.object().equals(o))
        .flatMap(x -> x.readings().stream())
        .map(TimeReading::date)
        .toList();
  }

  private static boolean read(List<Statement> st, String s, String p, String o) {
    return st.stream()
        .anyMatch(
            x ->
                x.asserted()
                    && x.subject().equals(s)
                    && x.predicate().equals(p)
                    && x.object().equals(o));
  }

  @Test
  void anAppositionsDateIsItsOwnNotTheMainVerbs() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir, "Belarus, a member of the CSTO since 1994, sent troops to Kazakhstan.");
    assertTrue(read(st, "belarus", "HAS_MILITARY_PRESENCE_IN", "kazakhstan"), st.toString());
    assertFalse(
        dates(st, "belarus", "HAS_MILITARY_PRESENCE_IN", "kazakhstan").contains("1994"),
        st.toString());
    assertTrue(dates(st, "belarus", "MEMBER_OF", "csto").contains("1994"), st.toString());
  }

  @Test
  void aDateAfterAContrastIsTheLaterClausesOwn() throws Exception {
    // no date in the trigger's clause and none before it: the year after ", а" dates the
    // observer status, not the withdrawal
    List<Statement> st =
        Sentences.extract(
            dir,
            "Узбекистан дважды выходил из ОДКБ, а в 2020 году получил статус наблюдателя в ЕАЭС.");
    assertTrue(read(st, "uzbekistan", "WITHDREW_FROM", "csto"), st.toString());
    assertFalse(dates(st, "uzbekistan", "WITHDREW_FROM", "csto").contains("2020"), st.toString());
    assertTrue(dates(st, "uzbekistan", "MEMBER_OF", "eaeu").contains("2020"), st.toString());
    st = Sentences.extract(dir, "Uzbekistan left the CSTO, but in 2020 it became an observer.");
    assertFalse(dates(st, "uzbekistan", "WITHDREW_FROM", "csto").contains("2020"), st.toString());
  }

  @Test
  void anAppositionsBodyIsNoAgentOfTheMainVerb() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir, "Belarus, a member of the CSTO since 1994, sent troops to Kazakhstan.");
    assertFalse(read(st, "csto", "HAS_MILITARY_PRESENCE_IN", "kazakhstan"), st.toString());
  }

  @Test
  void aRelativeClausesDateIsItsOwn() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir, "Russia, which joined the CSTO in 1992, keeps troops in Tajikistan.");
    assertTrue(read(st, "russia", "HAS_MILITARY_PRESENCE_IN", "tajikistan"), st.toString());
    assertFalse(
        dates(st, "russia", "HAS_MILITARY_PRESENCE_IN", "tajikistan").contains("1992"),
        st.toString());
    assertTrue(dates(st, "russia", "MEMBER_OF", "csto").contains("1992"), st.toString());
  }

  @Test
  void aRussianParticipleClausesDateIsItsOwn() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir, "Армения, вступившая в ЕАЭС в 2015 году, разместила войска в Казахстане.");
    assertTrue(read(st, "armenia", "HAS_MILITARY_PRESENCE_IN", "kazakhstan"), st.toString());
    assertFalse(
        dates(st, "armenia", "HAS_MILITARY_PRESENCE_IN", "kazakhstan").contains("2015"),
        st.toString());
    assertTrue(dates(st, "armenia", "MEMBER_OF", "eaeu").contains("2015"), st.toString());
  }

  @Test
  void aRussianAppositionOfStandingKeepsItsBody() throws Exception {
    List<Statement> st =
        Sentences.extract(dir, "Беларусь, член ОДКБ с 1994 года, направила войска в Казахстан.");
    // the apposition is no view's cut (one held out read a false membership across it): the
    // main clause is not read for Belarus, but the body of the apposition is no agent either
    assertFalse(read(st, "csto", "HAS_MILITARY_PRESENCE_IN", "kazakhstan"), st.toString());
    assertTrue(dates(st, "belarus", "MEMBER_OF", "csto").contains("1994"), st.toString());
  }

  @Test
  void anAppositionsUntilBoundsItsOwnStanding() throws Exception {
    // "until" in an apposition ends the apposition's standing, not the main clause's act: the
    // clause is cut as any apposition is
    List<Statement> st =
        Sentences.extract(
            dir, "Uzbekistan, an observer of the SCO until 1996, deployed troops to Tajikistan.");
    assertFalse(read(st, "sco", "HAS_MILITARY_PRESENCE_IN", "tajikistan"), st.toString());
    assertTrue(read(st, "uzbekistan", "HAS_MILITARY_PRESENCE_IN", "tajikistan"), st.toString());
    assertFalse(
        dates(st, "uzbekistan", "HAS_MILITARY_PRESENCE_IN", "tajikistan").contains("1996"),
        st.toString());
    assertTrue(dates(st, "uzbekistan", "MEMBER_OF", "sco").contains("1996"), st.toString());
  }
}
