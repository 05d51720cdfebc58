package org.cagraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sentence of a {@code kg eval --errors} line reads as the source wrote it, on one line. */
class ErrorQuoteTest {
  @Test
  void latinAndCyrillicWordsKeepTheirSpaces() {
    assertEquals(
        "Kazakhstan joined the Eurasian Economic Union in 2015.",
        EvalCommand.errorQuote("Kazakhstan  joined the\nEurasian Economic Union in 2015."));
    assertEquals(
        "Казахстан вступил в ЕАЭС в 2015 году.",
        EvalCommand.errorQuote("Казахстан вступил\tв ЕАЭС в 2015 году."));
  }

  @Test
  void aLineBreakInsideChineseTextIsNoSpace() {
    assertEquals("哈薩克於2015年加入歐亞經濟聯盟。", EvalCommand.errorQuote("哈薩克於2015年加入\n歐亞經濟聯盟。"));
    assertEquals("中亞五國（Central Asia）", EvalCommand.errorQuote("中亞五國 （Central Asia）"));
  }

  @Test
  void aLongLineIsCutAtItsScriptsLimit() {
    String han = "哈".repeat(200);
    assertEquals(90, EvalCommand.errorQuote(han).length());
    String latin = "word ".repeat(100);
    assertEquals(160, EvalCommand.errorQuote(latin).length());
    assertTrue(EvalCommand.errorQuote("short").equals("short"));
  }
}
