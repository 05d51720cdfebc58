package org.cagraph.actors;

import static org.cagraph.actors.Coreference.WORDS;
import static org.cagraph.actors.Coreference.ZERO_OPENER;
import static org.cagraph.actors.Coreference.isCountry;
import static org.cagraph.actors.Coreference.lastDistinct;
import static org.cagraph.actors.Coreference.lastNamed;
import static org.cagraph.actors.Coreference.lastPair;
import static org.cagraph.actors.Coreference.link;
import static org.cagraph.actors.Coreference.linkLast;
import static org.cagraph.actors.Coreference.longestFirst;
import static org.cagraph.actors.Coreference.namedIn;
import static org.cagraph.actors.Coreference.onePerson;
import static org.cagraph.actors.Coreference.opening;
import static org.cagraph.actors.Coreference.overlapsName;
import static org.cagraph.actors.Coreference.parentOf;
import static org.cagraph.actors.Coreference.personBefore;
import static org.cagraph.actors.Coreference.resolveCount;
import static org.cagraph.actors.Coreference.rest;
import static org.cagraph.actors.Coreference.subjects;
import static org.cagraph.actors.Coreference.taken;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.actors.Coreference.Context;

/**
 * The references only Chinese text reaches, read for {@link Coreference} after names are linked:
 * counts with a state noun (該3國, 三強, 五國總統, 這三個斯拉夫共和國: the last list of exactly that many; 其他4國,
 * 留下來的六國, 除烏茲別克外其餘: the rest of a group), 他們 and 他 / 她 (the subjects of the sentence before), a
 * subject left out (烏茲別克於1991年獨立。1992年加入聯合國: the actor that opens the sentence before), 它 and 其
 * before a noun (其首都, 在其境內: the topic of the sentence), 前者 and 後者 (the pair named last), the
 * parties of a treaty (簽署國包括…: the treaty named last), the members listed after 成員國包括 (the
 * organisation named last as a subject), 這些國家 (the states listed last), 中亞除了塔吉克外均 (the region's
 * states but the exception), an object left out after 參加 or 加入 (哈薩克也參加了, 烏茲別克隨後也加入: the programme,
 * body or treaty named last), a bare noun opening a clause or as an object (聯盟由五國組成, 吉爾吉斯加入聯盟: the
 * body named before) and 該基地 (the last facility).
 */
final class ChineseReferences {
  private ChineseReferences() {}

  /**
   * 該3國, 這三國, 五國總統, 三強, 三者, 這十一國, 這三個斯拉夫共和國, 上述五個國家; 其他4國, 其餘4國, 餘3國, 留下來的六國 (the rest of a group).
   * A modifier (斯拉夫) stands only between a measure word or a determiner and 國家, 共和國 or 成員國.
   */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(其他|其余|余下的?|余|剩下的?|剩余的?|留下来的|该|这|此|上述|前述)?(1[0-9]|20|[2-9]|二十|十[一二三四五六七八九]?|[两三四五六七八九])"
              + "(个)?([\\p{IsHan}&&[^国个年月日次位名届一二三四五六七八九十，。；、]]{0,4}?)(国家|共和国|成员国|大国|国|者|强|方(?![面式法向案针位]))");

  /**
   * What makes a count or 兩國 a part of the states named before, which ones unsaid (其中兩國, 當中三國): no
   * reference is read.
   */
  static final Pattern SUBSET_BEFORE = Pattern.compile("(?:其中|当中|之中)\\s*$");

  /** The determiners of {@link #NUMBERED} that take the rest of a group (其餘六國, 留下來的六國). */
  private static final Set<String> REST_ZH =
      Set.of("其他", "其余", "余下", "余下的", "余", "剩下", "剩下的", "剩余", "剩余的", "留下来的");

  /**
   * 該3國, 這三國, 三強, 三者, 五國總統, 這十一國, 這三個斯拉夫共和國 (the last list of exactly N states, else the last N
   * countries); 其他4國, 其餘4國, 餘3國, 留下來的六國 (the rest of a group), resolved by {@link
   * Coreference#resolveCount}; whether any was linked.
   */
  static boolean numberedCoref(
      String v,
      List<Mention> here,
      List<Mention> history,
      List<Mention> docHistory,
      Map<Integer, List<Actor>> numbered,
      Context cx,
      List<Mention> added) {
    boolean any = false;
    Matcher m = NUMBERED.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      String prefix = m.group(1);
      String measure = m.group(3);
      String modifier = m.group(4);
      String noun = m.group(5);
      char prev = at > 0 ? v.charAt(at - 1) : ' ';
      char next = end < v.length() ? v.charAt(end) : ' ';
      boolean stateNoun = noun.equals("国家") || noun.equals("共和国") || noun.equals("成员国");
      if (overlapsName(here, at, end)
          || prev == '第'
          || Character.isDigit(prev)
          || "一二三四五六七八九十百千万两多几".indexOf(prev) >= 0
          || noun.equals("国") && (next == '际' || next == '内' || next == '家' || next == '集')
          || !modifier.isEmpty() && (!stateNoun || prefix == null && measure == null)
          || stateNoun && prefix == null && measure == null
          || (noun.equals("者") || noun.equals("强"))
              && (prev == '」' || prev == '”' || prev == '、')) {
        continue; // 中亞五國 (a group word), 第五大國際, 「國際恐怖主義」三者 (not states), 150國, 十國集團
      }
      if (prefix == null
          && (prev == '前' || prev == '后')
          && FIRST_LAST.matcher(v).region(at - 1, v.length()).lookingAt()
          && FIRST_LAST_BEFORE.matcher(v.substring(0, at - 1)).find()) {
        continue; // 其中前三國: the first three of a list (firstOfList), not the last three named
      }
      if (prefix == null && SUBSET_BEFORE.matcher(v.substring(0, at)).find()) {
        continue; // 吉、塔、烏都與中國接壤，其中三國…: some of a list, which ones unsaid
      }
      int n = count(m.group(2));
      if (noun.equals("方")) {
        // 三方簽署了關於合作建設中吉烏鐵路的協議: "the three sides" are the parties of a format or
        // project the sentence names (summit_parties) when it has exactly that many; no guess else
        // (三方會談 after three states named anywhere)
        // 俄羅斯、哈薩克與白俄羅斯三方代表: the sentence lists its own sides right before the count
        boolean listed =
            here.stream()
                .anyMatch(
                    x ->
                        x.actor().label().equals("Country")
                            && (x.end() == at || x.end() == at - 1 && v.charAt(at - 1) == '等'));
        if (!listed && prefix == null && measure == null && modifier.isEmpty() && n >= 3) {
          List<Actor> parties = Coreference.summitParties(n, at, here, cx, true);
          if (parties.size() == n) {
            any |= link(parties, n, at, end, numbered, added);
          }
        }
        continue;
      }
      String kind = prefix == null ? "bare" : REST_ZH.contains(prefix) ? "rest" : "definite";
      if (n < (kind.equals("rest") ? 2 : 3) || n > 20) {
        continue; // two states are a pair word's (兩國), except the rest of a group (其餘兩國)
      }
      if (!kind.equals("rest")
          && (noun.equals("成员国") || noun.equals("会员国"))
          && !v.substring(0, at).endsWith("等")
          && !LIST_AFTER.matcher(v).region(end, v.length()).lookingAt()) {
        // 上合組織八個成員國, 由八個成員國元首共同簽署: the members the organisation had when it had n
        Members members = memberCount(n, at, here, history);
        if (members != null) {
          // the phrase states each one's membership when it names the organisation in this
          // sentence (not 由八個成員國元首共同簽署 after the summit was named in the sentence before)
          any |=
              link(
                  members.states(),
                  n,
                  at,
                  end,
                  numbered,
                  added,
                  members.named() ? members.org().id() : null);
          continue;
        }
      }
      if (kind.equals("bare")) {
        List<Actor> own = ownClauseStates(v, at, here);
        if (own.size() == n) {
          // 哈國與俄、白兩國組成關稅同盟，其後三國於2014年簽署…: the states the sentence named before the
          // clause the count opens
          any |= link(own, n, at, end, numbered, added);
          continue;
        }
      }
      List<Actor> heads =
          kind.equals("rest") || !HEADS_AFTER.matcher(v).region(end, v.length()).lookingAt()
              ? List.of()
              : titledHeads(n, at, here, cx);
      List<Actor> resolved =
          heads.size() == n
              ? heads
              : resolveCount(n, kind, true, at, end, here, history, docHistory, numbered, cx);
      any |= link(resolved, n, at, end, numbered, added);
    }
    return any;
  }

  /**
   * 前三國, 後兩國 (the first three, the last two of the list just named), after 其中, 當中 or a clause mark:
   * not 此前兩國 or 此後兩國 (before, after that), where 前 and 後 end a word of time.
   */
  private static final Pattern FIRST_LAST =
      Pattern.compile("(前|后)(1[0-9]|[2-9]|十[一二三四五六七八九]?|[两二三四五六七八九])(?:个)?(?:国家|国)(?![际内家集])");

  private static final Pattern FIRST_LAST_BEFORE = Pattern.compile("(?:^|[，、；：,;:]|其中|当中|之中)$");

  /**
   * 其中前三國, 後兩國: the first (前) or last (後) N states of the last coordinated list of more than N
   * states (印度、巴基斯坦、伊朗和阿富汗…，其中前三國), in this sentence before the word or in the sentences before it;
   * nothing when no list is longer than the count.
   */
  static void firstOfList(String v, List<Mention> here, Context cx, List<Mention> added) {
    Matcher m = FIRST_LAST.matcher(v);
    while (m.find()) {
      int at = m.start();
      if (!FIRST_LAST_BEFORE.matcher(v.substring(0, at)).find()
          || overlapsName(here, at, m.end())
          || taken(here, added, at, m.end())) {
        continue;
      }
      int n = count(m.group(2));
      List<Actor> list = Coreference.nearest(at, here, cx, (ms, view) -> longerList(ms, view, n));
      if (list.size() <= n) {
        continue;
      }
      List<Actor> part =
          m.group(1).equals("前") ? list.subList(0, n) : list.subList(list.size() - n, list.size());
      for (Actor a : part) {
        added.add(new Mention(a, at, m.end(), "coref", 0.65));
      }
    }
  }

  /** The last run of coordinated states of a sentence with more than {@code n} distinct members. */
  private static List<Actor> longerList(List<Mention> ms, String v, int n) {
    List<Actor> found = List.of();
    for (List<Actor> run :
        Coreference.runs(
            ms.stream()
                .filter(
                    x ->
                        isCountry(x)
                            && !x.method().equals("coref")
                            && !x.method().equals("group")
                            && x.end() <= v.length())
                .sorted(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end))
                .toList(),
            v,
            LIST_GAP_ZH,
            true)) {
      if (run.size() > n) {
        found = run;
      }
    }
    return found;
  }

  /** 各成員國, 各會員國 (each member state), perhaps of their heads: the members of an organisation. */
  private static final Pattern EACH_MEMBER = Pattern.compile("各(?:成员国|会员国)");

  /** A year before the phrase (2002年6月，各成員國元首…): the moment the membership is of. */
  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");

  /** The data file's member_years: org → [from, to, count] ranges. */
  private static final Map<String, List<int[]>> MEMBER_YEARS = memberYears();

  private static Map<String, List<int[]>> memberYears() {
    Map<String, List<int[]>> out = new LinkedHashMap<>();
    for (String entry : WORDS.get("member_years").split("\\|")) {
      Matcher m = Pattern.compile("\\s*([a-z_]+):(\\d{4})-(\\d{4})=(\\d+)\\s*").matcher(entry);
      if (m.matches()) {
        out.computeIfAbsent(m.group(1), k -> new ArrayList<>())
            .add(
                new int[] {
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3)),
                  Integer.parseInt(m.group(4))
                });
      }
    }
    return Map.copyOf(out);
  }

  /**
   * 2010年，各成員國元首在塔什干通過一份聯合聲明: 各成員國 is every member state the organisation had in the year the
   * sentence names before it (data file's member_years and member_counts). The organisation is the
   * one this sentence names, else the last of the paragraph, else the one the document's title
   * names. Nothing without a year, in a year its membership changed, or for an organisation the
   * data file gives no years.
   */
  static void eachMember(
      String v, List<Mention> here, List<Mention> history, Actor titleOrg, List<Mention> added) {
    Matcher m = EACH_MEMBER.matcher(v);
    while (m.find()) {
      int at = m.start();
      if (taken(here, added, at, m.end())) {
        continue;
      }
      Matcher y = YEAR.matcher(v.substring(0, at));
      int year = -1;
      while (y.find()) {
        year = Integer.parseInt(y.group(1));
      }
      if (year < 0) {
        continue;
      }
      Actor org =
          here.stream()
              .filter(x -> x.actor().label().equals("Organization") && !x.method().equals("coref"))
              .map(Mention::actor)
              .findFirst()
              .orElse(null);
      if (org == null) {
        List<Actor> last = lastDistinct(history, "Organization", 1);
        org = !last.isEmpty() ? last.get(0) : titleOrg;
      }
      if (org == null) {
        continue;
      }
      int count = -1;
      for (int[] r : MEMBER_YEARS.getOrDefault(org.id(), List.of())) {
        if (year >= r[0] && year <= r[1]) {
          count = r[2];
        }
      }
      List<Actor> members = count < 0 ? null : membersAt(org, count);
      if (members == null) {
        continue;
      }
      for (Actor a : members) {
        added.add(new Mention(a, at, m.end(), "coref", 0.65));
      }
    }
  }

  /** The gap between two items of a Chinese list of states. */
  private static final Pattern LIST_GAP_ZH = Pattern.compile("\\s*(?:、|，|,|与|和|及|以及|同|跟)\\s*");

  /**
   * An organisation's member states when it had a given number of them, from the data file's
   * member_counts ({@code org:count=member,member,…}): a count of its member states names them
   * (上合組織八個成員國: the eight of 2017 to 2023). Membership changes, but a count fixes the moment; a
   * count the organisation never had names none.
   */
  private static final Map<String, List<String>> MEMBER_COUNTS = memberCounts();

  /**
   * A list of the members right after their count (八個成員國：中國、俄羅斯…; 五個成員國，分別是…): the list names them,
   * not the count. (A list before it ends in 等: 亞美尼亞、白俄羅斯等六個成員國.)
   */
  private static final Pattern LIST_AFTER =
      Pattern.compile("\\s*(?:[：:（(—]|[，,]?\\s*(?:分别是|分别为|包括|包含|即|为|是|有))");

  private static Map<String, List<String>> memberCounts() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String entry : WORDS.get("member_counts").split("\\|")) {
      String[] kv = entry.strip().split("=");
      if (kv.length == 2) {
        out.put(kv[0].strip(), List.of(kv[1].strip().split(",")));
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The member states of a count of {@code n} 成員國: the organisation named last before it (in this
   * sentence before {@code at}, else in the paragraph), when the data file knows its members at
   * that count (with the organisation, and whether this sentence names it); null when the
   * organisation named last has no such count (or none is named), so that the count is resolved as
   * any other.
   */
  static Members memberCount(int n, int at, List<Mention> here, List<Mention> history) {
    List<Mention> before = new ArrayList<>(history);
    List<Mention> own =
        here.stream()
            .filter(x -> x.end() <= at)
            .sorted(Comparator.comparingInt(Mention::end))
            .toList();
    before.addAll(own);
    for (int k = before.size() - 1; k >= 0; k--) {
      Actor org = before.get(k).actor();
      if (!org.label().equals("Organization")) {
        continue;
      }
      List<Actor> members = membersAt(org, n);
      return members == null ? null : new Members(org, members, k >= history.size());
    }
    return null;
  }

  /**
   * The states that are members of {@code org} at every count the data file's member_counts gives
   * (the SCO's six founders), empty when it gives none.
   */
  static Set<String> standingMembers(Actor org) {
    Set<String> out = null;
    for (Map.Entry<String, List<String>> e : MEMBER_COUNTS.entrySet()) {
      if (e.getKey().startsWith(org.id() + ":")) {
        Set<String> ids = new HashSet<>();
        e.getValue().forEach(id -> ids.add(id.strip()));
        if (out == null) {
          out = ids;
        } else {
          out.retainAll(ids);
        }
      }
    }
    return out == null ? Set.of() : Set.copyOf(out);
  }

  /**
   * The largest count of member states the data file's member_counts gives {@code org}, 0 when it
   * gives none.
   */
  static int largestMemberCount(Actor org) {
    int most = 0;
    String key = org.id() + ":";
    for (String k : MEMBER_COUNTS.keySet()) {
      if (k.startsWith(key) && k.substring(key.length()).strip().matches("\\d+")) {
        most = Math.max(most, Integer.parseInt(k.substring(key.length()).strip()));
      }
    }
    return most;
  }

  /**
   * The member states of {@code org} when it had {@code n} (data file's member_counts), or null
   * when it never had that many.
   */
  static List<Actor> membersAt(Actor org, int n) {
    List<String> ids = MEMBER_COUNTS.get(org.id() + ":" + n);
    if (ids == null) {
      return null;
    }
    List<Actor> members = new ArrayList<>();
    for (String id : ids) {
      Actor a = Gazetteer.load().get(id.strip());
      if (a == null) {
        return null;
      }
      members.add(a);
    }
    return List.copyOf(members);
  }

  /**
   * The member states a count of an organisation's members names, the organisation, and whether
   * this sentence names it ({@code named}).
   */
  record Members(Actor org, List<Actor> states, boolean named) {}

  /** 元首, 領導人, 總統 right after a count (六國元首共同簽署): the heads a news report listed before. */
  private static final Pattern HEADS_AFTER = Pattern.compile("(?:的)?(?:国家元首|元首|领袖|领导人|总统|首脑)");

  /** Between one titled head and the next of a list (、 與 和 及). */
  private static final Pattern HEADS_GAP = Pattern.compile("\\s*(?:、|与|和|及|以及|同)\\s*");

  /** The list mark and a title with no state before a head (與地主國總統巴基耶夫). */
  private static final Pattern HEADS_GAP_TITLE =
      Pattern.compile("\\s*(?:、|与|和|及|以及|同)[\\p{IsHan}]{0,6}");

  /** A title between a state and its head (國家主席, 總統, 總理): a few characters, no mark. */
  private static final Pattern TITLE_GAP = Pattern.compile("[\\p{IsHan}]{0,6}");

  /**
   * 六國元首 after 中國國家主席胡錦濤、俄羅斯總統普欽…與吉爾吉斯總統巴基耶夫: the states of the last list of exactly {@code n}
   * titled heads (a state, its title, a person), in this sentence before {@code at} or in the
   * sentences just before, nearest first; else none (the states such a report names next, guests
   * and observers, are no heads of the count).
   */
  static List<Actor> titledHeads(int n, int at, List<Mention> here, Context cx) {
    return Coreference.nearest(at, here, cx, (ms, v) -> titledHeadsIn(ms, v, n));
  }

  private static List<Actor> titledHeadsIn(List<Mention> all, String v, int n) {
    List<Mention> ms = new ArrayList<>();
    for (Mention x : all) {
      if (!x.method().equals("coref") && x.end() <= v.length()) {
        ms.add(x);
      }
    }
    ms.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
    List<Actor> found = List.of();
    Map<String, Actor> run = new LinkedHashMap<>();
    int lastEnd = -1; // where the last titled head of the run ends
    for (int i = 0; i < ms.size(); i++) {
      Mention p = ms.get(i);
      if (!p.actor().label().equals("Person")) {
        continue;
      }
      Mention c = i > 0 ? ms.get(i - 1) : null;
      Actor state = null;
      int start = p.begin(); // where the item starts: its state's name, else its title
      if (c != null
          && isCountry(c)
          && p.begin() >= c.end()
          && TITLE_GAP.matcher(v.substring(c.end(), p.begin())).matches()) {
        state = c.actor();
        start = c.begin();
      } else if (p.actor().partOf() != null) {
        // 與地主國總統巴基耶夫: a title with no state named, the person's own state named elsewhere
        state =
            ms.stream()
                .map(Mention::actor)
                .filter(a -> a.id().equals(p.actor().partOf()))
                .findFirst()
                .orElse(null);
      }
      boolean joined =
          state != null
              && lastEnd >= 0
              && start >= lastEnd
              && (start == p.begin()
                  ? HEADS_GAP_TITLE.matcher(v.substring(lastEnd, start)).matches()
                  : HEADS_GAP.matcher(v.substring(lastEnd, start)).matches());
      if (!joined) {
        if (run.size() == n) {
          found = List.copyOf(run.values());
        }
        run.clear();
      }
      if (state == null) {
        lastEnd = -1;
        continue;
      }
      run.putIfAbsent(state.id(), state);
      lastEnd = p.end();
    }
    if (run.size() == n) {
      found = List.copyOf(run.values());
    }
    return found;
  }

  /** What may stand between a clause's comma and a count that opens it: times and adverbs. */
  private static final Pattern CLAUSE_OPENING =
      Pattern.compile("[，；,;]\\s*(?:" + ZERO_OPENER + ")*$");

  /**
   * The states a sentence names before a count that opens a later clause of it (…，其後三國於…, …；三國隨後…),
   * in order; none when the count does not open a clause after a comma, or when a state stands in
   * the count's own clause.
   */
  static List<Actor> ownClauseStates(String v, int at, List<Mention> here) {
    Matcher c = CLAUSE_OPENING.matcher(v.substring(0, at));
    if (!c.find()) {
      return List.of();
    }
    int clause = c.start();
    Map<String, Actor> states = new LinkedHashMap<>();
    for (Mention x : here) {
      if (isCountry(x) && x.end() <= at) {
        if (x.begin() > clause) {
          return List.of();
        }
        states.putIfAbsent(x.actor().id(), x.actor());
      }
    }
    return List.copyOf(states.values());
  }

  /** 3, 十一, 二十, 五: the value of a count of {@link #NUMBERED}. */
  static int count(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    String digits = "一二三四五六七八九";
    if (s.equals("两")) {
      return 2;
    }
    int ten = s.indexOf('十');
    if (ten < 0) {
      return digits.indexOf(s.charAt(0)) + 1;
    }
    int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
    int units = ten + 1 < s.length() ? digits.indexOf(s.charAt(ten + 1)) + 1 : 0;
    return tens * 10 + units;
  }

  /**
   * 他們 (they): the actors of the previous sentence. Not 它們 (they, of things): it names loans,
   * railways and projects far more often than states (中國向哈薩克與吉爾吉斯提供了兩筆貸款。它們…), and a reading
   * limited to states gave no measured hit.
   */
  private static final Pattern THEY_ZH = Pattern.compile("他们|她们");

  /**
   * 他 / 她 opening a clause (the sentence's head, or after a comma or a semicolon): the subject of a
   * singular pronoun. Not 他國, 他人, 他方 (other states, other people, the other side).
   */
  static final Pattern HE_ZH = Pattern.compile("(?:^|(?<=[，；：,;]))(?:他|她)(?![们国人方者日处乡])");

  /**
   * 他們都離不開與俄羅斯的合作 (the subject-position actors of the previous sentence that this sentence does not
   * name); 他 / 她 opening a clause (the one person of the previous sentence, as its subject).
   */
  static void pronouns(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    if (prev == null || prev.isEmpty()) {
      return;
    }
    Set<String> named = namedIn(here);
    Matcher zh = THEY_ZH.matcher(v);
    while (zh.find()) {
      if (overlapsName(here, zh.start(), zh.end())) {
        continue;
      }
      List<Actor> cands = subjects(prev, prevView, named, Set.of("Person"));
      if (cands.size() < 2) {
        cands = subjects(prev, prevView, named, Set.of("Country", "Organization"));
      }
      if (cands.isEmpty() || cands.size() > 5) {
        continue;
      }
      for (Actor a : cands) {
        added.add(new Mention(a, zh.start(), zh.end(), "coref", 0.6));
      }
    }
    Matcher he = HE_ZH.matcher(v);
    while (he.find()) {
      int at = he.start();
      if (overlapsName(here, at, he.end()) || personBefore(here, at)) {
        continue; // 習近平抵達後，他…: the person of its own sentence, which the rules read
      }
      // one person in the previous sentence, as its subject: two are ambiguous
      Actor person = onePerson(prev);
      if (person != null
          && subjects(prev, prevView, named, Set.of("Person")).equals(List.of(person))) {
        added.add(new Mention(person, at, he.end(), "coref", 0.6));
      }
    }
  }

  /**
   * An organisation's office taken with the post left unsaid, a verb of taking office before 這一職務,
   * 該職, 此職, 這個職位 (張明接任這一職務; 由X擔任該職). The post is the office the text named last, of any kind
   * ({@link #TITLE_ZH}): the last title in this sentence before the phrase, else, when this
   * sentence names none, the last in the sentence before it in the paragraph. It stands only when
   * it is an organisation's head office ({@link Coreference#ORG_HEAD_ZH} or 主席; no deputy,
   * assistant, state or rotating one: 副秘書長, 助理秘書長, 國家主席, 輪值主席, which a state holds) with the
   * organisation right before it, no other name between (歐亞經濟委員會執委會主席, 上合組織秘書長: up to four
   * characters between, up to eight for a secretary general or director general within the clause)
   * and the organisation no state's body (吉爾吉斯國家安全委員會: a body's parent otherwise, 秘書處 is its
   * organisation's). A state's office named last (總統, 外長) leaves the post unread. Linked as an
   * empty mention right before 這一職務, so that the rules read 「person 接任 組織 這一職務」. A bare verb
   * closing its clause (X隨後接任，; 由X出任。) is left alone: read the same way it gave a held-out false
   * hit and no true one.
   */
  private static final Pattern THIS_POST_ZH =
      Pattern.compile("(?:接任|担任|出任|继任|接掌|就任)((?:这一|该|此一?|这个)(?:职务|职位|职)(?![权责能称]))");

  /**
   * An office title of any kind, for {@link #thisPost}'s office named last: group 1 a qualifier
   * that makes it no organisation's head office, group 2 the organisation's head office.
   */
  private static final Pattern TITLE_ZH =
      Pattern.compile(
          "(常务副|副|助理|国家|轮值|名誉)?(?:("
              + Coreference.ORG_HEAD_ZH
              + "|主席(?!国))|总统|总理|首相|外长|外交部长|国防部长|部长|议长|国务卿|大使|总书记|书记|元首|国王"
              + "|省长|州长|市长|委员长|局长|主任|司令|行长|总裁|执行长|董事长|首席执行官)");

  static void thisPost(
      String v,
      List<Mention> here,
      List<Mention> prev,
      String prevView,
      List<Mention> history,
      List<Mention> added) {
    Matcher m = THIS_POST_ZH.matcher(v);
    while (m.find()) {
      int at = m.start(1);
      if (overlapsName(here, m.start(), m.end())
          || added.stream().anyMatch(x -> x.begin() == at && x.end() == at)) {
        continue;
      }
      List<Mention> before = new ArrayList<>(history);
      before.addAll(here);
      before.addAll(added);
      List<Mention> own = new ArrayList<>(here);
      own.addAll(added);
      MatchResult t = lastTitle(v, m.start(), own);
      Actor post = null;
      if (t != null) {
        post = postOf(v, t, own, before);
      } else if (prev != null && prevView != null) {
        MatchResult p = lastTitle(prevView, prevView.length(), prev);
        post = p == null ? null : postOf(prevView, p, prev, before);
      }
      if (post != null) {
        added.add(new Mention(post, at, at, "coref", 0.6));
      }
    }
  }

  /**
   * The last office title {@code view} names before {@code limit}, or null ({@link #thisPost}). A
   * title right before a person's name is that person's (由哈薩克前總理薩金塔耶夫擔任該職): no post named.
   */
  private static MatchResult lastTitle(String view, int limit, List<Mention> ms) {
    Matcher t = TITLE_ZH.matcher(view);
    MatchResult last = null;
    while (t.find() && t.end() <= limit) {
      int end = t.end();
      if (ms.stream()
          .anyMatch(x -> x.actor().label().equals("Person") && x.begin() == end && x.end() > end)) {
        continue;
      }
      last = t.toMatchResult();
    }
    return last;
  }

  /**
   * The organisation whose head office the title {@code t} is, named right before it, or null
   * ({@link #thisPost}).
   */
  private static Actor postOf(String view, MatchResult t, List<Mention> ms, List<Mention> before) {
    if (t.group(1) != null || t.group(2) == null) {
      return null; // a deputy, a state's or a rotating office, or no organisation's
    }
    int title = t.start();
    Mention last =
        ms.stream()
            .filter(x -> x.end() <= title)
            .max(Comparator.comparingInt(Mention::end))
            .orElse(null);
    if (last == null || !last.actor().label().equals("Organization")) {
      return null;
    }
    String between = view.substring(Math.min(last.end(), title), title);
    boolean head = !t.group(2).startsWith("主席");
    if (between.length() > (head ? 8 : 4) || between.matches(".*[，。；：,;:！？!?、].*")) {
      return null;
    }
    Actor org = parentOf(last.actor(), before);
    Actor state = org.partOf() == null ? null : Gazetteer.load().get(org.partOf());
    return state != null && state.label().equals("Country") ? null : org;
  }

  /**
   * A Chinese sentence that leaves its subject out: openers ({@link Coreference#ZERO_OPENER}), then
   * a verb of {@code zero_verbs}; group 1 is the verb.
   */
  private static final Pattern ZERO_SUBJECT =
      Pattern.compile(
          "^(?:"
              + ZERO_OPENER
              + ")*("
              + String.join("|", longestFirst(WORDS.get("zero_verbs")))
              + ")");

  /**
   * A Chinese sentence that leaves its subject out (烏茲別克於1991年獨立。1992年加入聯合國，2006年重返集安組織): the one
   * actor (a state, an organisation or a person) that opens the sentence before in the paragraph,
   * after nothing but times and adverbs, is its subject. Linked as an empty mention right before
   * the verb, so that the rules read 「1992年 [state] 加入 [body]」. Nothing when the sentence names an
   * actor before its verb, when the sentence before opens with two actors (哈薩克與中國… is a pair, which
   * 兩國 refers to) or with none, or when that opening actor is governed (對哈薩克而言).
   */
  static void zeroSubject(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    if (prev == null || prev.isEmpty() || prevView == null || v.isEmpty()) {
      return;
    }
    Matcher z = ZERO_SUBJECT.matcher(v);
    if (!z.lookingAt()) {
      return;
    }
    int verb = z.start(1);
    if (verb == 0) {
      return; // 參與和平夥伴關係並不等於加入北約: a bare verb opening a sentence heads a clause as subject
    }
    if (here.stream().anyMatch(x -> x.begin() < verb)
        || added.stream().anyMatch(x -> x.begin() < verb)) {
      return; // the sentence names its own subject (or a time phrase holds a name)
    }
    Mention first = opening(prev, prevView);
    if (first == null) {
      return;
    }
    String label = first.actor().label();
    if (label.equals("Country") || label.equals("Organization") || label.equals("Person")) {
      added.add(new Mention(first.actor(), verb, verb, "coref", 0.6));
    }
  }

  /**
   * 它 (it) opening a clause or before 的 (它的成員包括…): the non-person topic of its own sentence when a
   * clause of it came first (哈薩克是中亞面積最大的國家，它與…), else that of the sentence before
   * (塔吉克是上合組織的創始成員國。它也是…). Not 它們 (they), nor a 它 the sentence names an actor before in the same
   * clause.
   */
  private static final Pattern IT_ZH = Pattern.compile("(?:^|(?<=[，；：,;]))它(?!们)");

  static void itZh(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    Matcher m = IT_ZH.matcher(v);
    while (m.find()) {
      int at = m.start();
      if (overlapsName(here, at, m.end())) {
        continue;
      }
      List<Mention> before = here.stream().filter(x -> x.end() <= at).toList();
      Mention topic = before.isEmpty() ? opening(prev, prevView) : opening(before, v);
      if (topic == null
          || topic.actor().label().equals("Person")
          || topic.actor().label().equals("Place")) {
        continue;
      }
      added.add(new Mention(topic.actor(), at, m.end(), "coref", 0.6));
    }
  }

  /**
   * The parties of a treaty named before, as a clause's subject with no treaty before them
   * (《集體安全條約》於1992年簽署。簽署國包括…; …，其締約國包括…): the last agreement of the sentence before the word, else
   * of the paragraph, linked as an empty mention before the word so that the party rules read 「條約
   * 締約國包括 …」. Nothing when no agreement was named, or when a name stands right before the word
   * (哈薩克是締約國: the rules read that).
   */
  private static final Pattern PARTIES_HEAD =
      Pattern.compile("(?:^|(?<=[，；,;]))(其)?(缔约国|签署国|缔约方|签约国|签字国)(?:有|包括|包含|为|计有|是)");

  static void partiesOf(String v, List<Mention> here, List<Mention> history, List<Mention> added) {
    Matcher m = PARTIES_HEAD.matcher(v);
    while (m.find()) {
      int at = m.start();
      if (overlapsName(here, at, m.end())
          || added.stream().anyMatch(x -> x.begin() >= at && x.begin() < m.end())) {
        continue;
      }
      List<Mention> before = new ArrayList<>(history);
      here.stream()
          .filter(x -> x.end() <= at)
          .sorted(Comparator.comparingInt(Mention::end))
          .forEach(before::add);
      for (Actor a : lastDistinct(before, "Agreement", 1)) {
        added.add(new Mention(a, m.start(2), m.start(2), "coref", 0.65));
      }
    }
  }

  /**
   * 前者 (the former) and 後者 (the latter), opening a clause or after a preposition: the first and the
   * second of the pair of states or organisations named last (哈薩克與吉爾吉斯都是歐亞經濟聯盟成員。前者…，後者…); nothing
   * when no pair was named (a list of three is no pair).
   */
  private static final Pattern FORMER_LATTER =
      Pattern.compile("(?:^|(?<=[，；：,;])|(?<=在|于|与|同|向|对|而|则|但))(前者|后者)");

  static void formerLatter(
      String v,
      List<Mention> here,
      List<List<Mention>> para,
      List<String> paraViews,
      List<Mention> added) {
    Matcher m = FORMER_LATTER.matcher(v);
    while (m.find()) {
      int at = m.start();
      if (overlapsName(here, at, m.end())) {
        continue;
      }
      List<Actor> pair = lastPair(here, at, v, para, paraViews);
      if (pair.size() == 2) {
        Actor a = pair.get(m.group(1).equals("前者") ? 0 : 1);
        added.add(new Mention(a, at, m.end(), "coref", 0.6));
      }
    }
  }

  /**
   * 其 (its) before a noun (其首都, 其境內, 其鄰國, 其總統), at the head of a clause or after a preposition
   * (在其境內, 與其鄰國): the topic of its own sentence when a clause of it came first (哈薩克是中亞最大的國家，其首都為…;
   * 塔吉克允許俄羅斯在其境內駐軍: the subject, not the last state named), else that of the sentence before. A
   * state or an organisation only. Not 其他, 其中, 其實, 其次, 其後 … (no possessive), nor 其 before a member
   * word (the organisation the paragraph is about, read with the referring words), nor after 向 or 對
   * (向其提供: the aid rules read the word itself), nor before an organ of the topic linked itself
   * (上海合作組織…，其秘書處設在北京: the secretariat is in Beijing, not the organisation).
   */
  private static final Pattern ITS_ZH =
      Pattern.compile(
          "(?:^|(?<=[，；：,;])|(?<=在|于|与|同|从|和|及))其(?![他它余中实次后间一二三四五六七八九十余所])"
              + "(?!(?:创始|正式)?(?:成员国|会员国|成员|观察员国|观察员|缔约国|签署国|缔约方|签约国|签字国))");

  static void itsZh(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    Matcher m = ITS_ZH.matcher(v);
    while (m.find()) {
      int at = m.start();
      if (overlapsName(here, at, m.end())
          || added.stream().anyMatch(x -> x.begin() < m.end() && at < x.end())) {
        continue;
      }
      int clause =
          Math.max(
              Math.max(v.lastIndexOf('，', at), v.lastIndexOf('；', at)),
              Math.max(v.lastIndexOf(',', at), v.lastIndexOf(';', at)));
      List<Mention> before = here.stream().filter(x -> x.end() <= at).toList();
      Mention topic =
          clause >= 0 && !before.isEmpty() ? opening(before, v) : opening(prev, prevView);
      if (clause < 0 && !before.isEmpty()) {
        topic = opening(before, v); // 塔吉克允許俄羅斯在其境內駐軍: the subject of its own clause
      }
      if (topic == null || !(isCountry(topic) || topic.actor().label().equals("Organization"))) {
        continue;
      }
      String topicId = topic.actor().id();
      if (here.stream().anyMatch(x -> x.begin() == m.end() && topicId.equals(x.actor().partOf()))) {
        continue; // 其秘書處設在北京: the topic's own organ, linked, is the subject, not the topic
      }
      // an empty mention after 其: the word stays for the rules that read it (在其境內)
      added.add(new Mention(topic.actor(), m.end(), m.end(), "coref", 0.6));
    }
  }

  /** 成員國有…, 成員國包括… at the head of a sentence: the members of the organisation named last. */
  private static final Pattern MEMBERS_HEAD =
      Pattern.compile(
          "^(?:(?:目前|现在|如今|当前|现今|迄今|至今)[，,]?|\\d{4}\\s*年[，,]?)?(其|该组织的?|该联盟的?)?(?:现有|正式|创始)?(成员国|会员国|成员)(有|包括|包含|为|计有)");

  /**
   * 成員國有俄羅斯、白俄羅斯… at the head of a sentence: the organisation that stands as a subject in the
   * paragraph's last sentence naming one (EEU成立的宗旨…), linked as an empty mention before 成員國 so that
   * member rules read 「組織 成員國有 …」.
   */
  static void membersOf(
      String v,
      List<Mention> here,
      List<List<Mention>> para,
      List<String> paraViews,
      List<Mention> prev,
      String prevView,
      List<Mention> added) {
    Matcher m = MEMBERS_HEAD.matcher(v);
    if (!m.find() || overlapsName(here, 0, m.end())) {
      return;
    }
    List<List<Mention>> ss = new ArrayList<>(para);
    List<String> vs = new ArrayList<>(paraViews);
    if (ss.isEmpty() && prev != null) {
      ss.add(prev);
      vs.add(prevView);
    }
    for (int k = ss.size() - 1; k >= 0; k--) {
      List<Actor> orgs = subjects(ss.get(k), vs.get(k), Set.of(), Set.of("Organization"));
      if (!orgs.isEmpty()) {
        int at = m.start(2);
        added.add(new Mention(orgs.get(0), at, at, "coref", 0.65));
        return;
      }
    }
  }

  /** 這些中亞國家, 上述國家: the states the paragraph listed last. */
  private static final Pattern THESE_STATES = Pattern.compile("(这些|上述)[^，。；、\\s]{0,4}?国家");

  /** 這些中亞國家: the countries of the last sentence of the paragraph that named two or more. */
  static void theseStates(
      String v, List<Mention> here, List<List<Mention>> paragraph, List<Mention> added) {
    Matcher m = THESE_STATES.matcher(v);
    while (m.find()) {
      int at = m.start();
      if (overlapsName(here, at, m.end())
          || here.stream().anyMatch(x -> x.end() <= at && isCountry(x))) {
        continue;
      }
      for (int k = paragraph.size() - 1; k >= 0; k--) {
        Map<String, Actor> named = new LinkedHashMap<>();
        paragraph.get(k).stream()
            .filter(x -> isCountry(x) && !x.method().equals("coref"))
            .forEach(x -> named.putIfAbsent(x.actor().id(), x.actor()));
        if (named.size() >= 2) {
          for (Actor a : named.values()) {
            added.add(new Mention(a, at, m.end(), "coref", 0.6));
          }
          break;
        }
      }
    }
  }

  /** 除烏茲別克外，其餘 / 餘均: the rest of a group after an exception. */
  private static final Pattern REST = Pattern.compile("除([^，。；]{1,30}?)外[，,]?(其余|余均|余皆|其他均)");

  /** 除烏茲別克外，其餘仍極薄弱: the group minus the exception. */
  static void restCoref(
      String v,
      List<Mention> here,
      List<Mention> history,
      List<Mention> docHistory,
      List<Mention> added) {
    Matcher m = REST.matcher(v);
    while (m.find()) {
      int at = m.start(2);
      List<Mention> before = new ArrayList<>(history);
      here.stream().filter(x -> x.end() <= at).forEach(before::add);
      for (Actor a : rest(here, at, before, docHistory, -1)) {
        added.add(new Mention(a, at, m.end(2), "coref", 0.6));
      }
    }
  }

  /**
   * 中亞除了塔吉克外已全部加入, 中亞國家除土庫曼外均…: the region's five states (or the group word's members) minus the
   * states the exception names, on the quantifier after it. The exception must name states only of
   * the five, else the sentence is about something else.
   */
  private static final Pattern REGION_EXCEPT =
      Pattern.compile(
          "(中亚(?:五国|5国|国家|各国|诸国)?)(?:之中|中)?[，,]?除了?([^，。；]{1,24}?)(?:之)?外[，,]?([^，。；]{0,4}?)"
              + "(全部|全都|均|皆|都|一律)");

  static void regionExcept(
      String v, List<Mention> here, List<Actor> centralAsia, List<Mention> added) {
    Matcher m = REGION_EXCEPT.matcher(v);
    while (m.find()) {
      int b = m.start(2);
      int e = m.end(2);
      List<Mention> named =
          here.stream()
              .filter(x -> x.begin() >= b && x.end() <= e && !x.method().equals("coref"))
              .toList();
      Set<String> except = new LinkedHashSet<>();
      named.forEach(x -> except.add(x.actor().id()));
      if (except.isEmpty()
          || named.stream().anyMatch(x -> !centralAsia.contains(x.actor()))
          || overlapsName(here, m.start(4), m.end(4))) {
        continue;
      }
      for (Actor a : centralAsia) {
        if (!except.contains(a.id())) {
          added.add(new Mention(a, m.start(4), m.end(4), "coref", 0.6));
        }
      }
    }
  }

  /**
   * 哈薩克此後也派兵參加，…, 土庫曼總統也出席了, 印度也派兵參演 (參加, 參與, 參演, 出席, 與會): a verb of taking part that ends its
   * clause with no object takes the programme, summit or exercise the paragraph named last, when
   * that is the last actor named that is no state, person or place. Linked as an empty mention
   * right after the verb, so that the rules read 「參加 計畫」. The clause must name a state before the
   * verb (its subject), and the sentence no programme or organisation before it (then the rules
   * read the sentence itself: 「和平使命」演習在新疆 舉行，哈薩克也參加了). Not 加入: with no object it joins a campaign
   * (sanctions, a coalition) as often as a body. Not 到場: its subject is often a bloc's observers as
   * one group (四個觀察員國也各派代表團到場), which the rules then read as the bloc (measured: one false hit
   * in-sample). The empty mention is no antecedent of later references.
   */
  private static final Pattern ZERO_OBJECT =
      Pattern.compile("(?:参加|参与|参演|出席|与会)(?:了)?(?=[，。；;,]|$|而|但|并)");

  static void zeroObject(String v, List<Mention> here, List<Mention> history, List<Mention> added) {
    Matcher m = ZERO_OBJECT.matcher(v);
    while (m.find()) {
      int at = m.end();
      int clause = Math.max(v.lastIndexOf('，', m.start()), v.lastIndexOf('；', m.start()));
      clause = Math.max(clause, v.lastIndexOf(',', m.start()));
      int from = clause + 1;
      if (overlapsName(here, m.start(), m.end())
          || java.util.stream.Stream.concat(here.stream(), added.stream())
              .noneMatch(x -> x.begin() >= from && x.end() <= m.start() && isCountry(x))
          || here.stream()
              .anyMatch(
                  x ->
                      x.begin() >= from
                          && x.end() <= m.start()
                          && (x.actor().label().equals("Organization")
                              || x.actor().label().equals("Initiative")))) {
        continue;
      }
      List<Mention> before = history;
      if (here.stream() // named in this sentence: the rules read it (hosted_by: attendees opening a
          // later clause)
          .anyMatch(
              x ->
                  x.end() <= from
                      && (x.actor().label().equals("Organization")
                          || x.actor().label().equals("Initiative")))) {
        continue;
      }
      for (int k = before.size() - 1; k >= 0; k--) {
        String label = before.get(k).actor().label();
        if (label.equals("Country") || label.equals("Person") || label.equals("Place")) {
          continue;
        }
        if (label.equals("Initiative")) {
          added.add(new Mention(before.get(k).actor(), at, at, "coref", 0.6));
        }
        break;
      }
    }
  }

  /**
   * 亞美尼亞與白俄羅斯隨後也加入, 烏茲別克於1992年簽署 (加入, 退出, 簽署, 批准 … ending a clause with no object): the body or
   * treaty named last, in the clause before or the sentence before, when it is the last actor named
   * that is no state, person or place: an organisation or an agreement for 加入 and 退出 (an agreement
   * only for 簽署 and 批准). Linked as an empty mention right after the verb, so that the rules read
   * 「加入 組織」. The clause must name a state before the verb (its subject) and no body, treaty or
   * programme. Not an antecedent further back: with no object, 加入 joins a campaign (制裁, 聯軍) as
   * often as a body, and a campaign is no actor the paragraph would have named last.
   */
  private static final Pattern ZERO_JOIN =
      Pattern.compile("(加入|加盟|退出|签署|签订|签字|批准)(?:了)?(?=[，。；;,]|$)");

  /**
   * Times and adverbs only before a verb (，但於2012年又…; 烏茲別克於2006年重新加入): no other verb whose subject
   * the state before would be.
   */
  private static final Pattern BARE_CLAUSE =
      Pattern.compile(
          "\\s*(?:但|而|却|并|后|后来)?\\s*(?:"
              + ZERO_OPENER
              + "|两国|三国|双方|重新|宣布|决定|同意|申请|相继|随后|随之|随即|旋即|继而|也都|都已)*");

  static void zeroJoin(
      String v, List<Mention> here, List<Mention> added, List<Mention> prev, List<Mention> zeros) {
    Matcher m = ZERO_JOIN.matcher(v);
    while (m.find()) {
      int at = m.end();
      int clause =
          Math.max(
              Math.max(v.lastIndexOf('，', m.start()), v.lastIndexOf('；', m.start())),
              Math.max(v.lastIndexOf(',', m.start()), v.lastIndexOf(';', m.start())));
      int from = clause + 1;
      if (overlapsName(here, m.start(), m.end())
          || here.stream().anyMatch(x -> x.begin() >= m.end() && x.begin() <= m.end() + 1)) {
        continue;
      }
      Mention subject = null;
      Mention state =
          java.util.stream.Stream.concat(here.stream(), added.stream())
              .filter(x -> x.begin() >= from && x.end() <= m.start() && isCountry(x))
              .max(Comparator.comparingInt(Mention::end))
              .orElse(null);
      if (state != null
          && !BARE_CLAUSE
              .matcher(v.substring(Math.min(state.end(), m.start()), m.start()))
              .matches()) {
        continue; // 美國批評退出: the state is the subject of another verb
      }
      if (state == null) {
        // 烏茲別克於2006年加入，但於2012年退出: a later clause of times and adverbs only takes the state
        // that opens the sentence as its subject too
        Mention first =
            clause < 0 || !BARE_CLAUSE.matcher(v.substring(from, m.start())).matches()
                ? null
                : opening(here.stream().filter(x -> x.end() <= clause).toList(), v);
        if (first == null || !isCountry(first)) {
          continue;
        }
        subject = new Mention(first.actor(), m.start(), m.start(), "coref", 0.6);
      }
      if (here.stream()
          .anyMatch(
              x ->
                  x.begin() >= from
                      && x.end() <= m.start()
                      && !isCountry(x)
                      && !x.actor().label().equals("Person")
                      && !x.actor().label().equals("Place"))) {
        continue; // the clause names its own object before the verb (向上合組織提出申請並加入)
      }
      List<Mention> before = new ArrayList<>(prev == null ? List.of() : prev);
      here.stream()
          .filter(x -> x.end() <= from)
          .sorted(Comparator.comparingInt(Mention::end))
          .forEach(before::add);
      Actor self = state != null ? state.actor() : subject.actor();
      boolean signing =
          !m.group(1).equals("加入") && !m.group(1).equals("加盟") && !m.group(1).equals("退出");
      for (int k = before.size() - 1; k >= 0; k--) {
        String label = before.get(k).actor().label();
        if (label.equals("Person") || label.equals("Place")) {
          continue;
        }
        if (label.equals("Country") && before.get(k).actor().id().equals(self.id())) {
          continue; // its own subject, named before the clause
        }
        if (label.equals("Country")) {
          break; // 歐盟於2014年對俄羅斯實施制裁。日本隨後也加入: the body acted on a state, a campaign is joined
        }
        if (label.equals("Agreement") || !signing && label.equals("Organization")) {
          zeros.add(new Mention(before.get(k).actor(), at, at, "coref", 0.6));
          if (subject != null) {
            zeros.add(subject);
          }
        }
        break;
      }
    }
  }

  /**
   * A Chinese common noun opening a clause bare, before a word of place, time, agent or predicate
   * (管道在阿富汗境內…, 峰會期間, 聯盟由五國組成): the data file's bare_heads. Chinese has no article; the topic of a
   * clause is the one named before. Not after a letter (上合峰會, 天然氣管道: a longer noun, named or not),
   * and the clause opens at the sentence's head or after a comma or a semicolon.
   */
  private static final Pattern BARE_HEAD =
      Pattern.compile(
          "(?:^|(?<=[，；。：,;]))("
              + String.join("|", WORDS.get("bare_heads").split("\\|"))
              + ")(?=在|于|期间|由|已|曾|是|为|将|也|还|则|自|从|位于|全长|正式|首次|至今|目前|仍|共|总|通常|每|的(?:成员|创始|秘书|宗旨))");

  /**
   * The same noun bare as the object of joining, leaving or signing, of 成為 before 的 (成為組織的第十個成員國),
   * or after a preposition of a party (吉爾吉斯加入聯盟, 伊朗與聯盟簽署協定, 烏茲別克退出條約), at the end of its clause or
   * before a word that takes it as a whole (的, 簽署, 合作): the body or treaty named before.
   */
  private static final Pattern BARE_HEAD_OBJECT =
      Pattern.compile(
          "(?:加入|加盟|退出|脱离|重返|成为(?=\\p{IsHan}{2}的)|签署了?|签订了?|批准了?|(?<![参给授赋])与|(?<![共相如等不])同|(?<![方面导趋意倾动转])向)("
              + String.join("|", WORDS.get("bare_heads").split("\\|"))
              + ")(?=[，。；、,;]|$|的|签|合作|之)");

  /**
   * The same noun bare after becoming or holding (成為, 擔任, 出任) and before a member's or an office's
   * word (正式成為聯盟成員, 成為組織觀察員國, 出任委員會主席): the body named before, whose member or officer the subject
   * is. Read only when one such body is named before it (歐亞經濟聯盟 and 歐洲聯盟 both named: which union is
   * unsaid).
   */
  private static final Pattern BARE_HEAD_ROLE =
      Pattern.compile(
          "(?:成为|担任|出任|接任)("
              + String.join("|", WORDS.get("bare_heads").split("\\|"))
              + ")(?=(?:正式|创始|准)?(?:成员|会员|观察员|主席|副主席|秘书长|执行秘书))");

  static void bareHeads(
      String v, List<Mention> here, List<Mention> history, Actor titleOrg, List<Mention> added) {
    bareHeads(BARE_HEAD.matcher(v), here, history, titleOrg, added);
    bareHeads(BARE_HEAD_OBJECT.matcher(v), here, history, titleOrg, added);
    Matcher m = BARE_HEAD_ROLE.matcher(v);
    while (m.find()) {
      String noun = m.group(1);
      int at = m.start(1);
      int end = m.end(1);
      if (taken(here, added, at, end)) {
        continue;
      }
      List<Mention> before = new ArrayList<>(history);
      here.stream().filter(x -> x.end() <= at).forEach(before::add);
      Set<String> bodies = new java.util.LinkedHashSet<>();
      Actor last = null;
      for (Mention x : before) {
        Actor a = x.actor();
        if (!a.label().equals("Country")
            && !a.label().equals("Person")
            && a.names().stream().map(Linker::key).anyMatch(n -> n.endsWith(noun))) {
          bodies.add(a.id());
          last = a;
        }
      }
      if (bodies.isEmpty()
          && titleOrg != null
          && titleOrg.names().stream().map(Linker::key).anyMatch(n -> n.endsWith(noun))) {
        last = titleOrg; // an entry on the union: its own
        bodies.add(titleOrg.id());
      }
      if (bodies.size() == 1) {
        added.add(new Mention(last, at, end, "coref", 0.65));
      }
    }
  }

  /**
   * The same for one pattern; when the paragraph names no actor whose name ends in the noun, the
   * organisation the document's title names, if its name does (歐亞經濟聯盟 … 伊朗先於2018年與聯盟簽署 in a later
   * section).
   */
  private static void bareHeads(
      Matcher m, List<Mention> here, List<Mention> history, Actor titleOrg, List<Mention> added) {
    while (m.find()) {
      String noun = m.group(1);
      int at = m.start(1);
      int end = m.end(1);
      if (taken(here, added, at, end)) {
        continue;
      }
      java.util.function.Predicate<Actor> named =
          x ->
              !x.label().equals("Country")
                  && !x.label().equals("Person")
                  && x.names().stream().map(Linker::key).anyMatch(n -> n.endsWith(noun));
      Actor a = lastNamed(history, here, at, named);
      if (titleOrg != null && named.test(titleOrg) && Coreference.titleStands(titleOrg, here, at)) {
        a = titleOrg; // 聯盟 in an entry on a union: the title's, unless another organisation stands
        // before
      }
      if (a != null) {
        added.add(new Mention(a, at, end, "coref", 0.65));
      }
    }
  }

  /**
   * A determiner, a modifier and a kind noun (這個集體安全體系, 該經濟聯盟, 此一反恐機制): the modifier says which
   * body, treaty or programme named before it is, so it must stand in that one's name.
   */
  private static final Pattern DESCRIBED_ZH =
      Pattern.compile(
          "(?:这个|这一|此一|该)(\\p{IsHan}{2,6}?)(体系|机制|组织|联盟|同盟|集团|条约|协定|公约|计划|倡议)(?![\\p{IsHan}&&[^的在于是已曾也将则为与和及，。；]])");

  /**
   * 這個集體安全體系 after 集體安全條約: the last organisation, agreement or initiative of the paragraph (or of
   * this sentence before it) whose name holds the modifier, when no other of those named since
   * holds it too; nothing when the modifier is in no such name (此一區域組織: a description).
   */
  static void describedZh(
      String v, List<Mention> here, List<Mention> history, List<Mention> added) {
    Matcher m = DESCRIBED_ZH.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end(2);
      if (taken(here, added, at, end)) {
        continue;
      }
      String modifier = m.group(1);
      linkLast(
          history,
          here,
          at,
          end,
          x ->
              (x.label().equals("Organization")
                      || x.label().equals("Agreement")
                      || x.label().equals("Initiative"))
                  && x.names().stream().map(Linker::key).anyMatch(n -> n.contains(modifier)),
          0.65,
          added);
    }
  }

  /**
   * 這是…的聯合軍演, 這是…的峰會: a clause that opens with 這是 and ends in an event's kind noun says what the
   * event named before was (「和平使命-2007」演習在車里雅賓斯克舉行。這是六個成員國首次一同參與的聯合軍演); group 1 is the noun, group
   * 2 the kind its antecedent's name holds.
   */
  private static final Pattern THIS_IS_EVENT =
      Pattern.compile(
          "(?:^|(?<=[，；,;]))这(?:也|则|更)?是[^，。；;]{0,40}(?:，[^，。；;]{0,40})?的((?:联合)?(?:反恐)?(?:军事)?(演习)|联合军演|军演|(峰会)|高峰会)(?=[，。；;,]|$)");

  static void thisIsEvent(
      String v, List<Mention> here, List<Mention> history, List<Mention> added) {
    Matcher m = THIS_IS_EVENT.matcher(v);
    while (m.find()) {
      int at = m.start(1);
      int end = m.end(1);
      if (taken(here, added, at, end)) {
        continue;
      }
      String kind = m.group(3) != null || m.group(1).endsWith("高峰会") ? "峰会" : "演习";
      // the event named last, of its kind or none
      Actor a = lastNamed(history, here, at, x -> x.label().equals("Initiative"));
      if (a != null && a.names().stream().map(Linker::key).anyMatch(n -> n.contains(kind))) {
        added.add(new Mention(a, at, end, "coref", 0.65));
      }
    }
  }

  /**
   * An organisation's founding document named by its kind (章程, 憲章; 條約 for a union): after the
   * organisation itself, named or referred to (該組織的章程, 其憲章 read as 該組織), or bare after a verb or a
   * particle (簽署組織章程, 通過了組織憲章, 簽署了聯盟條約: the organisation the paragraph named last whose name ends
   * in 組織 or 聯盟). Group 1 is the bare organisation noun, group 2 the document's kind.
   */
  private static final Pattern FOUNDING_DOCUMENT_ZH =
      Pattern.compile(
          "(?:(?<=签署|签订|批准|通过|修改|修订|了|的|该|其|，|。|；|^)(组织|联盟)|(?<=的|\\p{IsHan}))(章程|宪章|条约)(?![\\p{IsHan}&&[^的在于是已曾也将则为与和及，。；]])");

  /**
   * 簽署組織章程 after 集體安全條約組織 was named, 該組織的憲章: the agreement of the gazetteer whose name is one of
   * the organisation's names followed by the document's kind (集體安全條約組織章程), when there is exactly
   * one. The organisation is the one named or referred to right before the kind (with 的 or nothing
   * between), else, for a bare 組織章程, the last organisation (no state, no person) the paragraph
   * named whose name ends in the noun, or the title's when it stands. Nothing when no such
   * agreement is known (此一組織的章程 of a body the gazetteer has no charter for: a description, no
   * actor).
   */
  static void foundingDocument(
      String v, List<Mention> here, List<Mention> history, Actor titleOrg, List<Mention> added) {
    Matcher m = FOUNDING_DOCUMENT_ZH.matcher(v);
    while (m.find()) {
      int kindAt = m.start(2);
      int end = m.end(2);
      if (taken(here, added, kindAt, end)) {
        continue;
      }
      Actor org;
      int at;
      if (m.group(1) != null) {
        at = m.start(1);
        if (taken(here, added, at, kindAt)) {
          continue;
        }
        String noun = m.group(1);
        java.util.function.Predicate<Actor> named =
            x ->
                x.label().equals("Organization")
                    && x.names().stream().map(Linker::key).anyMatch(n -> n.endsWith(noun));
        org = lastNamed(history, here, at, named);
        if (titleOrg != null
            && named.test(titleOrg)
            && Coreference.titleStands(titleOrg, here, at)) {
          org = titleOrg;
        }
      } else {
        // the organisation right before the kind, with 的 or nothing between (其 is linked after it)
        int before = v.startsWith("的", kindAt - 1) ? kindAt - 1 : kindAt;
        Mention right =
            java.util.stream.Stream.concat(here.stream(), added.stream())
                .filter(x -> x.end() == before && x.actor().label().equals("Organization"))
                .findFirst()
                .orElse(null);
        if (right == null) {
          continue;
        }
        org = right.actor();
        at = kindAt;
      }
      if (org == null) {
        continue;
      }
      Actor doc = documentOf(org, m.group(2));
      if (doc != null) {
        added.add(new Mention(doc, at, end, "coref", 0.65));
      }
    }
  }

  /**
   * The one agreement whose name is one of {@code org}'s names followed by {@code kind}, or null.
   */
  private static Actor documentOf(Actor org, String kind) {
    Set<String> wanted = new HashSet<>();
    for (String n : org.names()) {
      String k = Linker.key(n);
      if (k.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        wanted.add(k + kind);
        if (kind.equals("章程")) {
          wanted.add(k + "宪章");
        } else if (kind.equals("宪章")) {
          wanted.add(k + "章程");
        }
      }
    }
    Actor found = null;
    for (Actor a : Gazetteer.load().actors().values()) {
      if (a.label().equals("Agreement")
          && a.names().stream().map(Linker::key).anyMatch(wanted::contains)) {
        if (found != null && !found.equals(a)) {
          return null;
        }
        found = a;
      }
    }
    return found;
  }

  /** 此一宇航基地, 該基地, 這個基地: the last facility of the paragraph. */
  private static final Pattern FACILITY_COREF = Pattern.compile("(该|此一?|这一?个?)[^，。；、\\s]{0,4}?基地");

  static void facility(String v, List<Mention> here, List<Mention> history, List<Mention> added) {
    Matcher f = FACILITY_COREF.matcher(v);
    while (f.find()) {
      int at = f.start();
      if (overlapsName(here, at, f.end())) {
        continue;
      }
      List<Mention> before = new ArrayList<>(history);
      here.stream().filter(x -> x.end() <= at).forEach(before::add);
      for (Actor a : lastDistinct(before, "Facility", 1)) {
        added.add(new Mention(a, at, f.end(), "coref", 0.7));
      }
    }
  }
}
