package org.cagraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {
  @TempDir Path dir;

  /** Writes a PDF with one page per text (Helvetica, one line each). */
  static void writePdf(Path f, String... pages) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      for (String text : pages) {
        page(doc, text);
      }
      doc.save(f.toFile());
    }
  }

  private static void page(PDDocument doc, String text) throws Exception {
    PDPage p = new PDPage();
    doc.addPage(p);
    try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
      cs.beginText();
      cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      cs.newLineAtOffset(72, 700);
      cs.showText(text);
      cs.endText();
    }
  }

  @Test
  void aPdfCitationNamesItsPage() throws Exception {
    Path f = dir.resolve("paper.pdf");
    writePdf(
        f,
        "Kazakhstan joined the Shanghai Cooperation Organization in 2001.",
        "Russia leases the Baikonur Cosmodrome from Kazakhstan.");
    SourceDocument d = new DocumentReader().read(f);
    assertEquals("pdf", d.format());
    assertEquals(2, d.pageStarts().size());
    Paper p = Paper.of(d);
    Sentence lease =
        p.sentences().stream().filter(s -> s.text().contains("Baikonur")).findFirst().orElseThrow();
    assertEquals(2, d.page(lease.start()));
    assertTrue(lease.original(d).contains("Baikonur Cosmodrome"));
  }
}
