package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two leaders named as one subject the way news writes it: "Kyrgyz President Sadyr Japarov and his
 * Tajik counterpart Emomali Rahmon signed a border treaty", "Путин и его казахстанский коллега
 * Токаев подписали…". The state's demonym between them keeps them two groups (it is the second
 * leader's state: {@code en_counterpart}), so a rule reads only the second leader before the verb;
 * what he signs or attends there, the first does too. Only acts two leaders do together (SIGNED,
 * PARTICIPATES_IN) are shared, each as read (a negated signing stays negated); a title, an office
 * or anything else said of the second leader alone is his. A statement carries no position, so the
 * pair must be the verb's only subject: nothing is shared when an aside follows the second leader
 * (…counterpart Rahmon, who attended the summit, …) or the sentence names him again (…met in
 * Bishkek, a week after Rahmon attended the summit).
 */
final class Counterparts {
  private Counterparts() {}

  /** The acts a leader and his counterpart do together. */
  static final Set<String> SHARED = Set.of("SIGNED", "PARTICIPATES_IN");

  /** Between the first leader and the demonym: "and his", "и его". */
  private static final Pattern AND_HIS =
      Pattern.compile(
          "\\s+(?:and\\s+(?:his|her)|и\\s+(?:его|её|ее))\\s+", Pattern.CASE_INSENSITIVE);

  /** Between the demonym and the second leader: "counterpart", "коллега" (a comma may follow). */
  private static final Pattern COUNTERPART =
      Pattern.compile(
          "\\s+(?:counterpart|коллега|коллегой|коллеге|коллеги|коллегу),?\\s+",
          Pattern.CASE_INSENSITIVE);

  /** A comma right after the second leader: an aside about him alone, not the pair's verb. */
  private static final Pattern ASIDE = Pattern.compile("\\s*[,，(]");

  /** Adds to {@code out} the first leader's share of the acts read of his counterpart. */
  static void apply(String view, List<Ellipsis.Items> items, Map<String, Statement> out) {
    if (out.isEmpty()) {
      return;
    }
    for (int k = 0; k + 2 < items.size(); k++) {
      Ellipsis.Items first = items.get(k);
      Ellipsis.Items state = items.get(k + 1);
      Ellipsis.Items second = items.get(k + 2);
      if (!one(first, "Person")
          || !one(state, "Country")
          || !one(second, "Person")
          || first.end() > state.begin()
          || state.end() > second.begin()
          || !AND_HIS.matcher(view.substring(first.end(), state.begin())).matches()
          || !COUNTERPART.matcher(view.substring(state.end(), second.begin())).matches()) {
        continue;
      }
      String leader = first.members().get(0).id();
      String counterpart = second.members().get(0).id();
      if (ASIDE.matcher(view).region(second.end(), view.length()).lookingAt()
          || items.stream()
                  .filter(it -> it.members().stream().anyMatch(a -> a.id().equals(counterpart)))
                  .count()
              > 1) {
        continue; // an aside after him (Rahmon, who attended …,) or another clause naming him again
      }
      List<Statement> shared = new ArrayList<>();
      for (Statement st : out.values()) {
        if (st.subject().equals(counterpart)
            && SHARED.contains(st.predicate())
            && !st.object().equals(leader)) {
          shared.add(
              new Statement(
                  leader,
                  st.predicate(),
                  st.object(),
                  st.role(),
                  st.date(),
                  st.since(),
                  st.until(),
                  st.confidence() * 0.9,
                  "counterpart",
                  st.sentence(),
                  st.status(),
                  st.readings()));
        }
      }
      shared.forEach(st -> out.putIfAbsent(st.key(), st));
    }
  }

  private static boolean one(Ellipsis.Items it, String label) {
    return it.members().size() == 1 && it.members().get(0).label().equals(label);
  }
}
