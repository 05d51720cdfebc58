package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.actors.Linker;
import org.cagraph.data.DataFiles;

/**
 * A list of actors that a colon, a dash or a word of {@code list-openers.lex} (including, such as,
 * включая, 包括) introduces after a noun of {@code list-heads.lex} (two countries, восемь государств,
 * 多个国家) or, for a colon or a dash, right after a verb (В ОДКБ входят: Россия, …): the list stands
 * where its head does, so each listed actor takes the relation the head's place gives. Each such
 * list is given as a masked text of its own, the head and the opener put aside (Russia keeps bases
 * in two countries: Tajikistan and Kyrgyzstan reads as Russia keeps bases in Tajikistan and
 * Kyrgyzstan), and only a match across that junction with a slot on the list counts.
 *
 * <p>The list must end where its sentence or clause does: after a colon or a dash, at the full
 * stop, a semicolon or the end (a list followed by a predicate of its own belongs to it: Neither
 * Iran nor Belarus took part: Tehran only joined in 2023); after an opener, also at a comma
 * (several states, including Iran and Iraq, joined). Without a head a colon or dash needs two
 * actors or more in its list, and an opener is never read (observers such as Iran and Mongolia:
 * observers is no head). A list after except, кроме or 除 is never one: no opener says it.
 */
final class ListHeads {
  private ListHeads() {}

  /** A masked text with one list moved to its head's place; {@code at} is where the list starts. */
  record View(String masked, List<Integer> toText, int at, int junction, int group) {}

  private static final String PLACEHOLDER =
      "["
          + RuleSet.OPEN
          + RuleSet.MOD_OPEN
          + "][^"
          + RuleSet.CLOSE
          + "#]*#(?<idx>\\d+)[^"
          + RuleSet.CLOSE
          + "]*"
          + RuleSet.CLOSE;

  private static String alternation(String file) {
    List<String> alts = new ArrayList<>();
    List<String> ws =
        new ArrayList<>(
            DataFiles.entries(file).stream().map(w -> Linker.key(w).replace("_", " ")).toList());
    ws.sort((a, b) -> b.length() - a.length());
    for (String w : ws) {
      boolean wordy = w.chars().anyMatch(c -> Character.isLetter(c) && c < 0x2E80);
      String q = Pattern.quote(w);
      alts.add(wordy ? "(?<![\\p{L}\\p{N}])" + q + "(?![\\p{L}\\p{N}])" : q);
    }
    return String.join("|", alts);
  }

  /**
   * A count before a head, or up to two counts and then up to two Russian plural adjectives, in any
   * case (с тремя центральноазиатскими республиками — …; пять соседних государств: …): the head
   * still heads the list. Adjectives only after a count, each at a word's start, and no verbal noun
   * in -ание/-ение/-яние/-тие taken for one (В учениях приняли участие следующие страны: …: участие
   * is the verb's object, not an adjective of страны).
   */
  private static final String COUNTS_AND_ADJECTIVES =
      "(?:(?:(?:"
          + alternation("rules/list-counts.lex")
          + "|\\d+)\\s*){1,2}"
          + "(?:(?<![\\p{L}\\p{N}-])(?![а-яё-]*(?:[аеяё]ние|тие|ьё)(?![\\p{L}]))"
          + "[а-яё-]+(?:ыми|ими|ых|их|ым|им|ые|ие)\\s+){0,2}"
          + "|(?:(?:"
          + alternation("rules/list-counts.lex")
          + "|\\d+)\\s*){0,2})";

  private static final Pattern LIST =
      Pattern.compile(
          "(?<head>"
              + COUNTS_AND_ADJECTIVES
              + "(?:"
              + alternation("rules/list-heads.lex")
              + ")(?:\\s+(?:of\\s+|in\\s+|the\\s+)*[\\p{Ll}-]+){0,2})?(?<conn>\\s*[:：]|\\s+[—–]|\\s*[,，]?\\s*(?<opener>"
              + alternation("rules/list-openers.lex")
              + "))\\s*(?:the\\s+|(?:in|with|to|from)\\s+(?:the\\s+)?"
              + "|(?:с|со|в|во|к|ко|на|из|от|для|при|у|и)\\s+)?(?<list>"
              + PLACEHOLDER
              + ")(?<tail>\\s*(?:(?:,?\\s*(?:and\\s+others|etc\\.?))|(?:\\s*и\\s+(?:другие|др\\.))|等[^，。；,;]{0,4})?)"
              // a list set off by dashes ends at the closing one (граничит с тремя республиками —
              // A, B
              // и C, — а также с D): the rest of the clause goes on after it
              + "(?<end>\\s*(?:[.;。；!?！？]|$)|\\s*,?\\s*[—–](?=\\s)|\\s*[,，])");

  /**
   * The lists of {@code masked}, each moved to its head's place; {@code size} gives a group's
   * number of actors.
   */
  static List<View> of(String masked, List<Integer> toText, IntUnaryOperator size) {
    List<View> out = new ArrayList<>();
    if (masked.indexOf(':') < 0
        && masked.indexOf('：') < 0
        && masked.indexOf('—') < 0
        && masked.indexOf('–') < 0
        && !OPENERS.matcher(masked).find()
        && !masked.contains(" of which")
        && !masked.contains(" of whom")
        && !masked.contains(" из котор")) {
      return out; // cheap: most sentences have no list opener at all
    }
    Matcher r = OF_WHICH.matcher(masked);
    while (r.find()) {
      // democracies such as A, B and C, with all of which Mongolia has built partnerships: the
      // clause in a main clause's order, the list after its preposition (Mongolia has built
      // partnerships with A, B and C)
      int ante = r.start("list");
      String clause = masked.substring(r.end("pron"), r.start("end")).strip();
      if (r.group("prep") == null) {
        // Kazakhstan, Kyrgyzstan and Tajikistan, all of which joined the CSTO: the list is the
        // clause's subject (Kazakhstan, Kyrgyzstan and Tajikistan joined the CSTO)
        out.add(subjectView(masked, toText, r, clause));
        continue;
      }
      StringBuilder b = new StringBuilder(masked.substring(0, ante));
      List<Integer> t = new ArrayList<>(toText.subList(0, ante));
      int clauseFrom = masked.indexOf(clause, r.end("pron"));
      b.append(clause);
      t.addAll(toText.subList(clauseFrom, clauseFrom + clause.length()));
      String prep = " " + r.group("prep") + " ";
      for (int k = 0; k < prep.length(); k++) {
        b.append(prep.charAt(k));
        t.add(toText.get(r.start("prep")));
      }
      int at = b.length();
      b.append(masked, r.start("list"), r.end("list"));
      t.addAll(toText.subList(r.start("list"), r.end("list")));
      b.append(masked.substring(r.start("end")));
      t.addAll(toText.subList(r.start("end"), masked.length()));
      out.add(new View(b.toString(), t, at, at, Integer.parseInt(r.group("idx"))));
    }
    Matcher m = LIST.matcher(masked);
    int from = 0;
    while (from < masked.length() && m.find(from)) {
      from = m.end("list");
      boolean head = m.group("head") != null && !m.group("head").isBlank();
      boolean opener = m.group("opener") != null;
      boolean comma = m.group("end").strip().matches("[,，]");
      int g = Integer.parseInt(m.group("idx"));
      if (!head && !comma) {
        View moved = moved(masked, toText, m, g);
        if (moved != null) {
          out.add(moved); // Kazakhstan borders five countries in all: A, B …; 中国向多个国家提供贷款，如A、B
          continue;
        }
      }
      if ((opener && !head) || (!opener && comma) || (!head && size.applyAsInt(g) < 2)) {
        continue;
      }
      int cut = head ? m.start("head") : m.start("conn");
      int listStart = m.start("list");
      String removed = masked.substring(cut, listStart);
      boolean space =
          cut > 0
              && !Character.isWhitespace(masked.charAt(cut - 1))
              && removed.chars().anyMatch(Character::isWhitespace);
      StringBuilder b = new StringBuilder(masked.substring(0, cut));
      List<Integer> t = new ArrayList<>(toText.subList(0, cut));
      if (space) {
        b.append(' ');
        t.add(toText.get(listStart));
      }
      int at = b.length();
      int endComma = comma ? m.end("end") : -1;
      for (int k = listStart; k < masked.length(); k++) {
        if (k >= m.start("end") && k < endComma) {
          continue; // several states, including Iran and Iraq, joined: the closing comma goes too
        }
        b.append(masked.charAt(k));
        t.add(toText.get(k));
      }
      out.add(new View(b.toString(), t, at, cut, g));
    }
    return out;
  }

  /** The list of {@code r} followed by its clause, the quantifier and the pronoun put aside. */
  private static View subjectView(String masked, List<Integer> toText, Matcher r, String clause) {
    int listEnd = r.end("list");
    int clauseFrom = masked.indexOf(clause, r.end("pron"));
    StringBuilder b = new StringBuilder(masked.substring(0, listEnd));
    List<Integer> t = new ArrayList<>(toText.subList(0, listEnd));
    b.append(' ');
    t.add(toText.get(clauseFrom));
    b.append(clause);
    t.addAll(toText.subList(clauseFrom, clauseFrom + clause.length()));
    b.append(masked.substring(r.start("end")));
    t.addAll(toText.subList(r.start("end"), masked.length()));
    int at = r.start("list");
    return new View(b.toString(), t, at, at, Integer.parseInt(r.group("idx")));
  }

  /**
   * A list a relative clause takes up through a preposition and a quantifier (A, B and C, with all
   * of which Mongolia has built partnerships; …, со всеми из которых Монголия …), up to the
   * clause's end.
   */
  private static final Pattern OF_WHICH =
      Pattern.compile(
          "(?<list>"
              + PLACEHOLDER
              + ")\\s*,\\s*(?:(?<prep>with|to|in|into|against|on|from|с|со|в|во|к|против)\\s+"
              + "(?:all|each|both|most|many|some|всеми|всех|каждой|каждым|каждого|обеими|обоими)"
              + "|(?:all(?:\\s+(?:two|three|four|five|six|seven|eight|nine))?|each|both"
              + "|все|каждая|каждый|каждое|обе|оба))"
              + "\\s+(?:of\\s+|из\\s+)?(?<pron>which|whom|которых|которыми|которой|которым)"
              + "(?<clause>[^,.;:!?]{3,160})(?<end>[,.;:!?]|$)");

  /** A head with its counts: two countries, восемь государств, 五个国家. */
  private static final Pattern HEAD =
      Pattern.compile(COUNTS_AND_ADJECTIVES + "(?:" + alternation("rules/list-heads.lex") + ")");

  /** What ends a clause before a colon: the head must stand in the colon's own clause. */
  private static final String CLAUSE_MARKS = "，,;；。:：!?！？";

  /**
   * The list of {@code m} (after a colon or a dash) put in the place of the last head of its clause
   * that does not stand right before the colon (The CSTO admitted three states in 1994: A, B and C
   * reads as The CSTO admitted A, B and C in 1994), or null when the clause has none.
   */
  private static View moved(String masked, List<Integer> toText, Matcher m, int g) {
    int conn = m.start("conn");
    int from = conn;
    while (from > 0 && CLAUSE_MARKS.indexOf(masked.charAt(from - 1)) < 0) {
      from--;
    }
    Matcher h = HEAD.matcher(masked).region(from, conn);
    int hs = -1;
    int he = -1;
    while (h.find()) {
      hs = h.start();
      he = h.end();
    }
    if (hs < 0) {
      return null;
    }
    String between = masked.substring(he, conn);
    if (STATE_BETWEEN.matcher(between).find()
        || NO_HEAD.matcher(masked.substring(from, hs)).find()) {
      // a state between the head and the colon or opener is another head: the list is not its
      // head's; a body, programme or treaty between is the clause's object (Seven states took part
      // in the Peace Mission exercise: A, B …; Several states joined the CSTO, including A and B),
      // and a head that no state or none of them is lists no one
      return null;
    }
    int listStart = m.start("list");
    int listEnd = m.end("list");
    StringBuilder b = new StringBuilder(masked.substring(0, hs));
    List<Integer> t = new ArrayList<>(toText.subList(0, hs));
    b.append(masked, listStart, listEnd);
    t.addAll(toText.subList(listStart, listEnd));
    b.append(masked, he, conn);
    t.addAll(toText.subList(he, conn));
    b.append(masked.substring(listEnd));
    t.addAll(toText.subList(listEnd, masked.length()));
    return new View(b.toString(), t, hs, hs, g);
  }

  /** A placeholder of a state (its type codes hold C), or a modifier. */
  private static final Pattern STATE_BETWEEN =
      Pattern.compile(
          "[" + RuleSet.MOD_OPEN + "]|[" + RuleSet.OPEN + "][^#" + RuleSet.CLOSE + "]*C");

  /** A head no member fills: no states, none of the states, ни одно из государств. */
  private static final Pattern NO_HEAD =
      Pattern.compile(
          "(?<![\\p{L}])(?:no|none(?:\\s+of)?|neither|few|ни|ни\\s+одн\\p{L}*|не\\s+все|not\\s+all)"
              + "(?:\\s+(?:of|the|из))*\\s*$");

  /** A list of what is left out: 除土库曼外, кроме Туркмении, except Turkmenistan. */
  private static final Pattern EXCEPT =
      Pattern.compile(
          "(?<![解排消废清拆免删剔])除(?:了)?[^，。；,;]{1,40}?(?:以外|之外|外)"
              + "|(?<![\\p{L}])(?:кроме|за\\s+исключением)\\s+[^,.;:—–]{1,80}"
              + "|(?<![\\p{L}])(?:except(?:\\s+for)?|excluding|with\\s+the\\s+exception\\s+of)\\s+[^,.;:—–]{1,80}");

  /**
   * The actors a group word reaches that an except-list of the sentence leaves out
   * (除土库曼外，中亚国家都加入了独联体; all Central Asian states except Turkmenistan; все страны региона, кроме
   * Туркмении): an actor named inside the except-list of a sentence with a group mention (the
   * caller drops only the relations it shares with another actor, those that came of the group).
   * Not the 除 of 解除, 排除, 废除.
   */
  static java.util.Set<String> excepted(String view, List<org.cagraph.actors.Mention> mentions) {
    java.util.Set<String> out = new java.util.HashSet<>();
    Matcher e = EXCEPT.matcher(view);
    List<org.cagraph.actors.Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparingInt(org.cagraph.actors.Mention::begin));
    while (e.find()) {
      boolean zh = view.charAt(e.start()) == '除';
      // after кроме or except, the list runs over actors and coordinators only
      int reach = zh ? e.end() : view.indexOf(' ', e.start());
      for (org.cagraph.actors.Mention x : sorted) {
        if (!zh && x.begin() >= reach && x.begin() < e.end()) {
          String gap = view.substring(reach, x.begin());
          if (gap.matches(
              "\\s*(?:for\\s+|the\\s+|exception\\s+of\\s+|исключением\\s+|,\\s*|and\\s+|or\\s+|и\\s+|или\\s+)*")) {
            reach = Math.max(reach, x.end());
          }
        }
      }
      for (org.cagraph.actors.Mention x : mentions) {
        if (x.begin() >= e.start() && x.end() <= Math.min(e.end(), reach)) {
          // a group word outside the list: one span that links two actors or more (whether the
          // linker already left the actor out of it, All Central Asian states except
          // Turkmenistan, or not, 除土庫曼外，中亞國家)
          boolean grouped =
              mentions.stream()
                  .anyMatch(
                      y ->
                          (y.end() <= e.start() || y.begin() >= e.end())
                              && mentions.stream()
                                  .anyMatch(
                                      z ->
                                          z.begin() == y.begin()
                                              && z.end() == y.end()
                                              && !z.actor().id().equals(y.actor().id())));
          if (grouped) {
            out.add(x.actor().id());
          }
        }
      }
    }
    return out;
  }

  /**
   * The English heads of {@code list-heads.lex}, for the parse: a plural noun for states that links
   * to nothing stands for the states it lists (more than 140 countries, including Kazakhstan; three
   * neighbours: A, B and C).
   */
  static java.util.Set<String> latinHeads() {
    return DataFiles.entries("rules/list-heads.lex").stream()
        .filter(w -> w.chars().allMatch(c -> c < 0x80))
        .filter(w -> !w.contains("_"))
        .map(Linker::key)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static final Pattern OPENERS = Pattern.compile(alternation("rules/list-openers.lex"));
}
