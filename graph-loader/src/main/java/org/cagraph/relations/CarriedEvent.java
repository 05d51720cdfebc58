package org.cagraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.cagraph.actors.Linker;
import org.cagraph.data.DataFiles;

/**
 * An event named in one Chinese clause and its participants in the next (「和平使命—2018」在切巴爾庫爾舉行，
 * 印巴兩國首次同場參演; 峰會16日在比什凱克登場，胡錦濤、普欽…全數出席): the second clause ends on a participation verb with no
 * object of its own, so the patterns, which read a participant before its trigger and the event
 * after it, find no object there. This class builds a view of the masked sentence with the event's
 * placeholder inserted right after that verb; {@link RuleEngine} runs the {@link #TYPE} rules over
 * it and keeps only the matches whose object is the inserted copy and whose subject and trigger
 * stand in the participants' clause.
 *
 * <p>The event is the one the event clause holds with a verb of {@code event-held.lex} (舉行, 召開,
 * 登場): the nearest before it with only places, states and facilities between, or the one right
 * after it; an initiative (type I), or an organisation followed by a noun of {@code
 * event-nouns.lex} (獨立國協峰會). The clause must neither negate nor plan (the scope's negation and
 * modality words: 峰會將於明年舉行), nor say the event is over or ahead (演習結束後). The participants' clause
 * (the next one, or the one after a short aside with no actor: 為期兩天) must end on a verb of {@code
 * event-attended.lex} (出席, 參演, 到場; 了 and an event noun may close it, 並 may go on to another act),
 * or refer back to the event after 在 or 於 (在同一演習中, 在會上: the copy then takes the phrase's place); it
 * must name an actor, no event of its own, and none of the words of {@code event-guests.lex} (觀察員,
 * 貴賓, 觀摩: a guest or an observer is not read as taking part this way). Plain text: no tags needed,
 * so rule examples exercise it.
 */
final class CarriedEvent {

  /** The relation type read this way. */
  static final String TYPE = "PARTICIPATES_IN";

  private static List<String> keys(String file) {
    return DataFiles.entries(file).stream()
        .map(Linker::key)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  private static final List<String> HELD = keys("rules/event-held.lex");
  private static final List<String> ATTENDED = keys("rules/event-attended.lex");
  private static final List<String> GUESTS = keys("rules/event-guests.lex");

  /** Nouns that make an organisation's name an event (峰會, 演習), in the masked view. */
  private static final List<String> NOUNS = keys("rules/event-nouns.lex");

  /**
   * What may close the participants' clause after its verb: 了, a demonstrative and an event noun
   * (參加了此次演習), or 並 and another act (出席並簽署了宣言), in the masked (Simplified) view.
   */
  private static final java.util.regex.Pattern TAIL =
      java.util.regex.Pattern.compile(
          "(?:了)?(?:此次|这次|本次|该次|该|这一|此一)?(?:"
              + String.join("|", NOUNS)
              + "|活动|仪式|典礼|开幕式|闭幕式)?\\s*(?:(?:并且|并|同时)[^\\s].*)?");

  /** What ends the event clause's hold on it: it is over (演習結束後，…), or before it. */
  private static final List<String> AFTER_IT =
      List.of("结束", "闭幕后", "落幕后", "之后", "以后", "之前", "以前", "前夕");

  /** An inserted copy of the event, and the clause [clauseStart, clauseEnd) it is read in. */
  record Copy(int start, int end, int clauseStart, int clauseEnd) {}

  /** The view with the copies inserted, and its offsets into the sentence's text. */
  record View(String masked, List<Integer> toText, List<Copy> copies) {}

  private CarriedEvent() {}

  /**
   * Appends {@code masked} from {@code copied} up to {@code at}, then {@code copy} (each of its
   * characters at the text offset of {@code at}), and returns the copy with the clause
   * [clauseStart, clauseEnd) of {@code masked} it is read in, in {@code out}'s offsets. {@code
   * replaced}: where {@code masked} goes on after the copy ({@code at}, or past a phrase the copy
   * stands in for). Shared with {@link FrontedBody}.
   */
  static Copy insert(
      StringBuilder out,
      List<Integer> outText,
      String masked,
      List<Integer> toText,
      int copied,
      int at,
      int replaced,
      String copy,
      int clauseStart,
      int clauseEnd) {
    for (int k = copied; k < at; k++) {
      out.append(masked.charAt(k));
      outText.add(toText.get(k));
    }
    int start = out.length();
    int text = toText.get(Math.min(at, toText.size() - 1));
    for (int k = 0; k < copy.length(); k++) {
      out.append(copy.charAt(k));
      outText.add(text);
    }
    // out's offset of masked is start - at before the copy, out.length() - replaced after it
    return new Copy(
        start, out.length(), clauseStart + start - at, clauseEnd + out.length() - replaced);
  }

  /**
   * The view of {@code masked} with each event carried into the clause after it, or null when no
   * clause takes one. {@code qualifies}: whether a clause (its words, each actor one □) negates or
   * plans.
   */
  static View of(String masked, List<Integer> toText, Predicate<String> qualifies) {
    if (masked.indexOf('，') < 0 || masked.codePoints().noneMatch(CarriedEvent::han)) {
      return null;
    }
    List<int[]> clauses = new ArrayList<>();
    int cs = 0;
    while (cs < masked.length()) {
      int ce = RuleSet.nextMark(masked, cs, "，；。,;！？");
      clauses.add(new int[] {cs, ce});
      cs = ce + 1;
    }
    StringBuilder out = new StringBuilder();
    List<Integer> outText = new ArrayList<>();
    List<Copy> copies = new ArrayList<>();
    int copied = 0; // masked copied to out so far
    for (int i = 0; i + 1 < clauses.size(); i++) {
      int[] a = clauses.get(i);
      int[] b = clauses.get(i + 1);
      if (a[1] >= masked.length() || masked.charAt(a[1]) == '。') {
        continue; // the sentence ends between them
      }
      String event = event(masked, a[0], a[1], qualifies);
      if (event == null) {
        continue;
      }
      if (i + 2 < clauses.size() && aside(masked, b)) {
        b = clauses.get(i + 2); // 峰會在阿斯塔納舉行，為期兩天，各國元首悉數出席
      }
      int at = attendedEnd(masked, b[0], b[1]);
      int replaced = at;
      if (at < 0) {
        // or a phrase that refers back to it (在同一演習中, 在會上, 該峰會): the copy stands in its place
        int[] r = anaphor(masked, b[0], b[1]);
        if (r == null) {
          continue;
        }
        at = r[0];
        replaced = r[1];
      }
      copies.add(insert(out, outText, masked, toText, copied, at, replaced, event, b[0], b[1]));
      copied = replaced;
    }
    if (copies.isEmpty()) {
      return null;
    }
    return close(out, outText, masked, toText, copied, copies);
  }

  /**
   * The view once every copy is in: {@code masked} from {@code copied} to its end appended, and its
   * end's offset too (toText has one more entry than masked). Shared with {@link FrontedBody}.
   */
  static View close(
      StringBuilder out,
      List<Integer> outText,
      String masked,
      List<Integer> toText,
      int copied,
      List<Copy> copies) {
    for (int k = copied; k < masked.length(); k++) {
      out.append(masked.charAt(k));
      outText.add(toText.get(k));
    }
    for (int k = masked.length(); k < toText.size(); k++) {
      outText.add(toText.get(k));
    }
    return new View(out.toString(), outText, copies);
  }

  /**
   * The clause [cs, ce) of a masked sentence: its placeholders (start, end exclusive) and its words
   * with each placeholder as □, as the qualifying words of {@code modality.lex} and the like are
   * matched.
   */
  record Clause(List<int[]> marks, String words) {
    /** The clause, or null when a placeholder runs past its end. */
    static Clause of(String masked, int cs, int ce) {
      StringBuilder words = new StringBuilder();
      List<int[]> marks = new ArrayList<>();
      for (int k = cs; k < ce; k++) {
        char ch = masked.charAt(k);
        if (ch == RuleSet.OPEN || ch == RuleSet.MOD_OPEN) {
          int close = masked.indexOf(RuleSet.CLOSE, k);
          if (close < 0 || close >= ce) {
            return null;
          }
          marks.add(new int[] {k, close + 1});
          words.append('□');
          k = close;
        } else {
          words.append(ch);
        }
      }
      return new Clause(marks, words.toString());
    }
  }

  /**
   * The placeholder of the event that clause [cs, ce) holds with a verb of {@code event-held.lex}
   * (as an opening placeholder, a modifier's mark replaced), or null: the event nearest before the
   * verb, with only places, states (在吉爾吉斯首都比什凱克) and plain text between, none of it saying the
   * event is over or still ahead (演習結束後), or else the event right after the verb (召開「中國—中亞」峰會).
   */
  private static String event(String masked, int cs, int ce, Predicate<String> qualifies) {
    Clause clause = Clause.of(masked, cs, ce);
    if (clause == null || qualifies.test(clause.words())) {
      return null;
    }
    List<int[]> marks = clause.marks();
    for (String held : HELD) {
      int h = cs;
      while ((h = masked.indexOf(held, h)) >= 0 && h < ce) {
        if (inside(marks, h)) {
          h++;
          continue;
        }
        // before the verb, nearest first
        for (int m = marks.size() - 1; m >= 0; m--) {
          int[] p = marks.get(m);
          if (p[1] > h) {
            continue;
          }
          String between = plain(masked, p[1], h);
          if (AFTER_IT.stream().anyMatch(between::contains) || between.length() > 30) {
            break;
          }
          if (isEvent(masked, p[0], p[1], ce)) {
            return RuleSet.OPEN + masked.substring(p[0] + 1, p[1]);
          }
          String types = RuleSet.placeholderTypes(masked, p[0]);
          if (!types.chars().allMatch(c -> c == 'L' || c == 'C' || c == 'F')) {
            break;
          }
        }
        // right after it
        for (int[] p : marks) {
          if (p[0] >= h + held.length()) {
            if (p[0] - h - held.length() <= 8
                && plain(masked, h + held.length(), p[0])
                    .equals(masked.substring(h + held.length(), p[0]))
                && isEvent(masked, p[0], p[1], ce)) {
              return RuleSet.OPEN + masked.substring(p[0] + 1, p[1]);
            }
            break;
          }
        }
        h++;
      }
    }
    return null;
  }

  /**
   * Whether the placeholder [from, to) is an event: an initiative, or a body's summit or exercise.
   */
  private static boolean isEvent(String masked, int from, int to, int ce) {
    String types = RuleSet.placeholderTypes(masked, from);
    return types.equals("I") || types.equals("O") && summit(masked, to, ce);
  }

  private static boolean inside(List<int[]> marks, int k) {
    return marks.stream().anyMatch(p -> k >= p[0] && k < p[1]);
  }

  /** The text of [from, to) with every placeholder left out. */
  private static String plain(String masked, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      char ch = masked.charAt(k);
      if (ch == RuleSet.OPEN || ch == RuleSet.MOD_OPEN) {
        int close = masked.indexOf(RuleSet.CLOSE, k);
        k = close < 0 ? to : close;
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * Where the event's copy goes in clause [cs, ce): right after the participation verb (and its 了)
   * that ends the clause, or -1 when the clause names no actor before it, an event of its own, or a
   * guest.
   */
  private static int attendedEnd(String masked, int cs, int ce) {
    String clause = masked.substring(cs, ce);
    boolean actor = false;
    for (int k = cs; k < ce; k++) {
      char ch = masked.charAt(k);
      if (ch == RuleSet.OPEN || ch == RuleSet.MOD_OPEN) {
        String types = RuleSet.placeholderTypes(masked, k);
        if (types.contains("I")) {
          return -1;
        }
        actor = true;
        k = masked.indexOf(RuleSet.CLOSE, k);
        if (k < 0) {
          return -1;
        }
      }
    }
    if (!actor || GUESTS.stream().anyMatch(clause::contains)) {
      return -1;
    }
    for (String v : ATTENDED) {
      int from = 0;
      int p;
      while ((p = clause.indexOf(v, from)) >= 0) {
        int end = p + v.length();
        java.util.regex.Matcher t = TAIL.matcher(clause).region(end, clause.length());
        if (t.matches()
            && (clause.lastIndexOf(RuleSet.OPEN, p) >= 0
                || clause.lastIndexOf(RuleSet.MOD_OPEN, p) >= 0)) {
          int after = end;
          if (clause.startsWith("了", after)) {
            after++;
          }
          return cs + after;
        }
        from = p + 1;
      }
    }
    return -1;
  }

  /**
   * Whether an event noun of {@code event-nouns.lex} follows an organisation's placeholder closing
   * before {@code from}, within a few characters of plain text (上合組織成員國元首理事會第七次會議, 獨立國協峰會), perhaps
   * after the place that names this summit (上合組織撒馬爾罕峰會, 上合組織阿斯塔納峰會): a place's placeholder is read
   * past, any other actor ends the search.
   */
  private static boolean summit(String masked, int from, int ce) {
    int end = Math.min(ce, from + 14);
    for (int k = from; k < end; k++) {
      char ch = masked.charAt(k);
      if (ch == RuleSet.OPEN || ch == RuleSet.MOD_OPEN) {
        int close = masked.indexOf(RuleSet.CLOSE, k);
        if (close < 0 || !RuleSet.placeholderTypes(masked, k).equals("L")) {
          return false;
        }
        end = Math.min(ce, end + close + 1 - k);
        k = close;
        continue;
      }
      for (String n : NOUNS) {
        if (masked.startsWith(n, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A phrase of clause [cs, ce) that refers back to the event after 在 or 於 (同一演習, 該峰會, 此次會議, the
   * bare 會 of 會上), before a localiser (中, 上, 期間): its span in {@code masked}, or null; a clause
   * with an event of its own, with no actor, or with a guest (觀察員) has none.
   */
  private static int[] anaphor(String masked, int cs, int ce) {
    String clause = masked.substring(cs, ce);
    if (clause.chars().noneMatch(ch -> ch == RuleSet.OPEN || ch == RuleSet.MOD_OPEN)
        || GUESTS.stream().anyMatch(clause::contains)) {
      return null;
    }
    for (int k = cs; k < ce; k++) {
      char ch = masked.charAt(k);
      if ((ch == RuleSet.OPEN || ch == RuleSet.MOD_OPEN)
          && RuleSet.placeholderTypes(masked, k).contains("I")) {
        return null;
      }
    }
    java.util.regex.Matcher m = ANAPHOR.matcher(clause);
    return m.find() ? new int[] {cs + m.start(1), cs + m.end(1)} : null;
  }

  private static final java.util.regex.Pattern ANAPHOR =
      java.util.regex.Pattern.compile(
          "[在于]((?:该|此|这|本|同一|这次|此次|本次|该次|本届|该届|这一|此一)(?:"
              + String.join("|", NOUNS)
              + ")|会)(?=上|中|期间|时)");

  /**
   * Whether clause {@code c} is a short aside between the event and its participants (為期兩天, 規模空前):
   * no actor, at most {@link #ASIDE} characters, and the sentence goes on after it.
   */
  private static boolean aside(String masked, int[] c) {
    return c[1] < masked.length()
        && masked.charAt(c[1]) != '。'
        && c[1] - c[0] <= ASIDE
        && masked
            .substring(c[0], c[1])
            .chars()
            .noneMatch(ch -> ch == RuleSet.OPEN || ch == RuleSet.MOD_OPEN);
  }

  private static final int ASIDE = 8;

  private static boolean han(int c) {
    return c >= 0x4e00 && c <= 0x9fff;
  }
}
