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

  /**
   * What the subfolders of {@code dir} hold, for the message of a folder with no paper: each
   * subfolder that holds papers (at any depth), with how many.
   */
  private static String nested(Path dir) {
    java.util.Map<Path, Integer> folders = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> DocumentReader.isPaper(p) && Files.isRegularFile(p))
          .map(p -> dir.relativize(p))
          .filter(r -> r.getNameCount() > 1)
          .forEach(r -> folders.merge(r.getParent(), 1, Integer::sum));
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
    if (folders.isEmpty()) {
      return "";
    }
    List<String> named = new java.util.ArrayList<>();
    folders.forEach((f, n) -> named.add(f + "/ (" + n + ")"));
    int shown = Math.min(named.size(), 5);
    return "; papers are in "
        + String.join(", ", named.subList(0, shown))
        + (named.size() > shown ? " and " + (named.size() - shown) + " more folders" : "")
        + ", which are not read: give "
        + (folders.size() == 1 ? "it" : "one")
        + " as --corpus";
  }

  static Path find(Path dir, String id) {
    return papers(dir).stream()
        .filter(p -> DocumentReader.idOf(p).equals(id))
        .findFirst()
        .orElseThrow(() -> new UserError("--doc " + id + ": no such document in " + dir));
  }
}
