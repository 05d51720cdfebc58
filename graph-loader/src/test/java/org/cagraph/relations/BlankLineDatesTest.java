package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English or Russian text keeps its blank-line paragraphs in one paragraph of the text stage (a
 * reference finds its antecedent in the paragraphs before), but an undated act takes the date only
 * of the paragraph it is told in: a blank line after a full stop ends the dates the text gave.
 */
class BlankLineDatesTest {
  @TempDir Path dir;

  private static final String DATED = "In June 2001 the six states met in Shanghai.";
  private static final String UNDATED =
      "Kazakhstan is one of the founding members of the Shanghai Cooperation Organisation.";

  private Statement founding(List<Statement> st) {
    List<Statement> f =
        st.stream()
            .filter(s -> s.subject().equals("kazakhstan") && s.object().equals("sco"))
            .toList();
    assertEquals(1, f.size(), st.toString());
    return f.get(0);
  }

  @Test
  void anUndatedActTakesTheDateOfItsOwnParagraph() throws Exception {
    Statement s = founding(Sentences.extract(dir, DATED + " " + UNDATED + "\n"));
    assertEquals(
        List.of("start 2001-06"),
        s.readings().stream().map(r -> r.kind() + " " + r.date()).toList(),
        s.toString());
  }

  @Test
  void notTheDateOfTheParagraphBefore() throws Exception {
    Statement s = founding(Sentences.extract(dir, DATED + "\n\n" + UNDATED + "\n"));
    assertEquals(List.of(), s.readings(), s.toString());
    assertNull(s.since(), s.toString());
    assertNull(s.date(), s.toString());
  }

  @Test
  void aBlankLineInsideAHardWrappedChineseParagraphIsNoBreak() {
    // only a Latin or Cyrillic full stop before the blank line ends the dates
    String text = "2001年六國\n\n在上海會晤";
    assertEquals(
        false,
        RuleEngine.PaperState.blankLineAfterFullStop(text, text.indexOf('\n'), text.indexOf('在')));
    String en = "They met in 2001.\n\nKazakhstan";
    assertEquals(
        true, RuleEngine.PaperState.blankLineAfterFullStop(en, en.indexOf('\n'), en.indexOf('K')));
  }
}
