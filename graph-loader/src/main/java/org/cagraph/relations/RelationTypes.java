package org.cagraph.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.actors.DataFiles;

/**
 * The fourteen relation types as {@code data/schema/relation-types.tsv} states them: the one place that says which
 * types exist, which are symmetric, which end which, and what a bare date beside each means.
 */
public final class RelationTypes {
  static final String FILE = "data/schema/relation-types.tsv";

  /** One row of the file. */
  public record Type(String name, boolean symmetric, List<String> ends, String dated, String en, String zh) {
  }

  private static final Map<String, Type> TYPES = load();

  private RelationTypes() {
  }

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

  /** The types whose periods a fact of {@code type} ends (WITHDREW_FROM ends MEMBER_OF and SIGNED). */
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
        continue;
      }
      if (f.length != 6 || !f[0].matches("[A-Z][A-Z_]*") || !f[1].matches("yes|no") || !f[3].matches("start|event")) {
        throw new IllegalStateException(FILE + ":" + n + ": expected type, symmetric (yes|no), ends, dated "
            + "(start|event), en, zh separated by tabs");
      }
      List<String> ends = new ArrayList<>();
      if (!f[2].equals("-")) {
        ends.addAll(List.of(f[2].split(",")));
      }
      out.put(f[0], new Type(f[0], f[1].equals("yes"), List.copyOf(ends), f[3], f[4], f[5]));
    }
    for (Type t : out.values()) {
      for (String e : t.ends()) {
        if (!out.containsKey(e)) {
          throw new IllegalStateException(FILE + ": " + t.name() + " ends " + e + ", which is no type of the file");
        }
      }
    }
    return out;
  }
}
