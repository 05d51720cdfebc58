package org.cagraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 (reliability): the smallest inputs {@link TextFuzzTest} broke the text stage with, one
 * test each.
 */
class TextFuzzRegressionTest {
  @TempDir Path dir;

  private static Sentence only(String text) {
    SourceDocument doc =
        new SourceDocument("fuzz", Path.of("fuzz.txt"), text, "txt", "0", List.of(0));
    List<Sentence> s = Paper.of(doc).sentences();
    assertEquals(1, s.size(), s.toString());
    return s.get(0);
  }

  @Test
  void aLongRunOfCombiningMarksIsNormalisedInLinearTime() {
    // NFC reorders a run of marks in quadratic time: 200,000 marks on one base took minutes
    StringBuilder zalgo = new StringBuilder("哈薩克");
    for (int i = 0; i < 200_000; i++) {
      zalgo.append((char) (0x0300 + i % 0x30));
    }
    String text = zalgo.append('。').toString();
    Sentence s = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> only(text));
    assertEquals(text.length(), s.text().length(), "every mark stays");
    assertEquals(0, s.start());
    assertEquals(text.length(), s.end());
  }

  @Test
  void aSentenceOfSupplementaryIdeographsIsKept() {
    // CJK extension B letters are surrogate pairs, which char by char are no letters: the sentence
    // was dropped
    Sentence s = only("\uD840\uDC00");
    assertEquals("\uD840\uDC00", s.text());
    assertEquals(2, s.end());
  }

  @Test
  void aSupplementaryCompatibilityIdeographBecomesItsUnifiedFormAndIsQuotedWhole() {
    // U+2F800 (CJK compatibility supplement) is 丽 U+4E3D; it was left as it was, so names spelt
    // with it never matched
    Sentence s = only("\uD87E\uDC00");
    assertEquals("丽", s.text());
    assertEquals(0, s.start());
    assertEquals(2, s.end(), "the quote holds both halves of the pair");
  }

  @Test
  void aCompatibilityIdeographWhoseUnifiedFormLeavesTheBmpIsNormalised() {
    // U+FA6C is U+242EE: NFC makes two chars of one, and that case kept the compatibility form
    Sentence s = only("\uFA6C");
    assertEquals("\uD850\uDEEE", s.text());
    assertEquals(0, s.start());
    assertEquals(1, s.end());
  }

  @Test
  void aQuoteEndsAfterTheAccentItsLastLetterWasComposedFrom() {
    // PDF text often spells é as e + U+0301; the sentence ended between the two, and its quote lost
    // the accent
    Sentence s = only("Cafe\u0301");
    assertEquals("Café", s.text());
    assertEquals(5, s.end());
    assertEquals(5, s.originalEnd(s.text().length()));
  }

  @Test
  void aPdfWithDeeplyNestedObjectsIsRefusedInOneLine() throws Exception {
    // PDFBox parses nested arrays recursively: a StackOverflowError escaped the reader and stopped
    // the whole run
    Path base = dir.resolve("base.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage p = new PDPage();
      doc.addPage(p);
      try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Kazakhstan joined the Shanghai Cooperation Organization in 2001.");
        cs.endText();
      }
      doc.save(base.toFile());
    }
    String pdf = new String(Files.readAllBytes(base), StandardCharsets.ISO_8859_1);
    int at = pdf.indexOf(" obj") + " obj".length();
    Path nested =
        Files.write(
            dir.resolve("nested.pdf"),
            (pdf.substring(0, at) + "[".repeat(500_000) + pdf.substring(at))
                .getBytes(StandardCharsets.ISO_8859_1));
    BadInputException e =
        assertThrows(BadInputException.class, () -> new DocumentReader().read(nested));
    assertTrue(
        e.getMessage().startsWith(nested.toString()) && e.getMessage().contains("PDF"),
        e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }
}
