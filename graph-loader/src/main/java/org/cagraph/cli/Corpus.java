package org.cagraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cagraph.text.DocumentReader;

/** The papers of a corpus folder. */
public final class Corpus {
  private Corpus() {}

  public static List<Path> papers(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserError("--corpus " + dir + ": not a folder");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(DocumentReader::isPaper).sorted().toList();
    } catch (IOException e) {
      throw new UserError("--corpus " + dir + ": cannot be listed (" + e.getMessage() + ")");
    }
  }

  static Path find(Path dir, String id) {
    return papers(dir).stream()
        .filter(p -> DocumentReader.idOf(p).equals(id))
        .findFirst()
        .orElseThrow(() -> new UserError("--doc " + id + ": no such document in " + dir));
  }
}
