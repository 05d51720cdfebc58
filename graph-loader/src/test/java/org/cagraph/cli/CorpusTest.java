package org.cagraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What kg says about a --corpus folder before any paper is read. */
class CorpusTest {
  @Test
  void aFolderWithPapersListsThemInNameOrderAndSkipsOtherFiles(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Kazakhstan joined the WTO in 2015.");
    Files.writeString(dir.resolve("a.md"), "Kyrgyzstan joined the EAEU in 2015.");
    Files.writeString(dir.resolve("manifest.json"), "{}");
    assertEquals(List.of(dir.resolve("a.md"), dir.resolve("b.txt")), Corpus.papers(dir));
  }

  @Test
  void aFolderWithNoPaperIsOneLineAndExitCodeTwo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.docx"), "");
    UserError e = assertThrows(UserError.class, () -> Corpus.papers(dir));
    assertEquals("--corpus " + dir + ": no papers in it (.txt, .md or .pdf)", e.getMessage());
    assertEquals(2, e.exitCode());
  }

  @Test
  void papersOnlyInSubfoldersAreNamedSoTheUserCanGiveTheirFolder(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("en"));
    Files.createDirectories(dir.resolve("ru"));
    Files.writeString(dir.resolve("en/a.txt"), "Kazakhstan joined the WTO in 2015.");
    Files.writeString(dir.resolve("ru/b.txt"), "Казахстан вступил в ВТО в 2015 году.");
    UserError e = assertThrows(UserError.class, () -> Corpus.papers(dir));
    assertEquals(
        "--corpus "
            + dir
            + ": no papers in it (.txt, .md or .pdf); papers are in en/ (1), ru/ (1), which are not"
            + " read: give one as --corpus",
        e.getMessage());
  }

  @Test
  void aFolderNamedByOneRelativeNameIsReadAsWell() throws IOException {
    // --corpus papers: a path with no parent, which Files.walk returns first
    Path rel = Path.of("kg-corpus-test-" + ProcessHandle.current().pid());
    try {
      Files.createDirectories(rel.resolve("2024"));
      Files.writeString(rel.resolve("2024/a.txt"), "Kazakhstan joined the WTO in 2015.");
      UserError e = assertThrows(UserError.class, () -> Corpus.papers(rel));
      assertEquals(
          "--corpus "
              + rel
              + ": no papers in it (.txt, .md or .pdf); papers are in 2024/ (1), which are not"
              + " read: give it as --corpus",
          e.getMessage());
    } finally {
      Files.deleteIfExists(rel.resolve("2024/a.txt"));
      Files.deleteIfExists(rel.resolve("2024"));
      Files.deleteIfExists(rel);
    }
  }
}
