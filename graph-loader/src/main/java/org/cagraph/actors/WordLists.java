package org.cagraph.actors;

import java.util.HashMap;
import java.util.Map;
import org.cagraph.data.DataFiles;

/**
 * Named word lists of a data file: one list a line, its name, a tab, its entries separated by
 * {@code |} (or one string of single characters), {@code #} comments skipped. Entries are turned
 * into the matching view (Simplified, lower case), so a list may be written in either script; a
 * list read on the text itself, where case tells (ГЭС, ПАО, Exercise), is also kept as written.
 */
final class WordLists {
  private final String file;
  private final Map<String, String> lists;
  private final Map<String, String> written;

  private WordLists(String file, Map<String, String> lists, Map<String, String> written) {
    this.file = file;
    this.lists = lists;
    this.written = written;
  }

  static WordLists read(String relative) {
    Map<String, String> out = new HashMap<>();
    Map<String, String> written = new HashMap<>();
    for (String line : DataFiles.lines(relative)) {
      String[] c = line.split("\t");
      if (!line.startsWith("#") && c.length == 2) {
        out.put(c[0].strip(), Linker.key(c[1].strip()));
        written.put(c[0].strip(), c[1].strip());
      }
    }
    return new WordLists("data/" + relative, Map.copyOf(out), Map.copyOf(written));
  }

  /**
   * The list in the matching view (one string); a list the file does not hold is an error naming
   * the file.
   */
  String get(String name) {
    return of(lists, name);
  }

  /**
   * The list exactly as the file writes it, for patterns run on the text itself rather than on its
   * view (ГЭС and ПАО are abbreviations only in capitals).
   */
  String written(String name) {
    return of(written, name);
  }

  private String of(Map<String, String> from, String name) {
    String v = from.get(name);
    if (v == null) {
      throw new IllegalStateException(file + " has no list " + name);
    }
    return v;
  }
}
