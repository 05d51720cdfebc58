package org.cagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cagraph.TestCorpus;
import org.cagraph.text.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest's bibliographic facts: year and date as the front matter gives them, an issue's
 * articles.
 */
class ManifestTest {
  @TempDir Path dir;

  @Test
  void theIssueHasItsDateAndEachArticleItsOwnAuthors() throws Exception {
    Manifest m = Manifest.read(TestCorpus.dir());
    DocumentInfo issue = m.info("003_8dee7df64dc63a72", "003_8dee7df64dc63a72.txt");
    assertEquals(2023, issue.year());
    assertEquals("2023-12-15", issue.date());
    assertEquals(7, issue.authors().size());
    DocumentInfo.Article english =
        issue.articles().stream()
            .filter(a -> a.title().startsWith("Evolution of and Factors"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("Chukubayev Yermek", "Kuzembayeva Assiya"), english.authors());
    assertEquals(english, issue.articleAt(english.line() + 10));
    // papers whose front matter states no date have none: never guessed
    assertNull(m.info("001_eb3f4b3faeb8891c", "001_eb3f4b3faeb8891c.txt").year());
    assertNull(m.info("001_eb3f4b3faeb8891c", "001_eb3f4b3faeb8891c.txt").date());
  }

  @Test
  void aDateGivesTheYearAndMustAgreeWithOne() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "text");
    Files.writeString(
        dir.resolve("manifest.json"),
        "{\"documents\": [{\"id\": \"a\", \"file\": \"a.txt\", \"date\": \"2019-04\"}]}");
    DocumentInfo a = Manifest.read(dir).info("a", "a.txt");
    assertEquals(2019, a.year());
    assertEquals("2019-04", a.date());

    Files.writeString(
        dir.resolve("manifest.json"),
        "{\"documents\": [{\"id\": \"a\", \"file\": \"a.txt\", \"year\": 2018}]}");
    assertEquals("2018", Manifest.read(dir).info("a", "a.txt").date());

    Files.writeString(
        dir.resolve("manifest.json"),
        "{\"documents\": [{\"id\": \"a\", \"file\": \"a.txt\", \"year\": 2018, \"date\": \"2019-04\"}]}");
    assertThrows(BadInputException.class, () -> Manifest.read(dir));
  }
}
