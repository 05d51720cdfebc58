package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in every shape the papers use, on the Simplified lower-case view: 1992年5月15日, 1994年春,
 * 同年10月, 隔年5月, 民國112年, 2011年至2016年, 自2005年起, 1991-1993 年, May 15, 1992, in 2014, the 2008 invasion,
 * between 1992 and 2000, 15 мая 1992 года, в 1999 году. Relative dates resolve against the last
 * absolute date of the paragraph ({@link Context}).
 */
final class DateParser {
  private static final String MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december";

  /** Russian months in the genitive and prepositional (15 мая 1992 года, в мае 2001 года). */
  private static final String RU_MONTHS =
      "январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?"
          + "|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]";

  /** Russian counts of years and months, two to twelve (один is a year: через год). */
  private static final String RU_COUNTS =
      "два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать";

  /** English and Russian count words, one to twelve, and their value. */
  private static final Map<String, Integer> COUNT_WORDS = countWords();

  private static Map<String, Integer> countWords() {
    List<String> rows =
        List.of(
            "one|a",
            "two|два|две",
            "three|три",
            "four|четыре",
            "five|пять",
            "six|шесть",
            "seven|семь",
            "eight|восемь",
            "nine|девять",
            "ten|десять",
            "eleven|одиннадцать",
            "twelve|двенадцать");
    Map<String, Integer> out = new java.util.HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      for (String w : rows.get(i).split("\\|")) {
        out.put(w, i + 1);
      }
    }
    return Map.copyOf(out);
  }

  private static final List<String> RU_STEMS =
      List.of("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек");

  private static final Pattern P =
      Pattern.compile(
          "(?<range>(?:(?<![a-z])from\\s+)?(?<ra>\\d{4})\\s*(?:年\\s*(?<ram>\\d{1,2})\\s*月|年)?\\s*"
              + "(?:[-–—~～至到]|\\s+(?:to|until|till|through)\\s+)\\s*(?<rb>\\d{4})\\s*"
              + "(?:年\\s*(?<rbm>\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*日)|年)?(?!\\d))"
              + "|(?<rur>(?<![а-яё])(?:с|со)\\s+(?<rura>\\d{4})\\s*(?:года|г\\.)?\\s+(?:по|до)\\s+(?<rurb>\\d{4})"
              + "(?!\\d)(?:\\s*(?:годы|годах|года|году|год|гг\\.|г\\.))?)"
              + "|(?<rupl>(?<![а-яё])(?:в|во)\\s+(?<rupa>\\d{4})\\s*(?:,|и)\\s*(?:(?:в|во)\\s+)?(?<rupb>\\d{4})\\s*"
              + "(?:годах|годы|гг\\.|году|г\\.))"
              + "|(?<enpl>(?<![a-z])in\\s+(?<enpa>(?:19|20)\\d{2})\\s*(?:,|and)\\s*(?:in\\s+)?(?<enpb>(?:19|20)\\d{2})(?!\\d))"
              + "|(?<chr>^\\s*(?<chy>(?:19|20)\\d{2})\\s*[,，]\\s*(?<chmd>(?:(?<chd>\\d{1,2})\\s+)?(?<chm>"
              + MONTHS
              + "|"
              + RU_MONTHS
              + ")(?:\\s+(?<chd2>\\d{1,2}))?)(?![а-яёa-z\\d]))"
              + "|(?<since>(?:自|从|於|于|since\\s+)?(?<sy>\\d{4})\\s*年?(?:\\s*(?<sm>\\d{1,2})\\s*月(?:\\s*(?<sd>\\d{1,2})\\s*日)?"
              + "|底|初|末|春|夏|秋|冬)?\\s*(?:独立|成立|建交|创立|创建)?\\s*(?:起(?![草诉义飞])|以来|开始|迄今|至今))"
              + "|(?<until>(?:直至|直到|一直到|(?<![截])至|到(?=\\s*\\d{4}[\\d\\s年月日]*为?止))\\s*(?<uy>\\d{4})\\s*年?"
              + "(?:\\s*(?<um>\\d{1,2})\\s*月(?:\\s*(?<ud>\\d{1,2})\\s*日)?)?(?!\\d))"
              + "|(?<rocr>(?:自|从)?民国\\s*(?<rra>\\d{2,3})\\s*年\\s*(?:起\\s*)?[-–—~～至到]\\s*(?:民国\\s*)?(?<rrb>\\d{2,3})\\s*年)"
              + "|(?<roc>(?<rocf>自|从)?民国\\s*(?<ry>\\d{2,3})\\s*年(?:\\s*(?<rm>\\d{1,2})\\s*月)?(?:\\s*(?<rd>\\d{1,2})\\s*日)?"
              + "(?<rocs>\\s*(?:起(?![草诉义飞])|以来|开始|迄今|至今))?)"
              + "|(?<full>(?<y>\\d{4})\\s*年\\s*(?:(?<m>\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月(?:\\s*(?<d>\\d{1,2})\\s*日)?|春|夏|秋|冬|初|底|中|末|上半年|下半年)?)(?!代)"
              + "|(?<rurel>(?<![а-яё])(?:(?<rureld>\\d{1,2})\\s+)?(?<rurelm>"
              + RU_MONTHS
              + ")\\s+(?<rurelw>того\\s+же|следующего)\\s+года)"
              + "|(?<enrel>(?<![a-z])(?<enrelm>"
              + MONTHS
              + ")\\s+(?:of\\s+)?(?<enrelw>that\\s+year|the\\s+same\\s+year|the\\s+following\\s+year|the\\s+next\\s+year))"
              // the same day, within days, weeks later, в тот же день, через несколько дней, 當天,
              // 數日後:
              // the paragraph's last date, as precise as the span allows
              + "|(?<relsame>(?<![a-z])(?:the\\s+same\\s+(?:day|night|evening)|that\\s+same\\s+(?:day|night)"
              + "|later\\s+that\\s+(?:day|night))(?![a-z])"
              + "|(?<![а-яё])в\\s+тот\\s+же\\s+(?:день|вечер)(?![а-яё])|同日(?!而)|当天(?!然)|当晚)"
              + "|(?<reldays>(?<![a-z])(?:within\\s+(?:a\\s+few\\s+)?days|(?:a\\s+few|several|two|three|four|five)"
              + "\\s+days\\s+later|days\\s+later)(?![a-z])"
              + "|(?<![а-яё])(?:через|спустя)\\s+(?:несколько|два|три|четыре|пять)\\s+дн(?:я|ей)(?![а-яё])"
              + "|(?<![а-яё])(?:несколько|два|три|четыре|пять)\\s+дн(?:я|ей)\\s+спустя(?![а-яё])"
              + "|(?:数|几|两|三|四|五)(?:日|天)(?:之后|以后|后|内))"
              + "|(?<relweeks>(?<![a-z])(?:within\\s+(?:a\\s+few\\s+|two\\s+|three\\s+)?weeks|(?:a\\s+few|several|two|three)"
              + "\\s+weeks\\s+later|weeks\\s+later)(?![a-z])"
              + "|(?<![а-яё])(?:через|спустя)\\s+(?:несколько|две|три)\\s+недел(?:и|ь)(?![а-яё])"
              + "|(?<![а-яё])(?:несколько|две|три)\\s+недел(?:и|ь)\\s+спустя(?![а-яё])"
              + "|(?:数|几|两|三)(?:周|个星期)(?:之后|以后|后|内))"
              + "|(?<relday>(?<![a-z])(?:the\\s+next\\s+day|the\\s+following\\s+day|a\\s+day\\s+later"
              + "|на\\s+следующий\\s+день)(?![a-zа-яё])|次日|翌日|隔天|隔日)"
              + "|(?<relmo>(?<rmw>同月|当月|同一个月|同一月|次月|翌月|the same month|that same month|later that month"
              + "|the following month|the next month|в том же месяце|в следующем месяце)"
              + "(?:\\s*(?<rmd>\\d{1,2})\\s*日)?)"
              + "|(?<relpart>(?<![\\d年同当去今明前上本该次隔翌])(?:年底|年初|年中|年末))"
              // five years later, спустя пять лет, два года спустя, 五年后, 七个月后: counted from the
              // paragraph's last date
              + "|(?<later>(?<![a-z])(?<lna>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
              + "|\\d{1,2})\\s+(?<lua>years?|months?)\\s+(?:later|afterwards)(?![a-z])"
              + "|(?<![а-яё])(?:спустя|через)\\s+(?<lnb>\\d{1,2}|"
              + RU_COUNTS
              + ")\\s+(?<lub>года|лет|месяца|месяцев)(?!\\s+после)(?![а-яё])"
              + "|(?<![а-яё\\d])(?<lnd>\\d{1,2}|"
              + RU_COUNTS
              + ")\\s+(?<lud>года|лет|месяца|месяцев)\\s+спустя(?![а-яё])"
              + "|(?<![\\d一二两三四五六七八九十数几多半每])(?<lnc>[一二两三四五六七八九十]{1,3}|\\d{1,2})\\s*(?<luc>年|个月)"
              + "\\s*(?:之后|以后|后)(?![来])"
              + ")"
              + "|(?<rel>(?<rw>同年|隔年|次年|翌年|今年|本年|去年|上年|前年|明年|the same year|the following year"
              + "|the next year|a year later|later that year|that same year|the year after(?=\\s*[,.;:])|this year|last year|next year"
              + "|в том же году|того же года|в следующем году|на следующий год|через год(?!\\s+после)|спустя год(?![а-яё])|годом позже|годом позднее)"
              + "(?:\\s*(?<relm>\\d{1,2})\\s*月)?(?:\\s*(?<reld>\\d{1,2})\\s*日)?)"
              + "|(?<md>(?<mdm>\\d{1,2})\\s*月\\s*(?<mdd>\\d{1,2})\\s*日)"
              + "|(?<mo>(?<![\\d个几数多半每上下本该同前后])(?<mom>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\\s*月"
              + "(?![份]?[底初中]?[以之]?[前后内间]))"
              + "|(?<ru>(?<![а-яё])(?:(?<rup2>начиная\\s+с|с|со|до|по)\\s+)?(?:(?<rud>\\d{1,2})\\s+)?(?<rum>"
              + RU_MONTHS
              + ")\\s+(?<ruy>\\d{4})(?!\\d)(?:\\s*(?:года|году|г\\.))?)"
              + "|(?<ruyr>(?:(?<![а-яё])(?<rup>начиная\\s+с|с|со|до|по|в|во|к|после)\\s+"
              + "(?:(?:конца|начала|середины|весны|лета|осени|зимы)\\s+)?)?(?<ruyy>\\d{4})\\s*"
              + "(?:года|году|год|г\\.)(?![а-яё]))"
              + "|(?<en>(?:(?<![a-z])(?<enp>since|from|until|till|through|by)\\s+(?:(?:early|mid|late)[-\\s]+)?)?(?<enm>"
              + MONTHS
              + ")\\s+(?:(?<end>\\d{1,2}),?\\s+)?(?<eny>\\d{4}))"
              + "|(?<en2>(?:(?<![a-z])(?<en2p>since|from|until|till|through|by)\\s+)?(?<en2d>\\d{1,2})\\s+(?<en2m>"
              + MONTHS
              + ")\\s+(?<en2y>\\d{4}))"
              + "|(?<enco>(?<![a-z])(?<encom>"
              + MONTHS
              + ")(?=\\s+and\\s+(?:\\d{1,2}\\s+)?(?:"
              + MONTHS
              + ")\\s+(?:\\d{1,2},?\\s+)?(?<encoy>\\d{4})(?!\\d)))"
              + "|(?<enmd>(?<![a-z])(?<enmdm>"
              + MONTHS
              + ")\\s+(?<enmdd>\\d{1,2})(?!\\d|\\s*(?:st|nd|rd|th)?,?\\s*\\d{4}))"
              + "|(?<btw>(?<![a-z])between\\s+(?<b1>(?:19|20)\\d{2})\\s+and\\s+(?<b2>(?:19|20)\\d{2})(?!\\d))"
              + "|(?<partof>(?<![a-z])(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|half|part|close)"
              + "\\s+of\\s+(?<poy>(?:19|20)\\d{2})(?![-–—\\d]))"
              + "|(?<attr>(?<![a-z])(?:the|its|their|his|her|this|that|a|an)\\s+(?<ay>(?:19|20)\\d{2})(?=\\s+[a-z]))"
              + "|(?<eny2>(?<prep>in|since|from|until|till|through|by|during|as of)\\s+(?:(?:early|mid|late)[-\\s]+)?"
              + "(?<ey>(?:19|20)\\d{2})(?!\\d)(?!\\s*[-–—]\\s*(?:19|20)\\d{2}))");

  /** The last absolute date seen in a paragraph, and the document's own date (its year, or -1). */
  static final class Context {
    int year = -1;
    int month = -1;
    int day = -1;
    int paragraph = -1;

    /** The paragraph's last absolute date as the text gives it (1992, 1992-05), or null. */
    private String last;

    final int docYear;
    final int docMonth;

    Context() {
      this(null);
    }

    /**
     * @param docDate the document's date from the manifest (2023-12-15, 2023), or null
     */
    Context(String docDate) {
      this.docYear =
          docDate == null || !docDate.matches("\\d{4}.*")
              ? -1
              : Integer.parseInt(docDate.substring(0, 4));
      this.docMonth =
          docDate == null || !docDate.matches("\\d{4}-\\d{2}.*")
              ? -1
              : Integer.parseInt(docDate.substring(5, 7));
    }

    /**
     * The year of a month the text names without one (9月20日, September 20): the paragraph's, or
     * else the document's (the year before it when the month comes after the document's own), or
     * -1: never guessed in an undated paper.
     */
    int yearOf(int month) {
      if (year >= 0) {
        return year;
      }
      if (docYear < 0) {
        return -1;
      }
      return docMonth > 0 && month > docMonth ? docYear - 1 : docYear;
    }

    void enter(int p) {
      if (p != paragraph) {
        paragraph = p;
        newBlock();
      }
    }

    /** Forgets the dates the text gave so far, in the same paragraph (a blank line in it). */
    void newBlock() {
      year = -1;
      month = -1;
      day = -1;
      last = null;
    }

    /**
     * The last date the paragraph gave before this point, as precise as the text (a range's last
     * year, a day as its month), or null: what an undated sentence's act was dated by, where the
     * paragraph has just told when it happened.
     */
    String last() {
      return last;
    }
  }

  /** Events the papers name instead of dating them ({@code data/rules/time-named.tsv}). */
  private final java.util.Map<String, String> named = new java.util.HashMap<>();

  private final Pattern names;

  /**
   * With the named events of {@code data/rules/time-named.tsv} and the office endings of {@code
   * data/rules/time-end.lex}.
   */
  DateParser() {
    this(
        org.cagraph.data.DataFiles.lines("rules/time-named.tsv"),
        org.cagraph.data.DataFiles.lines("rules/time-end.lex"));
  }

  /**
   * @param namedEvents lines of a name, a tab and its year
   * @param endWords lines of {@code time-end.lex}: its Russian entries are the nouns of leaving
   *     office that Russian до before them makes an end (до свержения в 2010 году)
   */
  DateParser(List<String> namedEvents, List<String> endWords) {
    this.untilBefore = untilBefore(endWords);
    List<String> keys = new ArrayList<>();
    for (String line : namedEvents) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2 || !f[1].strip().matches("\\d{4}")) {
        throw new IllegalStateException(
            "data/rules/time-named.tsv: '" + line + "': expected a name, a tab and a year");
      }
      String k = org.cagraph.actors.Linker.key(f[0].strip()).replace("_", " ");
      named.put(k, f[1].strip());
      keys.add(k);
    }
    keys.sort(java.util.Comparator.comparingInt(String::length).reversed());
    this.names =
        keys.isEmpty()
            ? null
            : Pattern.compile(
                String.join("|", keys.stream().map(Pattern::quote).toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static final String CLAUSE_MARKS = "，。；,;！？!?";

  /** What may follow a named event in a clause it heads: 九一一事件後，… 獨立以來，… */
  private static final Pattern HEADS = Pattern.compile("\\s*(?:之?[后後]|以[后後]|以来|以來|起|时|時)?\\s*");

  /**
   * Whether a mention of the view is a named event ({@code data/rules/time-named.tsv}) that dates
   * only its own clause: one that stands after the trigger's clause with no after-word (中國政府成立SCO，
   * 背景是處於蘇聯解體: the background, not the founding's date; but who came to power after the Tulip
   * Revolution dates what its clause tells), or one before it that shares its clause with words of
   * its own (這個蘇聯解體後俄羅斯在國外建立的第一個軍事基地，距離美軍在…的基地: what came after the collapse, in a noun phrase, is
   * no date of the next clause's base). A named event that heads the sentence's clauses before the
   * trigger (九一一事件後，美國勢力進入中亞，俄羅斯…推動…) dates them, and a span it opens (獨立第一天起…直至2019, since
   * independence) gives the bounds the text states wherever it stands.
   *
   * @param trigger where the statement's trigger stands in the view
   */
  boolean confined(String view, DateMention d, int trigger) {
    if (names == null
        || d.since() != null
        || d.until() != null
        || d.begin() >= view.length()
        || !names.matcher(view).region(d.begin(), view.length()).lookingAt()) {
      return false;
    }
    int cs = d.begin();
    while (cs > 0 && CLAUSE_MARKS.indexOf(view.charAt(cs - 1)) < 0) {
      cs--;
    }
    int ce = Math.min(d.end(), view.length());
    while (ce < view.length() && CLAUSE_MARKS.indexOf(view.charAt(ce)) < 0) {
      ce++;
    }
    if (trigger >= cs && trigger <= ce) {
      return false; // its own clause: it dates it
    }
    if (trigger < cs) {
      // after the trigger's clause: an "after" phrase (who came to power after the Tulip
      // Revolution)
      // dates the act of its own clause, which may tell this relation's start (TimeReader#later)
      return !AFTER_WORD.matcher(view.substring(cs, d.begin())).find()
          && !AFTER_SUFFIX.matcher(view).region(Math.min(d.end(), ce), ce).lookingAt();
    }
    return !HEADS.matcher(view.substring(Math.min(d.end(), ce), ce)).matches();
  }

  private static final Pattern AFTER_WORD =
      Pattern.compile(
          "(?<![\\p{L}])(?:after|since|following|после|с момента)(?:\\s+the)?\\s*$",
          Pattern.UNICODE_CASE);
  private static final Pattern AFTER_SUFFIX = Pattern.compile("\\s*(?:之?[后後]|以[后後]|以来|以來|起)");

  /** A year in Chinese numerals (一九九二年, 二〇一五年), as it stands before 年. */
  private static final Pattern HAN_YEAR = Pattern.compile("[〇零一二三四五六七八九]{4}(?=\\s*年)");

  /**
   * The view with years in Chinese numerals written in digits, one character for one: offsets stay
   * those of the sentence.
   */
  private static String digitYears(String view) {
    Matcher m = HAN_YEAR.matcher(view);
    if (!m.find()) {
      return view;
    }
    StringBuilder sb = new StringBuilder(view);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        sb.setCharAt(
            i, (char) ('0' + "〇一二三四五六七八九".indexOf(sb.charAt(i) == '零' ? '〇' : sb.charAt(i))));
      }
    } while (m.find());
    return sb.toString();
  }

  List<DateMention> parse(String text, Context ctx) {
    String view = digitYears(text);
    List<DateMention> out = ends(dated(view, ctx), view);
    if (names == null) {
      return spans(out, view);
    }
    // 九一一事件後美國出兵阿富汗: a named event dates its clause, unless the clause gives a date of its own
    List<DateMention> all = new ArrayList<>(out);
    Matcher n = names.matcher(view);
    while (n.find()) {
      int cs = n.start();
      while (cs > 0 && CLAUSE_MARKS.indexOf(view.charAt(cs - 1)) < 0) {
        cs--;
      }
      int ce = n.end();
      while (ce < view.length() && CLAUSE_MARKS.indexOf(view.charAt(ce)) < 0) {
        ce++;
      }
      int a = cs;
      int z = ce;
      if (out.stream().anyMatch(d -> d.begin() < z && d.end() > a && d.until() == null)) {
        continue;
      }
      String year = named.get(n.group().toLowerCase(Locale.ROOT));
      // 獨立第一天起, 獨立以來, since independence: the event is where what follows began
      Matcher since = SINCE_AFTER.matcher(view).region(n.end(), view.length());
      boolean from = since.lookingAt() || SINCE_WORDS.matcher(n.group()).find();
      int end = from && since.lookingAt() ? since.end() : n.end();
      all.add(new DateMention(n.start(), end, year, from ? year : null, null));
    }
    all.sort(java.util.Comparator.comparingInt(DateMention::begin));
    return spans(all, view);
  }

  /**
   * An until-word and at most six words before a date's own preposition: the date is that of what
   * ended the span (until his death in 2006, до своей смерти в 2016 году, until it pulled out its
   * last aircraft in 2015). Russian до only before a possessive (до своей отставки) or a noun of
   * leaving office from {@code time-end.lex} (до свержения в 2010 году), and not after ещё, задолго
   * or сразу: до alone is as often "before" (ещё до распада СССР в 1991 году), which ends nothing.
   */
  private final Pattern untilBefore;

  private static Pattern untilBefore(List<String> endWords) {
    List<String> nouns = new ArrayList<>();
    for (String line : endWords) {
      String w = line.strip().toLowerCase(Locale.ROOT);
      if (!w.isEmpty() && !w.startsWith("#") && w.matches("[а-яё_]+")) {
        nouns.add(w.replace('_', ' '));
      }
    }
    nouns.sort(java.util.Comparator.comparingInt(String::length).reversed());
    String leaving =
        nouns.stream()
            .map(n -> "|" + Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
            .reduce("", String::concat);
    return Pattern.compile(
        "(?<![\\p{L}])(?:until|till|вплоть до|(?<!(?:ещё|еще|задолго|незадолго|сразу)\\s)до(?=\\s+(?:своей|своего|его|её|ее|их|самой|самого"
            + leaving
            + ")\\s))"
            + "(?:\\s+[\\p{L}-]+){1,6}(?:\\s+(?:in|в|во))?\\s*$",
        Pattern.UNICODE_CASE);
  }

  /**
   * A since-word and at most three words before a date's own preposition (since its founding in
   * 2001, с момента создания в 2002 году); not Russian с alone, which is as often "with" (войны с
   * Россией в 2008 году).
   */
  private static final Pattern SINCE_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])(?:since|ever since|с момента|со времени|начиная с)(?:\\s+[\\p{L}'’-]+){1,3}"
              + "(?:\\s+(?:in|в|во))?\\s*$",
          Pattern.UNICODE_CASE);

  private static final Pattern SINCE_AFTER = Pattern.compile("\\s*(?:起|以来|开始)");
  private static final Pattern SINCE_WORDS =
      Pattern.compile("以来|^自|^since |^from |^с момента|^с обретения", Pattern.UNICODE_CASE);

  /** Until his death in 2006, до своей смерти в 2016 году: the date of what ended it is its end. */
  private List<DateMention> ends(List<DateMention> ds, String view) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < ds.size(); i++) {
      DateMention d = ds.get(i);
      int from = i > 0 ? Math.min(ds.get(i - 1).end(), d.begin()) : 0;
      boolean bare = d.since() == null && d.until() == null && d.also() == null;
      String before = view.substring(from, d.begin());
      if (bare && untilBefore.matcher(before).find()) {
        out.add(new DateMention(d.begin(), d.end(), d.date(), null, d.date()));
      } else if (bare && SINCE_BEFORE.matcher(before).find()) {
        // since its founding in 2001, с момента создания в 2002 году: the start of what began then
        out.add(new DateMention(d.begin(), d.end(), d.date(), d.date(), null));
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * What joins a start to the end of its span (from March 2001 to June 2005, from 1 March 2001
   * through 30 June 2005, с марта 2015 года и по июнь 2019 года): the second date is the end.
   */
  private static final Pattern SPAN_JOIN =
      Pattern.compile(
          "\\s*(?:to|through|until|till|and\\s+until|[-–—]|по|至|到)\\s*", Pattern.UNICODE_CASE);

  /**
   * A start and an end the same clause gives apart (自2005年起擔任…直至2019年, 獨立第一天起擔任總統職務直至2019): one
   * span from the one to the other, as 2005年至2019年 is.
   */
  private static List<DateMention> spans(List<DateMention> ds, String view) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < ds.size(); i++) {
      DateMention a = ds.get(i);
      DateMention b = i + 1 < ds.size() ? ds.get(i + 1) : null;
      if (b != null
          && a.since() != null
          && a.until() == null
          && b.since() == null
          && b.until() == null
          && b.also() == null
          && a.date().compareTo(b.date()) <= 0
          && SPAN_JOIN.matcher(view.substring(a.end(), b.begin())).matches()) {
        b = new DateMention(b.begin(), b.end(), b.date(), null, b.date());
      }
      if (b != null
          && a.since() != null
          && a.until() == null
          && b.until() != null
          && b.since() == null
          && a.since().compareTo(b.until()) <= 0
          && view.substring(a.end(), b.begin())
              .chars()
              .noneMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0)) {
        out.add(new DateMention(a.begin(), b.end(), a.date(), a.since(), b.until()));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private List<DateMention> dated(String view, Context ctx) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = P.matcher(view);
    while (m.find()) {
      if (m.group("rupl") != null || m.group("enpl") != null) {
        // в 1999 и в 2012 годах, in 1994 and 2002: two dates, each its own
        boolean ru = m.group("rupl") != null;
        String ga = ru ? "rupa" : "enpa";
        String gb = ru ? "rupb" : "enpb";
        DateMention a = absolute(m.start(ga), m.end(ga), num(m.group(ga)), -1, -1, ctx);
        DateMention z = absolute(m.start(gb), m.end(), num(m.group(gb)), -1, -1, ctx);
        if (a != null && z != null) {
          out.add(a);
          out.add(z);
        }
        continue;
      }
      if (m.group("btw") != null) {
        // between 2007 and 2022: what the clause tells happened within the span (agreements signed,
        // doctrines adopted), at its first year and at its last, not the relation's bounds
        DateMention a = absolute(m.start("b1"), m.end("b1"), num(m.group("b1")), -1, -1, ctx);
        DateMention z = absolute(m.start("b2"), m.end("b2"), num(m.group("b2")), -1, -1, ctx);
        if (a != null && z != null && a.date().compareTo(z.date()) <= 0) {
          out.add(new DateMention(m.start(), m.end("b1"), a.date(), null, null, z.date()));
          out.add(z);
        }
        continue;
      }
      DateMention d = toDate(m, ctx, view);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * A past participle or verb right before к (эмбарго, отменённое к 2009 году; войска были выведены
   * к 2005 году): к then says by when it had happened, an end, as English "lifted by 2009" does;
   * after anything else к 2030 году is a target.
   */
  private static final Pattern PAST_BEFORE =
      Pattern.compile(
          "(?<![а-яё])[а-яё]*(?:[её]нн|анн|т)(?:ые|ая|ое|ый|ых|ую|ого)\\s*$"
              + "|(?<![а-яё])(?:был|была|было|были)\\s+[а-яё]+\\s*$"
              + "|(?<![а-яё])[а-яё]{3,}(?:ил|ила|ило|или|ал|ала|али|ел|ела|ели)(?:ся|сь)?\\s*$",
          Pattern.UNICODE_CASE);

  private static DateMention toDate(Matcher m, Context ctx, String view) {
    int b = m.start();
    int e = m.end();
    if (m.group("range") != null || m.group("rur") != null) {
      // 2011年至2016年, 1999年10月至2002年1月, с 2001 по 2014 год: the bounds themselves
      boolean ru = m.group("rur") != null;
      int a = Integer.parseInt(m.group(ru ? "rura" : "ra"));
      int z = Integer.parseInt(m.group(ru ? "rurb" : "rb"));
      int am = ru ? -1 : num(m.group("ram"));
      int zm = ru ? -1 : num(m.group("rbm"));
      if (!plausible(a) || !plausible(z) || z < a || am > 12 || zm > 12) {
        return null;
      }
      String since = iso(a, am, -1);
      String until = iso(z, zm, -1);
      ctx.year = z;
      ctx.month = zm;
      ctx.day = -1;
      ctx.last = until;
      return new DateMention(b, e, since, since, until);
    }
    if (m.group("chr") != null) {
      // 2006, июнь — …; 2015, 30 ноября — …: a chronology's entry, its year first
      String mo = m.group("chm");
      int month = mo.matches("[a-z]+") ? month(mo) : ruMonth(mo);
      int day = m.group("chd") != null ? num(m.group("chd")) : num(m.group("chd2"));
      return absolute(m.start("chmd"), e, num(m.group("chy")), month, day, ctx);
    }
    if (m.group("rurel") != null || m.group("enrel") != null) {
      // в августе того же года, in March of the following year: a month of the paragraph's year,
      // or of the year after it
      boolean ru = m.group("rurel") != null;
      if (ctx.year < 0) {
        return null;
      }
      String w = m.group(ru ? "rurelw" : "enrelw");
      boolean same = w.startsWith("того") || w.startsWith("that") || w.contains("same");
      int month = ru ? ruMonth(m.group("rurelm")) : month(m.group("enrelm"));
      return absolute(
          b, e, ctx.year + (same ? 0 : 1), month, ru ? num(m.group("rureld")) : -1, ctx);
    }
    if (m.group("since") != null) {
      int y = Integer.parseInt(m.group("sy"));
      if (!plausible(y)) {
        return null;
      }
      // 自2015年3月1日起, 自2014年底起: a day or a part of the year as the start
      DateMention d = absolute(b, e, y, num(m.group("sm")), num(m.group("sd")), ctx);
      return d == null ? null : new DateMention(b, e, d.date(), d.date(), null);
    }
    if (m.group("until") != null) {
      // 擔任總統直至2019年: the end the text gives
      DateMention d =
          absolute(
              b, e, Integer.parseInt(m.group("uy")), num(m.group("um")), num(m.group("ud")), ctx);
      return d == null ? null : new DateMention(b, e, d.date(), null, d.date());
    }
    if (m.group("rocr") != null) {
      // 民國90年至94年: a span in the years of the Republic
      int a = 1911 + Integer.parseInt(m.group("rra"));
      int z = 1911 + Integer.parseInt(m.group("rrb"));
      if (!plausible(a) || !plausible(z) || z < a) {
        return null;
      }
      ctx.year = z;
      ctx.month = -1;
      ctx.day = -1;
      ctx.last = String.valueOf(z);
      return new DateMention(b, e, String.valueOf(a), String.valueOf(a), String.valueOf(z));
    }
    if (m.group("roc") != null) {
      // 民國104年, 自民國104年起 (since)
      DateMention d =
          absolute(
              b,
              e,
              1911 + Integer.parseInt(m.group("ry")),
              num(m.group("rm")),
              num(m.group("rd")),
              ctx);
      return bounded(d, m.group("rocs") != null, false);
    }
    if (m.group("full") != null) {
      int y = Integer.parseInt(m.group("y"));
      // 1992年5月, 一九九二年五月
      int mo = m.group("m") == null ? -1 : chineseNumber(m.group("m"));
      return plausible(y) ? absolute(b, e, y, mo, num(m.group("d")), ctx) : null;
    }
    if (m.group("relsame") != null) {
      // the same day, 當天: the paragraph's last date as it stands
      return ctx.year < 0 ? null : absolute(b, e, ctx.year, ctx.month, ctx.day, ctx);
    }
    if (m.group("reldays") != null) {
      // within days, 數日後: the month of the paragraph's last day, unless its end is near
      if (ctx.year < 0) {
        return null;
      }
      boolean sameMonth = ctx.month >= 1 && ctx.day >= 1 && ctx.day <= 20;
      return absolute(b, e, ctx.year, sameMonth ? ctx.month : -1, -1, ctx);
    }
    if (m.group("relweeks") != null) {
      // weeks later, 數週後: the year of the paragraph's last date, unless its end is near
      return ctx.year < 0 || ctx.month >= 11 ? null : absolute(b, e, ctx.year, -1, -1, ctx);
    }
    if (m.group("relday") != null) {
      // sworn in the next day, на следующий день, 次日: the day after the paragraph's last day
      if (ctx.year < 0 || ctx.month < 1 || ctx.day < 1) {
        return null;
      }
      java.time.LocalDate next;
      try {
        next = java.time.LocalDate.of(ctx.year, ctx.month, ctx.day).plusDays(1);
      } catch (java.time.DateTimeException x) {
        return null;
      }
      return absolute(b, e, next.getYear(), next.getMonthValue(), next.getDayOfMonth(), ctx);
    }
    if (m.group("relmo") != null) {
      // 同月, the same month, в том же месяце: the paragraph's month; 次月, the following month: the
      // one after it
      if (ctx.year < 0 || ctx.month < 1) {
        return null;
      }
      String w = m.group("rmw");
      boolean next =
          w.startsWith("次")
              || w.startsWith("翌")
              || w.contains("follow")
              || w.contains("next")
              || w.contains("следующ");
      int month = ctx.month + (next ? 1 : 0);
      return absolute(
          b, e, ctx.year + (month > 12 ? 1 : 0), month > 12 ? 1 : month, num(m.group("rmd")), ctx);
    }
    if (m.group("relpart") != null) {
      // 並於年底正式退出: the end of the paragraph's year
      return ctx.year < 0 ? null : absolute(b, e, ctx.year, -1, -1, ctx);
    }
    if (m.group("later") != null) {
      // five years later, спустя семь месяцев, 六年后: the paragraph's last date moved on; without
      // one, no date (the document's own date is no anchor for "later")
      String n = first(m.group("lna"), m.group("lnb"), m.group("lnd"), m.group("lnc"));
      String unit = first(m.group("lua"), m.group("lub"), m.group("lud"), m.group("luc"));
      int count = count(n);
      if (ctx.year < 0 || count < 1) {
        return null;
      }
      if (unit.startsWith("year")
          || unit.startsWith("год")
          || unit.equals("лет")
          || unit.equals("年")) {
        return absolute(b, e, ctx.year + count, -1, -1, ctx);
      }
      if (ctx.month < 1) {
        return count % 12 == 0 ? absolute(b, e, ctx.year + count / 12, -1, -1, ctx) : null;
      }
      int months = ctx.year * 12 + ctx.month - 1 + count;
      return absolute(b, e, months / 12, months % 12 + 1, -1, ctx);
    }
    if (m.group("rel") != null) {
      String w = m.group("rw");
      Integer shift = DEICTIC.get(w);
      // 今年, 去年, last year: from when the document was written, never from the last year the text
      // named; 同年,
      // 隔年, the following year: from the paragraph's last date, or else the document's. Without
      // either: no date.
      int base = shift != null ? ctx.docYear : ctx.year >= 0 ? ctx.year : ctx.docYear;
      if (base < 0) {
        return null;
      }
      boolean same = SAME.contains(w);
      int y = base + (shift != null ? shift : same ? 0 : 1);
      int month = w.equals("同月") ? (ctx.year == base ? ctx.month : -1) : num(m.group("relm"));
      if (w.equals("同月") && month < 0) {
        return null;
      }
      return absolute(b, e, y, month, num(m.group("reld")), ctx);
    }
    if (m.group("md") != null) {
      int y = ctx.yearOf(num(m.group("mdm")));
      return y < 0 ? null : absolute(b, e, y, num(m.group("mdm")), num(m.group("mdd")), ctx);
    }
    if (m.group("enco") != null) {
      // in January and August 2015 (respectively): a bare month coordinated with a month and year
      // takes that year
      return absolute(b, e, Integer.parseInt(m.group("encoy")), month(m.group("encom")), -1, ctx);
    }
    if (m.group("enmd") != null) {
      if (EVENT_NOUN_AFTER.matcher(view).region(e, view.length()).lookingAt()) {
        // the September 11 attacks: an event the text names by its day, not a day of the
        // paragraph's year; data/rules/time-named.tsv knows its year, or nothing does
        return null;
      }
      int month = month(m.group("enmdm"));
      int y = ctx.yearOf(month);
      return y < 0 ? null : absolute(b, e, y, month, num(m.group("enmdd")), ctx);
    }
    if (m.group("mo") != null) {
      // 五月集體簽署, 3月成為會員: a month of the paragraph's year
      return ctx.year < 0 ? null : absolute(b, e, ctx.year, chineseNumber(m.group("mom")), -1, ctx);
    }
    if (m.group("ru") != null) {
      // 15 мая 1992 года, в мае 2001 года; с января 2023 года (since), до марта 2022 года (until)
      DateMention d =
          absolute(
              b,
              e,
              Integer.parseInt(m.group("ruy")),
              ruMonth(m.group("rum")),
              num(m.group("rud")),
              ctx);
      String prep = m.group("rup2") == null ? "" : m.group("rup2");
      return bounded(
          d,
          prep.startsWith("с") || prep.startsWith("начиная"),
          prep.startsWith("до") || prep.equals("по"));
    }
    if (m.group("ruyr") != null) {
      // в 1993 году; с 2001 года, с конца 2014 года (since), до 2050 года, по 2019 год (until); к
      // 2030 году is a target, not a date
      String prep = m.group("rup") == null ? "" : m.group("rup").replaceAll("\\s+", " ");
      if (prep.equals("к") && !PAST_BEFORE.matcher(view.substring(0, b)).find()) {
        return null;
      }
      DateMention d = absolute(b, e, Integer.parseInt(m.group("ruyy")), -1, -1, ctx);
      return bounded(
          d,
          // после 2001 года: what held after the year began with it (пользовался после 2001 года)
          prep.equals("с")
              || prep.equals("со")
              || prep.startsWith("начиная")
              || prep.equals("после"),
          prep.equals("до") || prep.equals("по") || prep.equals("к"));
    }
    if (m.group("en") != null) {
      // May 15, 1992; since January 2023 (since), until March 2022 (until)
      DateMention d =
          absolute(
              b,
              e,
              Integer.parseInt(m.group("eny")),
              month(m.group("enm")),
              num(m.group("end")),
              ctx);
      return byPreposition(d, m.group("enp"));
    }
    if (m.group("en2") != null) {
      // 15 March 2015; since 15 March 2015 (since), until 30 June 2019 (until)
      DateMention d =
          absolute(
              b,
              e,
              Integer.parseInt(m.group("en2y")),
              month(m.group("en2m")),
              num(m.group("en2d")),
              ctx);
      return byPreposition(d, m.group("en2p"));
    }
    if (m.group("partof") != null) {
      // the end of 2019, the spring of 2005: the year, bounded by what stands before it (until the
      // end of 2019: see ends)
      return absolute(m.start("poy"), e, Integer.parseInt(m.group("poy")), -1, -1, ctx);
    }
    if (m.group("attr") != null) {
      // the 2008 invasion of Georgia, its 2015 accession: a year that dates the noun after it
      return absolute(b, e, Integer.parseInt(m.group("ay")), -1, -1, ctx);
    }
    int y = Integer.parseInt(m.group("ey"));
    DateMention d = absolute(b, e, y, -1, -1, ctx);
    String prep = m.group("prep");
    if (d != null && (prep.equals("since") || prep.equals("from"))) {
      return new DateMention(b, e, d.date(), d.date(), null);
    }
    if (d != null && (prep.equals("until") || prep.equals("till") || prep.equals("through"))) {
      return new DateMention(b, e, d.date(), null, d.date());
    }
    return d;
  }

  /**
   * A noun of an event right after a month and day: the September 11 attacks, the May 13 events.
   */
  private static final Pattern EVENT_NOUN_AFTER =
      Pattern.compile(
          "\\s+(?:terrorist\\s+)?(?:attacks?|events?|bombings?|massacre|tragedy|incident|uprising"
              + "|revolution|crisis)(?![a-z])");

  /** The relative words that keep the paragraph's year (the others count one year on). */
  private static final java.util.Set<String> SAME =
      java.util.Set.of(
          "同年",
          "同月",
          "the same year",
          "later that year",
          "that same year",
          "в том же году",
          "того же года");

  /** The words that count from the document's date, and by how many years. */
  private static final java.util.Map<String, Integer> DEICTIC =
      java.util.Map.of(
          "今年",
          0,
          "本年",
          0,
          "去年",
          -1,
          "上年",
          -1,
          "前年",
          -2,
          "明年",
          1,
          "this year",
          0,
          "last year",
          -1,
          "next year",
          1);

  /** The date as a start (since) or an end (until) the preposition before it makes it. */
  private static DateMention bounded(DateMention d, boolean since, boolean until) {
    if (d == null || !since && !until) {
      return d;
    }
    return new DateMention(
        d.begin(), d.end(), d.date(), since ? d.date() : null, until ? d.date() : null);
  }

  /**
   * An English date bounded by the preposition before it: since or from makes a start, until, till,
   * through or by an end, none a plain date.
   */
  private static DateMention byPreposition(DateMention d, String preposition) {
    String prep = preposition == null ? "" : preposition;
    boolean since = prep.equals("since") || prep.equals("from");
    // by 2023, by May 2023: a state the text sees at that date, no end of it (By 2023 Iran, a
    // member
    // since that year, …)
    return bounded(d, since, !prep.isEmpty() && !since && !prep.equals("by"));
  }

  private static DateMention absolute(int b, int e, int y, int month, int day, Context ctx) {
    if (!plausible(y) || month > 12 || day > 31) {
      return null;
    }
    ctx.year = y;
    ctx.month = month;
    ctx.day = month < 1 ? -1 : day;
    ctx.last = iso(y, month, -1);
    String iso = iso(y, month, day);
    return new DateMention(b, e, iso, null, null);
  }

  private static String iso(int y, int month, int day) {
    if (month < 1) {
      return String.valueOf(y);
    }
    if (day < 1) {
      return String.format(Locale.ROOT, "%04d-%02d", y, month);
    }
    return String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, day);
  }

  private static boolean plausible(int y) {
    return y >= 1800 && y <= 2100;
  }

  /** 1 to 12 in digits or Chinese numerals (五, 十一). */
  private static int chineseNumber(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    String digits = "一二三四五六七八九";
    if (s.startsWith("十")) {
      return 10 + (s.length() > 1 ? digits.indexOf(s.charAt(1)) + 1 : 0);
    }
    return digits.indexOf(s.charAt(0)) + 1;
  }

  private static String first(String... xs) {
    for (String x : xs) {
      if (x != null) {
        return x;
      }
    }
    return null;
  }

  /**
   * A count of years or months: digits, an English or Russian word (five, пять), or Chinese
   * numerals up to ninety-nine (六, 十二, 二十, 两); -1 for anything else.
   */
  static int count(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    if (s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    String w = s.toLowerCase(Locale.ROOT);
    Integer word = COUNT_WORDS.get(w);
    if (word != null) {
      return word;
    }
    String digits = "一二三四五六七八九";
    String z = w.replace('两', '二');
    int ten = z.indexOf('十');
    if (ten < 0) {
      return z.length() == 1 && digits.indexOf(z.charAt(0)) >= 0
          ? digits.indexOf(z.charAt(0)) + 1
          : -1;
    }
    int tens = ten == 0 ? 1 : ten == 1 ? digits.indexOf(z.charAt(0)) + 1 : -1;
    int ones =
        ten == z.length() - 1
            ? 0
            : z.length() - ten == 2 ? digits.indexOf(z.charAt(ten + 1)) + 1 : -1;
    return tens < 1 || ones < 0 ? -1 : tens * 10 + ones;
  }

  private static int num(String s) {
    return s == null ? -1 : Integer.parseInt(s);
  }

  private static int ruMonth(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < RU_STEMS.size(); i++) { // март before ма
      if (n.startsWith(RU_STEMS.get(i))) {
        return i + 1;
      }
    }
    return -1;
  }

  private static int month(String name) {
    return List.of(MONTHS.split("\\|")).indexOf(name.toLowerCase(Locale.ROOT)) + 1;
  }
}
