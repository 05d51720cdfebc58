package org.cagraph.api.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The relation types between actors, as {@code data/schema/relation-types.tsv} states them (shipped
 * on this module's classpath; {@code $KG_HOME/data} (or {@code -Dkg.home}) first when it holds the
 * file, as the loader reads it): the allow-list every type parameter is checked against, the
 * symmetric types the queries get as {@code $symmetric}, and the labels and colours
 * /api/relation-types serves to the embed. The API reads the file itself rather than through the
 * loader, which it never imports. Types reach Cypher only as parameter values or as the pattern
 * text GraphQueries writes from this list.
 */
public final class RelationTypes {
  public static final String FILE = "data/schema/relation-types.tsv";
  static final String HEADER = "type\tsymmetric\tends\tdated\ten\tzh\tcolour";

  /** One row of the file. */
  public record Type(
      String name,
      boolean symmetric,
      List<String> ends,
      String dated,
      String en,
      String zh,
      String colour) {}

  private static final Map<String, Type> TYPES = parse(read(), FILE);

  /** Every type, in the file's order. */
  public static final List<String> NAMES = List.copyOf(TYPES.keySet());

  public static final Set<String> ALL = Set.copyOf(NAMES);

  /**
   * The types stored once per pair and read from either side (A BORDERS B is B BORDERS A), in the
   * file's order.
   */
  public static final List<String> SYMMETRIC =
      TYPES.values().stream().filter(Type::symmetric).map(Type::name).toList();

  private RelationTypes() {}

  /** Every row, in the file's order. */
  public static List<Type> all() {
    return List.copyOf(TYPES.values());
  }

  /** One type, or null when absent. */
  public static String one(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!ALL.contains(value)) {
      throw new BadParameter(
          parameter, parameter + " must be one of " + String.join(", ", new TreeSet<>(ALL)));
    }
    return value;
  }

  /** A comma-separated list of types, or null (every type) when absent. */
  public static List<String> list(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    List<String> types = new ArrayList<>();
    for (String t : value.split(",")) {
      types.add(one(parameter, t.strip()));
    }
    return types;
  }

  private static String read() {
    // -Dkg.home stands in for $KG_HOME, as in the loader's DataFiles: AddedRelationTypeIT's forked
    // JVM sets it
    String home = System.getProperty("kg.home");
    home = home != null && !home.isBlank() ? home : System.getenv("KG_HOME");
    try {
      if (home != null && !home.isBlank() && Files.isRegularFile(Path.of(home, FILE))) {
        return Files.readString(Path.of(home, FILE), StandardCharsets.UTF_8);
      }
      try (InputStream in = RelationTypes.class.getClassLoader().getResourceAsStream(FILE)) {
        if (in == null) {
          throw new IllegalStateException(FILE + " is missing from the classpath");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rows of the file's text; any line it cannot read stops the API from starting, naming the
   * line.
   */
  static Map<String, Type> parse(String text, String where) {
    Map<String, Type> out = new LinkedHashMap<>();
    boolean header = false;
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (!header) {
        header = true;
        if (!line.equals(HEADER)) {
          throw new IllegalStateException(
              where + ":" + n + ": expected the header line " + HEADER.replace('\t', ' '));
        }
        continue;
      }
      if (f.length != 7
          || !f[0].matches("[A-Z][A-Z_]*")
          || !f[1].matches("yes|no")
          || !f[3].matches("start|event|none")
          || f[4].isBlank()
          || f[5].isBlank()
          || !f[6].matches("#[0-9a-f]{6}")
          || out.containsKey(f[0])) {
        throw new IllegalStateException(
            where
                + ":"
                + n
                + ": expected a new type, symmetric (yes|no), ends, dated "
                + "(start|event|none), en, zh, colour (#rrggbb) separated by tabs");
      }
      List<String> ends = f[2].equals("-") ? List.of() : List.of(f[2].split(","));
      out.put(f[0], new Type(f[0], f[1].equals("yes"), ends, f[3], f[4], f[5], f[6]));
    }
    for (Type t : out.values()) {
      for (String e : t.ends()) {
        if (!out.containsKey(e)) {
          throw new IllegalStateException(
              where + ": " + t.name() + " ends " + e + ", which is no type of the file");
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(where + " names no relation type");
    }
    return out;
  }
}
