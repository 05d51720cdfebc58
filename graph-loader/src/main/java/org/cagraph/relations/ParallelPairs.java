package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coordinated pairs of a facility (or place) and the state or place it stands in: авиабазой Айни в
 * Таджикистане и авиабазой Кант в Киргизии; the Kant air base in Kyrgyzstan and the Ayni air base
 * in Tajikistan; 在吉爾吉斯的坎特基地和在塔吉克的第201基地. The pattern rules read what their subject has in the first
 * pair; a rule that reaches no further than one object reads nothing of the second. Each later pair
 * gets a view of the sentence with everything from the first pair up to it cut out (Россия
 * располагает авиабазой Кант в Киргизии; 俄羅斯在塔吉克的第201基地), and only matches with a slot on that pair
 * count.
 */
final class ParallelPairs {
  private ParallelPairs() {}

  /**
   * A view: the masked sentence with the cut made, each char's place in the text, and where the
   * pair's two placeholders start in it.
   */
  record View(String masked, List<Integer> toText, int first, int second) {}

  private static String placeholder(String types) {
    return "(["
        + RuleSet.OPEN
        + RuleSet.MOD_OPEN
        + "]["
        + types
        + "]+#\\d+[^"
        + RuleSet.CLOSE
        + "]*"
        + RuleSet.CLOSE
        + ")";
  }

  private static final String THING = placeholder("FL");
  private static final String WHERE = placeholder("CL");
  private static final String PREP = "\\s+(?:in|at|near|в|во|на)\\s+(?:the\\s+)?";

  /**
   * A Russian kind noun the second thing's name leaves out (полигоном Сары-Шаган: the name is
   * Сары-Шаган): a facility's or a place's, never a verb (и арендует Байконур).
   */
  private static final String KIND =
      "(?:(?:полигон|авиабаз|баз|аэродром|космодром|станци|узл|узел|центр|объект|порт|город|район"
          + "|област)[а-яё]*\\s+)?";

  /** {@link #KIND} right before the second thing: where its view's cut ends. */
  private static final Pattern KIND_BEFORE =
      Pattern.compile(
          "(?<![а-яё])(?:полигон|авиабаз|баз|аэродром|космодром|станци|узл|узел|центр|объект|порт|город"
              + "|район|област)[а-яё]*\\s+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Latin or Cyrillic: a thing in a place, a coordinator (perhaps with the first preposition again:
   * and at), a thing in a place; the thing may have "the" before it, or its Russian kind noun
   * ({@link #KIND}). Groups: thing, place, thing, place.
   */
  private static final Pattern LATIN =
      Pattern.compile(
          THING
              + PREP
              + WHERE
              + "(?:\\s*,\\s*(?:and\\s+|и\\s+|а\\s+также\\s+)?|\\s+(?:and|и|а\\s+также)\\s+)(?:(?:at|in|в|на)\\s+)?(?:the\\s+)?"
              + KIND
              + THING
              + PREP
              + WHERE,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Chinese (the Simplified view): 在 a place 的 a facility, up to four characters of its kind (基地),
   * a coordinator, 在 again or not, a place 的 a facility. Groups: place, thing, place, thing.
   */
  private static final Pattern CHINESE =
      Pattern.compile(
          "(?:在|于)"
              + WHERE
              + "(?:境内)?的"
              + placeholder("F")
              + "[^"
              + RuleSet.OPEN
              + RuleSet.MOD_OPEN
              + "，。；：,;:！？!?]{0,4}?(?:和|与|及|以及|、)(?:在|于)?"
              + WHERE
              + "(?:境内)?的"
              + placeholder("F"));

  static List<View> of(String masked, List<Integer> toText) {
    List<View> out = new ArrayList<>();
    for (Pattern p : List.of(LATIN, CHINESE)) {
      Matcher m = p.matcher(masked);
      int from = 0;
      int chain =
          -1; // where a chain of pairs began (A in X, B in Y and C in Z: C's view cuts from A)
      int next = -1; // where the last view's pair began: a match from there goes on the chain
      while (from < masked.length() && m.find(from)) {
        if (m.start(1) != next) {
          chain = m.start(1);
        }
        // the second thing's kind noun stays in its view (Россия располагает полигоном Сары-Шаган
        // в…)
        int to = m.start(3);
        Matcher kind =
            KIND_BEFORE
                .matcher(masked)
                .region(Math.max(chain, to - 30), to)
                .useTransparentBounds(false);
        if (p == LATIN && kind.find()) {
          to = kind.start();
        }
        out.add(cut(masked, toText, chain, to, m.start(3), m.start(4)));
        next = m.start(3);
        from = next;
      }
    }
    return out;
  }

  private static View cut(
      String masked, List<Integer> toText, int from, int to, int first, int second) {
    String v = masked.substring(0, from) + masked.substring(to);
    List<Integer> t = new ArrayList<>(toText.subList(0, from));
    t.addAll(toText.subList(to, toText.size()));
    int shift = to - from;
    return new View(v, t, first - shift, second - shift);
  }
}
