package org.cagraph.actors;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English participation with its event left out, in a sentence that names no event of its own:
 * the event is the programme, summit or exercise named last in the three sentences before (Peace
 * Mission 2021 was held in Orenburg. India and Pakistan both took part; the SCO summit opened in
 * Astana. The leaders of India and Iran attended; Mirziyoyev and Japarov, both in attendance, …).
 * Only a finite or participial verb that closes its clause (took part, participated, attended, in
 * attendance; then at most too, also, as well, again or a year before the clause mark): took part
 * in the talks, attended a dinner name another object, and the bare take part and participate stand
 * after a modal, a negation or a verb of refusal (declined to take part). Linked as an empty
 * mention right after the verb, which the PARTICIPATES_IN rule {@code en_participates_left_out}
 * reads with the subject before it in its clause; like the other left-out objects it is no
 * antecedent of later references. Negation and plans are read at the verb as anywhere (no Russian
 * troops took part).
 */
final class Attendance {
  private Attendance() {}

  private static final Pattern LEFT_OUT_EN =
      Pattern.compile(
          "(?<![\\p{L}])(took\\s+part|takes\\s+part|taken\\s+part|participated|participates|attended"
              + "|in\\s+attendance)"
              + "(?=(?:\\s+(?:too|also|as\\s+well|again|in\\s+\\d{4}|that\\s+year|this\\s+year))?\\s*(?:[,.;:]|$))");

  /**
   * The programme, summit or exercise named last in {@code recent}, when the sentence ({@code
   * here}) names none of its own (then the rules read the one it names); else null.
   */
  static Actor lastEvent(List<Mention> here, List<Mention> recent) {
    if (here.stream().anyMatch(x -> x.actor().label().equals("Initiative"))) {
      return null;
    }
    for (int k = recent.size() - 1; k >= 0; k--) {
      Actor a = recent.get(k).actor();
      if (a.label().equals("Initiative")) {
        return a;
      }
    }
    return null;
  }

  static void attendance(String v, List<Mention> here, List<Mention> recent, List<Mention> zeros) {
    Actor event = lastEvent(here, recent);
    if (event == null) {
      return;
    }
    Matcher m = LEFT_OUT_EN.matcher(v);
    while (m.find()) {
      int at = m.end(1);
      int from = m.start();
      if (here.stream().noneMatch(x -> x.end() <= from)) {
        continue; // no actor before it: nobody's participation the sentence names
      }
      if (zeros.stream().noneMatch(z -> z.begin() == at)) {
        zeros.add(new Mention(event, at, at, "coref", 0.6));
      }
    }
  }
}
