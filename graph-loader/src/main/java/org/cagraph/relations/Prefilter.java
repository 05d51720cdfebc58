package org.cagraph.relations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules a text may match: a rule is not tried where the text holds none of the strings its
 * pattern cannot match without ({@link RequiredLiterals}; every string looked for once per text,
 * however many rules share it), or where its trigger ({@link Rule#triggerWords}) does not occur.
 */
final class Prefilter {
  /** The distinct strings of every rule. */
  private final String[] strings;

  /** Per rule (by its index in the rule list), its strings' indexes; null: always tried. */
  private final int[][] need;

  /** Per rule, its trigger words, or null. */
  private final TriggerWords[] triggers;

  Prefilter(List<Rule> rules) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    need = new int[rules.size()][];
    triggers = new TriggerWords[rules.size()];
    for (int k = 0; k < rules.size(); k++) {
      triggers[k] = rules.get(k).triggerWords();
      java.util.regex.Pattern p = rules.get(k).pattern();
      List<String> required = p.flags() == 0 ? RequiredLiterals.of(p.pattern()) : null;
      if (required != null && !required.isEmpty()) {
        need[k] =
            required.stream().mapToInt(s -> ids.computeIfAbsent(s, x -> ids.size())).toArray();
      }
    }
    strings = ids.keySet().toArray(String[]::new);
  }

  /** The rules {@code text} may match. */
  Text over(String text) {
    return new Text(text);
  }

  /** One text: each string looked for at most once. */
  final class Text {
    private final String text;

    /** Per string: 0 not looked for yet, 1 found, 2 absent. */
    private final byte[] seen = new byte[strings.length];

    private Text(String text) {
      this.text = text;
    }

    /**
     * Whether rule {@code k} may match: the text holds one of its strings (or it has none), and its
     * trigger (if it has one).
     */
    boolean mayMatch(int k) {
      return holdsString(k) && (triggers[k] == null || triggers[k].in(text));
    }

    private boolean holdsString(int k) {
      int[] n = need[k];
      if (n == null) {
        return true;
      }
      for (int id : n) {
        byte b = seen[id];
        if (b == 0) {
          b = text.contains(strings[id]) ? (byte) 1 : (byte) 2;
          seen[id] = b;
        }
        if (b == 1) {
          return true;
        }
      }
      return false;
    }
  }

  /** The strings of rule {@code k}, or null (for tests). */
  List<String> of(int k) {
    return need[k] == null
        ? null
        : java.util.Arrays.stream(need[k]).mapToObj(i -> strings[i]).toList();
  }
}
