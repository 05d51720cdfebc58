package org.cagraph.actors;

import static org.cagraph.actors.Coreference.link;
import static org.cagraph.actors.Coreference.taken;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English and Russian counts of an organisation's member states that name the organisation (the
 * SCO's eight member states, the eight member states of the SCO, all six CSTO members, восемь
 * государств — членов ШОС, все шесть членов ОДКБ): the states the data file's member_counts gives
 * it at that count, as {@link ChineseReferences} reads 上合組織八個成員國. Each mention records the
 * organisation ({@link Mention#via}). A count the organisation never had names none, and is left to
 * the other counts' readers.
 */
final class MemberCounts {
  private MemberCounts() {}

  private static final String EN_N =
      "(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])";

  private static final String EN_NOUN =
      "(?:founding\\s+|full\\s+)?(?:member\\s+states|member-states|member\\s+countries|member\\s+nations"
          + "|members)(?![\\p{L}\\p{N}])";

  /**
   * A definite count: the eight, all six (seven member states of the SCO may be seven of its
   * eight).
   */
  private static final String EN_DET =
      "(?<![\\p{L}\\p{N}])(?:the|all|all\\s+the|all\\s+of\\s+the|its|their)\\s+";

  /** Before the organisation: the eight member states of (the) … */
  private static final Pattern EN_OF =
      Pattern.compile(EN_DET + EN_N + "\\s+(" + EN_NOUN + ")\\s+of\\s+(?:the\\s+)?$");

  /** Before the organisation: all six …, the eight … (its name, then the noun). */
  private static final Pattern EN_COUNT_BEFORE = Pattern.compile(EN_DET + EN_N + "\\s+$");

  /** After the organisation: … members, … member states (the count before it). */
  private static final Pattern EN_NOUN_AFTER = Pattern.compile("^\\s+" + EN_NOUN);

  /** After the organisation: …'s eight member states. */
  private static final Pattern EN_POSSESSIVE =
      Pattern.compile("^(?:'s|’s|')\\s+" + EN_N + "\\s+" + EN_NOUN);

  private static final String RU_N =
      "(три|трёх|трех|тремя|четыре|четырёх|четырех|четырьмя|пять|пяти|пятью|шесть|шести|шестью|семь|семи|семью"
          + "|восемь|восьми|восемью|восьмью|девять|девяти|девятью|десять|десяти|десятью)";

  /**
   * Before the organisation: восемь государств — членов …, шести стран-членов …, все шесть членов …
   */
  private static final Pattern RU_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])"
              + RU_N
              + "\\s+(?:(?:государств|стран)\\s*[-—–]\\s*)?(?:член(?:ов|ам|ами|ах)|участник(?:ов|ам|ами|ах))\\s+$");

  /** The member counts of this sentence that name their organisation; whether any was linked. */
  static boolean read(
      String v, List<Mention> here, Map<Integer, List<Actor>> numbered, List<Mention> added) {
    boolean any = false;
    for (Mention org : List.copyOf(here)) {
      if (!org.actor().label().equals("Organization") || org.end() > v.length()) {
        continue;
      }
      String before = v.substring(0, org.begin());
      String after = v.substring(org.end());
      int at = -1;
      int end = -1;
      String count = null;
      Matcher m;
      if ((m = EN_OF.matcher(before)).find()) {
        at = m.start(1);
        end = m.end(2);
        count = m.group(1);
      } else if ((m = EN_POSSESSIVE.matcher(after)).find()) {
        at = org.end() + m.start(1);
        end = org.end() + m.end();
        count = m.group(1);
      } else if ((m = EN_COUNT_BEFORE.matcher(before)).find()) {
        Matcher noun = EN_NOUN_AFTER.matcher(after);
        if (noun.find()) {
          at = org.end() + noun.end() - noun.group().strip().length();
          end = org.end() + noun.end();
          count = m.group(1);
        }
      } else if ((m = RU_BEFORE.matcher(before)).find()) {
        at = m.start();
        end = before.stripTrailing().length();
        count = m.group(1);
      }
      if (count == null
          || at < 0
          || end <= at
          || taken(here, added, at, end)
          || listAfter(v, Math.max(end, org.end()), here)) {
        continue;
      }
      int n = count(count);
      List<Actor> states = n < 0 ? null : ChineseReferences.membersAt(org.actor(), n);
      if (states != null) {
        any |= link(states, n, at, end, numbered, added, org.actor().id());
      }
    }
    return any;
  }

  /**
   * An English or Russian count of member states with no organisation in the phrase (the six member
   * states, all six members, все шесть государств-членов): the members of the organisation named
   * last before it, in this sentence or the paragraph, when the data file knows its members at that
   * count, as {@link ChineseReferences} reads 六個成員國; whether it was linked. A count the
   * organisation never had (three member states of a six-member bloc: some, not all), or a list of
   * the states right after the phrase, links nothing here.
   */
  static boolean memberCount(
      String v,
      int n,
      int at,
      int end,
      List<Mention> here,
      List<Mention> history,
      Map<Integer, List<Actor>> numbered,
      List<Mention> added) {
    if (taken(here, added, at, end) || listAfter(v, end, here)) {
      return false;
    }
    ChineseReferences.Members members = ChineseReferences.memberCount(n, at, here, history);
    return members != null
        && link(
            members.states(),
            n,
            at,
            end,
            numbered,
            added,
            members.named() ? members.org().id() : null);
  }

  /**
   * A list of the states right after the phrase (the five founding members of the Shanghai Five,
   * China, Russia…; восемь членов ШОС: Китай, Россия…): the list names them, not the count.
   */
  private static final Pattern LIST_AFTER =
      Pattern.compile(
          "^\\s*(?:[,:：(（—–-]\\s*|(?:include|includes|included|are|were|comprise|comprises|comprised"
              + "|—|это|являются)\\s+(?:the\\s+)?)");

  private static boolean listAfter(String v, int from, List<Mention> here) {
    Matcher m = LIST_AFTER.matcher(v.substring(from));
    if (!m.find()) {
      return false;
    }
    int at = from + m.end();
    return here.stream()
        .anyMatch(
            x ->
                x.begin() == at
                    && x.actor().label().equals("Country")
                    && !x.method().equals("coref"));
  }

  private static int count(String w) {
    if (w.matches("\\d+")) {
      return Integer.parseInt(w);
    }
    int en = EnglishReferences.EN_NUMBERS.indexOf(w);
    return en >= 0 ? en : RussianReferences.russianCount(w);
  }
}
