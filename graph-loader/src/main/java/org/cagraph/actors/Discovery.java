package org.cagraph.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.text.Sentence;

/**
 * Actors the gazetteer lacks: NER mentions (ORGANIZATION, GPE, PERSON, FACILITY) seen in two
 * sentences or glossed in English by the paper (巴基斯坦塔利班運動（Tehrik-e Taliban Pakistan, TTP）), and
 * named agreements in 「」 or 《》 (「建立經濟聯盟條約」(Treaty on establishment of the Economic Union)).
 * Variants are merged on the matching key; fragments that are not actors are filtered out.
 */
public final class Discovery {
  private static final Pattern TITLE =
      Pattern.compile(
          "[「《〈]([^」》〉「《]{2,60}?(?:條約|条约|協定|协定|宣言|憲章|宪章|章程|備忘錄|备忘录|協議|协议|公約|公约|聲明|声明"
              + "|議定書|议定书|路線圖|路线图|公報|公报))[」》〉]"
              + "(?:\\s*[（(]\\s*([A-Z][^）)]{5,120})[）)])?");

  /**
   * Whether a quoted agreement title ({@link #TITLE}) is a name the gazetteer lacks: a known name
   * covering its kind word (checked at the title's last character) is that agreement (「集體安全條約」);
   * one inside is a party or a topic, as mainland titles open with their parties
   * (《中华人民共和国和哈萨克斯坦共和国联合声明》).
   */
  private static boolean titleIsNew(Matcher t, boolean[] taken) {
    return !taken[t.end(1) - 1];
  }

  /**
   * The kind word ending a Chinese title (Simplified, as {@link Linker#key} gives it) in English.
   */
  private static final Map<String, String> TITLE_KINDS =
      Map.ofEntries(
          Map.entry("宣言", "Declaration"),
          Map.entry("条约", "Treaty"),
          Map.entry("协定", "Agreement"),
          Map.entry("协议", "Agreement"),
          Map.entry("宪章", "Charter"),
          Map.entry("公约", "Convention"),
          Map.entry("议定书", "Protocol"),
          Map.entry("备忘录", "Memorandum"),
          Map.entry("声明", "Statement"),
          Map.entry("路线图", "Roadmap"),
          Map.entry("公报", "Communique"));

  /**
   * A Chinese agreement title made of known names and its kind word only (《阿斯塔納宣言》 → Astana
   * Declaration, 《杜尚別宣言》 → Dushanbe Declaration), in English, for a readable id rather than the
   * pinyin: the names' English names, a capital the linker read as its state under its own name
   * (the place of metonyms.tsv). Null when anything else stands in the title (a topic, a year, an
   * ordinal: 《上合組織成員國元首理事會第七次會議宣言》 stays as it is written).
   */
  String titleInEnglish(String text, int begin, int end, List<Mention> mentions) {
    String kind = null;
    int kindAt = end;
    for (Map.Entry<String, String> k : TITLE_KINDS.entrySet()) {
      int n = k.getKey().length();
      if (end - begin > n && Linker.key(text.substring(end - n, end)).equals(k.getKey())) {
        kind = k.getValue();
        kindAt = end - n;
      }
    }
    if (kind == null) {
      return null;
    }
    int kindBegin = kindAt;
    List<Mention> inside =
        mentions.stream()
            .filter(x -> x.begin() >= begin && x.end() <= kindBegin)
            .sorted(Comparator.comparingInt(Mention::begin))
            .toList();
    StringBuilder b = new StringBuilder();
    int at = begin;
    for (Mention x : inside) {
      if (x.begin() < at) {
        continue; // a shorter mention inside one read already
      }
      if (!text.substring(at, x.begin()).matches("[\\s—–\\-·]*")) {
        return null;
      }
      String name = x.actor().name();
      if (x.method().equals("metonym")) {
        name = placeNamed(text.substring(x.begin(), x.end()), x.actor().id());
        if (name == null) {
          return null;
        }
      }
      b.append(name.replaceAll("\\s*\\(.*\\)$", "")).append(' ');
      at = x.end();
    }
    if (b.isEmpty() || at != kindAt) {
      return null;
    }
    return b.append(kind).toString();
  }

  /** The English name of the place of state {@code state} written {@code surface}, or null. */
  private String placeNamed(String surface, String state) {
    String k = Linker.key(surface);
    for (Actor a : byId.values()) {
      if (a.label().equals("Place")
          && state.equals(a.partOf())
          && a.names().stream().anyMatch(n -> Linker.key(n).equals(k))) {
        return a.name();
      }
    }
    // a Russian case of a capital (в Астане): the place standing for the state whose name is the
    // surface but for its ending
    for (Map.Entry<String, String> e : metonyms.entrySet()) {
      Actor a = byId.get(e.getKey());
      if (a != null
          && e.getValue().equals(state)
          && a.names().stream()
              .map(Linker::key)
              .anyMatch(n -> n.length() >= 4 && k.startsWith(n.substring(0, n.length() - 1)))) {
        return a.name();
      }
    }
    return null;
  }

  /** The agreement titles in quotes of {@code text} that no known name covers (for tests). */
  static List<String> newTitles(String text, boolean[] taken) {
    List<String> out = new ArrayList<>();
    Matcher t = TITLE.matcher(text);
    while (t.find()) {
      if (titleIsNew(t, taken)) {
        out.add(t.group(1));
      }
    }
    return out;
  }

  private static final Pattern GLOSS =
      Pattern.compile("^\\s*[（(]\\s*([A-Z][A-Za-z .'&-]{2,80}?)\\s*(?:[,，;；][^）)]*)?[）)]");
  private static final Pattern JUNK =
      Pattern.compile(
          ".*(\\d|第.|節|章|关系|關係|問題|问题|政策|战略|戰略|地区|地區|国家|國家|经济|經濟|安全|合作|主义|主義|政府|[、，。「」《》()（）]).*");

  /**
   * Common nouns NER tags as names: a legislature, a party, a religion, a customs zone (議會, 共產黨,
   * 伊斯蘭教).
   */
  private static final Pattern GENERIC =
      Pattern.compile("(议会|国会|本院|本所|共产党|伊斯兰|伊斯兰教|.{1,3}教|保税区|自贸区|政府|当局|总统|外交部|国防部)");

  /** Regions and continents: not actors (Central Asia, 中東歐, 歐亞大陸, Eurasia). */
  private static final Pattern REGION_ZH =
      Pattern.compile(
          "(东|西|南|北|中|东南|西南|东北|西北|中东|大)*(亚|欧|非|美|亚洲|欧洲|非洲|美洲|欧亚|亚欧|拉美)(洲|大陆|地区|国家)?|东|西|南|北|中东|西北|东北|西南|东南");

  private static final Pattern REGION_EN =
      Pattern.compile(
          "(?i)((the )?(central|east|eastern|west|western|north|northern|south|southern|southeast|south-east|northeast|middle|inner|greater|latin)\\s+)?"
              + "(asia|europe|eurasia|africa|america|east|caucasus|asian|european|eurasian|african|american)n?( region)?");

  /**
   * A title right before a Chinese name makes it a person in office (總統托卡葉夫, 外長拉夫羅夫, 國家主席習近平):
   * matched against known people one syllable apart, and kept when seen once.
   */
  private static final Pattern ZH_TITLE =
      Pattern.compile("(总统|总理|首相|外长|外交部长|国防部长|部长|主席|总书记|议长|国务卿|秘书长|大使|元首|国王|副总统|副总理|领导人)\\s*$");

  /** Whether the text before a Chinese name ends in a title (哈薩克總統, 俄羅斯外長, 國家主席). */
  static boolean afterTitle(String before) {
    return ZH_TITLE.matcher(Linker.key(before)).find();
  }

  private static final String EN_TITLE_WORDS =
      "(?:president|vice[- ]president|prime minister|premier|minister|secretary[- ]general"
          + "|secretary of state|secretary|chairman|chairwoman|chairperson|ambassador|envoy|king|emir"
          + "|speaker|director[- ]general|director|commander|diplomat|spokesman|spokeswoman|governor"
          + "|mayor|chancellor|leader|head)";

  /** A title right before an English name: President, Foreign Minister, Secretary-General. */
  private static final Pattern EN_TITLE_BEFORE =
      Pattern.compile("(?i)(?<![\\p{L}])" + EN_TITLE_WORDS + "\\s+$");

  /** A title in apposition after it: Ilham Aliyev, Azerbaijan's president (or the president of). */
  private static final Pattern EN_TITLE_AFTER =
      Pattern.compile(
          "(?i)^\\s*,\\s*(?:(?:the|a|an|its|his|her|[\\p{L}-]+['’]s)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?"
              + EN_TITLE_WORDS
              + "(?![\\p{L}])");

  /**
   * Whether an English name stands with a title (before it, or in apposition after it): a person in
   * office, kept when seen once, as a Chinese one after 總統 is.
   */
  static boolean englishTitled(String before, String after) {
    return EN_TITLE_BEFORE.matcher(before).find() || EN_TITLE_AFTER.matcher(after).find();
  }

  /** A translator's or editor's mark glued to a name: 力克·納雷索夫譯. */
  private static final Pattern PERSON_SUFFIX = Pattern.compile("(.{2,}?)(译|著|编|主编|等)$");

  private static final Map<String, String> LABELS =
      Map.of(
          "ORGANIZATION",
          "Organization",
          "GPE",
          "Place",
          "PERSON",
          "Person",
          "FACILITY",
          "Facility",
          "LOCATION",
          "Place");

  /**
   * Names of news media and agencies (data/gazetteer/media.txt): they report, they are not actors.
   */
  private static final List<String> MEDIA = Linker.words("gazetteer/media.txt");

  private final Set<String> gazetteerIds;

  /** metonyms.tsv: a capital's place id → the state it stands for. */
  private final Map<String, String> metonyms;

  /** The gazetteer's actors by id: a signer's own state. */
  private final Map<String, Actor> byId;

  /** Pinyin key (toneless syllables) of every known person's Chinese names → that person. */
  private final Map<String, Actor> personKeys = new HashMap<>();

  private final Linker linker;
  private final Set<String> knownKeys = new HashSet<>();
  private final Map<String, Candidate> candidates = new LinkedHashMap<>();

  private static final class Candidate {
    String label;
    String surface;
    String english;
    boolean titled;
    final Set<String> sentences = new HashSet<>();

    /** Where a bare agreement word ({@link #BARE}) begins in its sentence. */
    int begin;

    final Set<String> surfaces = new java.util.LinkedHashSet<>();
  }

  public Discovery(Gazetteer g) {
    this(g, new Linker(g));
  }

  /**
   * @param linker a linker over {@code g} itself (extraction's first pass has one: a linker holds
   *     nothing a sentence changes, and building one is dear)
   */
  public Discovery(Gazetteer g, Linker linker) {
    this.gazetteerIds = g.actors().keySet();
    this.byId = g.actors();
    this.metonyms = g.metonyms();
    this.linker = linker;
    for (Actor a : g.actors().values()) {
      a.names().forEach(n -> knownKeys.add(Linker.key(n)));
      if (a.label().equals("Person")) {
        for (String n : a.names()) {
          if (isHan(n)) {
            personKeys.putIfAbsent(pinyin(Linker.key(n)), a);
          }
        }
      }
    }
  }

  private static boolean isHan(String s) {
    return s.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  /**
   * The known person a Chinese name is another transliteration of: the same pinyin (托卡葉夫, 托卡耶夫: tuo
   * ka ye fu), or for a name of four or more syllables one syllable apart (米爾濟亞耶夫, 米爾濟約耶夫), when
   * exactly one known person is that close. Null when none is.
   */
  Actor samePerson(String surface) {
    return samePerson(surface, false);
  }

  /**
   * As {@link #samePerson(String)}; a name after a title (總統拉赫門) may also be one syllable apart
   * from a known person of three syllables when the two syllables sound alike (拉赫蒙: meng, men).
   */
  Actor samePerson(String surface, boolean titled) {
    String key = pinyin(Linker.key(surface));
    Actor exact = personKeys.get(key);
    if (exact != null) {
      return exact;
    }
    String[] syl = key.split(" ");
    if (syl.length < (titled ? 3 : 4)) {
      return null;
    }
    Actor found = null;
    for (Map.Entry<String, Actor> e : personKeys.entrySet()) {
      String[] other = e.getKey().split(" ");
      if (other.length != syl.length) {
        continue;
      }
      int diff = 0;
      boolean near = true;
      for (int i = 0; i < syl.length && diff < 2; i++) {
        if (!syl[i].equals(other[i])) {
          diff++;
          near = soundsAlike(syl[i], other[i]);
        }
      }
      if (diff == 1 && (syl.length >= 4 || near)) {
        if (found != null && !found.id().equals(e.getValue().id())) {
          return null; // two known people that close: no guess
        }
        found = e.getValue();
      }
    }
    return found;
  }

  private static final Pattern INITIAL = Pattern.compile("^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?");

  /**
   * Two syllables a transliteration swaps for each other: the same initial or the same final (meng,
   * men; qin, xin), as 拉赫蒙 and 拉赫門, 葉爾欽 and 葉爾辛 differ; not 濤 and 明 (tao, ming).
   */
  static boolean soundsAlike(String a, String b) {
    Matcher ma = INITIAL.matcher(a);
    Matcher mb = INITIAL.matcher(b);
    ma.find();
    mb.find();
    String ia = ma.group();
    String ib = mb.group();
    return !ia.isEmpty() && ia.equals(ib)
        || a.substring(ia.length()).equals(b.substring(ib.length()));
  }

  /**
   * Whether a name is a news medium or agency's (新華社, 自由歐洲電台, Interfax): those report, they are no
   * actors.
   */
  static boolean isMedia(String text) {
    return MEDIA_NAME.matcher(Linker.key(text.strip())).find();
  }

  /**
   * A media word ending the name, or a Latin one standing as a whole word before a space or the end
   * (The Astana Times, Radio Free Europe; not post-Soviet).
   */
  private static final Pattern MEDIA_NAME =
      Pattern.compile(
          String.join(
              "|",
              MEDIA.stream()
                  .map(
                      w ->
                          w.chars().allMatch(c -> c < 0x2E80)
                              ? "(?<!\\p{L})" + Pattern.quote(w) + "(?=\\s|$)"
                              : Pattern.quote(w) + "$")
                  .toList()));

  /** Notes the candidates of one sentence (thread-confined: call from one thread). */
  public void observe(AnnotatedSentence a, List<Mention> mentions) {
    Sentence s = a.sentence();
    if (s.kind() == Sentence.Kind.HEADING) {
      return;
    }
    boolean[] taken = taken(s.text().length(), mentions);
    boolean[] claimed =
        linker.claimed(s.text()); // names and blocked phrases (regions: 中亞, Central Asia)
    for (int k = 0; k < taken.length && k < claimed.length; k++) {
      claimed[k] |= taken[k];
    }
    for (AnnotatedSentence.Entity e : a.entities()) {
      String label = LABELS.get(e.tag());
      if (label == null
          || overlaps(taken, e.begin(), e.end())
          || covered(claimed, e.begin(), e.end())
          || glued(s.text(), claimed, e.begin(), e.end())) {
        continue;
      }
      String text = label.equals("Person") ? stripPersonSuffix(e.text()) : e.text();
      if (!plausible(text, label)) {
        continue;
      }
      Candidate c = candidate(Linker.key(text), label, text);
      c.sentences.add(s.id());
      if (label.equals("Person") && isHan(text) && afterTitle(s.text().substring(0, e.begin()))) {
        c.titled = true;
      }
      if (label.equals("Person")
          && !isHan(text)
          && text.strip().contains(" ")
          && englishTitled(s.text().substring(0, e.begin()), s.text().substring(e.end()))) {
        c.titled = true; // Foreign Minister Rashid Meredov; Ilham Aliyev, Azerbaijan's president
      }
      Matcher g = GLOSS.matcher(s.text().substring(e.end()));
      if (g.find() && c.english == null) {
        c.english = g.group(1).strip();
      }
    }
    Matcher t = TITLE.matcher(s.text());
    while (t.find()) {
      if (!titleIsNew(t, taken)) {
        continue;
      }
      Candidate c = candidate(Linker.key(t.group(1)), "Agreement", t.group(1));
      c.sentences.add(s.id());
      if (t.group(2) != null && c.english == null) {
        c.english = t.group(2).strip();
      }
      if (c.english == null) {
        c.english = titleInEnglish(s.text(), t.start(1), t.end(1), mentions); // a readable id
      }
    }
    for (int[] span : agreementNames(s.text())) {
      // a known name inside is fine (the Astana Declaration), one covering the head word is the
      // known actor itself (the Collective Security Treaty); a head word before its topic (the
      // Agreement on the Establishment of the Commonwealth) may end in a known name
      int head = span[1] - 1;
      Matcher hw = EN_HEAD_FIRST.matcher(s.text()).region(span[0], span[1]);
      if (hw.lookingAt() && !s.text().substring(span[0], span[1]).contains(" between ")) {
        head = hw.end() - 1;
      }
      if (taken[head] || overlaps(taken, span[0], span[1]) && !latin(s.text(), span)) {
        continue;
      }
      String name = s.text().substring(span[0], span[1]);
      candidate(Linker.key(name), "Agreement", name).sentences.add(s.id());
    }
    for (int[] span : russianTitledAgreements(s.text())) {
      if (overlaps(taken, span[0], span[1])) {
        continue; // a known name (Шанхайская конвенция) or a state's adjective (российско-китайский
        // договор)
      }
      String name = s.text().substring(span[0], span[1]);
      Candidate c = candidate(russianKey(name), "Agreement", name);
      c.sentences.add(s.id());
      if (c.english == null) {
        c.english = russianNominative(name); // the name as written in the nominative
      }
    }
    for (int[] span : russianRegions(s.text())) {
      if (overlaps(taken, span[0], span[1])) {
        continue; // a known region (Баткенская область)
      }
      int after = span[1];
      while (after < s.text().length() && s.text().charAt(after) == ' ') {
        after++;
      }
      if (after > span[1] && after < taken.length && taken[after]) {
        continue; // its state named right after (в Ферганской области Узбекистана): read as the
        // state
      }
      String name = s.text().substring(span[0], span[1]);
      Candidate c = candidate(russianKey(name), "Place", name);
      c.sentences.add(s.id());
      if (c.english == null) {
        c.english = russianRegionNominative(name);
      }
    }
    for (int[] span : russianAdjectiveFacilities(s.text())) {
      if (overlaps(claimed, span[0], span[1])) {
        continue; // a known site (Рогунская ГЭС) or a state's or a known city's adjective
        // (российский полигон): the linker reads the known actor
      }
      String name = s.text().substring(span[0], span[1]);
      Candidate c = candidate(russianKey(name), "Facility", name);
      c.sentences.add(s.id());
      if (s.kind() == Sentence.Kind.BODY) {
        c.titled = true; // its kind word says what it is: kept when seen once, as a typed name is
      }
      if (c.english == null) {
        c.english = russianFacilityNominative(name); // the name as written in the nominative
      }
    }
    for (int[] span : settlementNames(s.text())) {
      String name = s.text().substring(span[0], span[1]);
      if (overlaps(claimed, span[0], span[1]) || !plausible(name, "Place")) {
        continue; // a known city (в городе Оше): the linker's
      }
      boolean ru = CyrillicNames.hasCyrillic(name);
      Candidate c = candidate(ru ? russianKey(name) : Linker.key(name), "Place", name);
      c.sentences.add(s.id());
      if (s.kind() == Sentence.Kind.BODY) {
        c.titled = true; // its kind word says what it is: kept when seen once, as a typed name is
      }
    }
    List<int[]> titled = agreementNames(s.text());
    for (int[] span : describedAgreements(s.text())) {
      // described, not named: a known name may stand inside (中吉烏鐵路政府間協定), not on the kind word
      // a known name on the kind word is that agreement; in Chinese a described agreement holds
      // its parties or its project (中吉烏鐵路政府間協定) or its topic after 關於 (a bare 邊界協定 or
      // 自由貿易協定 is anyone's: written-dev +2 false hits when they were kept),
      // in English and Russian a known name inside is a party or a topic of its own; its English
      // name holds the parties the sentence links (China-Tajikistan border agreement): the
      // description alone is anyone's
      // an English one may hold a known name in its topic (an intergovernmental agreement on the
      // Kambarata-1 hydropower plant): the project it is about, not a party; its kind word and the
      // words before it must still be free
      int topic = englishTopicStart(s.text(), span);
      boolean inside = overlaps(taken, span[0], topic);
      boolean about = Linker.key(s.text().substring(span[0], span[1])).startsWith("关于");
      boolean han = isHan(s.text().substring(span[0], span[1]));
      if (taken[topic - 1] || (han ? !inside && !about && !ownParties(mentions) : inside)) {
        continue; // a Chinese one also when the sentence names two parties or more (吉爾吉斯與塔吉克
        // 簽訂國界條約) between which no known agreement stands: its parties make it one agreement
      }
      if (!han
          && !CyrillicNames.hasCyrillic(s.text().substring(span[0], span[1]))
          && overlaps(taken, topic, span[1])
          && overlapsAny(titled, span)) {
        continue; // a name in title case that holds a known name (the Treaty on the Kyrgyz-Uzbek
        // State Border) is that name, not a description of the parties'
      }
      String name = s.text().substring(span[0], stateInTopic(s.text(), span, topic, mentions));
      String k = Linker.key(name);
      Candidate c = candidate(k, "Agreement", name);
      c.sentences.add(s.id());
      if (c.english == null) {
        c.english = withParties(mentions, name, byId::get);
      }
      candidate(DESCRIBED + k, DESCRIBED, name).sentences.add(s.id());
      if (!han) { // a Chinese one of two papers' words: written-dev and challenge zh-Hans +2 false
        // each
        Candidate scoped = candidate(SCOPED + s.docId() + "\u0000" + k, SCOPED, name);
        scoped.sentences.add(s.id());
        if (scoped.english == null) {
          scoped.english = withParties(mentions, name, byId::get);
        }
      }
    }
    for (int[] span : bareSignedZh(s.text())) {
      if (overlaps(taken, span[0], span[1])) {
        continue;
      }
      // a bare agreement word the sentence signs and then states the content of: an agreement of
      // this sentence only, named by its word and parties (the word alone is anyone's elsewhere)
      String name = s.text().substring(span[0], span[1]);
      Candidate c = candidate(BARE + s.id() + "\u0000" + span[0], BARE, name);
      c.sentences.add(s.id());
      c.begin = span[0];
      if (c.english == null) {
        String parties = withParties(mentions, name, byId::get);
        c.english = parties != null ? parties : pinyin(Linker.key(name)) + " " + s.docId();
      }
    }
    for (String k : descriptionKeys(s.text())) {
      candidate(SEEN + k, SEEN, k).sentences.add(s.id());
    }
    for (EventSpan span : eventSpans(s.text(), claimed)) {
      int last = span.end() - 1;
      while (last > span.begin() && !Character.isLetter(s.text().charAt(last))) {
        last--;
      }
      if (!span.bloc() && taken[last] && "»」』”》".indexOf(s.text().charAt(span.end() - 1)) < 0) {
        continue; // a known name covering the kind word is the event itself (中國—中亞峰會, 和平使命演習)
      }
      if (span.bloc()
          && mentions.stream()
              .anyMatch(
                  x ->
                      x.begin() < span.end()
                          && span.begin() < x.end()
                          && x.actor().label().equals("Country"))) {
        continue; // a bloc's summit in a state (на саммите ШОС в Казахстане): no one city, no
        // one meeting; the bloc's summit is read as the bloc's
      }
      String name = s.text().substring(span.begin(), span.end());
      Candidate c =
          candidate(span.declined() ? russianKey(name) : Linker.key(name), "Initiative", name);
      c.sentences.add(s.id());
      // ШОС в Шанхае саммит, «Рубеж-2024» учения: one more of its names, by which a later bare
      // саммит, учения or форум finds it by its kind (a name no text writes, so that the linker's
      // spans and the rules reading the kind word beside the name stay as they were); never the
      // name shown, which stays the one the text writes
      String withKind =
          span.declined()
              ? name + " " + RU_EVENT_NOMINATIVE.get("саммит")
              : eventWithKind(s.text(), span.begin(), span.end());
      if (withKind != null) {
        c.surfaces.add(withKind);
      }
      if (span.declined() && c.english == null) {
        c.english = blocSummitInEnglish(name, span, mentions); // a readable id, not the translit
      }
    }
    List<int[]> events = eventNames(s.text(), claimed);
    for (int[] span : chineseSummits(s.text(), mentions, claimed)) {
      if (mentioned(events, span[0], span[1])) {
        continue; // read above (a format of two parties, a counted meeting)
      }
      String name = s.text().substring(span[0], span[1]);
      Candidate c = candidate(Linker.key(name), "Initiative", name);
      c.sentences.add(s.id());
      if (c.english == null) {
        c.english = summitInEnglish(name, mentions, span); // a readable id, not the pinyin
      }
    }
    if (!isHan(s.text())) {
      List<int[]> named = new ArrayList<>(agreementNames(s.text()));
      named.addAll(eventNames(s.text(), claimed));
      for (TypedName tn : typedNames(s.text(), claimed, a.tokens())) {
        boolean other = named.stream().anyMatch(o -> o[0] < tn.end() && tn.begin() < o[1]);
        String name = s.text().substring(tn.begin(), tn.end());
        if (other && (tn.label().equals("Agreement") || tn.label().equals("Initiative"))
            || !plausible(name, tn.label())) {
          continue; // an agreement or an event the shapes above read already
        }
        typed(s, tn, name);
      }
    }
    if (isHan(s.text())) {
      List<int[]> named = new ArrayList<>();
      mentions.forEach(m -> named.add(new int[] {m.begin(), m.end()}));
      List<int[]> places = new ArrayList<>();
      mentions.stream()
          .filter(m -> m.actor().label().equals("Place") && !m.method().equals("metonym"))
          .forEach(m -> places.add(new int[] {m.begin(), m.end()}));
      List<TypedName> zhTyped =
          new ArrayList<>(chineseTypedNames(s.text(), claimed, a.tokens(), named, places));
      for (TypedName q : quotedTypedNames(s.text(), claimed)) {
        if (zhTyped.stream().noneMatch(o -> o.begin() < q.end() && q.begin() < o.end())) {
          zhTyped.add(q);
        }
      }
      for (TypedName tn : zhTyped) {
        String name = s.text().substring(tn.begin(), tn.end());
        if (isMedia(name)) {
          continue;
        }
        Candidate c = typed(s, tn, name);
        String english = glossAfter(s.text().substring(tn.end()));
        if (english != null && c.english == null) {
          c.english = english; // its English name, for a readable id: not the pinyin
        }
      }
    }
    List<TypedName> kindNamed = englishKindNames(s.text());
    List<int[]> headed = new ArrayList<>();
    if (kindNamed.stream().anyMatch(tn -> tn.label().equals("Facility"))) {
      headed.addAll(agreementNames(s.text()));
      typedNames(s.text(), claimed, a.tokens())
          .forEach(tn -> headed.add(new int[] {tn.begin(), tn.end()}));
    }
    for (TypedName tn : kindNamed) {
      String name = s.text().substring(tn.begin(), tn.end());
      if (overlaps(claimed, tn.begin(), tn.end()) || isMedia(name)) {
        continue; // a known name or a region in it (Kazakhstan Railways): the linker reads the
        // known actor; a medium reports
      }
      if (tn.label().equals("Facility") && mentioned(headed, tn.begin(), tn.end())) {
        continue; // a name its own head types (the Camp David Accords: an agreement)
      }
      typed(s, tn, name);
    }
    for (TypedName tn : russianQuotedNames(s.text())) {
      if (overlaps(taken, tn.begin(), tn.end())
          || known(s.text(), claimed, tn.begin() + 1, tn.end() - 1)) {
        continue; // a known name in quotes («Газпром»): the linker has it
      }
      typed(s, tn, s.text().substring(tn.begin(), tn.end()));
    }
    for (TypedName tn : russianFacilityNames(s.text())) {
      String name = s.text().substring(tn.begin(), tn.end());
      if (overlaps(claimed, tn.begin(), tn.end()) || !plausible(name, "Facility")) {
        continue; // a known site or its city (порт Актау, аэропорт Манас): the linker has it
      }
      typed(s, tn, name);
    }
    for (TypedName tn : russianLatinCompanies(s.text())) {
      String name = s.text().substring(tn.begin(), tn.end());
      if (overlaps(claimed, tn.begin(), tn.end()) || isMedia(name) || !plausible(name, "Company")) {
        continue; // a known name in it (компания CNPC, корпорация China Railway): the linker has it
      }
      typed(s, tn, name);
    }
    for (int[] span : titledRussianNames(s.text(), claimed)) {
      String name = s.text().substring(span[0], span[1]);
      Candidate c = candidate(Linker.key(name), "Person", name);
      c.sentences.add(s.id());
      c.titled = true;
    }
  }

  /**
   * A described agreement's name with its parties: the states and organisations the sentence links,
   * in alphabetical order of their English names, joined by a hyphen, before the description
   * (Kyrgyzstan-Uzbekistan 边界协定 → Kyrgyzstan-Uzbekistan bian jie xie ding; China-Tajikistan border
   * agreement): a description alone is anyone's, its parties make it one agreement, and the order
   * does not depend on the language. Null when the sentence links no party or more than four.
   */
  static String withParties(List<Mention> mentions, String description) {
    return withParties(mentions, description, id -> null);
  }

  /**
   * As {@link #withParties(List, String)}, a person the sentence links standing for the state
   * {@code byId} gives as its own ({@link Actor#partOf}): leaders sign for their states (Japarov
   * and Rahmon signed a treaty on the state border: the Kyrgyzstan-Tajikistan treaty), as {@link
   * AgreementDescriptions} reads the parties of a known one.
   */
  static String withParties(
      List<Mention> mentions, String description, java.util.function.Function<String, Actor> byId) {
    java.util.TreeSet<String> parties = new java.util.TreeSet<>();
    for (Actor a : parties(mentions, byId)) {
      parties.add(a.name());
    }
    if (parties.isEmpty() || parties.size() > 4) {
      return null;
    }
    // a bare agreement word in English (哈土兩國簽署協議: Kazakhstan-Turkey agreement, not … xie yi)
    String bare = isHan(description) ? TITLE_KINDS.get(Linker.key(description).strip()) : null;
    String d =
        bare != null
            ? bare.toLowerCase(Locale.ROOT)
            : isHan(description) ? pinyin(Linker.key(description)) : description.strip();
    return String.join("-", parties) + " " + d;
  }

  /**
   * Whether the sentence names two to four parties ({@link #withParties}) and no known agreement's
   * name or alias holds them all: a description of theirs is then a new agreement, not the known
   * one (雙方簽訂劃界協定 of Kyrgyzstan and Uzbekistan is their State Border Agreement, which the linker
   * may miss). All, not two: requiring only two lost three held-out agreements of three parties
   * where a known agreement holds two of them; a third state that only mediates (在俄羅斯的斡旋下) does
   * make a second node of a known pair's agreement, which was measured and accepted.
   */
  private boolean ownParties(List<Mention> mentions) {
    Set<Actor> parties = parties(mentions, byId::get);
    if (parties.size() < 2 || parties.size() > 4) {
      return false;
    }
    for (Actor a : byId.values()) {
      if (!a.label().equals("Agreement")) {
        continue;
      }
      List<String> names = new ArrayList<>(a.aliases());
      names.add(a.name());
      if (names.stream().anyMatch(n -> parties.stream().allMatch(p -> n.contains(p.name())))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The parties {@link #withParties} names: the countries and organisations the sentence links, a
   * person standing for his state.
   */
  static Set<Actor> parties(
      List<Mention> mentions, java.util.function.Function<String, Actor> byId) {
    Set<Actor> parties = new java.util.LinkedHashSet<>();
    for (Mention m : mentions) {
      String label = m.actor().label();
      if (label.equals("Country") || label.equals("Organization")) {
        parties.add(m.actor());
      } else if (label.equals("Person")) {
        Actor state = m.actor().country(byId);
        if (state != null) {
          parties.add(state);
        }
      }
    }
    return parties;
  }

  /**
   * Russian people named after their title: a title, up to four words of what it heads, then a
   * first name and a surname that no known name covers (Генеральный директор Роскосмоса Юрий
   * Борисов, глава ГКНБ Таджикистана Саймумин Ятимов). CoreNLP tags no Russian names; the title is
   * what makes the two capitalised words a person. Returns [begin, end) spans.
   */
  static List<int[]> titledRussianNames(String text, boolean[] claimed) {
    List<int[]> out = new ArrayList<>();
    Matcher t = RU_TITLE.matcher(text);
    Matcher n = RU_NAME_PAIR.matcher(text);
    while (t.find()) {
      int pos = t.end();
      for (int words = 0; words <= 4 && pos < text.length(); words++) {
        while (pos < text.length() && text.charAt(pos) == ' ') {
          pos++;
        }
        Matcher verb = RU_TITLE_VERB.matcher(text).region(pos, text.length());
        if (verb.lookingAt()) {
          // a verb of taking the post between the title and the name counts no word (Председателем
          // Евразийской экономической комиссии был назначен Бахыт Султанов)
          pos = verb.end();
          words--;
          continue;
        }
        if (pos < text.length() && text.charAt(pos) == '«') {
          // a quoted name of what the title heads is one of its words (глава «Росатома» Алексей
          // Лихачёв, председатель правления АО «Казатомпром» Мейржан Юсупов)
          int close = text.indexOf('»', pos);
          if (close < 0 || close - pos > 60) {
            break;
          }
          pos = close + 1;
          continue;
        }
        if (pos >= text.length() || ",.;:«»()—–!?".indexOf(text.charAt(pos)) >= 0) {
          break;
        }
        n.region(pos, text.length());
        if (n.lookingAt()
            && !overlaps(claimed, n.start(), n.end())
            && !RU_NOT_NAME.matcher(n.group()).find()) {
          out.add(new int[] {n.start(), n.end()});
          break;
        }
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
          pos++;
        }
      }
    }
    return out;
  }

  static final Pattern RU_TITLE =
      Pattern.compile(
          "(?<![\\p{L}])(?:[Пп]резидент|[Пп]ремьер-министр|[Мм]инистр|[Гг]лав[аыеу]|[Пп]редседател[а-яё]*|(?:[Гг]ен)?[Дд]иректор|"
              + "[Гг]енеральн[а-яё]+ секретар[а-яё]*|[Гг]енсек|[Пп]осол|[Пп]осл[аом]|[Сс]пикер|[Вв]ице-премьер|[Мм]эр|[Гг]убернатор|[Лл]идер|[Кк]омандующ[а-яё]*"
              // the English list's other titles (diplomat, envoy, deputy, adviser, spokesman,
              // secretary, general): российский дипломат Олег Иванов, замминистра, пресс-секретарь
              + "|[Дд]ипломат|[Пп]осланник|[Сс]пецпредставител[а-яё]*|[Пп]редставител[а-яё]*"
              + "|[Зз]аместител[а-яё]*|[Сс]оветник[а-яё]*|(?:[Пп]ресс-)?[Сс]екретар[а-яё]*|[Гг]енерал"
              // a verb of heading right before the name (компанию возглавляет Мейржан Юсупов)
              + "|[Вв]озглавля(?:ет|л|ла|ли|ют)|[Вв]озглавил[аи]?|[Рр]уководит|[Рр]уководил[аи]?)"
              + "(?![\\p{L}])");

  /**
   * The verbs of holding or taking a post that stand between a title and its holder's name (был
   * назначен, стал, являлся, избрана), read past by {@link #titledRussianNames}.
   */
  private static final Pattern RU_TITLE_VERB =
      Pattern.compile(
          "(?:был|была|было|будет|стал|стала|становится|является|являлся|являлась|назначен|назначена"
              + "|избран|избрана|переизбран|переизбрана|остаётся|остается|оставался|оставалась)(?![\\p{L}])");

  private static final Pattern RU_NAME_PAIR =
      Pattern.compile("[А-ЯЁ][а-яё]{2,}\\s+(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]{2,}(?=[\\s,.;:!?)]|$)");

  /** Words of an institution or a place, not of a name: Совета Федерации, Центрального банка. */
  private static final Pattern RU_NOT_NAME =
      Pattern.compile("(ого|его|ой|ых|их|ии|ство|ства|ства|ский|ская|ское|ские)(?![\\p{L}])");

  /**
   * Summits, forums, exercises and dialogue formats named in the text, and programmes, initiatives
   * and corridors (программа «Зелёный мост», the Green Bridge Initiative), as news names them: a
   * name in «» with its kind next to it (учения «Взаимодействие», диалог «Центральная Азия плюс
   * Япония», саммит «Корея — Центральная Азия»; Chinese 「」 hold too much else to be read so, and
   * out-of-sample precision fell when they were), two parties joined by a dash before the kind
   * (歐盟—中亞峰會, the EU–Central Asia summit, саммит ЕС — Центральная Азия), or a title in English (the
   * Astana International Forum, the Steppe Eagle exercise). A bloc's or a city's summit (上合組織峰會,
   * the SCO summit, the Astana summit) is the bloc's meeting, not a name: every word of it a known
   * name and no second party makes none. {@code claimed} marks the chars known names and blocked
   * phrases (regions: 中亞, Central Asia) cover. Returns [begin, end) spans; a quoted name keeps its
   * quotes, so that a common word in quotes («Взаимодействие») links only where it is quoted.
   */
  static List<int[]> eventNames(String text, boolean[] claimed) {
    return eventSpans(text, claimed).stream().map(x -> new int[] {x.begin(), x.end()}).toList();
  }

  /**
   * An event's name at [begin, end): {@code bloc}, a bloc's summit by its city or year (its last
   * word a known name: kept all the same); {@code declined}, a Russian one (one candidate in every
   * case).
   */
  record EventSpan(int begin, int end, boolean bloc, boolean declined) {}

  /** {@link #eventNames(String, boolean[])} with what kind of name each is. */
  static List<EventSpan> eventSpans(String text, boolean[] claimed) {
    List<EventSpan> out = new ArrayList<>();
    for (int[] z : chineseEvents(text, claimed)) {
      out.add(new EventSpan(z[0], z[1], false, false));
    }
    for (Pattern p : List.of(EVENT_QUOTED_RU, EVENT_PAIR, EVENT_PAIR_RU, EVENT_EN)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int g = m.group(1) != null ? 1 : 2;
        int b = m.start(g);
        int e = m.end(g);
        if (p == EVENT_PAIR || p == EVENT_PAIR_RU) {
          // the first party is the known name that ends at the dash (首屆|歐盟—中亞峰會, the |EU–…)
          int x = m.end(2);
          while (x > m.start(2)
              && x - 1 < claimed.length
              && (claimed[x - 1] || text.charAt(x - 1) == ' ' && x - 2 >= 0 && claimed[x - 2])) {
            x--;
          }
          if (x == m.end(2)
              || !known(text, claimed, x, m.end(2))
              || !known(text, claimed, m.start(3), m.end(3))) {
            continue; // both parties are known names or regions
          }
          if (p == EVENT_PAIR) {
            b = x;
          }
        } else if (p == EVENT_EN) {
          boolean oneWord = !m.group(2).strip().contains(" ");
          if (known(text, claimed, m.start(2), m.end(2))
              || EVENT_EN_GENERIC.matcher(m.group(2)).matches()
              || oneWord && text.substring(0, b).isBlank()
              || DESCRIBING_LAST_WORD.matcher(m.group(2)).find()
              || knownAfterDescription(text, claimed, m.start(2), m.end(2))) {
            continue; // the SCO summit, the Astana summit, the First Summit, "Large exercises
            // began", Soviet-era drills, NATO-led joint drills (a description), the Russian-led
            // Kavkaz-2020 exercise (a known name after a description)
          }
        } else if (known(text, claimed, b + 1, e - 1)) {
          continue; // a known name in quotes («Мирная миссия-2007»): the linker has it
        }
        int begin = b;
        if (out.stream().noneMatch(o -> o.begin() < e && begin < o.end())) {
          out.add(new EventSpan(begin, e, false, false));
        }
      }
    }
    for (Pattern p :
        List.of(SUMMIT_IN_CITY_EN, SUMMIT_OF_YEAR_EN, SUMMIT_IN_CITY_RU, SUMMIT_OF_YEAR_RU)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int b = m.start(1);
        int e = m.end(1);
        if (!known(text, claimed, m.start(2), m.end(2))
            || !m.group(3).isEmpty() && !known(text, claimed, m.start(3), m.end(3))
            || out.stream().anyMatch(o -> o.begin() < e && b < o.end())) {
          continue; // a bloc or a city the gazetteer lacks: no meeting of a known one
        }
        out.add(new EventSpan(b, e, true, p == SUMMIT_IN_CITY_RU || p == SUMMIT_OF_YEAR_RU));
      }
    }
    return out;
  }

  /**
   * A capitalised word: a dot inside it or before the next word of the name (U.S., St. Petersburg),
   * never the full stop that ends the sentence (the SCO summit in Astana.).
   */
  private static final String CAP_WORD = "(?:[\\p{L}'’-]|\\.(?=\\p{L}|\\s+\\p{Lu}))*";

  /** Capitalised words of a known name before or after the summit word (SCO, Samarkand, EU). */
  private static final String EN_KNOWN_WORDS =
      "[A-Z]" + CAP_WORD + "(?:\\s+[A-Z]" + CAP_WORD + "){0,3}";

  /**
   * A bloc's summit in a city (the SCO summit in Samarkand, the CSTO summit in Dushanbe in 2021):
   * one meeting of the bloc, unlike the SCO summit alone (its meetings in general, or the bloc).
   * The bloc and the city must be known names; a year right after (in July 2024) is part of the
   * name, since a bloc meets in one city more than once.
   */
  private static final Pattern SUMMIT_IN_CITY_EN =
      Pattern.compile(
          "(?<![\\p{L}])(("
              + EN_KNOWN_WORDS
              + ")(?:'s?|’s?)?\\s+summit\\s+in\\s+("
              + EN_KNOWN_WORDS
              + ")(?:\\s+in\\s+(?:(?:January|February|March|April|May|June|July|August|September|October"
              + "|November|December)\\s+)?(?:19|20)\\d{2})?)(?![\\p{L}\\d])");

  /** A capitalised Russian name of one or two words (ШОС, ОДКБ, Совета Европы). */
  private static final String RU_KNOWN_WORDS =
      "[А-ЯЁA-Z]" + CAP_WORD + "(?:\\s+[А-ЯЁ]" + CAP_WORD + ")?";

  /**
   * The Russian {@link #SUMMIT_IN_CITY_EN}: a bloc's summit in a city, in any case (саммит ШОС в
   * Шанхае, на саммите ОДКБ в Душанбе): one meeting of the bloc, named by the bloc and the city
   * (ШОС в Шанхае), the kind word left outside, where the rules read it (на саммите «…»). The bloc
   * and the city (one word) must be known names.
   */
  private static final Pattern SUMMIT_IN_CITY_RU =
      Pattern.compile(
          "(?<![\\p{L}])[Сс]аммит[а-яё]{0,2}\\s+(("
              + RU_KNOWN_WORDS
              + ")\\s+во?\\s+([А-ЯЁ]"
              + CAP_WORD
              + "))(?![\\p{L}\\d])");

  /** … or by its year (саммит ШОС 2019 года, на саммите ОДКБ 2022 года: ШОС 2019 года). */
  private static final Pattern SUMMIT_OF_YEAR_RU =
      Pattern.compile(
          "(?<![\\p{L}])[Сс]аммит[а-яё]{0,2}\\s+(("
              + RU_KNOWN_WORDS
              + ")\\s+(?:19|20)\\d{2}\\s+года)()(?![\\p{L}\\d])");

  /**
   * A summit by its year and its city or bloc (the 2007 Bishkek summit, the 2019 SCO summit): the
   * year makes it one meeting; the city or bloc must be a known name.
   */
  private static final Pattern SUMMIT_OF_YEAR_EN =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:the|its|their)\\s+((?:19|20)\\d{2}\\s+("
              + EN_KNOWN_WORDS
              + ")\\s+summit)()(?![\\p{L}])");

  /**
   * Chinese events named by their own words rather than by two parties: a bloc's council meeting
   * counted by its ordinal ({@link #ZH_COUNTED_MEETING}: 上海合作組織成員國元首理事會第七次會議, 上合組織第十屆峰會), the
   * bloc's known name before it kept in the event's name, since the same words without the count
   * name every year's meeting. A bloc's summit without its count (上合組織峰會, 國協元首峰會) stays the bloc's.
   * (An exercise named by a word and its year in quotes, 「高加索—2020」演習, was measured as a shape too:
   * on held-out text it added more false hits than true ones.)
   */
  static List<int[]> chineseEvents(String text, boolean[] claimed) {
    List<int[]> out = new ArrayList<>();
    String k = Linker.key(text);
    Matcher m = ZH_COUNTED_MEETING.matcher(k);
    while (m.find()) {
      int b = m.start();
      while (b > 0 && b - 1 < claimed.length && claimed[b - 1]) {
        b--;
      }
      if (b == m.start()) {
        continue; // no known bloc right before the council (第七次會議 alone is any meeting)
      }
      int begin = b;
      if (out.stream().noneMatch(o -> o[0] < m.end() && begin < o[1])) {
        out.add(new int[] {begin, m.end()});
      }
    }
    return out;
  }

  /** A summit word not part of a longer word (峰會, 高峰會; not 峰會期間's own words). */
  private static final Pattern ZH_SUMMIT = Pattern.compile("(?:高)?峰会");

  /** A year right before a summit's names: 2024年, 2019 年. */
  private static final Pattern ZH_YEAR_BEFORE = Pattern.compile("(?:19|20)\\d{2}\\s?年$");

  /**
   * Chinese summits of one meeting, as English names them (the 2007 Bishkek summit): a summit by
   * its year and its known city (2024年阿斯塔納峰會): the year and the city make it one meeting, where a
   * city's summit alone (比什凱克峰會) may be any year's. A bloc's name before the city (上合組織阿斯塔納峰會,
   * 2019年上合組織峰會) makes none: the bloc is linked there and its facts read (a summit that swallowed
   * it lost them: in-sample −5 true, measured). The name right before 峰會 is a known mention (a
   * capital may be linked as its state, as a capital acting: it counts as the city); a known name
   * covering 峰會 is a known format (中國—中亞峰會) and makes none. Returns [begin, end) spans.
   */
  static List<int[]> chineseSummits(String text, List<Mention> mentions, boolean[] claimed) {
    List<int[]> out = new ArrayList<>();
    if (!isHan(text)) {
      return out;
    }
    String k = Linker.key(text);
    Matcher m = ZH_SUMMIT.matcher(k);
    while (m.find()) {
      int p = m.start();
      if (p < claimed.length && claimed[p]) {
        continue; // a known format's own summit word (中國—中亞峰會)
      }
      List<Mention> before = new ArrayList<>();
      int cursor = p;
      while (before.size() < 2) {
        int at = cursor;
        Mention glued =
            mentions.stream().filter(x -> x.end() == at && x.begin() < at).findFirst().orElse(null);
        if (glued == null) {
          break;
        }
        before.add(0, glued);
        cursor = glued.begin();
      }
      if (before.isEmpty()) {
        continue;
      }
      Mention last = before.get(before.size() - 1);
      boolean city = last.actor().label().equals("Place") || last.method().equals("metonym");
      boolean bloc = before.get(0).actor().label().equals("Organization");
      Matcher year = ZH_YEAR_BEFORE.matcher(k.substring(Math.max(0, cursor - 6), cursor));
      boolean dated = year.find();
      // a bloc's name inside would be swallowed, and the bloc's facts with it (上合組織阿斯塔納峰會正式接收
      // 印度為成員國: measured, in-sample −5): a year and a city alone
      boolean oneMeeting = dated && before.size() == 1 && city && !bloc;
      if (!oneMeeting) {
        continue;
      }
      int b = dated ? cursor - (year.end() - year.start()) : cursor;
      int e = m.end();
      if (out.stream().noneMatch(o -> o[0] < e && b < o[1])) {
        out.add(new int[] {b, e});
      }
    }
    return out;
  }

  /**
   * A Chinese summit's English name from its known names and year (2019年比什凱克峰會 → Bishkek summit
   * 2019, 上合組織比什凱克峰會 → Shanghai Cooperation Organisation Bishkek summit), or null when a city was
   * read as its state (its own English name is not at hand).
   */
  static String summitInEnglish(String name, List<Mention> mentions, int[] span) {
    StringBuilder b = new StringBuilder();
    for (Mention x : mentions) {
      if (x.begin() >= span[0] && x.end() <= span[1]) {
        if (x.method().equals("metonym")) {
          return null;
        }
        b.append(x.actor().name().replaceAll("\\s*\\(.*\\)$", "")).append(' ');
      }
    }
    Matcher y = YEAR.matcher(name);
    return b.append("summit").append(y.find() ? " " + y.group() : "").toString();
  }

  /** A year in a summit's name (2022 CSTO summit, 2017年峰會). */
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  /** A bloc's acronym in Latin capitals (SCO, CSTO, EAEU). */
  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

  /**
   * A Russian bloc's summit by its city or year in English, as English news names it (ШОС в
   * Самарканде → SCO summit in Samarkand, ОДКБ 2022 года → 2022 CSTO summit): the bloc by its
   * acronym in Latin capitals (else its English name), a city the linker read as its state by the
   * city's own name. Null when a part is no known name.
   */
  String blocSummitInEnglish(String name, EventSpan span, List<Mention> mentions) {
    String bloc = null;
    String city = null;
    for (Mention x : mentions) {
      if (x.begin() < span.begin() || x.end() > span.end()) {
        continue;
      }
      Actor a = x.actor();
      if (bloc == null && a.label().equals("Organization")) {
        bloc =
            a.aliases().stream()
                .filter(n -> ACRONYM.matcher(n).matches())
                .findFirst()
                .orElse(a.name());
      } else if (bloc != null && city == null) {
        city =
            x.method().equals("metonym")
                ? placeNamed(
                    name.substring(x.begin() - span.begin(), x.end() - span.begin()), a.id())
                : a.label().equals("Place") ? a.name() : null;
      }
    }
    Matcher y = YEAR.matcher(name);
    if (bloc == null) {
      return null;
    }
    if (city != null) {
      return bloc + " summit in " + city;
    }
    return y.find() && !name.contains(" в") ? y.group() + " " + bloc + " summit" : null;
  }

  /**
   * A bloc's council counted by its meeting: (成員國)(元首|政府首腦…)理事會第N次會議, or 第N屆峰會 (the bloc before it
   * is found in what the linker claimed).
   */
  private static final Pattern ZH_COUNTED_MEETING =
      Pattern.compile(
          "(?:成员国|成员|国家)?(?:元首|政府首脑|总理|外长|国防部长|集体安全)?(?:理事会)?"
              + "第[一二三四五六七八九十百零〇两\\d]{1,4}(?:次|届)(?:元首|首脑|领导人)?(?:理事会)?(?:会议|峰会|高峰会|会晤)");

  /** A name that says what it is: [begin, end) in the sentence and the label its head gives. */
  record TypedName(int begin, int end, String label) {}

  /**
   * data/gazetteer/type-heads.tsv: head word (lower case) → label, and the modifiers that name
   * nothing.
   */
  private static final Map<String, String> TYPE_HEADS = new LinkedHashMap<>();

  /** Heads also read in lower case after a capitalised name (the Rogun hydropower plant). */
  private static final Set<String> LOWER_HEADS = new HashSet<>();

  private static final Set<String> GENERIC_MODIFIERS = new HashSet<>();

  static {
    for (String line : org.cagraph.data.DataFiles.lines("gazetteer/type-heads.tsv")) {
      String[] c = line.strip().split("\t");
      if (line.startsWith("#") || c.length < 2) {
        continue;
      }
      if (c[0].equals("generic")) {
        for (String w : c[1].split("\\|")) {
          GENERIC_MODIFIERS.add(w.strip().toLowerCase(Locale.ROOT));
        }
      } else {
        String head = c[0].strip().toLowerCase(Locale.ROOT);
        TYPE_HEADS.put(head, c[1].strip());
        if (c.length > 2 && c[2].strip().equals("lower")) {
          LOWER_HEADS.add(head);
        }
      }
    }
  }

  private static String titleCase(String head) {
    StringBuilder b = new StringBuilder();
    for (String w : head.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }

  private static final String TYPE_HEAD =
      "(?:"
          + String.join(
              "|",
              TYPE_HEADS.keySet().stream()
                  .sorted((x, y) -> y.length() - x.length())
                  .flatMap(
                      h ->
                          LOWER_HEADS.contains(h)
                              ? java.util.stream.Stream.of(titleCase(h), h)
                              : java.util.stream.Stream.of(titleCase(h)))
                  .map(w -> w.replace(" ", "\\s+"))
                  .toList())
          + ")";

  /** A capitalised word that can stand in a name (not a sentence's The, In, However …). */
  private static final String TYPE_MOD =
      "(?!(?:The|A|An|In|On|At|By|Of|This|That|These|Those|Its|It|Their|His|Her|Our|Both|Under"
          + "|After|Before|When|While|Since|As|For|With|From|To|And|But|Some|Many|Several|Each|Such"
          + "|Any|If|Although|Though|However|Meanwhile|Last|Next|Every|All|Most|No|Then|Yet|Also"
          + "|Where|Which|What|Who|Why|How|There|Here|Thus|Later|Earlier|Today|Now)\\b)"
          + "(?:[A-Z][\\p{L}'’]*(?:-[\\p{L}'’]+)*(?:-\\d{4})?|\\d{4})"; // Vostok-2022 too

  private static final String TYPE_CAP = "[A-Z][\\p{L}'’-]*";

  /** A run of characters between spaces: the words before a typed name's head. */
  private static final Pattern WORD = Pattern.compile("\\S+");

  /** A topic after the head: of Turkic States, on Interaction and Confidence-Building Measures. */
  private static final String TYPE_TAIL =
      "\\s+(?:of|for|on)\\s+(?:the\\s+)?"
          + TYPE_CAP
          + "(?:\\s+(?:(?:of|and|the|&)\\s+){0,2}"
          + TYPE_CAP
          + "){0,8}";

  /**
   * Capitalised words ending in a type word (the Caspian Pipeline Consortium, the Rogun Dam), or a
   * type word after "the" and before its topic (the Conference on Interaction and …).
   */
  private static final Pattern TYPED_NAME =
      Pattern.compile(
          "(?<![\\p{L}\\d'’-])((?:"
              + TYPE_MOD
              + "\\s+(?:(?:and|&)\\s+)?){1,6}("
              + TYPE_HEAD
              + ")(?:"
              + TYPE_TAIL.replace("(?:of|for|on)", "(?:of|for)")
              + ")?|(?<=\\b(?:the|The)\\s)("
              + TYPE_HEAD
              + ")"
              + TYPE_TAIL
              + ")(?![\\p{L}])");

  /**
   * English names a gazetteer need not hold, since their own words say what they are: capitalised
   * words whose head is a type word of data/gazetteer/type-heads.tsv, labelled by that head. Not a
   * name: one whose head a known name covers (the known actor itself), one in quotes (a cited
   * title), one whose other words are all generic or known names (the National Bank of Kazakhstan,
   * the Joint Commission, the 2022 Summit, the Astana Summit: a state's own body or anyone's). A
   * sentence's first word that the tagger does not call a proper noun, and a possessive before the
   * name (Kazakhstan's), are left out of it.
   */
  static List<TypedName> typedNames(
      String text, boolean[] claimed, List<org.cagraph.nlp.Token> tokens) {
    List<TypedName> out = new ArrayList<>();
    Matcher m = TYPED_NAME.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      from = m.end();
      int b = m.start(1);
      int e = m.end(1);
      int headGroup = m.group(2) != null ? 2 : 3;
      int hb = m.start(headGroup);
      if (headGroup == 2 && Character.isLowerCase(m.group(2).charAt(0))) {
        // a head in lower case ends the name: the Bukhara region of Uzbekistan is the Bukhara
        // region, in Uzbekistan (a capitalised head keeps its topic: the Bank of Kazakhstan)
        e = m.end(2);
        from = e; // and the tail's words may open the next name
      }
      String label =
          TYPE_HEADS.get(m.group(headGroup).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
      if (label == null) {
        continue;
      }
      // left out: a possessive (Kazakhstan's) and a sentence's first word that is no proper noun
      Matcher w = WORD.matcher(text).region(b, hb);
      while (w.find()) {
        String word = w.group();
        boolean possessive = word.endsWith("'s") || word.endsWith("’s");
        boolean first = text.substring(0, w.start()).replaceAll("[\\s\"“‘'(\\[]", "").isEmpty();
        boolean common = first && !properNoun(tokens, w.start());
        boolean joiner = word.equals("and") || word.equals("&");
        if (possessive || common || joiner) {
          b = w.end();
          while (b < hb && Character.isWhitespace(text.charAt(b))) {
            b++;
          }
        } else {
          break;
        }
      }
      if (b >= hb && headGroup == 2) {
        continue; // nothing left before the head: Bank officials said …
      }
      if (hb < claimed.length && claimed[hb]) {
        continue; // a known name covers the head: the known actor itself
      }
      if (finiteVerb(tokens, b, hb)) {
        continue; // a headline in title case: Kazakhstan Opens New Port
      }
      if (quoted(text, b)) {
        continue; // a cited title: “Central Asia's Energy Security in Transition,”
      }
      boolean particular = false;
      Matcher x = Pattern.compile("[\\p{L}\\d'’-]+").matcher(text).region(b, e);
      while (x.find()) {
        if (x.start() >= hb && x.start() < m.end(headGroup)) {
          continue;
        }
        String word = x.group();
        String lower = word.toLowerCase(Locale.ROOT);
        boolean known = x.start() < claimed.length && claimed[x.start()];
        boolean generic =
            GENERIC_MODIFIERS.contains(lower)
                || GENERIC_MODIFIERS.stream().anyMatch(g -> g.startsWith("-") && lower.endsWith(g));
        if (Character.isUpperCase(word.charAt(0))
            && !known
            && !generic
            && !TYPE_HEADS.containsKey(lower)) {
          particular = true;
        }
      }
      int knownNames = 0; // known names before the head, each counted once (Russian-Kyrgyz: two)
      for (int k = b; k < hb && k < claimed.length; k++) {
        if (claimed[k] && (k == b || !claimed[k - 1])) {
          knownNames++;
        }
      }
      // a body of two states is neither's (the Russian-Kyrgyz Development Fund), and a company
      // may carry its state's name (the China Railway Corporation)
      if (particular || knownNames >= 2 || knownNames == 1 && label.equals("Company")) {
        out.add(new TypedName(b, e, label));
      }
    }
    return out;
  }

  /** data/gazetteer/type-heads-zh.tsv: Chinese head word (Simplified) → label. */
  private static final Map<String, String> ZH_HEADS = new LinkedHashMap<>();

  /** Chinese modifiers that make nothing particular (國家, 聯合, 天然氣, 跨境). */
  private static final Set<String> ZH_GENERIC = new HashSet<>();

  static {
    for (String line : org.cagraph.data.DataFiles.lines("gazetteer/type-heads-zh.tsv")) {
      String[] c = line.strip().split("\t");
      if (line.startsWith("#") || c.length < 2) {
        continue;
      }
      if (c[0].equals("generic")) {
        ZH_GENERIC.addAll(List.of(c[1].strip().split("\\|")));
      } else {
        ZH_HEADS.put(c[0].strip(), c[1].strip());
      }
    }
  }

  /**
   * The English name a paper glosses a Chinese name with, right after it (圖蘭水資源基金（Turan Water Fund,
   * TWF）: Turan Water Fund), or null.
   */
  static String glossAfter(String after) {
    Matcher g = GLOSS.matcher(after);
    return g.find() ? g.group(1).strip() : null;
  }

  /** Whether a known name's span overlaps [b, e). */
  private static boolean mentioned(List<int[]> names, int b, int e) {
    return names.stream().anyMatch(n -> n[0] < e && b < n[1]);
  }

  /** A token that can stand in a Chinese name: a noun, a proper noun, an adjective. */
  private static boolean zhNameToken(org.cagraph.nlp.Token t) {
    return t.pos() != null
        && (t.pos().equals("NN") || t.pos().equals("NR") || t.pos().equals("JJ"));
  }

  /** The longest head of type-heads-zh.tsv that a (Simplified) word ends with, or null. */
  private static String zhHead(String word) {
    String best = null;
    for (String h : ZH_HEADS.keySet()) {
      if (word.endsWith(h) && (best == null || h.length() > best.length())) {
        best = h;
      }
    }
    return best;
  }

  /**
   * Chinese names a gazetteer need not hold, since their head says what they are
   * (data/gazetteer/type-heads-zh.tsv): the nouns the tagger segmented before a head word, back to
   * a verb, a preposition, 的 or punctuation (加入了|圖蘭水資源合作基金, 通過|澤拉夫尚天然氣管道, 參加了|阿拉木圖綠色能源論壇), labelled
   * by the head. Not a name: a head the next noun modifies (管道公司, 銀行行長: the name goes on), a head a
   * known name covers (the known actor), a run with nothing particular in it: no word the tagger
   * calls a name (NR or an NER tag) that is neither known nor generic, fewer than two words that
   * are neither, fewer than two known names (中亞地區的安全 stops at 的; 俄羅斯天然氣管道, 國家開發銀行, 聯合演習 are a
   * state's or anyone's). {@code names} are the spans of known names in the sentence.
   */
  static List<TypedName> chineseTypedNames(
      String text, boolean[] claimed, List<org.cagraph.nlp.Token> tokens, List<int[]> names) {
    return chineseTypedNames(text, claimed, tokens, names, List.of());
  }

  /**
   * As {@link #chineseTypedNames(String, boolean[], List, List)}; a known place or state glued
   * before the run ({@code places}, a subset of {@code names}) is where the facility or body stands
   * when the run holds a proper name of its own (內蒙古|朱日和訓練基地, 塔吉克|努列克水電站): the name is the run
   * without it. Without a proper name of its own the run stays a fragment of the known one
   * (阿拉木圖|綠色能源論壇).
   */
  static List<TypedName> chineseTypedNames(
      String text,
      boolean[] claimed,
      List<org.cagraph.nlp.Token> tokens,
      List<int[]> names,
      List<int[]> places) {
    List<TypedName> out = new ArrayList<>();
    String k = Linker.key(text);
    for (int i = 0; i < tokens.size(); i++) {
      org.cagraph.nlp.Token t = tokens.get(i);
      if (t.end() > k.length()) {
        continue;
      }
      // a head the tagger split in two (雷達|站, 通信|中心) is read over the word before too, even
      // when it tagged the last part a verb (監視|站/VV)
      boolean split =
          i > 0 && zhNameToken(tokens.get(i - 1)) && tokens.get(i - 1).end() == t.begin();
      String head = zhHead(k.substring(split ? tokens.get(i - 1).begin() : t.begin(), t.end()));
      if (head == null || !zhNameToken(t) && head.length() <= t.end() - t.begin()) {
        continue;
      }
      if (i + 1 < tokens.size()
          && zhNameToken(tokens.get(i + 1))
          && tokens.get(i + 1).begin() == t.end()) {
        continue; // the name goes on: 天然氣管道|公司, 銀行|行長
      }
      int hb = t.end() - head.length();
      if (overlaps(claimed, hb, t.end())) {
        continue; // a known name covers the head: the known actor itself
      }
      int s = i;
      while (s > 0
          && i - s < 6
          && zhNameToken(tokens.get(s - 1))
          && tokens.get(s - 1).end() == tokens.get(s).begin()
          && !mentioned(names, tokens.get(s - 1).begin(), tokens.get(s - 1).end())) {
        s--;
      }
      if (mentioned(names, tokens.get(s).begin(), Math.min(tokens.get(s).end(), hb))) {
        continue;
      }
      boolean glued =
          s > 0
              && tokens.get(s - 1).end() == tokens.get(s).begin()
              && mentioned(names, tokens.get(s - 1).begin(), tokens.get(s - 1).end());
      boolean gluedPlace =
          glued && mentioned(places, tokens.get(s - 1).begin(), tokens.get(s - 1).end());
      if (glued && !gluedPlace) {
        continue; // a known name glued to it (俄駐吉|空軍基地, 阿拉木圖|綠色能源論壇): part of the name or
        // its owner, the linker reads the known actor and a name without it would be a fragment
      }
      int b = tokens.get(s).begin();
      if (b >= hb || t.end() - b > 24) {
        continue; // the head alone (基金), or no name but a clause
      }
      int taggedNames = 0;
      int properNouns = 0;
      int plain = 0;
      for (int j = s; j <= i; j++) {
        org.cagraph.nlp.Token u = tokens.get(j);
        int ue = Math.min(u.end(), hb);
        if (ue <= u.begin()) {
          continue;
        }
        String word = k.substring(u.begin(), ue);
        if (overlaps(claimed, u.begin(), ue) || ZH_GENERIC.contains(word)) {
          continue;
        }
        plain++;
        boolean tagged =
            u.pos().equals("NR")
                || u.ner() != null
                    && List.of("PERSON", "GPE", "ORGANIZATION", "LOCATION", "MISC", "FACILITY")
                        .contains(u.ner());
        if (tagged) {
          taggedNames++;
        }
        if (u.pos().equals("NR")) {
          properNouns++;
        }
      }
      if (gluedPlace && properNouns == 0) {
        continue; // no proper noun of its own after the place: a fragment (阿拉木圖|綠色能源論壇)
      }
      if (taggedNames >= 1 || plain >= 2) {
        out.add(new TypedName(b, t.end(), ZH_HEADS.get(head)));
      }
    }
    return out;
  }

  /** A Chinese title in quotes, its last characters a head word: 「上合組織世界團結倡議」, “中亞數字絲路倡議”. */
  private static final Pattern ZH_QUOTED =
      Pattern.compile("[「“『]([^」”』「“『《》，。、；：！？\\s]{2,24})[」”』]");

  /**
   * Names in quotes that end in a head word of type-heads-zh.tsv (「上合組織世界團結倡議」, “中亞數字絲路倡議”): the
   * quotes bound the name, so the tagger's words inside do not matter (團結 tagged a verb) and a
   * known name inside is its first word, a party or a topic, as in a quoted agreement's title
   * ({@link #TITLE}). Not a name: a known name covering the head (「一帶一路倡議」, the known actor), a
   * title whose words before the head are known names and generic words only (「合作倡議」, 「中國倡議」).
   */
  static List<TypedName> quotedTypedNames(String text, boolean[] claimed) {
    List<TypedName> out = new ArrayList<>();
    String k = Linker.key(text);
    Matcher m = ZH_QUOTED.matcher(k);
    while (m.find()) {
      String name = m.group(1);
      String head = zhHead(name);
      if (head == null || name.length() <= head.length()) {
        continue;
      }
      int b = m.start(1);
      int hb = m.end(1) - head.length();
      if (overlaps(claimed, hb, m.end(1))) {
        continue; // the known actor itself
      }
      // what stands before the head, known names taken out, must hold a word that is not generic
      StringBuilder rest = new StringBuilder();
      for (int x = b; x < hb; x++) {
        rest.append(x < claimed.length && claimed[x] ? ' ' : k.charAt(x));
      }
      boolean particular = false;
      for (String part : rest.toString().strip().split("\\s+")) {
        if (!part.isEmpty() && !onlyGeneric(part)) {
          particular = true;
        }
      }
      if (particular) {
        out.add(new TypedName(b, m.end(1), ZH_HEADS.get(head)));
      }
    }
    return out;
  }

  /** Whether a run of characters is made of {@link #ZH_GENERIC} words only (國際合作, 綠色 is not). */
  private static boolean onlyGeneric(String run) {
    boolean[] ok = new boolean[run.length() + 1];
    ok[0] = true;
    for (int i = 0; i < run.length(); i++) {
      if (!ok[i]) {
        continue;
      }
      for (String g : ZH_GENERIC) {
        if (run.startsWith(g, i)) {
          ok[i + g.length()] = true;
        }
      }
    }
    return ok[run.length()];
  }

  /** The kind words of data/gazetteer/kind-words.tsv, read on the text as written. */
  private static final WordLists KIND_WORDS = WordLists.read("gazetteer/kind-words.tsv");

  /**
   * The words of kind-words.tsv's lists {@code prefix} + label (lower case), in the file's order,
   * each with its list's label.
   */
  private static Map<String, String> kinds(String prefix, List<String> labels) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String label : labels) {
      String list = prefix + label.toLowerCase(Locale.ROOT);
      for (String w : KIND_WORDS.written(list).split("\\|")) {
        out.put(w.replace('_', ' '), label);
      }
    }
    return out;
  }

  /** Russian kind words (stems) before a name in «», with the label each gives. */
  private static final Map<String, String> RU_KINDS =
      kinds("ru_", List.of("Facility", "Company", "Organization", "Agreement"));

  /**
   * The Russian kind words {@code keep} accepts, as regex alternatives: a lower-case stem also with
   * its capital (Компания, компания) and {@code ending} after it; an abbreviation (ПАО) as written.
   */
  private static String ruKinds(java.util.function.Predicate<String> keep, String ending) {
    return String.join(
        "|",
        RU_KINDS.keySet().stream()
            .filter(keep)
            .map(
                w ->
                    Character.isLowerCase(w.charAt(0))
                        ? "["
                            + Character.toUpperCase(w.charAt(0))
                            + w.charAt(0)
                            + "]"
                            + w.substring(1)
                            + ending
                        : w)
            .toList());
  }

  /**
   * A kind word (its stem and a case ending: порт, порту; not портал), two words at most, «Name».
   */
  private static final Pattern RU_KIND_QUOTED =
      Pattern.compile(
          "(?<![\\p{L}])("
              + ruKinds(w -> true, "")
              + ")(?:[аеиоуыэюяйь]{0,2}(?:м|х|в|ми)?)(?![\\p{L}])(?:\\s+[а-яё-]+){0,2}\\s+(«[А-ЯЁA-Z][^«»]{1,60}»)");

  /**
   * Russian names in «» after a word that says what they are (газопровод «Зеравшан», базу «Хорог»,
   * компания «Алтын Петролеум», ПАО «…», договор «О добрососедстве»), labelled by that word, up to
   * two lower-case words between them (нефтегазовая компания «…»). The name keeps its quotes, as a
   * quoted event's does, so that a common word in quotes links only where it is quoted. A state's
   * adjective or a word of another kind before it (по программе «…», учения «…») makes none here:
   * {@link #eventNames} reads events and programmes. Returns spans of the quoted name.
   */
  static List<TypedName> russianQuotedNames(String text) {
    List<TypedName> out = new ArrayList<>();
    Matcher m = RU_KIND_QUOTED.matcher(text);
    while (m.find()) {
      String kind = m.group(1);
      String stem =
          RU_KINDS.containsKey(kind)
              ? kind
              : Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
      // an entry may be a pattern (железн[а-яё]+_дорог): the label of the first entry the word is
      String label =
          RU_KINDS.entrySet().stream()
              .filter(e -> stem.matches(e.getKey()))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
      if (label == null) {
        continue;
      }
      if (label.equals("Agreement") && !m.group(2).matches("«(?:О|Об|По|За|Между)\\s.*")) {
        continue; // an agreement's name in quotes is its topic (договор «О …»); others are cited
      }
      out.add(new TypedName(m.start(2), m.end(2), label));
    }
    return out;
  }

  /** Russian company words (kind-words.tsv ru_company), as written, before a Latin name. */
  private static final Pattern RU_COMPANY_LATIN =
      Pattern.compile(
          "(?<![\\p{L}])(?:"
              + ruKinds(w -> RU_KINDS.get(w).equals("Company"), "[а-яё]{0,3}")
              + ")\\s+([A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9](?:\\s+[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9]){0,2})"
              + "(?![\\p{L}\\d'’-])(?!\\s+[A-Z])");

  /**
   * Russian: a company word right before a name in Latin letters, without quotes (индийская
   * компания IPGL, китайская корпорация Sinohydro, банк HSBC): Russian text writes a foreign
   * company's name as its own script gives it, and the Latin letters bound the name. Up to three
   * capitalised Latin words; none when a fourth follows (where the name ends is a guess). Returns
   * spans of the name, labelled Company.
   */
  static List<TypedName> russianLatinCompanies(String text) {
    List<TypedName> out = new ArrayList<>();
    Matcher m = RU_COMPANY_LATIN.matcher(text);
    while (m.find()) {
      out.add(new TypedName(m.start(1), m.end(1), "Company"));
    }
    return out;
  }

  /**
   * Russian facility words (kind-words.tsv ru_facility) that name a site by one word after them
   * (полигон Харб-Майдон, аэродром Гисар, месторождение Галкыныш); not a pipeline's, a railway's or
   * a bare base's, whose names run over several words or are a bloc's (база ОДКБ), and not a port's
   * or an airport's, named after their city (порт Гвадар: the city's name would be swallowed). A
   * name shaped as an adjective (космодром Восточный) is left to the gazetteer.
   */
  private static final Pattern RU_FACILITY_NAMED =
      Pattern.compile(
          "(?<![\\p{L}-])(?:"
              + ruKinds(
                  w ->
                      RU_KINDS.get(w).equals("Facility")
                          && !w.contains("провод")
                          && !w.contains("_")
                          && !w.equals("магистрал")
                          && !w.equals("баз")
                          && !w.endsWith("порт"),
                  "[а-яё]{0,3}")
              + ")\\s+(?![А-ЯЁ][а-яё]*(?:ый|ий|ой|ая|ое|ые|ых|ого|ому|ым)(?![\\p{L}-]))"
              + "([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*)(?![\\p{L}-])(?!\\s+[А-ЯЁA-Z])");

  /**
   * Russian: a site named right after its facility word, without quotes (на полигоне Харб-Майдон,
   * аэродром Гисар): one capitalised word, hyphens kept; none when another capitalised word
   * follows. The name alone is the span (the kind word takes the case, the name stays as it is),
   * labelled Facility.
   */
  static List<TypedName> russianFacilityNames(String text) {
    List<TypedName> out = new ArrayList<>();
    Matcher m = RU_FACILITY_NAMED.matcher(text);
    while (m.find()) {
      out.add(new TypedName(m.start(1), m.end(1), "Facility"));
    }
    return out;
  }

  /** English kind nouns (kind-words.tsv) before a capitalised name, with the label each gives. */
  private static final Map<String, String> EN_KINDS =
      kinds("en_", List.of("Company", "Organization", "Initiative", "Facility"));

  /**
   * An English kind noun right before a capitalised name (the Chinese company Sinoenergo, the
   * militant group Jamaat Vahdat, state oil company Turkmennebit) and Exercise before an exercise's
   * name (Exercise Southern Shield 2023): the noun says what the name is.
   */
  private static final Pattern EN_KIND_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}'’-])("
              + String.join("|", EN_KINDS.keySet())
              + ")\\s+"
              + "((?!(?:The|A|An|In|On|At|By|Of|For|With|And|But|As|To|From|Has|Have|Had|Is|Was|Were"
              + "|Said|Says|President|Chairman|Chief|CEO|Director|Minister|Head|Monday|Tuesday"
              + "|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
              + "|July|August|September|October|November|December)\\b)"
              + "[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,3}(?:\\s+\\d{4})?)(?![\\p{L}'’])");

  /**
   * Names an English kind noun stands right before (the Russian firm Tashneft, the militant group
   * Jamaat Vahdat, Exercise Southern Shield 2023), labelled by the noun: a company's word gives
   * Company, a group's Organization, Exercise an Initiative, Camp a Facility (a capitalised kind
   * word is part of the name and stays in it: Exercise …, Camp Stronghold Freedom). A sentence's
   * capitalised words after a lower-case kind noun are a name, since English writes the common
   * words after it in lower case. Returns spans of the name.
   */
  static List<TypedName> englishKindNames(String text) {
    List<TypedName> out = new ArrayList<>();
    Matcher m = EN_KIND_BEFORE.matcher(text);
    while (m.find()) {
      String kind = m.group(1);
      String label = EN_KINDS.get(kind);
      // the pattern's look-behind already keeps a kind word from ending a longer word
      int b = Character.isUpperCase(kind.charAt(0)) ? m.start(1) : m.start(2);
      out.add(new TypedName(b, m.end(2), label));
    }
    return out;
  }

  /** {@link #typedNames(String, boolean[], List)} with nothing claimed and no tags (for tests). */
  static List<TypedName> typedNames(String text) {
    return typedNames(text, new boolean[text.length()], List.of());
  }

  /** Whether the token at char {@code begin} is tagged a proper noun (no tags: assumed so). */
  private static boolean properNoun(List<org.cagraph.nlp.Token> tokens, int begin) {
    for (org.cagraph.nlp.Token t : tokens) {
      if (t.begin() == begin) {
        return t.pos() == null || t.pos().startsWith("NNP");
      }
    }
    return tokens.isEmpty();
  }

  /** Whether a token in [b, e) is tagged a finite verb (VBZ, VBP, VBD). */
  private static boolean finiteVerb(List<org.cagraph.nlp.Token> tokens, int b, int e) {
    return tokens.stream()
        .anyMatch(
            t ->
                t.begin() >= b
                    && t.end() <= e
                    && t.pos() != null
                    && (t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("VBD")));
  }

  /** Whether {@code at} stands inside double quotes (an odd number of them opened before it). */
  private static boolean quoted(String text, int at) {
    int open = 0;
    for (int k = 0; k < at; k++) {
      char ch = text.charAt(k);
      if (ch == '“') {
        open++;
      } else if (ch == '”') {
        open = Math.max(0, open - 1);
      } else if (ch == '"') {
        open = open == 0 ? 1 : 0;
      }
    }
    return open > 0;
  }

  /**
   * {@link #eventNames(String, boolean[])} with nothing claimed (for tests of the shapes alone).
   */
  static List<int[]> eventNames(String text) {
    return eventNames(text, new boolean[text.length()]);
  }

  /** Every letter of [b, e) is claimed by a known name or region, and there is one. */
  private static boolean known(String text, boolean[] claimed, int b, int e) {
    boolean any = false;
    for (int k = b; k < e; k++) {
      if (Character.isLetter(text.charAt(k))) {
        if (k >= claimed.length || !claimed[k]) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static final String ZH_EVENT =
      "(?:元首|首腦|首脑|領導人|领导人|外長|外长|國防部長|国防部长)?(?:高峰會|高峰会|峰會|峰会|論壇|论坛|聯合演習|联合演习|軍事演習|军事演习|演習|演习|軍演|军演|對話|对话|會晤|会晤)";

  /** kind-words.tsv ru_event: the stems of the kinds of event and programme (саммит, учени …). */
  private static final List<String> RU_EVENT_STEMS =
      java.util.Arrays.stream(KIND_WORDS.written("ru_event").split("\\|"))
          .map(e -> e.split("=")[0])
          .toList();

  /**
   * The kinds of event and programme a Russian quoted name follows or precedes, as they follow a
   * preposition (на саммите «…»)…
   */
  private static final String RU_EVENT_KIND = "(?:" + String.join("|", RU_EVENT_STEMS) + ")[а-яё]*";

  /** … and with a capital too (Учения «Взаимодействие» прошли…). */
  private static final String RU_EVENT =
      "(?:"
          + RU_EVENT_STEMS.stream()
              .map(
                  w ->
                      "[" + Character.toUpperCase(w.charAt(0)) + w.charAt(0) + "]" + w.substring(1))
              .collect(java.util.stream.Collectors.joining("|"))
          + ")[а-яё]*";

  /**
   * A word between a kind and its quoted name: a lower-case one (совместные учения «…») or the
   * abbreviation of the bloc or state that holds the event (учения ОДКБ «Взаимодействие-2021»,
   * саммит СНГ «…»).
   */
  private static final String RU_EVENT_BETWEEN = "(?:[а-яё-]+|[А-ЯЁ]{2,6})";

  private static final Pattern RU_EVENT_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])(" + RU_EVENT_KIND + ")(?:\\s+" + RU_EVENT_BETWEEN + "){0,2}\\s+$");

  private static final Pattern RU_EVENT_AFTER = Pattern.compile("^\\s+(" + RU_EVENT_KIND + ")");

  /** kind-words.tsv ru_event: each stem's nominative (учени → учения). */
  private static final Map<String, String> RU_EVENT_NOMINATIVE = new LinkedHashMap<>();

  static {
    for (String e : KIND_WORDS.written("ru_event").split("\\|")) {
      String[] p = e.split("=");
      RU_EVENT_NOMINATIVE.put(p[0], p.length > 1 ? p[1] : p[0]);
    }
  }

  /**
   * A quoted name with its kind before or after it (учения «Рубеж-2024», совместных учений
   * «Взаимодействие», на форуме «Россия — Исламский мир», «Мирная миссия» учения): the name, then
   * its kind in the nominative («Рубеж-2024» учения, «Россия — Исламский мир» форум), so that a
   * later bare учения, форум or саммит of the document finds it by its kind; null for any other
   * name.
   */
  static String eventWithKind(String text, int b, int e) {
    if (b >= e || text.charAt(b) != '«') {
      return null;
    }
    Matcher before = RU_EVENT_BEFORE.matcher(text.substring(Math.max(0, b - 40), b));
    Matcher after = RU_EVENT_AFTER.matcher(text.substring(e));
    String kind = before.find() ? before.group(1) : after.find() ? after.group(1) : null;
    if (kind == null) {
      return null;
    }
    String word = kind.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> k : RU_EVENT_NOMINATIVE.entrySet()) {
      if (word.matches(k.getKey() + "[а-яё]*")) {
        return text.substring(b, e) + " " + k.getValue();
      }
    }
    return null;
  }

  /** учения «Взаимодействие», «Мирная миссия» учения, саммит «Корея — Центральная Азия». */
  private static final Pattern EVENT_QUOTED_RU =
      Pattern.compile(
          "(?<![\\p{L}])(?:"
              + RU_EVENT
              + "(?:\\s+"
              + RU_EVENT_BETWEEN
              + "){0,2}\\s+(«[^«»]{3,60}»)|(«[^«»]{3,60}»)\\s+"
              + RU_EVENT
              + ")");

  /**
   * 歐盟—中亞峰會, EU–Central Asia summit, саммит ЕС — Центральная Азия: two parties joined by a dash,
   * each a known name or region (checked against what the linker claimed).
   */
  private static final Pattern EVENT_PAIR =
      Pattern.compile(
          "(([\\p{IsHan}]{2,8}?|[A-Z][\\p{L}]*(?: [A-Z][\\p{L}]*){0,2})\\s?[—–-]\\s?"
              + "([\\p{IsHan}]{2,6}?|[A-Z][\\p{L}]*(?: [A-Z][\\p{L}]*){0,2})"
              + "(?:(?:合作|伙伴|夥伴)?"
              + ZH_EVENT
              + "|\\s+(?:[Ss]ummit|[Ff]orum|[Dd]ialogue|[Ff]ormat)(?![\\p{L}])))");

  /** саммит ЕС — Центральная Азия: the kind, then two parties joined by a dash. */
  private static final Pattern EVENT_PAIR_RU =
      Pattern.compile(
          "(?<![\\p{L}])(?:[Сс]аммит|[Фф]орум|[Дд]иалог|[Фф]ормат)[а-яё]*\\s+"
              + "(([А-ЯЁA-Z][\\p{L}]*(?: [А-ЯЁ][а-яё]*)?)\\s?[—–-]\\s?([А-ЯЁA-Z][\\p{L}]*(?: [А-ЯЁ][а-яё]*)?))(?![\\p{L}])");

  /**
   * The Astana International Forum, the Steppe Eagle exercise: capitalised words, then the kind (an
   * exercise in lower case: "How China Exercises Influence" is a title); an exercise's kind may
   * follow a word or two of what kind of exercise it is (the Zenit-2031 strategic manoeuvres, the
   * Cobalt Shield joint drills: kind-words.tsv en_exercise_modifiers).
   */
  private static final Pattern EVENT_EN =
      Pattern.compile(
          "(?<![\\p{L}])(("
              + Discovery.EN_WORD
              + "(?:\\s+(?:of|on|for|and)?\\s*"
              + Discovery.EN_WORD
              + "){0,5})(?:(?:\\s+(?:"
              + KIND_WORDS.written("en_exercise_modifiers")
              + ")){0,2}\\s+(?:"
              + KIND_WORDS.written("en_exercise_kinds")
              + ")|\\s+(?:"
              + KIND_WORDS.written("en_event_kinds")
              + ")))(?![\\p{L}])");

  /**
   * A name's last word ending in a hyphen and a lower-case word (Soviet-era, NATO-led, US-backed,
   * Chinese-style): an adjective describing the event, no name of it.
   */
  private static final Pattern DESCRIBING_LAST_WORD = Pattern.compile("-[a-z]+$");

  /**
   * Whether the name at [b, e) is a known name after one or two words that describe it: a
   * possessive or an adjective in -led, -backed, -hosted … (Russia's Tsentr-2019, the Russian-led
   * Kavkaz-2020 exercise). The linker has the known name; the words before it name no event.
   */
  static boolean knownAfterDescription(String text, boolean[] claimed, int b, int e) {
    int at = b;
    for (int words = 0; words < 2; words++) {
      int space = text.indexOf(' ', at);
      if (space < 0 || space >= e) {
        return false;
      }
      if (!DESCRIBING_WORD.matcher(text.substring(at, space)).matches()) {
        return false;
      }
      at = space + 1;
      if (known(text, claimed, at, e)) {
        return true;
      }
    }
    return false;
  }

  /** A word describing an event before its name: a possessive, or NATO-led, US-backed. */
  private static final Pattern DESCRIBING_WORD =
      Pattern.compile(
          "[\\p{L}.-]+(?:['’]s|s['’]|-(?:led|backed|sponsored|hosted|organised|organized|run|initiated))");

  /** Words that make a kind of meeting, not its name: the First Summit, the Annual Forum. */
  private static final Pattern EVENT_EN_GENERIC =
      Pattern.compile(
          "(?i)(first|second|third|annual|joint|military|regional|international|global|economic|security|business|\\d{4}|[ \\d]+)+");

  private static boolean latin(String text, int[] span) {
    return text.substring(span[0], span[1]).chars().allMatch(ch -> ch < 0x250);
  }

  /**
   * Agreements named without 「」 or 《》, as news and encyclopaedias name them: described in Chinese
   * (關於三國邊界交匯點的條約), in title case in English (the Astana Declaration, the Treaty on Eternal
   * Friendship), in «» or described in Russian (соглашение о создании Тюркского инвестиционного
   * фонда). A description with nothing particular in it (a cooperation agreement, 關於合作的協定) names no
   * agreement. Returns [begin, end) spans in the sentence.
   */
  static List<int[]> agreementNames(String text) {
    List<int[]> out = new ArrayList<>();
    for (Pattern p : List.of(EN_TITLED, RU_QUOTED, RU_DESCRIBED)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int b = m.start(1);
        int e = m.end(1);
        if (p == RU_QUOTED && !RU_AGREEMENT_WORD.matcher(m.group()).find()) {
          continue; // «Россия — Центральная Азия» is a summit's name
        }
        if (p == RU_DESCRIBED) {
          String topic = m.group(2);
          boolean particular =
              topic.codePoints().anyMatch(Character::isUpperCase)
                  || topic.strip().split("\\s+").length >= 3;
          if (!particular || REFERRING_RU.matcher(topic).find()) {
            continue;
          }
        }
        if (out.stream().noneMatch(o -> o[0] < e && b < o[1])) {
          out.add(new int[] {b, e});
        }
      }
    }
    return out;
  }

  /**
   * Russian agreements named after a place, in any case: Ташкентская декларация, Душанбинской
   * декларации, Алма-Атинский протокол, Ашхабадское соглашение: a capitalised adjective in -ск-
   * then the kind. A state's adjective (Казахстанско-российский договор) is a known name the caller
   * skips; a joint or new declaration (Совместная декларация) has no -ск-. Returns [begin, end)
   * spans.
   */
  static List<int[]> russianTitledAgreements(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = RU_TITLED.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(1), m.end(1)});
    }
    return out;
  }

  private static final Pattern RU_TITLED =
      Pattern.compile(
          "(?<![\\p{L}])([А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]*)?ск(?:ая|ой|ую|ое|ого|ому|им|ом|ий|ым)\\s+"
              + "(?:декларац(?:ия|ии|ию|ией)|хартия|хартии|хартию|хартией|конвенц(?:ия|ии|ию|ией)"
              + "|договор(?:а|у|ом|е)?|соглашени(?:е|я|ю|ем|и)|меморандум(?:а|у|ом|е)?|протокол(?:а|у|ом|е)?"
              + "|пакт(?:а|у|ом|е)?))(?![\\p{L}])");

  /**
   * Russian regions named by their adjective, in any case: Амурская область, в Ферганской области,
   * Ошскую область. Returns [begin, end) spans.
   */
  static List<int[]> russianRegions(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = RU_REGION.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(1), m.end(1)});
    }
    return out;
  }

  private static final Pattern RU_REGION =
      Pattern.compile(
          "(?<![\\p{L}-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ск|цк)(?:ая|ой|ую|ою)\\s+"
              + "област(?:ь|и|ью)"
              // a district, named by its adjective as a region is: Алайский район, в Раштском
              // районе
              + "|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ск|цк)(?:ий|ого|ому|им|ом)\\s+"
              + "район(?:а|у|ом|е)?)(?![\\p{L}])");

  /**
   * A settlement named after its kind word: Russian город, посёлок, село, кишлак, аул in any case
   * before a capitalised word (город Приозёрск, в городе Кара-Балте, посёлок Ак-Тюз), English city,
   * town or village of before capitalised words (the town of Priozersk). The kind word says what
   * the name is, and the name ends where the capitalised word does; none when another capitalised
   * word follows it (where the name ends is a guess: город Нижний Новгород is read by the gazetteer
   * or not at all). Returns [begin, end) spans of the name.
   */
  static List<int[]> settlementNames(String text) {
    List<int[]> out = new ArrayList<>();
    for (Pattern p : List.of(RU_SETTLEMENT, EN_SETTLEMENT)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        out.add(new int[] {m.start(1), m.end(1)});
      }
    }
    return out;
  }

  private static final Pattern RU_SETTLEMENT =
      Pattern.compile(
          "(?<![\\p{L}-])(?:город(?:а|е|у|ом)?|пос[её]л(?:ок|ка|ке|ку|ком)|сел(?:о|а|е|у|ом)"
              + "|деревн(?:я|и|е|ю|ей)|кишлак(?:а|е|у|ом)?|аул(?:а|е|у|ом)?)\\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*)(?![\\p{L}-])"
              + "(?!\\s+[А-ЯЁ])");

  private static final Pattern EN_SETTLEMENT =
      Pattern.compile(
          "(?<![\\p{L}-])(?:city|town|village|settlement|hamlet|enclave|exclave)\\s+of\\s+"
              + "([A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?:\\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)?)"
              + "(?![\\p{L}'’-])(?!\\s+[A-Z])");

  /**
   * Russian sites named by the adjective of their place, in any case (Шымкентский
   * нефтеперерабатывающий завод, на Кумкольском месторождении, Алмалыкского ГМК, Камбаратинской
   * ГЭС-2): a capitalised adjective in -ский/-цкий, up to two lower-case adjectives, then a site
   * word that says what the name is. Returns [begin, end) spans from the adjective to the site word
   * (and its number). Adjectives of a region rather than a place (Советский, Евразийский,
   * Центральноазиатский) name no site.
   */
  static List<int[]> russianAdjectiveFacilities(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = RU_ADJECTIVE_FACILITY.matcher(text);
    while (m.find()) {
      String adjective = m.group(2).toLowerCase(Locale.ROOT);
      if (RU_GENERIC_ADJECTIVE.matcher(adjective).lookingAt()
          || RU_QUALITY_ADJECTIVE.matcher(adjective).find()) {
        continue;
      }
      out.add(new int[] {m.start(1), m.end(1)});
    }
    return out;
  }

  private static final String RU_ADJECTIVE_ENDING =
      "(?:ий|ый|ого|ому|им|ым|ом|ем|ая|ой|ей|ую|ою|ое|ее|его|ему|ие|ые|их|ых|ими|ыми)";

  private static final Pattern RU_ADJECTIVE_FACILITY =
      Pattern.compile(
          "(?<![\\p{L}-])(([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?:ск|цк)"
              + RU_ADJECTIVE_ENDING
              + ")(?:\\s+[а-яё]+(?:-[а-яё]+)?"
              + RU_ADJECTIVE_ENDING
              + "){0,2}\\s+(?:ГЭС|АЭС|ТЭЦ|НПЗ|ГОК|ГМК"
              + "|(?:завод|комбинат|аэропорт|рудник|полигон|космодром|газопровод|нефтепровод|канал)"
              + "(?:а|у|ом|е)?|месторождени(?:е|я|ю|ем|и)|водохранилищ(?:е|а|у|ем)"
              + "|электростанци(?:я|и|ю|ей)|плотин(?:а|ы|е|у|ой))(?:-\\d+)?)(?![\\p{L}\\d])");

  /**
   * Adjectives in -ческий (металлургический, стратегический, химический): of a trade or a quality,
   * never of a place; capitalised only as a sentence's first word (Металлургический комбинат в
   * Темиртау остановил работу), where they name no site.
   */
  private static final Pattern RU_QUALITY_ADJECTIVE = Pattern.compile("ческ[а-яё]+$");

  /** Adjectives of a region, a bloc or an era, not of a place: no site is named by them. */
  private static final Pattern RU_GENERIC_ADJECTIVE =
      Pattern.compile(
          "(?:советск|европейск|азиатск|центральноазиатск|среднеазиатск|евразийск|арабск|тюркск"
              + "|славянск|исламск|христианск|президентск|городск|сельск|морск|горск|военно)");

  /** A site's number after its word (ГЭС-2). */
  private static final Pattern SITE_NUMBER = Pattern.compile("-\\d+$");

  /**
   * Stems of adjectives stressed on the ending, found in site names (золотой рудник, Большой канал,
   * нефтяной промысел, полевой аэродром): the masculine nominative is -ой, not -ый/-ий, which no
   * other case form shows (на золотом руднике). The written forms give no stress, so a short list.
   */
  private static final Pattern RU_STRESSED_ENDING =
      Pattern.compile(
          "(?:золот|больш|молод|голуб|нефтян|миров|боев|полев|берегов|ледян|водян|стальн)");

  /**
   * A site named by its place's adjective, in the nominative, whatever its case in the text:
   * Шымкентского нефтеперерабатывающего завода → Шымкентский нефтеперерабатывающий завод,
   * Кумкольском месторождении → Кумкольское месторождение, Камбаратинской ГЭС-2 → Камбаратинская
   * ГЭС-2 (the site word's gender gives the adjectives' ending).
   */
  static String russianFacilityNominative(String name) {
    String[] w = name.strip().split("\\s+");
    String head = w[w.length - 1];
    String number = "";
    Matcher n = SITE_NUMBER.matcher(head);
    if (n.find()) {
      number = n.group();
      head = head.substring(0, n.start());
    }
    String gender;
    String nominative;
    if (head.matches("ГЭС|АЭС|ТЭЦ|электростанци.*|плотин.*")) {
      gender = "f";
      nominative =
          head.startsWith("электростанци")
              ? "электростанция"
              : head.startsWith("плотин") ? "плотина" : head;
    } else if (head.startsWith("месторождени") || head.startsWith("водохранилищ")) {
      gender = "n";
      nominative = head.startsWith("месторождени") ? "месторождение" : "водохранилище";
    } else {
      gender = "m";
      nominative = head.matches("НПЗ|ГОК|ГМК") ? head : head.replaceAll("(?:а|у|ом|е)$", "");
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length - 1; i++) {
      String stem = w[i].replaceAll(RU_ADJECTIVE_ENDING + "$", "");
      boolean soft = stem.matches(".*[кгхжшщч]$");
      boolean hushing = stem.matches(".*[жшщч]$");
      boolean stressed = RU_STRESSED_ENDING.matcher(stem.toLowerCase(Locale.ROOT)).matches();
      String ending =
          switch (gender) {
            case "f" -> "ая";
            case "n" -> hushing && !stressed ? "ее" : "ое";
            default -> stressed ? "ой" : soft ? "ий" : "ый";
          };
      b.append(stem).append(ending).append(' ');
    }
    return b.append(nominative).append(number).toString();
  }

  /** A Russian region in the nominative: Амурской области → Амурская область. */
  static String russianRegionNominative(String name) {
    String[] w = name.strip().split("\\s+");
    if (w.length == 2 && w[1].startsWith("район")) {
      return w[0].replaceAll("(?:ий|ого|ому|им|ом)$", "") + "ий район";
    }
    return w[0].replaceAll("(?:ая|ой|ую|ою)$", "") + "ая область";
  }

  /**
   * A place-named Russian agreement in the nominative, whatever its case in the text: Ташкентской
   * декларации → Ташкентская декларация, Ашхабадским соглашением → Ашхабадское соглашение.
   */
  static String russianNominative(String name) {
    String[] w = name.strip().split("\\s+");
    if (w.length != 2) {
      return name.strip();
    }
    String noun = w[1].toLowerCase(Locale.ROOT);
    String adj = w[0].replaceAll("(?:ая|ой|ую|ое|ого|ому|им|ом|ий|ым)$", "");
    if (noun.startsWith("декларац") || noun.startsWith("конвенц") || noun.startsWith("харти")) {
      return adj + "ая " + noun.replaceAll("(?:ия|ии|ию|ией)$", "") + "ия";
    }
    if (noun.startsWith("соглашени")) {
      return adj + "ое соглашение";
    }
    return adj + "ий " + noun.replaceAll("(?:а|у|ом|е)$", "");
  }

  /**
   * The case-free key of a Russian name: each word's stem (Ташкентской декларации → ташкентск
   * декларац).
   */
  static String russianKey(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : Linker.key(name).split("\\s+")) {
      b.append(b.length() == 0 ? "" : " ").append(CyrillicNames.stem(w));
    }
    return b.toString();
  }

  /**
   * Where an English description ends when a state stands in its topic (an agreement on the
   * demarcation of the Kazakh–Turkmen border): before the state and the words that lead to it, so
   * that the state's own mention (its border) stays, when what is left is still particular (an
   * agreement on the demarcation); else its end.
   */
  static int stateInTopic(String text, int[] span, int topic, List<Mention> mentions) {
    int cut =
        mentions.stream()
            .filter(m -> m.actor().label().equals("Country"))
            .filter(m -> m.begin() >= topic && m.begin() < span[1])
            .mapToInt(Mention::begin)
            .min()
            .orElse(-1);
    if (cut < 0) {
      return span[1];
    }
    Matcher lead = TOPIC_LEAD.matcher(text.substring(span[0], cut));
    int end = lead.find() ? span[0] + lead.start() : cut;
    return particular(Linker.key(text.substring(span[0], end))) ? end : span[1];
  }

  /** The words that lead a topic to a state: of the, on the, between. */
  private static final Pattern TOPIC_LEAD =
      Pattern.compile("(?:\\s+(?:the|a|an|of|on|for|between|with))*\\s*$");

  private static boolean overlapsAny(List<int[]> spans, int[] span) {
    return spans.stream().anyMatch(o -> o[0] < span[1] && span[0] < o[1]);
  }

  /**
   * Where the topic of an English description begins (after its kind word and on, for or of: the
   * agreement on | the Kambarata-1 hydropower plant), or its end when it states none or is not
   * English.
   */
  static int englishTopicStart(String text, int[] span) {
    String d = text.substring(span[0], span[1]);
    Matcher ru = RU_KIND_TOPIC.matcher(d);
    if (ru.lookingAt()) {
      return span[0] + ru.end(); // соглашение о | статусе российской авиабазы
    }
    if (d.codePoints()
        .anyMatch(
            c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
      return span[1]; // Latin letters with dashes and quotes (the Kazakh–Kyrgyz border): English
    }
    Matcher m = EN_KIND_TOPIC.matcher(d.toLowerCase(java.util.Locale.ROOT));
    return m.find() ? span[0] + m.end() : span[1];
  }

  /** Marks (as pseudo-candidates, so that {@link #absorb} carries them) a described agreement … */
  static final String DESCRIBED = "\u0000described:";

  /** … and the sentences where its description, signed or not, was seen. */
  static final String SEEN = "\u0000seen:";

  /**
   * … and, per paper, the description signed there with the parties its sentence names: where two
   * papers write the same words (a border treaty, 國界條約, соглашение о свободной торговле), each
   * paper's signed description is an agreement of that paper alone ({@link Actor#paper}), named by
   * its parties (Kyrgyzstan-Tajikistan border treaty), so that its signers' facts are read and a
   * later reference in the paper (the treaty, этот договор) finds it, while no node stands for two
   * papers' agreements. Only with a party named in its sentence: the words alone are anyone's. Not
   * in Chinese: 國界條約 and the like scoped so added two false hits on each held-out set's Simplified
   * Chinese and no true one (measured).
   */
  static final String SCOPED = "\u0000scoped:";

  /**
   * A discovered actor's id from its slug, numbered where an earlier discovery holds it (kant_2),
   * and taken into {@code ids}; null for an empty slug.
   */
  private static String claim(String id, Set<String> ids) {
    if (id.isEmpty()) {
      return null;
    }
    String unique = id;
    for (int n = 2; ids.contains(unique); n++) {
      unique = id + "_" + n;
    }
    ids.add(unique);
    return unique;
  }

  /** Marks a bare agreement word of one paper that {@link #bareSignedZh} reads. */
  static final String BARE = "\u0000bare:";

  /**
   * Chinese: a signing, a bare agreement word, then a clause stating what it does (兩國簽署協定，將該師改編為
   * 基地; 簽署協議，規定…): a new agreement the sentence describes after it, not one named before. Not one
   * planned or hoped for (計劃簽署協議，將…), and not a word of a longer name (協議書, 協定的).
   */
  private static final Pattern BARE_SIGNED_ZH =
      Pattern.compile(
          "(?<!计划|计画|准备|打算|有望|可望|拟|将|决定|同意|希望|未能|尚未|没有|未|不)"
              + "(?:签署|签订|签定|缔结)了?(?:一项|一份)?(协定|协议|条约)"
              + "(?=[，,](?:将|使|把|规定|允许|同意|由|确定|决定|以))");

  /**
   * The [begin, end) spans of the agreement words {@link #BARE_SIGNED_ZH} reads in {@code text}.
   */
  static List<int[]> bareSignedZh(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = BARE_SIGNED_ZH.matcher(Linker.key(text));
    while (m.find()) {
      out.add(new int[] {m.start(1), m.end(1)});
    }
    return out;
  }

  /**
   * Agreements described rather than named, where a signing verb governs the description: the
   * description first, then signed or ratified (a free trade treaty signed in 2011 by …; Соглашение
   * о продлении ратифицировали; Соглашение о базе, подписанное …), the verb first (ratified a
   * border agreement; подписали соглашение о свободной торговле; an English one only without a
   * topic after on or of, whose end is a guess), or 簽署 before a Chinese description (簽署了中吉烏鐵路政府間協定,
   * 簽署了關於…的聯合聲明; {@link #observe} keeps a Chinese one only when it holds a known name or states its
   * topic with 關於). A description with nothing particular in it (an agreement, a new cooperation
   * agreement, 合作協議, 諒解備忘錄, соглашение о сотрудничестве), many agreements (多項協定) or one PARTNER_OF
   * reads (a treaty on allied relations) names none. The same words name different agreements in
   * different papers (a border agreement): {@link #actors()} keeps a description only when it was
   * seen in one paper, so that one node never stands for two papers' agreements; its id is its
   * words (romanised). Returns [begin, end) spans in the sentence.
   */
  static List<int[]> describedAgreements(String text) {
    List<int[]> out = new ArrayList<>();
    String k = Linker.key(text);
    for (Pattern p :
        List.of(
            EN_DESCRIBED_PASSIVE,
            EN_DESCRIBED_DEFINITE,
            EN_DESCRIBED_ACTIVE,
            EN_DESCRIBED_TOPIC,
            RU_DESCRIBED_SIGNED,
            RU_DESCRIBED_ACTIVE,
            ZH_DESCRIBED)) {
      Matcher m = p.matcher(k);
      while (m.find()) {
        int g = m.group(1) != null ? 1 : 2;
        int b = m.start(g);
        int e = m.end(g);
        if (!particular(k.substring(b, e)) || REFERRING_RU.matcher(k.substring(b, e)).find()) {
          continue;
        }
        if (out.stream().noneMatch(o -> o[0] < e && b < o[1])) {
          out.add(new int[] {b, e});
        }
      }
    }
    return out;
  }

  /**
   * The keys of every agreement description in a sentence, signed or not, with its shorter forms (a
   * new border agreement: also border agreement): where {@link #describedAgreements} words occur.
   */
  static List<String> descriptionKeys(String text) {
    List<String> out = new ArrayList<>();
    String k = Linker.key(text);
    Matcher m = EN_DESCRIPTION.matcher(k);
    while (m.find()) {
      String mods = m.group(1) == null ? "" : m.group(1);
      String head = m.group(2);
      String topic = m.group(3) == null ? "" : m.group(3);
      String[] w = mods.isBlank() ? new String[0] : mods.strip().split("\\s+");
      for (int i = 0; i <= w.length; i++) {
        String rest = String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
        String base = (rest.isEmpty() ? "" : rest + " ") + head;
        out.add(base);
        if (!topic.isEmpty()) {
          out.add(base + topic);
        }
      }
    }
    Matcher z = ZH_DESCRIPTION.matcher(k);
    while (z.find()) {
      String d = z.group(1);
      for (int i = 0; i + 2 <= d.length(); i++) {
        out.add(d.substring(i)); // 中吉乌铁路政府间协定: also 铁路政府间协定, 政府间协定
      }
    }
    Matcher r = RU_DESCRIPTION.matcher(k);
    while (r.find()) {
      out.add(r.group(1));
    }
    return out;
  }

  /**
   * A Russian pronoun or demonstrative inside a description, or a Chinese description opening with
   * one (該鐵路的框架協定, 这条管道的协定, 上述协定) (соглашение о её размещении, соглашение о подготовке обоснования
   * этой магистрали, договор об аренде которого): the topic refers back to something named before,
   * so the words name no agreement of their own.
   */
  private static final Pattern REFERRING_RU =
      Pattern.compile(
          "(?<![а-яё])(?:е[её]|его|их|эт(?:от|а|о|и|ого|ой|ому|им|ом|у|их|ими)|данн(?:ого|ой|ых|ому|ым)"
              + "|так(?:ого|ой|их)|котор(?:ого|ой|ых)|сво(?:его|ей|их))(?![а-яё])"
              + "|^(?:该|此|这|這|上述)");

  /** Words that make no agreement particular: a new bilateral cooperation agreement, 合作協議. */
  private static final Pattern GENERIC_DESCRIPTION =
      Pattern.compile(
          "(?:\\s|\\b(?:new|bilateral|trilateral|multilateral|several|two|three|four|five|six|separate|similar"
              + "|further|formal|final|historic|landmark|important|major|key|relevant|such|other|another|first"
              + "|second|same|joint|cooperation|comprehensive|general|basic|broad|wide-ranging|additional"
              + "|intergovernmental|interstate|long-term|strategic|partnership|and|of|on|for|the"
              + "|treaty|treaties|agreements?|accords?|declaration|convention|charter|protocol|memorandum"
              + "|understanding|pact|contracts?|deals?|roadmaps?|road|map|\\d{1,3}-year)\\b"
              + "|关于|的|合作|经济|军事|安全|能源|投资|贸易|技术|双边|多边|三边|一系列|系列|多项|一项|一份|两份|相关|有关|各项|新|该|此|这|两国|双方|三国|三方"
              + "|政府间|国家间|谅解|框架|战略|伙伴关系|全面|协定|条约|协议|备忘录|联合|声明|宣言|公约|议定书"
              + "|соглашени[а-яё]*|договор(?![иёюя])[а-яё]*|меморандум[а-яё]*|деклараци[а-яё]*|конвенци[а-яё]*|протокол[а-яё]*"
              + "|\\b(?:о|об|и|в|по)\\b|сотрудничеств[а-яё]*|партн[её]рств[а-яё]*|стратегическ[а-яё]*"
              + "|взаимопонимани[а-яё]*|дружб[а-яё]*|основ[а-яё]*)+");

  /**
   * What makes a description no one agreement's: many of them (多項軍事合作協定, 100多份合作協議, a series of), a
   * pronoun for its topic (декларация об этом), or words of alliance and partnership (a treaty on
   * allied relations, 戰略夥伴關係協定, 聯盟關係條約), which PARTNER_OF reads in the phrase itself; a bloc's name
   * ending in 聯盟 (關於歐亞經濟聯盟與…對接合作的聯合聲明) is a topic like another.
   */
  private static final Pattern NOT_ONE_AGREEMENT =
      Pattern.compile(
          "^(?!(?:19|20)\\d\\d\\s)(?!\\d{1,3}-year\\s)[\\d０-９]|多项|多份|数项|数份|几项|若干|一批|一些|一系列|系列|各领域|各项|各类|份|项"
              + "|同盟|联盟(?:关系|条约|协定)|盟友|伙伴|战略|友好"
              + "|\\b(?:allied|alliance|allies|partnership|strategic|friendship|several|various|numerous|series"
              + "|billion|million|dollars?|[a-z-]*-dollar)\\b"
              + "|(?<![а-яё])(?:этом|этой|этих|этого|том|нём|ней|них|всём|чём)(?![а-яё])"
              + "|союзническ|союзн|партн[её]рств|стратегическ|дружб");

  /**
   * The plain present of a chronology or a headline (Uzbekistan and Turkmenistan sign a treaty on
   * …): not after to, a modal or a negation (plan to sign, will sign, did not sign), which sign
   * nothing yet.
   */
  private static final String EN_SIGN_PRESENT =
      "(?<!\\bto\\s)(?<!\\bwill\\s)(?<!\\bwould\\s)(?<!\\bcould\\s)(?<!\\bmay\\s)(?<!\\bmight\\s)"
          + "(?<!\\bmust\\s)(?<!\\bshould\\s)(?<!\\bnot\\s)(?<!n't\\s)(?<!\\bcan\\s)(?<!\\bshall\\s)"
          + "(?<!\\bdid\\s)(?<!\\bdo\\s)(?<!\\bnever\\s)sign";

  /** Whether a description keeps something particular once its generic words are gone. */
  static boolean particular(String description) {
    if (NOT_ONE_AGREEMENT.matcher(description).find()) {
      return false;
    }
    String rest = GENERIC_DESCRIPTION.matcher(description).replaceAll("");
    return rest.codePoints().filter(Character::isLetter).count() >= 2;
  }

  private static final String EN_KIND =
      "(treaty|agreement|accord|declaration|convention|charter|protocol|memorandum of understanding"
          + "|memorandum|pact|contract|deal|roadmap|road map)";

  /**
   * A Russian kind word, о or об and the first word of its topic (соглашение о статусе | российской
   * авиабазы): the first word, a noun of the topic, stays free of names, the words after it may
   * hold the state, the base or the place the agreement is about ({@link #englishTopicStart}).
   */
  private static final Pattern RU_KIND_TOPIC =
      Pattern.compile(
          "(?iu)(?:договор(?![иёюя])|соглашени|меморандум|деклараци|конвенци|протокол)[а-яё]*"
              + "\\s+(?:о|об)\\s+[а-яё-]+\\s+");

  /** A kind word and the word that opens its topic ({@link #englishTopicStart}). */
  private static final Pattern EN_KIND_TOPIC =
      Pattern.compile("(?<![\\p{L}])" + EN_KIND + "\\s+(?:on|for|of)\\s+");

  /** A word that can modify an agreement word: not an article, a determiner or a function word. */
  private static final String EN_MOD =
      "(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|any|each|every|no|which|who|whose|what"
          + "|to|of|on|in|at|by|for|with|from|as|and|or|but|signed|ratified|concluded|was|were|is|are"
          + "|been|be|has|have|had|not|never|also|later|then)\\b)[a-z][a-z'’-]*";

  /**
   * A year before the agreement word (signed a 2015 agreement on visa-free travel): kept in the
   * description, so that two years' agreements of one topic and parties stay two.
   */
  private static final String EN_YEAR = "(?:(?:19|20)\\d\\d\\s+|\\d{1,3}-year\\s+)";

  /**
   * The partner between the signing verb and the description (signed with Azerbaijan a memorandum
   * on …): up to four words after with, none an article, a pronoun or a verb, then the article.
   */
  private static final String EN_WITH_PARTY =
      "(?:with\\s+(?:the\\s+)?(?!(?:a|an|the|it|them|its|their|which|who)\\b)[\\p{L}'’-]+"
          + "(?:\\s+(?!(?:a|an|the|it|them|its|their|which|who|signed|was|were|is|are)\\b)[\\p{L}'’-]+){0,3}"
          + "\\s+)?";

  /** on TAPI, of eternal friendship: up to four words, none a preposition, verb or conjunction. */
  private static final String EN_TOPIC_WORD =
      "(?!(?:in|with|by|at|during|on|for|from|to|between|among|that|which|who|whom|under|was|were|is"
          + "|are|and|but|or|after|before|when|while|as|signed|ratified|concluded|the|a|an|its|their"
          + "|until|since|into|through|over|against|this|it|they|he|she)\\b)[\\p{L}0-9][\\p{L}0-9'’–-]*";

  /**
   * The next word of a topic, perhaps after "of" and an article (the demarcation of the state
   * border, the construction of a small nuclear power plant): not a count or the parties themselves
   * (the interests of the two countries), which make no topic particular.
   */
  private static final String EN_TOPIC_NEXT =
      "\\s+(?:of\\s+(?:the|a|an)\\s+(?!(?:two|three|four|five|six|both|parties|sides|countries|states"
          + "|nations|governments|region|world|same|other)\\b))?"
          + EN_TOPIC_WORD;

  private static final String EN_NP =
      "((?:"
          + EN_YEAR
          + ")?(?:"
          + EN_MOD
          + "\\s+){0,3}?"
          + EN_KIND
          + "(?:\\s+(?:on|of|for)\\s+"
          + EN_TOPIC_WORD
          + "(?:\\s+"
          + EN_TOPIC_WORD
          + "){0,3})?)(?![\\p{L}])";

  /** between Kazakhstan and Afghanistan: up to four words on each side of and. */
  private static final String EN_BETWEEN =
      "(?:\\s+between\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}?\\s+and\\s+"
          + "[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}?)?";

  /**
   * A free trade treaty signed in October 2011 by …; a border agreement, ratified in 2011, …; a
   * border agreement between China and Kazakhstan was signed in 1994 (its parties between it and
   * the verb); a party's own in a whose-clause (Kyrgyzstan, whose accession treaty was signed …).
   */
  private static final Pattern EN_DESCRIBED_PASSIVE =
      Pattern.compile(
          "(?<![\\p{L}])(?:a|an|whose)\\s+"
              + EN_NP
              + EN_BETWEEN
              + "\\s*,?\\s+(?:(?:was|were|had been|has been)\\s+)?(?:signed|ratified|concluded|inked|sealed)"
              + "(?![\\p{L}])");

  /**
   * The agreement on grain exports (between Kazakhstan and Afghanistan) was signed: with the
   * definite article only a description with its topic, whose parties may follow it.
   */
  private static final Pattern EN_DESCRIBED_DEFINITE =
      Pattern.compile(
          "(?<![\\p{L}])the\\s+((?:"
              + EN_MOD
              + "\\s+){0,2}?"
              + EN_KIND
              + "\\s+(?:on|for)\\s+(?:(?:the|a|an)\\s+)?"
              + EN_TOPIC_WORD
              + "(?:"
              + EN_TOPIC_NEXT
              + "){0,5})"
              + EN_BETWEEN
              + "\\s*,?\\s+(?:(?:was|were|had been|has been)\\s+)?"
              + "(?:signed|ratified|concluded|inked|sealed)(?![\\p{L}])");

  /**
   * Signed a border agreement, ratified a free trade treaty: a signing verb, then a description
   * whose modifiers make it particular. Not one with a topic after on, of or for (signed an
   * agreement on transit with …): where its topic ends is a guess, and a description cut in the
   * wrong place names no agreement (written-dev +6 false hits when they were read).
   */
  private static final Pattern EN_DESCRIBED_ACTIVE =
      Pattern.compile(
          "(?<![\\p{L}])(?:signed|signs|"
              + EN_SIGN_PRESENT
              + "|ratified|ratifies|concluded|initialled|initialed|inked|inks|sealed|seals"
              + "|put\\s+(?:their|its|his|her)\\s+(?:names|name|signatures?)\\s+to)\\s+"
              + EN_WITH_PARTY
              + "(?:a|an)\\s+((?:"
              + EN_YEAR
              + ")?(?:"
              + EN_MOD
              + "\\s+){1,3}?"
              + EN_KIND
              + ")(?![\\p{L}])(?!\\s+(?:on|of|for)\\b)");

  /**
   * Signed an agreement on the mutual reduction of armed forces, put their names to a memorandum on
   * water sharing: a signing verb, an agreement word and its topic after on or for, up to the first
   * word that cannot stand in a topic (a preposition but of, a verb, a conjunction) or a mark: a
   * topic cut short is still a part of the agreement's name, one cut long would name no agreement.
   * The definite article too (signed the agreement on cross-border river protection): its topic
   * makes it particular, as it does not without one (signed the border agreement refers back).
   */
  private static final Pattern EN_DESCRIBED_TOPIC =
      Pattern.compile(
          "(?<![\\p{L}])(?:signed|signs|"
              + EN_SIGN_PRESENT
              + "|ratified|ratifies|concluded|initialled|initialed|inked|inks|sealed|seals"
              + "|put\\s+(?:their|its|his|her)\\s+(?:names|name|signatures?)\\s+to)\\s+"
              + EN_WITH_PARTY
              + "(?:a|an|the)\\s+((?:"
              + EN_YEAR
              + ")?(?:"
              + EN_MOD
              + "\\s+){0,2}?"
              + EN_KIND
              + "\\s+(?:on|for)\\s+(?:(?:the|a|an)\\s+)?(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
              + "|january|february|march|april|may|june|july|august|september|october|november|december"
              + "|behalf|paper|\\d)[\\p{L}\\d]*\\b)"
              + EN_TOPIC_WORD
              + "(?:"
              + EN_TOPIC_NEXT
              + "){0,5})(?![\\p{L}])");

  /** Any description in English (for {@link #descriptionKeys}): its modifiers, kind and topic. */
  private static final Pattern EN_DESCRIPTION =
      Pattern.compile(
          "(?<![\\p{L}])((?:"
              + EN_MOD
              + "\\s+){0,3}?)"
              + EN_KIND
              + "((?:\\s+(?:on|of|for)\\s+(?:(?:the|a|an)\\s+)?"
              + EN_TOPIC_WORD
              + "(?:"
              + EN_TOPIC_NEXT
              + "){0,5})?)(?![\\p{L}])");

  private static final String ZH_KIND = "(?:协定|条约|协议|备忘录|联合声明|声明|宣言|公约|议定书)";

  /** 签署互免签证协定, 签署了关于三国边界交汇点的条约 (over the Simplified view). */
  private static final Pattern ZH_DESCRIBED =
      Pattern.compile(
          "(?:签署|签订|签定|缔结|签了)[了的]?(?:一项|一份|两国|双方|三国)?"
              + "((?:(?!并|发表|和|与|及|在|将|由|向|对|把|被|了|签|(?<!关)于)"
              + "[^，。；、：:;,「」《》〈〉『』“”()（）\\s]){2,30}?"
              + ZH_KIND
              + "|关于[^，。；：:;,「」《》〈〉『』“”()（）\\s]{2,40}?的"
              + ZH_KIND
              + ")"
              // its topic in quotes, the kind after them, signed or reached: 达成「…支付系统」合作协议
              + "|(?:签署|签订|签定|缔结|达成)[了的]?(?:一项|一份)?"
              + "([「“『][^，。；「」“”『』]{2,20}[」”』](?:合作|框架|政府间|双边|多边)*"
              + ZH_KIND
              + ")");

  /** Any description in Chinese: the run of characters before a kind word, up to punctuation. */
  private static final Pattern ZH_DESCRIPTION =
      Pattern.compile("([^，。；、：:;,「」《》〈〉『』“”()（）\\s]{2,30}?" + ZH_KIND + ")");

  private static final String RU_KIND =
      "(?:договор(?![иёюя])|соглашени|меморандум|деклараци|конвенци|протокол)[а-яё]*";

  /**
   * The parties as the subject after the description they sign (Соглашение о базе стороны
   * ратифицировали): not a word of its topic.
   */
  private static final String RU_PARTIES =
      "(?:стороны|страны|государства|правительства|парламенты)";

  /** A Russian description: the kind, о/об and up to four words of its topic. */
  private static final String RU_NP =
      "("
          + RU_KIND
          + "\\s+(?:о|об)\\s+(?:[а-яё-]+)(?:\\s+(?!(?:в|во|на|с|со|до|от|и|а|но|был|была|было"
          + "|были|будет|будут|быть|должн[а-яё]*|может|могут|которое|который|которая|которые|между"
          + "|подписан[а-яё]*|ратифицир[а-яё]*"
          + "|заключ[а-яё]*|вступивш[а-яё]*|сроком|для|по|при|после|до|обе|оба"
          + "|"
          + RU_PARTIES
          + "(?=\\s+[а-яё]+(?:ли|ло|ла|ют|ят|ет|ит)(?![а-яё])))(?![а-яё]))[а-яё-]+){0,3})(?![а-яё])";

  /**
   * Соглашение о продлении ратифицировали; Соглашение о базе, подписанное Россией; Соглашение о
   * базе было подписано в 2012 году.
   */
  private static final Pattern RU_DESCRIBED_SIGNED =
      Pattern.compile(
          "(?<![а-яё])"
              + RU_NP
              + "\\s*,?\\s+(?:(?:(?:обе|оба)\\s+)?"
              + RU_PARTIES
              + "\\s+)?(?:(?:был[аои]?\\s+)?(?:подписан[аоы]?|заключ[её]н[аоы]?|ратифицирован[аоы]?)"
              + "|подписал[а-яё]*|подписанн[а-яё]*|ратифицировал[а-яё]*"
              + "|ратифицированн[а-яё]*|заключил[а-яё]*|заключ[её]нн[а-яё]*)(?![а-яё])");

  /**
   * подписали соглашение о свободной торговле, заключили договор о государственной границе: a
   * signing verb, then the description it governs, perhaps after one or two adjectives of its kind
   * word, which the description leaves out (подписали межправительственное соглашение о
   * строительстве дороги: соглашение о строительстве дороги).
   */
  private static final Pattern RU_DESCRIBED_ACTIVE =
      Pattern.compile(
          "(?<![а-яё])(?:подписал[а-яё]*|ратифицировал[а-яё]*|заключил[а-яё]*"
              // the passive verb first (было заключено соглашение о поставках электроэнергии)
              + "|подписан[аоы]?|заключ[её]н[аоы]?|ратифицирован[аоы]?)\\s+"
              + "(?:[а-яё-]{3,}(?:ое|ее|ый|ий|ой|ую|юю|ые|ие|ых|их|ого|его)\\s+){0,2}"
              + RU_NP);

  /** Any Russian description (for {@link #descriptionKeys}). */
  private static final Pattern RU_DESCRIPTION = Pattern.compile("(?<![а-яё])" + RU_NP);

  private static final String EN_HEAD =
      "(?:Treaty|Agreement|Declaration|Convention|Charter|Accords?|Protocol|Memorandum of Understanding"
          + "|Memorandum|Pact|Joint Statement|Roadmap|Road Map|Communiqué|Communique)";

  /** A name that begins with its head word: the Agreement on the Establishment of … */
  private static final Pattern EN_HEAD_FIRST = Pattern.compile(EN_HEAD + "\\s+(?:on|of|for|to)\\s");

  /** A capitalised word that can begin a name (not The, In, Its …), or an acronym, or a year. */
  private static final String EN_WORD =
      "(?!(?:The|A|An|In|On|At|By|Of|This|That|These|Those|Its|Their|His|Her|Our|Both|Under|After"
          + "|Before|When|While|Since|As|For|With|From|To|And|But|Some|Many|Several|Each|Such|Any"
          + "|Treaty|Agreement|Declaration|Convention|Charter|Protocol|Memorandum|Pact|Roadmap"
          + "|Communiqué|Communique)\\b)"
          + "(?:[A-Z][\\p{L}'’]*(?:-[\\p{L}'’]+)*(?:-\\d{4})?|\\d{4})"; // Vostok-2022 too

  /**
   * The topic of a name in title case: its capitalised words, joined by of, and, the, on, for, and
   * by "in" where a title's own phrase follows (Cooperation in the Field of Labour Migration,
   * Conventional Armed Forces in Europe), never the place it was signed in (in Tashkent).
   */
  private static final String EN_TAIL =
      "\\s+(?:on|of|for|between|to)\\s+(?:the\\s+)?(?:[A-Z][\\p{L}'’-]*)"
          + "(?:\\s+(?:(?:of|and|the|on|for)\\s+){0,2}(?:[A-Z][\\p{L}'’-]*|\\d{4})"
          + "|\\s+in\\s+the\\s+(?:Field|Fields|Sphere|Spheres|Area|Areas)\\s+of\\s+(?:the\\s+)?"
          + "[A-Z][\\p{L}'’-]*"
          + "|\\s+in\\s+(?:Europe|Asia|Central\\s+Asia|Eurasia)(?![\\p{L}])){0,8}";

  /**
   * The Astana Declaration; the Intergovernmental Agreement on TAPI; the Treaty on Eternal
   * Friendship.
   */
  private static final Pattern EN_TITLED =
      Pattern.compile(
          "(?<![\\p{L}])((?:"
              + EN_WORD
              + "\\s+(?:(?:of|on|for|and|de)\\s+)?){1,6}"
              + EN_HEAD
              + "(?:"
              + EN_TAIL
              + ")?|(?<=\\b(?:the|a|an|The|A|An)\\s)"
              + EN_HEAD
              + EN_TAIL
              + ")(?![\\p{L}])");

  private static final Pattern RU_AGREEMENT_WORD =
      Pattern.compile(
          "(?iu)(договор(?![иёюя])|соглашени|деклараци|конвенци|хартия|хартии|устав|меморандум|протокол|пакт"
              + "|дорожн[а-яё]+ карт|коммюнике|совместн[а-яё]+ заявлени)");

  /** «Договор о вечной дружбе», соглашение «Об основах …». */
  private static final Pattern RU_QUOTED = Pattern.compile("«([^«»]{3,80})»");

  /**
   * соглашение о создании Тюркского инвестиционного фонда: the agreement word, о/об and its topic,
   * up to a preposition, a verb of its own or punctuation.
   */
  private static final Pattern RU_DESCRIBED =
      Pattern.compile(
          "(?<![\\p{L}])((?:[Дд]оговор(?!и)|[Сс]оглашени|[Мм]еморандум|[Дд]еклараци|[Кк]онвенци|[Пп]ротокол)[а-яё]*"
              + "\\s+(?:о|об)\\s+([^,.;:!?«»()\\d—–]{3,70}?))"
              + "(?=\\s+(?:в|во|на|с|со|сроком|до|от|и|а|но|был|была|было|были|будет|будут|быть"
              + "|должн[а-яё]*|может|могут|которое|который|которая"
              + "|подписан|подписано|подписанн[а-яё]*|вступивш[а-яё]*|между"
              // a verb of its own after it, perhaps after its subject, the parties (Соглашение о
              // базе стороны ратифицировали; Договор о границе обе страны продлили)
              + "|(?:(?:обе|оба|две|два|три)\\s+)?"
              + RU_PARTIES
              + "(?=\\s+[а-яё]+(?:ли|ло|ла|ют|ят|ет|ит)(?![\\p{L}]))"
              + "|(?:подписал|ратифицир|заключил|продлил|денонсир|одобрил|утвердил|парафир|расторг"
              + "|приостановил)[а-яё]*)(?![\\p{L}])|\\s*[,.;:!?()—–]|\\s*$)");

  /**
   * What one part of a corpus showed (a Spark partition's papers): the candidates in the order
   * first seen, each with its first label, surface and English gloss, its sentences and its
   * surfaces.
   */
  public record Observed(
      String key,
      String label,
      String surface,
      String english,
      List<String> sentences,
      List<String> surfaces,
      boolean titled)
      implements java.io.Serializable {}

  /** The candidates noted so far, to {@link #absorb} into another Discovery. */
  public List<Observed> observed() {
    List<Observed> out = new ArrayList<>();
    candidates.forEach(
        (k, c) ->
            out.add(
                new Observed(
                    k,
                    c.label,
                    c.surface,
                    c.english,
                    List.copyOf(c.sentences),
                    List.copyOf(c.surfaces),
                    c.titled)));
    return out;
  }

  /**
   * The candidates noted so far, then forgets them: one Discovery reads paper after paper, each
   * snapshot apart.
   */
  public List<Observed> drain() {
    List<Observed> out = observed();
    candidates.clear();
    return out;
  }

  /**
   * Adds what another Discovery observed after what this one did: absorbing the parts of a corpus
   * in its order leaves the same candidates, in the same order, as observing every sentence here
   * would.
   */
  public void absorb(List<Observed> part) {
    for (Observed o : part) {
      Candidate c = candidate(o.key(), o.label(), o.surface());
      c.surfaces.addAll(o.surfaces());
      c.sentences.addAll(o.sentences());
      c.titled |= o.titled();
      if (c.english == null) {
        c.english = o.english();
      }
    }
  }

  /**
   * A name its kind word or head types, seen in this sentence: its head says what it is (NER may
   * have called the Rogun Dam a place), and it is kept when seen once in the body; a footnote's or
   * a table's name needs two sentences.
   */
  private Candidate typed(Sentence s, TypedName tn, String name) {
    Candidate c = candidate(Linker.key(name), tn.label(), name);
    c.sentences.add(s.id());
    c.label = tn.label();
    if (s.kind() == Sentence.Kind.BODY) {
      c.titled = true;
    }
    return c;
  }

  private Candidate candidate(String key, String label, String surface) {
    Candidate c = candidates.computeIfAbsent(key, k -> new Candidate());
    if (c.label == null) {
      c.label = label;
      c.surface = surface;
    }
    c.surfaces.add(surface);
    return c;
  }

  /**
   * Known people under another transliteration (托卡葉夫 for 托卡耶夫): each known person once, with the
   * spellings the papers used as its aliases. {@link Gazetteer#with} adds them to the person, not
   * as new actors.
   */
  public List<Actor> spellings() {
    Map<String, List<String>> byId = new LinkedHashMap<>();
    Map<String, Actor> known = new HashMap<>();
    for (Map.Entry<String, Candidate> e : candidates.entrySet()) {
      Candidate c = e.getValue();
      if (knownKeys.contains(e.getKey()) || !c.label.equals("Person") || !isHan(c.surface)) {
        continue;
      }
      Actor a = samePerson(c.surface, c.titled);
      if (a != null) {
        known.put(a.id(), a);
        byId.computeIfAbsent(a.id(), k -> new ArrayList<>()).addAll(bothScripts(c.surfaces));
      }
    }
    List<Actor> out = new ArrayList<>();
    byId.forEach(
        (id, names) -> {
          Actor a = known.get(id);
          out.add(
              new Actor(
                  a.id(),
                  a.label(),
                  a.name(),
                  a.nameZh(),
                  List.copyOf(new java.util.LinkedHashSet<>(names)),
                  List.of(),
                  a.iso3(),
                  a.partOf(),
                  false));
        });
    return out;
  }

  /** The discovered actors: agreements always, others when seen twice or glossed. */
  public List<Actor> actors() {
    List<Actor> out = new ArrayList<>();
    Set<String> ids = new HashSet<>(gazetteerIds);
    Map<String, Actor> byEnglish = new HashMap<>();
    Map<String, Actor> personBySlug = new HashMap<>();
    for (Map.Entry<String, Candidate> e : candidates.entrySet()) {
      Candidate c = e.getValue();
      if (c.label.equals(BARE)) {
        String unique = claim(slug(c.english), ids);
        if (unique == null) {
          continue;
        }
        out.add(
            new Actor(
                unique,
                "Agreement",
                c.english,
                c.surface,
                List.copyOf(bothScripts(c.surfaces)),
                List.of(),
                null,
                null,
                true,
                c.sentences.iterator().next() + "@" + c.begin));
        continue;
      }
      if (c.label.equals(SCOPED)) {
        Actor a = scoped(e.getKey(), c, ids);
        if (a != null) {
          out.add(a);
        }
        continue;
      }
      if (knownKeys.contains(e.getKey()) || c.label.equals(SEEN) || c.label.equals(DESCRIBED)) {
        continue;
      }
      if (candidates.containsKey(DESCRIBED + e.getKey())
          && papers(candidates.get(SEEN + e.getKey())) > 1
          && !longDescription(e.getKey())) {
        continue; // a description seen in two papers (a border agreement) names no one agreement
      }
      if (c.label.equals("Person") && isHan(c.surface) && samePerson(c.surface, c.titled) != null) {
        continue; // another transliteration of a known person: spellings() gives it to that person
      }
      boolean keep =
          c.label.equals("Agreement")
              || c.label.equals("Initiative")
              // a Chinese title only helps match a known person; a Chinese typed name is kept
              || c.titled && !(isHan(c.surface) && c.label.equals("Person"))
              || c.sentences.size() >= 2
              || c.english != null;
      if (!keep) {
        continue;
      }
      boolean zh =
          c.surface
              .codePoints()
              .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
      String english =
          c.english != null
              ? c.english
              : zh && c.label.equals("Person")
                  ? personName(c.surface)
                  : zh && c.label.equals("Place")
                      ? pinyinWord(Linker.key(c.surface))
                      : zh ? pinyin(c.surface) : c.surface;
      Actor kept = byEnglish.get(english.toLowerCase(Locale.ROOT));
      if (kept == null && c.label.equals("Person") && !zh) {
        // one person named in Latin and in Cyrillic letters (Baktybek Bekbolotov, Бактыбек
        // Бекболотов): the Cyrillic name transliterated as the id is (BGN) is the Latin one
        kept = personBySlug.get(slug(english));
      }
      if (kept != null) {
        if (kept.label().equals(c.label)) {
          // a variant of one already kept (《阿斯塔納宣言》 and the Astana Declaration): its names are
          // the kept actor's too, not names that link to nothing
          List<String> aliases = new ArrayList<>(kept.aliases());
          for (String n : bothScripts(c.surfaces)) {
            if (!aliases.contains(n)) {
              aliases.add(n);
            }
          }
          String name =
              CyrillicNames.hasCyrillic(kept.name()) && !CyrillicNames.hasCyrillic(english)
                  ? english // the Latin name shown, whichever script came first
                  : kept.name();
          if (!name.equals(kept.name()) && !aliases.contains(name)) {
            aliases.add(name);
          }
          Actor merged =
              new Actor(
                  kept.id(),
                  kept.label(),
                  name,
                  kept.nameZh() != null ? kept.nameZh() : zh ? c.surface : null,
                  List.copyOf(aliases),
                  kept.shortForms(),
                  kept.iso3(),
                  kept.partOf(),
                  true);
          out.set(out.indexOf(kept), merged);
          byEnglish.put(english.toLowerCase(Locale.ROOT), merged);
          byEnglish.put(kept.name().toLowerCase(Locale.ROOT), merged);
          if (personBySlug.get(kept.id()) == kept) {
            personBySlug.put(kept.id(), merged);
          }
        }
        continue;
      }
      String unique = claim(slug(english), ids);
      if (unique == null) {
        continue;
      }
      List<String> aliases = new ArrayList<>(bothScripts(c.surfaces));
      if (c.english != null) {
        aliases.add(c.english);
      }
      Actor a =
          new Actor(
              unique,
              c.label,
              english,
              zh ? c.surface : null,
              List.copyOf(aliases),
              List.of(),
              null,
              null,
              true);
      byEnglish.put(english.toLowerCase(Locale.ROOT), a);
      if (a.label().equals("Person") && !zh && unique.equals(slug(english))) {
        personBySlug.put(unique, a);
      }
      out.add(a);
    }
    return out;
  }

  /**
   * The agreement of one paper a {@link #SCOPED} candidate stands for, or null when its description
   * names one agreement everywhere (seen in one paper, or long: {@link #actors()} keeps it) or its
   * sentence named no party.
   */
  private Actor scoped(String key, Candidate c, Set<String> ids) {
    String rest = key.substring(SCOPED.length());
    int cut = rest.indexOf('\u0000');
    String paper = rest.substring(0, cut);
    String k = rest.substring(cut + 1);
    if (c.english == null
        || knownKeys.contains(k)
        || papers(candidates.get(SEEN + k)) <= 1
        || longDescription(k)) {
      return null;
    }
    String unique = claim(slug(c.english), ids);
    if (unique == null) {
      return null;
    }
    return new Actor(
        unique,
        "Agreement",
        c.english,
        isHan(c.surface) ? c.surface : null,
        List.copyOf(bothScripts(c.surfaces)),
        List.of(),
        null,
        null,
        true,
        paper);
  }

  /**
   * A description long enough to name one agreement in every paper that writes it (关于欧亚经济联盟与丝绸之路经济带
   * 对接合作的联合声明, an agreement on the joint use of the airfield at Ayni by both air forces): sixteen
   * Chinese characters or more, or six words or more. A short one (a border agreement, 边界协定,
   * соглашение о базе) is anyone's, and two papers writing it may mean two agreements.
   */
  static boolean longDescription(String key) {
    long han = key.codePoints().filter(Character::isIdeographic).count();
    if (han > 0) {
      return han >= 16;
    }
    return key.strip().split("\\s+").length >= 6;
  }

  /** How many papers a candidate was seen in (a sentence id is the paper's id, ':', its index). */
  private static long papers(Candidate c) {
    return c == null
        ? 0
        : c.sentences.stream()
            .map(id -> id.contains(":") ? id.substring(0, id.lastIndexOf(':')) : id)
            .distinct()
            .count();
  }

  /**
   * Names with their Simplified and Traditional forms (opencc phrase conversion), so a discovered
   * actor seen in one script is found by its name in the other: 托卡耶夫 also 托卡耶夫, 納雷索夫 also 纳雷索夫.
   */
  static List<String> bothScripts(java.util.Collection<String> names) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (String n : names) {
      out.add(n);
      if (isHan(n)) {
        out.add(com.github.houbb.opencc4j.util.ZhConverterUtil.toSimple(n));
        out.add(com.github.houbb.opencc4j.util.ZhConverterUtil.toTraditional(n));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A readable name for a Chinese-written person nobody listed: each part of a transliterated name
   * as one word (力克·納雷索夫 → Like Naleisuofu, 托卡葉夫 → Tuokayefu), a Chinese name of two or three
   * characters as surname and given name (王毅 → Wang Yi, 習近平 → Xi Jinping). Its id is this in lower
   * case (like_naleisuofu, wang_yi).
   */
  static String personName(String zh) {
    String t = zh.strip();
    List<String> parts = new ArrayList<>();
    if (t.matches("[^·•‧・．.]{2,3}")) {
      parts.add(t.substring(0, 1));
      parts.add(t.substring(1));
    } else {
      parts.addAll(List.of(t.split("\\s*[·•‧・．.]\\s*")));
    }
    List<String> words = new ArrayList<>();
    for (String p : parts) {
      String w = pinyinWord(Linker.key(p));
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }

  /**
   * A Chinese name as one pinyin word, as place names are romanised (阿克蘇 → Akesu, 石河子 → Shihezi, 西安
   * → Xi'an): its syllables joined, a syllable that begins with a, o or e set off by an apostrophe,
   * the first letter capitalised.
   */
  static String pinyinWord(String zh) {
    StringBuilder b = new StringBuilder();
    for (String syllable : pinyin(zh).split(" ")) {
      if (syllable.isEmpty()) {
        continue;
      }
      if (b.length() > 0 && "aoe".indexOf(syllable.charAt(0)) >= 0) {
        b.append('\'');
      }
      b.append(syllable);
    }
    return b.isEmpty() ? "" : Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  static boolean plausible(String text, String label) {
    String t = text.strip();
    boolean zh =
        t.codePoints()
            .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    if (zh ? t.length() < 2 : t.length() < 3) {
      return false;
    }
    if (label.equals("Person") && zh && t.length() > 8) {
      return false;
    }
    if (label.equals("Person") && !zh && !t.matches(".*\\p{L}{3,}.*")) {
      return false; // initials only: H.J.
    }
    String k = Linker.key(t);
    if (!label.equals("Person") && isMedia(t) || MEDIA.contains(k.strip())) {
      return false; // a person's name may end with a media word; it is never one alone (Routledge)
    }
    if (zh && label.equals("Organization") && k.length() <= 2) {
      return false; // 議會, 國會, 宇航 (a fragment of 宇航基地): two-character organisation names are common
      // nouns
    }
    if (GENERIC.matcher(k).matches()
        || (label.equals("Place") || label.equals("Organization"))
            && (REGION_ZH.matcher(k).matches() || REGION_EN.matcher(t).matches())) {
      return false;
    }
    return !JUNK.matcher(t).matches() && Character.isLetter(t.charAt(0));
  }

  /** 力克·納雷索夫譯 → 力克·納雷索夫 (a Chinese name with a translator's or author's mark). */
  static String stripPersonSuffix(String text) {
    String t = text.strip();
    boolean zh =
        t.codePoints()
            .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    if (!zh) {
      return t;
    }
    Matcher m = PERSON_SUFFIX.matcher(Linker.key(t));
    return m.matches() ? t.substring(0, m.end(1)) : t;
  }

  private static boolean[] taken(int n, List<Mention> mentions) {
    boolean[] t = new boolean[n];
    for (Mention m : mentions) {
      for (int k = m.begin(); k < m.end() && k < n; k++) {
        t[k] = true;
      }
    }
    return t;
  }

  /**
   * An entity glued to a linked name is a fragment of a longer name the tagger split: 美國|之音中文網,
   * 中國|海關總署, The Astana|Times, China|Corrosive Capital.
   */
  private static boolean glued(String text, boolean[] taken, int b, int e) {
    int before = b - 1;
    if (before >= 0
        && text.charAt(before) == ' '
        && before > 0
        && text.charAt(before - 1) < 0x2E80) {
      before--;
    }
    int after = e;
    if (after < text.length()
        && text.charAt(after) == ' '
        && after + 1 < text.length()
        && text.charAt(after + 1) < 0x2E80) {
      after++;
    }
    return before >= 0
            && before < taken.length
            && taken[before]
            && Character.isLetter(text.charAt(before))
        || after < taken.length && taken[after] && Character.isLetter(text.charAt(after));
  }

  private static boolean covered(boolean[] claimed, int b, int e) {
    for (int k = b; k < e && k < claimed.length; k++) {
      if (!claimed[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlaps(boolean[] taken, int b, int e) {
    for (int k = b; k < e && k < taken.length; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }

  /** Russian names get a Latin id (BGN/PCGN, from ICU): соглашение о … → soglasheniye_o_… */
  private static final com.ibm.icu.text.Transliterator CYRILLIC_LATIN =
      com.ibm.icu.text.Transliterator.getInstance("Russian-Latin/BGN");

  static String slug(String s) {
    String latin = CyrillicNames.hasCyrillic(s) ? CYRILLIC_LATIN.transliterate(s) : s;
    String ascii =
        java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return ascii
        .toLowerCase(Locale.ROOT)
        // People's → peoples, Xi'an → xian; BGN's soft and hard signs and its separator dot
        // (stroitelʹstve → stroitelstve, G·ES → ges)
        .replaceAll("(?<=[a-z])['’ʹʺ·](?=[a-z])", "")
        .replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
  }

  static String pinyin(String zh) {
    HanyuPinyinOutputFormat f = new HanyuPinyinOutputFormat();
    f.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    f.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    StringBuilder b = new StringBuilder();
    for (char c : zh.toCharArray()) {
      try {
        String[] p = PinyinHelper.toHanyuPinyinStringArray(c, f);
        if (p != null && p.length > 0) {
          b.append(b.length() > 0 ? " " : "").append(p[0].replace("u:", "v"));
        } else if (Character.isLetterOrDigit(c)) {
          b.append(c);
        }
      } catch (BadHanyuPinyinOutputFormatCombination e) {
        throw new IllegalStateException(e);
      }
    }
    return b.toString();
  }
}
