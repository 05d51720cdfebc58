package org.cagraph.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.nlp.Simplifier;
import org.cagraph.text.Sentence;

/**
 * Links mentions to gazetteer actors over a Simplified, lower-cased view of each sentence, so
 * 哈薩克, 哈萨克, Kazakhstan and 002's compatibility spellings all land on one key.
 *
 * <p>Passes, each only over text no earlier pass claimed: names and group words (longest match;
 * a group word without members blocks its phrase, e.g. regions such as 中亞); capitals used as
 * actors (北京並未公開支持莫斯科) become their state; compounds (俄哈, 中俄) and abbreviations in lists
 * (哈、烏、吉三國; 法、德、俄甚至), with 國/方/軍 (哈國, 美方) or in a clause as a state (吉舉行總統大選,
 * 訪俄之旅); coreference within a paragraph (兩國, 雙方, 該國, 該組織, 該3國, 其他4國, 此一宇航基地, the two
 * nations).
 */
public final class Linker {
  // "the Organization" refers back, "the Organization of Turkic States" is a name the gazetteer may not hold
  private static final Pattern COREF = Pattern.compile(
      "两国|双方|该国|该组织|该机构|该集团|该联盟|该公约|该条约|the two countries|the two nations|the two states|both nations"
          + "|(?:the country|the organi[sz]ation|the bloc|the alliance)(?!\\s+(?:of|for|on)\\s)|both countries"
          // 中國、俄羅斯…是其創始成員國: 其 before a member word is the organisation the paragraph is about
          + "|其(?=(?:创始|正式)?(?:成员国|会员国|成员|观察员国|观察员))");
  /** 該3國, 這三國, 五國總統, 三強, 三者; 其他4國, 其餘4國, 餘3國 (the rest of a group). */
  private static final Pattern NUMBERED = Pattern.compile(
      "(其他|其余|余|该|这|此|上述)?([3-9三四五六七八九])(?:个)?(国|者|强|大国)");
  /** 除烏茲別克外，其餘 / 餘均: the rest of a group after an exception. */
  private static final Pattern REST = Pattern.compile("除([^，。；]{1,30}?)外[，,]?(其余|余均|余皆|其他均)");
  /** 此一宇航基地, 該基地, 這個基地: the last facility of the paragraph. */
  /** 這些中亞國家, 上述國家: the states the paragraph listed last. */
  private static final Pattern THESE_STATES = Pattern.compile("(这些|上述)[^，。；、\\s]{0,4}?国家");
  private static final Pattern FACILITY_COREF = Pattern.compile("(该|此一?|这一?个?)[^，。；、\\s]{0,4}?基地");
  private static final String COUNT_WORDS = "两三四五六七八九等国";
  private static final String NUMERALS = "3456789三四五六七八九";
  /** Characters after an abbreviation that make it a language, people or style, not a state: 俄語, 俄裔, 俄文. */
  private static final String NOT_STATE_AFTER = "语文裔人族籍字系式化势症";
  /** Words after a one-character abbreviation that make it a state acting: 吉舉行, 塔總統, 哈將, 俄在. */
  private static final List<String> STATE_PREDICATES = List.of("举行", "总统", "政府", "政局", "社会", "议会", "内政",
      "内务", "境内", "当局", "外长", "总理", "驻", "将", "在", "建立", "根据", "步入", "正", "与");
  /** Function characters that may precede such a clause-initial abbreviation (但塔社會, 使烏政局, 透過哈議會). */
  private static final String CLAUSE_LEFT = "使在对就但此着过护向年月日与和及将由让令经为以即而则并被从自至到时后且亦又也乃故因";
  /** Verbs that take a state as object, before a one-character abbreviation: 訪俄, 侵烏, 駐吉, 親俄, 對俄出口. */
  private static final String OBJECT_VERBS = "访驻侵亲挺反远防援联抗制对经赴抵向";
  /** Abbreviations safe enough to read alone in those contexts (中, 日, 印, 法, 德 are too common as words). */
  private static final String CLAUSE_SHORTS = "俄哈吉塔乌土美";
  private static final String OBJECT_SHORTS = "俄哈吉塔乌";
  /** Before a capital: it is a place, not the state acting (在北京, 於阿斯塔納, 首都比什凱克, 攻下基輔). */
  private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
      "(在|于|赴|至|到|抵|往|经|从|自|访问|访|首都|攻下|攻占|进攻|围攻|攻打|占领|的|近郊|\\bin|\\bat|\\bto|\\bfrom|\\bvia|\\bnear|\\bв|\\bво)\\s*$");
  /** After a person's name: an institution or place named after the person (納扎爾巴耶夫大學, Nazarbayev University). */
  private static final Pattern NAMESAKE = Pattern.compile(
      "\\s*(大学|学院|国际机场|机场|基金会|研究所|研究院|图书馆|中心|大道|广场|university|airport|foundation|institute|library"
          + "|avenue|street|center|centre)");
  /** Quotation marks a name may straddle: 「一帶一路」峰會, 「俄羅斯與中亞」模式. */
  private static final String QUOTES = "「」『』《》〈〉“”";
  /** After a capital: a location (比什凱克附近, 北京舉行), a publisher's city (北京：新華出版社, Москва: ЗАО), Washington DC. */
  private static final Pattern LOCATIVE_AFTER = Pattern.compile("^\\s*(附近|市|郊|近郊|地区|以外|举行|召开|[:：]|,?\\s*dc\\b|,?\\s*d\\.c\\.)");
  private final Map<String, Entry> dict = new HashMap<>();
  private final CyrillicNames cyrillic = new CyrillicNames();
  private final Map<Character, TreeSet<Integer>> lengths = new HashMap<>();
  private final Map<Character, List<Actor>> shorts = new HashMap<>();
  private final Map<String, List<Actor>> compounds = new HashMap<>();
  private final Map<String, Actor> metonyms = new HashMap<>();
  /** The five states of 中亞五國, for a quantified 中亞國家. */
  private final List<Actor> centralAsia;
  /**
   * 中亞國家集體加入歐安會, 中亞國家均…, 中亞各國都…: the generic "Central Asian states" with a distributive or collective
   * adverb right after it makes the claim hold for each of the five; without one (中亞國家的安全, 造訪中亞各國) it stays
   * unlinked.
   */
  private static final Pattern QUANTIFIED_REGION = Pattern.compile(
      "(中亚国家|中亚各国|中亚诸国)(?=集体|均|皆|都|各自|纷纷|相继|一致|全数|全都|全部)");

  /** A dictionary key: actors (several for a group word), or none for a blocked phrase. */
  private record Entry(List<Actor> actors, String method) {
  }

  /** The names pass over one sentence: its mentions and every char a name or a blocked phrase claimed. */
  private record Scan(List<Mention> mentions, boolean[] claimed) {
  }

  public Linker(Gazetteer g) {
    for (Actor a : g.actors().values()) {
      for (String n : a.names()) {
        put(n, new Entry(List.of(a), "name"), false);
      }
      for (String s : a.shortForms()) {
        String k = key(s);
        if (k.length() == 1) {
          shorts.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(a);
        } else {
          put(s, new Entry(List.of(a), "short"), false);
        }
      }
    }
    // abbreviations generated from full names, as media write them: 集體安全條約組織 → 集安組織, 上海合作組織 → 上合組織;
    // a name typed in the gazetteer wins over a generated one
    for (Actor a : g.actors().values()) {
      String abbr = abbreviation(a);
      if (abbr != null) {
        put(abbr, new Entry(List.of(a), "short"), false);
      }
    }
    g.groupWords().forEach((word, ids) -> {
      List<Actor> members = ids.stream().map(g::get).filter(java.util.Objects::nonNull).toList();
      put(word, new Entry(members, members.isEmpty() ? "blocked" : "group"), true);
    });
    Entry five = dict.get(key("中亞五國"));
    centralAsia = five == null ? List.of() : five.actors();
    g.compounds().forEach((word, ids) ->
        compounds.put(key(word), ids.stream().map(g::get).filter(java.util.Objects::nonNull).toList()));
    g.metonyms().forEach((place, state) -> {
      Actor s = g.get(state);
      if (s != null && g.get(place) != null) {
        metonyms.put(place, s);
      }
    });
  }

  private void put(String surface, Entry e, boolean override) {
    String k = key(surface);
    if (k.isEmpty() || (!override && dict.containsKey(k))) {
      return;
    }
    cyrillic.put(k, e.actors(), e.method());
    dict.put(k, e);
    lengths.computeIfAbsent(k.charAt(0), c -> new TreeSet<>(Comparator.reverseOrder())).add(k.length());
  }

  /**
   * The contracted name Chinese media give an organisation named in two-character words before 組織: the first
   * character of the first two words, then 組織 (集體|安全|條約|組織 → 集安組織). Null for other names.
   */
  static String abbreviation(Actor a) {
    String zh = a.nameZh();
    if (!"Organization".equals(a.label()) || zh == null || !zh.endsWith("組織") && !zh.endsWith("组织")) {
      return null;
    }
    String stem = zh.substring(0, zh.length() - 2);
    if (stem.length() < 4 || stem.length() % 2 != 0 || !stem.chars().allMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN)) {
      return null;
    }
    return "" + stem.charAt(0) + stem.charAt(2) + zh.substring(zh.length() - 2);
  }

  /** The matching view: per-char Simplified, lower case; same length as the input. */
  public static String key(String s) {
    String simple = Simplifier.perChar(s);
    char[] out = new char[simple.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(simple.charAt(i));
    }
    return new String(out);
  }

  /**
   * The chars of {@code text} that a gazetteer name or a blocked phrase (a region such as 中亞) covers:
   * discovery does not make actors of them.
   */
  public boolean[] claimed(String text) {
    return names(key(text)).claimed();
  }

  /** Links every sentence of one document; the result is parallel to {@code sentences}. */
  public List<List<Mention>> link(List<Sentence> sentences) {
    List<String> views = sentences.stream().map(s -> key(s.text())).toList();
    List<List<Mention>> out = new ArrayList<>();
    List<boolean[]> claims = new ArrayList<>();
    Map<String, Integer> docCounts = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Scan scan = names(views.get(i));
      List<Mention> m = metonymy(sentences.get(i).text(), views.get(i), scan.mentions());
      quantifiedRegion(views.get(i), m);
      m.forEach(x -> docCounts.merge(x.actor().id(), 1, Integer::sum));
      out.add(m);
      claims.add(scan.claimed());
    }
    Map<Integer, Map<String, Integer>> paraCounts = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Map<String, Integer> pc = paraCounts.computeIfAbsent(sentences.get(i).paragraph(), p -> new HashMap<>());
      out.get(i).forEach(x -> pc.merge(x.actor().id(), 1, Integer::sum));
    }
    for (int i = 0; i < sentences.size(); i++) {
      Map<String, Integer> pc = paraCounts.get(sentences.get(i).paragraph());
      abbreviations(views.get(i), claims.get(i), out.get(i), pc, docCounts);
    }
    coreference(sentences, views, out);
    for (List<Mention> m : out) {
      m.sort(Comparator.comparingInt(Mention::begin).thenComparing(x -> x.actor().id()));
    }
    return out;
  }

  private Scan names(String v) {
    List<Mention> out = new ArrayList<>();
    boolean[] claimed = new boolean[v.length()];
    int i = 0;
    while (i < v.length()) {
      int matched = matchAt(v, i, out);
      if (matched == 0) {
        matched = cyrillic.matchAt(v, i, out); // a Russian name in another case (Казахстана, Токаевым)
      }
      for (int k = i; k < i + matched; k++) {
        claimed[k] = true;
      }
      i += Math.max(1, matched);
    }
    acrossQuotes(v, out, claimed);
    return new Scan(out, claimed);
  }

  private static boolean isAbbreviation(Mention m) {
    return m.method().equals("short") || m.method().equals("compound");
  }

  /** Names that straddle quotation marks (「一帶一路」峰會 is the Belt and Road Forum), on top of those inside. */
  private void acrossQuotes(String v, List<Mention> out, boolean[] claimed) {
    int[] map = new int[v.length()];
    StringBuilder b = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      if (QUOTES.indexOf(v.charAt(i)) < 0) {
        map[b.length()] = i;
        b.append(v.charAt(i));
      }
    }
    if (b.length() == v.length()) {
      return;
    }
    String w = b.toString();
    int i = 0;
    while (i < w.length()) {
      List<Mention> found = new ArrayList<>();
      int len = matchAt(w, i, found);
      if (len > 0) {
        int begin = map[i];
        int end = map[i + len - 1] + 1;
        if (end - begin > len) {
          boolean abbreviation = found.stream().allMatch(Linker::isAbbreviation);
          if (abbreviation && out.stream().anyMatch(o -> !isAbbreviation(o) && o.begin() < end && begin < o.end())) {
            i += len;
            continue; // a name already stands here
          }
          if (!abbreviation) { // a name wins over an abbreviation it overlaps, as inside quotes (侵烏」國: 烏國)
            out.removeIf(o -> isAbbreviation(o) && o.begin() < end && begin < o.end());
          }
          for (Mention m : found) {
            out.add(new Mention(m.actor(), begin, end, m.method(), m.confidence() * 0.95));
          }
          for (int k = begin; k < end; k++) {
            claimed[k] = true;
          }
        }
      }
      i += Math.max(1, len);
    }
  }

  /** Whether a full name starting inside [i, end) reaches past end. */
  private boolean nameOverruns(String v, int i, int end) {
    for (int j = i + 1; j < end; j++) {
      TreeSet<Integer> ls = lengths.get(v.charAt(j));
      if (ls == null) {
        continue;
      }
      for (int len : ls) {
        if (j + len > end && j + len <= v.length()) {
          Entry e = dict.get(v.substring(j, j + len));
          if (e != null && e.method().equals("name")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private int matchAt(String v, int i, List<Mention> out) {
    TreeSet<Integer> ls = lengths.get(v.charAt(i));
    if (ls == null || (isWordChar(v.charAt(i)) && i > 0 && isWordChar(v.charAt(i - 1)))) {
      return 0;
    }
    for (int len : ls) {
      if (i + len > v.length()) {
        continue;
      }
      String k = v.substring(i, i + len);
      Entry e = dict.get(k);
      if (e == null) {
        continue;
      }
      int end = i + len;
      if (isWordChar(v.charAt(end - 1)) && end < v.length() && isWordChar(v.charAt(end))) {
        continue;
      }
      if (e.method().equals("short") && nameOverruns(v, i, end)) {
        continue; // 入侵烏克蘭: the contracted 侵烏 yields to the full name 烏克蘭 that starts inside it
      }
      if (e.actors().stream().allMatch(a -> a.label().equals("Person"))
          && NAMESAKE.matcher(v).region(end, v.length()).lookingAt()) {
        continue; // 納扎爾巴耶夫大學, Nazarbayev University: an institution named after the person, not the person
      }
      for (Actor a : e.actors()) {
        double conf = switch (e.method()) {
          case "group" -> 0.9;
          case "short" -> 0.9;
          default -> 1.0;
        };
        out.add(new Mention(a, i, end, e.method(), conf));
      }
      return len;
    }
    return 0;
  }

  private static boolean isWordChar(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }

  private void quantifiedRegion(String v, List<Mention> mentions) {
    Matcher q = QUANTIFIED_REGION.matcher(v);
    while (q.find()) {
      int b = q.start();
      int e = q.end();
      if (centralAsia.isEmpty() || mentions.stream().anyMatch(x -> x.begin() < e && b < x.end())) {
        continue;
      }
      for (Actor a : centralAsia) {
        mentions.add(new Mention(a, b, e, "group", 0.8));
      }
    }
  }

  /**
   * A capital that acts stands for its state (莫斯科未能迅速攻下基輔: Russia attacks, Kyiv is the city;
   * Astana actively promoted; 基輔當局). Used as a location (在北京, in Moscow, 首都阿斯塔納, 美國華府,
   * 比什凱克附近) it stays the city; followed by a gloss in brackets it is both.
   */
  private List<Mention> metonymy(String text, String v, List<Mention> mentions) {
    if (metonyms.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Actor state = m.method().equals("name") ? metonyms.get(m.actor().id()) : null;
      if (state == null || asLocation(text, v, m, mentions)) {
        out.add(m);
        continue;
      }
      out.add(new Mention(state, m.begin(), m.end(), "metonym", 0.8));
      String after = v.substring(m.end()).stripLeading();
      if (after.startsWith("(") || after.startsWith("（")) {
        out.add(m);
      }
    }
    return out;
  }

  private static final Pattern CAPITAL_WORD = Pattern.compile("首都|首府|capital|столиц");

  private static boolean asLocation(String text, String v, Mention m, List<Mention> mentions) {
    char prev = m.begin() > 0 ? v.charAt(m.begin() - 1) : ' ';
    char next = m.end() < v.length() ? v.charAt(m.end()) : ' ';
    if ("-/._·•".indexOf(prev) >= 0 || "-/_".indexOf(next) >= 0) {
      return true; // part of a web address or of another name (喬治·華盛頓大學)
    }
    if (isWordChar(v.charAt(m.begin())) && (capitalised(text, m.begin(), -1) || capitalised(text, m.end(), 1))) {
      return true; // The Astana Times, Carnegie Moscow Center
    }
    String before = v.substring(Math.max(0, m.begin() - 6), m.begin());
    if (LOCATIVE_BEFORE.matcher(before).find() || LOCATIVE_AFTER.matcher(v.substring(m.end())).find()) {
      return true;
    }
    int from = Math.max(0, m.begin() - 14);
    int to = Math.min(v.length(), m.end() + 16);
    for (int k = m.begin() - 1; k >= from; k--) {
      if ("，。；;！？".indexOf(v.charAt(k)) >= 0) {
        from = k + 1;
        break;
      }
    }
    for (int k = m.end(); k < to; k++) {
      if ("，。；;！？".indexOf(v.charAt(k)) >= 0) {
        to = k;
        break;
      }
    }
    if (CAPITAL_WORD.matcher(v.substring(from, to)).find()) {
      return true; // 阿斯塔納是哈薩克的首都, Astana, the capital of Kazakhstan: the city named as the capital is the city
    }
    for (Mention o : mentions) { // 美國華府, 哈薩克首都阿斯塔納: a state right before the city
      if (o.end() == m.begin() && o.actor().label().equals("Country")) {
        return true;
      }
    }
    return false;
  }

  /** The Latin word after {@code from} (dir 1) or before it (dir -1) starts with a capital (not a leading "The"). */
  private static boolean capitalised(String text, int from, int dir) {
    int k = from;
    if (dir < 0) {
      k--;
      while (k >= 0 && text.charAt(k) == ' ') {
        k--;
      }
      int e = k + 1;
      while (k >= 0 && isWordChar(text.charAt(k))) {
        k--;
      }
      String w = text.substring(k + 1, Math.max(k + 1, e));
      return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && k >= 0;
    }
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    int b = k;
    while (k < text.length() && isWordChar(text.charAt(k))) {
      k++;
    }
    String w = text.substring(b, k);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** 俄哈, 中俄, 美歐; 哈、烏、吉三國; 法、德、俄甚至; 哈國, 美方, 俄軍; 吉舉行總統大選; 訪俄之旅. */
  private void abbreviations(String v, boolean[] claimed, List<Mention> mentions, Map<String, Integer> para,
      Map<String, Integer> doc) {
    boolean[] taken = claimed.clone();
    for (Mention m : mentions) {
      for (int k = m.begin(); k < m.end() && k < taken.length; k++) {
        taken[k] = true;
      }
    }
    List<Mention> found = new ArrayList<>();
    boolean[] listed = listItems(v, taken);
    int i = 0;
    while (i < v.length()) {
      if (taken[i] || !shorts.containsKey(v.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < v.length() && !taken[j] && shorts.containsKey(v.charAt(j))) {
        j++;
      }
      String run = v.substring(i, j);
      char before = i > 0 ? v.charAt(i - 1) : ' ';
      char after = j < v.length() ? v.charAt(j) : ' ';
      List<Actor> fixed = compounds.get(run);
      if (fixed != null) {
        for (int k = 0; k < fixed.size(); k++) {
          found.add(new Mention(fixed.get(k), i, j, "compound", 0.85));
        }
      } else if (run.length() >= 2 && run.length() <= 4) {
        if (after != '洲') { // 中美洲 is Central America
          for (int k = i; k < j; k++) {
            found.add(new Mention(pick(v.charAt(k), para, doc), k, k + 1, "compound", 0.8));
          }
        }
      } else if (run.length() == 1 && (after == '国' || after == '方' || after == '军') && !taken(taken, j)) {
        found.add(new Mention(pick(v.charAt(i), para, doc), i, j + 1, "short", 0.85));
      } else if (run.length() == 1 && (listed[i] || inList(v, i, j))) {
        found.add(new Mention(pick(v.charAt(i), para, doc), i, j, "short", 0.85));
      } else if (run.length() == 1 && NOT_STATE_AFTER.indexOf(after) < 0 && !taken(taken, j)
          && (clauseSubject(v, i, before) || verbObject(v.charAt(i), before))) {
        found.add(new Mention(pick(v.charAt(i), para, doc), i, j, "short", 0.75));
      }
      i = j;
    }
    mentions.addAll(found);
  }

  /** 吉舉行總統大選, 但塔社會, 2002年8月俄在裏海: a one-char state at the head of a clause with a state predicate. */
  private static boolean clauseSubject(String v, int i, char before) {
    if (CLAUSE_SHORTS.indexOf(v.charAt(i)) < 0) {
      return false;
    }
    boolean head = i == 0 || !isHanLetter(before) && !isWordChar(before) || CLAUSE_LEFT.indexOf(before) >= 0
        || Character.isDigit(before);
    if (!head) {
      return false;
    }
    for (String p : STATE_PREDICATES) {
      if (v.startsWith(p, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** 訪俄之旅, 侵烏, 俄駐吉空軍基地, 對俄出口, 親俄: a one-char state as the object of a verb. */
  private static boolean verbObject(char c, char before) {
    return OBJECT_SHORTS.indexOf(c) >= 0 && OBJECT_VERBS.indexOf(before) >= 0;
  }

  /** Items of a 、-list of two or more one-char abbreviations (法、德、俄甚至; 與俄、中所合組), unless it names a language (中、英文). */
  private boolean[] listItems(String v, boolean[] taken) {
    boolean[] listed = new boolean[v.length()];
    int i = 0;
    while (i < v.length()) {
      if (!single(v, taken, i)) {
        i++;
        continue;
      }
      int j = i;
      int items = 1;
      while (j + 2 < v.length() && v.charAt(j + 1) == '、' && single(v, taken, j + 2)) {
        j += 2;
        items++;
      }
      char after = j + 1 < v.length() ? v.charAt(j + 1) : ' ';
      if (items >= 2 && NOT_STATE_AFTER.indexOf(after) < 0) {
        for (int k = i; k <= j; k += 2) {
          listed[k] = true;
        }
      }
      i = j + 1;
    }
    return listed;
  }

  /** A free one-char abbreviation standing alone (not part of a longer run of abbreviations). */
  private boolean single(String v, boolean[] taken, int i) {
    if (taken[i] || !shorts.containsKey(v.charAt(i))) {
      return false;
    }
    boolean runBefore = i > 0 && !taken[i - 1] && shorts.containsKey(v.charAt(i - 1));
    boolean runAfter = i + 1 < v.length() && !taken[i + 1] && shorts.containsKey(v.charAt(i + 1));
    return !runBefore && !runAfter;
  }

  private static boolean taken(boolean[] taken, int j) {
    return j < taken.length && taken[j];
  }

  /** A one-char item of a 、-list: 哈、烏、吉三國 or 中、俄、美等國. */
  private static boolean inList(String v, int i, int j) {
    char before = i > 0 ? v.charAt(i - 1) : ' ';
    char after = j < v.length() ? v.charAt(j) : ' ';
    boolean listBefore = before == '、';
    boolean listAfter = after == '、' || COUNT_WORDS.indexOf(after) >= 0 && listBefore;
    return listBefore || after == '、' ? (listBefore || !isHanLetter(before)) && (listAfter || !isHanLetter(after)) : false;
  }

  private static boolean isHanLetter(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** An ambiguous abbreviation (伊: Iran or Iraq) goes to the candidate the paragraph, then the paper, names most. */
  private Actor pick(char c, Map<String, Integer> para, Map<String, Integer> doc) {
    List<Actor> cands = shorts.get(c);
    Actor best = cands.get(0);
    long bestScore = -1;
    for (Actor a : cands) {
      long score = 1000L * para.getOrDefault(a.id(), 0) + doc.getOrDefault(a.id(), 0);
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * 兩國, 雙方 → the last two countries of the paragraph; 該國, 該組織 → the last of that type; 該3國, 三強,
   * 五國總統 → the last N countries; 其他4國, 餘3國, 除X外其餘 → the rest of the last group word (中亞5國);
   * 此一宇航基地 → the last facility.
   */
  private static void coreference(List<Sentence> sentences, List<String> views, List<List<Mention>> out) {
    List<Mention> history = new ArrayList<>();
    List<Mention> docHistory = new ArrayList<>();
    List<List<Mention>> paraSentences = new ArrayList<>();
    Map<Integer, List<Actor>> numbered = new HashMap<>();
    int paragraph = -1;
    int lastNumbered = -10;
    List<Mention> lastBody = List.of();
    String lastBodyView = "";
    for (int s = 0; s < sentences.size(); s++) {
      if (sentences.get(s).paragraph() != paragraph) {
        history.clear();
        paraSentences.clear();
        if (s - lastNumbered > 2) {
          numbered.clear(); // 其他4國…; 若4國… may run over a paragraph break of the file
        }
        paragraph = sentences.get(s).paragraph();
      }
      String v = views.get(s);
      List<Mention> here = out.get(s);
      Matcher m = COREF.matcher(v);
      List<Mention> added = new ArrayList<>();
      while (m.find()) {
        String w = m.group();
        int at = m.start();
        List<Mention> before = new ArrayList<>(history);
        here.stream().filter(x -> x.end() <= at).forEach(before::add);
        if (w.equals("双方")) {
          List<Actor> pair = lastPair(here, at, v, paraSentences, views.subList(s - paraSentences.size(), s));
          if (!pair.isEmpty()) { // 俄羅斯與北約達成協議，…，雙方簽署「羅馬宣言」: the pair named last, of any type
            for (Actor a : pair) {
              added.add(new Mention(a, at, m.end(), "coref", 0.7));
            }
            continue;
          }
        }
        if (w.equals("两国") || w.equals("双方") || w.contains("two") || w.startsWith("both")) {
          long inSentence = here.stream().filter(x -> x.end() <= at && isCountry(x)).map(x -> x.actor().id()).distinct().count();
          if (inSentence >= 2 && w.equals("两国")) {
            continue; // 中俄兩國: the pair is already linked
          }
          for (Actor a : lastDistinct(before, "Country", 2)) {
            added.add(new Mention(a, at, m.end(), "coref", 0.7));
          }
        } else {
          String label = w.contains("国") || w.contains("country") ? "Country"
              : w.contains("公约") || w.contains("条约") ? "Agreement" : "Organization";
          for (Actor a : lastDistinct(before, label, 1)) {
            added.add(new Mention(a, at, m.end(), "coref", 0.7));
          }
        }
      }
      if (numberedCoref(v, here, history, docHistory, numbered, added)) {
        lastNumbered = s;
      }
      theseStates(v, here, paraSentences, added);
      List<Mention> prevSentence = !paraSentences.isEmpty() ? paraSentences.get(paraSentences.size() - 1) : lastBody;
      String prevView = !paraSentences.isEmpty() ? views.get(s - 1) : lastBodyView;
      pronouns(v, here, prevSentence, prevView, history, added);
      membersOf(v, here, paraSentences, views.subList(s - paraSentences.size(), s), prevSentence, prevView, added);
      restCoref(v, here, history, docHistory, added);
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
      here.addAll(added);
      if (sentences.get(s).kind() == Sentence.Kind.BODY) {
        lastBody = here;
        lastBodyView = v;
      }
      paraSentences.add(here);
      history.addAll(here);
      docHistory.addAll(here);
    }
  }

  /** 該3國, 這三國, 三強, 三者, 五國總統 (last N countries); 其他4國, 其餘4國, 餘3國 (the rest of a group). */
  private static boolean numberedCoref(String v, List<Mention> here, List<Mention> history, List<Mention> docHistory,
      Map<Integer, List<Actor>> numbered, List<Mention> added) {
    boolean any = false;
    Matcher m = NUMBERED.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      String prefix = m.group(1);
      String noun = m.group(3);
      char prev = at > 0 ? v.charAt(at - 1) : ' ';
      char next = end < v.length() ? v.charAt(end) : ' ';
      if (overlapsName(here, at, end) || prev == '第' || next == '际' || next == '内' || next == '家'
          || (noun.equals("者") || noun.equals("强")) && (prev == '」' || prev == '”' || prev == '、')) {
        continue; // 中亞五國 (a group word), 第五大國際, 「國際恐怖主義」三者 (not states)
      }
      int n = NUMERALS.indexOf(m.group(2).charAt(0));
      n = n < 7 ? n + 3 : n - 7 + 3;
      List<Mention> before = new ArrayList<>(history);
      here.stream().filter(x -> x.end() <= at).forEach(before::add);
      List<Actor> resolved;
      if (prefix != null && (prefix.equals("其他") || prefix.equals("其余") || prefix.equals("余"))) {
        resolved = rest(here, at, before, docHistory, n);
      } else {
        long inSentence = here.stream().filter(x -> x.end() <= at && isCountry(x)).map(x -> x.actor().id()).distinct()
            .count();
        if (prefix == null && inSentence >= n) {
          continue; // 哈薩克、吉爾吉斯、塔吉克三國: the states are named
        }
        List<Actor> group = prefix == null ? lastGroup(before) : List.of();
        resolved = numbered.containsKey(n) && prefix == null ? numbered.get(n)
            : group.size() == n ? group : lastDistinct(before, "Country", n);
      }
      if (resolved.size() == n) {
        numbered.put(n, resolved);
        any = true;
        for (Actor a : resolved) {
          added.add(new Mention(a, at, end, "coref", 0.65));
        }
      }
    }
    return any;
  }

  /** Prepositions and verbs that make the actor after them an object, not a subject (與俄羅斯的合作, 鄰近俄羅斯). */
  private static final Pattern GOVERNED = Pattern.compile(
      "(与|和|同|跟|对|向|在|于|从|及|邻近|针对|依赖|\\bwith|\\bto|\\bin|\\binto|\\bfrom|\\bof|\\bby|\\bon|\\bagainst|\\bbetween)\\s*$");
  /** 他們 (they): the actors of the previous sentence. */
  private static final Pattern THEY_ZH = Pattern.compile("他们|她们");
  /** A clause-initial English "they"/"it" before a finite verb (they adopted, it has established; not it is, it will be). */
  private static final Pattern PRONOUN_EN = Pattern.compile(
      "(?:^|[,;:]\\s+)(they|it)\\s+(?:also\\s+|then\\s+|officially\\s+|further\\s+|jointly\\s+|subsequently\\s+|later\\s+"
          + "|formally\\s+|together\\s+)?(?!has\\s+been|had\\s+been|have\\s+been|need|seem|proceed|exceed|succeed)"
          + "(has|have|had|[a-z]{2,}ed)\\b");
  /** 成員國有…, 成員國包括… at the head of a sentence: the members of the organisation named last. */
  private static final Pattern MEMBERS_HEAD = Pattern.compile("^(其|该组织的?|该联盟的?)?(成员国|会员国|成员)(有|包括|包含|为|计有)");
  private static final Pattern COORDINATED = Pattern.compile("\\s*(、|,|，|与|和|及|以及|同|跟|and|&)\\s*");

  /**
   * 他們都離不開與俄羅斯的合作 (the subject-position actors of the previous sentence that this sentence does not name);
   * English "they adopted" / "it has established" as a clause subject (they: the states of the previous sentence,
   * two or more; it: the one state of the previous sentence the paragraph names most).
   */
  private static void pronouns(String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> history,
      List<Mention> added) {
    if (prev == null || prev.isEmpty()) {
      return;
    }
    Set<String> named = new LinkedHashSet<>();
    here.stream().filter(x -> !x.method().equals("coref")).forEach(x -> named.add(x.actor().id()));
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
    Matcher en = PRONOUN_EN.matcher(v);
    while (en.find()) {
      int at = en.start(1);
      if (overlapsName(here, at, en.end(1))) {
        continue;
      }
      boolean it = en.group(1).equals("it");
      // it: any state of the previous sentence (This leads … into Kazakhstan. At the same time, it has established …)
      List<Actor> states = subjects(prev, it ? null : prevView, named, Set.of("Country"));
      if (!it) {
        if (states.size() < 2) {
          states = subjects(prev, prevView, named, Set.of("Country", "Organization"));
        }
        if (states.size() < 2 || states.size() > 5) {
          continue;
        }
        for (Actor a : states) {
          added.add(new Mention(a, at, en.end(1), "coref", 0.6));
        }
      } else if (!states.isEmpty()) {
        Map<String, Integer> freq = new HashMap<>();
        history.forEach(x -> freq.merge(x.actor().id(), 1, Integer::sum));
        Actor best = states.stream().max(Comparator.comparingInt(a -> freq.getOrDefault(a.id(), 0))).get();
        added.add(new Mention(best, at, en.end(1), "coref", 0.6));
      }
    }
  }

  /**
   * The distinct actors of the given labels in {@code prev} that stand as subjects: not governed by a preposition or
   * an object verb (與俄羅斯, 鄰近俄羅斯), unless coordinated with an actor right before (俄羅斯與哈薩克), and not named again
   * in the current sentence ({@code view} null: every such actor).
   */
  private static List<Actor> subjects(List<Mention> prev, String view, Set<String> named, Set<String> labels) {
    List<Mention> sorted = new ArrayList<>(prev);
    sorted.sort(Comparator.comparingInt(Mention::begin));
    Map<String, Actor> out = new LinkedHashMap<>();
    for (Mention x : sorted) {
      if (!labels.contains(x.actor().label()) || named.contains(x.actor().id())) {
        continue;
      }
      if (view == null) {
        out.putIfAbsent(x.actor().id(), x.actor());
        continue;
      }
      if (x.end() > view.length()) {
        continue;
      }
      String before = view.substring(Math.max(0, x.begin() - 6), x.begin());
      boolean coordinated = false;
      for (Mention y : sorted) {
        if (y != x && y.end() <= x.begin() && x.begin() - y.end() <= 5
            && COORDINATED.matcher(view.substring(y.end(), x.begin())).matches()) {
          coordinated = true;
        }
      }
      if (GOVERNED.matcher(before).find() && !coordinated) {
        continue;
      }
      out.putIfAbsent(x.actor().id(), x.actor());
    }
    return List.copyOf(out.values());
  }

  /**
   * 雙方: the last two actors (states or organisations) joined by a coordinator (俄羅斯與北約), in this sentence before
   * {@code at}, else in the paragraph's earlier sentences from the last one back.
   */
  private static List<Actor> lastPair(List<Mention> here, int at, String v, List<List<Mention>> para, List<String> paraViews) {
    List<Mention> before = here.stream().filter(x -> x.end() <= at).toList();
    List<Actor> p = pairIn(before, v);
    if (p.isEmpty() && before.stream().filter(Linker::isCountry).map(x -> x.actor().id()).distinct().count() >= 2) {
      return p; // 哈薩克總統納札爾巴耶夫和俄羅斯總統葉爾欽簽訂雙方…: the two states of the sentence (below)
    }
    for (int k = para.size() - 1; k >= 0 && p.isEmpty(); k--) {
      p = pairIn(para.get(k), paraViews.get(k));
    }
    return p;
  }

  /** The last two coordinated states or organisations of a sentence (a pair, not the end of a longer list). */
  private static List<Actor> pairIn(List<Mention> ms, String v) {
    List<Mention> sorted = new ArrayList<>(ms);
    sorted.removeIf(x -> x.method().equals("group") || x.method().equals("coref")
        || !(isCountry(x) || x.actor().label().equals("Organization")));
    sorted.sort(Comparator.comparingInt(Mention::begin));
    for (int k = sorted.size() - 1; k >= 1; k--) {
      Mention b = sorted.get(k);
      Mention a = sorted.get(k - 1);
      if (a.end() <= b.begin() && b.begin() - a.end() <= 3 && b.end() <= v.length()
          && COORDINATED.matcher(v.substring(a.end(), b.begin())).matches() && !a.actor().id().equals(b.actor().id())
          && (k < 2 || !(sorted.get(k - 2).end() <= a.begin()
              && COORDINATED.matcher(v.substring(sorted.get(k - 2).end(), a.begin())).matches()))
          && (k + 1 >= sorted.size() || !(b.end() <= sorted.get(k + 1).begin()
              && COORDINATED.matcher(v.substring(b.end(), sorted.get(k + 1).begin())).matches()))) {
        return List.of(a.actor(), b.actor());
      }
    }
    return List.of();
  }

  /**
   * 成員國有俄羅斯、白俄羅斯… at the head of a sentence: the organisation that stands as a subject in the paragraph's
   * last sentence naming one (EEU成立的宗旨…), linked as an empty mention before 成員國 so that member rules read
   * 「組織 成員國有 …」.
   */
  private static void membersOf(String v, List<Mention> here, List<List<Mention>> para, List<String> paraViews,
      List<Mention> prev, String prevView, List<Mention> added) {
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

  /** 這些中亞國家: the countries of the last sentence of the paragraph that named two or more. */
  private static void theseStates(String v, List<Mention> here, List<List<Mention>> paragraph, List<Mention> added) {
    Matcher m = THESE_STATES.matcher(v);
    while (m.find()) {
      int at = m.start();
      if (overlapsName(here, at, m.end()) || here.stream().anyMatch(x -> x.end() <= at && isCountry(x))) {
        continue;
      }
      for (int k = paragraph.size() - 1; k >= 0; k--) {
        Map<String, Actor> named = new LinkedHashMap<>();
        paragraph.get(k).stream().filter(x -> isCountry(x) && !x.method().equals("coref"))
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

  /** 除烏茲別克外，其餘仍極薄弱: the group minus the exception. */
  private static void restCoref(String v, List<Mention> here, List<Mention> history, List<Mention> docHistory,
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
   * The members of the last group word before {@code at} in the paper (中亞5國), without those this
   * sentence names before {@code at}, or else without the group member named last; {@code n} members
   * or none ({@code n < 0}: any number).
   */
  private static List<Actor> rest(List<Mention> here, int at, List<Mention> before, List<Mention> docHistory, int n) {
    List<Mention> all = new ArrayList<>(docHistory);
    here.stream().filter(x -> x.end() <= at).forEach(all::add);
    Map<String, Actor> group = new LinkedHashMap<>();
    for (int k = all.size() - 1; k >= 0; k--) {
      Mention g = all.get(k);
      if (!g.method().equals("group")) {
        continue;
      }
      for (int q = k; q >= 0 && all.get(q).method().equals("group") && all.get(q).begin() == g.begin(); q--) {
        group.put(all.get(q).actor().id(), all.get(q).actor());
      }
      for (int q = k + 1; q < all.size() && all.get(q).method().equals("group") && all.get(q).begin() == g.begin(); q++) {
        group.put(all.get(q).actor().id(), all.get(q).actor());
      }
      if (group.size() > Math.max(n, 1)) {
        break;
      }
      group.clear();
    }
    if (group.isEmpty()) {
      return List.of();
    }
    Set<String> except = new LinkedHashSet<>();
    here.stream().filter(x -> x.end() <= at && !x.method().equals("group") && group.containsKey(x.actor().id()))
        .forEach(x -> except.add(x.actor().id()));
    if (except.isEmpty()) {
      for (int k = before.size() - 1; k >= 0; k--) {
        Mention b = before.get(k);
        if (!b.method().equals("group") && group.containsKey(b.actor().id())) {
          except.add(b.actor().id());
          break;
        }
      }
    }
    List<Actor> rest = group.values().stream().filter(a -> !except.contains(a.id())).toList();
    return except.isEmpty() || (n > 0 && rest.size() != n) ? List.of() : rest;
  }

  /** The members of the last group word among {@code before} (中亞五國 → the five states). */
  private static List<Actor> lastGroup(List<Mention> before) {
    for (int k = before.size() - 1; k >= 0; k--) {
      Mention g = before.get(k);
      if (g.method().equals("group")) {
        Map<String, Actor> members = new LinkedHashMap<>();
        for (Mention x : before) {
          if (x.method().equals("group") && x.begin() == g.begin() && x.end() == g.end()) {
            members.putIfAbsent(x.actor().id(), x.actor());
          }
        }
        return List.copyOf(members.values());
      }
    }
    return List.of();
  }

  private static boolean overlapsName(List<Mention> here, int b, int e) {
    for (Mention x : here) {
      if (x.begin() < e && b < x.end() && !x.method().equals("coref")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCountry(Mention m) {
    return m.actor().label().equals("Country");
  }

  private static List<Actor> lastDistinct(List<Mention> before, String label, int n) {
    Map<String, Actor> picked = new LinkedHashMap<>();
    for (int k = before.size() - 1; k >= 0 && picked.size() < n; k--) {
      Actor a = before.get(k).actor();
      if (a.label().equals(label)) {
        picked.putIfAbsent(a.id(), a);
      }
    }
    return picked.size() == n ? List.copyOf(picked.values()) : List.of();
  }
}
