package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office event about a linked person whose state the clause leaves unsaid ({@link
 * OfficeEvents}): the person heads the state the gazetteer puts him in, with the time reading the
 * event gives; another office, a state or body named in the clause, a negation or a plan are near
 * misses.
 */
class OfficeEventsTest {
  @TempDir Path dir;

  private List<Statement> read(String text) throws Exception {
    return Sentences.extract(dir, text);
  }

  private static Statement head(List<Statement> st, String subject) {
    return st.stream()
        .filter(s -> s.predicate().equals("HEAD_OF") && s.subject().equals(subject))
        .findFirst()
        .orElse(null);
  }

  @Test
  void anOfficeEventGivesThePersonHisOwnState() throws Exception {
    List<Statement> st =
        read("Shavkat Mirziyoyev, re-elected in July 2023 for a seven-year term, spoke first.");
    assertTrue(
        Sentences.facts(st).contains("shavkat_mirziyoyev HEAD_OF uzbekistan"),
        Sentences.facts(st).toString());
    Statement h = head(st, "shavkat_mirziyoyev");
    assertEquals(OfficeEvents.RULE, h.rule());
    assertEquals("president", h.role());
    st = read("When Askar Akayev resigned as president on 4 April 2005, the opposition took over.");
    h = head(st, "askar_akayev");
    assertTrue(h != null && h.asserted() && h.object().equals("kyrgyzstan"), st.toString());
    assertTrue(
        h.readings().stream().anyMatch(r -> r.kind().equals(TimeReading.END)),
        h.readings().toString());
    st = read("2017年，米爾濟約耶夫以總統身分首度出訪。");
    assertEquals("president", head(st, "shavkat_mirziyoyev").role(), st.toString());
    // a state elsewhere in the clause is another act's, not the office's
    st = read("Shavkat Mirziyoyev travelled to Ashgabat as president in 2017.");
    assertTrue(
        Sentences.facts(st).contains("shavkat_mirziyoyev HEAD_OF uzbekistan"),
        Sentences.facts(st).toString());
    st = read("2018年，米爾濟約耶夫自卡里莫夫的繼任者手中接任總統。");
    assertTrue(
        Sentences.facts(st).contains("shavkat_mirziyoyev HEAD_OF uzbekistan"),
        Sentences.facts(st).toString());
  }

  @Test
  void anotherOfficeAStateNamedANegationOrAPlanReadNothing() throws Exception {
    for (String text :
        List.of(
            "Sergey Lavrov, re-elected to the party council in 2023, spoke first.",
            "Foreign Minister Sergey Lavrov resigned on 4 April 2005.",
            "Askar Akayev never resigned as president, the opposition said.",
            // a resignation with no office word says nothing of which office (RuleEngineTest)
            "Askar Akayev resigned on 4 April 2005.",
            "Shavkat Mirziyoyev resigned from the CSTO council in 2005.",
            "Sergey Lavrov served as president of the football federation in 2005.",
            "Askar Akayev may be re-elected in 2005.",
            "米爾濟約耶夫連任議長。")) {
      List<Statement> st = read(text);
      assertFalse(
          st.stream().anyMatch(s -> s.asserted() && s.rule().equals(OfficeEvents.RULE)),
          text + " " + st);
    }
  }
}
