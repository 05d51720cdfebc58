package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English subject with two predicates: an actor of the first predicate is not the second's
 * subject, and the first predicate's dates are not the second's. The tags and the parse are
 * CoreNLP's, from the pipeline of this JVM.
 */
class SecondPredicatesIT {
  @TempDir Path dir;

  private List<Statement> extract(String text) throws Exception {
    return ParsedSentences.extract(dir, text);
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

  private static List<String> dates(List<Statement> st, String s, String p, String o) {
    return st.stream()
        .filter(x -> x.subject().equals(s) && x.predicate().equals(p) && x.object().equals(o))
        .flatMap(x -> x.readings().stream())
        .map(TimeReading::date)
        .toList();
  }

  @Test
  void theFirstPredicatesObjectIsNotTheSecondsSubject() throws Exception {
    List<Statement> st = extract("Tajikistan borders Afghanistan and receives Chinese loans.");
    assertTrue(read(st, "afghanistan", "BORDERS", "tajikistan"), st.toString());
    assertFalse(read(st, "china", "AIDS", "afghanistan"), st.toString());
  }

  @Test
  void norIsItTheSubjectAFrameFindsInTheParse() throws Exception {
    List<Statement> st =
        extract("Russia leases Baikonur from Kazakhstan and stations troops in Tajikistan.");
    assertTrue(read(st, "russia", "LEASES", "baikonur_cosmodrome"), st.toString());
    assertFalse(read(st, "kazakhstan", "HAS_MILITARY_PRESENCE_IN", "tajikistan"), st.toString());
  }

  @Test
  void aPredicateAfterACommaOfTheListIsOneToo() throws Exception {
    List<Statement> st =
        extract(
            "Uzbekistan borders Afghanistan, hosts a German air base at Termez and receives loans from China.");
    assertTrue(read(st, "germany", "HAS_MILITARY_PRESENCE_IN", "uzbekistan"), st.toString());
    assertFalse(read(st, "germany", "HAS_MILITARY_PRESENCE_IN", "afghanistan"), st.toString());
  }

  @Test
  void theSecondPredicateKeepsItsOwnDate() throws Exception {
    List<Statement> st =
        extract(
            "Kazakhstan joined the SCO in 2001 and signed the Treaty on the Eurasian Economic Union"
                + " in 2014.");
    assertTrue(dates(st, "kazakhstan", "MEMBER_OF", "sco").contains("2001"), st.toString());
    List<String> signed = dates(st, "kazakhstan", "SIGNED", "eaeu_treaty");
    assertTrue(signed.contains("2014"), st.toString());
    assertFalse(signed.contains("2001"), st.toString());
  }

  @Test
  void anAndJoiningTwoObjectsSplitsNothing() throws Exception {
    List<Statement> st = extract("Tajikistan borders Afghanistan and China.");
    assertTrue(read(st, "afghanistan", "BORDERS", "tajikistan"), st.toString());
    assertTrue(read(st, "china", "BORDERS", "tajikistan"), st.toString());
  }

  @Test
  void theSubjectMayStillTakeTheFirstPredicatesObject() throws Exception {
    List<Statement> st =
        extract("Uzbekistan rejoined the CSTO in 2006 and walked out again in 2012.");
    assertTrue(read(st, "uzbekistan", "WITHDREW_FROM", "csto"), st.toString());
  }
}
