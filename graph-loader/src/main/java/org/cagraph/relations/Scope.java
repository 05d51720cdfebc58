package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a matched relation is asserted, by what stands in the clause of its trigger (not by a
 * substring from the start of the sentence): a negation or a modal word before the trigger in that
 * clause (未加入, plans to join), a claim verb (聲稱, alleged), or an ending word next to it (解除制裁,
 * sanctions were lifted, 停止租用). Phrases that only look negative (不得不加入, not only … but also) are
 * masked first, and so is a parenthetical aside that closes before the trigger (…（土庫曼未加入）…,
 * 其後又成為…成員): its negation is the aside's own.
 */
final class Scope {
  static final String ASSERTED = "asserted";
  static final String NEGATED = "negated";
  static final String HYPOTHETICAL = "hypothetical";
  static final String ENDED = "ended";
  static final String REPORTED = "reported";

  /**
   * Types whose trigger is itself an end, or whose end does not undo it (a war that ended was
   * fought). A reading of the types, not their list: RelationTypesSyncTest checks that each is a
   * type of data/schema/relation-types.tsv.
   */
  static final Set<String> NOT_ENDED =
      Set.of(
          "WITHDREW_FROM",
          "ADVERSARY_OF",
          "HEAD_OF",
          "LOCATED_IN",
          "BORDERS",
          "PROPOSED",
          "SIGNED");

  /**
   * Types a claim around the clause does not reach: geography a claimed sentence describes on the
   * way (據外媒報導，中國在塔吉克與阿富汗交界處設有據點 reports the outpost, not the border). A claim verb in the
   * trigger's own clause still reaches them.
   */
  static final Set<String> BACKGROUND = Set.of("BORDERS", "LOCATED_IN");

  /**
   * Clause marks; a colon is not one, it opens the list the clause goes on with (邀請七國：愛沙尼亞…加盟北約).
   */
  private static final String CLAUSE_MARKS = "，。；,;！？!?";

  /**
   * How far from the trigger an ending word still ends it, in characters of the clause with each
   * actor one char: before it as Chinese and English put the verb (停止租用, 解除對□的制裁, lifted sanctions
   * on), and after it, far enough for the trigger noun's own predicate past its actors (制裁被解除, EU
   * sanctions on Belarus were lifted, Санкции ЕС против Белоруссии отменены).
   */
  private static final int ENDING_BEFORE = 8;

  private static final int ENDING_AFTER = 8;

  /**
   * A Chinese ending word before the trigger that closes a time phrase (內戰結束後, 冷戰結束以來): the end of
   * something else, dating the clause, not the end of its relation (俄軍在內戰結束後一直駐紮在塔吉克).
   */
  private static final Pattern ENDED_BEFORE_TIME =
      Pattern.compile("(?:結束|结束|終結|终结)(?=之?[後后]|以[後后]|以[來来]|[時时])");

  /**
   * {@code before} with the ending words of its time phrases ({@link #ENDED_BEFORE_TIME}) blanked.
   */
  private static String timePhrasesBlank(String before) {
    Matcher m = ENDED_BEFORE_TIME.matcher(before);
    StringBuilder b = new StringBuilder(before);
    while (m.find()) {
      for (int k = m.start(); k < m.end(); k++) {
        b.setCharAt(k, ' ');
      }
    }
    return b.toString();
  }

  private static final Pattern ASIDE = Pattern.compile("[（(][^（()）]*[）)]");

  /**
   * A Russian и between words: what comes before the last one ahead of the trigger is another
   * predicate's (Армения не является членом ОТГ и граничит с Турцией: the negation is the
   * membership's, not the border's) or another subject's (Россия и Китай не подписали keeps its не,
   * which stands after it).
   */
  private static final Pattern RU_AND = Pattern.compile("(?<=\\s)и(?=\\s)");

  /**
   * The part of {@code upTo} a negation is read in: after the last Russian и before the trigger at
   * {@code t0}. Only negation is cut so: a modal verb reaches every predicate it coordinates
   * (планирует выйти из ОДКБ и вступить в ЕС).
   */
  static String negationScope(String upTo, int t0) {
    Matcher m = RU_AND.matcher(upTo);
    int cut = -1;
    while (m.find() && m.end() <= t0) {
      cut = m.end();
    }
    Matcher c = NEW_CLAUSE.matcher(upTo);
    while (c.find() && c.end() <= t0) {
      if (!closedAside(upTo, c, t0)) {
        cut = Math.max(cut, c.end());
      }
    }
    return cut < 0 ? upTo : upTo.substring(cut);
  }

  /**
   * What may stand between a colon or dash and the subject of the clause it opens: a date or a time
   * (в 2012 году, в марте 2012 года, с 2005 года, in 2015, since then) or an adverb of time,
   * contrast or exchange (затем, теперь, взамен, вместо этого, вместо неё, instead, however): Плата
   * не взимается: взамен Россия списала Киргизии долг (the write-off is stated).
   */
  private static final String NEW_CLAUSE_ADVERBIAL =
      "(?iu:(?:в|во|с|со|к|до)\\s+(?:(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре"
          + "|октябре|ноябре|декабре|начале|конце|середине)\\s+)?\\d{4}(?:\\s*[–-]\\s*\\d{4})?\\s+"
          + "(?:году|года|годах|годов|г\\.)|\\d{1,2}\\s+[а-яё]+\\s+\\d{4}\\s+года"
          + "|(?:in|since|by)\\s+(?:[a-z]+\\s+)?\\d{4}|since\\s+then"
          + "|вместо\\s+(?:этого|того|неё|нее|него|них)|в\\s+ответ|при\\s+этом|тем\\s+временем"
          + "|(?:взамен|затем|потом|позже|позднее|тогда|теперь|сегодня|однако|впрочем|зато|также"
          + "|instead|however|now|today|later|then|meanwhile)(?![\\p{L}]))";

  /**
   * An English or Russian colon or dash (spaced, as those languages write them) that opens a clause
   * with a subject of its own, an actor or a personal pronoun: a negation before it does not reach
   * past it (Neither Georgia nor Moldova took part: Kazakhstan only joined in 2015), also after a
   * date or adverb opening that clause ({@link #NEW_CLAUSE_ADVERBIAL}). A colon that opens a list
   * after a negated verb (did not join two blocs: the CSTO and the EAEU) stands after that verb, so
   * it cuts nothing.
   */
  private static final Pattern NEW_CLAUSE =
      Pattern.compile(
          "(?:[:]|\\s[—–-])\\s+(?:"
              + NEW_CLAUSE_ADVERBIAL
              + ",?\\s+){0,2}(?=□|(?:it|they|he|she|он|она|оно|они)(?![\\p{L}]))");

  /** A spaced dash: one of a pair around an aside, or one opening a clause. */
  private static final Pattern SPACED_DASH = Pattern.compile("\\s[—–-]\\s");

  /**
   * Whether the {@link #NEW_CLAUSE} match {@code c} is a dash that another spaced dash closes
   * before {@code end}: an aside (Kazakhstan could – it has been argued – leave the EAEU), after
   * which the clause it interrupted goes on, so the mark cuts no negation or modal word off.
   */
  private static boolean closedAside(String upTo, Matcher c, int end) {
    return upTo.charAt(c.start()) != ':'
        && SPACED_DASH.matcher(upTo).region(c.end(), Math.min(end, upTo.length())).find();
  }

  /**
   * An English "no" right after a verb (joined no bloc, signed no treaty, imposed no sanctions,
   * hosts no base): the verb's object is denied, as with "did not". Not the "no" of a comparison or
   * a time (signed no fewer than ten agreements, joined no later than 2015, no longer).
   */
  private static final Pattern EN_NO_OBJECT =
      Pattern.compile(
          "\\s+no(?![\\p{L}])(?!\\s+(?:longer|later|sooner|earlier|fewer|less|more|doubt|matter)(?![\\p{L}]))");

  /**
   * An English clause whose subject is opened by "no", or that says "there is no", before the
   * trigger: nothing does what it says (No American troops are stationed in Uzbekistan; there are
   * no Russian troops in Turkmenistan; today no state hosts a base). Not a "no" inside a phrase of
   * its own (with no access to the sea, Kazakhstan joined), nor no longer, no doubt, no later.
   */
  private static final Pattern EN_NO_SUBJECT =
      Pattern.compile(
          "(?:^|[:;])\\s*(?:(?:and|but|yet|so|today|now|still|currently|thereafter|since\\s+then),?\\s+)?no"
              + "(?![\\p{L}])(?!\\s+(?:longer|later|sooner|earlier|fewer|less|more|doubt|matter)"
              + "(?![\\p{L}]))|(?<![\\p{L}])there\\s+(?:is|are|was|were|remains?|has\\s+been"
              + "|have\\s+been|will\\s+be)\\s+no(?![\\p{L}])(?!\\s+(?:longer|doubt)(?![\\p{L}]))",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether the clause {@code own} opens its subject with "no" before the trigger at {@code t0}.
   */
  static boolean noSubject(String own, int t0) {
    String scope = negationScope(own, t0);
    int end = t0 - (own.length() - scope.length());
    return end > 0 && EN_NO_SUBJECT.matcher(scope).region(0, Math.min(end, scope.length())).find();
  }

  /**
   * An English subordinator that opens a clause of its own between a modal word and the trigger:
   * the modal does not reach past it (critics fear the plant could deepen the dependence at a time
   * when Russia is under Western sanctions: the sanctions are a fact).
   */
  private static final Pattern EN_SUBORDINATE =
      Pattern.compile(
          "(?<![\\p{L}])(?:when|while|whereas|although|though|because|after)(?![\\p{L}])");

  /**
   * At another's request or invitation (應托卡耶夫要求, 应哈方邀请): the asking is the other's and already
   * answered, no modal of the act that follows (集安組織應托卡耶夫要求向哈薩克派遣部隊 sent them).
   */
  private static final Pattern ZH_AT_REQUEST =
      Pattern.compile("[應应][^，。；,;！？!?\\s]{1,10}?的?(?:請求|请求|要求|邀請|邀请|之邀|之請|之请)");

  /**
   * Considering an actor to be something (Moscow considers Astana a reliable partner; Russia
   * considered Kazakhstan its closest ally) is a judgement of it, no plan: only the verb is
   * blanked, with the actor right after it and an article, a possessive or as next; considering
   * joining, an application or a bloc's offer stays modal.
   */
  private static final Pattern EN_CONSIDERS_ACTOR =
      Pattern.compile(
          "(?i)(?<![\\p{L}])consider(?:s|ed)?(?=\\s+□+\\s+(?:a|an|as|its|their|his|her|one|the)(?![\\p{L}]))");

  /**
   * The words before a trigger a modal word reaches: those after the last subordinator, or after a
   * colon or dash that opens a clause with a subject of its own ({@link #NEW_CLAUSE}).
   */
  private static String modalScope(String upTo, int limit) {
    upTo = ZH_AT_REQUEST.matcher(upTo).replaceAll(r -> " ".repeat(r.group().length()));
    upTo = EN_CONSIDERS_ACTOR.matcher(upTo).replaceAll(r -> " ".repeat(r.group().length()));
    Matcher m = EN_SUBORDINATE.matcher(upTo.substring(0, Math.min(limit, upTo.length())));
    int cut = -1;
    while (m.find()) {
      cut = m.start();
    }
    // a colon or dash that opens a clause with a subject of its own, as for a negation (Армения
    // может выйти из ОДКБ: в 1995 году Россия разместила базу в Гюмри)
    int end = Math.min(limit, upTo.length());
    Matcher c = NEW_CLAUSE.matcher(upTo.substring(0, end));
    while (c.find()) {
      if (!closedAside(upTo, c, end)) {
        cut = Math.max(cut, c.end());
      }
    }
    return cut <= 0 ? upTo : " ".repeat(cut) + upTo.substring(cut);
  }

  /**
   * What follows a word of agreeing or deciding (data/rules/decision.lex, which says which words
   * are read: no English one and no 同意 today) when it governs a verb of its own subject: an English
   * "to" and a verb (agreed to impose, not agreed to the plan), a Russian infinitive, at most one
   * word after it (договорились ввести, решили совместно разместить; a vowel before -ть, or с з д й
   * before -ти: not часть, сеть, почти, пути), or a Chinese verb right after it (商定在□部署): not an
   * actor (議定□使用: consent to another's act, which it states), 了, 的, a coordinator (agreed and
   * signed: done), 書 (the document a protocol is: 《延期議定書》談判後退出) or a clause mark.
   */
  private static final Pattern DECIDED_VERB =
      Pattern.compile(
          "(?iu)(?:[\\s_]+to[\\s_]+(?!(?:the|a|an|its|their|his|her|this|that|these|those|it|them)(?![\\p{L}]))\\p{L}"
              + "|[\\s_]+(?:[а-яё]+[\\s_]+)?"
              + "(?![а-яё]*(?:ост|аст)и(?![а-яё]))[а-яё]{2,}(?:[аяеёиуыо]ть|[сздй]ти|чь)(?:ся|сь)?(?![а-яё])"
              + "|(?![了的并並和与與及或下性後后时時書书])\\p{IsHan})");

  /**
   * Whether a word of agreeing or deciding before {@code limit} governs a verb (see {@link
   * #DECIDED_VERB}): what was agreed or decided is a plan, not yet the act (both sides agreed to
   * impose sanctions; стороны договорились ввести санкции; 雙方同意對□實施制裁).
   */
  private boolean decidedBefore(String s, int limit) {
    int[] at = new int[2];
    for (int from = 0; decision.findFrom(s, from, at) && at[0] < limit; from = at[1]) {
      if (at[1] <= limit && DECIDED_VERB.matcher(s).region(at[1], s.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** "May 2015", "15 May": the month is no modal verb. */
  private static final Pattern MONTH_MAY =
      Pattern.compile("(?<![\\p{L}])may(?=\\s*\\d)|(?<=\\d\\s?)may(?![\\p{L}])");

  /**
   * Where a window of {@code units} from {@code at} ends (negative: before it): a Chinese character
   * is one unit, a Latin or Cyrillic word three, so "прекратила аренду" and 停止租用 are both near
   * their trigger.
   */
  private static int reach(String clause, int at, int units) {
    int step = units < 0 ? -1 : 1;
    int left = Math.abs(units);
    int i = at;
    while (left > 0 && (step < 0 ? i > 0 : i < clause.length())) {
      char c = clause.charAt(step < 0 ? i - 1 : i);
      if (Character.isLetter(c) && c < 0x2E80) {
        while ((step < 0 ? i > 0 : i < clause.length())
            && Character.isLetter(clause.charAt(step < 0 ? i - 1 : i))) {
          i += step;
        }
        left -= 3;
      } else {
        i += step;
        left -= Character.isWhitespace(c) ? 0 : 1;
      }
    }
    return i;
  }

  private final Lexicon negation;
  private final Lexicon notNegation;
  private final Lexicon modality;
  private final Lexicon ending;
  private final Lexicon reported;
  private final Lexicon hedged;
  private final Lexicon denial;
  private final Lexicon plannedAfter;
  private final Lexicon doneAfterShortNoun;
  private final Lexicon stance;
  private final Lexicon stanceObjects;
  private final Lexicon decision;

  Scope(
      Lexicon negation,
      Lexicon notNegation,
      Lexicon modality,
      Lexicon ending,
      Lexicon reported,
      Lexicon hedged,
      Lexicon denial,
      Lexicon plannedAfter,
      Lexicon doneAfterShortNoun,
      Lexicon negatedAuxiliary,
      Lexicon stance,
      Lexicon stanceObjects,
      Lexicon decision) {
    this.decision = decision;
    this.negation = negation;
    this.notNegation = notNegation;
    this.modality = modality;
    this.ending = ending;
    this.reported = reported;
    this.hedged = hedged;
    this.denial = denial;
    this.plannedAfter = plannedAfter;
    this.doneAfterShortNoun = doneAfterShortNoun;
    this.stance = stance;
    this.stanceObjects = stanceObjects;
    List<String> aux = new ArrayList<>();
    for (String w : negatedAuxiliary.words()) {
      aux.add(Pattern.quote(w).replace(" ", "\\E[\\s_]+\\Q"));
    }
    this.negatedInfinitive =
        Pattern.compile(
            "(?iu)"
                + NEAR
                + INFINITIVE
                + "(?:[\\s_]+[^\\s_]+){0,4}?[\\s_]+(?:"
                + (aux.isEmpty() ? "(?!)" : String.join("|", aux))
                + ")(?![а-яё])");
  }

  /**
   * Whether the words right after a relation's match make it what someone plans, negotiates or
   * hopes (中國援助阿富汗的計畫, 加入世貿組織的談判: data/rules/planned-after.lex); proposing a plan is the act
   * itself, so PROPOSED never is. Closing quotation marks right after the match are skipped.
   */
  boolean plannedAfter(String type, String text, int matchEnd) {
    if (type.equals("PROPOSED") || matchEnd < 0 || matchEnd >= text.length()) {
      return false;
    }
    int at = matchEnd;
    while (at < text.length() && CLOSING_MARKS.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    int from = at;
    if (plannedAfter.words().stream().anyMatch(w -> text.startsWith(w, from))) {
      return true;
    }
    // A short plain noun may stand between the act and a 的-word of planned-after.lex that makes it
    // a plan, talks, a possibility or a rumour (派駐人員的傳聞, 援助物資的計畫, 進駐基地的可能), but not
    // an effort or a process of the act (援助塔吉克抗疫的努力: data/rules/planned-after-noun-done.lex):
    // up to four Han characters, none of them 的 or a word of time or number (加入以來的…, 加入三年的…,
    // 加入十多年的…).
    int skip = at;
    while (skip < text.length()
        && skip - at < SHORT_NOUN
        && Character.UnicodeScript.of(text.charAt(skip)) == Character.UnicodeScript.HAN
        && NOT_SHORT_NOUN.indexOf(text.charAt(skip)) < 0) {
      skip++;
    }
    if (skip == at || skip >= text.length() || text.charAt(skip) != '的') {
      return false;
    }
    int noun = skip;
    return plannedAfter.words().stream()
        .anyMatch(
            w ->
                w.startsWith("的")
                    && text.startsWith(w, noun)
                    && doneAfterShortNoun.words().stream()
                        .noneMatch(d -> text.startsWith(d, noun)));
  }

  /** The longest plain noun read past before a planned-after word that opens with 的. */
  private static final int SHORT_NOUN = 4;

  /**
   * Characters that end the short noun: 的 itself and words of time or number (後, 以來, 時, 期間, 前, 年,
   * 月, 多).
   */
  private static final String NOT_SHORT_NOUN = "的後后來来時时前間间以之年月多";

  /**
   * A Russian infinitive that is the trigger or stands within two words after it, which a negated
   * auxiliary of data/rules/negated-auxiliary.lex governs within four words after it (Против Ирана
   * США санкции вводить не стали; …размещать базу не собираются): the act is denied as the
   * infinitive's, though no negation stands before the trigger. An infinitive ends in -ть, -ти or
   * -чь (-ся); a noun in -ости or -асти (безопасности, области) is none.
   */
  private static final String INFINITIVE =
      "(?<![а-яё])(?![а-яё]*(?:ост|аст)и(?![а-яё]))[а-яё]{2,}(?:ть|ти|чь)(?:ся|сь)?(?![а-яё])";

  /**
   * The trigger's word and at most one more before the word a check looks for, actors (□) not
   * counted (санкции против □ вводить; против □ □ санкции вводить).
   */
  private static final String NEAR = "^(?:(?:□[\\s_]+)*[^\\s_]+[\\s_]+){0,2}?(?:□[\\s_]+)*";

  /**
   * A Russian conditional: a past-tense verb with бы next to it (дислоцировалась бы, бы разместила,
   * вступил бы), the verb the trigger or within two words after it: no act, a supposition.
   */
  private static final Pattern CONDITIONAL =
      Pattern.compile(
          "(?iu)"
              + NEAR
              + "(?:[а-яё]{2,}л[аио]?(?:сь|ся)?[\\s_]+бы|бы[\\s_]+[а-яё]{2,}л[аио]?(?:сь|ся)?)(?![\\p{L}])");

  /**
   * A Russian conjunction that opens another predicate after the trigger (…в Таджикистане и
   * выводить их не собирается): what follows it is that predicate's.
   */
  private static final Pattern RU_NEXT_PREDICATE = Pattern.compile("(?iu)[\\s_](?:и|а|но)[\\s_]");

  private final Pattern negatedInfinitive;

  /**
   * Where the part of the clause that holds the trigger at {@code from} ends: its next clause mark,
   * full stop or Russian и, а, но.
   */
  private static int clauseEnd(String text, int from) {
    int end = from;
    while (end < text.length()
        && CLAUSE_MARKS.indexOf(text.charAt(end)) < 0
        && text.charAt(end) != '.') {
      end++;
    }
    Matcher m = RU_NEXT_PREDICATE.matcher(text).region(from, end);
    return m.find() ? m.start() : end;
  }

  /** The start of the word the trigger at {@code ts} stands in. */
  private static int wordStart(String text, int ts) {
    int from = ts;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    return from;
  }

  /** Whether the trigger at {@code from}, or a word within two after it, is a conditional verb. */
  boolean conditionalAfter(String text, int from) {
    if (from < 0 || from >= text.length()) {
      return false;
    }
    int end = clauseEnd(text, from);
    return CONDITIONAL.matcher(text.substring(wordStart(text, from), end)).find();
  }

  /**
   * Whether the trigger at {@code ts}, or a word within two after it, is an infinitive a negated
   * auxiliary governs.
   */
  boolean negatedInfinitiveAfter(String text, int ts) {
    if (ts < 0 || ts >= text.length()) {
      return false;
    }
    int end = clauseEnd(text, ts);
    return negatedInfinitive.matcher(text.substring(wordStart(text, ts), end)).find();
  }

  /** Closing marks the words after a match may follow (就簽署《互免簽證協定》進行談判). */
  private static final String CLOSING_MARKS = "》」』”〉\"'";

  /**
   * Whether the clause [{@code cs}, {@code ce}) holding the trigger at {@code ts} is somebody's
   * claim by what the sentence says around it: the clause before it ends in a claim verb
   * (俄羅斯媒體聲稱，美國…; СМИ утверждали, что США…); the sentence, before the trigger at {@code ts}, cites
   * an unconfirmed or foreign source (據外媒報導, по неподтверждённым данным, reportedly) before {@code
   * hedgeLimit} (the trigger, or the end of a match that names none); the last clause attributes it
   * (…, Russian media claimed); or a later clause denies it (…，但北京否認; …, but Beijing denies it; …,
   * но Пекин это отрицает).
   */
  private boolean claimedAround(String text, int cs, int ce, int ts, int hedgeLimit) {
    int ps = cs - 1;
    while (ps > 0 && CLAUSE_MARKS.indexOf(text.charAt(ps - 1)) < 0) {
      ps--;
    }
    // a rumour denied is no hedge (Вопреки слухам, Казахстан подписал…: not-negation.lex masks it)
    if (ps >= 0 && reported.ends(masked(text.substring(ps, Math.max(ps, cs - 1))), 2)) {
      return true;
    }
    // a source cited before the trigger, or inside a match that names none (Russia reportedly
    // provided aid to Tajikistan: the rule's subject stands before the hedge)
    if (hedged.startsBefore(text, hedgeLimit)) {
      return true;
    }
    int end = ts; // the trigger's clause, though a match without a named trigger may run past it
    while (end < Math.min(ce, text.length()) && CLAUSE_MARKS.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String after = end < text.length() ? text.substring(end + 1) : "";
    boolean lastClause = after.chars().noneMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0);
    return lastClause && reported.foundIn(after) || denial.foundIn(after);
  }

  /**
   * Whether the trigger's clause is a question: the first clause mark after it is a question mark,
   * with no colon before it (a title's subtitle asks, "The Eurasian Economic Union of Russia,
   * Belarus …: Can It Succeed?", its head does not).
   */
  private static boolean asked(String text, int from) {
    for (int k = from; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == ':' || c == '：') {
        return false;
      }
      if (CLAUSE_MARKS.indexOf(c) >= 0) {
        return c == '?' || c == '？';
      }
    }
    return false;
  }

  /**
   * Whether clauses a carried subject passes through negate or plan what they say (哈薩克未加入北約，也未參加…;
   * 哈薩克計畫加入世貿，並申請…): the clause after them does not state its fact on its own.
   */
  boolean qualifies(String text) {
    String t = masked(text);
    return negation.foundIn(t) || modality.foundIn(t);
  }

  /**
   * The status of a relation of {@code type} whose trigger spans [{@code ts}, {@code te}) of {@code
   * text}, a sentence in which each actor mention is one {@code □}.
   */
  String status(String type, String text, int ts, int te) {
    return status(type, text, ts, te, true);
  }

  /** {@code named}: [ts, te) is the rule's own trigger; else it is the whole match. */
  String status(String type, String text, int ts, int te, boolean named) {
    return status(type, text, ts, te, named, -1);
  }

  /**
   * {@code relative}: where a relative clause holding the trigger starts ({@link
   * CarriedSubject#relativeStart}), or -1: a negation or modal word before it is the outer verb's
   * (並未從駐吉爾吉斯的坎特空軍基地抽調兵力, 不會退出其加入的組織: the presence and the joining are stated), one after it the
   * clause's own (未加入北約的烏克蘭).
   */
  String status(String type, String text, int ts, int te, boolean named, int relative) {
    int cs = ts;
    while (cs > 0 && CLAUSE_MARKS.indexOf(text.charAt(cs - 1)) < 0) {
      cs--;
    }
    int ce = te;
    while (ce < text.length() && CLAUSE_MARKS.indexOf(text.charAt(ce)) < 0) {
      ce++;
    }
    String clause = masked(text.substring(cs, ce));
    int t0 = ts - cs;
    int t1 = te - cs;
    // the clause up to the trigger's end for negations (不是, 未加入 run into it); the words before a
    // named trigger for
    // claims and modality, since the trigger is no modal of itself (提議 is what PROPOSED reads); a
    // match with no named
    // trigger counts whole; an aside that closes before the trigger speaks only for itself
    String upTo =
        ASIDE.matcher(clause.substring(0, t0)).replaceAll(r -> "□".repeat(r.group().length()))
            + clause.substring(t0, t1);
    int limit = named ? t0 : t1;
    String own =
        relative > cs && relative <= ts
            ? " ".repeat(relative - cs) + upTo.substring(relative - cs)
            : upTo;
    if (!named && lastClauseMark(clause, t0, t1) >= 0) {
      // a match with no named trigger that runs on into another clause reads negation and modality
      // from its own start: what its first clause says before it is that clause's own predicate
      // (Turkmenistan has never joined the CSTO, while Kyrgyzstan and Tajikistan remain members,
      // read from the CSTO on); a negation inside the match still counts
      own = " ".repeat(t0) + own.substring(t0);
    }
    if (negation.foundIn(negationScope(own, t0))
        || EN_NO_OBJECT.matcher(clause).region(t1, clause.length()).lookingAt()
        || noSubject(own, t0)) {
      return NEGATED; // the trigger's own object denied: joined no bloc, hosts no base
    }
    if (reported.startsBefore(upTo, limit)
        || !BACKGROUND.contains(type) && claimedAround(text, cs, ce, ts, named ? ts : te)) {
      return REPORTED;
    }
    if (modality.startsBefore(modalScope(own, limit), limit)
        || !type.equals("LEASES") && decidedBefore(modalScope(own, limit), limit)) {
      // a lease agreed is the lease: its contract is what the parties agree to (agreed to lease)
      return HYPOTHETICAL;
    }
    if (asked(text, named ? te : ts)) { // a match with no named trigger: from its start
      return HYPOTHETICAL; // a question states nothing (Did Tajikistan join the EAEU? 哈薩克會加入嗎？)
    }
    if (!NOT_ENDED.contains(type)
        && ending.foundIn(
            timePhrasesBlank(clause.substring(reach(clause, t0, -ENDING_BEFORE), t0))
                + clause.substring(t0, reach(clause, t1, ENDING_AFTER)))) {
      return ENDED;
    }
    return ASSERTED;
  }

  /** The last clause mark (a comma, 。, ；…) in [{@code t0}, {@code t1}) of {@code clause}, or -1. */
  static int lastClauseMark(String clause, int t0, int t1) {
    for (int k = Math.min(t1, clause.length()) - 1; k >= t0; k--) {
      if (CLAUSE_MARKS.indexOf(clause.charAt(k)) >= 0) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where the act a negated clause names stops being the negation's: right after a verb of {@code
   * stance-verbs.lex} (join, follow; присоединиться, последовать; 跟進, 追隨) that follows the clause's
   * negation, when an actor stands before that negation and the relation's subject {@code subject}
   * only after the verb. The negated verb is the first actor's stance toward another's act, which
   * stays stated (Казахстан не присоединился к санкциям Москвы против Запада; Kazakhstan did not
   * join Western sanctions against Russia; 哈薩克沒有跟進西方對俄羅斯的制裁); -1 when it is not. A negation between
   * the verb and the trigger is the act's own, and a call, a demand or a proposal
   * (stance-objects.lex) after the verb in the trigger's clause is what is joined, not the act.
   */
  int stanceEnd(String text, int ts, int subject) {
    if (subject < 0) {
      return -1;
    }
    int cs = RuleEngine.clauseStart(text, ts);
    if (subject <= cs) {
      return -1;
    }
    String before = masked(text.substring(cs, Math.min(subject, ts)));
    int[] at = new int[2];
    int from = 0;
    int end = -1;
    while (stance.findFrom(before, from, at)) {
      String lead = before.substring(0, at[0]);
      if (lead.indexOf('□') >= 0 && negation.foundIn(lead)) {
        end = at[1];
      } else if (lead.indexOf('□') >= 0) {
        // joined no Western sanctions: the "no" is the stance's, as "did not join" is
        Matcher no = EN_NO_OBJECT.matcher(before).region(at[1], before.length());
        if (no.lookingAt()) {
          end = no.end();
        }
      }
      from = at[0] + 1;
    }
    if (end < 0) {
      return -1;
    }
    String rest = notNegation.mask(text.substring(cs + end, ts));
    if (negation.foundIn(rest)) {
      return -1;
    }
    // a call, a demand or a proposal joined or followed is no act (did not join the US call for
    // sanctions against Iran; 沒有跟進美國對伊朗制裁的呼籲): the negation still covers what it names
    int ce = RuleEngine.clauseEnd(text, ts);
    return stanceObjects.foundIn(text.substring(cs + end, ce)) ? -1 : cs + end;
  }

  /** The text with false negations masked and the month May kept from reading as a modal word. */
  private String masked(String text) {
    return notNegation.mask(
        DeniedAlternatives.maskCueNegations(MONTH_MAY.matcher(text).replaceAll("□□□")));
  }
}
