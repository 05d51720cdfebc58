package org.cagraph.relations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cagraph.actors.Mention;

/**
 * States that a standing policy keeps out of an organisation (data/rules/never-members.tsv:
 * Turkmenistan's neutrality, outside the SCO and the CSTO): a plural reference that takes such a
 * state in (中亞國家分別先後參與…上海合作組織, the Central Asian states) states no membership of it there. Only a
 * state the sentence does not name: one that is named (or referred to alone, 該國) is read as
 * written.
 */
final class NeverMembers {
  private NeverMembers() {}

  private static final Map<String, Set<String>> OUTSIDE = load();

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    org.cagraph.data.DataFiles.pairs("rules/never-members.tsv", "a state and organisations")
        .forEach((state, orgs) -> out.put(state, Set.of(orgs.split("\\|"))));
    return Map.copyOf(out);
  }

  /**
   * Whether {@code st} is a membership of an organisation its subject stays out of, where every
   * mention of the subject in the sentence is one member of a plural reference (a span that other
   * actors' mentions share).
   */
  static boolean fromPluralOnly(Statement st, List<Mention> mentions) {
    if (!st.predicate().equals("MEMBER_OF")
        || !OUTSIDE.getOrDefault(st.subject(), Set.of()).contains(st.object())) {
      return false;
    }
    List<Mention> own = mentions.stream().filter(m -> m.actor().id().equals(st.subject())).toList();
    return !own.isEmpty()
        && own.stream()
            .allMatch(
                m ->
                    mentions.stream()
                        .anyMatch(
                            o ->
                                !o.actor().id().equals(st.subject())
                                    && o.begin() == m.begin()
                                    && o.end() == m.end()));
  }

  /** Removes from {@code out} the memberships {@link #fromPluralOnly} rules out. */
  static void remove(Collection<Statement> out, List<Mention> mentions) {
    out.removeIf(st -> fromPluralOnly(st, mentions));
  }
}
