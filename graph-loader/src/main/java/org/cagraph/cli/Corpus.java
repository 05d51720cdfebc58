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

  /**
   * The papers (.txt, .md, .pdf) directly in {@code dir}, in name order. A folder that holds none
   * is the user's mistake, not an empty graph: one line says so, and names the papers its
   * subfolders hold, since those are not read (a paper's id is its file name, and two subfolders
   * may each hold one of the same name).
   */
  public static List<Path> papers(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserError("--corpus " + dir + ": not a folder");
    }
    List<Path> papers;
    try (Stream<Path> s = Files.list(dir)) {
      papers = s.filter(DocumentReader::isPaper).sorted().toList();
    } catch (IOException e) {
      throw new UserError("--corpus " + dir + ": cannot be listed (" + e.getMessage() + ")");
    }
    if (papers.isEmpty()) {
      throw new UserError(
          "--corpus " + dir + ": no papers in it (.txt, .md or .pdf)" + nested(dir));
    }
    return papers;
  }

  /** What the subfolders of {@code dir} hold, for the message of a folder with no paper. */
  private static String nested(Path dir) {
    try (Stream<Path> s = Files.walk(dir, 3)) {
      List<Path> below =
          s.filter(p -> !p.getParent().equals(dir) && DocumentReader.isPaper(p)).sorted().toList();
      if (below.isEmpty()) {
        return "";
      }
      return "; subfolders are not read, and "
          + below.size()
          + (below.size() == 1 ? " paper is" : " papers are")
          + " in them ("
          + dir.relativize(below.get(0))
          + (below.size() > 1 ? ", …" : "")
          + "): give their folder as --corpus";
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
  }

  static Path find(Path dir, String id) {
    return papers(dir).stream()
        .filter(p -> DocumentReader.idOf(p).equals(id))
        .findFirst()
        .orElseThrow(() -> new UserError("--doc " + id + ": no such document in " + dir));
  }
}
