package org.cagraph.relations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.actors.Actor;

/**
 * Two lists that pair item by item: the rules read a relation between two coordinated lists as
 * every item of one with every item of the other (Kazakhstan and Uzbekistan joined the SCO and the
 * CSTO), which is right unless the sentence pairs them. Two readings pair them:
 *
 * <ul>
 *   <li>a respective marker (respectively, соответственно, 分別/分别) after the first of two lists of
 *       the same length in its clause (Russia and China keep bases in Tajikistan and Kyrgyzstan
 *       respectively; 中俄分別在塔吉克和吉爾吉斯設有基地): the k-th item of one goes with the k-th of the other
 *       only;
 *   <li>a facility the gazetteer places in one of the states a list names (на территории
 *       Таджикистана и Киргизии размещены 201-я военная база и авиабаза Кант): a facility lies in
 *       the listed state the gazetteer gives it, in no other state of that list.
 * </ul>
 *
 * A crossed pair is dropped; the pairs themselves stay as the rules read them, in their own status
 * (negated, planned). Lists of unequal length, a group word (中亞五國: its members have no order) and a
 * list without a marker are left as read.
 */
final class RespectiveLists {
  private RespectiveLists() {}

  /** The view's actor groups: the members of one span or one coordinated list, in text order. */
  record Items(List<Actor> members, int begin, int end, boolean groupWord) {}

  /** The Chinese respective marker, in either script (分別 / 分别). */
  static final String RESPECTIVE_ZH = "分別|分别";

  private static final Pattern RESPECTIVE =
      Pattern.compile("(?<![\\p{L}])(?:respectively|соответственно)(?![\\p{L}])|" + RESPECTIVE_ZH);

  /** What ends a clause: the two lists and the marker stand in one. */
  private static final Pattern CLAUSE_END = Pattern.compile("[;；。!?！？]");

  /**
   * Drops from {@code out} the crossed pairs of the lists of {@code view} that pair item by item.
   */
  static void apply(String view, List<Items> groups, Map<String, Statement> out) {
    if (out.size() < 2) {
      return;
    }
    Matcher r = RESPECTIVE.matcher(view);
    while (r.find()) {
      Items[] pair = paired(view, groups, r.start(), r.end());
      if (pair != null
          && r.group().charAt(0) < '\u2E80'
          && !closesList(view, pair[1], r)
          && !followsList(view, pair[0], r)) {
        continue; // соответственно, set off by commas or away from a list, is "accordingly"
      }
      if (pair != null) {
        dropCrossed(pair[0].members(), pair[1].members(), out, st -> true);
      }
    }
    located(groups, out);
  }

  /**
   * The two lists of the same length (two items or more, no group word) that a marker between
   * {@code at} and {@code end} pairs: the first before the marker, the second the next list of its
   * length, before the marker or within a short reach after it, all in one clause; the pair nearest
   * the marker, or null.
   */
  static Items[] paired(String view, List<Items> groups, int at, int end) {
    Items[] best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < groups.size(); i++) {
      Items a = groups.get(i);
      if (!list(a) || a.end() > at) {
        continue;
      }
      for (int j = i + 1; j < groups.size(); j++) {
        Items b = groups.get(j);
        if (!list(b) || b.members().size() != a.members().size()) {
          continue;
        }
        if (b.begin() > end + 60) {
          break;
        }
        int from = a.begin();
        int to = Math.max(b.end(), end);
        if (CLAUSE_END.matcher(view.substring(from, Math.min(to, view.length()))).find()
            || b.members().stream().anyMatch(a.members()::contains)) {
          break;
        }
        int distance = Math.abs(at - (b.end() <= at ? b.end() : a.end()));
        if (distance < bestDistance) {
          bestDistance = distance;
          best = new Items[] {a, b};
        }
        break; // the next list of the same length is the one paired
      }
    }
    return best;
  }

  /**
   * Whether an English or Russian marker closes the second list: right after it, with nothing but
   * spaces between, and no comma after the marker (Tajikistan and Kyrgyzstan respectively; not
   * граничат с Китаем и Россией и, соответственно, заинтересованы: "accordingly").
   */
  private static boolean closesList(String view, Items second, Matcher marker) {
    if (second.end() > marker.start() || !view.substring(second.end(), marker.start()).isBlank()) {
      return false;
    }
    int after = marker.end();
    while (after < view.length() && view.charAt(after) == ' ') {
      after++;
    }
    return after >= view.length() || view.charAt(after) != ',';
  }

  /**
   * Whether an English or Russian marker stands right after the first list, before its verb, with
   * nothing but spaces between and no comma after it (China and Russia respectively lent money to
   * Kyrgyzstan and Tajikistan; Китай и Россия соответственно выделили кредиты …).
   */
  private static boolean followsList(String view, Items first, Matcher marker) {
    if (first.end() > marker.start() || !view.substring(first.end(), marker.start()).isBlank()) {
      return false;
    }
    int after = marker.end();
    while (after < view.length() && view.charAt(after) == ' ') {
      after++;
    }
    return after < view.length() && view.charAt(after) != ',';
  }

  private static boolean list(Items g) {
    return g.members().size() >= 2 && !g.groupWord();
  }

  /** Drops the relations between the k-th of {@code a} and the l-th of {@code b}, k ≠ l. */
  private static void dropCrossed(
      List<Actor> a, List<Actor> b, Map<String, Statement> out, Predicate<Statement> which) {
    Map<String, Integer> ia = index(a);
    Map<String, Integer> ib = index(b);
    out.values()
        .removeIf(
            st -> {
              if (!which.test(st)) {
                return false;
              }
              Integer s = ia.get(st.subject());
              Integer o = ib.get(st.object());
              if (s == null || o == null) {
                s = ib.get(st.subject());
                o = ia.get(st.object());
              }
              return s != null && o != null && !s.equals(o);
            });
  }

  private static Map<String, Integer> index(List<Actor> xs) {
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < xs.size(); k++) {
      m.putIfAbsent(xs.get(k).id(), k);
    }
    return m;
  }

  /**
   * A list of facilities read as lying in a list of states of the same length that the gazetteer
   * pairs with it, one state each: each facility lies in its own, in no other of them.
   */
  private static void located(List<Items> groups, Map<String, Statement> out) {
    for (Items f : groups) {
      if (!list(f) || f.members().stream().anyMatch(a -> a.partOf() == null)) {
        continue;
      }
      for (Items s : groups) {
        if (s == f || !list(s) || s.members().size() != f.members().size()) {
          continue;
        }
        Map<String, String> home = new HashMap<>();
        for (Actor a : f.members()) {
          String p = a.partOf();
          if (s.members().stream().anyMatch(x -> x.id().equals(p))) {
            home.put(a.id(), p);
          }
        }
        if (home.size() != f.members().size()
            || new java.util.HashSet<>(home.values()).size() != home.size()) {
          continue; // no pairing: a facility outside the list, or two in one state
        }
        java.util.Set<String> states = new java.util.HashSet<>();
        s.members().forEach(x -> states.add(x.id()));
        out.values()
            .removeIf(
                st ->
                    st.predicate().equals("LOCATED_IN")
                        && home.containsKey(st.subject())
                        && states.contains(st.object())
                        && !home.get(st.subject()).equals(st.object()));
      }
    }
  }
}
