package org.cagraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cagraph.text.BadInputException;
import org.cagraph.text.DocumentReader;
import org.cagraph.text.Paper;

/** The project's own corpus, data/corpus, located from the module directory. */
public final class TestCorpus {
  private TestCorpus() {}

  public static Path root() {
    String r = System.getProperty("cagraph.root");
    Path p = r != null ? Path.of(r) : Path.of("..");
    return p.toAbsolutePath().normalize();
  }

  public static Path dir() {
    return root().resolve("data/corpus");
  }

  public static List<Path> files() throws Exception {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(DocumentReader::isPaper).sorted().toList();
    }
  }

  public static Paper paper(String idPrefix) throws Exception {
    for (Path f : files()) {
      if (f.getFileName().toString().startsWith(idPrefix)) {
        try {
          return Paper.of(new DocumentReader().read(f));
        } catch (BadInputException e) {
          throw new AssertionError(e.getMessage());
        }
      }
    }
    throw new AssertionError("no paper " + idPrefix);
  }
}
