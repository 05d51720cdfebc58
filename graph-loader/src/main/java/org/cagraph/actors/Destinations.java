package org.cagraph.actors;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Troops sent where the sentences before said, the place left out: "some 2,000 troops, most of them
 * Russian paratroopers, were flown in, with smaller contingents from Belarus and Armenia" after
 * "unrest swept Kazakhstan, and Tokayev asked the CSTO for help"; 亞美尼亞、白俄羅斯…也派出了小規模分隊 after
 * 維和部隊在數日內進駐哈薩克. The place is the state the paragraph's two sentences before named last, not one
 * named as an adjective (Armenian Prime Minister Pashinyan) nor one this sentence names (the
 * senders). Linked as an empty mention right after "in" of flown in, or after the unit noun that
 * closes its clause (派出了小規模分隊), so that the HAS_MILITARY_PRESENCE_IN rules read 「flown in 哈薩克」;
 * like the other left-out objects, it is no antecedent of later references. Nothing when the clause
 * names a place after the verb, when a unit noun names no troops (aid was flown in), when the
 * clause names no state before a Chinese verb (its senders), or when an exercise is what the units
 * were sent to ({@link Contingents} put its empty mention there first).
 */
final class Destinations {
  private Destinations() {}

  /** English: a passive verb of moving troops, then a bare "in" closing what it says. */
  private static final Pattern IN_EN =
      Pattern.compile(
          "(?<![\\p{L}])(?:were|was|been|being)\\s+(?:(?:quickly|rapidly|swiftly|also|then|soon|duly)\\s+)?"
              + "(?:flown|airlifted|sent|rushed|deployed|brought|moved|dispatched|ferried)\\s+in(?![\\p{L}])"
              + "(?=\\s*[,.;:]|\\s*$|\\s+to\\s+[a-z]+|\\s+(?:within|on|over|during|by|from|after|as|at\\s+the\\s+request)(?![\\p{L}]))");

  /**
   * English troops before the verb, in the sentence (aid, officials or journalists flown in: none).
   */
  private static final Pattern TROOPS_EN =
      Pattern.compile(
          "(?<![\\p{L}])(?:troops|soldiers|paratroopers|peacekeepers|servicemen|contingents?|units|forces"
              + "|battalions?|marines|special\\s+forces)(?![\\p{L}])");

  /** Chinese (Simplified view): a verb of sending, then a unit noun closing its clause. */
  private static final Pattern SENT_ZH =
      Pattern.compile(
          "(?:派出|派遣|出动|增派)(?:了)?([^，。；、,;]{0,12}?)(分队|部队|维和部队|维和人员|官兵|兵力|士兵|军人|军队|连队)(?=[，。；,;]|$)");

  /** What makes the units' errand no deployment in a state: an exercise, a drill, a parade. */
  private static final Pattern NOT_DEPLOYMENT =
      Pattern.compile("(?:演习|演练|军演|阅兵|exercise|drill|parade|manoeuvre|maneuver)");

  static void destinations(
      String v,
      List<Mention> here,
      List<List<Mention>> before,
      List<String> views,
      List<Mention> zeros) {
    if (before.isEmpty() || NOT_DEPLOYMENT.matcher(v).find()) {
      return;
    }
    Actor place = null;
    for (Matcher m = IN_EN.matcher(v); m.find(); ) {
      int end = m.end();
      int stop = end;
      while (stop < v.length() && ",;.:".indexOf(v.charAt(stop)) < 0) {
        stop++;
      }
      int clauseEnd = stop;
      if (!TROOPS_EN.matcher(v.substring(0, m.start())).find()
          || here.stream().anyMatch(x -> x.begin() >= end && x.begin() < clauseEnd)) {
        continue; // no troops, or flown in to Almaty: the place is named
      }
      place = place != null ? place : place(here, before, views);
      add(place, m.end(), zeros);
    }
    for (Matcher m = SENT_ZH.matcher(v); m.find(); ) {
      int from = m.start();
      int between = m.start(1);
      int unit = m.start(2);
      if (here.stream().anyMatch(x -> x.begin() >= between && x.begin() < unit)) {
        continue; // 派出部隊前往哈薩克: the place is named
      }
      int clause = Math.max(v.lastIndexOf('，', from), v.lastIndexOf('；', from)) + 1;
      if (here.stream()
          .noneMatch(x -> Coreference.isCountry(x) && x.begin() >= clause && x.end() <= from)) {
        continue; // no sender named in the clause
      }
      place = place != null ? place : place(here, before, views);
      add(place, m.end(2), zeros);
    }
  }

  /**
   * The state the two sentences before named last, none named as an adjective or in this sentence;
   * null when none.
   */
  private static Actor place(List<Mention> here, List<List<Mention>> before, List<String> views) {
    Set<Actor> own = here.stream().map(Mention::actor).collect(Collectors.toSet());
    for (int k = before.size() - 1; k >= Math.max(0, before.size() - 2); k--) {
      String pv = views.get(k);
      List<Mention> ms = before.get(k);
      Mention last = null;
      for (Mention x : ms) {
        if (!Coreference.isCountry(x)
            || x.end() <= x.begin()
            || x.end() > pv.length()
            || own.contains(x.actor())
            || Coreference.stateAdjective(x, pv)) {
          continue;
        }
        if (last == null || x.begin() > last.begin()) {
          last = x;
        }
      }
      if (last != null) {
        return last.actor();
      }
    }
    return null;
  }

  private static void add(Actor place, int at, List<Mention> zeros) {
    if (place == null || zeros.stream().anyMatch(z -> z.begin() == at)) {
      return;
    }
    zeros.add(new Mention(place, at, at, "coref", 0.6));
  }
}
