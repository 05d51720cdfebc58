package org.cagraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.cagraph.actors.Linker;
import org.cagraph.data.DataFiles;

/**
 * A body or a treaty named at the head of a Chinese sentence as its topic, and the states that
 * joined or left it in the clauses after, each clause closing on its verb with no object of its own
 * (集安組織於2002年正式成立，烏茲別克於2006年加入; 上合組織擴員後，伊朗於2023年加入，白俄羅斯於2024年加入; 世界貿易組織方面，哈薩克 直到2015年才獲准加入): the
 * patterns read the body after the verb, so they find no object there. This class builds a view of
 * the masked sentence with the body's placeholder inserted right after each such verb; {@link
 * RuleEngine} runs the {@link #TYPES} rules over it and keeps only the matches whose object is the
 * inserted copy and whose subject and trigger stand in that clause.
 *
 * <p>An initiative or programme at the head is read the same way for PARTICIPATES_IN only, with the
 * verbs of {@code fronted-programme-verbs.lex} (參與, 參加, 加入: 「和平夥伴關係計畫」於1994年啟動，哈薩克與 吉爾吉斯均於當年加入).
 *
 * <p>The topic clause names one organisation, agreement or initiative and no other actor but its
 * owner (北約的「和平夥伴關係計畫」), places, or the states and persons that act on it when it closes the clause
 * (中國於2001年加入世界貿易組織，俄羅斯則在2012年加入), and neither negates nor plans (the scope's words); a clause with
 * no actor (為期兩天) keeps it, a clause that closes on a verb of {@code fronted-body-verbs.lex} (加入,
 * 退出, 獲准加入; 了 may follow) after an actor and names no body, treaty or initiative of its own takes
 * it, and any other clause with an actor ends it (北約成立後，蘇聯組建華約，東歐各國加入: the last clause is not about
 * NATO). Negation and plans in the joining clause are read at its trigger as anywhere (土庫曼則始終未加入);
 * each joining clause has a subject of its own, so a later one that negates does not undo an
 * earlier one (烏茲別克即已加入，土庫曼則 至今未加入). Plain text: no tags needed, so rule examples exercise it.
 */
final class FrontedBody {

  /** The relation types read this way ({@code data/rules/fronted-body-types.lex}). */
  static final Set<String> TYPES = Set.copyOf(DataFiles.entries("rules/fronted-body-types.lex"));

  /**
   * Whether a rule of {@code type} may read a copy whose types are {@code copy}: an initiative's
   * copy (I) only for PARTICIPATES_IN, a body's or a treaty's only for the other types.
   */
  static boolean reads(String type, String copy) {
    return copy.equals("I") == type.equals("PARTICIPATES_IN");
  }

  /** Verbs that close a clause joining or leaving the topic body, in the masked view. */
  private static final List<String> VERBS = keys("rules/fronted-body-verbs.lex");

  /**
   * Verbs that close a clause taking part in the initiative or programme the sentence opened with
   * (「和平夥伴關係計畫」於1994年啟動，中亞四國均於當年加入), in the masked view.
   */
  private static final List<String> PROGRAMME_VERBS = keys("rules/fronted-programme-verbs.lex");

  private static List<String> keys(String file) {
    return DataFiles.entries(file).stream()
        .map(Linker::key)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  private FrontedBody() {}

  /**
   * The view of {@code masked} with the fronted body inserted after each clause-closing verb that
   * takes it, or null when no clause does. {@code qualifies}: whether a clause (its words, each
   * actor one □) negates or plans.
   */
  static CarriedEvent.View of(String masked, List<Integer> toText, Predicate<String> qualifies) {
    return of(masked, toText, qualifies, placeholder -> false);
  }

  /**
   * As {@link #of(String, List, Predicate)}; {@code organ}: whether a placeholder stands for an
   * organ of another body (最高歐亞經濟理事會), whose members are that body's, so that a clause closing on a
   * member noun (烏茲別克獲得觀察員地位) takes no copy of it.
   */
  static CarriedEvent.View of(
      String masked, List<Integer> toText, Predicate<String> qualifies, Predicate<String> organ) {
    if (masked.indexOf('，') < 0 || VERBS.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    List<Integer> outText = new ArrayList<>();
    List<CarriedEvent.Copy> copies = new ArrayList<>();
    int copied = 0;
    String topic = null;
    // the subject of the last clause that joined or left the topic (烏茲別克於2006年加入) or the topic
    // clause's own (哈薩克於1992年加入集安組織): a clause after it with no actor and a closing verb
    // (，但於2012年再次退出) is that subject's act on the topic
    String subject = null;
    boolean members = false; // whether a member noun with no body later is of the topic
    int cs = 0;
    while (cs < masked.length()) {
      int ce = RuleSet.nextMark(masked, cs, "，；。,;！？");
      CarriedEvent.Clause clause = CarriedEvent.Clause.of(masked, cs, ce);
      if (clause == null) {
        return null;
      }
      List<int[]> marks = clause.marks();
      List<String> types = new ArrayList<>();
      for (int[] p : marks) {
        types.add(RuleSet.placeholderTypes(masked, p[0]));
      }
      int atBody = types.isEmpty() ? -1 : closingVerb(masked, cs, ce, VERBS);
      int atProgramme = types.isEmpty() ? -1 : closingVerb(masked, cs, ce, PROGRAMME_VERBS);
      int at = topic != null && topic.charAt(1) == 'I' ? atProgramme : atBody;
      int atMember = types.isEmpty() ? -1 : memberNoun(masked, cs, ce);
      int last = types.size() - 1;
      // the body first, its founding members or parties listed after it in the same clause
      // (《集體安全條約》最初的締約國為俄、哈兩國): the body is the topic, the members the rules read as usual
      boolean listsMembers =
          types.size() > 1
              && body(types.get(0))
              && types.subList(1, types.size()).stream().allMatch("C"::equals)
              && LISTED_AFTER_BODY.matcher(clause.words()).find();
      if (!types.isEmpty()
          && (types.size() == 1
              || types.size() == 2 && owner(masked, marks, types)
              || types.subList(0, last).stream().allMatch("L"::equals)
              || objectOfActors(masked, marks, types, ce))
          && body(types.get(last))
          && atBody < 0
          && atProgramme < 0
          && !qualifies.test(clause.words())) {
        // (a place before it is where it was signed or founded: 1992年在塔什干簽署的《集體安全條約》)
        int[] p = marks.get(last);
        topic = RuleSet.OPEN + masked.substring(p[0] + 1, p[1]);
        subject = actsOnTopic(masked, marks, types) ? placeholder(masked, marks.get(0)) : null;
        // a member noun later is of a body at the head or one a state joined, not of one a state
        // only spoke of (伊朗批評上合組織，印度隨後成為成員國)
        members = subject != null || !objectOfActors(masked, marks, types, ce) || last == 0;
      } else if (launchedBy(masked, marks, types, ce)
          && atBody < 0
          && atProgramme < 0
          && !qualifies.test(clause.words())) {
        // the body or programme first, its founder after 由 (「中亞區域經濟合作計畫」由亞洲開發銀行於1997年發起)
        topic = placeholder(masked, marks.get(0));
        subject = null;
        members = true;
      } else if (listsMembers && atBody < 0 && !qualifies.test(clause.words())) {
        int[] p = marks.get(0);
        topic = RuleSet.OPEN + masked.substring(p[0] + 1, p[1]);
        subject = null;
        members = true;
      } else if (topic != null
          && types.stream().allMatch("C"::equals)
          && LISTED.matcher(clause.words()).find()) {
        // a clause listing the topic's founding members or parties keeps the topic (…，最初的締約國為俄、哈兩國，
        // 其後亞美尼亞亦於翌年加入)
      } else if (topic != null
          && at >= 0
          && marks.get(0)[1] <= at
          && types.stream().noneMatch(t -> t.contains("O") || t.contains("A") || t.contains("I"))) {
        copies.add(
            CarriedEvent.insert(out, outText, masked, toText, copied, at, at, topic, cs, ce));
        copied = at;
        subject = placeholder(masked, marks.get(0));
      } else if (topic != null
          && topic.charAt(1) == 'O'
          && members
          && !organ.test(topic)
          && atMember >= 0
          && marks.get(0)[1] <= atMember
          && types.stream().noneMatch(t -> t.contains("O") || t.contains("A") || t.contains("I"))) {
        // a clause closing on a member noun with no body (白俄羅斯在會上正式成為成員國): the body's copy goes
        // right after the verb (成為□成員國)
        copies.add(
            CarriedEvent.insert(
                out, outText, masked, toText, copied, atMember, atMember, topic, cs, ce));
        copied = atMember;
        subject = null;
      } else if (topic != null && subject != null && types.isEmpty()) {
        int closes = closingVerb(masked, cs, ce, topic.charAt(1) == 'I' ? PROGRAMME_VERBS : VERBS);
        if (closes >= 0) {
          // no actor, a closing verb (，但於2012年再次退出): the last joiner's act, its copy at the
          // clause's
          // start and the body's after the verb; the body's copy is read in the clause from the
          // subject's copy on
          int from = cs;
          while (from < ce && Character.isWhitespace(masked.charAt(from))) {
            from++;
          }
          CarriedEvent.insert(out, outText, masked, toText, copied, from, from, subject, cs, ce);
          copied = from;
          copies.add(
              CarriedEvent.insert(
                  out,
                  outText,
                  masked,
                  toText,
                  copied,
                  closes,
                  closes,
                  topic,
                  from - subject.length(),
                  ce));
          copied = closes;
        }
      } else if (!types.isEmpty()) {
        topic = null;
        subject = null;
      }
      if (ce < masked.length() && masked.charAt(ce) == '。') {
        topic = null;
        subject = null;
      }
      cs = ce + 1;
    }
    if (copies.isEmpty()) {
      return null;
    }
    return CarriedEvent.close(out, outText, masked, toText, copied, copies);
  }

  /**
   * Whether the clause's last placeholder is the object its states or persons act on, closing the
   * clause (中國於2013年提出「一帶一路」倡議，哈薩克隨即宣布加入; 吉爾吉斯於1998年加入世貿組織，哈薩克則直到2015年才加入): states, persons and
   * places only before it (a title's state, 中國國家主席習近平, is one; 在阿斯塔納), and nothing after it but an
   * initiative's noun or a quotation mark.
   */
  private static boolean objectOfActors(
      String masked, List<int[]> marks, List<String> types, int ce) {
    int last = types.size() - 1;
    // (an organisation may launch a programme too: 北約於1994年推出「和平夥伴關係計畫」)
    boolean programme = types.get(last).equals("I");
    if (last < 1
        || !types.subList(0, last).stream()
            .allMatch(
                t ->
                    t.equals("C")
                        || t.equals("P")
                        || t.equals("L")
                        || programme && t.equals("O"))) {
      return false;
    }
    String after = masked.substring(marks.get(last)[1], ce).strip();
    return after.matches("[」』”》]?(?:倡议|计划|计画|机制)?");
  }

  /**
   * Whether the clause names a body, treaty or programme and then, after 由, the state, body or
   * person that launched it, closing on a verb of founding or launching (中亞區域經濟合作計畫由亞洲開發銀行於
   * 1997年發起): the first is the topic.
   */
  private static boolean launchedBy(String masked, List<int[]> marks, List<String> types, int ce) {
    if (types.size() != 2 || !body(types.get(0)) || types.get(1).chars().anyMatch(t -> t == 'A')) {
      return false;
    }
    String between = masked.substring(marks.get(0)[1], marks.get(1)[0]);
    String after = masked.substring(marks.get(1)[1], ce).strip();
    return between.matches("[」』”》]?(?:[0-9]{4}年(?:[0-9]{1,2}月)?)?(?:于|在)?(?:[0-9]{4}年)?由")
        && after.matches(
            "(?:(?:于|在)?[0-9]{4}年(?:[0-9]{1,2}月)?)?(?:正式|率先|首先)?"
                + "(?:发起|提出|倡议|倡导|创立|创建|创设|推出|启动|设立|成立|组建)(?:的)?");
  }

  /** The placeholder at {@code p} (start, end exclusive) of {@code masked}, as a copy of it. */
  private static String placeholder(String masked, int[] p) {
    return RuleSet.OPEN + masked.substring(p[0] + 1, p[1]);
  }

  /**
   * Whether the topic clause's first actor, a state or a person, joins or leaves the body that
   * closes the clause (哈薩克於1992年加入集安組織): a verb of {@code fronted-body-verbs.lex} (or 了 after it)
   * right before the body, perhaps with a quotation mark.
   */
  private static boolean actsOnTopic(String masked, List<int[]> marks, List<String> types) {
    int last = types.size() - 1;
    if (last < 1 || !(types.get(0).equals("C") || types.get(0).equals("P"))) {
      return false;
    }
    String before =
        masked.substring(marks.get(last - 1)[1], marks.get(last)[0]).replaceAll("[「『“《\\s]+$", "");
    if (before.endsWith("了")) {
      before = before.substring(0, before.length() - 1);
    }
    for (String v : VERBS) {
      if (before.endsWith(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A member noun closing the clause after a verb of becoming or gaining (成為成員國, 正式成為觀察員國, 獲得
   * 觀察員地位, 成為首批對話夥伴), in the masked (Simplified) view.
   */
  private static final java.util.regex.Pattern MEMBER_CLOSE =
      java.util.regex.Pattern.compile(
          "(?:成为|获得|取得|转为|升格为)(?:了)?(?:正式|首批|首个|第一批|创始)?(?:的)?"
              + "(?:成员国|会员国|成员|观察员国|观察员|对话伙伴国|对话伙伴)(?:的)?(?:地位|身份|资格)?\\s*$");

  /**
   * Where the body's copy goes in a clause [cs, ce) that closes on a member noun with no body of
   * its own (白俄羅斯在會上正式成為成員國): right after the verb of becoming or gaining (and its 了), or -1.
   */
  private static int memberNoun(String masked, int cs, int ce) {
    java.util.regex.Matcher m = MEMBER_CLOSE.matcher(masked.substring(cs, ce));
    if (!m.find()) {
      return -1;
    }
    String verb = m.group();
    int len = verb.startsWith("升格为") ? 3 : 2;
    if (verb.length() > len && verb.charAt(len) == '了') {
      len++;
    }
    return cs + m.start() + len;
  }

  /** Whether a placeholder of these types may be the topic: a body, a treaty or an initiative. */
  private static boolean body(String types) {
    return types.equals("O") || types.equals("A") || types.equals("I");
  }

  /** A member noun and a copula or a listing verb, in the masked (Simplified) view. */
  private static final String MEMBER_NOUN =
      "(?:的)?(?:最初|起初|当初|成立时|成立之初|创立时|首批)?(?:的)?(?:创始)?(?:缔约国|成员国|会员国|签约国|成员)"
          + "(?:为|是|包括|包含|有|计有)";

  /**
   * A clause (its words, each actor one □) opening on a member noun (最初的締約國為□、□兩國; 其創始成員國包括□),
   * perhaps after a date or 其.
   */
  private static final java.util.regex.Pattern LISTED =
      java.util.regex.Pattern.compile("^(?:[0-9]{2,4}年)?(?:其|该组织|该条约)?" + MEMBER_NOUN);

  /** A clause opening on the body (a date before it) and its member noun right after it. */
  private static final java.util.regex.Pattern LISTED_AFTER_BODY =
      java.util.regex.Pattern.compile(
          "^(?:[0-9]{2,4}年(?:[0-9]{1,2}月)?)?[《「『“]?□[》」』”]?" + MEMBER_NOUN);

  /**
   * Whether the first of a clause's two placeholders is the second's owner, a state or a body with
   * 的 and perhaps a quotation mark between (北約的「和平夥伴關係計畫」): the second may be the topic.
   */
  private static boolean owner(String masked, List<int[]> marks, List<String> types) {
    String between = masked.substring(marks.get(0)[1], marks.get(1)[0]);
    return (types.get(0).equals("C") || types.get(0).equals("O"))
        && between.matches("(?:所)?(?:领导|主导|牵头|倡导|倡议|发起|组建|创建|创立)?的[「『“\\s]*");
  }

  /**
   * Where the body's copy goes in clause [cs, ce): right after the verb of {@code verbs} (and its
   * 了) that closes the clause, or -1.
   */
  private static int closingVerb(String masked, int cs, int ce, List<String> verbs) {
    String clause = masked.substring(cs, ce).stripTrailing();
    String rest = clause.endsWith("了") ? clause.substring(0, clause.length() - 1) : clause;
    for (String v : verbs) {
      if (rest.endsWith(v) && rest.length() > v.length()) {
        char before = rest.charAt(rest.length() - v.length() - 1);
        if (before == RuleSet.CLOSE || before >= 0x4e00 && before <= 0x9fff) {
          return cs + clause.length();
        }
      }
    }
    return -1;
  }
}
