package org.cagraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.actors.Mention;

/**
 * The actors a sentence names only as the alternative it denies beside the one it asserts: "X, not
 * Y", "not Y but X", "X rather than Y", "instead of Y"; X而非Y, X而不是Y, 不是Y，而是X; X, а не Y, не Y, а X,
 * вместо Y. Y stands in the slot X fills (Russia was sanctioned by the United States, not by
 * Kazakhstan; Kazakhstan joined the WTO, not the EU; 是中國而非俄羅斯在塔吉克斯坦設有基地; Казахстан вступил в ВТО, а
 * не в ЕС), so every reading of the sentence that puts Y in a slot reads what the sentence denies:
 * the rules', the frames' (whose parse hangs Y from the verb as a slot of its own, or as X's
 * conjunct without the negation the frames' conjunct check knows) and the rereadings'. One reading
 * over the sentence's words and mentions, applied to all of them at the end.
 *
 * <p>Only Y itself (with the actors coordinated with it) is denied, and only when every mention of
 * its actor in the sentence is such a Y. "not only Y but also X" denies nothing: "only" stands
 * between "not" and Y, as 不僅 and не только are no cue at all.
 */
final class DeniedAlternatives {
  private DeniedAlternatives() {}

  /** Where an actor stands in the masked view. */
  private static final char ACTOR = '□';

  /** English words that may stand between a cue and its actor: a preposition, an article. */
  private static final String EN_GAP =
      "(?:(?:by|to|in|into|with|from|on|against|for|of|at|as|the|a|an)\\s+)*";

  /**
   * The actor denied and those a coordinator joins to it (not Russia or China); not a comma, which
   * may close the cue's phrase before the clause's own subject (Instead of the EAEU, Uzbekistan
   * joined the WTO).
   */
  private static final String EN_ACTORS = "□(?:\\s+(?:or|and|nor)\\s+" + EN_GAP + "□)*";

  private static final String RU_PREP =
      "(?:(?:в|во|на|к|ко|с|со|из|от|для|у|по|за|против|перед|между)\\s+)?";

  private static final String RU_ACTORS = "□(?:\\s+(?:и|или|ни)\\s+" + RU_PREP + "□)*";

  private static final String ZH_ACTORS = "□(?:\\s*[、和与及或]\\s*□)*";

  private static final List<Pattern> CUES =
      List.of(
          // Kazakhstan joined the WTO, not the EU; It was China, not Russia, that …. Y ends its
          // phrase: not a CSTO member (the negation of a description) is no cue
          Pattern.compile(
              ",\\s+not\\s+" + EN_GAP + "(?<d>" + EN_ACTORS + ")(?=\\s*(?:[,.;:!?)—–]|$))"),
          // belongs to the CSTO but not to the EAEU; signed by Russia but not by Uzbekistan in
          // 2002;
          // Russia, and not China, keeps troops; nor the EAEU (the frames' parse hangs each as a
          // conjunct of the stated one, the rules read it beside it: both are taken out here)
          Pattern.compile(
              "(?<![\\p{L}])(?:(?:but|and)\\s+(?:not|never)|nor)\\s+"
                  + EN_GAP
                  + "(?<d>"
                  + EN_ACTORS
                  + ")"),
          // Not Russia but China deployed troops; sanctioned not by Kazakhstan but by the US
          Pattern.compile(
              "(?<![\\p{L}])not\\s+" + EN_GAP + "(?<d>" + EN_ACTORS + ")\\s*,?\\s+but(?![\\p{L}])"),
          // China rather than Russia; joined the CSTO rather than the SCO; instead of (joining) the
          // EU
          Pattern.compile(
              "(?<![\\p{L}])(?:rather\\s+than|instead\\s+of)\\s+(?:\\p{L}+ing\\s+)?"
                  + EN_GAP
                  + "(?<d>"
                  + EN_ACTORS
                  + ")"),
          // 中国而非俄罗斯; 世贸组织而不是欧盟; 美国而并非哈萨克斯坦
          Pattern.compile("而(?:非|不是|并非|并不是)(?:由|在|是|对|向|与|同)?(?<d>" + ZH_ACTORS + ")"),
          // 不是中国，而是俄罗斯; 并非由中国，而是…
          Pattern.compile("(?:不是|并非)(?:由|在)?(?<d>" + ZH_ACTORS + ")\\s*[，,]?\\s*而是"),
          // вступил в ВТО, а не в ЕС
          Pattern.compile(",\\s*а\\s+не\\s+" + RU_PREP + "(?<d>" + RU_ACTORS + ")"),
          // Не Россия, а Китай; санкции не против Казахстана, а против Украины
          Pattern.compile(
              "(?<![\\p{L}])не\\s+" + RU_PREP + "(?<d>" + RU_ACTORS + ")\\s*,\\s*а(?![\\p{L}])"),
          // Вместо ЕАЭС Узбекистан вступил в ВТО
          Pattern.compile("(?<![\\p{L}])вместо\\s+(?<d>" + RU_ACTORS + ")"));

  /**
   * The negation word of a "not Y but X" cue, which negates Y alone, not the clause X is the
   * subject or object of (Not China but Russia keeps troops at the Kant air base; 不是中国而是俄罗斯在…驻军; Не
   * Китай, а Россия держит войска): as {@link #CUES} reads it, over a text with each actor one □.
   */
  private static final Pattern CUE_NEGATION =
      Pattern.compile(
          "(?<![\\p{L}])not(?=\\s+"
              + EN_GAP
              + EN_ACTORS
              + "\\s*,?\\s+but(?![\\p{L}]))"
              + "|(?<![\\p{L}])не(?=\\s+"
              + RU_PREP
              + RU_ACTORS
              + "\\s*,\\s*а(?![\\p{L}]))"
              + "|(?:不是|并非)(?=(?:由|在)?"
              + ZH_ACTORS
              + "\\s*[，,]?\\s*而是)");

  /** {@code text} (each actor one □) with the negation of each "not Y but X" cue masked. */
  static String maskCueNegations(String text) {
    return CUE_NEGATION.matcher(text).replaceAll(m -> "□".repeat(m.group().length()));
  }

  /**
   * The ids of the actors that {@code view} (the sentence's lower-case, Simplified key text, in
   * which {@code mentions} are placed) names only as a denied alternative.
   */
  static Set<String> of(String view, List<Mention> mentions) {
    return read(view, mentions).denied();
  }

  /**
   * What the cues of a sentence say: the denied actors, and for each the actor the sentence states
   * in its place, where the cue names it right beside the denied one (X, not Y; X rather than Y;
   * X而非Y; X, а не Y; not Y but X; 不是Y，而是X; не Y, а X) and it is of the same kind (a state for a
   * state, a body for a body).
   */
  record Reading(Set<String> denied, Map<String, String> stated) {}

  /** The cues whose stated alternative stands right before the cue, and those with it after. */
  private static final Set<Integer> STATED_BEFORE = Set.of(0, 3, 4, 6);

  private static final Set<Integer> STATED_AFTER = Set.of(2, 5, 7);

  /** What may stand between a "but", 而是 or а and the stated actor after it. */
  private static final Pattern AFTER_GAP =
      Pattern.compile("\\s*(?:,\\s*)?" + EN_GAP + RU_PREP + "(?:由|在)?");

  static Reading read(String view, List<Mention> mentions) {
    if (mentions.isEmpty()) {
      return new Reading(Set.of(), Map.of());
    }
    // each mention span one □, so that the cues read actors as one sign
    List<int[]> spans = new ArrayList<>();
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(Mention::begin));
    for (Mention m : sorted) {
      int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && m.begin() < last[1]) {
        last[1] = Math.max(last[1], m.end());
      } else if (m.end() > m.begin()) {
        spans.add(new int[] {m.begin(), m.end()});
      }
    }
    StringBuilder masked = new StringBuilder();
    List<Integer> at = new ArrayList<>(); // masked char -> view offset
    int pos = 0;
    for (int[] sp : spans) {
      for (int k = pos; k < sp[0]; k++) {
        masked.append(view.charAt(k));
        at.add(k);
      }
      masked.append(ACTOR);
      at.add(sp[0]);
      pos = sp[1];
    }
    for (int k = pos; k < view.length(); k++) {
      masked.append(view.charAt(k));
      at.add(k);
    }
    String text = masked.toString();
    boolean[] denied = new boolean[view.length() + 1];
    Map<Integer, Integer> insteadAt = new HashMap<>(); // denied -> stated, view
    boolean any = false;
    for (int c = 0; c < CUES.size(); c++) {
      Matcher m = CUES.get(c).matcher(text);
      while (m.find()) {
        int x = -1; // where the stated alternative stands, in the masked text
        if (STATED_BEFORE.contains(c)) {
          int j = m.start() - 1;
          while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
          }
          x = j >= 0 && text.charAt(j) == ACTOR ? j : -1;
        } else if (STATED_AFTER.contains(c)) {
          Matcher g = AFTER_GAP.matcher(text).region(m.end(), text.length());
          int j = g.lookingAt() ? g.end() : m.end();
          x = j < text.length() && text.charAt(j) == ACTOR ? j : -1;
        }
        for (int k = m.start("d"); k < m.end("d"); k++) {
          if (text.charAt(k) == ACTOR) {
            denied[at.get(k)] = true;
            any = true;
            if (x >= 0) {
              insteadAt.merge(at.get(k), at.get(x), (a, b) -> a.equals(b) ? a : -1);
            }
          }
        }
      }
    }
    if (!any) {
      return new Reading(Set.of(), Map.of());
    }
    Set<String> out = new HashSet<>();
    Set<String> named = new HashSet<>(); // actors with a mention that is no denied alternative
    for (int[] sp : spans) {
      for (Mention m : mentions) {
        if (m.begin() >= sp[0] && m.end() <= sp[1]) {
          (denied[sp[0]] ? out : named).add(m.actor().id());
        }
      }
    }
    out.removeAll(named);
    // the stated actor in each denied one's place: one actor a span, of the denied one's kind
    Map<String, String> stated = new HashMap<>();
    for (Map.Entry<Integer, Integer> e : insteadAt.entrySet()) {
      Mention y = only(mentions, e.getKey(), spans);
      Mention x = e.getValue() < 0 ? null : only(mentions, e.getValue(), spans);
      if (y != null
          && x != null
          && out.contains(y.actor().id())
          && x.actor().typeCode() == y.actor().typeCode()
          && !x.actor().id().equals(y.actor().id())) {
        stated.merge(y.actor().id(), x.actor().id(), (a, b) -> a.equals(b) ? a : "");
      }
    }
    stated.values().removeIf(String::isEmpty);
    return new Reading(Set.copyOf(out), Map.copyOf(stated));
  }

  /** The one mention of the span starting at {@code begin}, or null (none, or several actors). */
  private static Mention only(List<Mention> mentions, int begin, List<int[]> spans) {
    Mention one = null;
    for (int[] sp : spans) {
      if (sp[0] != begin) {
        continue;
      }
      for (Mention m : mentions) {
        if (m.begin() >= sp[0] && m.end() <= sp[1]) {
          if (one != null && !one.actor().id().equals(m.actor().id())) {
            return null;
          }
          one = m;
        }
      }
    }
    return one;
  }
}
