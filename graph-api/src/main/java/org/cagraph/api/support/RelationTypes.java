package org.cagraph.api.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The relation types between actors: the allow-list every type parameter is checked against. Types reach
 * Cypher only as parameter values, compared with {@code type(r)}; the queries spell the same list out in
 * their patterns, so MENTIONS and IN are never followed.
 */
public final class RelationTypes {
  public static final Set<String> ALL = Set.of("MEMBER_OF", "WITHDREW_FROM", "SIGNED", "LEASES", "SANCTIONS",
      "HAS_MILITARY_PRESENCE_IN", "BORDERS", "PROPOSED", "PARTICIPATES_IN", "HEAD_OF", "PARTNER_OF", "AIDS",
      "LOCATED_IN", "ADVERSARY_OF");

  private RelationTypes() {
  }

  /** One type, or null when absent. */
  public static String one(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!ALL.contains(value)) {
      throw new BadParameter(parameter, parameter + " must be one of " + String.join(", ", new TreeSet<>(ALL)));
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
}
