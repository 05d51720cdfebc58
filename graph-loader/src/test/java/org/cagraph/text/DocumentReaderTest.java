package org.cagraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;

  private String refusal(Path p, DocumentReader r) {
    BadInputException e = assertThrows(BadInputException.class, () -> r.read(p));
    assertTrue(
        e.getMessage().startsWith(p.toString()), "the message names the file: " + e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), "one line");
    return e.getMessage();
  }

  @Test
  void badInputIsRefusedInOneLineNamingTheFile() throws Exception {
    DocumentReader r = new DocumentReader(1024 * 1024);
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertTrue(refusal(empty, r).contains("empty"));
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 0, 3});
    assertTrue(refusal(binary, r).contains("binary"));
    Path big5 =
        Files.write(dir.resolve("big5.txt"), "哈薩克加入上海合作組織。".getBytes(Charset.forName("Big5")));
    assertTrue(refusal(big5, r).contains("UTF-8"));
    Path gbk =
        Files.write(dir.resolve("gbk.txt"), "哈萨克斯坦加入上海合作组织。".getBytes(Charset.forName("GBK")));
    assertTrue(refusal(gbk, r).contains("UTF-8"));
    Path large = Files.write(dir.resolve("large.txt"), new byte[2 * 1024 * 1024]);
    assertTrue(refusal(large, r).contains("limit"));
    Path pdf =
        Files.write(
            dir.resolve("truncated.pdf"),
            "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
    assertTrue(refusal(pdf, r).contains("PDF"));
    assertTrue(refusal(dir.resolve("missing.txt"), r).contains("not a readable file"));
  }

  @Test
  void byteOrderMarkIsToleratedAndOffsetsStayInTheDecodedText() throws Exception {
    Path p =
        Files.write(
            dir.resolve("bom.md"), ("\uFEFF" + "哈薩克加入上海合作組織。").getBytes(StandardCharsets.UTF_8));
    SourceDocument d = new DocumentReader().read(p);
    assertEquals("哈薩克加入上海合作組織。", d.text());
    assertEquals("bom", d.id());
  }
}
