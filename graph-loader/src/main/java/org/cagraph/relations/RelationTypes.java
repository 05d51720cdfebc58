package org.cagraph.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.data.DataFiles;

/**
 * The fourteen relation types as {@code data/schema/relation-types.tsv} states them: the one place
 * that says which types exist, which are symmetric, which end which, what a bare date beside each
 * means, and how each is labelled and coloured. The API reads the same file on its own (it never
 * imports the loader); RelationTypesSyncTest keeps the other copies (rules files, Cypher, the
 * embed) in step with it.
 */
public final class RelationTypes {
  static final String FILE = "data/schema/relation-types.tsv";
  static final String HEADER = "type\tsymmetric\tends\tdated\ten\tzh\tcolour";

  /** One row of the file. */
  public record Type(
      String name,
      boolean symmetric,
      List<String> ends,
      String dated,
      String en,
      String zh,
      String colour) {
    /**
     * Whether no date in a sentence bounds or places a fact of this type ({@code dated} none:
     * BORDERS; "Turkmenistan, a state that borders Iran, has kept out of alliances since 1995"
     * dates the neutrality, not the border).
     */
    public boolean undated() {
      return dated.equals("none");
    }
  }

  private static final Map<String, Type> TYPES = load();

  private RelationTypes() {}

  /** Every type, in the file's order. */
  public static List<Type> all() {
    return List.copyOf(TYPES.values());
  }

  public static List<String> names() {
    return List.copyOf(TYPES.keySet());
  }

  public static Type of(String name) {
    Type t = TYPES.get(name);
    if (t == null) {
      throw new IllegalArgumentException("relation type " + name + " is not in " + FILE);
    }
    return t;
  }

  /**
   * The types whose periods a fact of {@code type} ends (WITHDREW_FROM ends MEMBER_OF and SIGNED).
   */
  public static List<String> endedBy(String type) {
    return of(type).ends();
  }

  static Map<String, Type> load() {
    Map<String, Type> out = new LinkedHashMap<>();
    int n = 0;
    boolean header = false;
    for (String line : DataFiles.lines("schema/relation-types.tsv")) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (!header) {
        header = true;
        if (!String.join("\t", f).equals(HEADER)) {
          throw new IllegalStateException(
              FILE + ":" + n + ": expected the header line " + HEADER.replace("\t", " "));
        }
        continue;
      }
      if (f.length != 7
          || !f[0].matches("[A-Z][A-Z_]*")
          || !f[1].matches("yes|no")
          || !f[3].matches("start|event|none")
          || f[4].isBlank()
          || f[5].isBlank()
          || !f[6].matches("#[0-9a-f]{6}")) {
        throw new IllegalStateException(
            FILE
                + ":"
                + n
                + ": expected type, symmetric (yes|no), ends, dated "
                + "(start|event|none), en, zh, colour (#rrggbb) separated by tabs");
      }
      if (out.containsKey(f[0])) {
        throw new IllegalStateException(FILE + ":" + n + ": " + f[0] + " has a row already");
      }
      List<String> ends = new ArrayList<>();
      if (!f[2].equals("-")) {
        ends.addAll(List.of(f[2].split(",")));
      }
      out.put(f[0], new Type(f[0], f[1].equals("yes"), List.copyOf(ends), f[3], f[4], f[5], f[6]));
    }
    for (Type t : out.values()) {
      for (String e : t.ends()) {
        if (!out.containsKey(e)) {
          throw new IllegalStateException(
              FILE + ": " + t.name() + " ends " + e + ", which is no type of the file");
        }
      }
    }
    return out;
  }
}
