package org.cagraph.actors;

import java.util.HashMap;
import java.util.Map;
import org.cagraph.data.DataFiles;

/**
 * Named word lists of a data file: one list a line, its name, a tab, its entries separated by
 * {@code |} (or one string of single characters), {@code #} comments skipped. Entries are turned
 * into the matching view (Simplified, lower case), so a list may be written in either script.
 */
final class WordLists {
  private final String file;
  private final Map<String, String> lists;

  private WordLists(String file, Map<String, String> lists) {
    this.file = file;
    this.lists = lists;
  }

  static WordLists read(String relative) {
    Map<String, String> out = new HashMap<>();
    for (String line : DataFiles.lines(relative)) {
      String[] c = line.split("\t");
      if (!line.startsWith("#") && c.length == 2) {
        out.put(c[0].strip(), Linker.key(c[1].strip()));
      }
    }
    return new WordLists("data/" + relative, Map.copyOf(out));
  }

  /**
   * The list as written (one string); a list the file does not hold is an error naming the file.
   */
  String get(String name) {
    String v = lists.get(name);
    if (v == null) {
      throw new IllegalStateException(file + " has no list " + name);
    }
    return v;
  }
}
