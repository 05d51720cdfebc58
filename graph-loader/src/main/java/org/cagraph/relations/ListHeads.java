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

  private static final Pattern LIST =
      Pattern.compile(
          "(?<head>(?:(?:"
              + alternation("rules/list-counts.lex")
              + "|\\d+)\\s*){0,2}(?:"
              + alternation("rules/list-heads.lex")
              + ")(?:\\s+(?:of\\s+|in\\s+|the\\s+)*[\\p{Ll}-]+){0,2})?(?<conn>\\s*[:：]|\\s+[—–]|\\s*[,，]?\\s*(?<opener>"
              + alternation("rules/list-openers.lex")
              + "))\\s*(?:the\\s+)?(?<list>"
              + PLACEHOLDER
              + ")(?<tail>\\s*(?:(?:,?\\s*(?:and\\s+others|etc\\.?))|(?:\\s*и\\s+(?:другие|др\\.))|等[^，。；,;]{0,4})?)"
              + "(?<end>\\s*(?:[.;。；!?！？]|$)|\\s*[,，])");

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
        && !OPENERS.matcher(masked).find()) {
      return out; // cheap: most sentences have no list opener at all
    }
    Matcher m = LIST.matcher(masked);
    int from = 0;
    while (from < masked.length() && m.find(from)) {
      from = m.end("list");
      boolean head = m.group("head") != null && !m.group("head").isBlank();
      boolean opener = m.group("opener") != null;
      boolean comma = m.group("end").strip().matches("[,，]");
      int g = Integer.parseInt(m.group("idx"));
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

  private static final Pattern OPENERS = Pattern.compile(alternation("rules/list-openers.lex"));
}
