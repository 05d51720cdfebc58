package org.cagraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.cagraph.text.Sentence;

/**
 * Merges asserted statements across sentences and papers: one relation per (subject, type, object,
 * role), every stated date kept, confidence rising with independent evidence (noisy-or).
 */
public final class Aggregator {
  private Aggregator() {
  }

  /**
   * @param citer turns a statement into its citation (the exact quote needs the original file)
   */
  public static List<Relation> aggregate(List<Statement> statements, Function<Statement, Citation> citer) {
    Map<String, List<Statement>> byKey = new LinkedHashMap<>();
    for (Statement s : statements) {
      if (s.asserted()) {
        byKey.computeIfAbsent(key(s, s.role()), k -> new ArrayList<>()).add(s);
      }
    }
    absorbPlainMembership(byKey);
    List<Relation> out = new ArrayList<>();
    for (List<Statement> group : byKey.values()) {
      Statement first = group.get(0);
      TreeSet<String> dates = new TreeSet<>();
      TreeSet<String> rules = new TreeSet<>();
      String since = null;
      String until = null;
      double miss = 1.0;
      Map<String, Citation> cites = new LinkedHashMap<>();
      for (Statement s : group) {
        if (s.date() != null) {
          dates.add(s.date());
        }
        since = min(since, s.since());
        until = max(until, s.until());
        rules.add(s.rule());
        Sentence sent = s.sentence();
        if (!cites.containsKey(sent.id())) {
          cites.put(sent.id(), citer.apply(s));
          miss *= 1.0 - s.confidence();
        }
      }
      double conf = Math.round(Math.min(0.99, 1.0 - miss) * 100) / 100.0;
      out.add(new Relation(first.subject(), first.predicate(), first.object(), group.stream().map(Statement::role)
          .filter(java.util.Objects::nonNull).findFirst().orElse(null), dates.isEmpty() ? null : dates.first(),
          List.copyOf(dates), since, until, conf, List.copyOf(rules), List.copyOf(cites.values())));
    }
    out.sort(Comparator.comparing(Relation::subject).thenComparing(Relation::predicate).thenComparing(Relation::object)
        .thenComparing(r -> String.valueOf(r.role())));
    return out;
  }

  /** "X is a member of Y" adds nothing beside "X is a founding member of Y": fold it in. */
  private static void absorbPlainMembership(Map<String, List<Statement>> byKey) {
    for (String k : new ArrayList<>(byKey.keySet())) {
      List<Statement> g = byKey.get(k);
      Statement s = g.get(0);
      if (!s.predicate().equals("MEMBER_OF") || s.role() != null && !s.role().equals("member")) {
        continue;
      }
      String founding = key(s, "founding");
      if (byKey.containsKey(founding)) {
        byKey.get(founding).addAll(g);
        byKey.remove(k);
      }
    }
  }

  private static String key(Statement s, String role) {
    return s.subject() + "|" + s.predicate() + "|" + s.object() + "|" + role;
  }

  private static String min(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }
}
