package org.cagraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.actors.Actor;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.Dependency;
import org.cagraph.nlp.Token;
import org.cagraph.text.Sentence;

/**
 * Runs the rules over one linked sentence. Linked mentions are masked as typed placeholders, and a
 * coordinated list (哈薩克、吉爾吉斯、塔吉克、烏茲別克、中國與俄羅斯) becomes one placeholder whose members each yield a
 * statement.
 */
public final class RuleEngine {
  private static final Pattern COORDINATOR =
      Pattern.compile(
          "\\s*(、|,\\s*так\\s+и|,?\\s*а\\s+также(?:\\s+и)?|[,，]?\\s*(?:and|以及|及)|,|与|和|及|以及|跟|同|暨|及其|and|&|以及其他|и"
              // English "as well as" with no comma, as а также (a member of the SCO as well as the
              // CSTO); with commas it is an aside, InsertedClauses.EN_SAME's
              + "|as\\s+well\\s+as)?\\s*(?:the\\s+)?"
              // a head of state stands for the state: Путин и лидеры пяти государств, Xi and the
              // leaders of Kazakhstan and Uzbekistan (only after a coordinator)
              + "(?:(?<=(?:and|и)\\s{1,3}(?:the\\s{1,3})?)(?:leaders|presidents|heads\\s+of\\s+state|лидеры|президенты"
              + "|главы\\s+государств)(?:\\s+of)?\\s+(?:the\\s+)?)?");

  /**
   * The heads-of-state words {@link #COORDINATOR} reads (a gap longer than a plain coordinator).
   */
  private static final Pattern HEADS_OF =
      Pattern.compile(
          "(?:leaders|presidents|heads\\s+of\\s+state|лидеры|президенты|главы\\s+государств)");

  /** The English "as well as" of {@link #COORDINATOR}, with no comma: the whole gap. */
  private static final Pattern AS_WELL_AS =
      Pattern.compile("\\s+as\\s+well\\s+as\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "[" + RuleSet.OPEN + RuleSet.MOD_OPEN + "][^" + RuleSet.CLOSE + "]*" + RuleSet.CLOSE);
  private final RuleSet rules;
  private final java.util.function.Function<String, Actor> actors;
  private final DateParser dates = new DateParser();

  /**
   * @param actors looks up an actor by id (for {@code O:@home}: a person's own state)
   */
  public RuleEngine(RuleSet rules, java.util.function.Function<String, Actor> actors) {
    this.rules = rules;
    this.actors = actors;
  }

  /**
   * Relation-relevant state carried from sentence to sentence of a paper (the paragraph's last
   * date).
   */
  public static final class PaperState {
    final DateParser.Context dates;
    final String docDate;
    private final String text;
    private int lastEnd = -1;

    public PaperState() {
      this(null);
    }

    /**
     * @param docDate the paper's date from the manifest (2023-12-15), or null: relative dates then
     *     need one in the text
     */
    public PaperState(String docDate) {
      this(docDate, null);
    }

    /**
     * @param text the paper's original text, where a blank line after a Latin or Cyrillic
     *     sentence's full stop ends the dates it gave ({@link #enter}); null: only the paragraph
     *     numbers do
     */
    public PaperState(String docDate, String text) {
      this.docDate = docDate;
      this.text = text;
      this.dates = new DateParser.Context(docDate);
    }

    /**
     * Enters sentence {@code s}: a new paragraph, or a blank line after a sentence ending in . ! or
     * ? (an English or Russian paragraph: the text stage keeps those in one paragraph, so that a
     * reference finds its antecedent in the paragraphs before), forgets the date the text gave
     * last. An undated act is dated by its own paragraph, never by one before it.
     */
    void enter(Sentence s) {
      if (text != null && lastEnd >= 0 && lastEnd <= s.start() && s.start() <= text.length()) {
        if (blankLineAfterFullStop(text, lastEnd, s.start())) {
          dates.newBlock();
        }
      }
      lastEnd = s.end();
      dates.enter(s.paragraph());
    }

    static boolean blankLineAfterFullStop(String text, int prevEnd, int start) {
      String gap = text.substring(prevEnd, start);
      if (!BLANK_LINE.matcher(gap).find()) {
        return false;
      }
      int k = prevEnd - 1;
      while (k >= 0 && "\"'»”’)]".indexOf(text.charAt(k)) >= 0) {
        k--;
      }
      return k >= 0 && ".!?".indexOf(text.charAt(k)) >= 0;
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0\\u3000\\r]*\\n");
  }

  /**
   * A statement's date as before (the nearest date, with since/until from ranges) and its typed
   * time readings.
   */
  private record When(String date, String since, String until, List<TimeReading> readings) {}

  /**
   * A placeholder: the distinct actors of a coordinated list, and its span; {@code groupWord} when
   * they all come from one group word (中亞五國, the Central Asian states), which names a set, not
   * pairs within it.
   */
  private record Group(
      List<Actor> members, int begin, int end, boolean groupWord, int withAt, boolean pairwise) {
    Group(List<Actor> members, int begin, int end) {
      this(members, begin, end, false, -1, false);
    }
  }

  /** A count of states right after a list (烏、吉、塔三國): the list's own apposition. */
  private static final Pattern COUNT_AFTER = Pattern.compile("\\s*([三四五六]|[3-6])国");

  /**
   * A Chinese title right before the person it names (俄羅斯總統葉爾欽, the state, a few title words, the
   * person): an apposition, which what the clause negates, plans or claims does not reach
   * (這一設想並未得到俄羅斯總統 葉爾欽的回應: the response is negated, not the presidency).
   */
  private static boolean title(Rule r, Matcher m) {
    if (!r.predicate().equals("HEAD_OF")) {
      return false;
    }
    int oe = end(m, "O");
    if (oe < 0) {
      oe = m.start(); // the person's own state (總統托卡耶夫): the title opens the match
    }
    int ss = start(m, "S");
    if (ss < oe + 2 || ss - oe > 12 || oe < m.start() || ss > m.end()) {
      return false;
    }
    String between = m.group().substring(oe - m.start(), ss - m.start());
    return between
            .chars()
            .noneMatch(c -> "，。；：,;:！？!?_ ".indexOf(c) >= 0 || Character.isLowerCase(c))
        && between
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        && !between.matches(".*[是为為非不].*");
  }

  /**
   * A place named inside a noun phrase, its state right before it with nothing but 的, a capital or
   * a part of the state between (吉爾吉斯首都比什凱克, 駐吉爾吉斯的坎特空軍基地), where the gazetteer already puts the
   * place in that state (the test {@code @own} makes): geography the sentence describes on the way,
   * which the clause's negation or plan does not reach (地區反恐怖機構原定設在吉爾吉斯首都比什凱克: the seat was a plan,
   * Bishkek is still Kyrgyzstan's capital). Anything else keeps the clause's status: the planned
   * seat (地區反恐怖機構 in 比什凱克) is no located fact.
   */
  private static boolean describedPlace(Rule r, Matcher m, List<Group> groups) {
    if (!r.predicate().equals("LOCATED_IN")) {
      return false;
    }
    String v = m.group();
    int o = end(m, "O") - m.start();
    int s = start(m, "S") - m.start();
    if (o < 0 || s < o || s > v.length()) {
      return false;
    }
    // from the object's closing mark to the subject's opening one (a modifier's included)
    int a = v.indexOf(RuleSet.CLOSE, o) + 1;
    int b = Math.max(v.lastIndexOf(RuleSet.OPEN, s), v.lastIndexOf(RuleSet.MOD_OPEN, s));
    if (a <= 0 || b < a || b - a > 6 || !DESCRIBED_BETWEEN.matcher(v.substring(a, b)).matches()) {
      return false;
    }
    List<Actor> subj = groups.get(Integer.parseInt(m.group("S"))).members();
    List<Actor> obj = groups.get(Integer.parseInt(m.group("O"))).members();
    return !subj.isEmpty()
        && subj.stream().allMatch(x -> obj.stream().anyMatch(y -> y.id().equals(x.partOf())));
  }

  /**
   * What may stand between a state and its place in {@link #describedPlace}: 的, 境內, and the capital
   * or part words of LOCATED_IN's PART_OF_STATE (macros.rules STATE_PART_ZH).
   */
  private static final Pattern DESCRIBED_BETWEEN =
      Pattern.compile("(?:的|境内|国内|" + RuleSet.sharedMacro("STATE_PART_ZH") + ")*");

  /**
   * A Russian place after в (во) opening the sentence or a clause, a name in the nominative right
   * after it, nothing but a space between (В Астане Индия и Пакистан становятся членами ШОС): the
   * name is the clause's subject, not the place's genitive modifier (в Баткенской области
   * Киргизии), so the two are no pair of one relation. Nominative: the name's first word is
   * capitalised and ends in -ия, -ь or a consonant (Индия, Беларусь, Казахстан), which no genitive
   * does (Индии, Беларуси, Казахстана); an abbreviation (США, КНР) does not decline and proves
   * nothing.
   */
  static boolean subjectAfterOpeningPlace(String text, Group place, Group name) {
    if (place.end() > name.begin()
        || place.begin() < 0
        || name.end() > text.length()
        || !text.substring(place.end(), name.begin()).matches("\\s+")
        || !OPENING_V.matcher(text.substring(0, place.begin())).find()) {
      return false;
    }
    Matcher w = FIRST_WORD.matcher(text).region(name.begin(), name.end());
    if (!w.lookingAt()) {
      return false;
    }
    String word = w.group();
    if (word.length() < 4 || word.substring(1).chars().anyMatch(Character::isUpperCase)) {
      return false;
    }
    String low = word.toLowerCase(java.util.Locale.ROOT);
    return low.endsWith("ия")
        || "аяиуеоыюэй".indexOf(low.charAt(low.length() - 1)) < 0
        || low.endsWith("ай")
        || low.endsWith("ей");
  }

  /**
   * в or во opening the sentence or a clause, right before a place, perhaps after a date that opens
   * it (В июле 2025 года в Кабуле, В 2017 году в Астане, В июне в Астане).
   */
  private static final Pattern OPENING_V =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*)[\"«(]?(?:[Вв]\\s+(?:\\d{1,2}\\s+)?(?:[а-яё]+\\s+)?(?:\\d{4}\\s+)?"
              + "(?:года|году|г\\.)\\s*,?\\s*|[Вв]\\s+[а-яё]+\\s+)?(?:[Вв]|[Вв]о)\\s+$");

  /** A capitalised Cyrillic word. */
  private static final Pattern FIRST_WORD = Pattern.compile("[А-ЯЁ][а-яё]+");

  private static int start(Matcher m, String group) {
    try {
      return m.start(group);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static int end(Matcher m, String group) {
    try {
      return m.end(group);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  /** The count word right after a list ending at {@code end}, or -1. */
  private static int countAfter(String view, int end) {
    Matcher m = COUNT_AFTER.matcher(view).region(Math.min(end, view.length()), view.length());
    if (!m.lookingAt()) {
      return -1;
    }
    String c = m.group(1);
    int zh = "三四五六".indexOf(c);
    return zh >= 0 ? zh + 3 : Integer.parseInt(c);
  }

  /** The Chinese coordinators that also mean "with": 中國與哈薩克、吉爾吉斯及塔吉克接壤 is China with the three. */
  private static final Pattern WITH = Pattern.compile("\\s*(与|同|跟)\\s*");

  public List<Statement> extract(Sentence s, List<Mention> mentions, PaperState state) {
    return extract(s, null, mentions, state);
  }

  /**
   * The pattern rules over the masked sentence; then the same rules over Russian relative clauses
   * put in main-clause order ({@link RelativeClauses}) and over Chinese clauses with their topic
   * carried in ({@link CarriedSubject}, when CoreNLP's tags are at hand); then the verb frames over
   * the dependency parse ({@code parsed}); last the memberships a member count states ({@link
   * MembershipPhrases}). Each later reading adds only a relation no earlier one read in this
   * sentence, in any status.
   */
  public List<Statement> extract(
      Sentence s, AnnotatedSentence parsed, List<Mention> mentions, PaperState state) {
    state.enter(s);
    // the paragraph's date before this sentence's own: it dates an act this sentence tells undated
    String view = Linker.key(s.text());
    if (rules.time().opensTopic(view)) {
      // 至於對歐關係，…: a sentence opening a new topic starts its dates afresh, as a new paragraph
      // does, for itself and for the sentences after it
      state.dates.newBlock();
    }
    String paragraphDate = state.dates.last();
    List<DateMention> ds = dates.parse(view, state.dates);
    if (mentions.isEmpty()) {
      return List.of();
    }
    List<Group> groups = groups(view, mentions);
    StringBuilder masked = new StringBuilder();
    List<Integer> toText = new ArrayList<>();
    int pos = 0;
    for (int g = 0; g < groups.size(); g++) {
      Group gr = groups.get(g);
      append(masked, toText, view, pos, gr.begin());
      boolean modifier =
          g + 1 < groups.size() && groups.get(g + 1).begin() == gr.end() && gr.end() > gr.begin();
      String ph = openTypes(gr, modifier) + "#" + g + surface(gr, view) + RuleSet.CLOSE;
      for (int k = 0; k < ph.length(); k++) {
        masked.append(ph.charAt(k));
        toText.add(gr.begin());
      }
      pos = gr.end();
    }
    append(masked, toText, view, pos, view.length());
    thousands(masked);
    Map<String, Statement> out = new LinkedHashMap<>();
    String maskedText = masked.toString();
    List<Token> tokens = parsed == null ? null : parsed.tokens();
    List<int[]> own = InsertedClauses.ownClauses(maskedText);
    List<InsertedClauses.View> insertedViews = inserted(maskedText, toText, view);
    // Tajikistan borders Afghanistan and receives Chinese loans: the first predicate's actors and
    // dates are not the second's
    List<SecondPredicates.Span> seconds =
        latin(maskedText) && !cyrillic(maskedText)
            ? SecondPredicates.english(maskedText, toText, tokens)
            : List.of();
    List<InsertedClauses.View> cuts = new ArrayList<>(insertedViews);
    seconds.forEach(sp -> cuts.add(sp.view()));
    List<int[]> asides = asides(own, cuts, toText);
    // the sentence's own words, once: every match reads its clause there
    Site site =
        Site.of(
            tokens == null ? null : CarriedSubject.clauses(maskedText, toText, tokens),
            maskedText,
            toText,
            groups,
            mentions,
            s,
            ds,
            view,
            state.docDate,
            paragraphDate,
            out,
            tokens,
            asides);
    boolean[] present = new boolean[128];
    for (Group gr : groups) {
      for (Actor a : gr.members()) {
        present[a.typeCode()] = true;
      }
    }
    List<Rule> ruleList = rules.rules();
    Prefilter.Text may = rules.prefilter().over(maskedText);
    for (int k = 0; k < ruleList.size(); k++) {
      Rule r = ruleList.get(k);
      if (!r.slotsFillable(present)) {
        continue; // no actor of a slot's types in the sentence: the rule cannot match
      }
      if (!may.mayMatch(k)) {
        continue; // no trigger word, or none of the strings the pattern cannot match without: the
        // whole pattern need not be tried at every position
      }
      Matcher m = r.pattern().matcher(masked);
      int from = 0;
      while (from < masked.length() && m.find(from)) {
        int subj = start(m, r.pair() ? "P" : "S");
        int verb = r.trigger() && start(m, "T") >= 0 ? start(m, "T") : start(m, "O");
        if (subj >= 0 && verb > subj && InsertedClauses.subjectInside(own, subj, verb)) {
          from = m.start() + 1; // an actor of a relative clause is no subject of the main verb
          continue;
        }
        if (subj >= 0
            && r.trigger()
            && verb > subj
            && InsertedClauses.participleSubjectInside(own, maskedText, subj, verb)) {
          from = m.start() + 1; // nor of an active participle of its own clause
          continue;
        }
        if (!seconds.isEmpty()
            && r.trigger()
            && start(m, "T") >= 0
            && SecondPredicates.slotInFirst(
                seconds, start(m, "T"), start(m, "S"), start(m, "O"), start(m, "P"))) {
          from = m.start() + 1; // nor is a first predicate's actor a second predicate's
          continue;
        }
        emit(r, m, site);
        if (r.everyObject()) {
          earlierObjects(r, masked, m, site);
        }
        from = m.start() + 1;
      }
    }
    for (RelativeClauses.Clause c : RelativeClauses.of(maskedText, toText)) {
      reread(c, site, present); // тема Афганистана, с которым Узбекистан граничит
    }
    for (InsertedClauses.View v : insertedViews) {
      reread(v, site, present); // Туркмения, которая не входит в ОДКБ, граничит с Ираном
    }
    if (!cyrillic(maskedText)) {
      for (InsertedClauses.Shared v : InsertedClauses.sharedEnglish(maskedText, toText)) {
        // Tajikistan, together with Kyrgyzstan, took part in …: Kyrgyzstan took part in …
        rereadWhole(v.masked(), v.toText(), site, present, m -> fills(m, v.masked(), v.at()));
      }
      for (InsertedClauses.Shared v : InsertedClauses.coAgentsChinese(maskedText, toText)) {
        // 亞美尼亞於2015年與吉爾吉斯一同加入歐亞經濟聯盟: 亞美尼亞於2015年一同加入歐亞經濟聯盟
        rereadWhole(v.masked(), v.toText(), site, present, m -> subjectAt(m, v.masked(), v.at()));
      }
      for (InsertedClauses.Shared v : InsertedClauses.besidesChinese(maskedText, toText, view)) {
        // 除哈薩克之外，吉爾吉斯也派兵參加: 哈薩克也派兵參加
        rereadWhole(v.masked(), v.toText(), site, present, m -> actorLeads(m, v.masked(), v.at()));
      }
    }
    if (cyrillic(maskedText)) {
      for (InsertedClauses.View v : InsertedClauses.prenominal(maskedText, toText, view)) {
        reread(v, site, present); // Вышедший из ОДКБ Узбекистан …: Узбекистан вышел из ОДКБ
      }
      for (InsertedClauses.Shared v : InsertedClauses.shared(maskedText, toText)) {
        // Казахстан, как и Россия, входит в ЕАЭС: Россия входит в ЕАЭС
        rereadWhole(v.masked(), v.toText(), site, present, m -> fills(m, v.masked(), v.at()));
      }
      for (InsertedClauses.Shared v : InsertedClauses.coAgents(maskedText, toText)) {
        // Казахстан вместе с Киргизией вступил в ВТО: Киргизия вступил в ВТО
        rereadWhole(v.masked(), v.toText(), site, present, m -> fills(m, v.masked(), v.at()));
      }
      for (InsertedClauses.View v : InsertedClauses.coAgentCuts(maskedText, toText)) {
        reread(v, site, present); // …, входящие вместе с Россией в ОДКБ: …, входящие в ОДКБ
      }
      for (InsertedClauses.Shared v : InsertedClauses.notOnly(maskedText, toText)) {
        // Казахстан входит не только в ШОС, но и в ОДКБ: Казахстан входит в ШОС и ОДКБ
        rereadWhole(v.masked(), v.toText(), site, present, m -> fills(m, v.masked(), v.at()));
      }
      for (InsertedClauses.Shared v : InsertedClauses.besidesFronted(maskedText, toText)) {
        // Помимо Казахстана, в учениях участвовала Киргизия: Казахстан участвовала в учениях
        rereadWhole(v.masked(), v.toText(), site, present, m -> subjectAt(m, v.masked(), v.at()));
      }
      for (InsertedClauses.Shared v : InsertedClauses.appositions(maskedText, toText)) {
        // Армения, союзник России по ОДКБ, …: Армения — союзник России по ОДКБ
        rereadWhole(v.masked(), v.toText(), site, present, m -> fills(m, v.masked(), v.at()));
      }
      for (InsertedClauses.Shared v : InsertedClauses.inverted(maskedText, toText)) {
        // Союзники России по ОДКБ — Армения и Казахстан: Армения и Казахстан — союзники России…
        rereadWhole(v.masked(), v.toText(), site, present, m -> fills(m, v.masked(), v.at()));
      }
      for (InsertedClauses.Shared v : InsertedClauses.objectGaps(maskedText, toText)) {
        // Узбекистан вышел из ЕврАзЭС в 2008 году, а из ОДКБ — в 2012 году: вышел из ОДКБ
        rereadWhole(v.masked(), v.toText(), site, present, m -> fills(m, v.masked(), v.at()));
      }
      for (InsertedClauses.View v : InsertedClauses.subjectGaps(maskedText, toText)) {
        reread(v, site, present); // Казахстанские власти неоднократно направляли в Афганистан …
      }
      for (InsertedClauses.View v : InsertedClauses.secondPredicates(maskedText, toText)) {
        reread(
            v, site, present); // Астана подписала договор и активизировала сотрудничество с Китаем
      }
      for (InsertedClauses.View cut : insertedViews) {
        if (cut.cut() < 0) {
          continue;
        }
        // a subject with an inserted clause before its two predicates: Казахстан и Россия,
        // связанные общей границей, в 2012 году вступили в ВТО, а в 2014 году учредили ЕАЭС
        // (after a signing of an unnamed treaty the second predicate is still not read)
        for (InsertedClauses.View v :
            InsertedClauses.secondPredicates(cut.masked(), cut.toText())) {
          reread(v, site, present);
        }
      }
      for (InsertedClauses.View v : InsertedClauses.gerunds(maskedText, toText)) {
        reread(v, site, present); // Получив кредит от Китая, Таджикистан …: Таджикистан получил …
      }
    }
    for (ListHeads.View v : ListHeads.of(maskedText, toText, g -> groups.get(g).members().size())) {
      listed(v, site, site.groups(), present, null); // В ОДКБ входят: Россия…; two countries: A, B
    }
    for (ParallelPairs.View v : ParallelPairs.of(maskedText, toText)) {
      // авиабазой Айни в Таджикистане и авиабазой Кант в Киргизии: the second pair as the only one
      rereadWhole(
          v.masked(),
          v.toText(),
          site,
          present,
          m -> fills(m, v.masked(), v.first()) || fills(m, v.masked(), v.second()));
    }
    titledList(maskedText, toText, view, mentions, site, present);
    if (site.clauses() != null) {
      carried(maskedText, site, present);
    }
    carriedEvent(maskedText, site, present);
    if (parsed != null && !rules.frames().isEmpty()) {
      frames(
          parsed,
          mentions,
          s,
          ds,
          asides,
          SecondPredicates.inText(seconds, toText),
          view,
          state.docDate,
          paragraphDate,
          out);
    }
    // Tokayev, re-elected in November 2022, …: an office event, the state left unsaid
    officeEvents(site, maskedText);
    membershipPhrases(site, masked);
    RespectiveLists.apply(
        view,
        groups.stream()
            .map(g -> new RespectiveLists.Items(g.members(), g.begin(), g.end(), g.groupWord()))
            .toList(),
        out);
    List<Ellipsis.Items> items =
        groups.stream().map(g -> new Ellipsis.Items(g.members(), g.begin(), g.end())).toList();
    // India joined the SCO in 2017, and Iran followed in 2023: the relation again for Iran
    Ellipsis.apply(view, items, out, RuleSet.SYMMETRIC);
    // Japarov and his Tajik counterpart Rahmon signed: Japarov signed too
    Counterparts.apply(view, items, out);
    // the Karshi-Khanabad air base in the Qashqadaryo Region of Uzbekistan: in Uzbekistan too
    placeChains(view, out);
    // Chinese troops patrol the Wakhan corridor in Tajikistan: a place the sentence puts in a state
    // stands for that state, not for the one the gazetteer puts it in
    placesRehomed(view, mentions, out);
    java.util.Set<String> excepted = ListHeads.excepted(view, mentions);
    if (!excepted.isEmpty()) {
      // 除土庫曼外，中亞國家都加入了獨立國協: the group word's members but those left out; only what
      // came of the group (another of its members has the same relation here), not the left-out
      // actor's own relations in the sentence (…; Turkmenistan borders Iran)
      List<Statement> all = List.copyOf(out.values());
      out.values()
          .removeIf(
              st ->
                  excepted.contains(st.subject())
                          && all.stream()
                              .anyMatch(
                                  o ->
                                      o.predicate().equals(st.predicate())
                                          && o.object().equals(st.object())
                                          && !o.subject().equals(st.subject()))
                      || excepted.contains(st.object())
                          && all.stream()
                              .anyMatch(
                                  o ->
                                      o.predicate().equals(st.predicate())
                                          && o.subject().equals(st.subject())
                                          && !o.object().equals(st.object())));
    }
    DeniedAlternatives.Reading alternatives = DeniedAlternatives.read(view, mentions);
    Set<String> denied = alternatives.denied();
    if (!denied.isEmpty()) {
      // Russia, not China, deployed troops: what a reading gave the denied actor is the stated
      // one's, when the cue names it beside the denied one
      List<Statement> instead = new ArrayList<>();
      for (Statement st : out.values()) {
        String sub = alternatives.stated().getOrDefault(st.subject(), st.subject());
        String obj = alternatives.stated().getOrDefault(st.object(), st.object());
        if ((!sub.equals(st.subject()) || !obj.equals(st.object()))
            && !sub.equals(obj)
            && !denied.contains(sub)
            && !denied.contains(obj)) {
          instead.add(st.withEnds(sub, obj));
        }
      }
      // Kazakhstan joined the WTO, not the EU; 是中國而非俄羅斯…; а не в ЕС: the denied alternative
      // fills no slot, whichever reading put it there
      out.values().removeIf(st -> denied.contains(st.subject()) || denied.contains(st.object()));
      for (Statement st : instead) {
        out.putIfAbsent(st.key(), st);
      }
    }
    // 中亞國家分別先後參與…「上海合作組織」: the group's members but a state a standing policy keeps out
    NeverMembers.remove(out.values(), mentions);
    return List.copyOf(out.values());
  }

  /**
   * The rules over a relative clause put in a main clause's order ({@link RelativeClauses}): a
   * match inside the clause adds a relation no reading of the sentence gave, in its own status.
   */
  private void reread(RelativeClauses.Clause c, Site site, boolean[] present) {
    rereadView(
        c.masked(),
        c.toText(),
        site.groups(),
        site,
        present,
        r -> true,
        c.from(),
        c.to(),
        (r, m) ->
            m.end() <= c.to()
                && c.ownWord(triggerStart(r, m), triggerEnd(r, m))
                && (c.ant() < 0 || fills(m, c.masked(), c.ant())));
  }

  /**
   * The views of a sentence with a clause set off by commas cut out, and of a Russian participle
   * clause led by its noun ({@link InsertedClauses}). English cuts only a clause right after the
   * first actor of its clause opened by who, whose, where, which or an apposition's determiner
   * (Armenia and Belarus, both members of the CSTO, sent troops …): its frames read the parse,
   * whose subject of a verb is already the noun before the clause, and the rules read the rest. Not
   * a participle (an observer of an exercise read as taking part), nor a clause saying the main
   * clause's state ended (left, withdrew, until).
   */
  private static List<InsertedClauses.View> inserted(
      String masked, List<Integer> toText, String text) {
    if (masked.indexOf(',') < 0) {
      return List.of();
    }
    if (!cyrillic(masked)) {
      return latin(masked) ? InsertedClauses.english(masked, toText) : List.of();
    }
    return InsertedClauses.russian(masked, toText, text);
  }

  /** Whether the masked sentence has no Han character: English, read by the English views. */
  private static boolean latin(String masked) {
    for (int k = 0; k < masked.length(); k++) {
      char c = masked.charAt(k);
      if (c >= '\u2E80' && c < '\uE000') {
        return false;
      }
    }
    return true;
  }

  /** Whether the masked sentence has a Cyrillic letter: Russian, read by the Russian views. */
  static boolean cyrillic(String masked) {
    for (int k = 0; k < masked.length(); k++) {
      char c = masked.charAt(k);
      if (c >= '\u0400' && c <= '\u04FF') {
        return true;
      }
    }
    return false;
  }

  /**
   * The rules over a view with an inserted clause cut out, or a Russian participle clause led by
   * its noun ({@link InsertedClauses}): a match that only the view gives (spanning the cut; inside
   * the clause, its trigger among the clause's words) adds a relation no reading of the sentence
   * gave, in the status the view gives it.
   */
  private void reread(InsertedClauses.View v, Site site, boolean[] present) {
    rereadView(
        v.masked(),
        v.toText(),
        site.groups(),
        site,
        present,
        r -> true,
        v.cut() >= 0 ? 0 : v.from(),
        v.cut() >= 0 ? v.cut() : v.to(),
        (r, m) ->
            v.counts(m.start(), m.end(), triggerStart(r, m), triggerEnd(r, m))
                && (v.cut() >= 0 || fills(m, v.masked(), v.from())));
  }

  /**
   * Whether the subject slot, or a pair slot, of {@code m} is the actor that opens at {@code at}.
   */
  private static boolean actorLeads(Matcher m, String masked, int at) {
    int close = masked.indexOf(RuleSet.CLOSE, at);
    return close >= 0 && (onList(start(m, "S"), at, close) || onList(start(m, "P"), at, close));
  }

  /** Whether the subject slot of {@code m} is the actor that opens at {@code at}. */
  private static boolean subjectAt(Matcher m, String masked, int at) {
    int close = masked.indexOf(RuleSet.CLOSE, at);
    return close >= 0 && onList(start(m, "S"), at, close);
  }

  /**
   * Whether a slot of the match is the actor whose placeholder starts at {@code at}: the noun of a
   * participle clause, put to lead it, or the antecedent of a genitive pronoun, put in its place
   * (на территории Таджикистана размещена база), takes part in what is read there; the clause's
   * other actors were read in the sentence (Узбекистан покинувший СНГ и примкнувший к ГУАМ: not the
   * CIS).
   */
  private static boolean fills(Matcher m, String masked, int at) {
    int close = masked.indexOf(RuleSet.CLOSE, at);
    if (close < 0) {
      return false;
    }
    return onList(start(m, "S"), at, close)
        || onList(start(m, "O"), at, close)
        || onList(start(m, "P"), at, close);
  }

  /**
   * A list a colon, a dash or an opener (including, включая, 包括) puts after its head ({@link
   * ListHeads}): the rules again over the view with the list in the head's place. Only a match with
   * a slot on the list counts; it adds a relation no reading of the sentence gave.
   */
  private void listed(
      ListHeads.View v, Site site, List<Group> groups, boolean[] present, Set<String> types) {
    int close = v.masked().indexOf(RuleSet.CLOSE, v.at());
    rereadView(
        v.masked(),
        v.toText(),
        groups,
        site,
        present,
        r -> types == null || types.contains(r.predicate()),
        0,
        v.at() + 1,
        (r, m) ->
            onList(start(m, "S"), v.at(), close)
                || onList(start(m, "O"), v.at(), close)
                || onList(start(m, "P"), v.at(), close));
  }

  /**
   * Every rule over the whole of a view of the sentence, keeping a match only where {@code kept}
   * says it fills the view's own actors.
   */
  private void rereadWhole(
      String masked, List<Integer> toText, Site site, boolean[] present, Predicate<Matcher> kept) {
    rereadView(
        masked,
        toText,
        site.groups(),
        site,
        present,
        r -> true,
        0,
        masked.length(),
        (r, m) -> kept.test(m));
  }

  /**
   * The rules again over a view of the sentence ({@code masked}, each char's place in the text in
   * {@code toText}): the rules {@code which} keeps, their matches that start in [{@code from},
   * {@code limit}) and that {@code counts} accepts; what they read is added only where no reading
   * of the sentence read the pair ({@link #addUnread}). The relative-clause, inserted-clause and
   * list views share it.
   */
  private void rereadView(
      String masked,
      List<Integer> toText,
      List<Group> groups,
      Site site,
      boolean[] present,
      java.util.function.Predicate<Rule> which,
      int from,
      int limit,
      java.util.function.BiPredicate<Rule, Matcher> counts) {
    Map<String, Statement> found = new LinkedHashMap<>();
    Site here = site.over(masked, toText, groups, found);
    List<Rule> ruleList = rules.rules();
    Prefilter.Text may = rules.prefilter().over(masked);
    for (int k = 0; k < ruleList.size(); k++) {
      Rule r = ruleList.get(k);
      if (!r.slotsFillable(present) || !may.mayMatch(k) || !which.test(r)) {
        continue;
      }
      Matcher m = r.pattern().matcher(masked);
      int at = from;
      while (at < limit && m.find(at)) {
        if (m.start() >= limit) {
          break;
        }
        if (counts.test(r, m)) {
          emit(r, m, here);
        }
        at = m.start() + 1;
      }
    }
    addUnread(found, site.out());
  }

  /** Where a match's named trigger starts, else the match. */
  private static int triggerStart(Rule r, Matcher m) {
    return r.trigger() && m.start("T") >= 0 ? m.start("T") : m.start();
  }

  /** Where a match's named trigger ends, else the match. */
  private static int triggerEnd(Rule r, Matcher m) {
    return r.trigger() && m.start("T") >= 0 ? m.end("T") : m.end();
  }

  /** The relation types a list of titled persons is read for: what each does in person. */
  private static final Set<String> IN_PERSON = Set.of("PARTICIPATES_IN");

  /** The marks that join the items of a list of titled persons. */
  private static final Pattern PERSON_SEPARATOR =
      Pattern.compile("\\s*(?:、|与|和|及|以及|,\\s*and\\s|,|and\\s|и\\s)\\s*");

  /** A word, for titles of Latin or Cyrillic text (initialised before {@link #TITLES}). */
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * The title words of {@code roles.lex} whose role {@code office-roles.lex} names an office
   * (president, 總統, президента), in the linker's key form; a Latin or Cyrillic title as its words,
   * a Cyrillic word as its stem (Lucene's {@code RussianLightStemmer}), so that any case of it is
   * the title (президент, президентом).
   */
  private static final List<String[]> TITLES = titles();

  private static List<String[]> titles() {
    Set<String> offices = Set.copyOf(org.cagraph.data.DataFiles.entries("rules/office-roles.lex"));
    return org.cagraph.data.DataFiles.pairs("rules/roles.lex", "surface word, role")
        .entrySet()
        .stream()
        .filter(e -> offices.contains(e.getValue()))
        .map(e -> Linker.key(e.getKey()).replace("_", " "))
        .distinct()
        .map(
            t ->
                t.chars().anyMatch(ch -> ch >= 0x2E80)
                    ? new String[] {t}
                    : WORD.matcher(t).results().map(w -> stem(w.group())).toArray(String[]::new))
        .toList();
  }

  /** A Cyrillic word's stem (Lucene's light Russian stemmer); any other word as it is. */
  private static String stem(String w) {
    if (w.chars().noneMatch(ch -> ch >= 0x0400 && ch <= 0x04FF)) {
      return w;
    }
    char[] c = w.replace('ё', 'е').toCharArray();
    return new String(
        c, 0, new org.apache.lucene.analysis.ru.RussianLightStemmer().stem(c, c.length));
  }

  /**
   * Where title {@code t} first stands in {@code text} from {@code from}, or -1: a Chinese title
   * anywhere, a Latin or Cyrillic one as whole words from their start, each word's ending free
   * (president, presidents; президент, президента), never inside a word (not the "aid" of said).
   */
  private static int titleAt(String text, String[] t, int from) {
    if (t.length == 1 && t[0].chars().anyMatch(ch -> ch >= 0x2E80)) {
      return text.indexOf(t[0], from);
    }
    List<java.util.regex.MatchResult> words =
        WORD.matcher(text).results().filter(w -> w.start() >= from).toList();
    for (int i = 0; i + t.length <= words.size(); i++) {
      int j = 0;
      while (j < t.length && words.get(i + j).group().replace('ё', 'е').startsWith(t[j])) {
        j++;
      }
      if (j == t.length) {
        return words.get(i).start();
      }
    }
    return -1;
  }

  /**
   * The title of an item from {@code from} to its person at {@code to}, without its state, or null
   * when it names no office.
   */
  private static String titleOf(String view, List<Mention> ms, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (insideMention(ms, k) == null) {
        b.append(view.charAt(k));
      }
    }
    String t = b.toString();
    return TITLES.stream().anyMatch(x -> titleAt(t, x, 0) >= 0) ? t : null;
  }

  /**
   * A Chinese list of persons each with a title and perhaps a state before it
   * (中國國家主席胡錦濤、俄羅斯總統普欽與地主國總統巴基耶夫全數出席): the persons as one coordinated group in the list's place, so
   * that a rule reads each of them where it reads a list of names (普欽與納札爾巴耶夫出席). The titles' own
   * reading (HEAD_OF) stays with the first pass.
   */
  private void titledList(
      String masked,
      List<Integer> toText,
      String view,
      List<Mention> mentions,
      Site site,
      boolean[] present) {
    if (!present['P']) {
      return;
    }
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparingInt(Mention::begin));
    List<Actor> persons = new ArrayList<>();
    int begin = -1;
    int end = -1;
    boolean titled = false;
    List<int[]> spans = new ArrayList<>();
    List<List<Actor>> lists = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Mention p = sorted.get(i);
      if (p.actor().typeCode() != 'P' || begin >= 0 && p.begin() < end) {
        continue; // not a person, or one inside the person before (a name nested in another)
      }
      // the item: the title before the person, with at most one state inside it or before it
      // (中國國家主席胡錦濤, Kazakh President Tokayev, президент Казахстана Токаев), back to a mark
      int is = p.begin();
      boolean state = false;
      while (is > 0 && p.begin() - is < 40) {
        char c = view.charAt(is - 1);
        Mention at = insideMention(sorted, is - 1);
        if (at != null) {
          if (state || at.actor().typeCode() != 'C') {
            break;
          }
          state = true;
          is = at.begin();
        } else if (Character.isLetter(c) || c == ' ' || c == '-' || c == '.') {
          is--;
        } else {
          break;
        }
      }
      boolean joined = false;
      if (begin >= 0 && is <= end) {
        java.util.regex.Matcher k = PERSON_SEPARATOR.matcher(view.substring(end, p.begin()));
        if (k.lookingAt()) {
          joined = true;
          is = end + k.end();
        }
      } else if (begin >= 0) {
        joined = PERSON_SEPARATOR.matcher(view.substring(end, is)).matches();
      }
      String title = titleOf(view, sorted, is, p.begin());
      if (!joined) {
        if (persons.size() >= 2 && titled) {
          spans.add(new int[] {begin, end});
          lists.add(List.copyOf(persons));
        }
        persons.clear();
        titled = false;
        begin = itemStart(view, sorted, is, p.begin());
      }
      persons.add(p.actor());
      titled |= title != null;
      end = p.end();
    }
    if (persons.size() >= 2 && titled) {
      spans.add(new int[] {begin, end});
      lists.add(List.copyOf(persons));
    }
    for (int n = 0; n < spans.size(); n++) {
      int b = spans.get(n)[0];
      int e = spans.get(n)[1];
      int k0 = 0;
      while (k0 < toText.size() && toText.get(k0) < b) {
        k0++;
      }
      int k1 = k0;
      while (k1 < toText.size() && toText.get(k1) < e) {
        k1++;
      }
      List<Group> all = new ArrayList<>(site.groups());
      all.add(new Group(lists.get(n), b, e));
      String ph = RuleSet.OPEN + "P#" + (all.size() - 1) + RuleSet.CLOSE;
      StringBuilder v = new StringBuilder(masked.substring(0, k0));
      List<Integer> t = new ArrayList<>(toText.subList(0, k0));
      int at = v.length();
      v.append(ph);
      for (int c = 0; c < ph.length(); c++) {
        t.add(b);
      }
      v.append(masked.substring(k1));
      t.addAll(toText.subList(k1, toText.size()));
      // what the persons do in person (attend); what they sign or agree their states do
      listed(
          new ListHeads.View(v.toString(), t, at, at, all.size() - 1),
          site,
          all,
          present,
          IN_PERSON);
    }
  }

  /**
   * Where a list's first item starts: at its state or its title, whichever comes first after {@code
   * from} (not the text the walk back crossed before them: 峰會上普欽、…), else at the person.
   */
  private static int itemStart(String view, List<Mention> ms, int from, int person) {
    int start = person;
    for (String[] t : TITLES) {
      int k = titleAt(view, t, from);
      if (k >= 0 && k < start) {
        start = k;
      }
    }
    for (Mention m : ms) {
      if (m.begin() >= from && m.end() <= person && m.actor().typeCode() == 'C') {
        start = Math.min(start, m.begin());
      }
    }
    return start;
  }

  private static Mention insideMention(List<Mention> ms, int at) {
    return ms.stream().filter(m -> m.begin() <= at && at < m.end()).findFirst().orElse(null);
  }

  /** Whether a slot's number, at {@code slot}, is that of the placeholder from {@code at}. */
  private static boolean onList(int slot, int at, int close) {
    return slot > at && slot < close;
  }

  /**
   * A topic chain's clauses that say no subject (哈薩克於1991年獨立，1992年加入聯合國): the rules again, over the
   * view {@link CarriedSubject} builds with the topic's placeholder at the start of each such
   * clause. Only the matches whose subject is an inserted copy count, inside its clause and
   * reaching its main verb, with no other actor between that verb and the trigger, and none that a
   * later clause of the sentence negates or plans ({@link CarriedSubject#undoneAfter}). What the
   * first pass read stays as it is: a pair it read, in any status or role, is not read again.
   */
  private void carried(String masked, Site site, boolean[] present) {
    List<Group> all = new ArrayList<>(site.groups());
    CarriedSubject.View v = carriedView(masked, site, all, true);
    if (v == null) {
      return;
    }
    Map<String, Statement> found = new LinkedHashMap<>();
    boolean split = all.size() > site.groups().size();
    // a symmetric rule reads a comitative topic whole (中國與哈薩克簽署聯合聲明，宣布建立戰略夥伴關係: the two
    // announce it together), the others its head alone
    carriedOver(v, site, all, found, present, r -> !split || !r.pair(), false);
    if (split) {
      List<Group> whole = new ArrayList<>(site.groups());
      CarriedSubject.View w = carriedView(masked, site, whole, false);
      if (w != null) {
        carriedOver(w, site, whole, found, present, Rule::pair, true);
      }
    }
    addUnread(found, site.out());
  }

  /**
   * The rules {@code which} selects over one carried view {@code v}, into {@code found}; with
   * {@code alone}, only matches that hold no actor but the copy (a pair among the topic's own
   * members).
   */
  private void carriedOver(
      CarriedSubject.View v,
      Site site,
      List<Group> all,
      Map<String, Statement> found,
      boolean[] present,
      java.util.function.Predicate<Rule> which,
      boolean alone) {
    String carried = v.masked();
    Site here = site.over(carried, v.toText(), all, found);
    String words = here.words();
    int[] at = here.at();
    List<Rule> ruleList = rules.rules();
    Prefilter.Text may = rules.prefilter().over(carried);
    for (int k = 0; k < ruleList.size(); k++) {
      Rule r = ruleList.get(k);
      if (!which.test(r) || !r.slotsFillable(present) || !may.mayMatch(k)) {
        continue;
      }
      Matcher m = r.pattern().matcher(carried);
      m.useTransparentBounds(true).useAnchoringBounds(false);
      for (CarriedSubject.Copy c : v.copies()) {
        // a match whose grammatical subject is the copy starts at it and ends inside its clause;
        // guards still see the whole sentence
        m.region(c.start(), c.clauseEnd());
        if (!m.lookingAt()
            || alone
                && (carried.indexOf(RuleSet.OPEN, c.end()) >= 0
                        && carried.indexOf(RuleSet.OPEN, c.end()) < m.end()
                    || carried.indexOf(RuleSet.MOD_OPEN, c.end()) >= 0
                        && carried.indexOf(RuleSet.MOD_OPEN, c.end()) < m.end())) {
          continue;
        }
        // the copy fills the rule's subject (哈薩克…，1992年加入聯合國) or, where the rule names the
        // relation's object first (the recipient of 從俄羅斯獲得援助, the host of 境內駐有, the target of
        // 遭到…制裁), its object; after a verb of undergoing or a passive agent only the object
        boolean asSubject = !c.passive() && c == v.at(start(m, r.pair() ? "P" : "S"));
        boolean asObject = !r.pair() && c == v.at(start(m, "O"));
        boolean notCarried = CarriedSubject.NOT_CARRIED.contains(r.predicate());
        if ((asSubject ? !notCarried : asObject && (c.passive() || !notCarried))
            && m.end() > c.verb()
            && !CarriedSubject.othersBetween(
                carried,
                c.verb(),
                r.trigger() ? start(m, "T") : -1,
                start(m, asSubject ? "O" : r.pair() ? "P" : "S"))
            && !CarriedSubject.undoneAfter(words, at[c.clauseEnd()], rules.scope()::qualifies)) {
          emit(r, m, here);
          if (r.everyObject()) {
            earlierObjects(r, carried, m, here);
          }
        }
      }
    }
  }

  /**
   * An event named in one Chinese clause and its participants in the next, whose verb closes the
   * clause (「和平使命」在車里雅賓斯克舉行，中俄兩國同場參演): the {@link CarriedEvent#TYPE} rules again, over the view
   * {@link CarriedEvent} builds with the event's placeholder after that verb. Only the matches
   * whose object is the inserted copy count, with their subject and trigger in the participants'
   * clause and no later clause of the sentence negating or planning; a pair read before is not read
   * again.
   */
  private void carriedEvent(String masked, Site site, boolean[] present) {
    carriedObject(
        CarriedEvent.of(masked, site.toText(), rules.scope()::qualifies),
        Set.of(CarriedEvent.TYPE),
        (type, copy) -> true,
        true,
        site,
        present);
    // 集安組織於2002年成立，烏茲別克於2006年加入: the body at the head, its joiners after
    carriedObject(
        FrontedBody.of(
            masked,
            site.toText(),
            rules.scope()::qualifies,
            placeholder -> organ(placeholder, site.groups())),
        FrontedBody.TYPES,
        FrontedBody::reads,
        false,
        site,
        present);
  }

  /**
   * Whether the placeholder {@code placeholder} (its group's index after #) stands for organs of
   * another body only (最高歐亞經濟理事會, 上合組織秘書處: an organisation the gazetteer puts in another): their
   * members are the body's, so a member noun is not read as theirs.
   */
  private static boolean organ(String placeholder, List<Group> groups) {
    int hash = placeholder.indexOf('#');
    int e = hash + 1;
    while (e < placeholder.length() && Character.isDigit(placeholder.charAt(e))) {
      e++;
    }
    if (hash < 0 || e == hash + 1) {
      return false;
    }
    int g = Integer.parseInt(placeholder.substring(hash + 1, e));
    if (g < 0 || g >= groups.size() || groups.get(g).members().isEmpty()) {
      return false;
    }
    return groups.get(g).members().stream()
        .allMatch(a -> a.partOf() != null && "Organization".equals(a.label()));
  }

  /**
   * The {@code types} rules again over {@code v}, a view with an object carried into later clauses
   * ({@link CarriedEvent}, {@link FrontedBody}): only the matches whose object is an inserted copy
   * that {@code reads} lets the rule's type read (the copy's actor types) count, with their subject
   * and trigger in the copy's clause and, when {@code undoable}, no later clause negating or
   * planning; a pair read before is not read again.
   */
  private void carriedObject(
      CarriedEvent.View v,
      Set<String> types,
      java.util.function.BiPredicate<String, String> reads,
      boolean undoable,
      Site site,
      boolean[] present) {
    if (v == null) {
      return;
    }
    String view = v.masked();
    Map<String, Statement> found = new LinkedHashMap<>();
    Site here = site.over(view, v.toText(), site.groups(), found);
    String words = here.words();
    int[] at = here.at();
    List<Rule> ruleList = rules.rules();
    Prefilter.Text may = rules.prefilter().over(view);
    for (int k = 0; k < ruleList.size(); k++) {
      Rule r = ruleList.get(k);
      if (!types.contains(r.predicate()) || !r.slotsFillable(present) || !may.mayMatch(k)) {
        continue;
      }
      Matcher m = r.pattern().matcher(view);
      int from = 0;
      while (from < view.length() && m.find(from)) {
        int o = start(m, "O");
        int s = start(m, r.pair() ? "P" : "S");
        int t = r.trigger() ? start(m, "T") : -1;
        for (CarriedEvent.Copy c : v.copies()) {
          if (o >= c.start()
              && o < c.end()
              && reads.test(r.predicate(), RuleSet.placeholderTypes(view, c.start()))
              && s >= c.clauseStart()
              && s < c.start()
              && (t < 0 || t >= c.clauseStart() && t < c.clauseEnd())
              && !(undoable
                  && CarriedSubject.undoneAfter(
                      words, at[c.clauseEnd()], rules.scope()::qualifies))) {
            emit(r, m, here);
          }
        }
        from = m.start() + 1;
      }
    }
    addUnread(found, site.out());
  }

  /**
   * Adds to {@code out} what a second reading {@code found} and no reading before it did: a pair
   * (subject, type, object) read before in any role or status is not read again.
   */
  private static void addUnread(Map<String, Statement> found, Map<String, Statement> out) {
    Set<String> read = new java.util.HashSet<>();
    out.keySet().forEach(k -> read.add(k.substring(0, k.lastIndexOf('|'))));
    found.forEach(
        (k, st) -> {
          if (!read.contains(k.substring(0, k.lastIndexOf('|')))) {
            out.putIfAbsent(k, st);
          }
        });
  }

  /**
   * The sentence with each clause's carried topic inserted as a copy of its group in {@code groups}
   * (each copy made once), the comitative split only when {@code split}; null when nothing is
   * carried.
   */
  private static CarriedSubject.View carriedView(
      String masked, Site site, List<Group> groups, boolean split) {
    Map<Integer, String> copies = new java.util.HashMap<>();
    return CarriedSubject.of(
        masked,
        site.toText(),
        site.clauses(),
        g -> copies.computeIfAbsent(g, k -> copy(groups, k, site.view(), split)));
  }

  /**
   * The placeholder a topic is carried as: its group, or the members before a comitative 與 as a
   * group of their own (中國與哈薩克接壤，並與阿富汗相連: China alone) when {@code split}, appended to {@code all}.
   */
  private static String copy(List<Group> all, int g, String view, boolean split) {
    Group gr = all.get(g);
    int idx = g;
    Group before = split ? beforeWith(gr, view) : null;
    if (before != null) {
      gr = before;
      all.add(gr);
      idx = all.size() - 1;
    }
    return openTypes(gr, false) + "#" + idx + surface(gr, view) + RuleSet.CLOSE;
  }

  /**
   * The members of {@code gr} before its comitative 與, 同 or 跟, as a group of their own, or null: no
   * comitative, a list before it joined by 、 ({@link #listBeforeWith}), or a collective word after
   * the group that makes the whole list one subject ({@link #COLLECTIVE_AFTER}).
   */
  private static Group beforeWith(Group gr, String view) {
    if (gr.withAt() <= 0
        || gr.withAt() >= gr.members().size()
        || listBeforeWith(gr, view)
        || COLLECTIVE_AFTER.matcher(view).region(gr.end(), view.length()).lookingAt()) {
      return null;
    }
    return new Group(gr.members().subList(0, gr.withAt()), gr.begin(), gr.end());
  }

  /**
   * The noun a Chinese relative clause modifies, when the match reads the clause's partner as
   * related to it (與伊朗接壤的土庫曼同中國簽署…: the object after 與 or its kin opening the clause, the subject
   * right after its 的) and a comitative 與, 同 or 跟 joins a partner to that noun: the partner is the
   * main clause's, not the relative clause's (Turkmenistan borders Iran, China does not), so the
   * subject is the members before the comitative. A clause without a partner of its own leaves the
   * list whole (同為集安組織成員國的亞美尼亞與白俄羅斯). A list whose items before 與 are joined by 、, or one a
   * collective word follows (與阿富汗接壤的塔吉克與烏茲別克都…), stays whole, and so does a possessive with nothing
   * between the object and 的 (吉爾吉斯的馬納斯與坎特基地).
   */
  private static Group relativeHead(Matcher m, String words, int[] at, String view, Group subj) {
    int os = start(m, "O");
    int oe = end(m, "O");
    int ss = start(m, "S");
    Group before = beforeWith(subj, view);
    if (before == null || os < 1 || ss <= oe || at[os] < 1) {
      return subj;
    }
    String between = words.substring(at[oe], at[ss]);
    if (!WITH_OR_AND.matcher(words.substring(at[os] - 1, at[os])).matches()
        || between.length() < 2
        || !between.endsWith("的")
        || between.chars().anyMatch(c -> "，。；：,;:！？!?".indexOf(c) >= 0)) {
      return subj;
    }
    return before;
  }

  /**
   * A word right after a list joined by 與 that makes its members one subject
   * (哈薩克與吉爾吉斯均為…成員國，並同時加入…; 中俄兩國…), or a comma that closes the list's clause with no verb in it
   * (哈薩克與吉爾吉斯，…): 與 coordinates, and the whole list is the topic carried on.
   */
  private static final Pattern COLLECTIVE_AFTER =
      Pattern.compile(
          "\\s*(均|都|皆|同为|同属|两国|二国|三国|双双|一同|共同|一起|分别|各自"
              // … or nothing but a short quoted remark before the comma that closes the list's
              // clause (哈薩克與吉爾吉斯「別無選擇」，只能繼續留在…): no verb for a partner to go with, so
              // 與 coordinates
              + "|(?:[「“『][^」”』，。；,;]{1,12}[」”』])?\\s*[，,])");

  /**
   * A list whose items before 與 are joined by 、 (亞塞拜然、喬治亞與烏茲別克): 與 is its last coordinator, not a
   * comitative, and the whole list is the topic carried on (…拒絕簽署延長議定書，實際上退出了這個集體安全體系).
   */
  private static boolean listBeforeWith(Group gr, String view) {
    String t = view.substring(gr.begin(), gr.end());
    Matcher w = WITH.matcher(t);
    return w.find() && t.substring(0, w.start()).indexOf('、') >= 0;
  }

  /**
   * 上合組織八個成員國: a reference the linker resolved by an organisation's membership states each
   * membership ({@link MembershipPhrases}); added only where no rule or frame read the pair, dated
   * as an event of the membership.
   */
  private void membershipPhrases(Site site, CharSequence masked) {
    Map<String, Statement> out = site.out();
    for (MembershipPhrases.Member x :
        MembershipPhrases.read(
            rules.scope(),
            site.mentions(),
            site.view(),
            masked,
            site.toText(),
            site.words(),
            site.at(),
            site.ds())) {
      Actor member = actors.apply(x.state());
      Actor org = actors.apply(x.org());
      boolean read =
          out.values().stream()
              .anyMatch(
                  st ->
                      st.predicate().equals("MEMBER_OF")
                          && st.subject().equals(x.state())
                          && st.object().equals(x.org()));
      if (member != null && org != null && !read) {
        List<TimeReading> readings =
            x.date() == null ? List.of() : List.of(new TimeReading(TimeReading.EVENT, x.date()));
        put(
            out,
            "MEMBER_OF",
            MembershipPhrases.RULE,
            MembershipPhrases.CONFIDENCE,
            member,
            org,
            x.role(),
            new When(x.date(), null, null, readings),
            site.s(),
            x.status());
      }
    }
  }

  /**
   * An office event about a linked person, his state left unsaid ({@link OfficeEvents}): the person
   * heads the state the gazetteer puts him in, in the status the scope reads at the event's phrase
   * and with the time reading the time lexicons give it; only where no reading of the sentence made
   * the person head of anything.
   */
  private void officeEvents(Site site, String masked) {
    Map<String, Statement> out = site.out();
    int[] at = site.at();
    String words = site.words();
    List<Integer> toText = site.toText();
    String view = site.view();
    for (OfficeEvents.Event e : OfficeEvents.read(masked)) {
      String status = rules.scope().status("HEAD_OF", words, at[e.ts()], at[e.te()], true, -1);
      if (Scope.ASSERTED.equals(status)
          && rules.scope().negatedInfinitiveAfter(words, at[e.ts()])) {
        status = Scope.NEGATED;
      }
      if (Scope.ASSERTED.equals(status) && rules.scope().conditionalAfter(words, at[e.ts()])) {
        status = Scope.HYPOTHETICAL;
      }
      int tv = toText.get(e.ts());
      int tev = toText.get(e.te() - 1) + 1;
      DateMention d =
          nearest(
              confined(outsideAsides(site.ds(), view, tv), view, tv), tv, tev - 1, view, tv, tev);
      When when =
          when(
              "HEAD_OF",
              status,
              words,
              at[e.ts()],
              at[e.te()],
              d,
              sameClause(view, tv, d),
              site.docDate(),
              site.paragraphDate());
      for (Actor a : site.groups().get(e.group()).members()) {
        Actor home = a.partOf() == null ? null : actors.apply(a.partOf());
        if (a.typeCode() != 'P' || home == null || home.typeCode() != 'C') {
          continue;
        }
        boolean read =
            out.values().stream()
                .anyMatch(st -> st.predicate().equals("HEAD_OF") && st.subject().equals(a.id()));
        if (!read) {
          put(
              out,
              "HEAD_OF",
              OfficeEvents.RULE,
              OfficeEvents.CONFIDENCE,
              a,
              home,
              e.role(),
              when,
              site.s(),
              status);
        }
      }
    }
  }

  /**
   * An {@code O+:} rule's other objects from the start of match {@code m}: the match is tried again
   * from the same start, ending before the object it read (the matcher's region, with transparent
   * bounds, so that guards still see the whole sentence), until none is left. A greedy gap reads
   * the last object of a chain first (普丁出席A峰會，後又出席B峰會; 蒙古北鄰俄羅斯，南接中國); each earlier one it could
   * have stopped at follows.
   */
  private void earlierObjects(Rule r, CharSequence masked, Matcher m, Site site) {
    Matcher e = r.pattern().matcher(masked);
    e.useTransparentBounds(true).useAnchoringBounds(false);
    int end = m.start("O");
    while (end > m.start()) {
      e.region(m.start(), end);
      if (!e.lookingAt() || e.start("O") >= end) {
        return;
      }
      emit(r, e, site);
      end = e.start("O");
    }
  }

  /**
   * The placeholder's opening: {@link RuleSet#MOD_OPEN} for a modifier (an actor right before
   * another with nothing between, 中國一帶一路倡議, 獨立國協集體安全條約), which an S slot may take but an O slot
   * skips; then the type letters.
   */
  private static String openTypes(Group g, boolean modifier) {
    Set<Character> codes = new LinkedHashSet<>();
    g.members().forEach(a -> codes.add(a.typeCode()));
    StringBuilder b = new StringBuilder().append(modifier ? RuleSet.MOD_OPEN : RuleSet.OPEN);
    codes.forEach(b::append);
    return b.toString();
  }

  /**
   * An agreement keeps its own words in the placeholder ({@code ~與歐盟合作與夥伴關係條約}), so that a slot
   * such as {@code O:A~夥伴|同盟} can test what kind of treaty was signed. A facility named in Chinese
   * keeps only the kind its gazetteer name ends in ({@code ~基地} for 坎特, 坎特空軍基地 and 第201軍事基地; {@code
   * ~電站} for a dam), so that {@code O:F~基地|機場} tells a base from a dam or a pipeline; two
   * characters, so that the gaps rules count across it hardly change. Latin facilities keep
   * nothing, nor Cyrillic ones but those the text names as a base (~вб).
   */
  private static String surface(Group g, String view) {
    String text = view.substring(g.begin(), g.end());
    if (g.members().stream().anyMatch(a -> a.typeCode() == 'A')) {
      StringBuilder b = new StringBuilder("~");
      for (char c : text.toCharArray()) {
        if (c != RuleSet.OPEN && c != RuleSet.CLOSE && c != RuleSet.MOD_OPEN && c != '#') {
          b.append(c);
        }
      }
      return b.toString();
    }
    if (text.codePoints().noneMatch(c -> c >= 0x4e00 && c <= 0x9fff)) {
      // a Russian facility named as a base in the text itself (авиабазу Кант, 201-й военной базы)
      // keeps
      // ~вб (военная база), so that O:F~вб tells it from a dam or a pipeline (Россия открыла
      // авиабазу
      // Кант); no word a rule reads as text (баз* would match inside the placeholder); the others
      // keep
      // nothing
      if (g.members().stream().anyMatch(a -> a.typeCode() == 'F')
          && text.toLowerCase(java.util.Locale.ROOT).matches("(?s).*(?:баз|полигон).*")) {
        return "~вб";
      }
      // a Latin or Cyrillic facility that is a line or a works, no military site (the Central
      // Asia–China gas pipeline, a railway, a dam: the kind its Chinese name ends in), keeps ~wk,
      // so that a building verb reads no base from it (Kazakhstan built the … gas pipeline); no
      // Han character, which would make the sentence Chinese to the views; bases keep nothing, so
      // the gaps the rules count across them stay
      return g.members().stream().anyMatch(RuleEngine::works) ? "~wk" : "";
    }
    StringBuilder kind = new StringBuilder();
    g.members().stream()
        .filter(a -> a.typeCode() == 'F' && a.nameZh() != null && a.nameZh().length() >= 2)
        .forEach(a -> kind.append(Linker.key(a.nameZh().substring(a.nameZh().length() - 2))));
    return kind.isEmpty() ? "" : "~" + kind;
  }

  /** Whether {@code a} is a facility that is a line or a works by its Chinese name (管道, 鐵路, 電站). */
  static boolean works(Actor a) {
    return a.typeCode() == 'F'
        && a.nameZh() != null
        && a.nameZh().length() >= 2
        && WORKS.contains(Linker.key(a.nameZh().substring(a.nameZh().length() - 2)));
  }

  /** The kinds of facility that are lines or works, never a military site (管道 a pipeline). */
  private static final java.util.Set<String> WORKS =
      java.util.stream.Stream.of("管道", "管線", "鐵路", "公路", "油田", "氣田", "電站", "運河", "水庫", "金礦", "路線")
          .map(Linker::key)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The thousands mark that stands for a comma inside a number in the masked sentence. */
  static final char THOUSANDS = '\u066C';

  /**
   * A comma between a digit and three more (7,000 troops; 1,200 kilometres) is no clause mark: it
   * becomes {@link #THOUSANDS}, which no gap stops at, so that "hosts about 7,000 Russian troops"
   * stays one clause. A decimal comma (2,5 процента) stays.
   */
  private static void thousands(StringBuilder masked) {
    for (int k = 1; k + 3 < masked.length(); k++) {
      if (masked.charAt(k) == ','
          && Character.isDigit(masked.charAt(k - 1))
          && Character.isDigit(masked.charAt(k + 1))
          && Character.isDigit(masked.charAt(k + 2))
          && Character.isDigit(masked.charAt(k + 3))
          && (k + 4 >= masked.length() || !Character.isDigit(masked.charAt(k + 4)))) {
        masked.setCharAt(k, THOUSANDS);
      }
    }
  }

  private static void append(
      StringBuilder masked, List<Integer> toText, String view, int from, int to) {
    for (int k = from; k < to; k++) {
      masked.append(view.charAt(k));
      toText.add(k);
    }
  }

  /** Mentions joined only by list punctuation or conjunctions form one group. */
  private static List<Group> groups(String view, List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(
        Comparator.comparingInt(Mention::begin)
            .thenComparing(Comparator.comparingInt(Mention::end).reversed()));
    List<Group> out = new ArrayList<>();
    List<Actor> cur = new ArrayList<>();
    boolean word = false;
    int withAt = -1;
    StringBuilder joins =
        new StringBuilder(); // the list's coordinators: w for 與 and its kin, c for 、
    boolean closedByAnd = false;
    int b = -1;
    int e = -1;
    Mention last = null;
    boolean afterNationality = false;
    for (Mention m : sorted) {
      if (b >= 0
          && last != null
          && last.actor().label().equals("Person")
          && m.begin() >= e
          && m.begin() - e <= 10
          && coordinated(view.substring(e, m.begin()), last, m)) {
        int national = nationalityEnd(view, m, sorted);
        if (national > 0) { // 哈薩克人A、塔吉克人B和烏茲別克人C: the state is B's nationality
          e = national;
          afterNationality = true;
          continue;
        }
      }
      if (afterNationality && m.begin() == e && m.actor().label().equals("Person")) {
        afterNationality = false;
        addDistinct(cur, m.actor());
        e = m.end();
        last = m;
        continue;
      }
      afterNationality = false;
      if (b >= 0
          && m.begin() < e
          && m.end() < e
          && NESTED_LEADER.matcher(view).region(m.end(), e).lookingAt()) {
        continue; // the leader or backer inside the span naming a bloc (the Russian-led bloc): no
        // member of it
      }
      if (b >= 0 && m.begin() < e) { // same span (group word, compound) or nested
        word &= m.method().equals("group");
        addDistinct(cur, m.actor());
        e = Math.max(e, m.end());
        last = m;
        continue;
      }
      int close = b >= 0 ? closingParenthesis(view, e, m, last) : -1;
      if (close > 0) { // the Shanghai Cooperation Organisation (SCO): one name, then its other
        e = close;
        last = m;
        continue;
      }
      if (b >= 0
          && (coordinated(view.substring(e, m.begin()), last, m)
              || repeatedPreposition(view, b, e, m)
              || notOnlyBut(view, b, e, m))
          && (cur.size() > 1 && !closedByAnd
              || !SERIAL_AND.matcher(view.substring(e, m.begin())).matches())
          && !commaBeforeAModifier(view, e, m)
          && !commaBeforeAGappedClause(view, e, m)
          && !personAfterAComma(view, e, last, m)
          && !leadsTheNext(view, m, sorted)
          && !possessesTheNext(view, last, m, sorted)
          && !alsoAfterAnObject(view, b, e, m)
          && !(cur.size() == 1 && parallelPlaces(view, sorted, b, m))
          && !(cur.size() == 1 && endsRelativeClause(view, b, e, m))
          && !(cur.size() == 1 && partnerAfterAPlace(view, out, b, e, last, m))
          && (m.begin() - e <= 10
              || m.begin() - e <= 30 && HEADS_OF.matcher(view.substring(e, m.begin())).find()
              // " as well as the ": an English coordinator longer than ten characters
              || m.begin() - e <= 20 && AS_WELL_AS.matcher(view.substring(e, m.begin())).matches()
              // ", а также в", ", а также против": the whole gap is the coordinator and the
              // preposition again, longer than ten characters
              || m.begin() - e <= 20 && repeatedPreposition(view, b, e, m)
              || m.begin() - e <= 20 && notOnlyBut(view, b, e, m))
          && !apposition(view, last, m, sorted)) {
        word = false;
        closedByAnd |= AND_INSIDE.matcher(view.substring(e, m.begin())).matches();
        if (withAt < 0 && WITH.matcher(view.substring(e, m.begin())).matches()) {
          withAt = cur.size();
        }
        String gap = view.substring(e, m.begin());
        joins.append(
            WITH_OR_AND.matcher(gap).matches() ? 'w' : gap.strip().equals("、") ? 'c' : 'o');
        addDistinct(cur, m.actor());
        e = m.end();
        last = m;
        continue;
      }
      if (b >= 0) {
        out.add(new Group(List.copyOf(cur), b, e, word, withAt, pairwise(view, cur, joins, e)));
      }
      cur = new ArrayList<>(List.of(m.actor()));
      word = m.method().equals("group");
      withAt = -1;
      joins.setLength(0);
      closedByAnd = false;
      b = m.begin();
      e = m.end();
      last = m;
    }
    if (b >= 0) {
      out.add(new Group(List.copyOf(cur), b, e, word, withAt, pairwise(view, cur, joins, e)));
    }
    return out;
  }

  /**
   * Whether a list is pairs joined by 、 that a respective word follows (俄羅斯與哈薩克、中國與吉爾吉斯分別簽署了合作協議:
   * Russia with Kazakhstan, China with Kyrgyzstan): its coordinators go 與 、 與 (與, 和, 同 or 跟; 、
   * between the pairs), over four, six … distinct actors, and 分別 or 各自 stands right after it.
   * Without the respective word 與 after 、 is the list's last coordinator (中國與哈薩克、吉爾吉斯與塔吉克接壤: China
   * with the three).
   */
  private static boolean pairwise(String view, List<Actor> members, CharSequence joins, int end) {
    int n = joins.length();
    if (n < 3 || n % 2 == 0 || members.size() != n + 1) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (joins.charAt(i) != (i % 2 == 0 ? 'w' : 'c')) {
        return false;
      }
    }
    return RESPECTIVE_AFTER.matcher(view).region(end, view.length()).lookingAt();
  }

  /** A respective word right after a list, a few characters at most between (兩國分別, 也各自). */
  private static final Pattern RESPECTIVE_AFTER =
      Pattern.compile("[^，。；：,;:！？!?、]{0,4}?(?:" + RespectiveLists.RESPECTIVE_ZH + "|各自)");

  /**
   * Whether {@code next}, after 與 (和, 同, 跟), is the partner of the clause's act and not a second
   * place of a 在 or 於 phrase: the item {@code prev} before it stands right after 在/於 (or names the
   * place of a state before it, 在哈薩克首都阿斯塔納) and is a place where {@code next} is no place
   * (伊朗在聖彼得堡與歐亞經濟聯盟簽署…, 普丁在莫斯科與托卡耶夫會晤, 國務卿在撒馬爾罕與中亞五國外長會晤: the city, then the partner), or a state
   * where {@code next} is a person (在哈薩克與托卡耶夫會晤). Two places or two states stay a list
   * (在杜尚別與比什凱克駐軍, 在吉爾吉斯與烏茲別克設有基地), a region and a state too (在中亞與阿富汗), and so do the two ends of a
   * border or a route (在新疆與哈薩克邊境, …之間) and the agents of 在…的支持下.
   */
  private static boolean partnerAfterAPlace(
      String view, List<Group> done, int begin, int prevEnd, Mention prev, Mention next) {
    if (prev == null || !WITH_OR_AND.matcher(view.substring(prevEnd, next.begin())).matches()) {
      return false;
    }
    String a = prev.actor().label();
    String b = next.actor().label();
    boolean place =
        a.equals("Place")
            && (!b.equals("Place") && !b.equals("Facility"))
            && (!b.equals("Country") || prev.actor().partOf() != null);
    boolean state = a.equals("Country") && b.equals("Person");
    if (!place && !state) {
      return false;
    }
    if (TWO_ENDS_AFTER.matcher(view).region(next.end(), view.length()).lookingAt()) {
      return false;
    }
    int at = begin;
    if (!done.isEmpty()) { // 在哈薩克首都阿斯塔納: the state before its capital
      Group before = done.get(done.size() - 1);
      if (before.end() <= at
          && PLACE_OF_STATE.matcher(view.substring(before.end(), at)).matches()) {
        at = before.begin();
      }
    }
    return LOCATIVE_BEFORE.matcher(view.substring(Math.max(0, at - 3), at)).find();
  }

  /** 與, 和, 同 or 跟 alone between two names (the matching view is Simplified). */
  private static final Pattern WITH_OR_AND = Pattern.compile("\\s*(?:与|和|同|跟)\\s*");

  /** 在 or 於 (not 現在, 存在, 由於, 關於, 對於, 位於 …) right before a place. */
  private static final Pattern LOCATIVE_BEFORE =
      Pattern.compile("(?:(?<![现存实所])在|(?<![由对关鉴至属等位])于)\\s*$");

  /** What stands between a state and its own place it names (哈薩克首都阿斯塔納, 俄羅斯的聖彼得堡). */
  private static final Pattern PLACE_OF_STATE = Pattern.compile("\\s*(?:的|首都|首府|境内)?\\s*");

  /**
   * After a list of two places: they are the two ends of a border or a route, or the agents of
   * 在…的支持下, not a place and a partner.
   */
  private static final Pattern TWO_ENDS_AFTER =
      Pattern.compile("\\s*(?:之间|间|交界|边境|边界|接壤|两地|[^，。；：,;:！？!?]{0,2}的[^，。；：,;:！？!?]{0,8}下)");

  /** A border right after a list of two places: its two ends (塔吉克與阿富汗邊境). */
  private static final Pattern BORDER_AFTER = Pattern.compile("\\s*(?:边境|边界|交界)");

  /**
   * A Russian list whose items each repeat the preposition of the first (в Таджикистане и в
   * Киргизии; как с Казахстаном, так и с Киргизией; и из ОДКБ, и из ЕврАзЭС), or whose second item
   * closes "не только …, но и" (членом не только ЕАЭС, но и ОДКБ): one list, as without the
   * repeated word. The word before the list's first item must be the same preposition (в
   * Таджикистане и на Памире, с Китаем и в Киргизии are no list), after "и" when the gap is ", и"
   * and after "не только" when it is ", но и".
   */
  static boolean repeatedPreposition(String view, int groupBegin, int prevEnd, Mention next) {
    Matcher g = RU_REPEATED_GAP.matcher(view.substring(prevEnd, next.begin()));
    if (!g.matches()) {
      return false;
    }
    String coordinator = g.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s,]+", " ");
    String prep = g.group(2) == null ? "" : g.group(2) + "\\s+";
    String lead =
        switch (coordinator.strip()) {
          case "но и" -> "не\\s+только\\s+";
          case "так и" -> "как\\s+";
          case "и" -> g.group(1).contains(",") ? "и\\s+" : "";
          default -> "";
        };
    if (prep.isEmpty() && lead.isEmpty()) {
      return false; // a plain coordinator: COORDINATOR's
    }
    if (prep.isEmpty() && !lead.startsWith("не")) {
      return false;
    }
    return Pattern.compile(
            "(?<![\\p{L}])" + lead + prep + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(view.substring(Math.max(0, groupBegin - 30), groupBegin))
        .find();
  }

  /**
   * An English list closed by "but (also)" after "not only" before its first item (Not only Russia
   * but also China keeps troops in Tajikistan; not only the SCO, but the CSTO too): one list, as
   * "and" would make it. Without "not only" right before the first item, "but" opens another clause
   * (Russia signed, but China did not).
   */
  static boolean notOnlyBut(String view, int groupBegin, int prevEnd, Mention next) {
    if (!NOT_ONLY_GAP.matcher(view.substring(prevEnd, next.begin())).matches()) {
      return false;
    }
    return NOT_ONLY_BEFORE.matcher(view.substring(Math.max(0, groupBegin - 30), groupBegin)).find();
  }

  private static final Pattern NOT_ONLY_GAP =
      Pattern.compile("\\s*,?\\s*but\\s+(?:also\\s+)?(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

  private static final Pattern NOT_ONLY_BEFORE =
      Pattern.compile("(?<![\\p{L}])not\\s+only\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

  /**
   * The gap of {@link #repeatedPreposition}: a coordinator (и, ", и", ", так и", ", а также", ", но
   * и"), then the preposition again (group 2; none only after ", но и").
   */
  private static final Pattern RU_REPEATED_GAP =
      Pattern.compile(
          "\\s*(,\\s*так\\s+и|,\\s*но\\s+и|,?\\s*а\\s+также|,\\s*и|и)\\s+(?:("
              + RelativeClauses.PREPOSITIONS
              + ")\\s+)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Latin or Cyrillic pairs of a located thing and its place (авиабазой Айни в Таджикистане и
   * авиабазой Кант в Киргизии; bases at Kant in Kyrgyzstan and Ayni in Tajikistan): the place of
   * the first pair and the thing of the second are no list. A facility or place stands right before
   * a locative preposition that opens the group, and {@code next}, a facility or place too, has a
   * state or place after the same kind of preposition.
   */
  private static boolean parallelPlaces(
      String view, List<Mention> all, int groupBegin, Mention next) {
    if (!LOCATED.contains(next.actor().label())) {
      return false;
    }
    Matcher before = LOCATIVE_END.matcher(view.substring(Math.max(0, groupBegin - 12), groupBegin));
    if (!before.find()) {
      return false;
    }
    int prep = Math.max(0, groupBegin - 12) + before.start();
    boolean thingBefore =
        all.stream()
            .anyMatch(
                x ->
                    x.end() <= prep
                        && view.substring(x.end(), prep).isBlank()
                        && LOCATED.contains(x.actor().label()));
    if (!thingBefore) {
      return false;
    }
    Matcher after = LOCATIVE_START.matcher(view).region(next.end(), view.length());
    if (!after.lookingAt()) {
      return false;
    }
    int at = after.end();
    return all.stream()
        .anyMatch(
            x ->
                x.begin() == at
                    && (x.actor().label().equals("Country") || x.actor().label().equals("Place")));
  }

  private static final java.util.Set<String> LOCATED = java.util.Set.of("Facility", "Place");

  /** A locative preposition ending a stretch of Latin or Cyrillic text (… at Kant in ). */
  private static final Pattern LOCATIVE_END =
      Pattern.compile(
          "(?<![\\p{L}])(?:in|at|near|в|во|на)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A locative preposition right after a name ( in Tajikistan, в Киргизии). */
  private static final Pattern LOCATIVE_START =
      Pattern.compile(
          "\\s+(?:in|at|near|в|во|на)\\s+(?:the\\s+)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Russian "и" meaning "also" after a verb's object (Вслед за Белоруссией вступила в ЕАЭС и
   * Армения; Киргизия вступила в ЕАЭС и Армения тоже): the name before it follows a preposition, so
   * it is in an oblique case, while the name after it ends in -ия, a nominative no oblique form
   * shares (России, Россию, Россией): two cases are no list, and the second name is the clause's
   * subject.
   */
  private static boolean alsoAfterAnObject(String view, int groupBegin, int prevEnd, Mention next) {
    if (!view.substring(prevEnd, next.begin()).matches("\\s+и\\s+")) {
      return false;
    }
    String name = view.substring(next.begin(), next.end());
    if (!name.toLowerCase(java.util.Locale.ROOT).matches("(?s).*[а-яё]ия")) {
      return false;
    }
    return RelativeClauses.AFTER_PREPOSITION
        .matcher(view.substring(Math.max(0, groupBegin - 12), groupBegin))
        .find();
  }

  /**
   * A Russian relative clause a name closes, a comma after it (На саммите, который принимала
   * Россия, Таджикистан и Узбекистан подписали соглашение): the name right after the clause's verb
   * is its subject, and the comma ends the clause, so the names after it start the main clause's
   * list.
   */
  static boolean endsRelativeClause(String view, int groupBegin, int prevEnd, Mention next) {
    return view.substring(prevEnd, next.begin()).matches("\\s*,\\s*")
        && RELATIVE_VERB_BEFORE
            .matcher(view.substring(Math.max(0, groupBegin - 60), groupBegin))
            .find();
  }

  /**
   * A relative pronoun opening a clause, its verb (an adverb or particle perhaps), then the name.
   */
  private static final Pattern RELATIVE_VERB_BEFORE =
      Pattern.compile(
          "(?:^|,)\\s*(?:(?:в|во|на|с|со|о|об|при|по|из|к|у|для|между)\\s+)?котор[а-яё]{1,3}"
              + "(?:\\s+[а-яё-]+)?\\s+[а-яё-]*(?:л|ла|ло|лся|лась|лось|ет|ёт|ит|ется|ётся|ится)\\s+$");

  /**
   * ", and" closes a list only after a serial comma (Russia, Belarus, and the Kyrgyz Republic):
   * after a single name it begins a new clause (troops went to Tajikistan, and China built a road).
   */
  private static final Pattern SERIAL_AND = Pattern.compile("\\s*,\\s*and\\s.*");

  /**
   * An "and" without a comma before it closes an English list (Tajikistan, Uzbekistan and
   * Turkmenistan): a ", and" after it begins a new clause, not a fourth item (Afghanistan borders
   * Tajikistan, Uzbekistan and Turkmenistan, and Pakistan borders India).
   */
  private static final Pattern AND_INSIDE = Pattern.compile("\\s+and\\s.*");

  /**
   * Where the parenthesis closes when {@code next} is the previous mention's actor named again in
   * parentheses right after it (the Collective Security Treaty Organization (CSTO)): past the
   * closing mark, so that the two names are one placeholder; -1 otherwise.
   */
  private static int closingParenthesis(String view, int prevEnd, Mention next, Mention prev) {
    if (prev == null
        || !prev.actor().id().equals(next.actor().id())
        || !view.substring(prevEnd, next.begin()).matches("\\s*\\(\\s*")
        || view.substring(prev.begin(), prevEnd).chars().anyMatch(c -> c >= 0x2E80)) {
      return -1; // Latin and Cyrillic text: Chinese keeps its own reading of 「…」（…）
    }
    Matcher m = CLOSE_PAREN.matcher(view).region(next.end(), view.length());
    return m.lookingAt() ? m.end() : -1;
  }

  private static final Pattern CLOSE_PAREN = Pattern.compile("\\s*\\)");

  /**
   * Whether the text between two mentions coordinates them: a conjunction or list mark
   * (哈薩克、吉爾吉斯與塔吉克, Kazakhstan and China). Nothing at all between them coordinates only
   * abbreviations (中俄, 俄哈); two adjacent names are a modifier and its head (中國一帶一路倡議, 新疆喀什), not a
   * list.
   */
  private static boolean coordinated(String gap, Mention prev, Mention next) {
    if (gap
        .isEmpty()) { // 中俄 (abbreviations); 哈薩克、吉爾吉斯、塔吉克三國 (apposition); 馬納斯機場甘奇基地 (one actor, two
      // names)
      return abbreviation(prev) && abbreviation(next)
          || next.method().equals("coref")
          || prev != null && prev.actor().id().equals(next.actor().id());
    }
    Matcher c = COORDINATOR.matcher(gap);
    return c.matches() && (c.group(1) != null || abbreviation(prev) && abbreviation(next));
  }

  /**
   * After a comma alone or ", the", in Latin or Cyrillic text, a name that a plain word follows
   * modifies that word instead of adding to the list: "…in Uzbekistan, Russian media claimed",
   * "Termez, the Uzbek town" (a list goes on with a comma or closes with and, or, и: "Kazakhstan,
   * Kyrgyzstan and Tajikistan").
   */
  private static boolean commaBeforeAModifier(String view, int prevEnd, Mention next) {
    String gap = view.substring(prevEnd, next.begin()).strip();
    if (!gap.matches(",(\\s*the)?")
        || view.substring(next.begin(), next.end()).chars().anyMatch(c -> c >= 0x2E80)) {
      return false;
    }
    return MODIFIED_WORD.matcher(view).region(next.end(), view.length()).lookingAt();
  }

  /**
   * In Russian, a name after a comma alone that a dash and a preposition follow opens a clause
   * whose verb is left out, not another item of the list before it: "Россия граничит с Казахстаном,
   * Китай — с Киргизией" (China borders Kyrgyzstan, not Russia), "…, Таджикистан — в 2013 году",
   * "…, Узбекистан — только в СНГ". A list the dash closes goes on with a noun (Россия, Китай —
   * члены ШОС) and stays one.
   */
  private static boolean commaBeforeAGappedClause(String view, int prevEnd, Mention next) {
    return view.substring(prevEnd, next.begin()).strip().equals(",")
        && GAPPED_AFTER.matcher(view).region(next.end(), view.length()).lookingAt();
  }

  /** A dash, perhaps "только" or "лишь", then a preposition: the gapped clause's own phrase. */
  private static final Pattern GAPPED_AFTER =
      Pattern.compile(
          "\\s*[—–]\\s*(?:(?:только|лишь|также|тоже)\\s+)?"
              + "(?:в|во|на|с|со|из|к|ко|против|от|у|при|до|через)\\s");

  /**
   * In Latin or Cyrillic text, a comma alone never adds a person to a list of other actors: the
   * person is named in apposition ("The president of Azerbaijan, Ilham Aliyev, arrived"; "Russia's
   * leader, Vladimir Putin,").
   */
  private static boolean personAfterAComma(String view, int prevEnd, Mention prev, Mention next) {
    return prev != null
        && next.actor().label().equals("Person")
        && !prev.actor().label().equals("Person")
        && view.substring(prevEnd, next.begin()).strip().equals(",")
        && view.substring(next.begin(), next.end()).chars().noneMatch(c -> c >= 0x2E80);
  }

  /**
   * Whether {@code m} is named as the leader of the actor right after it (集安組織與「中國主導的」上合組織; the
   * CSTO and the "China-led" SCO): it modifies that bloc and is no item of the list before it.
   */
  private static boolean leadsTheNext(String view, Mention m, List<Mention> all) {
    return joinsTheNext(view, m, LEADER_SUFFIX, all, o -> true);
  }

  /**
   * Whether {@code suffix} stands right after {@code m} and a mention {@code next} accepts starts
   * where it ends: {@code m} modifies that mention.
   */
  private static boolean joinsTheNext(
      String view, Mention m, Pattern suffix, List<Mention> all, Predicate<Mention> next) {
    return nextAfter(view, m, suffix, all, next) >= 0;
  }

  /**
   * Where the mention {@code next} accepts begins when only {@code suffix} stands between {@code m}
   * and it, else -1.
   */
  private static int nextAfter(
      String view, Mention m, Pattern suffix, List<Mention> all, Predicate<Mention> next) {
    Matcher t = suffix.matcher(view).region(m.end(), view.length());
    if (!t.lookingAt()) {
      return -1;
    }
    int at = t.end();
    return all.stream().anyMatch(o -> o.begin() == at && next.test(o)) ? at : -1;
  }

  /**
   * Whether {@code m}, after a coordinator, names the owner or the place of the facility right
   * after it, when the list so far is of facilities and {@code m} is none
   * (烏茲別克的汗阿巴德空軍基地和吉爾吉斯的瑪納斯空軍基地; the Karshi-Khanabad air base and Kyrgyzstan's Manas air base): it
   * opens the next noun phrase, "State的Facility", and is no item of the list, so the second
   * facility keeps its own state. Two names of one kind before 的 (中國與哈薩克的邊界, 俄羅斯和吉爾吉斯的坎特) stay a
   * list, and so do a region and a state before a city (新疆與哈薩克的阿拉木圖之間: the two ends of a route).
   */
  private static boolean possessesTheNext(String view, Mention prev, Mention m, List<Mention> all) {
    if (prev == null) {
      return false;
    }
    String kind = prev.actor().label();
    if (!kind.equals("Facility") || kind.equals(m.actor().label())) {
      return false;
    }
    return joinsTheNext(view, m, POSSESSOR_SUFFIX, all, o -> o.actor().label().equals(kind));
  }

  /**
   * Where the nationality ends when {@code m} is a state named as the nationality of the person
   * right after it (哈薩克斯坦人努爾加利耶夫: the state, 人, the person), else -1: in a list of persons
   * (A、塔吉克斯坦人B和烏茲別克斯坦人C等人) it is no item, and the list goes on past it.
   */
  private static int nationalityEnd(String view, Mention m, List<Mention> all) {
    if (!m.actor().label().equals("Country")) {
      return -1;
    }
    return nextAfter(view, m, NATIONALITY_SUFFIX, all, o -> o.actor().label().equals("Person"));
  }

  /**
   * What stands between a state and the person it gives the nationality of, in the matching view.
   */
  private static final Pattern NATIONALITY_SUFFIX = Pattern.compile("\\s?(?:籍)?人\\s?");

  /** What stands between a possessor and its facility or place, in the matching view. */
  private static final Pattern POSSESSOR_SUFFIX =
      Pattern.compile("\\s?(?:境内|国内)?(?:的|之)\\s?[「『“]?|['’]s\\s");

  /**
   * What follows a name nested in a longer mention that it leads or backs (the Russian-led bloc,
   * the China-backed alliance): the longer mention names the bloc, and the name is no member of its
   * group.
   */
  private static final Pattern NESTED_LEADER =
      Pattern.compile("-(?:led|backed|dominated|sponsored|controlled|funded)\\b");

  /** What follows a leader before the bloc it leads, in the matching view (see RuleSet.LEADER). */
  private static final Pattern LEADER_SUFFIX =
      Pattern.compile("\\s?(?:所)?(?:主导|领导|带领|牵头|为首|率领)(?:的|之)\\s?[「『“]?|-led ");

  /** A plain word right after a name: not a list mark, a coordinator or the clause's end. */
  private static final Pattern MODIFIED_WORD =
      Pattern.compile("\\s+(?!(?:and|or|и|или|а|but|&)(?![\\p{L}]))[\\p{L}]");

  /**
   * A comma, then a state's possessive (Ilham Aliyev, Azerbaijan's president): the state qualifies
   * a title.
   */
  private static final Pattern APPOSITION_GAP = Pattern.compile("\\s*[,，]\\s*");

  /** A member noun of English right before an organisation: its members follow in apposition. */
  private static final Pattern MEMBERS_OF_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:members|member\\s+states|member\\s+countries|member\\s+nations)\\s+of\\s+(?:the\\s+)?$");

  /** A comma, perhaps with "the", before a possessive that opens an apposition. */
  private static final Pattern POSSESSIVE_APPOSITION_GAP =
      Pattern.compile("\\s*,\\s*(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

  /**
   * A possessive, then a common word that is no coordinator (Russia's closest ally, the SCO's
   * newest members; not Russia's and China's leaders).
   */
  private static final Pattern POSSESSIVE_COMMON =
      Pattern.compile("^(?:'s|’s)\\s+(?!(?:and|or|but|nor)(?![\\p{L}]))\\p{L}");

  private static final Pattern POSSESSIVE_TITLE =
      Pattern.compile(
          "^(?:'s|’s)\\s+(?:(?:then|now|former|current|new|"
              + "acting|longtime|long-time|incumbent)\\s+)?\\p{Ll}");

  /**
   * Whether {@code next} after {@code prev} opens an apposition to it rather than a second list
   * item: the members of an organisation after it and a comma (the five founding members of the
   * SCO, China, Russia, …, met); a person, a facility or a place, a comma, then a state's
   * possessive and a common word (Ilham Aliyev, Azerbaijan's president; Emomali Rahmon,
   * Tajikistan's leader; the Kant air base, Russia's only air base abroad); a place, a comma, then
   * the state the gazetteer puts it in (Samarkand, Uzbekistan). A name right after the possessive
   * (Aliyev, Russia's Putin) is no title: that stays a list. In Latin text, any name after a comma
   * (perhaps with "the") whose possessive a common word follows opens an apposition to the name
   * before it (India and Pakistan, the SCO's newest members; Kazakhstan, Russia's closest ally).
   */
  private static boolean apposition(String view, Mention prev, Mention next, List<Mention> all) {
    if (prev != null
        && prev.actor().label().equals("Organization")
        && next.actor().label().equals("Country")
        && view.substring(prev.end(), next.begin()).strip().equals(",")
        && MEMBERS_OF_BEFORE
            .matcher(view.substring(Math.max(0, prev.begin() - 40), prev.begin()))
            .find()) {
      return true; // the founding members of the SCO, China, Russia …: the members, no list item
    }
    if (prev != null
        && (next.actor().label().equals("Country") || next.actor().label().equals("Organization"))
        && POSSESSIVE_APPOSITION_GAP.matcher(view.substring(prev.end(), next.begin())).matches()
        && view.substring(next.begin(), next.end()).chars().noneMatch(c -> c >= 0x2E80)) {
      Matcher t = POSSESSIVE_COMMON.matcher(view.substring(next.end()));
      if (t.find()) {
        int word = next.end() + t.end() - 1;
        if (all.stream().noneMatch(o -> o.begin() <= word && word < o.end())) {
          return true; // India and Pakistan, the SCO's newest members, …; Kazakhstan, Russia's ally
        }
      }
    }
    if (prev != null
        && (prev.actor().label().equals("Place") || prev.actor().label().equals("Facility"))
        && next.actor().label().equals("Country")
        && next.actor().id().equals(prev.actor().partOf())
        && view.substring(prev.end(), next.begin()).strip().equals(",")) {
      return true; // Samarkand, Uzbekistan, hosted the summit: a place, then the state it lies in
    }
    if (prev == null
        || !List.of("Person", "Facility", "Place").contains(prev.actor().label())
        || !next.actor().label().equals("Country")
        || !APPOSITION_GAP.matcher(view.substring(prev.end(), next.begin())).matches()) {
      return false;
    }
    Matcher t = POSSESSIVE_TITLE.matcher(view.substring(next.end()));
    if (!t.find()) {
      return false;
    }
    int word = next.end() + t.end() - 1;
    return all.stream().noneMatch(o -> o.begin() <= word && word < o.end());
  }

  private static boolean abbreviation(Mention m) {
    return m != null && (m.method().equals("compound") || m.method().equals("short"));
  }

  private static void addDistinct(List<Actor> list, Actor a) {
    if (list.stream().noneMatch(x -> x.id().equals(a.id()))) {
      list.add(a);
    }
  }

  /**
   * What every match of one sentence reads: its groups and mentions, the masked words and their
   * offsets, the dates, and the statements found so far.
   */
  private record Site(
      List<CarriedSubject.Reading> clauses,
      List<Group> groups,
      List<Mention> mentions,
      String words,
      int[] at,
      List<Integer> toText,
      Sentence s,
      List<DateMention> ds,
      List<DateMention> wds,
      String view,
      String docDate,
      String paragraphDate,
      Map<String, Statement> out,
      List<Token> tokens,
      List<int[]> asides) {

    /**
     * The same sentence read over another masked view of it (a relative clause reordered, a topic
     * carried into a clause): its own words and offset maps, its groups, and the map it fills.
     */
    Site over(String masked, List<Integer> toText, List<Group> groups, Map<String, Statement> out) {
      return of(
          null,
          masked,
          toText,
          groups,
          mentions,
          s,
          ds,
          view,
          docDate,
          paragraphDate,
          out,
          tokens,
          asides);
    }

    /** A reading of {@code masked}: its words (each placeholder one □) and the maps around them. */
    static Site of(
        List<CarriedSubject.Reading> clauses,
        String masked,
        List<Integer> toText,
        List<Group> groups,
        List<Mention> mentions,
        Sentence s,
        List<DateMention> ds,
        String view,
        String docDate,
        String paragraphDate,
        Map<String, Statement> out,
        List<Token> tokens,
        List<int[]> asides) {
      int[] at = new int[masked.length() + 1];
      String words = blank(masked, at);
      return new Site(
          clauses,
          groups,
          mentions,
          words,
          at,
          toText,
          s,
          ds,
          inWords(ds, toText, at),
          view,
          docDate,
          paragraphDate,
          out,
          tokens,
          asides);
    }

    /**
     * Where a relative clause holding the trigger at {@code ts} (of the masked view) starts, in the
     * words, or -1 ({@link CarriedSubject#relativeStart}).
     */
    int relative(int ts, java.util.function.Predicate<String> own) {
      if (tokens == null || ts >= toText.size()) {
        return -1;
      }
      int start = CarriedSubject.relativeStart(tokens, toText.get(ts), own);
      if (start < 0) {
        return -1;
      }
      for (int k = 0; k < toText.size(); k++) {
        if (toText.get(k) >= start) {
          return at[k];
        }
      }
      return -1;
    }
  }

  private void emit(Rule r, Matcher m, Site site) {
    if (!subjectReaches(r, m, site)) {
      return;
    }
    List<Group> groups = site.groups();
    List<Mention> mentions = site.mentions();
    String words = site.words();
    int[] at = site.at();
    List<Integer> toText = site.toText();
    Sentence s = site.s();
    List<DateMention> ds = site.ds();
    List<DateMention> wds = site.wds();
    String view = site.view();
    String docDate = site.docDate();
    String paragraphDate = site.paragraphDate();
    Map<String, Statement> out = site.out();
    // negation, modality, claims and endings are read in the clause of the rule's trigger (the
    // whole match where a
    // rule names none): a negation in another clause of the sentence is that clause's own
    int ts = m.start();
    int te = m.end();
    boolean named = r.trigger() && m.start("T") >= 0;
    if (named) {
      ts = m.start("T");
      te = m.end("T");
    }
    String scoped = named ? words : InsertedClauses.blankInserted(words, at[ts], at[te]);
    String status =
        title(r, m) || describedPlace(r, m, site.groups())
            ? Scope.ASSERTED
            : rules
                .scope()
                .status(
                    r.predicate(),
                    scoped,
                    at[ts],
                    at[te],
                    named,
                    named ? site.relative(ts, rules.scope()::qualifies) : -1);
    if (Scope.NEGATED.equals(status) && start(m, "S") >= 0) {
      // Казахстан не присоединился к санкциям Москвы против Запада: the negation is Kazakhstan's
      // stance; Moscow's sanctions are read from where the stance verb ends
      int stance = rules.scope().stanceEnd(words, at[ts], at[m.start("S")]);
      if (stance >= 0) {
        status = rules.scope().status(r.predicate(), scoped, at[ts], at[te], named, stance);
      }
    }
    if (Scope.ASSERTED.equals(status)
        && rules.scope().plannedAfter(r.predicate(), words, at[m.end()])) {
      status = Scope.HYPOTHETICAL; // 中國援助阿富汗的計畫: the plan, not the aid
    }
    if (Scope.ASSERTED.equals(status) && rules.scope().negatedInfinitiveAfter(words, at[ts])) {
      status = Scope.NEGATED; // Против Ирана США санкции вводить не стали
    }
    if (Scope.ASSERTED.equals(status) && rules.scope().conditionalAfter(words, at[ts])) {
      status = Scope.HYPOTHETICAL; // Российская база дислоцировалась бы в Таджикистане, если бы не…
    }
    String role = r.role();
    if ("$role".equals(role)) {
      role = rules.role(groupOrNull(m, "role"));
    }
    if (r.predicate().equals("SIGNED")
        && role == null
        && (ACCESSION_WORDS.matcher(words.substring(at[ts], at[Math.max(ts, te)])).find()
            || RATIFIED.matcher(words.substring(at[ts], at[Math.max(ts, te)])).find()
            || accessionBeforeObject(m, view, toText, te))) {
      // 亞美尼亞隨後加入《歐亞經濟聯盟條約》: a party, but no founder of the union; nor a state that
      // ratifies it (Киргизия ратифицировала договор о ЕАЭС: parties ratify long after the
      // founding), nor one that signs the treaty of its accession (подписала договор о
      // присоединении к ЕАЭС)
      role = ACCESSION;
    }
    int anchor = toText.get(Math.max(m.start(), Math.min(m.end() - 1, m.start())));
    // Belarus, a member of the CSTO since 1994, sent troops …: the date of a clause cut out
    // before the trigger is that clause's own, not the main verb's
    ds =
        notInClausesBefore(
            ds,
            site.asides(),
            toText.get(Math.min(ts, toText.size() - 1)),
            toText.get(m.start()),
            toText.get(Math.max(m.start(), m.end() - 1)));
    DateMention d =
        nearest(
            confined(
                outsideAsides(ds, view, toText.get(Math.min(ts, toText.size() - 1))),
                view,
                toText.get(Math.min(ts, toText.size() - 1))),
            anchor,
            toText.get(m.end() - 1),
            view,
            toText.get(Math.min(ts, toText.size() - 1)),
            toText.get(Math.max(ts, Math.min(te, toText.size()) - 1)) + 1);
    d = ownClauseDate(d, ds, view, toText, start(m, "S"), ts);
    final String st = status;
    final int tsf = ts;
    final int tef = te;
    java.util.function.Function<DateMention, When> whenOf =
        x ->
            new When(
                x == null ? null : x.date(),
                x == null ? null : x.since(),
                x == null ? null : x.until(),
                rules
                    .time()
                    .later(
                        r.predicate(),
                        ownReferences(words, groups, m, at[m.end()]),
                        at[m.end()],
                        wds,
                        rules
                            .time()
                            .read(
                                r.predicate(),
                                st,
                                words,
                                at[m.start()],
                                at[tsf],
                                at[tef],
                                at[m.end()],
                                x,
                                sameClause(view, toText.get(Math.min(tsf, toText.size() - 1)), x),
                                docDate,
                                paragraphDate)));
    When when =
        predecessor(
            r.predicate(),
            paired(r.predicate(), whenOf.apply(d), view, ds, d, whenOf),
            view,
            start(m, "S") < 0 ? null : groups.get(Integer.parseInt(m.group("S"))));
    if (r.pair()) {
      Group pg = groups.get(Integer.parseInt(m.group("P")));
      if (pg.groupWord() && pg.members().size() > 2) {
        return; // 中亞5國內政衝突: a set named by one word is no list of pairs (a pair's word, 俄烏戰爭, still
        // is one)
      }
      List<Actor> members =
          pg.members().stream().filter(a -> r.accepts('P', a.typeCode())).toList();
      if (members.size() > 2
          && r.predicate().equals("BORDERS")
          && countAfter(view, pg.end()) == members.size()) {
        // 烏、吉、塔三國的邊界在這裡交錯: the count word closes the list, and the states border each
        // other
        for (int i = 0; i < members.size(); i++) {
          for (int j = i + 1; j < members.size(); j++) {
            put(out, r, members.get(i), members.get(j), role, when, s, status);
          }
        }
        return;
      }
      if (pg.pairwise()) {
        // 俄羅斯與哈薩克、中國與吉爾吉斯分別簽署了合作協議: each pair, no pair across them
        List<Actor> all = pg.members();
        for (int i = 0; i + 1 < all.size(); i += 2) {
          if (r.accepts('P', all.get(i).typeCode()) && r.accepts('P', all.get(i + 1).typeCode())) {
            put(out, r, all.get(i), all.get(i + 1), role, when, s, status);
          }
        }
        return;
      }
      if (members.size() > 2) {
        // 中國與哈薩克、吉爾吉斯及塔吉克接壤: the members before 與 pair with those after it, never among themselves;
        // a
        // list with no 與 (six leaders at a summit, three states at a table) is co-mention, not
        // fifteen relations
        if (pg.withAt() <= 0 || pg.withAt() >= pg.members().size()) {
          return;
        }
        List<Actor> left = pg.members().subList(0, pg.withAt());
        List<Actor> right = pg.members().subList(pg.withAt(), pg.members().size());
        for (Actor a : left) {
          for (Actor b : right) {
            if (r.accepts('P', a.typeCode()) && r.accepts('P', b.typeCode())) {
              put(out, r, a, b, role, when, s, status);
            }
          }
        }
        return;
      }
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          put(out, r, members.get(i), members.get(j), role, when, s, status);
        }
      }
      return;
    }
    if (r.namedSubject()) {
      // the Russia–Central Asia summit convened: the parties the event is named by take part in it
      // (data/rules/named-participants.tsv); an agreement whose names give its two states (the
      // Treaty on Allied Relations between Russia and Uzbekistan, signed in 2005): those states
      for (Actor o : groups.get(Integer.parseInt(m.group("O"))).members()) {
        List<String> parties = NAMED_BY.get(o.id());
        if (parties == null && o.typeCode() == 'A') {
          parties = namedParties().getOrDefault(o.id(), Set.of()).stream().sorted().toList();
        }
        for (String id : parties == null ? List.<String>of() : parties) {
          Actor a = actors.apply(id);
          if (a != null && r.accepts('O', o.typeCode())) {
            put(out, r, a, o, role, when, s, status);
          }
        }
      }
      return;
    }
    Group subj = groups.get(Integer.parseInt(m.group("S")));
    if (r.homeObject()) {
      for (Actor a : subj.members()) {
        Actor home = a.partOf() == null ? null : actors.apply(a.partOf());
        if (home != null && r.accepts('S', a.typeCode())) {
          put(out, r, a, home, role, when, s, status);
        }
      }
      return;
    }
    Group obj = groups.get(Integer.parseInt(m.group("O")));
    subj = relativeHead(m, words, at, view, subj);
    if (subjectAfterOpeningPlace(s.text(), subj, obj)) {
      // В Астане Индия и Пакистан становятся членами ШОС: the name after the place is the clause's
      // subject, not the place's genitive, so no object of the place (В Киргизии Россия
      // располагает авиабазой: Russia, the subject, still acts in the place)
      return;
    }
    if (sharesMember(r, subj, obj)) {
      // the subject is also one of the objects: a comitative read as a list (該國與美國、日本及南韓發展關係，
      // 並接受日本的援助) or a pair something lies between (位於中國與俄羅斯之間，與兩國都接壤); the match
      // misreads the sentence, so none of its pairs is stated
      return;
    }
    if (r.predicate().equals("HEAD_OF") && obj.members().size() > 1) {
      headsOfList(out, r, subj.members(), obj.members(), role, when, s, status);
      return;
    }
    if (r.predicate().equals("HAS_MILITARY_PRESENCE_IN")
        && obj.members().size() > 1
        && BORDER_AFTER.matcher(view).region(obj.end(), view.length()).lookingAt()) {
      // 俄羅斯在塔吉克與阿富汗邊境部署了部隊: a presence at the border of A and B is in A, the first
      // end, only; none when A is the subject's own (中國在新疆與哈薩克邊境部署了部隊)
      Actor first = obj.members().get(0);
      for (Actor a : subj.members()) {
        if (!first.id().equals(a.id())
            && !a.id().equals(first.partOf())
            && r.accepts('S', a.typeCode())
            && r.accepts('O', first.typeCode())) {
          put(out, r, a, first, role, when, s, status);
        }
      }
      return;
    }
    if (r.predicate().equals("HAS_MILITARY_PRESENCE_IN") && ownBorderEnd(view, groups, subj, obj)) {
      // Afghan border guards guarding the Tajik-Afghan border: the subject is the border's other
      // end, guarding its own side, no presence in the first
      return;
    }
    // 1996年3月及1999年2月26日又分別有吉爾吉斯與塔吉克兩國加入; joined in 1994 and 2002 respectively: as
    // many dates in the trigger's clause as members of a list, and a respectively-word, pair in
    // order
    List<DateMention> each =
        respective(view, ds, toText.get(Math.min(ts, toText.size() - 1)), toText.get(m.end() - 1));
    if (r.predicate().equals("SIGNED")
        && subj.members().stream()
            .anyMatch(a -> obj.members().stream().anyMatch(o -> notAParty(a, o)))) {
      // 俄羅斯與烏茲別克簽署了「友好合作互助條約」: one signer is no party of the agreement linked, so the
      // agreement signed is another, for Russia too
      return;
    }
    List<Actor> subjs = subj.members().stream().filter(a -> r.accepts('S', a.typeCode())).toList();
    List<Actor> objs = obj.members().stream().filter(o -> r.accepts('O', o.typeCode())).toList();
    boolean bySubject = each.size() > 1 && subjs.size() == each.size();
    boolean byObject = !bySubject && each.size() > 1 && objs.size() == each.size();
    Group host = hostModifier(r, view, groups, Integer.parseInt(m.group("O")), subj);
    // a coordinated group may mix types (納札爾巴耶夫與俄羅斯): only members the slot accepts take part
    Set<String> counted = countedBy(subj, mentions, view);
    for (Actor a : subj.members()) {
      if (counted.contains(a.id()) && subj.members().size() > 1) {
        continue; // 上合組織八個成員國全部派員參加: the members act, not the organisation
      }
      When own =
          bySubject
              ? whenOf.apply(each.get(subjs.indexOf(a)))
              : aside(r.predicate(), status, a, subj, mentions, view, ds, docDate, when);
      for (Actor o : obj.members()) {
        if (byObject && objs.contains(o)) {
          own = whenOf.apply(each.get(objs.indexOf(o)));
        }
        if (r.predicate().equals("HEAD_OF")
            && subj.members().size() > 1
            && o.typeCode() == 'C'
            && a.partOf() != null
            && !a.partOf().equals(o.id())) {
          // a title before coordinated persons (哈薩克總統托卡耶夫與習近平會晤): a person the gazetteer gives
          // another state is not the head of this one (one it gives this state, or none, still is:
          // 總統托卡耶夫與總理斯邁洛夫 is left to the role the rule reads)
          continue;
        }
        if (r.ownPlace() && !o.id().equals(a.partOf())) {
          continue; // 俄羅斯的坎特空軍基地: the owner, not the place the base is in
        }
        if (r.predicate().equals("HAS_MILITARY_PRESENCE_IN") && works(o) && latin(view)) {
          continue; // a pipeline, a railway or a dam is no place of a military presence (Kazakhstan
          // and Uzbekistan joined forces on the Central Asia–China gas pipeline); Chinese rules
          // tell a base by its name's kind themselves
        }
        if (r.accepts('S', a.typeCode()) && r.accepts('O', o.typeCode())) {
          put(out, r, a, o, role, own, s, status);
          Actor in = host == null ? null : hostOf(host, o);
          if (in != null && !in.id().equals(a.id()) && !in.id().equals(a.partOf())) {
            // 俄羅斯駐塔吉克第201軍事基地: a presence at the base is one in the state it stands in
            put(out, r, a, in, role, own, s, status);
          }
        }
      }
    }
  }

  /**
   * The modifier right before object group {@code oi} that a presence rule's object slot skipped
   * (塔吉克 in 駐塔吉克第201軍事基地), or null: only for HAS_MILITARY_PRESENCE_IN, never the subject itself
   * (俄羅斯坎特空軍基地 names the base's owner), and only right after 駐, which names it the host (after 在,
   * 在吉爾吉斯坎特設有空軍基地, and in 美國使用吉爾吉斯馬納斯空軍基地 it is left to the rules).
   */
  private static Group hostModifier(Rule r, String view, List<Group> groups, int oi, Group subj) {
    if (!r.predicate().equals("HAS_MILITARY_PRESENCE_IN") || oi <= 0) {
      return null;
    }
    Group obj = groups.get(oi);
    Group mod = groups.get(oi - 1);
    if (mod.begin() == subj.begin()
        || mod.end() != obj.begin()
        || mod.end() <= mod.begin()
        || mod.members().size() != 1
        || obj.members().size() != 1
        || mod.begin() < 1
        || mod.begin() > view.length()
        || view.charAt(mod.begin() - 1) != HOST_MARK) {
      return null;
    }
    return mod;
  }

  /** 駐 right before a host state, in Linker.key's simplified form. */
  private static final char HOST_MARK = '驻';

  /**
   * The state of {@code host} that the gazetteer puts facility {@code o} in (its direct {@code
   * partOf}), or null: an owner's name before its base (俄羅斯坎特空軍基地) or a base the gazetteer puts
   * elsewhere reads no host.
   */
  private static Actor hostOf(Group host, Actor o) {
    Actor c = host.members().get(0);
    return o.typeCode() == 'F' && c.typeCode() == 'C' && c.id().equals(o.partOf()) ? c : null;
  }

  /** A border or frontier right after a name (the Tajik-Afghan border, граница). */
  private static final Pattern BORDER_WORD_AFTER =
      Pattern.compile(
          "\\s*(?:border|borders|frontier|frontiers|граница|границу|границе|границы)(?![\\p{L}])");

  /**
   * Whether {@code obj} is the first end of a border two names joined by a hyphen give (the
   * Tajik-Afghan border) and a member of {@code subj} is its second end: the subject's own side.
   */
  private static boolean ownBorderEnd(String view, List<Group> groups, Group subj, Group obj) {
    int e = obj.end();
    if (e >= view.length() || "-–—".indexOf(view.charAt(e)) < 0) {
      return false;
    }
    for (Group g : groups) {
      if (g.begin() == e + 1
          && BORDER_WORD_AFTER.matcher(view).region(g.end(), view.length()).lookingAt()) {
        for (Actor a : subj.members()) {
          for (Actor b : g.members()) {
            if (a.id().equals(b.id()) || b.id().equals(a.partOf())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * The organisations whose membership resolved a count of states inside {@code g} (上合組織八個成員國,
   * 集安組織的六個成員國): they only name whose members the count is, and are no actor of the clause. One the
   * text joins to the count as a participant of its own (上合組織及其八個成員國) stays one.
   */
  private static Set<String> countedBy(Group g, List<Mention> mentions, String view) {
    Set<String> out = new java.util.HashSet<>();
    for (Mention x : mentions) {
      if (x.via() != null
          && x.begin() >= g.begin()
          && x.end() <= g.end()
          && !x.actor().id().equals(x.via())
          && !joinedToCount(x, mentions, view)) {
        out.add(x.via());
      }
    }
    return out;
  }

  /** A coordinator between an organisation and the count of its members: 及, 與, 和, 、, and, и. */
  private static final Pattern JOINED_TO_COUNT =
      Pattern.compile("[及与和同跟、]|以及|(?<![\\p{L}])(?:and|и|а также)(?![\\p{L}])");

  /**
   * Whether the organisation a counted member {@code x} was resolved by is named right before the
   * count and joined to it by a coordinator (上合組織及其八個成員國均派員參加), not only naming whose members they
   * are (上合組織八個成員國, 上合組織的其他成員國).
   */
  private static boolean joinedToCount(Mention x, List<Mention> mentions, String view) {
    Mention org = null;
    for (Mention y : mentions) {
      if (y.actor().id().equals(x.via())
          && y.end() <= x.begin()
          && (org == null || y.end() > org.end())) {
        org = y;
      }
    }
    if (org == null || x.begin() > view.length()) {
      return false;
    }
    String between = view.substring(org.end(), x.begin());
    return between.length() <= 12 && JOINED_TO_COUNT.matcher(between).find();
  }

  /**
   * Whether the subject of match {@code m} (its S slot, or the P slot of a symmetric rule) may be
   * the subject of the rule's trigger, as {@link CarriedSubject#clauses} reads the clauses of the
   * sentence. A subject taken from an earlier clause than the trigger's is dropped when the
   * trigger's clause has another subject of a type the slot takes: an actor heading the noun phrase
   * that opens it, or the topic it carries (it says no subject of its own, or a pronoun stands for
   * the topic) when that topic neither is nor holds the subject (俄羅斯遭到歐盟制裁，並與中國加強合作: the
   * cooperation is the topic's, Russia's, and 歐盟 is no partner of China). Where the clause names no
   * such subject (a plain noun opens it, or no topic reaches it) the match stands: the tags give no
   * reason to doubt it. So does every match without a reading of the clauses (no Chinese tags:
   * English and Russian text, the rule examples), a subject in the trigger's clause or after it,
   * and the types of {@code subject-across.lex}.
   */
  private static boolean subjectReaches(Rule r, Matcher m, Site site) {
    List<CarriedSubject.Reading> clauses = site.clauses();
    String slot = r.pair() ? "P" : "S";
    int s = start(m, slot);
    if (clauses == null || s < 0 || ACROSS_CLAUSES.contains(r.predicate())) {
      return true;
    }
    // the trigger, or where a rule names none, its object (or its end, for a pair)
    int t = r.trigger() ? start(m, "T") : -1;
    if (t < 0) {
      t = start(m, "O") > s ? start(m, "O") : m.end() - 1;
    }
    int cs = CarriedSubject.clauseOf(clauses, s);
    int ct = CarriedSubject.clauseOf(clauses, t);
    if (cs >= ct) {
      return true; // in the trigger's clause, or after it (在上合組織峰會上，習近平…)
    }
    List<Group> groups = site.groups();
    Group subject = groups.get(Integer.parseInt(m.group(slot)));
    CarriedSubject.Reading c = clauses.get(ct);
    char kind = r.pair() ? 'P' : 'S';
    // another subject the trigger's clause names (an actor heading its opening noun phrase) or
    // carries (the topic of a clause that says none, or that a pronoun stands for), of a type the
    // slot takes
    List<Integer> other = c.head() >= 0 ? List.of(c.head()) : c.carried();
    boolean rival = false;
    boolean holds = false;
    for (int g : other) {
      Group o = groups.get(g);
      rival |= o.members().stream().anyMatch(a -> r.accepts(kind, a.typeCode()));
      holds |= holds(o, subject);
    }
    return !rival || holds;
  }

  /**
   * Whether every actor of {@code subject} stands in {@code topic}, itself or as the state of a
   * place the topic names (努爾蘇丹…，並與日本建立夥伴關係: the capital speaks for Kazakhstan).
   */
  private static boolean holds(Group topic, Group subject) {
    for (Actor a : subject.members()) {
      boolean in =
          topic.members().stream()
              .anyMatch(t -> t.id().equals(a.id()) || a.id().equals(t.partOf()));
      if (!in) {
        return false;
      }
    }
    return true;
  }

  /**
   * The relation types whose subject {@link #subjectReaches} does not check ({@code
   * data/rules/subject-across.lex}).
   */
  private static final Set<String> ACROSS_CLAUSES =
      Set.copyOf(org.cagraph.data.DataFiles.entries("rules/subject-across.lex"));

  /**
   * Whether one actor both slots accept stands in the subject and in the object, neither of them a
   * set named by one word.
   */
  private static boolean sharesMember(Rule r, Group a, Group b) {
    if (a.groupWord() || b.groupWord()) {
      return false; // a set named by one word may hold the subject (граничит со всеми странами
      // региона)
    }
    for (Actor x : a.members()) {
      for (Actor y : b.members()) {
        if (x.id().equals(y.id()) && r.accepts('S', x.typeCode()) && r.accepts('O', x.typeCode())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The time an aside right after one member of a list tells of that member alone
   * (中、俄、印度、伊朗（今年加入）的國際組織: Iran joined this year, the others did not): the aside is read as the
   * member's own clause, and its date dates the member's relation where the aside tells a start or
   * an end (加入, 退出); else the match's own reading stands. A date in an aside is otherwise no date
   * of the match ({@link #outsideAsides}).
   */
  private When aside(
      String type,
      String status,
      Actor a,
      Group g,
      List<Mention> mentions,
      String view,
      List<DateMention> ds,
      String docDate,
      When when) {
    for (Mention mn : mentions) {
      if (!mn.actor().id().equals(a.id()) || mn.begin() < g.begin() || mn.end() > g.end()) {
        continue;
      }
      Matcher am = ASIDE.matcher(view).region(Math.min(mn.end(), view.length()), view.length());
      if (!am.lookingAt()) {
        continue;
      }
      String inner = view.substring(am.start() + 1, am.end() - 1);
      if (!rules.time().tellsBound(type, inner)) {
        continue; // 哈薩克（1992年加入）與□簽署: joining tells nothing of a signing
      }
      for (DateMention d : ds) {
        if (d.begin() <= am.start() || d.end() >= am.end()) {
          continue;
        }
        int shift = am.start() + 1;
        DateMention local =
            new DateMention(
                d.begin() - shift, d.end() - shift, d.date(), d.since(), d.until(), d.also());
        List<TimeReading> rs =
            rules
                .time()
                .read(type, status, inner, 0, 0, 0, inner.length(), local, true, docDate, null);
        if (rs.stream()
            .anyMatch(
                x -> x.kind().equals(TimeReading.START) || x.kind().equals(TimeReading.END))) {
          return new When(d.date(), d.since(), d.until(), rs);
        }
      }
    }
    return when;
  }

  /**
   * A person heads one state, so a title over a list of states pairs each person with one of them:
   * his own state where the gazetteer knows it and the list names it, else the state in the same
   * place of an equally long list (Президенты Казахстана и Узбекистана Токаев и Мирзиёев:
   * respectively), else the state named last, right before the title ("the five Central Asian
   * states and Chinese President Xi").
   */
  private void headsOfList(
      Map<String, Statement> out,
      Rule r,
      List<Actor> persons,
      List<Actor> states,
      String role,
      When when,
      Sentence s,
      String status) {
    Actor last = states.get(states.size() - 1);
    for (int i = 0; i < persons.size(); i++) {
      Actor a = persons.get(i);
      Actor o = last;
      String home = a.partOf();
      if (home != null && states.stream().anyMatch(x -> x.id().equals(home))) {
        o = states.stream().filter(x -> x.id().equals(home)).findFirst().orElseThrow();
      } else if (persons.size() == states.size()) {
        o = states.get(i);
      }
      if (r.accepts('S', a.typeCode()) && r.accepts('O', o.typeCode())) {
        put(out, r, a, o, role, when, s, status);
      }
    }
  }

  /**
   * The verb frames over the parse: each trigger token, its slots' actors, and the status of its
   * clause.
   */
  private void frames(
      AnnotatedSentence parsed,
      List<Mention> mentions,
      Sentence s,
      List<DateMention> ds,
      List<int[]> asides,
      List<int[]> seconds,
      String view,
      String docDate,
      String paragraphDate,
      Map<String, Statement> out) {
    List<Token> tokens = parsed.tokens();
    int n = tokens.size();
    List<List<Dependency>> children = new ArrayList<>();
    int[] governor = new int[n];
    String[] relation = new String[n];
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
      governor[i] = -1;
    }
    for (Dependency d : thatRelatives(parsed.dependencies(), tokens)) {
      if (d.dependent() >= 0 && d.dependent() < n) {
        governor[d.dependent()] = d.governor();
        relation[d.dependent()] = d.relation();
        if (d.governor() >= 0 && d.governor() < n) {
          children.get(d.governor()).add(d);
        }
      }
    }
    Set<String> seen = new java.util.HashSet<>();
    Set<String> typesRead = new java.util.HashSet<>();
    Set<String> fullRead = new java.util.HashSet<>();
    out.values()
        .forEach(
            st -> {
              seen.add(st.subject() + "|" + st.predicate() + "|" + st.object());
              typesRead.add(st.predicate());
              if (st.role() == null || !SHORT_OF_FULL.contains(st.role())) {
                fullRead.add(st.subject() + "|" + st.predicate() + "|" + st.object());
              }
            });
    String text = s.text();
    String words = wordsOf(text, mentions);
    Map<String, Statement> added = new LinkedHashMap<>();
    for (int t = 0; t < n; t++) {
      String w = Linker.key(tokens.get(t).word());
      String lemma = lemma(tokens.get(t));
      for (Frame f : rules.frames()) {
        if (!f.triggeredBy(w, lemma)
            || PATTERN_FIRST.contains(f.predicate()) && typesRead.contains(f.predicate())) {
          continue; // titles: a pattern that read a head here paired names and titles more
          // closely than a parse can; other types add the pairs no pattern read (Kazakhstan
          // signed the treaty and Belarus ratified it)
        }
        List<Actor> subj =
            slotActors(
                f.subject(),
                t,
                governor,
                relation,
                children,
                tokens,
                f.predicate().equals("LOCATED_IN") ? namedOn(t, tokens, mentions) : mentions,
                false);
        if (subj.isEmpty() && oneOf(t, governor, relation, children, tokens)) {
          // Japan remains one of Tajikistan's largest donors; Kazakhstan, one of the founders of
          // the SCO: the trigger's subject is that of the "one" it is one of
          subj =
              slotActors(
                  f.subject(), governor[t], governor, relation, children, tokens, mentions, false);
        }
        List<Actor> obj =
            slotActors(
                f.object(),
                t,
                governor,
                relation,
                children,
                tokens,
                mentions,
                true,
                a -> f.accepts(false, a.typeCode()));
        if (obj.isEmpty() && f.predicate().equals("LOCATED_IN")) {
          obj.addAll(placeOfLandmark(f.object(), t, children, tokens, mentions));
        }
        if (sharesCoAgents(f)) {
          // Together with Russia and Belarus, Kazakhstan signed; Tashkent signed it in 2006,
          // together with Bishkek and Dushanbe: the co-agents act as the subject does
          for (Actor a :
              coAgents(
                  t, governor, relation, children, tokens, mentions, "founding".equals(f.role()))) {
            if (!obj.contains(a)) {
              addDistinct(subj, a);
            }
          }
        }
        subj.removeIf(a -> !f.accepts(true, a.typeCode()));
        obj.removeIf(a -> !f.accepts(false, a.typeCode()));
        if (f.predicate().equals("HAS_MILITARY_PRESENCE_IN")) {
          obj.removeIf(RuleEngine::works); // no presence in a pipeline, a railway, a dam
        }
        if (!seconds.isEmpty()) {
          // Uzbekistan borders Afghanistan, hosts a German base …: not Afghanistan's host
          int tb = tokens.get(t).begin();
          subj.removeIf(a -> SecondPredicates.onlyInFirst(a, tb, seconds, mentions));
          obj.removeIf(a -> SecondPredicates.onlyInFirst(a, tb, seconds, mentions));
        }
        boolean symmetric = RuleSet.SYMMETRIC.contains(f.predicate());
        if (subj.isEmpty() || obj.isEmpty() && !(symmetric && subj.size() == 2)) {
          continue; // three coordinated subjects and no object: co-mention, not pairs
        }
        if (obj.isEmpty()
            && children.get(t).stream()
                .anyMatch(
                    d ->
                        (d.relation().startsWith("nmod") || d.relation().startsWith("obl"))
                            && hasCase(d.dependent(), Set.of("of"), children, tokens))) {
          continue; // Uzbekistan and Kazakhstan, both partners of China: the of-object is the
          // partner (found or not), the coordinated subjects are no pair
        }
        if (lemma != null
            && children.get(t).stream()
                .anyMatch(
                    d ->
                        d.relation().equals("obj")
                            && RuleSet.FIGURATIVE_OBJECTS.contains(
                                Linker.key(tokens.get(d.dependent()).word())))) {
          continue; // Russia lent its support to Kazakhstan: no loan
        }
        if (tokens.get(t).pos().startsWith("NN")
            && !f.predicate()
                .equals("HEAD_OF") // a former president: time-former.tsv ends his office
            && children.get(t).stream()
                .anyMatch(
                    d ->
                        (d.relation().equals("amod") || d.relation().startsWith("compound"))
                            && RuleSet.FRAME_NOUN_MODIFIERS.contains(
                                Linker.key(tokens.get(d.dependent()).word())))) {
          continue; // As a former EAEU member, Armenia …: no membership that holds
        }
        String status =
            rules
                .scope()
                .status(
                    f.predicate(),
                    words,
                    tokens.get(t).begin(),
                    tokens.get(t).end(),
                    true,
                    presupposedStart(t, governor, relation, children, tokens, mentions)
                        .orElse(
                            CarriedSubject.relativeStart(
                                tokens, tokens.get(t).begin(), rules.scope()::qualifies)));
        for (Dependency d : children.get(t)) {
          boolean negation =
              d.relation().equals("neg")
                  || d.relation().equals("advmod")
                      && NEGATIONS.contains(Linker.key(tokens.get(d.dependent()).word()));
          if (negation && Scope.ASSERTED.equals(status)) {
            status = Scope.NEGATED; // did not, despite pressure from Moscow, join
          }
          if (Scope.ASSERTED.equals(status) && neitherNor(d.dependent(), children, tokens)) {
            status = Scope.NEGATED; // belongs to neither the CSTO nor the EAEU
          }
        }
        if (Scope.ASSERTED.equals(status)
            && tokens.get(t).pos().startsWith("NN")
            && rules.scope().plannedAfter(f.predicate(), words, phraseEnd(t, children, tokens))) {
          status = Scope.HYPOTHETICAL; // the accession of Uzbekistan to the EAEU is unlikely
        }
        if (Scope.ASSERTED.equals(status)
            && !implicative(t, governor, relation, children, tokens)) {
          status = Scope.HYPOTHETICAL; // wanted to station, decided to join: an intent, not a fact
        }
        DateMention d =
            nearest(
                confined(
                    outsideAsides(
                        notInClausesBefore(
                            ds, asides, tokens.get(t).begin(), tokens.get(t).begin(), -1),
                        view,
                        tokens.get(t).begin()),
                    view,
                    tokens.get(t).begin()),
                tokens.get(t).begin(),
                tokens.get(t).end(),
                view,
                tokens.get(t).begin(),
                tokens.get(t).end());
        String role = role(f, t, children, tokens);
        if (Frame.ROLE_WORD.equals(role)) {
          continue; // a title the roles do not know makes no head
        }
        List<Actor[]> pairs = new ArrayList<>();
        if (obj.isEmpty()) {
          for (int i = 0; i < subj.size(); i++) {
            for (int j = i + 1; j < subj.size(); j++) {
              pairs.add(new Actor[] {subj.get(i), subj.get(j)});
            }
          }
        } else {
          subj.forEach(a -> obj.forEach(o -> pairs.add(new Actor[] {a, o})));
        }
        for (Actor[] p : pairs) {
          String k1 = p[0].id() + "|" + f.predicate() + "|" + p[1].id();
          String k2 = p[1].id() + "|" + f.predicate() + "|" + p[0].id();
          if ((seen.contains(k1) || symmetric && seen.contains(k2))
              && !(fullAfterStatus(f.predicate(), role) && !fullRead.contains(k1))) {
            continue;
          }
          put(
              added,
              f.predicate(),
              "frame_" + f.name(),
              FRAME_CONFIDENCE,
              p[0],
              p[1],
              role,
              when(
                  f.predicate(),
                  status,
                  words,
                  tokens.get(t).begin(),
                  tokens.get(t).end(),
                  d,
                  sameClause(view, tokens.get(t).begin(), d),
                  docDate,
                  paragraphDate),
              s,
              status);
        }
      }
    }
    out.putAll(added);
  }

  private static final double FRAME_CONFIDENCE = 0.7;

  /** The membership roles that are a status short of full membership. */
  static final Set<String> SHORT_OF_FULL = Set.of("observer", "dialogue_partner", "associate");

  /**
   * Whether a frame reading of {@code role} is a full membership that a status the patterns read of
   * the same pair does not stand in for: Iran, which had held observer status in the SCO since
   * 2005, became the bloc's ninth full member in 2023 (the observer status and the membership are
   * two facts, two times).
   */
  static boolean fullAfterStatus(String predicate, String role) {
    return predicate.equals("MEMBER_OF") && (role == null || role.equals("member"));
  }

  /**
   * How a phrase a presupposed noun heads is an argument of its predicate: an object, never the
   * subject (Russia's new base in Uzbekistan would open in 2026: the modal is the base's own).
   */
  private static final Set<String> ARGUMENTS = Set.of("obj", "obl", "iobj");

  /**
   * Where the phrase of a presupposed noun (presupposed-nouns.lex) starts, when an actor is its
   * possessive and the phrase is an argument of a predicate: a negation or a modal word before it
   * is the predicate's (would be incompatible with Armenia's membership of the EAEU: the membership
   * is stated), one inside it the noun's own (Armenia's possible membership).
   */
  private java.util.OptionalInt presupposedStart(
      int t,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions) {
    if (tokens.get(t).pos() == null
        || !tokens.get(t).pos().startsWith("NN")
        || !rules.presupposed().contains(Linker.key(tokens.get(t).word()))
        || governor[t] < 0
        || !ARGUMENTS.contains(relation[t])) {
      return java.util.OptionalInt.empty();
    }
    boolean possessor = false;
    for (Dependency d : children.get(t)) {
      if (d.relation().equals("nmod:poss")) {
        List<Actor> a = new ArrayList<>();
        collect(d.dependent(), children, tokens, mentions, a, 0, Set.of());
        possessor |= !a.isEmpty();
      }
    }
    if (!possessor) {
      return java.util.OptionalInt.empty();
    }
    int start = tokens.get(t).begin();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(t));
    Set<Integer> done = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      int x = todo.pop();
      if (done.add(x)) {
        start = Math.min(start, tokens.get(x).begin());
        children.get(x).forEach(d -> todo.push(d.dependent()));
      }
    }
    return java.util.OptionalInt.of(start);
  }

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z-]*");

  /**
   * An English verb's lemma (CoreNLP's Morphology over the word and its tag), so that a frame's
   * trigger covers every inflection of its verb (join: joins, joined, joining; ~head: heads,
   * heading); null for other words. Nouns keep their listed forms: a noun trigger and a verb
   * trigger may share a lemma (the base a state keeps, a body based in a city).
   */
  static String lemma(Token tk) {
    if (tk.pos() == null
        || !tk.pos().startsWith("VB")
        || !LATIN_WORD.matcher(tk.word()).matches()) {
      return null;
    }
    return Linker.key(edu.stanford.nlp.process.Morphology.lemmaStatic(tk.word(), tk.pos()));
  }

  /**
   * Whether a "together with" phrase shares the frame's subject: only where a state acts on
   * something else (signs, joins, deploys), not for a title or a location (whose subject takes no
   * state) nor a symmetric type (whose pair the sentence names itself).
   */
  private static boolean sharesCoAgents(Frame f) {
    return f.subjectTypes().contains("C") && !RelationTypes.of(f.predicate()).symmetric();
  }

  /** Adverbs that make a with-phrase a co-agent: together with, along with, jointly with. */
  private static final Set<String> TOGETHER = Set.of("together", "along", "jointly");

  /**
   * The actors of a co-agent phrase of the trigger (or of the verb it shares its subject with):
   * together with, along with, jointly with, alongside. A bare with-phrase is no co-agent (signed a
   * treaty with Russia, clashed with), except on a founding trigger itself ({@code founding}:
   * Turkey founded the Turkic Council with Azerbaijan, Kazakhstan and Kyrgyzstan): a body is
   * founded by all its founders, and what it is founded with is no counterpart.
   */
  private static List<Actor> coAgents(
      int t,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      boolean founding) {
    List<Actor> out = new ArrayList<>();
    int v = t;
    boolean shares = true; // v shares the trigger's subject (the trigger, or xcomp/conj up)
    for (int k = 0; k < 4; k++) {
      boolean together =
          children.get(v).stream()
              .anyMatch(
                  d ->
                      d.relation().equals("advmod")
                          && TOGETHER.contains(Linker.key(tokens.get(d.dependent()).word())));
      for (Dependency d : children.get(v)) {
        int x = d.dependent();
        if (!shares) {
          // above the trigger's clause only a trailing together-with phrase, which the parser
          // hangs high (…recall that Astana signed it, together with Bishkek)
          if (x > t
              && (d.relation().equals("obl") || d.relation().equals("nmod"))
              && togetherWith(x, children, tokens)) {
            collect(x, children, tokens, mentions, out, 0, RuleSet.AGENT_NOUNS);
          }
          continue;
        }
        if (d.relation().equals("advmod") && TOGETHER.contains(Linker.key(tokens.get(x).word()))) {
          for (Dependency e : children.get(x)) {
            if ((e.relation().equals("obl") || e.relation().equals("nmod"))
                && hasCase(e.dependent(), Set.of("with"), children, tokens)) {
              collect(e.dependent(), children, tokens, mentions, out, 0, RuleSet.AGENT_NOUNS);
            }
          }
        } else if (d.relation().equals("obl")
            && (hasCase(x, Set.of("alongside"), children, tokens)
                || (together || founding && v == t) && hasCase(x, Set.of("with"), children, tokens)
                || togetherWith(x, children, tokens))) {
          collect(x, children, tokens, mentions, out, 0, RuleSet.AGENT_NOUNS);
        }
      }
      if (governor[v] < 0) {
        break;
      }
      if (shares && joinedIn(v, governor[v], relation, children, tokens)) {
        // Ashgabat joined the other republics in signing it: the object of joined signs too
        for (Dependency d : children.get(governor[v])) {
          if (d.relation().equals("obj")) {
            collect(d.dependent(), children, tokens, mentions, out, 0, RuleSet.AGENT_NOUNS);
          }
        }
      }
      shares =
          shares
              && (SHARED_SUBJECT.contains(relation[v])
                  || v == t && tookPart(t, governor[t], governor, relation, tokens));
      v = governor[v];
    }
    return out;
  }

  /** Forms of join whose object is a co-agent of a verb of theirs marked by in. */
  private static final Set<String> JOIN_FORMS = Set.of("join", "joins", "joined", "joining");

  /**
   * Whether {@code v} is an in-clause of a form of join (Ashgabat joins the other republics in
   * signing…, Kazakhstan joined Russia in imposing…): the object of join does what {@code v} says.
   */
  private static boolean joinedIn(
      int v, int g, String[] relation, List<List<Dependency>> children, List<Token> tokens) {
    return relation[v] != null
        && (relation[v].startsWith("advcl") || relation[v].equals("obl")) // in signing: obl too
        && JOIN_FORMS.contains(Linker.key(tokens.get(g).word()))
        && children.get(v).stream()
            .anyMatch(
                d ->
                    (d.relation().equals("mark") || d.relation().equals("case"))
                        && Linker.key(tokens.get(d.dependent()).word()).equals("in"));
  }

  /**
   * Where the phrase a noun trigger heads ends (the accession of Uzbekistan to the EAEU): the last
   * character of its subtree, so that what follows it (is unlikely, was discussed) is read through
   * planned-after.lex as after a pattern's match.
   */
  private static int phraseEnd(int t, List<List<Dependency>> children, List<Token> tokens) {
    int end = tokens.get(t).end();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(t));
    Set<Integer> done = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      int x = todo.pop();
      if (!done.add(x)) {
        continue;
      }
      end = Math.max(end, tokens.get(x).end());
      for (Dependency d : children.get(x)) {
        if (d.dependent() >= 0 && d.dependent() < tokens.size()) {
          todo.push(d.dependent());
        }
      }
    }
    return end;
  }

  /**
   * A with-phrase that a together, along or jointly marks: as an adverb of the phrase, or as a
   * second case marker (Kazakhstan, along with Kyrgyzstan, joined: case(Kyrgyzstan, along)).
   */
  private static boolean togetherWith(int x, List<List<Dependency>> children, List<Token> tokens) {
    return hasCase(x, Set.of("with"), children, tokens)
        && (hasCase(x, TOGETHER, children, tokens)
            || children.get(x).stream()
                .anyMatch(
                    e ->
                        e.relation().equals("advmod")
                            && TOGETHER.contains(Linker.key(tokens.get(e.dependent()).word()))));
  }

  /** Types whose frames read nothing in a sentence where a pattern read one of them. */
  private static final Set<String> PATTERN_FIRST = Set.of("HEAD_OF");

  /** Negations the parser attaches to the trigger (advmod), however far they stand from it. */
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");

  /**
   * Whether this dependent of a trigger opens "neither … nor" (its cc:preconj): the trigger's
   * object is denied, whatever stands before the trigger (Turkmenistan belongs to neither the CSTO
   * nor the EAEU).
   */
  private static boolean neitherNor(
      int dependent, List<List<Dependency>> children, List<Token> tokens) {
    for (Dependency e : children.get(dependent)) {
      if (e.relation().startsWith("cc:preconj")
          && Linker.key(tokens.get(e.dependent()).word()).equals("neither")) {
        return true;
      }
    }
    return false;
  }

  /** The status role a noun states, itself or by a modifier (observer, associate member). */
  private String statusRole(int n, List<List<Dependency>> children, List<Token> tokens) {
    String r = rules.role(Linker.key(tokens.get(n).word()));
    if (r != null && STATUS_ROLES.contains(r)) {
      return r;
    }
    for (Dependency d : children.get(n)) {
      if (d.relation().equals("amod") || d.relation().equals("compound")) {
        String m = rules.role(Linker.key(tokens.get(d.dependent()).word()));
        if (m == null) {
          m = rules.role(Linker.key(tokens.get(d.dependent()).word() + " " + tokens.get(n).word()));
        }
        if (m != null && STATUS_ROLES.contains(m)) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Whether the trigger, through any chain of xcomp, hangs only from verbs whose complement states
   * a fact (data/rules/implicative.lex: became a member, managed to join); under any other verb
   * (wanted, decided, agreed, hopes) the complement is an intent.
   */
  private boolean implicative(
      int t,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens) {
    int v = t;
    for (int k = 0; k < 4 && governor[v] >= 0; k++) {
      if ("xcomp".equals(relation[v])) {
        if (!rules.implicative().contains(Linker.key(tokens.get(governor[v]).word()))
            && !ordinalNoun(governor[v], children, tokens)) {
          return false;
        }
      } else if (!"conj".equals(relation[v])) {
        return true;
      }
      v = governor[v];
    }
    return true;
  }

  /** What makes a noun's infinitive a record, not a plan: the first state to sign. */
  private static final Set<String> ORDINALS =
      Set.of("first", "second", "third", "fourth", "fifth", "last", "only", "latest", "sole");

  /**
   * A noun that an ordinal modifies (the first country, the only state): its infinitive, which the
   * parser may label xcomp, says who did it first, not who means to (Kazakhstan was the first
   * country to sign; not: the next country to join).
   */
  private static boolean ordinalNoun(int n, List<List<Dependency>> children, List<Token> tokens) {
    String pos = tokens.get(n).pos();
    return pos != null
        && pos.startsWith("NN")
        && children.get(n).stream()
            .anyMatch(
                d ->
                    d.relation().equals("amod")
                        && ORDINALS.contains(Linker.key(tokens.get(d.dependent()).word())));
  }

  /** Roles a modifier of the trigger states over the frame's own (an associate member). */
  private static final Set<String> STATUS_ROLES =
      Set.of("observer", "associate", "dialogue_partner", "founding");

  /**
   * The frame's role: {@code $role} reads the trigger (with a modifier before it: prime minister)
   * through roles.lex ({@link Frame#ROLE_WORD} when it reads none, or one the frame does not
   * accept); a role word modifying the trigger (observer, associate) or stated with as (joined as
   * an observer) refines a membership's role.
   */
  private String role(Frame f, int t, List<List<Dependency>> children, List<Token> tokens) {
    String role = f.role();
    if (role == null) {
      return null;
    }
    boolean reads = f.readsRole();
    String w = tokens.get(t).word();
    if (!reads && f.predicate().equals("MEMBER_OF")) {
      for (Dependency d : children.get(t)) {
        if ((d.relation().equals("obl") || d.relation().equals("nmod"))
            && hasCase(d.dependent(), Set.of("as"), children, tokens)) {
          String r = statusRole(d.dependent(), children, tokens);
          if (r != null) {
            return r;
          }
        }
      }
    }
    for (Dependency d : children.get(t)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound")) && d.dependent() < t) {
        String m = tokens.get(d.dependent()).word();
        String r = rules.role(Linker.key(m + " " + w));
        if (r == null) {
          r = rules.role(Linker.key(m));
        }
        if (r != null && reads) {
          return accepted(f, r);
        }
        if (r != null && STATUS_ROLES.contains(r) && f.predicate().equals("MEMBER_OF")) {
          return r;
        }
      }
    }
    if (reads) {
      String r = rules.role(Linker.key(w));
      return r == null ? Frame.ROLE_WORD : accepted(f, r);
    }
    return role;
  }

  private static String accepted(Frame f, String r) {
    return f.roleValues().isEmpty() || f.roleValues().contains(r) ? r : Frame.ROLE_WORD;
  }

  /**
   * The sentence with each linked mention one □ per char, for the clause scope of a frame's
   * trigger.
   */
  private static String wordsOf(String text, List<Mention> mentions) {
    char[] c = Linker.key(text).toCharArray();
    for (Mention m : mentions) {
      for (int i = Math.max(0, m.begin()); i < Math.min(c.length, m.end()); i++) {
        c[i] = '□';
      }
    }
    return new String(c);
  }

  /** Prepositions that place a thing by a landmark: on the Vakhsh river, near Bishkek. */
  private static final Set<String> LANDMARK_CASES =
      Set.of("on", "near", "at", "along", "outside", "beside", "by");

  /**
   * Where a located thing is when its in-phrase hangs from the landmark it stands by: the Rogun
   * plant on the Vakhsh river in Tajikistan, the Sary-Shagan range on Lake Balkhash in Kazakhstan
   * (the parser hangs "in Tajikistan" from the river): a landmark's own in-phrase places what
   * stands by it, for a slot that reads an in-phrase of the trigger.
   */
  private static List<Actor> placeOfLandmark(
      List<Frame.Slot> slots,
      int t,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions) {
    List<Actor> out = new ArrayList<>();
    boolean readsIn =
        slots.stream()
            .anyMatch(
                x ->
                    !x.head()
                        && !x.up()
                        && x.cases().contains("in")
                        && x.relations().stream()
                            .anyMatch(r -> r.equals("nmod") || r.equals("obl")));
    if (!readsIn) {
      return out;
    }
    for (Dependency d : children.get(t)) {
      if (!(d.relation().equals("nmod") || d.relation().equals("obl"))
          || !hasCase(d.dependent(), LANDMARK_CASES, children, tokens)) {
        continue;
      }
      for (Dependency e : children.get(d.dependent())) {
        if (e.relation().equals("nmod") && hasCase(e.dependent(), Set.of("in"), children, tokens)) {
          collect(e.dependent(), children, tokens, mentions, out, 0, Set.of());
        }
      }
    }
    return out;
  }

  /**
   * The dependencies with a that-clause the parser hung from a noun as its complement (ccomp) read
   * as the relative clause it is when the clause has a subject of its own and no object: in "the
   * SCO, an organisation that China and Russia established in 2001" the clause is the
   * organisation's (acl:relcl), so that its gap is the noun. A clause with an object (the hope that
   * Kazakhstan would join the WTO) stays a complement.
   */
  static List<Dependency> thatRelatives(List<Dependency> deps, List<Token> tokens) {
    List<Dependency> out = null;
    for (int k = 0; k < deps.size(); k++) {
      Dependency d = deps.get(k);
      if (!d.relation().equals("ccomp")
          || d.governor() < 0
          || d.governor() >= tokens.size()
          || d.dependent() < 0
          || d.dependent() >= tokens.size()) {
        continue;
      }
      String gpos = tokens.get(d.governor()).pos();
      if (gpos == null || !gpos.startsWith("NN")) {
        continue;
      }
      boolean that = false;
      boolean subject = false;
      boolean object = false;
      for (Dependency e : deps) {
        if (e.governor() != d.dependent() || e.dependent() < 0 || e.dependent() >= tokens.size()) {
          continue;
        }
        String w = Linker.key(tokens.get(e.dependent()).word());
        if (e.relation().equals("mark") && w.equals("that") && e.dependent() < d.dependent()) {
          that = true;
        } else if (e.relation().equals("nsubj")) {
          subject = true;
        } else if (e.relation().equals("obj")
            || e.relation().equals("ccomp")
            || e.relation().equals("xcomp")
            || e.relation().startsWith("nsubj:pass")
            || e.relation().equals("cop")) {
          object = true;
        }
      }
      if (that && subject && !object) {
        if (out == null) {
          out = new ArrayList<>(deps);
        }
        out.set(k, new Dependency(d.governor(), d.dependent(), "acl:relcl"));
      }
    }
    return out == null ? deps : out;
  }

  /**
   * An English sentence that puts a thing in a place and that place in a state (a military airfield
   * in the Qashqadaryo Region of southern Uzbekistan; the Donguz range in Russia's Orenburg region)
   * puts the thing in the state as well: for every asserted LOCATED_IN whose object is a place that
   * is no state, and an asserted LOCATED_IN of that place in a state, the thing in the state (rule
   * name {@code place_chain}), unless a reading of the sentence gave that pair already.
   */
  private void placeChains(String view, Map<String, Statement> out) {
    if (cyrillic(view) || view.chars().anyMatch(c -> c >= 0x2E80)) {
      return;
    }
    List<Statement> added = new ArrayList<>();
    for (Statement a : out.values()) {
      if (!a.asserted() || !"LOCATED_IN".equals(a.predicate())) {
        continue;
      }
      Actor place = actors.apply(a.object());
      if (place == null || !"Place".equals(place.label())) {
        continue;
      }
      for (Statement b : out.values()) {
        if (!b.asserted()
            || !"LOCATED_IN".equals(b.predicate())
            || !b.subject().equals(a.object())
            || b.object().equals(a.subject())) {
          continue;
        }
        Actor state = actors.apply(b.object());
        if (state == null || !"Country".equals(state.label())) {
          continue;
        }
        added.add(
            new Statement(
                a.subject(),
                a.predicate(),
                b.object(),
                a.role(),
                a.date(),
                a.since(),
                a.until(),
                Math.min(a.confidence(), b.confidence()) * 0.9,
                "place_chain",
                a.sentence(),
                a.status(),
                a.readings()));
      }
    }
    for (Statement st : added) {
      boolean had =
          out.values().stream()
              .anyMatch(
                  x ->
                      x.subject().equals(st.subject())
                          && x.predicate().equals(st.predicate())
                          && x.object().equals(st.object()));
      if (!had) {
        out.put(st.key(), st);
      }
    }
  }

  /**
   * A place the gazetteer puts in one state (the Wakhan corridor: Afghanistan) that the sentence
   * itself puts in another (the Wakhan corridor in Tajikistan; 塔吉克斯坦的瓦罕走廊), by an asserted
   * LOCATED_IN of the place in a state: a relation read with the place standing for its state
   * (place-for-state.lex: troops patrol it, a presence in the state) goes to the sentence's state,
   * when the gazetteer's state is not named in the sentence (it came from the place alone).
   */
  private void placesRehomed(String view, List<Mention> mentions, Map<String, Statement> out) {
    Map<String, String> moved = new java.util.HashMap<>(); // gazetteer's state -> sentence's state
    for (Statement a : out.values()) {
      if (!a.asserted() || !"LOCATED_IN".equals(a.predicate())) {
        continue;
      }
      Actor place = actors.apply(a.subject());
      Actor state = actors.apply(a.object());
      if (place == null
          || state == null
          || place.typeCode() != 'L'
          || state.typeCode() != 'C'
          || place.partOf() == null
          || place.partOf().equals(state.id())) {
        continue;
      }
      String home = place.partOf();
      if (mentions.stream().noneMatch(m -> m.actor().id().equals(home))
          && placedIn(view, mentions, place.id(), state.id())) {
        moved.merge(home, state.id(), (x, y) -> x.equals(y) ? x : "");
      }
    }
    moved.values().removeIf(String::isEmpty); // two states for one: neither
    if (moved.isEmpty()) {
      return;
    }
    List<Statement> fixed = new ArrayList<>();
    out.values()
        .removeIf(
            st -> {
              String to = moved.get(st.object());
              if (to == null || !rules.placeForState(st.predicate()) || to.equals(st.subject())) {
                return false;
              }
              fixed.add(st.withEnds(st.subject(), to));
              return true;
            });
    for (Statement st : fixed) {
      out.putIfAbsent(st.key(), st);
    }
  }

  /**
   * What stands between a place and the state a sentence puts it in: in, inside, within, в (the
   * Wakhan corridor in Tajikistan, Ваханский коридор в Таджикистане), not near or outside.
   */
  private static final Pattern PLACE_IN =
      Pattern.compile("\\s*,?\\s*(?:in|inside|within|в|во)\\s+(?:the\\s+)?");

  /** … and between a state and its place in Chinese: 塔吉克斯坦的瓦罕走廊, 境内的. */
  private static final Pattern STATE_OF = Pattern.compile("\\s*(?:境内)?的\\s*");

  /** Whether {@code view} writes place {@code p} as in state {@code c}, next to each other. */
  private static boolean placedIn(String view, List<Mention> mentions, String p, String c) {
    for (Mention a : mentions) {
      if (!a.actor().id().equals(p)) {
        continue;
      }
      for (Mention b : mentions) {
        if (!b.actor().id().equals(c)) {
          continue;
        }
        if (b.begin() >= a.end() && PLACE_IN.matcher(view.substring(a.end(), b.begin())).matches()
            || a.begin() >= b.end()
                && STATE_OF.matcher(view.substring(b.end(), a.begin())).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A verb shares its governor's subject through these: decided to join; joined … and left. */
  private static final Set<String> SHARED_SUBJECT = Set.of("xcomp", "conj");

  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

  /**
   * The same subject slot in the other voice (nsubj for nsubj:pass and back), for a verb that
   * shares the subject of the verb it is coordinated with (was built in 1990 and hosts Russian
   * jets; sits on the lake and is operated by Russia); null for a slot that is not a bare subject.
   */
  static Frame.Slot otherVoice(Frame.Slot slot) {
    if (slot.up() || slot.head() || !slot.cases().isEmpty() || !slot.words().isEmpty()) {
      return null;
    }
    Set<String> subjects = new java.util.HashSet<>(slot.relations());
    subjects.retainAll(SUBJECTS);
    if (subjects.size() != 1) {
      return null;
    }
    String other = subjects.contains("nsubj") ? "nsubj:pass" : "nsubj";
    return new Frame.Slot(false, false, Set.of(other), Set.of(), Set.of());
  }

  /**
   * A relative pronoun subject stands for the noun its clause modifies: Kazakhstan, which joined ….
   * (Not an object pronoun: the parser labels many subject pronouns obj.)
   */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "that");

  private static final Set<String> RELATIVE_CLAUSES = Set.of("acl:relcl", "acl", "dep");

  /**
   * How a noun trigger hangs from the verb whose dependents a {@code ^} slot reads: as its object
   * (imposed sanctions, 實施制裁, waged war) or its passive subject (sanctions were imposed on).
   */
  private static final Set<String> UP_FROM = Set.of("obj", "dobj", "iobj", "nsubj:pass");

  /**
   * The first conjunct of a noun coordinated with a verb's object or passive subject (an air base
   * at Kant and a garrison in Tajikistan: garrison hangs from base by conj), whose verb the noun
   * shares; the noun itself otherwise.
   */
  static int conjoinedObject(int t, int[] governor, String[] relation) {
    int g = governor[t];
    if ("conj".equals(relation[t]) && g >= 0 && UP_FROM.contains(relation[g])) {
      return g;
    }
    return t;
  }

  /**
   * The arguments a {@code ^} slot of a noun trigger finds on a passive participle that modifies
   * the noun (acl, VBN): a subject slot ({@code ^nsubj}) takes the participle's by-phrase, another
   * slot the participle's own dependents of its relation (loans <em>provided</em> by China to
   * Tajikistan; sanctions <em>imposed</em> by the EU on Belarus). Not a participle of a verb of
   * non-agent-verbs.lex: loans criticised by Russia are not Russia's.
   */
  private static void participleArguments(
      Frame.Slot slot,
      int t,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      List<Actor> out) {
    List<Integer> participles = new ArrayList<>();
    for (Dependency d : children.get(t)) {
      if ("acl".equals(d.relation()) && "VBN".equals(tokens.get(d.dependent()).pos())) {
        participles.add(d.dependent());
      }
    }
    int g = governor[t];
    if (participles.isEmpty()
        && g >= 0
        && "nsubj".equals(relation[t])
        && "VBN".equals(tokens.get(g).pos())
        && !hasDependent(g, Set.of("aux", "aux:pass", "cop"), children)) {
      // the parser often reads "Loans provided by China to Tajikistan financed …" as a clause
      // whose subject is the noun: a past participle with no auxiliary has no subject of its own
      participles.add(g);
    }
    if (participles.isEmpty() || nonAgentVerb(tokens.get(participles.get(0)))) {
      return;
    }
    // the first participle is the noun's verb
    Frame.Slot own =
        slot.relations().contains("nsubj")
            ? new Frame.Slot(false, false, Set.of("obl:agent", "obl"), Set.of("by"), Set.of())
            : new Frame.Slot(false, false, slot.relations(), slot.cases(), slot.words());
    dependents(own, participles.get(0), t, governor, relation, children, tokens, mentions, out);
  }

  /**
   * The token a {@code @appos} slot reads its trigger from: the trigger itself, or, when the
   * trigger is a noun coordinated with a noun in apposition to a name (Armenia, a former Soviet
   * republic and a <em>member</em> of the CSTO; Uzbekistan, an observer in the EAEU and a full
   * <em>member</em> of the Turkic Council), that noun, so that the name is the trigger's too.
   */
  static int coordinatedApposition(
      int t, Frame.Slot slot, int[] governor, String[] relation, List<Token> tokens) {
    if (!"conj".equals(relation[t]) || !slot.relations().contains("appos")) {
      return t;
    }
    int c = governor[t];
    if (c < 0 || !"appos".equals(relation[c]) || !noun(tokens.get(t)) || !noun(tokens.get(c))) {
      return t;
    }
    return c;
  }

  private static boolean noun(Token tk) {
    return tk.pos() != null && tk.pos().startsWith("NN");
  }

  /**
   * The actors a slot finds from token {@code t}, with every actor coordinated with them (conj).
   */
  private static List<Actor> slotActors(
      List<Frame.Slot> slots,
      int t,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      boolean objectSide) {
    return slotActors(
        slots, t, governor, relation, children, tokens, mentions, objectSide, a -> true);
  }

  /**
   * As above, an alternative counting only when it finds an actor {@code accepts} takes: Kazakh
   * troops joined Russian and Kyrgyz units in the Rubezh exercise (the object of joined is the
   * units' states, no exercise: the in-phrase is the participation's object).
   */
  private static List<Actor> slotActors(
      List<Frame.Slot> slots,
      int t,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      boolean objectSide,
      java.util.function.Predicate<Actor> accepts) {
    List<Actor> out = new ArrayList<>();
    // an object that is the clause's subject (hosts a base: the host; admitted: the body) is read
    // from a relative clause as a subject is, not as its gap
    boolean gap =
        objectSide && slots.stream().noneMatch(x -> !x.head() && x.relations().contains("nsubj"));
    for (Frame.Slot slot : slots) {
      if (slot.relations().contains(Frame.SELF)) {
        // the trigger is itself (part of) the actor: the Treaty of Friendship between Russia and
        // China, a summit between China and the Central Asian states
        int before = out.size();
        collect(t, ownConjuncts(t, children), tokens, mentions, out, 0, Set.of());
        Token self = tokens.get(t);
        // a state is never the base or treaty the trigger names: a country reached through the
        // trigger's apposition is a misparse (Tajikistan, where Russia keeps its largest base,
        // borders Afghanistan: the parser hangs "borders Afghanistan" from "base" as appos)
        for (int i = out.size() - 1; i >= before; i--) {
          Actor a = out.get(i);
          if ("Country".equals(a.label())
              && mentions.stream()
                  .noneMatch(
                      m ->
                          m.actor().equals(a)
                              && m.begin() < self.end()
                              && self.begin() < m.end())) {
            out.remove(i);
          }
        }
      } else if (slot.head()) {
        // Armenia, a former Soviet republic and a member of the CSTO: the second noun of a
        // coordinated apposition hangs from the name as the first does
        int h = coordinatedApposition(t, slot, governor, relation, tokens);
        int g0 = governor[h];
        if (g0 >= 0
            && slot.relations().contains(relation[h])
            && (gap
                ? !RELATIVE_GAPS.contains(relation[h]) || relativeGap(h, g0, children, tokens)
                : objectSide
                    || !relation[h].equals("acl:relcl")
                    || !whereClause(h, children, tokens))) {
          int g = governor[h];
          collect(g, children, tokens, mentions, out, 0, Set.of());
          if (out.isEmpty()
              && gap
              && RELATIVE_GAPS.contains(relation[h])
              && "appos".equals(relation[g])
              && governor[g] >= 0) {
            // the Eurasian Economic Union, a bloc Kazakhstan founded: the noun the clause
            // modifies describes the name it is in apposition to
            collect(governor[g], children, tokens, mentions, out, 0, Set.of());
          }
          if (out.isEmpty() && relation[h].equals("acl")) {
            // Kazakhstan was the first state to ratify; Kazakhstan became the first state to
            // join: a predicate noun's infinitive takes the subject the noun is predicated of
            boolean xcomp = relation[g] != null && relation[g].equals("xcomp");
            int p = xcomp ? governor[g] : g;
            for (Dependency d : p < 0 ? List.<Dependency>of() : children.get(p)) {
              if (d.relation().equals("nsubj") && d.dependent() != g) {
                collect(d.dependent(), children, tokens, mentions, out, 0, Set.of());
              }
            }
            if (out.isEmpty() && xcomp && ordinalNoun(g, children, tokens)) {
              // making Uzbekistan the first Central Asian state to host American forces: the
              // noun completes a verb (made, making, left) and is predicated of that verb's object,
              // which the parser hangs from the noun as its subject
              for (Dependency d : children.get(g)) {
                if (d.relation().equals("nsubj")) {
                  collect(d.dependent(), children, tokens, mentions, out, 0, Set.of());
                }
              }
            }
          }
        }
      } else {
        // Russia maintains an air base at Kant and a garrison in Tajikistan: a noun trigger
        // coordinated with the verb's object is that verb's object too
        int u = slot.up() ? conjoinedObject(t, governor, relation) : t;
        int from = slot.up() ? governor[u] : t;
        if (slot.up() && (from < 0 || !UP_FROM.contains(relation[u]))) {
          // loans provided by China to Tajikistan; the base operated by Russia in Tajikistan: a
          // passive participle modifying the noun is the noun's verb, its by-phrase the subject
          participleArguments(slot, t, governor, relation, children, tokens, mentions, out);
          continue;
        }
        if (from < 0 || slot.up() && !UP_FROM.contains(relation[u])) {
          continue; // a noun trigger shares its verb's arguments only as that verb's object: in
          // "imposed sanctions on Russia after the invasion of Ukraine" the invasion is no one's
          // act
        }
        if (slot.up() && !objectSide && nonAgentVerb(tokens.get(from))) {
          continue; // Russia criticised Chinese loans to Tajikistan: the critic lends nothing
        }
        dependents(slot, from, t, governor, relation, children, tokens, mentions, out);
        gappedObjects(slot, t, children, tokens, mentions, out);
        gappedObliques(slot, t, children, tokens, mentions, out);
        if (out.isEmpty() && !slot.up()) {
          participleSubject(slot, t, governor, relation, children, tokens, mentions, out);
        }
        if (out.isEmpty() && !slot.up()) {
          asPhraseSubject(slot, t, governor, relation, children, tokens, mentions, out);
        }
        // a subject the trigger shares with the verb it is controlled by or coordinated with; a
        // noun trigger's verb shares the subject of the verb it is coordinated with (Kyrgyzstan and
        // Tajikistan belong to the SCO and take part in the BRI: take has the subject of belong),
        // never of one it is controlled by (refusing to take part: the refusal's subject intends)
        int v = from;
        for (int k = 0;
            k < 4
                && out.isEmpty()
                && (!slot.up() || !objectSide)
                && slot.relations().stream().anyMatch(SUBJECTS::contains)
                && governor[v] >= 0
                && SHARED_SUBJECT.contains(relation[v])
                && (!slot.up() || "conj".equals(relation[v]))
                && !hasDependent(v, SUBJECTS, children);
            k++) {
          int p = k == 0 ? misattachedConjunct(v, governor, relation, tokens) : -1;
          boolean conjunct = "conj".equals(relation[v]);
          v = p >= 0 ? p : governor[v];
          dependents(slot, v, t, governor, relation, children, tokens, mentions, out);
          Frame.Slot voiced = conjunct && p < 0 ? otherVoice(slot) : null;
          if (out.isEmpty() && voiced != null) {
            // the range, which sits on Lake Balkhash and is operated by the Russian military: a
            // coordinated verb shares its subject whatever the voice of either verb
            dependents(voiced, v, t, governor, relation, children, tokens, mentions, out);
          }
          if (out.isEmpty()) {
            // signed the treaty, becoming a founding member: the participle's subject
            participleSubject(slot, v, governor, relation, children, tokens, mentions, out);
          }
        }
        if (out.isEmpty() && !slot.up() && slot.relations().contains("nsubj")) {
          ordinalPredicateSubject(from, governor, relation, children, tokens, mentions, out);
        }
      }
      if (!slot.head() && !slot.relations().contains(Frame.SELF)) {
        // Russia's 201st base in Dushanbe: the name that covers the trigger (201st base) is the
        // trigger's own, never one of its arguments; the slot after reads the possessor
        Token self = tokens.get(t);
        out.removeIf(
            a ->
                mentions.stream()
                    .anyMatch(
                        m ->
                            m.actor().equals(a)
                                && m.begin() < self.end()
                                && self.begin() < m.end()));
      }
      if (out.stream().anyMatch(accepts)) {
        return out;
      }
      out.clear();
    }
    return out;
  }

  /**
   * A predicate noun coordinated with an earlier one that the parser hung from a word inside that
   * noun's phrase instead (Belarus is an observer in the SCO and a full <em>member</em> of the
   * CSTO: member is parsed as a conjunct of SCO; an observer in the EAEU (in 2020) and a
   * <em>member</em> of the Turkic Council: of 2020): the trigger, a common noun, is a conjunct of a
   * word that hangs, through nmod or obl only, from a common noun heading its own predicate, so it
   * shares that noun's subject. The predicate noun the chain ends at, or -1.
   */
  static int misattachedConjunct(int t, int[] governor, String[] relation, List<Token> tokens) {
    if (!"conj".equals(relation[t]) || !commonNoun(tokens.get(t))) {
      return -1;
    }
    int x = governor[t];
    for (int k = 0; k < 3 && x >= 0 && governor[x] >= 0 && attached(relation[x]); k++) {
      x = governor[x];
      if (commonNoun(tokens.get(x)) && !attached(relation[x])
          || LINKING_VERBS.contains(tokens.get(x).word().toLowerCase(java.util.Locale.ROOT))) {
        return x;
      }
    }
    return -1;
  }

  /**
   * Verbs whose predicate noun a misattached conjunct may hang from by its date (has become an
   * observer in the EAEU in 2020 and a member of …: member as a conjunct of 2020, an obl of
   * become).
   */
  private static final Set<String> LINKING_VERBS =
      Set.of("become", "becomes", "became", "becoming", "remain", "remains", "remained");

  private static boolean attached(String rel) {
    return rel != null && (rel.startsWith("nmod") || rel.startsWith("obl"));
  }

  private static boolean commonNoun(Token tk) {
    return "NN".equals(tk.pos()) || "NNS".equals(tk.pos());
  }

  /**
   * Finite copulas whose predicate noun's infinitive is a record: becomes the first state to join.
   */
  private static final Set<String> RECORD_COPULAS =
      Set.of("becomes", "became", "remains", "remained", "is", "was");

  /** How a predicate-noun infinitive hangs from its copula (dep when the tense is present). */
  private static final Set<String> COPULA_COMPLEMENTS = Set.of("dep", "xcomp", "ccomp");

  /**
   * Turkmenistan becomes the first Central Asian state to join the Partnership for Peace: the
   * parser reads the present-tense copula's predicate noun as the infinitive's subject (the first
   * state … join, hung from becomes as dep) where it reads the past tense as the noun's clause
   * (acl, handled in slotActors). An ordinal noun (first, only) subject of a trigger hung from a
   * finite, unnegated copula stands for the copula's subject.
   */
  private static void ordinalPredicateSubject(
      int t,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      List<Actor> out) {
    int c = governor[t];
    if (c < 0 || !COPULA_COMPLEMENTS.contains(relation[t])) {
      return;
    }
    if (!RECORD_COPULAS.contains(Linker.key(tokens.get(c).word()))
        || "xcomp".equals(relation[c])
        || children.get(c).stream()
            .anyMatch(
                d -> {
                  // NEGATIONS, and "no" on the copula itself (is no first state)
                  String w = Linker.key(tokens.get(d.dependent()).word());
                  return NEGATIONS.contains(w) || w.equals("no");
                })) {
      return;
    }
    boolean ordinal =
        children.get(t).stream()
            .anyMatch(
                d -> d.relation().equals("nsubj") && ordinalNoun(d.dependent(), children, tokens));
    if (!ordinal) {
      return;
    }
    for (Dependency d : children.get(c)) {
      if (d.relation().equals("nsubj")) {
        collect(d.dependent(), children, tokens, mentions, out, 0, Set.of());
      }
    }
  }

  /** Whether a verb's subject is no agent of its object noun's act (non-agent-verbs.lex). */
  private static boolean nonAgentVerb(Token verb) {
    String lemma = lemma(verb);
    return lemma != null
        && Frame.spellings(lemma).stream().anyMatch(RuleSet.NON_AGENT_VERBS::contains);
  }

  /**
   * Whether the noun an active relative clause modifies is the clause's object, its gap: the clause
   * has a subject of its own and no object (the bloc Kazakhstan founded, the base Russia leases in
   * Tajikistan), or it is a where-clause (Tajikistan, where Russia keeps troops). A passive clause
   * is about its noun as well (the treaty which was signed by Russia). A clause whose only subject
   * is a relative pronoun is about its noun as the subject (Kazakhstan, which joined the SCO), and
   * one with an object of its own says nothing of the noun as its object.
   */
  private static boolean relativeGap(
      int t, int g, List<List<Dependency>> children, List<Token> tokens) {
    if (g > t || tokens.get(t).pos() == null || !tokens.get(t).pos().startsWith("VB")) {
      return false; // a relative clause follows its noun, and a verb heads it
    }
    boolean subject = false;
    boolean object = false;
    for (Dependency d : children.get(t)) {
      String w = Linker.key(tokens.get(d.dependent()).word());
      boolean pronoun = RELATIVE_PRONOUNS.contains(w);
      if (d.relation().equals("advmod") && w.equals("where")
          || d.relation().equals("nsubj:pass")
          || d.relation().equals("aux:pass")) {
        return true; // where; passive (its pronoun may be labelled obj)
      }
      if (d.relation().equals("nsubj") && !pronoun) {
        subject = true;
      }
      if ((d.relation().equals("obj") || d.relation().equals("ccomp")) && !pronoun) {
        object = true; // an object pronoun is the gap itself (the SCO, which India joined)
      }
    }
    return subject && !object;
  }

  /**
   * How a relative clause hangs from the noun it modifies, in an object slot: acl:relcl, or dep for
   * a clause with no relative pronoun that the parser left unlabelled (a bloc the Kazakh government
   * founded).
   */
  private static final Set<String> RELATIVE_GAPS = Set.of("acl:relcl", "dep");

  /**
   * Whether a relative clause is a where-clause (Kyrgyzstan, where troops were deployed to Kant):
   * its noun is the place, never the subject.
   */
  private static boolean whereClause(int t, List<List<Dependency>> children, List<Token> tokens) {
    return children.get(t).stream()
        .anyMatch(
            d ->
                d.relation().equals("advmod")
                    && Linker.key(tokens.get(d.dependent()).word()).equals("where"));
  }

  /** Words a noun trigger is one of: one of the founders, some of its members. */
  private static final Set<String> ONE_OF = Set.of("one", "some", "several", "two", "three");

  /** Whether the trigger is a noun that hangs from "one" by "of" (one of Tajikistan's donors). */
  private static boolean oneOf(
      int t,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens) {
    return governor[t] >= 0
        && ("nmod".equals(relation[t]) || "obl".equals(relation[t]))
        && ONE_OF.contains(Linker.key(tokens.get(governor[t]).word()))
        && hasCase(t, Set.of("of"), children, tokens);
  }

  /**
   * Marks and adverbs that keep a participle clause from stating its act: without joining, instead
   * of joining, rather than signing, if admitted.
   */
  private static final Set<String> NOT_STATED =
      Set.of("without", "instead", "rather", "than", "if", "unless", "until", "lest");

  /**
   * The subject a participle clause takes from the clause it modifies (advcl, no subject of its
   * own): the main clause's subject is the one who acts in an active participle (having joined the
   * WTO, Kazakhstan …; after joining the SCO, India …) and the one acted on in a passive one
   * (founded in 2001 by six states, the SCO …), so that it fills the {@code nsubj} or the {@code
   * nsubj:pass} slot accordingly.
   */
  private static void participleSubject(
      Frame.Slot slot,
      int t,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      List<Actor> out) {
    String pos = tokens.get(t).pos();
    // a trailing participle after a comma that the parser left unlabelled (dep) is the same clause
    // (Turkmenistan lies on the Caspian, bordering Iran)
    // a trailing perfect participle likewise, the comma before its having (Turkmenistan joined the
    // Non-Aligned Movement, having left the CIS): the tagger may call the participle a past tense
    int having = perfectAuxiliary(t, children, tokens);
    boolean trailing =
        "dep".equals(relation[t])
            && t > governor[t]
            && ("VBG".equals(pos) && t > 0 && tokens.get(t - 1).word().equals(",")
                || having > governor[t] && tokens.get(having - 1).word().equals(","));
    // a passive participle opening the sentence that the parser left unlabelled (dep) says its act
    // of the main clause's subject (Signed in 2014 by Russia and Belarus, the treaty entered into
    // force; Founded in 2001, the SCO …)
    boolean fronted =
        "dep".equals(relation[t])
            && "VBN".equals(pos)
            && t < governor[t]
            && openingParticiple(t, governor[t], tokens);
    if (governor[t] < 0
        || !"advcl".equals(relation[t])
            && !trailing
            && !fronted
            && !("VBG".equals(pos) && joinedIn(t, governor[t], relation, children, tokens))
        || hasDependent(t, SUBJECTS, children)) {
      return;
    }
    if (pos == null
        || !(pos.equals("VBG") || pos.equals("VBN") || pos.equals("VBD") && having >= 0)) {
      return;
    }
    boolean objectActs =
        children.get(governor[t]).stream().anyMatch(d -> "obj".equals(d.relation()));
    for (Dependency d : children.get(t)) {
      String w = Linker.key(tokens.get(d.dependent()).word());
      if (NOT_STATED.contains(w)) {
        return;
      }
      if (w.equals("for")
          && (d.relation().equals("mark") || d.relation().equals("case"))
          && objectActs) {
        return; // praised Russia for signing it: the one praised signed, not the one praising
      }
      if (d.relation().startsWith("aux")) {
        if (!w.equals("having")) {
          return; // a participle with another auxiliary (being admitted) is left alone
        }
      }
    }
    String role = pos.equals("VBG") || having >= 0 ? "nsubj" : "nsubj:pass";
    if (!slot.relations().contains(role) || !slot.cases().isEmpty() || !slot.words().isEmpty()) {
      return;
    }
    for (Dependency d : children.get(governor[t])) {
      if (SUBJECTS.contains(d.relation())) {
        collect(d.dependent(), children, tokens, mentions, out, 0, RuleSet.AGENT_NOUNS);
      }
    }
  }

  /** The token of the participle's perfect auxiliary (having left, having been admitted), or -1. */
  private static int perfectAuxiliary(int t, List<List<Dependency>> children, List<Token> tokens) {
    for (Dependency d : children.get(t)) {
      if (d.relation().equals("aux")
          && d.dependent() > 0
          && Linker.key(tokens.get(d.dependent()).word()).equals("having")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * Whether a participle opens its sentence (nothing before it but adverbs: First signed,
   * Originally founded) and a comma closes its phrase before the verb it hangs from.
   */
  private static boolean openingParticiple(int t, int verb, List<Token> tokens) {
    for (int i = 0; i < t; i++) {
      String p = tokens.get(i).pos();
      String w = Linker.key(tokens.get(i).word());
      if (p == null || !p.startsWith("RB") || w.equals("once") || w.equals("if")) {
        return false; // once ratified by Kazakhstan, the treaty will …: a condition
      }
    }
    for (int i = t + 1; i < verb; i++) {
      if (tokens.get(i).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one an as-phrase noun is said of: as a member of the SCO, Pakistan takes part; Belarus was
   * admitted as a full member. The phrase describes its verb's object when the verb has one (Moscow
   * counts Minsk as a member: Minsk), otherwise the verb's subject, and always the subject when it
   * stands before it (As a member of the CSTO, Armenia called on its allies). Only for a plain
   * subject slot.
   */
  private static void asPhraseSubject(
      Frame.Slot slot,
      int t,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      List<Actor> out) {
    if (governor[t] < 0
        || !"obl".equals(relation[t])
        || !hasCase(t, Set.of("as"), children, tokens)
        || !slot.cases().isEmpty()
        || !slot.words().isEmpty()
        || !slot.relations().contains("nsubj")) {
      return;
    }
    int g = governor[t];
    String lemma = lemma(tokens.get(g));
    if (lemma != null && AS_REMOVED.contains(lemma)) {
      return; // Tokayev removed Massimov as chairman: the one removed held the post until then
    }
    // a fronted as-phrase, before the verb's subject, is said of that subject whatever the verb
    // (As a member of the CSTO, Armenia called on its allies: Armenia, not the allies)
    boolean fronted =
        children.get(g).stream()
            .anyMatch(d -> SUBJECTS.contains(d.relation()) && d.dependent() > t);
    Set<String> said =
        lemma != null && AS_OBJECT.contains(lemma) && !fronted
            ? Set.of("obj", "nsubj:pass")
            : SUBJECTS;
    for (Dependency d : children.get(g)) {
      if (said.contains(d.relation()) && d.dependent() != t) {
        collect(d.dependent(), children, tokens, mentions, out, 0, RuleSet.AGENT_NOUNS);
      }
    }
    if (out.isEmpty() && said != SUBJECTS && participleAfterComma(g, children, tokens)) {
      // India and Pakistan, admitted as full members of the SCO in 2017, took part: the parser
      // reads the participle as the clause's active verb and the names as its subject; with no
      // object, they are the ones admitted
      for (Dependency d : children.get(g)) {
        if (d.relation().equals("nsubj") && d.dependent() < g) {
          collect(d.dependent(), children, tokens, mentions, out, 0, RuleSet.AGENT_NOUNS);
        }
      }
    }
  }

  /**
   * Whether verb {@code g} has no object and stands right after a comma that follows its subject: a
   * participle set off after its noun, which the parser may read as the clause's active verb (India
   * and Pakistan, admitted as members, …).
   */
  static boolean participleAfterComma(int g, List<List<Dependency>> children, List<Token> tokens) {
    if (g < 1 || !tokens.get(g - 1).word().equals(",")) {
      return false;
    }
    boolean subjectBefore = false;
    for (Dependency d : children.get(g)) {
      if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
        return false;
      }
      subjectBefore |= d.relation().equals("nsubj") && d.dependent() < g - 1;
    }
    return subjectBefore;
  }

  /**
   * Verbs whose as-phrase describes their object, not their subject: Moscow regards Minsk as an
   * ally; the bloc admitted Iran as a full member (Iran was admitted as one: the passive subject).
   */
  private static final Set<String> AS_OBJECT =
      Set.of(
          "regard",
          "see",
          "view",
          "count",
          "consider",
          "treat",
          "recognise",
          "recognize",
          "list",
          "describe",
          "accept",
          "admit",
          "invite",
          "welcome",
          "name",
          "designate",
          "choose",
          "elect",
          "appoint",
          "call",
          "label",
          "brand");

  /**
   * Verbs whose as-phrase names the post their object is put out of (the president dismissed the
   * minister as head of the council; Massimov was removed as chairman): the post is neither the
   * subject's nor, from then on, the object's, so the as-phrase says it of no one.
   */
  private static final Set<String> AS_REMOVED =
      Set.of(
          "remove", "dismiss", "sack", "fire", "oust", "depose", "relieve", "unseat", "expel",
          "suspend");

  /**
   * "It" as the subject of a clause coordinated with the sentence's first (Belarus inherited the
   * warheads, but it acceded to the NPT; Uzbekistan joined the CSTO, and it later left): the first
   * clause's subject, named before it. Only through conj (and xcomp) from the pronoun's verb to
   * that clause, so that an "it" in a subordinate or relative clause (the treaty, which it signed)
   * is left alone.
   */
  private static void itOfTheFirstClause(
      int verb,
      int it,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      List<Actor> out) {
    int v = verb;
    boolean coordinated = false;
    boolean hopped = false;
    for (int k = 0; k < 5 && governor[v] >= 0; k++) {
      if ("conj".equals(relation[v])) {
        coordinated = true;
      } else if (k == 0
          && "advcl".equals(relation[v])
          && hasMark(v, CONCESSIVE, children, tokens)) {
        // a concessive or causal clause after the first: Turkmenistan has never joined the CSTO,
        // even though it borders Afghanistan (not "when it was founded": the organisation)
        coordinated = true;
      } else if (coordinated && !hopped && "acl:relcl".equals(relation[v])) {
        // the parser hangs "…, and it later became" from the relative clause before it
        // (Kazakhstan was among the states that signed the treaty, and it later became …)
        hopped = true;
      } else if (!"xcomp".equals(relation[v])) {
        return;
      }
      v = governor[v];
    }
    if (!coordinated || governor[v] >= 0) {
      return;
    }
    for (Dependency d : children.get(v)) {
      if (SUBJECTS.contains(d.relation()) && d.dependent() < it) {
        collect(d.dependent(), children, tokens, mentions, out, 0, RuleSet.AGENT_NOUNS);
      }
    }
  }

  /**
   * Subordinators whose clause's "it" is the first clause's subject: although it borders … (not
   * because: Russia criticised Ukraine because it had signed).
   */
  private static final Set<String> CONCESSIVE = Set.of("although", "though", "whereas", "while");

  /** Whether the clause headed by {@code token} opens with one of these subordinators (mark). */
  private static boolean hasMark(
      int token, Set<String> marks, List<List<Dependency>> children, List<Token> tokens) {
    for (Dependency c : children.get(token)) {
      if (c.relation().equals("mark")
          && marks.contains(Linker.key(tokens.get(c.dependent()).word()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun a relative clause modifies, seen from a word of the clause (through up to four verbs
   * that share their subject): Kazakhstan, which joined …; Kyrgyzstan, whose treaty was signed ….
   * -1 when {@code from} stands in no relative clause.
   */
  private static int relativeAntecedent(int from, int[] governor, String[] relation) {
    int c = from;
    for (int k = 0; k < 4 && governor[c] >= 0 && SHARED_SUBJECT.contains(relation[c]); k++) {
      c = governor[c];
    }
    return governor[c] >= 0 && RELATIVE_CLAUSES.contains(relation[c]) ? governor[c] : -1;
  }

  /**
   * {@code mentions} without the references that cover token {@code t}: a place noun a reference
   * resolved (the Kazakh capital, the city) names no place of its own in its sentence, so a frame
   * reading the trigger itself as the place (the Aksy district of Jalal-Abad Region) must not read
   * it (the summit, held in the Kazakh capital: no Astana in Kazakhstan stated there).
   */
  static List<Mention> namedOn(int t, List<Token> tokens, List<Mention> mentions) {
    Token tk = tokens.get(t);
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (!(m.method().equals("coref") && m.begin() < tk.end() && tk.begin() < m.end())) {
        out.add(m);
      }
    }
    return out.size() == mentions.size() ? mentions : out;
  }

  /** The actors of {@code from}'s dependents that the slot accepts (not the trigger itself). */
  private static void dependents(
      Frame.Slot slot,
      int from,
      int t,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      List<Actor> out) {
    for (Dependency d : children.get(from)) {
      if (!slot.relations().contains(d.relation()) || d.dependent() == t) {
        continue;
      }
      if (!slot.cases().isEmpty() && !hasCase(d.dependent(), slot.cases(), children, tokens)) {
        continue;
      }
      if (!slot.words().isEmpty()
          && !slot.words().contains(Linker.key(tokens.get(d.dependent()).word()))) {
        continue;
      }
      int x = d.dependent();
      if (RELATIVE_PRONOUNS.contains(Linker.key(tokens.get(x).word()))) {
        x = relativeAntecedent(from, governor, relation); // Kazakhstan, which joined …
        if (x < 0) {
          continue;
        }
      }
      if (!slot.words().isEmpty() && !slot.up()) {
        // a slot's own noun stands for its modifier even when a name covers it: hosts the
        // Russian 201st Military Base reads Russia, as hosts a Russian base does
        int before = out.size();
        for (Dependency m : children.get(x)) {
          if (STANDS_FOR.contains(m.relation()) && !m.relation().equals("nmod")) {
            int owner = m.dependent();
            if (m.relation().equals("nmod:poss")
                && Linker.key(tokens.get(owner).word()).equals("whose")) {
              // Kyrgyzstan, whose accession treaty was signed in 2014: whose is the noun the
              // clause modifies
              owner = relativeAntecedent(from, governor, relation);
              if (owner < 0) {
                continue;
              }
            }
            collect(owner, children, tokens, mentions, out, 1, Set.of());
          }
        }
        if (out.size() > before) {
          continue;
        }
      }
      if (d.relation().equals("nmod:poss")
          && POSSESSIVE_PRONOUNS.contains(Linker.key(tokens.get(x).word()))
          && !covered(x, tokens, mentions)) {
        // Kazakhstan has been shaped by its membership of the CSTO: its is the clause's subject
        ownersSubject(from, x, governor, relation, children, tokens, mentions, out);
        continue;
      }
      if (d.relation().equals("nsubj") && Linker.key(tokens.get(x).word()).equals("it")) {
        int before = out.size();
        itOfTheFirstClause(from, x, governor, relation, children, tokens, mentions, out);
        if (out.size() > before) {
          continue;
        }
      }
      // an agent noun stands for its modifier only as the trigger's own dependent (the Chinese
      // government granted), not as the governor's (forces held exercises near the border)
      collect(
          x,
          children,
          tokens,
          mentions,
          out,
          0,
          slot.up() && !tookPart(t, from, governor, relation, tokens)
              ? Set.of()
              : slot.words().isEmpty() ? RuleSet.AGENT_NOUNS : slot.words());
    }
  }

  /**
   * Whether the noun trigger {@code t} is the "part" of "take part", the object of its verb {@code
   * v}: the phrase is one verb, so its subject is the trigger's own (Russian troops took part in
   * the drills: the troops stand for Russia, as they do for participated), and so is a co-agent
   * phrase on the verb (Russian troops, together with units from Kazakhstan, took part).
   */
  static boolean tookPart(int t, int v, int[] governor, String[] relation, List<Token> tokens) {
    return v >= 0
        && governor[t] == v
        && "obj".equals(relation[t])
        && Linker.key(tokens.get(t).word()).equals("part")
        && "take".equals(lemma(tokens.get(v)));
  }

  /** English possessive pronouns a noun trigger's owner may be: its membership, their bases. */
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their");

  /** Clause heads a possessive pronoun's noun does not look past for its owner. */
  private static final Set<String> CLAUSE_EDGES =
      Set.of("acl:relcl", "acl", "advcl", "ccomp", "parataxis", "appos", "dep", "list");

  private static boolean covered(int token, List<Token> tokens, List<Mention> mentions) {
    Token tk = tokens.get(token);
    return mentions.stream().anyMatch(m -> m.begin() < tk.end() && tk.begin() < m.end());
  }

  /**
   * The owner a possessive pronoun that no reference resolved stands for, on a noun trigger: the
   * subject of the clause the noun is an argument of (Kazakhstan has been shaped by its
   * <em>membership</em> of the CSTO; the EU extended its <em>sanctions</em> on Russia), or, when
   * that subject links to nothing, the subject's own possessor (Kazakhstan's foreign policy rests
   * on its membership of the CSTO). Nothing when the clause's verb has an object of its own that
   * names an actor (Kazakhstan thanked Russia for its aid: either could own it), nor past the edge
   * of the noun's clause.
   */
  private static void ownersSubject(
      int noun,
      int pronoun,
      int[] governor,
      String[] relation,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      List<Actor> out) {
    int v = noun;
    int k = 0;
    while (v >= 0 && k < 5 && !hasDependent(v, SUBJECTS, children)) {
      if (relation[v] == null || CLAUSE_EDGES.contains(relation[v])) {
        return;
      }
      v = governor[v];
      k++;
    }
    if (v < 0 || v == noun || !hasDependent(v, SUBJECTS, children)) {
      return;
    }
    for (Dependency d : children.get(v)) {
      if ((d.relation().equals("obj") || d.relation().equals("iobj"))
          && d.dependent() != noun
          && !actorsOf(d.dependent(), children, tokens, mentions).isEmpty()) {
        return; // thanked Russia for its aid
      }
    }
    for (Dependency d : children.get(v)) {
      if (!SUBJECTS.contains(d.relation())
          || RELATIVE_PRONOUNS.contains(Linker.key(tokens.get(d.dependent()).word()))) {
        continue;
      }
      int before = out.size();
      collect(d.dependent(), children, tokens, mentions, out, 0, RuleSet.AGENT_NOUNS);
      if (out.size() == before) {
        for (Dependency p : children.get(d.dependent())) {
          if (p.relation().equals("nmod:poss") && p.dependent() != pronoun) {
            collect(p.dependent(), children, tokens, mentions, out, 1, Set.of());
          }
        }
      }
    }
  }

  private static List<Actor> actorsOf(
      int token, List<List<Dependency>> children, List<Token> tokens, List<Mention> mentions) {
    List<Actor> a = new ArrayList<>();
    collect(token, children, tokens, mentions, a, 0, Set.of());
    return a;
  }

  /**
   * The objects of a gapped coordination, which the parser hangs from the coordinator (joined the
   * SCO in 2023 and the BRICS group in 2024: dep(joined, and), dep(and, group)): more objects of
   * the same verb.
   */
  private static void gappedObjects(
      Frame.Slot slot,
      int t,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      List<Actor> out) {
    if (out.isEmpty() || slot.up() || slot.head() || !slot.relations().contains("obj")) {
      return;
    }
    for (Dependency d : children.get(t)) {
      String w = Linker.key(tokens.get(d.dependent()).word());
      String dpos = tokens.get(d.dependent()).pos();
      if (d.relation().equals("conj")
          && dpos != null
          && dpos.startsWith("NN")
          && hasDependent(d.dependent(), Set.of("orphan"), children)
          && hasDependent(d.dependent(), Set.of("cc"), children)
          && !gappedSubject(d.dependent(), children)) {
        // joined the WTO in 1998 and the EAEU in 2015: the parser hangs the second object from
        // the verb as its conjunct, its own date as an orphan
        collect(d.dependent(), children, tokens, mentions, out, 1, Set.of());
        continue;
      }
      if (!d.relation().equals("dep") || !(w.equals("and") || w.equals("or"))) {
        continue;
      }
      for (Dependency e : children.get(d.dependent())) {
        String pos = tokens.get(e.dependent()).pos();
        if (e.relation().equals("dep") && pos != null && pos.startsWith("NN")) {
          int before = out.size();
          collect(e.dependent(), children, tokens, mentions, out, 1, Set.of());
          for (Dependency c : children.get(e.dependent())) {
            if (out.size() == before && c.relation().equals("compound")) {
              collect(
                  c.dependent(), children, tokens, mentions, out, 1, Set.of()); // the BRICS group
            }
          }
        }
      }
    }
  }

  /**
   * The prepositional phrases of a gapped coordination, which the parser hangs from the verb as its
   * conjunct with the phrase's own marker (joined by Armenia in January and by Kyrgyzstan in
   * August; signed by Kazakhstan in 2001 and by Uzbekistan in 2002; deployed to Tajikistan and
   * later to Kyrgyzstan): more actors of the same slot, when the slot found one of its own and
   * reads phrases with this marker (obl/by; obl:agent reads by).
   */
  private static void gappedObliques(
      Frame.Slot slot,
      int t,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      List<Actor> out) {
    if (out.isEmpty() || slot.up() || slot.head()) {
      return;
    }
    Set<String> cases =
        !slot.cases().isEmpty()
            ? slot.cases()
            : slot.relations().contains("obl:agent") ? Set.of("by") : Set.of();
    if (cases.isEmpty()) {
      return;
    }
    for (Dependency d : children.get(t)) {
      String dpos = tokens.get(d.dependent()).pos();
      if (d.relation().equals("conj")
          && d.dependent() > t
          && dpos != null
          && (dpos.startsWith("NN") || dpos.startsWith("PRP"))
          && hasDependent(d.dependent(), Set.of("cc"), children)
          && hasCase(d.dependent(), cases, children, tokens)
          && !hasDependent(d.dependent(), SUBJECTS, children)) {
        // (signed by Russia but not by Uzbekistan: the denied phrase is read here too, and taken
        // out with every other reading of it by DeniedAlternatives)
        collect(d.dependent(), children, tokens, mentions, out, 1, Set.of());
      }
    }
  }

  /**
   * Whether a conjunct carries a gapped clause's own subject: Kazakhstan joined the SCO in 2001 and
   * Armenia the CSTO in 1994, where the parser makes Armenia a compound standing before the CSTO's
   * own determiner. The second object is then Armenia's, not the first clause's subject's.
   */
  private static boolean gappedSubject(int conjunct, List<List<Dependency>> children) {
    int det = Integer.MAX_VALUE;
    for (Dependency e : children.get(conjunct)) {
      if (e.relation().equals("det")) {
        det = Math.min(det, e.dependent());
      }
    }
    int before = det; // a compound before the determiner: no part of the noun phrase
    return det != Integer.MAX_VALUE
        && children.get(conjunct).stream()
            .anyMatch(e -> e.relation().equals("compound") && e.dependent() < before);
  }

  private static boolean hasDependent(
      int token, Set<String> relations, List<List<Dependency>> children) {
    return children.get(token).stream().anyMatch(d -> relations.contains(d.relation()));
  }

  private static boolean hasCase(
      int token, Set<String> cases, List<List<Dependency>> children, List<Token> tokens) {
    for (Dependency c : children.get(token)) {
      if (c.relation().equals("case")
          && cases.contains(Linker.key(tokens.get(c.dependent()).word()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Plural nouns for states that stand for the states they list after {@link #LIST_CASES}: several
   * countries, including Iran, joined; its neighbours, such as China and Russia.
   */
  private static final Set<String> LIST_HEADS = ListHeads.latinHeads();

  /** Whether a colon stands right before token {@code t}: the list a head announces. */
  private static boolean colonBefore(int t, List<Token> tokens) {
    return t > 0 && tokens.get(t - 1).word().equals(":");
  }

  /** The case markers that open a list of examples: including, such (as), like. */
  private static final Set<String> LIST_CASES = Set.of("including", "such", "like");

  /** Words for a bloc that its name modifies: the GUAM group, the BRICS bloc. */
  private static final Set<String> GROUP_HEADS =
      Set.of("group", "grouping", "bloc", "alliance", "organisation", "organization", "format");

  /**
   * The last words of the facility heads of data/gazetteer/type-heads.tsv (dam, plant, base, mine
   * …): a facility the gazetteer names without its head word (Rogun) is written with one after it,
   * in lower case (the Rogun dam).
   */
  private static final Set<String> FACILITY_HEADS = facilityHeads();

  /**
   * Kind nouns of a settlement or an enclave named in an of-phrase (the town of Kerben, the Uzbek
   * exclave of Sokh, the village of Chorku): a place the linker reads without its kind noun.
   */
  static final Set<String> SETTLEMENT_HEADS =
      Set.of("town", "city", "village", "settlement", "hamlet", "enclave", "exclave");

  /**
   * Head words of an exercise or a meeting written after its name (the Vostok-2022 manoeuvres, the
   * Peace Mission drills, the Khaan Quest games): a name the linker reads without its head word.
   */
  static final Set<String> EVENT_HEADS =
      Set.of(
          "exercise",
          "exercises",
          "drill",
          "drills",
          "manoeuvre",
          "manoeuvres",
          "maneuver",
          "maneuvers",
          "games",
          "war-games",
          "wargames",
          "summit",
          "forum");

  /** Which dependents of a kind's head word name the actor it stands for. */
  private interface HeadEdge {
    boolean test(Dependency d, List<List<Dependency>> children, List<Token> tokens);
  }

  /** A kind's head words, the dependents that name its actor, and the label that actor has. */
  private record HeadKind(Set<String> words, HeadEdge edge, String label) {}

  /**
   * Head words that stand for the actor their dependents name, tried in this order:
   *
   * <ul>
   *   <li>the Rogun dam, situated in Tajikistan: a facility's head word stands for the facility
   *       named before it as a compound (never for a state: the Kyrgyzstan base);
   *   <li>the town of Kerben, in the Aksy district; the exclave of Sokh, which lies inside
   *       Kyrgyzstan: a settlement's kind noun stands for the place its of-phrase names (never for
   *       a state: the enclaves of Tajikistan are the state's, not the state);
   *   <li>staging the Vostok-2022 strategic manoeuvres, took part in the Peace Mission drills: an
   *       event's head word stands for the exercise or summit named before it as a compound (never
   *       for a bloc or a state: the SCO summit, Russian drills); a name ending in a year may hang
   *       from it by that year (Vostok -compound-> 2022 -nummod-> manoeuvres).
   * </ul>
   */
  private static final List<HeadKind> HEAD_KINDS =
      List.of(
          new HeadKind(
              FACILITY_HEADS, (d, children, tokens) -> d.relation().equals("compound"), "Facility"),
          new HeadKind(
              SETTLEMENT_HEADS,
              (d, children, tokens) ->
                  d.relation().equals("nmod")
                      && hasCase(d.dependent(), Set.of("of"), children, tokens),
              "Place"),
          new HeadKind(
              EVENT_HEADS,
              (d, children, tokens) ->
                  d.relation().equals("compound") || d.relation().equals("nummod"),
              "Initiative"));

  private static Set<String> facilityHeads() {
    Set<String> out = new java.util.HashSet<>();
    for (String line : org.cagraph.data.DataFiles.lines("gazetteer/type-heads.tsv")) {
      String[] c = line.strip().split("\t");
      if (line.startsWith("#") || c.length < 2 || !c[1].strip().equals("Facility")) {
        continue;
      }
      String[] words = c[0].strip().toLowerCase(java.util.Locale.ROOT).split(" ");
      out.add(words[words.length - 1]);
    }
    return Set.copyOf(out);
  }

  /**
   * How an agent noun's modifier hangs from it: Kazakh troops, Russia's forces, leaders of Iran.
   */
  private static final Set<String> STANDS_FOR = Set.of("amod", "compound", "nmod:poss", "nmod");

  /**
   * Adds to {@code out} the actors of the kind's label that the dependents of its head word reached
   * by the kind's edge link to (the Rogun dam: the compound's facility; the town of Kerben: the
   * of-phrase's place; the Vostok-2022 manoeuvres: the compound's exercise), and no actor of
   * another kind (the Kyrgyzstan base, the enclaves of Tajikistan: no state).
   */
  private static void headNamedBy(
      int token,
      HeadKind kind,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      List<Actor> out,
      int depth) {
    List<Actor> named = new ArrayList<>();
    for (Dependency d : children.get(token)) {
      if (kind.edge().test(d, children, tokens)) {
        collect(d.dependent(), children, tokens, mentions, named, depth + 1, Set.of());
      }
    }
    for (Actor a : named) {
      if (a.label().equals(kind.label())) {
        addDistinct(out, a);
      }
    }
  }

  /**
   * The actors a token links to (a mention overlapping it; for an agent noun with none, those of
   * its modifier), then those of its conjuncts.
   */
  private static void collect(
      int token,
      List<List<Dependency>> children,
      List<Token> tokens,
      List<Mention> mentions,
      List<Actor> out,
      int depth,
      Set<String> agents) {
    Token tk = tokens.get(token);
    int before = out.size();
    for (Mention m : mentions) {
      if (m.begin() < tk.end() && tk.begin() < m.end()) {
        addDistinct(out, m.actor());
      }
    }
    if (depth > 8) {
      return;
    }
    if (out.size() == before && tk.word().equalsIgnoreCase("the")) {
      // a name the parser split (launched [the] -dep-> [Belt … Initiative]): the determiner the
      // slot landed on, the name hanging from it
      for (Dependency d : children.get(token)) {
        if (d.relation().equals("dep")) {
          collect(d.dependent(), children, tokens, mentions, out, depth + 1, Set.of());
        }
      }
    }
    if (out.size() == before && tk.pos() != null && tk.pos().startsWith("NN")) {
      // its founding document, the Agreement on …, was signed: a noun that links to nothing
      // stands for the name in apposition to it
      for (Dependency d : children.get(token)) {
        if (d.relation().equals("appos")) {
          collect(d.dependent(), children, tokens, mentions, out, depth + 1, Set.of());
        }
      }
    }
    if (out.size() == before && LIST_HEADS.contains(Linker.key(tk.word()))) {
      // more than 140 countries, including Kazakhstan and Uzbekistan, have joined: a plural noun
      // for states that links to nothing stands for the states it names after including, such as,
      // like
      for (Dependency d : children.get(token)) {
        if (d.relation().startsWith("nmod")
                && !d.relation().equals("nmod:poss")
                && hasCase(d.dependent(), LIST_CASES, children, tokens)
            || d.relation().equals("dep") && colonBefore(d.dependent(), tokens)) {
          // …, such as A and B; three neighbours: A, B and C
          collect(d.dependent(), children, tokens, mentions, out, depth + 1, Set.of());
        }
      }
    }
    if (out.size() == before && GROUP_HEADS.contains(Linker.key(tk.word()))) {
      // the GUAM group, the BRICS bloc: a bloc word whose name stands before it as a compound
      for (Dependency d : children.get(token)) {
        if (d.relation().equals("compound")) {
          collect(d.dependent(), children, tokens, mentions, out, depth + 1, Set.of());
        }
      }
    }
    if (out.size() == before && tk.pos() != null && tk.pos().startsWith("NN")) {
      // a kind's head word that links to nothing stands for the actor of that kind its dependents
      // name (HEAD_KINDS, tried in order while none is found)
      String word = Linker.key(tk.word());
      for (HeadKind kind : HEAD_KINDS) {
        if (out.size() == before && kind.words().contains(word)) {
          headNamedBy(token, kind, children, tokens, mentions, out, depth);
        }
      }
    }
    if (out.size() == before && agents.contains(Linker.key(tk.word()))) {
      // the Chinese government, Kazakh troops, the leaders of Russia, Uzbekistan's parliament: a
      // noun of agent-nouns.lex (or of the slot's own words) stands for the state its modifier
      // names; never a person (Tokayev's cabinet ratified it: the cabinet, not Tokayev, acted)
      for (Dependency d : children.get(token)) {
        if (STANDS_FOR.contains(d.relation())
            && (!d.relation().equals("nmod")
                || hasCase(d.dependent(), Set.of("of", "from"), children, tokens))) {
          collect(d.dependent(), children, tokens, mentions, out, depth + 1, agents);
        }
      }
      for (int i = out.size() - 1; i >= before; i--) {
        if (out.get(i).label().equals("Person")) {
          out.remove(i);
        }
      }
    }
    for (Dependency d : children.get(token)) {
      if (d.relation().equals("conj")) { // a denied conjunct: DeniedAlternatives takes it out
        collect(d.dependent(), children, tokens, mentions, out, depth + 1, agents);
      }
    }
  }

  /**
   * {@code children} without the conjuncts of {@code t} that have a possessor of their own:
   * Uzbekistan's Karshi-Khanabad air base and Kyrgyzstan's Manas air base are two phrases, each
   * with its owner or host, and the first base's frame reads only the first (the Kant and Kansk
   * bases, one phrase, still reads both).
   */
  private static List<List<Dependency>> ownConjuncts(int t, List<List<Dependency>> children) {
    List<Dependency> own =
        children.get(t).stream()
            .filter(
                d ->
                    !d.relation().equals("conj")
                        || children.get(d.dependent()).stream()
                            .noneMatch(c -> c.relation().equals("nmod:poss")))
            .toList();
    if (own.size() == children.get(t).size()) {
      return children;
    }
    List<List<Dependency>> out = new ArrayList<>(children);
    out.set(t, own);
    return out;
  }

  private static String groupOrNull(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The sentence's own words, each placeholder one □ (placeholder text is no words); {@code at[i]}
   * is where masked char i went.
   */
  /**
   * The sentence's words for {@link TimeReader#later}, where an actor after the match that refers
   * to the match's own object (2001年此組織改為「上海合作組織」: 此組織 is the Shanghai Five just named, linked by
   * coreference) is no other actor: its {@code □} becomes 它, so that the clause still speaks of the
   * one just named; so is one that refers to its subject (a post he held until 2005: he is the
   * president just named). The k-th {@code □} of {@code words} is group k.
   */
  private static String ownReferences(String words, List<Group> groups, Matcher m, int from) {
    List<Actor> own = new ArrayList<>();
    for (String slot : List.of("O", "S")) {
      String g = groupOrNull(m, slot);
      if (g != null) {
        own.addAll(groups.get(Integer.parseInt(g)).members());
      }
    }
    if (own.isEmpty()) {
      return words;
    }
    StringBuilder b = new StringBuilder(words);
    int k = -1;
    for (int i = 0; i < b.length(); i++) {
      if (b.charAt(i) != '□') {
        continue;
      }
      k++;
      if (i >= from
          && k < groups.size()
          && !groups.get(k).members().isEmpty()
          && own.containsAll(groups.get(k).members())) {
        b.setCharAt(i, '它');
      }
    }
    return b.toString();
  }

  private static String blank(CharSequence masked, int[] at) {
    StringBuilder b = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(masked);
    int pos = 0;
    while (m.find()) {
      for (int k = pos; k < m.start(); k++) {
        at[k] = b.length();
        b.append(masked.charAt(k));
      }
      for (int k = m.start(); k < m.end(); k++) {
        at[k] = b.length();
      }
      b.append('□');
      pos = m.end();
    }
    for (int k = pos; k < masked.length(); k++) {
      at[k] = b.length();
      b.append(masked.charAt(k));
    }
    at[masked.length()] = b.length();
    return b.toString();
  }

  /**
   * The dates in the coordinates of the sentence's words (each actor one {@code □}), where {@link
   * TimeReader#later} reads the clauses after a match; a date the masking cannot place is left out.
   */
  private static List<DateMention> inWords(List<DateMention> ds, List<Integer> toText, int[] at) {
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : ds) {
      int b = -1;
      int e = -1;
      for (int k = 0; k < toText.size(); k++) {
        if (b < 0 && toText.get(k) == d.begin()) {
          b = at[k];
        }
        if (toText.get(k) == d.end() - 1) {
          e = at[k] + 1;
        }
      }
      if (b >= 0 && e > b) {
        out.add(new DateMention(b, e, d.date(), d.since(), d.until()));
      }
    }
    return out;
  }

  /**
   * The clauses of a sentence whose actors and dates are their own, in the sentence's text, each as
   * [start, end): the relative and participle clauses ({@link InsertedClauses#ownClauses}, from the
   * comma that opens one to where the main clause goes on) and what a view cuts out ({@link
   * InsertedClauses.View#cut}).
   */
  private static List<int[]> asides(
      List<int[]> own, List<InsertedClauses.View> views, List<Integer> toText) {
    List<int[]> out = new ArrayList<>();
    for (int[] c : own) {
      if (c[1] < toText.size()) {
        out.add(new int[] {toText.get(c[0]), toText.get(c[1])});
      }
    }
    for (InsertedClauses.View v : views) {
      if (v.cut() > 0 && v.cut() < v.toText().size()) {
        out.add(new int[] {v.toText().get(v.cut() - 1) + 1, v.toText().get(v.cut())});
      }
    }
    return out;
  }

  /**
   * The dates without those inside a clause of {@code asides} that the match reads across: its
   * trigger after the clause, or the match itself from before the clause to after it. Such a date
   * is the clause's own (Belarus, a member of the CSTO since 1994, sent troops …; Армения,
   * вступившая в ЕАЭС в 2015 году, разместила войска …), while a trigger inside the clause, or a
   * match before its end (President Rahmon, who has ruled since 1992), still takes it.
   */
  static List<DateMention> notInClausesBefore(
      List<DateMention> ds, List<int[]> asides, int trigger, int start, int end) {
    if (ds.isEmpty() || asides == null || asides.isEmpty()) {
      return ds;
    }
    return ds.stream()
        .filter(
            d ->
                asides.stream()
                    .noneMatch(
                        c ->
                            d.begin() >= c[0]
                                && d.end() <= c[1]
                                && (trigger < c[0] || trigger >= c[1])
                                && (trigger >= c[1] || start < c[0] && end >= c[1])))
        .toList();
  }

  /**
   * The dates without the named events that date only a clause the trigger is not in ({@link
   * DateParser#confined}).
   */
  private List<DateMention> confined(List<DateMention> ds, String view, int trigger) {
    if (ds.isEmpty()) {
      return ds;
    }
    return ds.stream().filter(d -> !dates.confined(view, d, trigger)).toList();
  }

  private static final Pattern ASIDE = Pattern.compile("[（(][^（()）]*[）)]");

  /**
   * The dates not inside a parenthetical aside, unless the trigger is in the same one: in
   * 伊朗（今年加入）的國際組織 the year is Iran's, not the organisation's founders'.
   */
  private static List<DateMention> outsideAsides(List<DateMention> ds, String view, int trigger) {
    if (ds.isEmpty()) {
      return ds;
    }
    List<DateMention> out = new ArrayList<>(ds);
    Matcher m = ASIDE.matcher(view);
    while (m.find()) {
      int a = m.start();
      int b = m.end();
      if ((trigger < a || trigger >= b) && !dateAlone(ds, view, a + 1, b - 1)) {
        out.removeIf(d -> d.begin() >= a && d.end() <= b);
      }
    }
    return out;
  }

  /**
   * The date of the trigger's own clause nearest the trigger (joined in 2006 and walked out again
   * in 2012; вышла из СНГ в 2009 году, после войны с Россией в августе 2008 года); where its clause
   * has none, the date closest before the match end within the sentence, else the first one after
   * it, unless a contrast opens a later clause before that one ({@link #LATER_CLAUSE}).
   */
  private static DateMention nearest(
      List<DateMention> ds, int start, int end, String view, int ts, int te) {
    DateMention near = null;
    int gap = Integer.MAX_VALUE;
    for (DateMention d : ds) {
      int a = d.end() <= ts ? d.end() : te;
      int b = d.end() <= ts ? ts : d.begin();
      if (d.begin() < te && d.end() > ts) {
        a = b = ts;
      }
      if (b < a || !noClauseMark(view, a, b)) {
        continue;
      }
      // joined in 2006 and walked out again in 2012: a date another verb's conjunction parts from
      // the trigger is that verb's, where the clause gives the trigger one of its own
      int g = b - a + (COORDINATION.matcher(view.substring(a, b)).find() ? view.length() : 0);
      if (g < gap) {
        gap = g;
        near = d;
      }
    }
    if (near != null) {
      return near;
    }
    DateMention fallback = nearest(ds, start, end);
    if (fallback != null
        && fallback.begin() >= end
        && LATER_CLAUSE.matcher(view.substring(end, fallback.begin())).find()) {
      return null; // Узбекистан выходил из ОДКБ, а в 2020 году получил статус наблюдателя: the
      // year is the later clause's, whose own verb it dates
    }
    return fallback;
  }

  /**
   * A clause mark and then a coordinator of a clause of its own (, а; , but; ，並; not 而, whose
   * clause often goes on with the same relation: 擔任總統職務直至2019): what follows has its own predicate,
   * so a date there does not date a trigger before it.
   */
  private static final Pattern LATER_CLAUSE =
      Pattern.compile(
          "[，,;；]\\s*(?:(?:а|но|однако|зато|but|while|whereas|yet)(?![\\p{L}])|並|并|但|卻|却)");

  private static final Pattern COORDINATION =
      Pattern.compile("(?<![\\p{L}])(?:and|but|then|и|а|но|затем)(?![\\p{L}])|並|并且|而後|而后|隨後|随后");

  private static boolean noClauseMark(String view, int a, int b) {
    for (int i = Math.max(0, a); i < Math.min(b, view.length()); i++) {
      if (CLAUSE_MARKS.indexOf(view.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern DATE_PREPOSITION =
      Pattern.compile("\\s*(?:in|since|from|on|в|во|с|со|自|於|于|從|从)?\\s*");

  /**
   * Whether an aside holds a date alone ((in December 2020), （2001年）): it dates what it stands
   * beside, not another actor's relation.
   */
  private static boolean dateAlone(List<DateMention> ds, String view, int a, int b) {
    StringBuilder rest = new StringBuilder(view.substring(a, b));
    boolean any = false;
    for (DateMention d : ds) {
      if (d.begin() >= a && d.end() <= b) {
        any = true;
        for (int i = d.begin(); i < d.end(); i++) {
          rest.setCharAt(i - a, ' ');
        }
      }
    }
    return any && DATE_PREPOSITION.matcher(rest).matches();
  }

  /** The date closest before the match end within the sentence, else the first one after it. */
  private static DateMention nearest(List<DateMention> ds, int start, int end) {
    DateMention best = null;
    for (DateMention d : ds) {
      if (d.begin() <= end) {
        best = d;
      }
    }
    if (best == null) {
      for (DateMention d : ds) {
        if (d.begin() >= start) {
          return d;
        }
      }
    }
    return best;
  }

  private When when(
      String type,
      String status,
      String words,
      int ts,
      int te,
      DateMention d,
      boolean inClause,
      String docDate,
      String paragraphDate) {
    return new When(
        d == null ? null : d.date(),
        d == null ? null : d.since(),
        d == null ? null : d.until(),
        rules
            .time()
            .read(type, status, words, ts, ts, te, te, d, inClause, docDate, paragraphDate));
  }

  private static final String CLAUSE_MARKS = "，。；,;！？!?";

  /** Where the clause holding {@code at} begins: after the last clause mark before it. */
  static int clauseStart(String view, int at) {
    int cs = Math.max(0, Math.min(at, view.length()));
    while (cs > 0 && CLAUSE_MARKS.indexOf(view.charAt(cs - 1)) < 0) {
      cs--;
    }
    return cs;
  }

  /** Where the clause holding {@code at} ends: at the first clause mark from it on. */
  static int clauseEnd(String view, int at) {
    int ce = Math.max(0, Math.min(at, view.length()));
    while (ce < view.length() && CLAUSE_MARKS.indexOf(view.charAt(ce)) < 0) {
      ce++;
    }
    return ce;
  }

  /**
   * A date belongs to its own clause: a subject the match reaches in a clause after its trigger's,
   * where that clause gives a date of its own (Moldova obtained observer status in 2018, and Cuba
   * was granted the same status in December 2020), is dated by it, not by the trigger's clause.
   */
  private static DateMention ownClauseDate(
      DateMention d, List<DateMention> ds, String view, List<Integer> toText, int s, int ts) {
    if (s < 0 || s >= toText.size() || ts < 0 || ts >= toText.size()) {
      return d;
    }
    int sv = toText.get(s);
    int tv = toText.get(ts);
    if (sv <= tv || noClauseMark(view, tv, sv)) {
      return d;
    }
    int cs = clauseStart(view, sv);
    int ce = clauseEnd(view, sv);
    DateMention own = null;
    for (DateMention o : ds) {
      if (o.begin() >= cs && o.end() <= ce) {
        if (own != null) {
          return d; // two dates in its clause: the trigger's reading decides
        }
        own = o;
      }
    }
    return own != null ? own : d;
  }

  /**
   * What stands before the one a succession hands an office from: 接替□, succeeded □ (not the Russian
   * сменил □, whose order leaves either first).
   */
  private static final Pattern PREDECESSOR_BEFORE =
      Pattern.compile(
          "(?:(?<![\\p{L}])(?:succeeded|replaced)\\s+|接替|继任|繼任|取代)$", Pattern.UNICODE_CASE);

  /** 自□手中接任, 从□手上接过: the office taken from him. */
  private static final Pattern FROM_HANDS = Pattern.compile("^\\s*(?:的)?手(?:中|上|里)");

  private static final Pattern FROM_BEFORE = Pattern.compile("(?:自|从|從)\\s*$");

  /**
   * A head read where a succession names him as the one the office passed from (托卡耶夫自納札爾巴耶夫手中接任總統;
   * Tokayev succeeded Nazarbayev in 2019): the date ends his office, where the start words of the
   * successor's act would have started it.
   */
  private static When predecessor(String type, When when, String view, Group subject) {
    if (!type.equals("HEAD_OF") || subject == null || subject.begin() < 0) {
      return when;
    }
    int a = Math.min(subject.begin(), view.length());
    int b = Math.min(Math.max(a, subject.end()), view.length());
    String before = view.substring(Math.max(0, a - 12), a);
    boolean from =
        PREDECESSOR_BEFORE.matcher(before).find()
            || FROM_BEFORE.matcher(before).find()
                && FROM_HANDS.matcher(view.substring(b, Math.min(view.length(), b + 4))).find();
    if (!from || when.readings().stream().noneMatch(x -> x.kind().equals(TimeReading.START))) {
      return when;
    }
    List<TimeReading> out =
        when.readings().stream()
            .map(
                x ->
                    x.kind().equals(TimeReading.START)
                        ? new TimeReading(TimeReading.END, x.date())
                        : x)
            .distinct()
            .toList();
    return new When(when.date(), when.since(), when.until(), out);
  }

  /**
   * Whether a comma stands between two dates the first of which has its own singular year noun
   * (вступила в ЕАЭС в 2015 году, в 2021 году провела выборы): two phrases, the second opening
   * another clause, not one plural phrase (в 1999, 2005 и 2012 годах).
   */
  private static boolean ownYearNoun(String view, DateMention d, DateMention o) {
    return view.substring(d.end(), o.begin()).contains(",")
        && SINGULAR_YEAR.matcher(view.substring(d.begin(), o.begin())).find();
  }

  private static final Pattern SINGULAR_YEAR =
      Pattern.compile("(?<![\\p{L}])(?:году|г\\.)(?![\\p{L}])", Pattern.UNICODE_CASE);

  /** What joins two dates of one plural phrase: в 1999 и в 2012 годах, in 2017 and 2018. */
  private static final Pattern PLURAL_JOIN =
      Pattern.compile("\\s*(?:,|и|and)\\s*(?:(?:в|во|in)\\s+)?", Pattern.UNICODE_CASE);

  /**
   * The reading of a statement whose date is the first of two a plural phrase joins (в 1999 и в
   * 2012 годах, in 2017 and 2018): an act (a withdrawal, a signing) told at two dates happened at
   * each (Узбекистан выходил дважды — в 1999 и в 2012 годах); a seat or an office held in two years
   * is held from the first to the second (sat on the Security Council in 2017 and 2018); any other
   * relation held at both. A respectively-word pairs the dates with a list's members instead, and a
   * date that is a bound or a span is left alone.
   */
  private When paired(
      String type,
      When first,
      String view,
      List<DateMention> ds,
      DateMention d,
      java.util.function.Function<DateMention, When> whenOf) {
    if (d == null || d.since() != null || d.until() != null || d.also() != null) {
      return first;
    }
    DateMention second = null;
    for (DateMention o : ds) {
      if (o.begin() >= d.end()
          && o.since() == null
          && o.until() == null
          && PLURAL_JOIN.matcher(view.substring(d.end(), o.begin())).matches()
          && !ownYearNoun(view, d, o)) {
        second = o;
        break;
      }
    }
    if (second == null || second.date().compareTo(d.date()) <= 0) {
      return first;
    }
    String joined = respectivelyJoined(view);
    int cs = clauseStart(joined, d.begin());
    int ce = clauseEnd(joined, second.end());
    if (RESPECTIVELY.matcher(joined.substring(cs, ce)).find()) {
      return first;
    }
    List<TimeReading> out = new ArrayList<>(first.readings());
    List<TimeReading> next = whenOf.apply(second).readings();
    boolean held = type.equals("MEMBER_OF") || type.equals("HEAD_OF");
    if (held
        && out.size() == 1
        && out.get(0).kind().equals(TimeReading.EVENT)
        && next.size() == 1
        && next.get(0).kind().equals(TimeReading.EVENT)) {
      out.set(0, new TimeReading(TimeReading.START, out.get(0).date()));
      out.add(new TimeReading(TimeReading.END, next.get(0).date()));
    } else {
      next.stream().filter(x -> !out.contains(x)).forEach(out::add);
    }
    return new When(first.date(), first.since(), first.until(), List.copyOf(out));
  }

  /** A respectively-word set off by commas: ", respectively", ", соответственно, в …". */
  private static final Pattern RESPECTIVELY_ASIDE =
      Pattern.compile(
          "[,，]\\s*(?:respectively|соответственно)(?![\\p{L}])(?:\\s*[,，])?", Pattern.UNICODE_CASE);

  /**
   * The view with the commas around a respectively-word made spaces, offsets kept: the word belongs
   * to the clause before it (joined the WTO in 1998 and 2013, respectively; вступили в ВТО,
   * соответственно, в 1998 и 2013 годах).
   */
  private static String respectivelyJoined(String view) {
    Matcher m = RESPECTIVELY_ASIDE.matcher(view);
    if (!m.find()) {
      return view;
    }
    StringBuilder b = new StringBuilder(view);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        if (b.charAt(i) == ',' || b.charAt(i) == '，') {
          b.setCharAt(i, ' ');
        }
      }
    } while (m.find());
    return b.toString();
  }

  /** The words that pair the members of a list with the dates of its clause, in order. */
  private static final Pattern RESPECTIVELY =
      Pattern.compile(
          "分别|各自|(?<![\\p{L}])(?:respectively|соответственно)(?![\\p{L}])", Pattern.UNICODE_CASE);

  /**
   * The plain dates of the clauses from the trigger's to the match's end, in order, where a
   * respectively-word stands there (1996年3月及1999年2月26日又分別有吉爾吉斯與塔吉克兩國加入; Kazakhstan and Tajikistan
   * joined in 1994 and 2002 respectively); else none.
   */
  private static List<DateMention> respective(
      String text, List<DateMention> ds, int trigger, int matchEnd) {
    String view = respectivelyJoined(text);
    int cs = clauseStart(view, trigger);
    int ce = clauseEnd(view, Math.max(cs, Math.max(trigger, matchEnd)));
    if (!RESPECTIVELY.matcher(view.substring(cs, ce)).find()) {
      return List.of();
    }
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : ds) {
      if (d.begin() >= cs && d.end() <= ce) {
        if (d.since() != null || d.until() != null || d.also() != null) {
          return List.of(); // a span is no list of dates
        }
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Whether the date stands in the clause of {@code at} (both in the view), no clause mark between
   * them.
   */
  private static boolean sameClause(String view, int at, DateMention d) {
    if (d == null) {
      return true;
    }
    int a = Math.min(at, d.begin());
    int b = Math.max(at, d.begin());
    for (int i = Math.max(0, a); i < Math.min(b, view.length()); i++) {
      if (CLAUSE_MARKS.indexOf(view.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The role a SIGNED match passes to {@link #put} when its trigger is an accession (加入, acceded
   * to, присоединились к): the signing of a founding agreement it implies makes a member, not a
   * founding one. Compared by identity; never written out.
   */
  private static final String ACCESSION = new String("accession");

  private static final Pattern ACCESSION_WORDS =
      Pattern.compile(
          "加入|加盟|(?<![\\p{L}])(?:join|accede|accession)|присоедин", Pattern.UNICODE_CASE);

  /** Ratifying, as a trigger: a party's act that tells nothing of when it joined. */
  private static final Pattern RATIFIED =
      Pattern.compile("批准|(?<![\\p{L}])ratif|ратифиц", Pattern.UNICODE_CASE);

  /**
   * Whether the words from a SIGNED match's trigger to its object's end, or an "on" phrase right
   * after the object, name an accession (signed the treaty on Armenia's accession to the EAEU;
   * подписала договор о присоединении к ЕАЭС, where the linker takes the bare договор for the
   * founding treaty the phrase goes on to name).
   */
  private static boolean accessionBeforeObject(
      Matcher m, String view, List<Integer> toText, int te) {
    int o = end(m, "O");
    if (o <= 0 || o > toText.size()) {
      return false;
    }
    // a placeholder's marks map to the start of its mention: its text runs to where the next
    // mark maps
    int k = o;
    while (k < toText.size() && toText.get(k).equals(toText.get(o - 1))) {
      k++;
    }
    int b = Math.min(k < toText.size() ? toText.get(k) : view.length(), view.length());
    int a = te < o ? toText.get(te) : b;
    return a < b && ACCESSION_WORDS.matcher(view.substring(a, b)).find()
        || ACCESSION_AFTER.matcher(view.substring(b, Math.min(view.length(), b + 60))).lookingAt();
  }

  /** An "on" phrase naming an accession right after an agreement's name. */
  private static final Pattern ACCESSION_AFTER =
      Pattern.compile(
          "\\s*(?:о|об|on|of|关于)\\s*(?:the\\s+|its\\s+|[\\p{L}-]+\\s+){0,2}?"
              + "(?:присоедин|accession|accede|加入)",
          Pattern.UNICODE_CASE);

  private void put(
      Map<String, Statement> out,
      Rule r,
      Actor subj,
      Actor obj,
      String role,
      When when,
      Sentence s,
      String status) {
    boolean accession = role == ACCESSION;
    put(
        out,
        r.predicate(),
        r.name(),
        r.confidence(),
        subj,
        obj,
        accession ? null : role,
        when,
        s,
        status);
    String founded = r.predicate().equals("SIGNED") ? FOUNDS.get(obj.id()) : null;
    Actor org = founded == null ? null : actors.apply(founded);
    if (org != null && subj.typeCode() == 'C') {
      // 六國元首簽署了「上海合作組織成立宣言」: signing the agreement that establishes an organisation
      // makes the state a founding member of it, from the signing
      // (data/rules/founding-agreements.tsv)
      put(
          out,
          "MEMBER_OF",
          r.name(),
          r.confidence(),
          subj,
          org,
          accession ? "member" : "founding",
          when,
          s,
          status);
    }
  }

  /**
   * Whether the state {@code signer} is neither of the two parties the gazetteer's names of the
   * bilateral agreement {@code treaty} give (Treaty of Friendship, Cooperation and Mutual
   * Assistance (Russia-Kazakhstan, 1992); China-Kazakhstan Agreement on Mutual Visa Exemption): a
   * short name that such an agreement shares with others of its kind (友好合作互助條約, 關於互免簽證的協定) was
   * linked in a sentence about other parties (俄羅斯與烏茲別克簽署了「友好合作互助條約」), and the signing is of another
   * agreement than the one linked. Agreements whose names give one state, none, or three and more
   * (multilateral treaties, which others may join later: the Budapest Memorandum, a treaty named
   * after its first signers) are left alone, as are signers that are no state.
   */
  private static boolean notAParty(Actor signer, Actor treaty) {
    if (signer.typeCode() != 'C' || treaty.typeCode() != 'A') {
      return false;
    }
    Set<String> parties = namedParties().get(treaty.id());
    return parties != null && !parties.contains(signer.id());
  }

  private static volatile Map<String, Set<String>> namedParties;

  /**
   * Each gazetteer agreement whose English names (name and Latin aliases) name exactly two states,
   * by a whole-word name or alias of the state (US-Uzbekistan, Russia-Kazakhstan): those states.
   */
  private static Map<String, Set<String>> namedParties() {
    Map<String, Set<String>> known = namedParties;
    if (known != null) {
      return known;
    }
    Map<String, Actor> all = org.cagraph.actors.Gazetteer.load().actors();
    List<Actor> states = all.values().stream().filter(a -> a.typeCode() == 'C').toList();
    Map<String, Set<String>> out = new java.util.HashMap<>();
    for (Actor a : all.values()) {
      if (a.typeCode() != 'A') {
        continue;
      }
      String names = a.name() + " | " + String.join(" | ", a.aliases());
      Set<String> parties = new java.util.HashSet<>();
      for (Actor c : states) {
        List<String> own = new ArrayList<>(c.aliases());
        own.add(c.name());
        for (String n : own) {
          if (n.length() >= 2
              && n.chars().allMatch(ch -> ch < 0x250)
              && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(n) + "(?![\\p{L}])")
                  .matcher(names)
                  .find()) {
            parties.add(c.id());
            break;
          }
        }
      }
      if (parties.size() == 2) {
        out.put(a.id(), Set.copyOf(parties));
      }
    }
    namedParties = Map.copyOf(out);
    return namedParties;
  }

  /**
   * Whether {@code site} is a fixed site (a base, an airfield, a test range, a spaceport, a dam, a
   * field, a mine) that the gazetteer puts in another state than {@code state}: a reference
   * resolved to the wrong state (位於該國南部的汗阿巴德空軍基地, 該國 read as the state named before it) cannot move
   * it. Routes and ports (pipelines, railways, canals, a dry port on a border) are left alone, as
   * are places and the facilities the gazetteer does not place.
   */
  private boolean elsewhere(Actor site, Actor state) {
    if (site.typeCode() != 'F' || state.typeCode() != 'C' || site.partOf() == null) {
      return false;
    }
    if (site.partOf().equals(state.id()) || !SITE.matcher(site.name()).find()) {
      return false;
    }
    Actor home = actors.apply(site.partOf());
    return home != null && home.typeCode() == 'C';
  }

  /**
   * A facility whose English name says it stands in one place (not a pipeline, a railway, a canal
   * or a border port, which cross or touch other states).
   */
  private static final Pattern SITE =
      Pattern.compile(
          "(?i)\\b(air ?base|base|airfield|airport|cosmodrome|test site|testing grounds|range|dam|plant|hpp|field|mine)\\b");

  /** Each event named by its parties (the Russia–Central Asia summit), and those parties. */
  private static final Map<String, List<String>> NAMED_BY = namedBy();

  private static Map<String, List<String>> namedBy() {
    Map<String, List<String>> out = new java.util.HashMap<>();
    org.cagraph.data.DataFiles.pairs("rules/named-participants.tsv", "an event and its parties")
        .forEach((event, parties) -> out.put(event, List.of(parties.split("\\s*,\\s*"))));
    return Map.copyOf(out);
  }

  /** Each agreement that establishes an organisation, and that organisation. */
  private static final Map<String, String> FOUNDS =
      Map.copyOf(
          org.cagraph.data.DataFiles.pairs(
              "rules/founding-agreements.tsv", "an agreement and an organisation"));

  private void put(
      Map<String, Statement> out,
      String predicate,
      String name,
      double confidence,
      Actor subj,
      Actor obj,
      String role,
      When when,
      Sentence s,
      String status) {
    if (obj.typeCode() == 'L' && obj.partOf() != null && rules.placeForState(predicate)) {
      // Russian troops in Dushanbe: a presence in Tajikistan (place-for-state.lex)
      Actor state = actors.apply(obj.partOf());
      if (state != null && state.typeCode() == 'C') {
        obj = state;
      }
    }
    if (subj.id().equals(obj.id()) || predicate.equals("SIGNED") && notAParty(subj, obj)) {
      return;
    }
    if (obj.typeCode() == 'F' && subj.id().equals(obj.partOf()) && rules.placeForState(predicate)) {
      return; // 吉爾吉斯坎特空軍基地: a state's own base is no presence of it there, as its own city is none
    }
    if (predicate.equals("LEASES") && obj.typeCode() == 'F' && subj.id().equals(obj.partOf())) {
      return; // Russia and Kyrgyzstan extended the lease of the Kant air base: the host lets it,
      // never leases it
    }
    if (predicate.equals("LOCATED_IN") && elsewhere(subj, obj)) {
      return; // 向華府開放位於該國南部的汗阿巴德空軍基地 with 該國 read as the United States: a site does not move
    }
    if (predicate.equals("HEAD_OF")
        && obj.typeCode() == 'C'
        && role != null
        && !rules.stateHeadRoles().contains(role)) {
      return; // 俄羅斯外交部長拉夫羅夫: a minister heads his ministry, not his state
    }
    Actor a = subj;
    Actor b = obj;
    if (RuleSet.SYMMETRIC.contains(predicate) && a.id().compareTo(b.id()) > 0) {
      a = obj;
      b = subj;
    }
    String key = Statement.key(a.id(), predicate, b.id(), role);
    Statement prev = out.get(key);
    boolean weaker = prev != null && prev.status().equals(status) && prev.confidence() < confidence;
    // a negated, reported or ended reading of the same pair wins over an asserted one; a
    // hypothetical
    // one does not, and yields to it (坎特空軍基地正式啟用，…：俄羅斯設立的坎特空軍基地將部署…: the base is
    // open, only its jets are to come)
    if (prev == null
        || weaker
        || prev.asserted() && !"asserted".equals(status) && !"hypothetical".equals(status)
        || "hypothetical".equals(prev.status()) && "asserted".equals(status)) {
      out.put(
          key,
          new Statement(
              a.id(),
              predicate,
              b.id(),
              role,
              when.date(),
              when.since(),
              when.until(),
              confidence,
              name,
              s,
              status,
              when.readings()));
    }
  }
}
