package org.cagraph.actors;

import static org.cagraph.actors.RussianReferences.BARE_COUNTRY_RU;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cagraph.text.Sentence;

/**
 * Coreference within a paragraph, after names are linked: the driver that walks a document's
 * sentences paragraph by paragraph, keeps what each paragraph has named so far, and hands every
 * sentence to the readers of each language ({@link ChineseReferences}, {@link EnglishReferences},
 * {@link RussianReferences}). Here stay the referring words of data/gazetteer/coreference.tsv: 兩國
 * and 雙方 (the pair named last), 該國 and the country (it prefers the subject of its own sentence and
 * skips a state named as an adjective: the Uzbek border), 該組織 and the bloc (the last of that type),
 * обе организации (the last two organisations), 其 before a member word; and the readers that serve
 * more than one language: counts with a state noun (each language's pattern, resolved here: the
 * last list of exactly that many, the rest of a group), 各方 and the parties (the last list of three
 * or more), the leaders and участники саммита (the states of the summit named last), the Chinese
 * leader or Российский президент (the head of that state the paper named last), a noun that heads a
 * name named before (在峰會上, the summit, космодром, вступил в совет: the data file's heads list), a
 * member word without its organisation (成為第九個成員國, its founding members, Наблюдателями являются),
 * described organisations and it as the object of ratify or join (the new organisation, этой
 * военной организации, a bare организация, Kazakhstan ratified it), and a successor after the
 * holder of a post (He was followed by X, его сменил X). With them the helpers every language
 * shares: the last distinct actors of a type, the last list of N states, the subjects and the
 * opening actor of a sentence, the last coordinated pair, a state named as an adjective, a word
 * inside a name. One job of the linker, kept apart from name matching.
 */
final class Coreference {
  private Coreference() {}

  /** The referring words of data/gazetteer/coreference.tsv, by what each refers to. */
  static final WordLists WORDS = WordLists.read("gazetteer/coreference.tsv");

  /** The states a "former Soviet" description may stand for (coreference.tsv former_soviet). */
  private static final Set<String> FORMER_SOVIET = Set.of(WORDS.get("former_soviet").split("\\|"));

  /**
   * The former Soviet states among these mentions' actors: the region of "the former Soviet
   * republic", as the five are of "the Central Asian republic" (Uzbekistan borders Afghanistan. The
   * former Soviet republic…: Uzbekistan, never Afghanistan, named last). Empty when none is: the
   * description then stays unlinked.
   */
  static List<Actor> formerSoviet(List<Mention> mentions) {
    return mentions.stream()
        .map(Mention::actor)
        .filter(a -> FORMER_SOVIET.contains(a.id()))
        .distinct()
        .toList();
  }

  /**
   * coreference.tsv exercise_names: a name that says it is an exercise, in any language (Peace
   * Mission exercises, «Взаимодействие» учения, 和平使命演習), which a bare exercise noun refers to
   * (English and Russian alike).
   */
  static final Pattern EXERCISE_NAME = Pattern.compile(WORDS.written("exercise_names"));

  /** What a referring word stands for: the pair named last, or the last actor of one type. */
  private static final Map<String, String> KINDS = new HashMap<>();

  private static final Pattern COREF = referring();

  /**
   * A time after a state's name: 蘇聯時期, 蘇聯解體後, 蘇聯時代 (the state as a date, not a party); not 時任 (then
   * serving), 時報 or 時間.
   */
  private static final Pattern TIME_AFTER =
      Pattern.compile("(?:时期|时代|年代|时(?![任报间])|解体|瓦解|垮台|末期|后期|初期)");

  /**
   * Whether a state's mention only qualifies a group named right after it, nothing between
   * (阿富汗塔利班政權: the Taliban, not Afghanistan as a party), among the mentions {@code ms} of its
   * sentence {@code v}. A state conjoined right after 與/和/同/跟 is a party all the same
   * (中國企業與阿富汗塔利班政府簽署…，兩國: China and Afghanistan).
   */
  private static boolean qualifiesGroup(Mention x, List<Mention> ms, String v) {
    if (x.begin() > 0 && x.begin() <= v.length() && "與与和同跟".indexOf(v.charAt(x.begin() - 1)) >= 0) {
      return false;
    }
    return ms.stream()
        .anyMatch(y -> y != x && y.begin() == x.end() && y.actor().label().equals("Group"));
  }

  /** Whether a Chinese state's mention is followed by a word of time (蘇聯時期). */
  private static boolean namedAsTime(Mention x, String v) {
    return x.end() < v.length() && TIME_AFTER.matcher(v).region(x.end(), v.length()).lookingAt();
  }

  /**
   * The number of distinct states of the last coordinated run (哈薩克、吉爾吉斯與塔吉克: 3) in this sentence
   * before {@code at}, else in the paragraph's last sentence that names a state; 0 when none.
   */
  static int lastRunSize(
      int at, List<Mention> here, String v, List<List<Mention>> para, List<String> paraViews) {
    List<Mention> own = here.stream().filter(x -> x.end() <= at).toList();
    if (own.stream().anyMatch(x -> isCountry(x) && !x.method().equals("coref"))) {
      return lastRunIn(own, v);
    }
    for (int k = para.size() - 1; k >= 0; k--) {
      List<Mention> ms = para.get(k);
      if (ms.stream().anyMatch(x -> isCountry(x) && !x.method().equals("coref"))) {
        return lastRunIn(ms, paraViews.get(k));
      }
    }
    return 0;
  }

  /**
   * The two states of the one coordinated run of more than one state (Georgia and Ukraine) in this
   * sentence before {@code at}, else in the paragraph's last sentence that names a state; empty
   * when that sentence coordinates no states, or more than one run of them, or a run of three.
   */
  static List<Actor> onePairRun(
      int at, List<Mention> here, String v, List<List<Mention>> para, List<String> paraViews) {
    List<List<Actor>> runs = sourceRuns(at, here, v, para, paraViews);
    List<List<Actor>> lists = runs.stream().filter(r -> r.size() > 1).toList();
    return lists.size() == 1 && lists.get(0).size() == 2 ? lists.get(0) : List.of();
  }

  /**
   * The runs of coordinated states ({@link #runsIn}) of the sentence a pair word at {@code at}
   * draws on: its own sentence before it when that names a state, else the paragraph's last
   * sentence that names one; empty when none does.
   */
  static List<List<Actor>> sourceRuns(
      int at, List<Mention> here, String v, List<List<Mention>> para, List<String> paraViews) {
    List<Mention> own = here.stream().filter(x -> x.end() <= at).toList();
    if (own.stream().anyMatch(x -> isCountry(x) && !x.method().equals("coref"))) {
      return runsIn(own, v);
    }
    for (int k = para.size() - 1; k >= 0; k--) {
      List<Mention> ms = para.get(k);
      if (ms.stream().anyMatch(x -> isCountry(x) && !x.method().equals("coref"))) {
        return runsIn(ms, paraViews.get(k));
      }
    }
    return List.of();
  }

  /**
   * Whether a pair of states takes one member of a coordinated run of three or more in {@code runs}
   * and is not itself one run there (Russia, China and Iran held drills in the Gulf of Oman: Iran
   * and Oman): which two a pair word then means is unsaid.
   */
  static boolean straddlesList(List<Actor> two, List<List<Actor>> runs) {
    if (two.size() != 2) {
      return false;
    }
    Set<Actor> pair = new HashSet<>(two);
    if (runs.stream().anyMatch(r -> new HashSet<>(r).equals(pair))) {
      return false;
    }
    return runs.stream().anyMatch(r -> r.size() >= 3 && r.stream().anyMatch(pair::contains));
  }

  /** The distinct states of the last run of coordinated states of a sentence. */
  private static int lastRunIn(List<Mention> ms, String v) {
    List<List<Actor>> runs = runsIn(ms, v);
    return runs.isEmpty() ? 0 : runs.get(runs.size() - 1).size();
  }

  /**
   * The runs of coordinated states of a sentence, in order, each with its distinct states: states
   * joined by a list gap (、, 和, and, commas) are one run; the same span named twice is one item.
   */
  private static List<List<Actor>> runsIn(List<Mention> ms, String v) {
    return runs(
        ms.stream()
            .filter(x -> isCountry(x) && !x.method().equals("coref") && x.end() <= v.length())
            .sorted(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end))
            .toList(),
        v,
        LIST_GAP,
        false);
  }

  /**
   * The runs of coordinated mentions of a sentence ({@code sorted}: the ones that may be listed, in
   * text order), each with its distinct actors: a mention joins the run before it when the text
   * between them is a {@code gap}, when it spans the same text as the one before (two actors of one
   * name), or, with {@code adjacent}, when it starts where the one before ends (中俄).
   */
  static List<List<Actor>> runs(List<Mention> sorted, String v, Pattern gap, boolean adjacent) {
    List<List<Actor>> runs = new ArrayList<>();
    Map<String, Actor> run = new LinkedHashMap<>();
    int lastBegin = -1;
    int lastEnd = -1;
    for (Mention x : sorted) {
      boolean sameItem = x.begin() == lastBegin && x.end() == lastEnd;
      boolean joined =
          lastEnd >= 0
              && (adjacent && x.begin() == lastEnd
                  || x.begin() >= lastEnd
                      && gap.matcher(v.substring(lastEnd, x.begin())).matches());
      if (!sameItem && !joined && !run.isEmpty()) {
        runs.add(List.copyOf(run.values()));
        run.clear();
      }
      run.putIfAbsent(x.actor().id(), x.actor());
      lastBegin = x.begin();
      lastEnd = x.end();
    }
    if (!run.isEmpty()) {
      runs.add(List.copyOf(run.values()));
    }
    return runs;
  }

  /**
   * Whether a bare reference (該組織, 聯盟, 成為第N個成員國) in an entry on {@code titleOrg} means the title's
   * organisation as far as its own sentence goes: the sentence names no other organisation before
   * it ({@link #titleFor} has looked at the paragraph); the title's own bodies (its council, its
   * secretariat) do not count.
   */
  static boolean titleStands(Actor titleOrg, List<Mention> here, int at) {
    return here.stream().filter(x -> x.end() <= at).noneMatch(x -> otherOrganisation(x, titleOrg));
  }

  /**
   * The title's organisation for the bare references of a paragraph, or null: none when an earlier
   * sentence of the paragraph opens with another organisation (集安組織於2002年成立。該組織… means the CSTO);
   * one named on the way (伊朗長期受到聯合國制裁。…成為組織的第十個成員國) does not take it.
   */
  private static Actor titleFor(
      Actor titleOrg, List<List<Mention>> paraSentences, List<String> paraViews) {
    if (titleOrg == null) {
      return null;
    }
    for (int k = 0; k < paraSentences.size(); k++) {
      List<Mention> named =
          paraSentences.get(k).stream()
              .filter(x -> !x.method().equals("coref"))
              .sorted(Comparator.comparingInt(Mention::begin))
              .toList();
      if (!named.isEmpty()
          && otherOrganisation(named.get(0), titleOrg)
          && !inPersonsTitle(named, paraViews.get(k))) {
        return null;
      }
    }
    return titleOrg;
  }

  /**
   * A head's title between an organisation and the person after it: Secretary-General, 秘書長 (UN
   * Secretary-General Antonio Guterres, 聯合國秘書長古特瑞斯), or nothing but a space (Генеральный секретарь
   * ООН Антониу Гутерриш, the title before the organisation).
   */
  private static final Pattern TITLE_BETWEEN =
      Pattern.compile(
          "\\s*(?:(?:secretary[- ]general|director[- ]general|chairman|chairwoman|chair|president"
              + "|head|spokesman|spokeswoman|envoy|representative)\\s+"
              + "|(?:秘书长|总干事|主席|发言人|特使|代表)\\s*)?");

  /**
   * Whether the organisation that opens a sentence ({@code named}, its own mentions in order) only
   * stands in the title of the person named right after it (Генеральный секретарь ООН Антониу
   * Гутерриш выступил…; UN Secretary-General Antonio Guterres attended…): the sentence is about the
   * person, and the organisation is named on the way, not as the paragraph's new topic.
   */
  static boolean inPersonsTitle(List<Mention> named, String v) {
    if (named.size() < 2 || !named.get(1).actor().label().equals("Person")) {
      return false;
    }
    Mention org = named.get(0);
    Mention person = named.get(1);
    return org.end() <= person.begin()
        && person.begin() <= v.length()
        && TITLE_BETWEEN.matcher(v.substring(org.end(), person.begin())).matches();
  }

  /**
   * Whether the body named last is another whose own name says organisation (Kazakhstan joined the
   * World Trade Organization in 2015. A year later, Afghanistan joined the organisation): the
   * English or Russian word takes it up, as it would not take up the United Nations or a bank named
   * on the way.
   */
  private static boolean anOrganisationByName(List<Actor> last, Actor titleOrg) {
    return last.size() == 1
        && !last.get(0).id().equals(titleOrg.id())
        && ORGANISATION_WORD.matcher(last.get(0).name().toLowerCase(java.util.Locale.ROOT)).find();
  }

  private static boolean otherOrganisation(Mention x, Actor titleOrg) {
    return x.actor().label().equals("Organization")
        && !x.actor().id().equals(titleOrg.id())
        && !titleOrg.id().equals(x.actor().partOf());
  }

  /** Whether the one actor of {@code last} is named in this sentence before {@code at}. */
  static boolean namedBefore(List<Actor> last, List<Mention> here, int at) {
    return !last.isEmpty()
        && here.stream().anyMatch(x -> x.end() <= at && x.actor().id().equals(last.get(0).id()));
  }

  private static final String ORD_EN =
      "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth";

  private static final String ORD_RU =
      "перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат";

  /** After the English word: 's ninth member (state). */
  private static final Pattern ORDINAL_AFTER_EN =
      Pattern.compile(
          "^(?:'s|’s)\\s+("
              + ORD_EN
              + "|\\d{1,2}(?:st|nd|rd|th))\\s+(?:full\\s+|full-fledged\\s+)?member");

  /** Before the Russian word: девятым (полноправным) членом, девятой страной-членом. */
  private static final Pattern ORDINAL_BEFORE_RU =
      Pattern.compile(
          "(?<![\\p{L}])("
              + ORD_RU
              + ")[а-яё]*\\s+(?:полноправн[а-яё]*\\s+)?(?:член[а-яё]*|участник[а-яё]*"
              + "|(?:государств|стран)[а-яё]*-член[а-яё]*)\\s+$");

  /** After the Chinese word: (的)第九個(正式)成員國. */
  private static final Pattern ORDINAL_AFTER_ZH =
      Pattern.compile("^的?第([一二三四五六七八九十]+|\\d{1,2})个?(?:正式)?(?:成员国|会员国|成员)");

  /**
   * The ordinal member count a referring word to an organisation stands with (the organisation's
   * ninth member, девятым членом организации, 該組織第九個成員國), 0 when none: an organisation the data
   * file's member_counts never gives that many members cannot be the one meant.
   */
  static boolean neverThatMany(Actor org, String v, int at, int end) {
    int nth = ordinalMember(v, at, end);
    int most = ChineseReferences.largestMemberCount(org);
    return nth > 0 && most > 0 && nth > most;
  }

  /** The ordinal of {@link #neverThatMany}, 0 when none. */
  static int ordinalMember(String v, int at, int end) {
    Matcher en = ORDINAL_AFTER_EN.matcher(v.substring(end));
    if (en.find()) {
      String w = en.group(1);
      int k = java.util.Arrays.asList(ORD_EN.split("\\|")).indexOf(w);
      return k >= 0 ? k + 1 : Integer.parseInt(w.replaceAll("\\D", ""));
    }
    Matcher ru = ORDINAL_BEFORE_RU.matcher(v.substring(Math.max(0, at - 60), at));
    if (ru.find()) {
      String w = ru.group(1).replace('ё', 'е');
      return java.util.Arrays.asList(ORD_RU.replace("[её]", "е").split("\\|")).indexOf(w) + 1;
    }
    Matcher zh = ORDINAL_AFTER_ZH.matcher(v.substring(end));
    if (zh.find()) {
      return ChineseReferences.count(zh.group(1));
    }
    return 0;
  }

  /** A Han character: a Chinese referring word. */
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  /**
   * An English or Russian referring word that says organisation (the organisation, этой
   * организации): in an entry on an organisation, the title's, as 該組織 is.
   */
  private static final Pattern ORGANISATION_WORD = Pattern.compile("organi[sz]ation|организаци");

  /**
   * One alternation of every list's words, longest first. A Latin or Cyrillic word matches whole
   * words, and an English one not before a preposition, a relative pronoun or an -ing form, which
   * make it a description of its own: "the Organization" refers back; "the Organization of Turkic
   * States" and "the treaty establishing the EAEU" do not. 其 before a member word is the
   * organisation the paragraph is about (中國、俄羅斯…是其創始成員國).
   */
  private static Pattern referring() {
    Map<String, String> kinds = new LinkedHashMap<>();
    for (String[] list :
        new String[][] {
          {"pair", "pair"},
          {"sides", "sides"},
          {"capitals", "capitals"},
          {"country", "Country"},
          {"organization", "Organization"},
          {"agreement", "Agreement"},
          {"initiative", "Initiative"},
          {"place", "Place"},
          {"organizations", "organizations"}
        }) {
      for (String w : WORDS.get(list[0]).split("\\|")) {
        if (!w.isBlank()) {
          kinds.put(w.strip().replace('_', ' '), list[1]);
        }
      }
    }
    // the two Central Asian neighbours, both South Asian rivals: an English pair word with what
    // the pair is between its count and its noun (pair_modifiers, state_modifiers)
    List<String> modifiers = new ArrayList<>();
    for (String list : List.of("state_modifiers", "pair_modifiers")) {
      for (String w : WORDS.get(list).split("\\|")) {
        if (!w.isBlank()) {
          modifiers.add(w.strip().replace('_', ' '));
        }
      }
    }
    for (String w : WORDS.get("pair").split("\\|")) {
      String pair = w.strip().replace('_', ' ');
      for (String count : List.of("the two ", "both ")) {
        if (pair.startsWith(count)) {
          for (String mod : modifiers) {
            kinds.putIfAbsent(count + mod + " " + pair.substring(count.length()), "pair");
          }
        }
      }
    }
    KINDS.putAll(kinds);
    return Pattern.compile(
        alternation(kinds.keySet()).pattern() + "|其(?=(?:创始|正式)?(?:成员国|会员国|成员|观察员国|观察员))");
  }

  /**
   * A clause mark between a pair's states and 兩國: 亞美尼亞與白俄羅斯…加入歐亞經濟聯盟，兩國同時也是… refers back across the
   * clause (中俄兩國, 中俄兩國元首 right after the states are already linked).
   */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[，,；;：:]");

  /** A rest determiner right before a pair word: 其餘兩國 is the rest of a group, not a pair. */
  private static final Pattern REST_BEFORE =
      Pattern.compile("(其他|其它|其余|余下的?|剩下的?|剩余的?|留下来的|另外|另)\\s*$");

  /** The gap between two items of a list of states: 、, 與, and, a comma, и. */
  private static final Pattern LIST_GAP =
      Pattern.compile(
          "\\s*(?:、|,|;|与|和|及|以及|同|跟|,?\\s*and|&|и|,\\s*и|,\\s*а\\s+также|а\\s+также)\\s*");

  /**
   * The organisation or agreement with adjectives between its determiner and its noun: the new
   * organisation, the Moscow-led bloc, the same treaty; эта новая организация, данного военного
   * блока. Not before of, for, that or an -ing form (the new organisation of Turkic states is a
   * name of its own).
   */
  private static final Pattern DESCRIBED_EN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:the|this|that)\\s+(?:(?:new|newly[- ]formed|newly[- ]created|same|enlarged|expanded|"
              + "regional|military|security|economic|political|defence|defense|intergovernmental|"
              + "[a-z]+-(?:led|backed|dominated|sponsored|centred|centered)|\\d{4}"
              // the six-year-old union, the five-member bloc, the nine-nation grouping
              + "|(?:[a-z]+|\\d+)-(?:year-old|member|nation|country|state))\\s+){1,2}"
              + "(organi[sz]ation|bloc|alliance|grouping|union|treaty|pact|accord|agreement|convention)(?![\\p{L}\\p{N}])"
              + "(?!\\s+(?:of|for|on|between|with|that(?!\\s+(?:year|month|week|day|spring|summer|autumn|winter|time|decade)\\b)|which|[a-z]+ing)\\b)");

  /**
   * A verb or noun of founding right before a Russian новой организации, новой структуры: the body
   * to be founded is another than the one named last (идею создания новой организации).
   */
  private static final Pattern FOUNDING_BEFORE_RU =
      Pattern.compile(
          "(?<![\\p{L}])(?:созда|учрежд|учред|формирова|сформирова|образова|основа)[а-яё]*\\s+$");

  private static final Pattern DESCRIBED_RU =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:эт[аоуи][а-я]*|данн[а-я]+)\\s+(?:[а-яё-]+(?:ая|ой|ую|ый|ого|ому|ым|ом|ое|ий|его|ему|им|ем)\\s+){1,2}"
              + "(организаци(?:я|и|ю|ей)|блок(?:а|у|ом|е)?|союз(?:а|у|ом|е)?|альянс(?:а|у|ом|е)?|объединени(?:е|я|ю|ем)"
              + "|договор(?:а|у|ом|е)?|соглашени(?:е|я|ю|ем))(?![\\p{L}\\p{N}])");

  /**
   * A bare Russian организация (Russian has no article): the organisation the paragraph named last
   * (в организацию вступили…, генеральный секретарь организации). Not after a plural or an
   * adjective of kind (международные организации, другой организации, Всемирная организация
   * здравоохранения: another, or many; an adjective before it names another). Not in a second
   * clause after ", а" that follows the organisation's name (вступила в ОДКБ…, а Армения
   * присоединилась к организации): the rule ru_joined_same_union reads that shape itself. In an
   * entry on an organisation (its title names one) it is the title's, as 該組織 is, unless the
   * paragraph or the sentence names another first ({@link #titleFor}, {@link #titleStands}).
   */
  private static final Pattern BARE_ORG_RU =
      Pattern.compile("(?<![\\p{L}\\p{N}])организаци(?:я|и|ю|ей)(?![\\p{L}\\p{N}])");

  private static final Pattern SECOND_CLAUSE = Pattern.compile("[,，]\\s*а\\s");

  /**
   * A capital Организация inside the sentence begins a name the gazetteer lacks (членом Организации
   * исламского сотрудничества), not the organisation named before; at the sentence's start the
   * capital says nothing.
   */
  private static boolean namesOrganization(String raw, String v, int at) {
    return raw != null
        && raw.length() == v.length()
        && Character.isUpperCase(raw.charAt(at))
        && !raw.substring(0, at).replaceAll("[\\s«\"“„(—–-]+", "").isEmpty()
        && !raw.substring(0, at).stripTrailing().matches("(?s).*[.!?:]$");
  }

  /**
   * What may not stand right before a bare Russian организация, страна or республика for it to
   * refer back: an adjective (другая, новая, соседняя, международные), a pronoun or a count; not
   * the adverb впервые, whose ending is an adjective's (Впервые республика вышла из блока в 1999
   * году).
   */
  static final Pattern BARE_ORG_RU_NOT_AFTER =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?!впервые\\s)[а-яё]+(?:ые|ие|ых|их|ыми|ими)|[а-яё]{2,}(?:ая|яя|ую|юю)|международн[а-я]+|друг[а-я]+|ин[ао][йея][а-я]*|кажд[а-я]+|люб[а-я]+|"
              + "одн[а-я]+|нов[а-я]+|так[а-я]+|как[а-я]+|эт[а-я]+|данн[а-я]+|сво[а-я]+|ее|её|его|их|об[ае]|обеих|обоих)\\s+$");

  /**
   * "it" as the object of a verb of signing, joining or leaving (Kazakhstan ratified it, Uzbekistan
   * acceded to it in 2013): the agreement or organisation named last in the paragraph; joined it,
   * to join it: an initiative too (China launched the Belt and Road Initiative. Kazakhstan was the
   * first to join it).
   */
  private static final Pattern IT_OBJECT =
      Pattern.compile(
          "(?<![\\p{L}])(?:signed|ratified|acceded to|joined|left|quit|denounced|renewed|extended|extend|renew"
              + "|withdrew from|walked out of|pulled out of|sign|ratify|join|leave|accede to"
              + "|leases|leased|lease|rents|rented|rent|operates|operated|operate)\\s+(it)(?![\\p{L}\\p{N}])");

  /** The verbs of {@link #IT_OBJECT} whose "it" is a place held: a facility (Russia leases it). */
  private static final Pattern HOLDING =
      Pattern.compile("(?:leases|leased|lease|rents|rented|rent|operates|operated|operate)\\b");

  /**
   * Russian к нему, к ней with a verb of joining, after it or right before it (к нему
   * присоединились Азербайджан и Грузия; присоединился к ней): the agreement, organisation or
   * initiative named last, in this sentence before the pronoun or in the previous one, as "joined
   * it" is in English; нему after a man named last (not the verb's own subject) is him. Entering
   * and leaving (вступил в неё, вышел из него) the rules read themselves, from the organisation
   * named before in the sentence.
   */
  private static final Pattern IT_OBJECT_RU =
      Pattern.compile(
          "(?:(?<=присоедин[а-яё]{0,8}\\s{1,3}к\\s{1,3})|(?<![\\p{L}])к\\s{1,3}(?=(?:нему|ней)\\s+(?:[а-яё]+\\s+){0,2}"
              + "присоедин))(нему|ней)(?![\\p{L}])");

  /**
   * What stands between a joining verb's subject and its к нему, к ней (Лукашенко в 1993 году
   * присоединился к нему; Лукашенко к нему присоединился): at most three words and the verb, or
   * nothing.
   */
  private static final Pattern JOINER_SUBJECT_RU =
      Pattern.compile("\\s*(?:(?:[\\p{L}\\p{N}]+\\s+){0,3}присоедин[а-яё]{0,8}\\s{1,3})?к\\s{1,3}");

  /**
   * A capital Договор inside a Russian sentence with no name after it (не подписали протокол о
   * продлении Договора, выйдя таким образом из Договора): the treaty the paragraph named by a
   * Russian name beginning with Договор (Договор о коллективной безопасности), as English writes
   * "the Treaty". A capital Договор followed by о, об, между or по begins a name of its own.
   */
  private static final Pattern BARE_TREATY_RU =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])договор(?:а|у|ом|е)?(?![\\p{L}\\p{N}])(?!\\s+(?:о|об|между|по)\\s)");

  /**
   * What may stand before a Russian topic in its clause: nothing, or one adverb of manner or time
   * (Первоначально, Официально, Впоследствии, Позднее), after the sentence's start or a clause
   * mark.
   */
  private static final Pattern TOPIC_OPENING_RU =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*)(?:(?:[а-яё]+(?:льно|нно|чно)|впоследствии|позднее|позже|затем|сначала|вскоре"
              + "|однако|ранее)\\s+)?$");

  /**
   * Whether the word at {@code at} opens its clause as its topic, followed by a comma or a verb's
   * phrase rather than a name of its own (Первоначально договор, заключённый на пять лет,
   * подписали…; Вступив в силу, договор в 1999 году был продлён): Russian puts what is already
   * known first, so a bare договор there is the treaty the paragraph named, as a capital Договор
   * inside the sentence is. Only the nominative or accusative договор, and no list's item
   * (подписали заявление, договор и меморандум).
   */
  private static boolean topicOfClause(String v, int at, int end) {
    return v.startsWith("договор", at)
        && end == at + "договор".length()
        && !LIST_AFTER_RU.matcher(v.substring(end)).lookingAt()
        && TOPIC_OPENING_RU.matcher(v.substring(0, at)).find();
  }

  /**
   * What makes a clause-opening договор a list's item rather than its clause's topic (подписали
   * заявление, договор и меморандум): и, или or a comma right after it, unless the comma opens an
   * aside (договор, рассчитанный на пять лет, …; договор, который …).
   */
  private static final Pattern LIST_AFTER_RU =
      Pattern.compile(
          "\\s*(?:(?:и|или|а\\s+также)(?![\\p{L}])|,(?!\\s*(?:котор[а-яё]+|[а-яё]+(?:нн|т|вш|ющ|ящ|ем|им)(?:ый|ая|ое|ые|ий|ее|ие)|заключ[а-яё]+|подписан[а-яё]*)(?![\\p{L}])))");

  /**
   * Whether a Russian pronoun (нему: masculine or neuter; ней: feminine) agrees with the actor's
   * Russian name, by the ending of its first word (Договор, Соглашение, Содружество; Организация,
   * Инициатива, Декларация); an actor with no Russian name of several words agrees with either.
   */
  private static boolean agreesInGender(Actor a, String pronoun) {
    for (String n : a.names()) {
      if (n.indexOf(' ') > 0 && n.chars().anyMatch(c -> c >= 'А' && c <= 'я')) {
        String first = n.substring(0, n.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
        boolean feminine = first.endsWith("я") || first.endsWith("а");
        return feminine == pronoun.equals("ней");
      }
    }
    return true;
  }

  /**
   * Whether an agreement has a Russian name that begins with Договор (the Treaty it stands for).
   */
  private static boolean russianTreaty(Actor a) {
    return a.label().equals("Agreement")
        && a.names().stream().anyMatch(n -> n.startsWith("Договор "));
  }

  /** The verbs of {@link #IT_OBJECT} that take a document first: a treaty is acceded to. */
  private static final Pattern ACCEDE = Pattern.compile("acceded? to\\b");

  /** The verbs of {@link #IT_OBJECT} whose object can only be a document. */
  private static final Pattern SIGNING =
      Pattern.compile("(?:signed|ratified|denounced|renewed|extended|extend|renew|sign|ratify)\\b");

  /**
   * A document named by a common noun (the protocol, a treaty): an antecedent the gazetteer lacks.
   */
  private static final Pattern DOCUMENT_NOUN =
      Pattern.compile(
          "(?<![\\p{L}])(?:treaty|treaties|protocol|agreement|convention|charter|accord|pact|deal|memorandum|declaration"
              + "|document|organi[sz]ation|bloc|alliance)(?![\\p{L}])");

  /**
   * Whether a document noun no mention covers stands in this sentence before the pronoun at {@code
   * at}, or in the previous one when the antecedent {@code b} is there: the pronoun may refer to it
   * rather than to {@code b}.
   */
  private static boolean unlinkedDocument(
      Mention b, List<Mention> here, String v, int at, List<Mention> prev, String prevView) {
    boolean inHere = here.contains(b);
    if (uncovered(here, v, 0, at)) {
      return true;
    }
    return !inHere && prevView != null && uncovered(prev, prevView, 0, prevView.length());
  }

  /**
   * A Russian noun for a document, a body or a project that no mention covers (проект, инициатива,
   * соглашение, формат, механизм): an antecedent the gazetteer lacks.
   */
  private static final Pattern DOCUMENT_NOUN_RU =
      Pattern.compile(
          "(?<![\\p{L}])(?:договор(?![иёюя])|соглашени|протокол|меморандум|деклараци|конвенци|хартия|хартии|проект"
              + "|инициатив|программ|организаци|союз|блок|альянс|объединени|формат|механизм|форум|пакт)[а-яё]*(?![\\p{L}])");

  /**
   * Whether such a noun stands after the antecedent {@code b} (in this sentence, or anywhere in it
   * before the pronoun at {@code at} when {@code b} is in an earlier one).
   */
  private static boolean unlinkedRussianDocument(Mention b, List<Mention> ms, String v, int at) {
    int from = ms.contains(b) ? b.end() : 0;
    return uncovered(DOCUMENT_NOUN_RU, ms, v, from, at);
  }

  private static boolean uncovered(List<Mention> ms, String v, int from, int to) {
    return uncovered(DOCUMENT_NOUN, ms, v, from, to);
  }

  /** Whether {@code noun} matches between {@code from} and {@code to} outside every mention. */
  private static boolean uncovered(Pattern noun, List<Mention> ms, String v, int from, int to) {
    Matcher d = noun.matcher(v);
    d.region(Math.min(from, v.length()), Math.min(Math.max(from, to), v.length()));
    while (d.find()) {
      int b = d.start();
      int e = d.end();
      if (ms.stream().noneMatch(x -> x.begin() <= b && e <= x.end())) {
        return true;
      }
    }
    return false;
  }

  private static void described(
      String v,
      String raw,
      List<Mention> here,
      List<Mention> history,
      List<Mention> prev,
      String prevView,
      Actor titleHere,
      List<Mention> added) {
    for (Pattern p :
        List.of(
            DESCRIBED_EN,
            DESCRIBED_RU,
            BARE_ORG_RU,
            BARE_COUNTRY_RU,
            IT_OBJECT,
            BARE_TREATY_RU,
            IT_OBJECT_RU)) {
      Matcher m = p.matcher(v);
      while (m.find()) {
        boolean bare = p == BARE_ORG_RU || p == BARE_COUNTRY_RU || p == BARE_TREATY_RU;
        int g = bare ? 0 : 1;
        int at = p == IT_OBJECT || p == IT_OBJECT_RU ? m.start(1) : m.start();
        // a lower-case договор is any treaty; at the sentence's start the capital says nothing;
        // but a договор that opens its clause as its topic is the treaty already named
        if (p == BARE_TREATY_RU
            && !topicOfClause(v, at, m.end())
            && (raw == null
                || raw.length() != v.length()
                || !Character.isUpperCase(raw.charAt(at))
                || raw.substring(0, at).strip().isEmpty())) {
          continue;
        }
        int end = m.end();
        int from = at;
        if (overlapsName(here, m.start(g), m.end(g))
            || p == BARE_COUNTRY_RU && RussianReferences.pluralCountryWord(v, at, end)
            || possessiveOfName(v, m.end(), here)
            || p == DESCRIBED_EN && EnglishReferences.inQuotedTitle(raw, v, at, m.end())
            || added.stream().anyMatch(x -> x.begin() < m.end() && from < x.end())
            || bare
                && (BARE_ORG_RU_NOT_AFTER.matcher(v.substring(Math.max(0, at - 30), at)).find()
                    || p != BARE_TREATY_RU && namesOrganization(raw, v, at)
                    || here.stream()
                        .anyMatch(
                            x ->
                                x.end() <= from
                                    && x.actor().label().equals("Organization")
                                    && !x.method().equals("coref")
                                    && SECOND_CLAUSE.matcher(v.substring(x.end(), from)).find()))) {
          continue;
        }
        String noun = m.group(g);
        List<String> labels =
            p == IT_OBJECT || p == IT_OBJECT_RU
                ? SIGNING.matcher(m.group()).lookingAt()
                    ? List.of("Agreement")
                    : HOLDING.matcher(m.group()).lookingAt()
                        ? List.of("Facility")
                        : List.of("Agreement", "Organization", "Initiative")
                : noun.matches("(treaty|pact|accord|agreement|convention|договор|соглашени).*")
                    ? List.of("Agreement")
                    : p == BARE_COUNTRY_RU ? List.of("Country") : List.of("Organization");
        List<Mention> before =
            new ArrayList<>(p == IT_OBJECT || p == IT_OBJECT_RU ? prev : history);
        // the treaty came up for renewal…, Azerbaijan declined to extend it: a referring word of
        // this sentence before the pronoun is its antecedent too, in the order of the text
        List<Mention> sentence = new ArrayList<>();
        here.stream().filter(x -> x.end() <= from).forEach(sentence::add);
        added.stream()
            .filter(x -> x.end() <= from && x.method().equals("coref"))
            .forEach(sentence::add);
        sentence.sort(Comparator.comparingInt(Mention::begin));
        before.addAll(sentence);
        if (p == DESCRIBED_EN) {
          // the Russian-led bloc after the Russian-led CSTO and the China-backed SCO: the one
          // whose modifier agrees
          before = EnglishReferences.agreeingModifier(v, at, end, here, prev, prevView, before);
        }
        List<Mention> covering = new ArrayList<>(here);
        covering.addAll(added);
        if (p == BARE_ORG_RU
            && titleHere != null
            && titleStands(titleHere, here, from)
            && !neverThatMany(titleHere, v, at, end)) {
          // в рамках организации in an entry on the CSTO: the title's organisation, not a body
          // named on the way in an earlier sentence (ООН, Генеральная Ассамблея), as 該組織 is
          added.add(new Mention(titleHere, at, end, "coref", 0.65));
          continue;
        }
        if (p == BARE_COUNTRY_RU
            && before.stream()
                    .filter(x -> x.actor().label().equals("Country"))
                    .map(x -> x.actor().id())
                    .distinct()
                    .count()
                != 1) {
          continue; // a bare страна after two states could be either: only one named reads
        }
        if (p == IT_OBJECT && ACCEDE.matcher(m.group()).lookingAt()) {
          // a treaty is acceded to, an organisation joined: the one agreement named before the
          // pronoun (A free trade treaty signed by … is one of the few Commonwealth agreements.
          // Uzbekistan acceded to it: the treaty, not the Commonwealth named after it)
          List<Actor> docs =
              before.stream()
                  .map(Mention::actor)
                  .filter(a -> a.label().equals("Agreement"))
                  .distinct()
                  .toList();
          if (docs.size() == 1) {
            labels = List.of("Agreement");
          }
        }
        for (int k = before.size() - 1; k >= 0; k--) {
          Mention b = before.get(k);
          Actor a = b.actor();
          if (p == IT_OBJECT_RU && unlinkedRussianDocument(b, covering, v, from)) {
            break; // Россия выдвинула проект, и к нему присоединились…: the project, unnamed
          }
          if (p == IT_OBJECT_RU && a.label().equals("Person")) {
            // a person named before the pronoun: the joining verb's own subject is none (В 1993
            // году Лукашенко присоединился к нему: the treaty); нему after any other man named
            // last is him (Токаев выступил первым, к нему присоединился Мирзиёев); ней is no man
            if (sentence.contains(b)
                    && JOINER_SUBJECT_RU.matcher(v.substring(b.end(), from)).matches()
                || !m.group(1).equals("нему")
                || InSentenceReferences.gender(a) != 'm') {
              continue;
            }
            break;
          }
          if (!labels.contains(a.label())
              || p == DESCRIBED_EN && BLOC_NOUN.matcher(noun).matches() && isBody(a)
              || p == BARE_TREATY_RU && !russianTreaty(a)
              || p == IT_OBJECT_RU && !agreesInGender(a, m.group(1))) {
            continue;
          }
          if (p == IT_OBJECT && unlinkedDocument(b, covering, v, from, prev, prevView)) {
            break; // Russia ratified the protocol …; the United States signed it: the protocol
          }
          if (p == BARE_ORG_RU && a.partOf() != null) {
            // в организацию вступили…: the organisation, not its body named last (РАТС ШОС), when
            // the
            // paragraph names the organisation too
            for (Mention o : before) {
              if (o.actor().id().equals(a.partOf())) {
                a = o.actor();
                break;
              }
            }
          }
          if (p == BARE_ORG_RU && neverThatMany(a, v, at, end)) {
            break; // девятым членом организации: not the CSTO, never nine strong
          }
          added.add(new Mention(a, at, end, "coref", 0.65));
          break;
        }
      }
    }
  }

  /**
   * A member word whose organisation is the one the paragraph is about: 成為第九個正式成員國, 成為新成員 (an
   * ordinal or a new member needs an organisation; so do a full or founding member, 於2017年成為正式成員國,
   * 升格為正式成員國, as encyclopaedias write of the organisation a paragraph is about), its founding
   * members, её полноправным членом; also a plain member word after 正式成為 (於2017年正式成為成員國: formally
   * becoming a member is of a particular organisation). Linked at the possessive (Russian, English)
   * or as an empty mention before the ordinal (Chinese), so that the member rules read 「成為 組織
   * 第九個成員國」.
   */
  /**
   * 接納亞塞拜然、亞美尼亞為對話夥伴, 成為觀察員國, 獲得觀察員地位 with no organisation named in the sentence: in an entry on an
   * organisation (its title names it) the status is in that one; elsewhere it is left alone (an
   * observer of which body the paragraph's last one need not say). Also a status held (具有觀察員身分,
   * 擔任觀察員國多年後), the first one (成為首個觀察員以來) and Taiwan's 身分 beside 身份.
   */
  private static final Pattern STATUS_ZH =
      Pattern.compile(
          "(?<=成为|转为|升格为|列为|接纳为|[\\p{IsHan}&&[^成转升列纳认视作称]]为)(?=(?:对话伙伴|观察员)国?(?:[，。；、,;]|$))"
              + "|(?<=成为首个|成为第一个)(?=(?:对话伙伴|观察员)国?(?:[，。；、,;]|以来|之后|后|$))"
              + "|(?<=获得|取得|获得了|取得了|具有|拥有|具备|担任)(?=(?:对话伙伴|观察员)国?(?:身份|身分|地位|资格)(?!的))"
              + "|(?<=担任)(?=(?:对话伙伴|观察员)国(?:多年|期间|以来|之后|后|[，。；,;]))");

  private static final Pattern ORDINAL_MEMBER_ZH =
      Pattern.compile(
          "(?<=成为|升格为|转为|晋升为|为|是|作为|身为|同为|均为|皆为)(?=(?:(?:第[^，。；、]{1,3}个|新)(?:正式)?|正式|创始)(?:成员国|会员国|成员))"
              + "|(?<=正式成为|正式升格为)(?=(?:成员国|会员国|成员)(?:[，。；,;]|$))");

  /** The English nouns of a bloc of states: a body of an organisation is none. */
  private static final Pattern BLOC_NOUN = Pattern.compile("bloc|alliance|grouping|union");

  /**
   * A body of an organisation (its secretariat, its anti-terrorist structure, its commission): an
   * actor the gazetteer puts inside an organisation. The bloc, the Russian-led military alliance
   * refer to a bloc of states, not to such a body named last (the SCO's Regional Anti-Terrorist
   * Structure … The Russian-led military alliance: the CSTO named before).
   */
  static boolean isBody(Actor a) {
    if (a.partOf() == null || !a.label().equals("Organization")) {
      return false;
    }
    Actor parent = Gazetteer.load().get(a.partOf());
    return parent != null && parent.label().equals("Organization");
  }

  /**
   * The organisation a body belongs to when the paragraph names it (РАТС ШОС → ШОС): a body has no
   * member states of its own.
   */
  static Actor parentOf(Actor a, List<Mention> before) {
    if (a.partOf() == null) {
      return a;
    }
    for (Mention o : before) {
      if (o.actor().id().equals(a.partOf()) && o.actor().label().equals("Organization")) {
        return o.actor();
      }
    }
    return a;
  }

  private static final Pattern ITS_MEMBER =
      Pattern.compile(
          "(?<![\\p{L}])(its)\\s+(?:(?:full|founding|founder|original|permanent|associate|newest|new|first|"
              + "[a-z]+(?:th|st|nd|rd))\\s+){0,2}(?:members?|member states?|member-states?|founders)(?![\\p{L}])"
              + "(?!\\s+(?:of|states? of)\\b)|(?<![\\p{L}])(её|ее|его)\\s+(?:[а-яё]+(?:ым|им|ой|ей|ого|его|ых|их|ыми|ими)\\s+){0,2}"
              + "(?:член(?:ом|ами|ов|а|ы)?|участник(?:ом|ами|ов|а|и)?)(?![\\p{L}])");

  /**
   * A Russian status word heading the sentence with no organisation named (Наблюдателями также
   * являются Венгрия…, Статус партнёров по диалогу получили Турция…): the status in the
   * organisation the paragraph is about, linked as an empty mention right after the word, so that
   * the inverted status rules read 「наблюдателями 組織 являются」.
   */
  private static final Pattern STATUS_HEAD_RU =
      Pattern.compile(
          "^\\s*(?:статус\\s+)?(?:наблюдател[а-яё]*|партн[её]р[а-яё]*\\s+по\\s+диалогу)(?![\\p{L}])");

  /**
   * An organisation's head office that no state holds: its secretary general, director general or
   * executive secretary ({@link #OFFICE_ZH}, {@link ChineseReferences#thisPost}).
   */
  static final String ORG_HEAD_ZH = "秘书长|总干事|执行秘书";

  /**
   * An organisation's office after a verb of taking it, with no organisation named (諾羅夫於2019年擔任秘書長,
   * 由前外長出任總幹事): the office of the organisation the paragraph is about, linked as an empty mention
   * right before the title, so that the title rules read 「擔任 組織 秘書長」. Not 主席 (a state's, a party's
   * or a council's chair as often).
   */
  private static final Pattern OFFICE_ZH =
      Pattern.compile("(?:担任|出任|接任|就任|升任|继任)(" + ORG_HEAD_ZH + ")");

  /**
   * A Chinese status word right after the states it is said of, perhaps counted (蒙古、伊朗與印度三個觀察員國也派
   * 代表團出席; 土耳其與埃及等對話夥伴國): their status in the organisation the paragraph is about, linked as an
   * empty mention before the status word, so that the observer rule reads 「states 三個 組織 觀察員國」. The
   * count must agree with the states listed before it.
   */
  private static final Pattern STATUS_AFTER_LIST_ZH =
      Pattern.compile("(等)?(?:(1[0-9]|[2-9]|[两二三四五六七八九十])个)?(?:观察员国|观察员|对话伙伴国|对话伙伴)");

  private static void statusAfterList(
      String v, List<Mention> here, List<Mention> history, Actor titleOrg, List<Mention> added) {
    Matcher m = STATUS_AFTER_LIST_ZH.matcher(v);
    while (m.find()) {
      int at = m.start();
      List<Mention> states =
          here.stream().filter(x -> isCountry(x) && !x.method().equals("coref")).toList();
      if (states.stream().noneMatch(x -> x.end() == at)) {
        continue;
      }
      if (m.group(1) == null && m.group(2) == null && !m.group().endsWith("国")) {
        continue; // 俄羅斯和哈薩克觀察員表示: observers who are people (of an election), no status
      }
      if (m.group(1) == null && m.group(2) != null) {
        // 蒙古與伊朗等四個觀察員國 (and others) need not agree
        List<Actor> list =
            lastListIn(
                here.stream().filter(x -> x.end() <= at).toList(),
                v,
                ChineseReferences.count(m.group(2)));
        if (list.isEmpty()) {
          continue; // 蒙古與伊朗三個觀察員國: the count does not agree with the list
        }
      }
      // right before the status word: after the measure word 个, else after 等
      int word = m.group(2) != null ? m.end(2) + 1 : m.group(1) != null ? m.end(1) : at;
      List<Mention> before = new ArrayList<>(history);
      List<Actor> last = lastDistinct(before, "Organization", 1);
      if (last.isEmpty()
          && titleOrg != null
          && titleStands(titleOrg, here, at)
          && partNamed(titleOrg, history, here, at)) {
        // the paragraph names no organisation, only its summit or council (上合組織成員國元首理事會第七次會議): in a
        // report whose title names one, the states are that one's observers; not when the paragraph
        // names none of its parts (北極理事會部長級會議…三個觀察員國)
        last = List.of(titleOrg);
      }
      for (Actor a : last) {
        Actor org = parentOf(a, before);
        if (noneStanding(org, here, v, at)) { // 中國、印度、日本三個觀察員國: China is no observer of the SCO
          added.add(new Mention(org, word, word, "coref", 0.6));
        }
      }
    }
  }

  /**
   * Whether the paragraph (or this sentence before {@code at}) names a part of {@code org}: one the
   * gazetteer says is its, or a counted meeting found under its name (上海合作組織成員國元首理事會第七次會議).
   */
  private static boolean partNamed(Actor org, List<Mention> history, List<Mention> here, int at) {
    return Stream.concat(history.stream(), here.stream().filter(x -> x.end() <= at))
        .anyMatch(
            x ->
                org.id().equals(x.actor().partOf())
                    || x.actor().discovered()
                        && x.actor().names().stream()
                            .anyMatch(n -> org.names().stream().anyMatch(n::startsWith)));
  }

  /**
   * Whether none of the states listed right before {@code at} is a standing member of {@code org}
   * (a member at every count the data file's member_counts gives): those are no one's observers.
   */
  private static boolean noneStanding(Actor org, List<Mention> here, String v, int at) {
    Set<String> standing = ChineseReferences.standingMembers(org);
    List<List<Actor>> runs = runsIn(here.stream().filter(x -> x.end() <= at).toList(), v);
    return runs.isEmpty()
        || runs.get(runs.size() - 1).stream().noneMatch(a -> standing.contains(a.id()));
  }

  /**
   * Between a status word and an organisation named after it, a new clause that turns away from the
   * status (，卻因聯合國制裁, 但由於, 然而): the organisation is not the one the status is held in. Any other
   * text (，聯合國大會以…通過, ，直到2002年才加入聯合國, 後，於2012年正式加入) leaves the status to that organisation's
   * reading, or to none.
   */
  private static final Pattern STATUS_TURN_ZH = Pattern.compile("[，,；;]\\s*(?:却|但|然而|因|由于|受)");

  private static void memberOf(
      String v, List<Mention> here, List<Mention> history, Actor titleOrg, List<Mention> added) {
    // the sentence names its organisation: only a status word before it (德黑蘭於2005年獲得觀察員身分，卻因聯合國
    // 制裁而…: the organisation named after the status is not the one it is held in) is left to read
    List<Mention> orgs =
        here.stream()
            .filter(x -> x.actor().label().equals("Organization") && !x.method().equals("coref"))
            .toList();
    if (orgs.isEmpty()) {
      statusAfterList(v, here, history, titleOrg, added);
    }
    for (Pattern p : List.of(ORDINAL_MEMBER_ZH, STATUS_ZH, ITS_MEMBER, STATUS_HEAD_RU, OFFICE_ZH)) {
      if (p == STATUS_ZH && titleOrg == null) {
        continue; // a status with no organisation named is only read in an entry on one
      }
      if (!orgs.isEmpty() && p != STATUS_ZH) {
        continue;
      }
      Matcher m = p.matcher(v);
      while (m.find()) {
        boolean empty =
            p == ORDINAL_MEMBER_ZH || p == STATUS_ZH || p == STATUS_HEAD_RU || p == OFFICE_ZH;
        int g = empty ? 0 : m.group(1) != null ? 1 : 2; // ITS_MEMBER: English or Russian
        int at = p == OFFICE_ZH ? m.start(1) : empty ? m.end() : m.start(g);
        int end = empty ? at : m.end(g);
        if (orgs.stream().anyMatch(x -> x.begin() < at)) {
          continue;
        }
        if (p == STATUS_ZH) {
          int next = orgs.stream().mapToInt(Mention::begin).filter(b -> b >= at).min().orElse(-1);
          if (next >= 0 && !STATUS_TURN_ZH.matcher(v.substring(at, next)).find()) {
            continue; // 巴勒斯坦於2012年獲得觀察員國地位，聯合國大會以138票贊成通過
          }
          if (Stream.concat(here.stream(), added.stream())
              .anyMatch(
                  x ->
                      x.method().equals("coref")
                          && x.actor().label().equals("Organization")
                          && x.begin() < x.end()
                          && x.begin() < at)) {
            continue; // 該組織於2004年獲得觀察員地位: the organisation is the observer, not the body
          }
        }
        if (added.stream()
            .anyMatch(x -> x.begin() <= at && at < Math.max(x.end(), x.begin() + 1))) {
          continue;
        }
        List<Mention> before = new ArrayList<>(history);
        added.stream().filter(x -> x.end() <= at).forEach(before::add);
        List<Actor> last = lastDistinct(before, "Organization", 1);
        boolean title = titleOrg != null && titleStands(titleOrg, here, at);
        if (p == STATUS_ZH && !title) {
          continue;
        }
        if (title && (p == ORDINAL_MEMBER_ZH || p == STATUS_ZH)) {
          // 成為第十個成員國 in an entry on an organisation (the paragraph names no other): the
          // title's, not one of its bodies an earlier sentence named on the way
          last = List.of();
          added.add(new Mention(titleOrg, at, end, "coref", 0.6));
        }
        for (Actor a : last) {
          added.add(new Mention(parentOf(a, before), at, end, "coref", 0.6));
        }
      }
    }
  }

  /**
   * 各方, 與會各國, the parties, все стороны: every state of the last list of three or more (or group
   * word) in this paragraph, as 雙方 is the last pair.
   */
  private static final Pattern PARTIES =
      Pattern.compile(
          "与会各方|与会各国|与会国家|各方|(?<![\\p{L}])(?:the parties|all parties|all sides|все стороны|всех сторон|участники встречи)(?![\\p{L}])");

  private static void parties(String v, List<Mention> here, Context cx, List<Mention> added) {
    Matcher m = PARTIES.matcher(v);
    while (m.find()) {
      int at = m.start();
      if (overlapsName(here, at, m.end())
          || added.stream().anyMatch(x -> x.begin() < m.end() && at < x.end())) {
        continue;
      }
      List<Actor> list = List.of();
      for (int n = 12; n >= 3 && list.isEmpty(); n--) {
        list = lastListIn(here.stream().filter(x -> x.end() <= at).toList(), v, n);
      }
      for (int k = cx.s() - 1; k >= cx.paraStart() && list.isEmpty(); k--) {
        for (int n = 12; n >= 3 && list.isEmpty(); n--) {
          list = lastListIn(cx.out().get(k), cx.views().get(k), n);
        }
        if (list.isEmpty()) {
          list = lastCount(cx.out().get(k));
        }
      }
      for (Actor a : list) {
        added.add(new Mention(a, at, m.end(), "coref", 0.6));
      }
    }
  }

  /**
   * The leaders, the heads of state, участники саммита, лидеры, 與會領導人 as a clause subject: the
   * states of the summit or meeting named last in the paragraph (the last sentence with a summit or
   * meeting word naming two or more states, this one before the word included). Not before of, from
   * or who (the leaders of Kazakhstan and Uzbekistan name their own), nor before a name (лидеры
   * Казахстана). A bare Russian участники or лидеры right before a plural past verb is that verb's
   * subject after any fronted phrase too (По итогам заседания участники подписали декларацию), not
   * a word of a compound (государства-участники).
   */
  private static final Pattern LEADERS =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*|(?<![\\p{L}])(?:and|и|а|затем)\\s+)(the leaders|the heads of state|the presidents"
              + "|участники саммита|участники встречи|лидеры|главы государств|президенты)(?![\\p{L}])"
              + "(?!\\s+(?:of|from|who|whose|[a-z]+ing)\\b)|与会领导人|与会各国领导人|与会元首|与会各国元首"
              + "|(?<![\\p{L}-])(?:участники|лидеры)(?=\\s+(?:(?:также|затем|вновь|совместно|официально)\\s+)?"
              + "[а-яё]+(?:ли|лись)(?![\\p{L}]))");

  /**
   * Central Asia in the genitive right after a Russian leaders word: главы государств Центральной
   * Азии.
   */
  private static final Pattern OF_CENTRAL_ASIA =
      Pattern.compile(
          "\\s+(?:(?:государств|стран)\\s+)?(?:центральной|средней)\\s+азии(?![\\p{L}])");

  private static final Pattern MEETING =
      Pattern.compile(
          "summit|meeting|(?<![\\p{L}])met(?![\\p{L}])|саммит|встреч|заседани|совещани|峰会|会晤|会议|会谈");

  private static void leaders(String v, List<Mention> here, Context cx, List<Mention> added) {
    Matcher m = LEADERS.matcher(v);
    while (m.find()) {
      int at = m.group(1) != null ? m.start(1) : m.start();
      int end = m.group(1) != null ? m.end(1) : m.end();
      if (taken(here, added, at, end)
          || here.stream()
              .anyMatch(
                  x -> x.begin() >= end && x.begin() - end <= 2 && !x.method().equals("coref"))) {
        continue;
      }
      Map<String, Actor> states = new LinkedHashMap<>();
      if (OF_CENTRAL_ASIA.matcher(v).region(end, v.length()).lookingAt()) {
        // главы государств Центральной Азии: the region's states, not the last meeting's
        for (Actor a : cx.centralAsia()) {
          added.add(new Mention(a, at, end, "coref", 0.6));
        }
        continue;
      }
      Set<String> events = new HashSet<>();
      if (MEETING.matcher(v.substring(0, at)).find()) {
        here.stream()
            .filter(x -> x.end() <= at && isCountry(x))
            .forEach(x -> states.putIfAbsent(x.actor().id(), x.actor()));
        // At the SCO summit in Bishkek, the heads of state signed: the leaders of the summit this
        // sentence names, not of another meeting an earlier sentence described
        here.stream()
            .filter(x -> x.end() <= at && namesEvent(x, v) && !x.method().equals("coref"))
            .forEach(x -> events.add(x.actor().id()));
      }
      for (int k = cx.s() - 1; k >= cx.paraStart() && states.size() < 2; k--) {
        states.clear();
        if (MEETING.matcher(cx.views().get(k)).find()
            && (events.isEmpty()
                || cx.out().get(k).stream().anyMatch(x -> events.contains(x.actor().id())))) {
          cx.out().get(k).stream()
              .filter(Coreference::isCountry)
              .forEach(x -> states.putIfAbsent(x.actor().id(), x.actor()));
        }
      }
      if (states.size() < 2) {
        continue;
      }
      for (Actor a : states.values()) {
        added.add(new Mention(a, at, end, "coref", 0.6));
      }
    }
  }

  /**
   * A state's adjective and a head's title without a name (the Chinese leader, Российский
   * президент, 俄總統): the person of that state the paper named last, when the paper names them with
   * a head's title somewhere before (President Xi Jinping…; the Chinese leader conveyed). Linked as
   * an empty mention right after the title, so that the title rules read 「state title person」. Not
   * before a name (Russian President Vladimir Putin names its own) nor before of. In Chinese only
   * after a state's one-char short form (塔總統, 烏國總統: the abbreviation stands for the head the paper
   * has been naming), not after its full name (哈薩克總統 may be any holder of the office), and 總統 or
   * 國家元首 only, not as part of an election or an office (總統大選, 總統府).
   */
  private static final Pattern HEAD_TITLE =
      Pattern.compile(
          "(?<![\\p{L}])(?:leader|president|head of state|президент|лидер)(?![\\p{L}])(?!\\s+of\\b)"
              + "|(?:总统|国家元首)(?!大选|选举|府|制|候选|职|任期|办公|官邸|令|之位|人选|宝座)");

  /**
   * A head's title before a person's name (President Xi Jinping, президент России Владимир Путин).
   */
  private static final Pattern TITLED =
      Pattern.compile(
          "(?:president|leader|президент[а-я]*|лидер[а-я]*|总统|主席|领导人)[^.;:。；，,]{0,14}$");

  private static void stateLeader(String v, List<Mention> here, Context cx, List<Mention> added) {
    Matcher m = HEAD_TITLE.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      if (overlapsName(here, at, end)
          || here.stream()
              .anyMatch(
                  x ->
                      x.actor().label().equals("Person")
                          && x.begin() >= end
                          && x.begin() - end <= 3)) {
        continue;
      }
      boolean han = Character.UnicodeScript.of(v.codePointAt(at)) == Character.UnicodeScript.HAN;
      Mention state = null;
      for (Mention x : here) {
        if (isCountry(x)
            && !x.method().equals("coref")
            && x.end() <= at
            && (han
                ? x.end() == at
                    && (x.method().equals("short")
                        || x.end() - x.begin() == 2 && v.charAt(x.end() - 1) == '国')
                : at - x.end() == 1 && stateAdjective(x, v))) {
          state = x;
        }
      }
      if (state == null) {
        continue;
      }
      String id = state.actor().id();
      Actor person = null;
      search:
      for (int k = cx.s(); k >= 0; k--) {
        List<Mention> ms = new ArrayList<>(cx.out().get(k));
        if (k == cx.s()) {
          ms.removeIf(x -> x.end() > at);
        }
        ms.sort(Comparator.comparingInt(Mention::begin));
        for (int q = ms.size() - 1; q >= 0; q--) {
          Actor a = ms.get(q).actor();
          if (a.label().equals("Person") && id.equals(a.partOf())) {
            person = a;
            break search;
          }
        }
      }
      if (person == null || !titledBefore(person, cx)) {
        continue;
      }
      int pos = han ? end : Math.min(end + 1, v.length());
      added.add(new Mention(person, pos, pos, "coref", 0.6));
    }
  }

  /**
   * An English head's title right after a name: an apposition (Shavkat Mirziyoyev, the president of
   * Uzbekistan; Tokayev, Kazakhstan's president) or a copula or becoming (Mirziyoyev became
   * president of Uzbekistan, Rahmon has been president since 1992).
   */
  private static final Pattern TITLED_AFTER_EN =
      Pattern.compile(
          "^(?:,\\s+(?:the\\s+|its\\s+|[a-z]+(?:'s|’s)\\s+)?(?:[a-z-]+\\s+){0,2}"
              + "|\\s+(?:became|becomes|was|is|has\\s+been|had\\s+been|remains|remained)\\s+(?:the\\s+)?"
              + "(?:[a-z-]+\\s+){0,2})(?:president|leader|head\\s+of\\s+state)(?![\\p{L}])");

  private static boolean titledAfterEn(String view, int end) {
    return end <= view.length()
        && TITLED_AFTER_EN.matcher(view.substring(end, Math.min(view.length(), end + 50))).find();
  }

  /** Whether the paper names {@code person} after a head's title up to this sentence. */
  static boolean titledBefore(Actor person, Context cx) {
    for (int k = cx.s(); k >= 0; k--) {
      String view = cx.views().get(k);
      for (Mention x : cx.out().get(k)) {
        if (x.actor().id().equals(person.id())
            && !x.method().equals("coref")
            && x.begin() <= view.length()
            && (TITLED.matcher(view.substring(Math.max(0, x.begin() - 30), x.begin())).find()
                || titledAfterEn(view, x.end()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The states of the last count of three or more that a sentence resolved (六國元首在會上簽署…: the six
   * states), for 各方 in a later sentence.
   */
  private static List<Actor> lastCount(List<Mention> ms) {
    Map<String, Map<String, Actor>> bySpan = new LinkedHashMap<>();
    ms.stream()
        .filter(x -> isCountry(x) && x.method().equals("coref"))
        .sorted(Comparator.comparingInt(Mention::begin))
        .forEach(
            x ->
                bySpan
                    .computeIfAbsent(x.begin() + ":" + x.end(), k -> new LinkedHashMap<>())
                    .putIfAbsent(x.actor().id(), x.actor()));
    List<Actor> last = List.of();
    for (Map<String, Actor> g : bySpan.values()) {
      if (g.size() >= 3) {
        last = List.copyOf(g.values());
      }
    }
    return last;
  }

  /**
   * The referring forms of the {@code heads} list and the noun each one's antecedent must hold in a
   * name (the summit → summit, 這座發射場 → 發射場, космодрома → космодром).
   */
  private static final Map<String, String> HEAD_NOUNS = headNouns();

  private static final Pattern HEADS = alternation(HEAD_NOUNS.keySet());

  private static Map<String, String> headNouns() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String e : WORDS.get("heads").split("\\|")) {
      int eq = e.indexOf('=');
      if (eq > 0) {
        out.put(e.substring(0, eq).strip().replace('_', ' '), e.substring(eq + 1).strip());
      }
    }
    return out;
  }

  /**
   * The months and weekdays after on that make it a date, not a description (acceded to the union
   * on 2 January, joined the bloc on Thursday): the referring word still refers back.
   */
  static final String MONTHS_DAYS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

  /**
   * A span of time after "for" (the organisation for more than a decade, the bloc for the first
   * time, the treaty for 25 years): the word before it still refers back, as it does before "on"
   * and a date; "for" before anything else may open a name (the Organization for Security and
   * Co-operation in Europe) or a description of its own (the agreement for a free trade zone).
   */
  private static final String FOR_TIME =
      "\\s+(?:(?:more|less)\\s+than|over|nearly|almost|about|some|several|many|years|decades|months"
          + "|(?:a|one)\\s+(?:decade|year|time|while|generation)"
          + "|the\\s+(?:first|second|third|fourth|fifth|last|past|next)\\s+(?:time|\\d|two|three|four"
          + "|five|six|seven|eight|nine|ten|years?|decades?)"
          + "|(?:two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|\\d+)\\s+(?:more\\s+)?(?:years|decades|months))\\b";

  /**
   * One alternation of {@code forms}, longest first; a Latin or Cyrillic form matches whole words,
   * and an English one not before a preposition, a relative pronoun or an -ing form (the summit of
   * the SCO, the base that Russia leases: descriptions of their own).
   */
  private static Pattern alternation(java.util.Collection<String> forms) {
    // Three groups, by script: Latin words (whole words, not before a description of their own),
    // Cyrillic words (whole words) and the rest. Each group opens with the set of its words' first
    // chars, so that most positions of a sentence fail at once instead of trying every word: the
    // lists hold hundreds of forms and run on every sentence. Words of different groups cannot
    // start at the same char, so longest-first holds as in one alternation.
    Map<Integer, List<String>> groups = new java.util.TreeMap<>();
    for (String w : forms) {
      boolean latin =
          w.codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
      boolean cyrillic =
          w.codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
      groups.computeIfAbsent(latin ? 0 : cyrillic ? 1 : 2, k -> new ArrayList<>()).add(w);
    }
    StringBuilder alt = new StringBuilder();
    for (Map.Entry<Integer, List<String>> g : groups.entrySet()) {
      List<String> words = g.getValue();
      words.sort(Comparator.comparingInt(String::length).reversed());
      StringBuilder first = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String w : words) {
        int c = w.codePointAt(0);
        String cls = String.format("\\x{%x}", c);
        if (first.indexOf(cls) < 0) {
          first.append(cls);
        }
        body.append(body.length() == 0 ? "" : "|").append(Pattern.quote(w));
      }
      boolean letters = g.getKey() < 2;
      alt.append(alt.length() == 0 ? "" : "|")
          .append("(?=[")
          .append(first)
          .append("])")
          .append(letters ? "(?<![\\p{L}\\p{N}])" : "")
          .append("(?:")
          .append(body)
          .append(")")
          .append(letters ? "(?![\\p{L}\\p{N}])" : "")
          .append(
              g.getKey() == 0
                  ? "(?!\\s+(?:of|for(?!"
                      + FOR_TIME
                      + ")|on(?!\\s+(?:\\d|the\\s+\\d|"
                      + MONTHS_DAYS
                      + ")\\b)|between|with|that(?!\\s+(?:year|month|week|day|spring|summer|autumn|winter|time|decade)\\b)|which|[a-z]+ing)\\b)"
                  : "");
    }
    return Pattern.compile(alt.toString());
  }

  /**
   * A common noun that heads a name named before in the paragraph: the last actor (not a state or a
   * person) one of whose names holds that noun. 中國—中亞峰會…習近平在峰會上宣布 (the summit), космодром
   * Байконур…космодром оказался (the cosmodrome), the Eurasian Economic Union…the Union. A bare
   * Russian noun is read as a bare организация: not after an adjective of kind, a plural or a
   * pronoun (другой саммит, новый союз), nor right before a name (саммит «Россия — Центральная
   * Азия» names its own). {@code raw}: the sentence as written, where a capital after a bare
   * Russian pipeline or range noun starts a name of its own (газопровода Бейнеу — Шымкент).
   */
  private static void heads(
      String v,
      String raw,
      List<Mention> here,
      List<Mention> history,
      int docSize,
      NewKinds newKinds,
      Actor heading,
      List<Mention> added) {
    Matcher m = HEADS.matcher(v);
    while (m.find()) {
      String form = m.group();
      String noun = HEAD_NOUNS.get(form);
      int at = m.start();
      int end = m.end();
      if (form.startsWith("在") && form.contains(noun)) { // 在峰會上: the noun, not the preposition
        at = m.start() + form.indexOf(noun);
        end = at + noun.length();
      }
      int from = at;
      int to = end;
      boolean bareRussian = form.indexOf(' ') < 0 && form.matches("[а-яё]+");
      if (overlapsName(here, m.start(), m.end())) {
        continue;
      }
      if (bareRussian
          && PLURAL_TOO_RU.matcher(form).matches()
          && !GOVERNS_ONE_BASE_RU.matcher(v.substring(Math.max(0, from - 30), from)).find()) {
        continue; // военные базы России, две базы, базы НАТО: a plural, not the base named before
      }
      if (bareRussian
          && (noun.endsWith("pipeline") || noun.equals("test site"))
          && raw != null
          && raw.length() == v.length()
          && CAPITAL_AFTER.matcher(raw).region(to, raw.length()).lookingAt()) {
        continue; // газопровода Бейнеу — Шымкент, на полигоне Фориш: a name of its own, linked or
        // not
      }
      if (noun.equals("base")
          && !PREPOSITION_BEFORE_EN.matcher(v.substring(Math.max(0, from - 12), from)).find()) {
        continue; // the base, known as K2, …; the base passed to …: only a preposition's object
      }
      boolean event = noun.equals(EVENT);
      if (event
          && (WITH_AFTER_RU.matcher(v.substring(to)).lookingAt()
              || BILATERAL_BEFORE_RU.matcher(v.substring(Math.max(0, from - 30), from)).find())) {
        continue; // встреча с Путиным, двусторонней встрече: a meeting of two
      }
      if (bareRussian && newOfItsKind(v, from, to, noun, here)) {
        newKinds.add(noun, from, here); // инвестиционный форум, очередной саммит в Минске
        continue;
      }
      if (possessiveOfName(v, m.end(), here)
          || added.stream().anyMatch(x -> x.begin() < to && from < x.end())
          || IDEA_OF.matcher(v.substring(Math.max(0, from - 20), from)).find()
          || bareRussian && INDEFINITE_AFTER.matcher(v.substring(to)).lookingAt()
          || bareRussian && TOPIC_OF.matcher(v.substring(Math.max(0, from - 30), from)).find()
          || bareRussian
              && (BARE_ORG_RU_NOT_AFTER.matcher(v.substring(Math.max(0, from - 30), from)).find()
                      && !ownersBase(v, from, to, noun, here)
                      && !governsOneBase(v, from, form)
                  || NAME_AFTER.matcher(v.substring(to)).lookingAt()
                      && here.stream()
                          .anyMatch(
                              x ->
                                  x.begin() > to
                                      && x.begin() - to <= 3
                                      && !x.method().equals("coref")
                                      // На встрече Казахстан и Узбекистан подписали: a state or a
                                      // person after a meeting word is the clause's subject,
                                      // not the meeting's name
                                      && !(event
                                          && (isCountry(x)
                                              || x.actor().label().equals("Person")))))) {
        continue;
      }
      Predicate<Actor> named =
          event
              ? a ->
                  a.label().equals("Initiative")
                      && a.names().stream()
                          .map(Linker::key)
                          .anyMatch(n -> EVENT_NOUNS.stream().anyMatch(n::contains))
              : a ->
                  !a.label().equals("Country")
                      && !a.label().equals("Person")
                      && a.names().stream()
                          .map(Linker::key)
                          .anyMatch(
                              n ->
                                  noun.startsWith("~")
                                      ? n.contains(noun.substring(1))
                                      : n.endsWith(noun) || n.startsWith(noun + " "));
      if (noun.startsWith("~")
          && here.stream().anyMatch(x -> !x.method().equals("coref") && named.test(x.actor()))) {
        continue; // Авиабаза Айни является базой…: a sentence naming its own base predicates of it
      }
      if (noun.startsWith("~")
          && (ON_BASIS_BEFORE.matcher(v.substring(Math.max(0, from - 4), from)).find()
                  && ON_BASIS_AFTER.matcher(v.substring(to)).lookingAt()
                  && here.stream().noneMatch(x -> x.begin() >= to && x.begin() - to <= 2)
              || BASIS_FOR.matcher(v.substring(to)).lookingAt()
                  && form.endsWith("базой")
                  && SERVES_AS.matcher(v.substring(Math.max(0, from - 30), from)).find())) {
        continue; // создан на базе университета, служит базой для…: a basis, not a base
      }
      List<Mention> before = new ArrayList<>(history);
      here.stream().filter(x -> x.end() <= from).forEach(before::add);
      added.stream().filter(x -> x.end() <= from).forEach(before::add);
      Actor found = null;
      for (int k = before.size() - 1; k >= 0; k--) {
        Actor a = before.get(k).actor();
        if (named.test(a)) {
          int docIndex = k < history.size() ? docSize - history.size() + k : -1;
          if (!bareRussian || !newKinds.hides(noun, before.get(k), docIndex)) {
            found = a;
          }
          break;
        }
      }
      // an entry's title holds the noun (Eurasian Economic Union … the European Union … the
      // union's predecessor; Karshi-Khanabad Air Base … the airfield): the union is the entry's,
      // unless its own sentence names the other one before it
      Actor last = found;
      if (heading != null
          && named.test(heading)
          && (found == null
              || here.stream()
                  .noneMatch(x -> x.end() <= from && x.actor().id().equals(last.id())))) {
        found = heading;
      }
      if (found != null && anchoredElsewhere(v, to, here, found)) {
        found = null; // the airfield at Manas, the base in Gyumri: a noun anchored to another site
      }
      if (found != null) {
        added.add(new Mention(found, from, to, "coref", 0.65));
      }
    }
  }

  /** An English preposition of place right after a heads noun: the airfield at …, the base in …. */
  private static final Pattern SITE_PREPOSITION_EN =
      Pattern.compile("\\s+(?:at|in|near|outside)\\s+(?:the\\s+)?");

  /**
   * Whether an English heads noun is anchored by a preposition to a named site that is not its
   * antecedent's (the airfield at Manas names Manas, not the Ayni airfield named before; the base
   * in Gyumri, Armenia is no base the gazetteer puts in Uzbekistan): a facility named right after
   * it is the noun's own, and a place or a state right after it must be the antecedent's state.
   */
  static boolean anchoredElsewhere(String v, int to, List<Mention> here, Actor found) {
    Matcher p = SITE_PREPOSITION_EN.matcher(v).region(to, v.length());
    if (!p.lookingAt()) {
      return false;
    }
    int after = p.end();
    Mention next =
        here.stream()
            .filter(x -> !x.method().equals("coref") && x.begin() == after)
            .findFirst()
            .orElse(null);
    if (next == null || next.actor().id().equals(found.id())) {
      return false;
    }
    String label = next.actor().label();
    if (label.equals("Facility")) {
      return true;
    }
    if (!label.equals("Country") && !label.equals("Place")) {
      return false;
    }
    String site = stateOf(next.actor());
    String own = stateOf(found);
    return site != null && own != null && !site.equals(own);
  }

  /** The country an actor is or lies in, up the gazetteer's partOf chain; null when none. */
  private static String stateOf(Actor a) {
    for (int k = 0; a != null && k < 4; k++) {
      if (a.label().equals("Country")) {
        return a.id();
      }
      a = a.partOf() == null ? null : Gazetteer.load().get(a.partOf());
    }
    return null;
  }

  /**
   * The heads noun of the meeting words that name no kind of their own (the meeting, на встрече):
   * their antecedent is the paragraph's last programme-type actor whose name holds one of
   * coreference.tsv's event_nouns (a summit, a forum, a conference), whatever its name calls it.
   */
  private static final String EVENT = "@event";

  private static final List<String> EVENT_NOUNS = List.of(WORDS.get("event_nouns").split("\\|"));

  /**
   * A preposition right before the English bare "the base" (troops at the base, a section of the
   * base, flights from the base): the base named before. As a subject or an object of its own (the
   * base passed to the Uzbek forces, the base housed bombers) it opens a sentence about the base's
   * history, which the rules read loosely: there it stays unlinked.
   */
  private static final Pattern PREPOSITION_BEFORE_EN =
      Pattern.compile(
          "(?<![\\p{L}])(?:at|of|to|from|in|into|inside|near|on|around|outside|within)\\s+$");

  /**
   * A Russian base noun right after a state's adjective in the feminine (Российская база при этом
   * не закрывалась, передать российскую авиабазу): the base named before, as a bare база is, though
   * a feminine adjective of kind (военная база, новая база) makes a kind of its own. Not after a
   * word of another one (ещё одну российскую базу, вторая российская база) nor before в and a place
   * (российская база в Таджикистане: which base, said there).
   */
  private static boolean ownersBase(String v, int from, int to, String noun, List<Mention> here) {
    if (!noun.equals("~баз")) {
      return false;
    }
    Mention adjective =
        here.stream()
            .filter(x -> isCountry(x) && x.end() <= from && from - x.end() <= 1)
            .findFirst()
            .orElse(null);
    if (adjective == null
        || !STATE_ADJECTIVE_FEMININE_RU.matcher(v.substring(adjective.begin(), from)).matches()
        || ANOTHER_BEFORE_RU
            .matcher(v.substring(Math.max(0, adjective.begin() - 20), adjective.begin()))
            .find()) {
      return false;
    }
    return !OWN_PLACE_AFTER.matcher(v).region(to, v.length()).lookingAt();
  }

  /** A state's adjective in the feminine, then a space: российская , российскую . */
  private static final Pattern STATE_ADJECTIVE_FEMININE_RU =
      Pattern.compile("[а-яё]+(?:ая|яя|ую|юю)\\s");

  /** A word before the adjective that makes the base another one (ещё одна, новую, вторая). */
  private static final Pattern ANOTHER_BEFORE_RU =
      Pattern.compile(
          "(?<![\\p{L}])(?:ещё|еще|одн|нов|втор|треть|друг|перв|собственн|свою|сво[яей])[а-яё]*\\s+$");

  /** A Russian meeting with someone (встреча с Путиным): two persons' meeting, not the summit. */
  private static final Pattern WITH_AFTER_RU = Pattern.compile("\\s+(?:с|со)(?![\\p{L}])");

  /** A bilateral meeting (двусторонней встрече): not the summit named before. */
  private static final Pattern BILATERAL_BEFORE_RU =
      Pattern.compile("(?<![\\p{L}])двусторонн[а-яё]*\\s+$");

  /** A capitalised word or an opening quote right after a bare noun: the start of its own name. */
  private static final Pattern CAPITAL_AFTER = Pattern.compile("\\s+[«\"“„]?\\p{Lu}");

  /**
   * The heads forms that are a plural as well (базы, авиабазы): a base only after {@link
   * #GOVERNS_ONE_BASE_RU}.
   */
  private static final Pattern PLURAL_TOO_RU = Pattern.compile("(?:авиа)?базы");

  /**
   * A noun right before базы that governs the genitive of one base (пребывание базы, вывода базы,
   * на территории базы, объектами базы, командование авиабазы): the genitive singular, the base
   * named before, not the plural (военные базы, эти базы).
   */
  private static final Pattern GOVERNS_ONE_BASE_RU =
      Pattern.compile(
          "(?<![\\p{L}])(?:пребывани|вывод|аренд|территори|объект|командовани|персонал|срок"
              + "|статус|охран|модернизаци|закрыти|расширени|гарнизон)[а-яё]*\\s+$");

  /**
   * Whether базы (авиабазы) stands right after a noun of {@link #GOVERNS_ONE_BASE_RU} in -ние or
   * -тие (пребывание базы, расширение базы, закрытие базы): a noun governing the genitive of one
   * base, which {@link #BARE_ORG_RU_NOT_AFTER} would read as a plural adjective (-ие) making a kind
   * of its own.
   */
  private static boolean governsOneBase(String v, int from, String form) {
    return PLURAL_TOO_RU.matcher(form).matches()
        && GOVERNS_ONE_BASE_RU.matcher(v.substring(Math.max(0, from - 30), from)).find()
        && VERBAL_NOUN_BEFORE_RU.matcher(v.substring(Math.max(0, from - 30), from)).find();
  }

  /** A Russian verbal noun in -ание, -ение or -тие right before: not an adjective in -ие. */
  private static final Pattern VERBAL_NOUN_BEFORE_RU =
      Pattern.compile("(?<![\\p{L}])[а-яё]+(?:ани|ени|ти)е\\s+$");

  /**
   * Russian на базе before a common noun in the genitive (создан на базе университета) and базой
   * для after a verb of serving or becoming (служит базой для переговоров) say "on the basis of"
   * and "a basis for": no base named before. A name right after it (на базе Кант) is a base, and so
   * is a base used for something (пользуются базой для учений).
   */
  private static final Pattern ON_BASIS_BEFORE = Pattern.compile("(?<![\\p{L}])на\\s+$");

  private static final Pattern ON_BASIS_AFTER =
      Pattern.compile("\\s+[а-яё]+(?:а|я|ов|ев|ей|ого|его|ых|их|ии|ия)(?![\\p{L}])");

  private static final Pattern BASIS_FOR = Pattern.compile("\\s+для(?![\\p{L}])");

  /** A verb of serving or becoming before базой для: a basis (послужил базой для), not a use. */
  private static final Pattern SERVES_AS =
      Pattern.compile(
          "(?<![\\p{L}])(?:служ|послуж|стал|станет|станут|явля)[а-яё]*\\s+(?:[а-яё]+\\s+)?$");

  /**
   * The idea of a union is no union (Идею союза выдвинул Назарбаев: a proposal the gazetteer does
   * not hold, not the Eurasian Economic Union of the sentence before).
   */
  private static final Pattern IDEA_OF =
      Pattern.compile(
          "(?:(?<![\\p{L}])иде[яюиейе]й?|\\bidea of|\\bconcept of|концепци[яюиейе]|构想|设想|理念)\\s*$");

  /**
   * A bare Russian noun that a comparison follows is a kind, not the one named before (превратится
   * в союз наподобие Евросоюза).
   */
  private static final Pattern INDEFINITE_AFTER =
      Pattern.compile(
          "\\s+(?:наподобие|вроде|типа|по образцу|как у|подобн[а-я]+|нового|иного)(?![\\p{L}])");

  /**
   * A bare Russian noun after a document's о or об is its topic (Соглашение о базе, договор о
   * союзе): part of that document's description, not the one named before.
   */
  private static final Pattern TOPIC_OF =
      Pattern.compile(
          "(?<![\\p{L}])(?:соглашени|договор(?![иёюя])|меморандум|протокол|декларац|конвенц)[а-яё]*\\s+(?:о|об)\\s+$");

  /**
   * A masculine or neuter adjective right before a bare Russian noun makes a kind of its own or a
   * name (на экономическом форуме, Ташкентский инвестиционный форум, новом саммите), as the plural
   * and feminine ones of {@link #BARE_ORG_RU_NOT_AFTER} do; one that places it in time does not (на
   * прошлом саммите, последнего форума), nor one pointing back (указанном форуме, подписанный
   * меморандум); очередной is the next one (очередной саммит), another.
   */
  private static final Pattern ADJECTIVE_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])(?!(?:прошл|последн|нынешн|недавн|сам|указанн|упомянут|вышеупомянут|названн|подписанн|принят|заключённ|заключенн)[а-яё]*\\s+$)"
              + "[а-яё]{2,}(?:ый|ий|ой|ом|ем|ого|его|ому|ему|ым|им|ое|ее)\\s+$");

  /** coreference.tsv heads_not_after_adjective: the nouns {@link #ADJECTIVE_BEFORE} holds for. */
  private static final java.util.Set<String> ADJECTIVE_KIND_NOUNS =
      java.util.Set.of(WORDS.get("heads_not_after_adjective").split("\\|"));

  /**
   * A bare Russian noun before its own topic is a new one (подписали декларацию о сотрудничестве,
   * форум по безопасности, меморандум между министерствами), not the one named before.
   */
  private static final Pattern OWN_TOPIC_AFTER =
      Pattern.compile("\\s+(?:о|об|обо|между|по)(?![\\p{L}])");

  /**
   * A bare Russian event noun right before в and a place the sentence names (очередной саммит в
   * Минске, форум в Астане): a meeting of its own, not the one named before.
   */
  private static final Pattern OWN_PLACE_AFTER = Pattern.compile("\\s+(?:в|во)\\s+");

  /**
   * Where a bare noun of a kind was read as a new one (инвестиционный форум, другой форум,
   * собственные учения, форум по безопасности): an unnamed one of that kind stands there, so a
   * later bare noun of the kind is that one (named nothing), not one named before it. By kind (the
   * heads' noun, учени for exercises): the mentions the document had linked before it.
   */
  static final class NewKinds {
    private final Map<String, Integer> before = new HashMap<>();
    private final Map<String, Integer> sentence = new HashMap<>();
    private final Map<String, Integer> offset = new HashMap<>();
    private int s;
    private int docSize;

    /** Starts sentence {@code s}, whose earlier sentences linked {@code docSize} mentions. */
    void at(int s, int docSize) {
      this.s = s;
      this.docSize = docSize;
    }

    /** A bare noun of {@code kind} read as a new one at {@code at} of this sentence. */
    void add(String kind, int at, List<Mention> here) {
      before.put(kind, docSize + (int) here.stream().filter(x -> x.end() <= at).count());
      sentence.put(kind, s);
      offset.put(kind, at);
    }

    /**
     * Whether the antecedent {@code x}, the {@code docIndex}-th mention the document linked (-1: in
     * this sentence), stands before a new one of {@code kind}.
     */
    boolean hides(String kind, Mention x, int docIndex) {
      Integer b = before.get(kind);
      if (b == null) {
        return false;
      }
      if (sentence.get(kind) == s) {
        return docIndex >= 0 || x.end() <= offset.get(kind);
      }
      return docIndex >= 0 && docIndex < b;
    }
  }

  /**
   * Whether the bare Russian noun at {@code from}–{@code to} is a new one of its kind: before its
   * own topic (декларацию о сотрудничестве), or, for the nouns of {@link #ADJECTIVE_KIND_NOUNS},
   * after an adjective of its kind (инвестиционный форум, другой форум) or before в and a place the
   * sentence names (саммит в Минске).
   */
  private static boolean newOfItsKind(String v, int from, int to, String noun, List<Mention> here) {
    if (OWN_TOPIC_AFTER.matcher(v.substring(to)).lookingAt()) {
      return true;
    }
    if (!ADJECTIVE_KIND_NOUNS.contains(noun)) {
      return false;
    }
    String lead = v.substring(Math.max(0, from - 30), from);
    return ADJECTIVE_BEFORE.matcher(lead).find()
        || BARE_ORG_RU_NOT_AFTER.matcher(lead).find()
        || ownPlace(v, to, here);
  }

  /** Whether в and a place or state the sentence names follow {@code to}. */
  private static boolean ownPlace(String v, int to, List<Mention> here) {
    Matcher p = OWN_PLACE_AFTER.matcher(v).region(to, v.length());
    return p.lookingAt()
        && here.stream()
            .anyMatch(
                x -> x.begin() == p.end() && (x.actor().label().equals("Place") || isCountry(x)));
  }

  /** Between a bare noun and a name right after it: a space, a quote (саммит «Россия — ЦА»). */
  private static final Pattern NAME_AFTER = Pattern.compile("\\s*[«\"“„']?");

  /**
   * 兩國, 雙方 → the last two countries of the paragraph; 該國, 該組織 → the last of that type; 該3國, 三強,
   * 五國總統 → the last N countries; 其他4國, 餘3國, 除X外其餘 → the rest of the last group word (中亞5國); 此一宇航基地
   * → the last facility. Every language's readers run on every sentence, in a fixed order (each
   * matches only its own language's words): a later reader skips a span an earlier one linked, and
   * the order of the mentions is the order later references search them in.
   */
  static void resolve(
      List<Sentence> sentences,
      List<String> views,
      List<List<Mention>> out,
      List<Actor> centralAsia,
      java.util.function.Function<String, Actor> actors,
      Map<String, Actor> capitals) {
    List<Mention> history = new ArrayList<>();
    List<Mention> docHistory = new ArrayList<>();
    Map<String, Actor> capitalOf = new HashMap<>(); // a capital's id → its state
    for (Map.Entry<String, Actor> e : capitals.entrySet()) {
      Actor state = actors.apply(e.getKey());
      if (state != null) {
        capitalOf.putIfAbsent(e.getValue().id(), state);
      }
    }
    NewKinds newKinds = new NewKinds();
    // English states of earlier sentences named only as an adjective (a Russian base): no
    // antecedent of the country
    Set<Mention> adjectives = Collections.newSetFromMap(new IdentityHashMap<>());
    List<List<Mention>> paraSentences = new ArrayList<>();
    Map<Integer, List<Actor>> numbered = new HashMap<>();
    int paragraph = -1;
    int lastNumbered = -10;
    Actor topic = null;
    Actor topicName =
        null; // the one actor, no state or person, the last heading names (an entry's title)
    List<Mention> lastBody = List.of();
    String lastBodyView = "";
    // the one organisation the document's title names (上海合作組織, 歐亞經濟聯盟: an entry's or a
    // paper's subject), which a Chinese reference to an organisation refers to when its paragraph
    // names none: section headings (參、伊朗與白俄入會) do not replace it
    Actor titleOrg = null;
    boolean titleSeen = false;
    // the person an entry is about: the one person its first heading names, else the person its
    // first body sentence opens with when that sentence says where he was born (a profile's lead)
    Actor headingPerson = null;
    Actor entryPerson = null;
    boolean headingSeen = false;
    boolean bodySeen = false;
    // states of earlier sentences named as a time (蘇聯時期, 蘇聯解體後) or only qualifying a group
    // (阿富汗塔利班): no antecedent of 兩國
    Set<Mention> timeStates = Collections.newSetFromMap(new IdentityHashMap<>());
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
      Actor titleHere =
          titleFor(titleOrg, paraSentences, views.subList(s - paraSentences.size(), s));
      groupExcept(v, here);
      EnglishReferences.surnames(sentences.get(s).text(), v, here, docHistory);
      Matcher m = COREF.matcher(v);
      List<Mention> added = new ArrayList<>();
      while (m.find()) {
        String w = m.group();
        int at = m.start();
        if (overlapsName(here, at, m.end())) {
          continue; // a word inside a name: Североатлантический альянс
        }
        if (possessiveOfName(v, m.end(), here)) {
          continue; // the alliance's Partnership for Peace: a modifier of the name after it
        }
        if (EnglishReferences.inQuotedTitle(sentences.get(s).text(), v, at, m.end())) {
          continue; // an essay titled "The Alliance Nobody Needs": a title's words
        }
        List<Mention> before = new ArrayList<>(history);
        here.stream() // in the order of the text: compounds (俄烏) are linked after names
            .filter(x -> x.end() <= at)
            .sorted(Comparator.comparingInt(Mention::end))
            .forEach(before::add);
        String kind = w.equals("其") ? "Organization" : KINDS.get(w);
        if (w.startsWith("нов") && FOUNDING_BEFORE_RU.matcher(v.substring(0, at)).find()) {
          continue; // предложил идею создания новой организации: a body to be founded, not the last
        }
        if (kind.equals("sides") && ownSidesUnnamed(here, at, v)) {
          continue; // 伊朗先與聯盟簽署…，其後雙方: the sentence's own two sides, one of them unlinked
        }
        if (kind.equals("sides")) {
          List<Actor> pair = talksPair(v, here, paraSentences, at, actors);
          if (pair.isEmpty() && w.matches("[a-z ]+")) {
            pair = leadersPair(here, at, paraSentences, actors);
          }
          List<Actor> adjacent =
              partiesBefore(
                  here, at, paraSentences, paraSentences.isEmpty() ? "" : views.get(s - 1));
          if (pair.isEmpty() && adjacent.stream().anyMatch(a -> a.label().equals("Organization"))) {
            pair =
                adjacent; // Kazakhstan signed with the EU. Both sides…: not an older pair of states
          }
          if (pair.isEmpty()) {
            pair = lastPair(here, at, v, paraSentences, views.subList(s - paraSentences.size(), s));
          }
          if (pair.isEmpty()) {
            pair = adjacent;
          }
          if (!pair.isEmpty()) { // 俄羅斯與北約達成協議，…，雙方簽署「羅馬宣言」: the pair named last, of any type
            for (Actor a : pair) {
              added.add(new Mention(a, at, m.end(), "coref", 0.7));
            }
            continue;
          }
          if (organisationParty(here, at, paraSentences)) {
            continue; // a state and an organisation, and a third party: the sides are no two states
          }
        }
        if (kind.equals("capitals")) {
          // Moscow and Beijing announced a partnership… the two capitals: the two states their
          // capitals named last, never two cities, nor one of a longer list of capitals
          List<Actor> two = capitalsPair(before);
          if (straddlesList(
              two,
              sourceRuns(at, here, v, paraSentences, views.subList(s - paraSentences.size(), s)))) {
            two = List.of();
          }
          for (Actor a : two) {
            added.add(new Mention(a, at, m.end(), "coref", 0.7));
          }
          continue;
        }
        if (kind.equals("organizations")) {
          for (Actor a : lastDistinct(before, "Organization", 2)) {
            added.add(new Mention(a, at, m.end(), "coref", 0.65));
          }
          continue;
        }
        if (kind.equals("pair") || kind.equals("sides")) {
          long inSentence =
              here.stream()
                  .filter(x -> x.end() <= at && isCountry(x))
                  .map(x -> x.actor().id())
                  .distinct()
                  .count();
          int lastState =
              here.stream()
                  .filter(x -> x.end() <= at && isCountry(x))
                  .mapToInt(Mention::end)
                  .max()
                  .orElse(-1);
          boolean sameClause =
              lastState >= 0 && !CLAUSE_MARK.matcher(v.substring(lastState, at)).find();
          if (inSentence >= 2 && w.equals("两国") && sameClause) {
            continue; // 中俄兩國: the pair is already linked (a word right after its states)
          }
          if (ChineseReferences.SUBSET_BEFORE.matcher(v.substring(0, at)).find()) {
            continue; // 吉、塔、烏都與中國接壤，其中兩國還是…: two of the list, which two unsaid
          }
          if (REST_BEFORE.matcher(v.substring(0, at)).find()) {
            continue; // 其餘兩國: the rest of a group (numberedCoref), not the two named last
          }
          if (lastStateIsGroup(before)) {
            continue; // 中亞五國領導人與歐盟…，雙方同意: a group word is no pair, nor its last two members
          }
          boolean zh = CHINESE.matcher(w).find();
          if (lastRunSize(at, here, v, paraSentences, views.subList(s - paraSentences.size(), s))
              >= 3) {
            // 哈薩克、吉爾吉斯與塔吉克簽署協定。兩國…; Russia, Belarus and Kazakhstan… The two
            // countries; Россия, Белоруссия и Казахстан… Обе страны: a list of three is no pair
            continue;
          }
          if (zh) {
            // 俄軍自蘇聯時期即駐紮塔吉克。2004年，兩國…: a state named as a time is no party
            before.removeIf(
                x ->
                    timeStates.contains(x)
                        || here.contains(x) && (namedAsTime(x, v) || qualifiesGroup(x, here, v)));
          }
          // leaders of the paragraph's earlier sentences only when this sentence's own leaders
          // and the states named leave fewer than two (亞美尼亞與亞塞拜然…，由布林肯主持。翌年，兩國…:
          // Armenia and Azerbaijan, not the United States)
          if (RU_OBLIQUE_PAIR.matcher(w).matches()
              || w.matches("[a-z ]+") && EN_OBLIQUE_BEFORE.matcher(v.substring(0, at)).find()) {
            // Москва признала независимость обеих республик: the clause's subject acts on the
            // pair, it is none of it
            Set<Actor> own = InSentenceReferences.ownSubject(v, here, added, at);
            if (!own.isEmpty()) {
              before.removeIf(x -> own.contains(x.actor()));
            }
          }
          List<Actor> two =
              lastDistinct(withLeadersStates(before, at, here, docHistory, false), "Country", 2);
          if (w.matches("[a-z ]+")) {
            // Tokayev, who has received French President Emmanuel Macron in Astana, has also
            // courted the United States, a partner the two countries call strategic: states and
            // leaders inside a relative aside closed before the pair word are background, when
            // the rest of the sentence and the paragraph still give two
            List<Mention> outside = new ArrayList<>(before);
            outside.removeIf(x -> here.contains(x) && insideEnglishAside(v, x, at));
            List<Actor> main =
                lastDistinct(withLeadersStates(outside, at, here, docHistory, false), "Country", 2);
            if (outside.size() < before.size() && main.size() == 2) {
              two = main;
            }
          }
          if (zh && two.size() < 2) {
            two = lastDistinct(withLeadersStates(before, at, here, docHistory, true), "Country", 2);
          }
          if (zh && two.size() < 2) {
            // 烏茲別克總統訪問比什凱克，兩國…: a capital a Chinese text names as a place (Chinese links
            // no capital as its state) stands for its state when the states and leaders named leave
            // fewer than two
            two =
                lastDistinct(
                    capitalsAsStates(
                        withLeadersStates(before, at, here, docHistory, true), capitalOf),
                    "Country",
                    2);
          }
          // Georgia and Ukraine both left the CIS, Georgia after its war with Russia… The two
          // countries; 吉爾吉斯與塔吉克爆發衝突，烏茲別克願意調停。兩國…; Киргизия и Таджикистан…, а
          // Узбекистан… Обе страны: the one pair the sentence coordinates, not the last two states
          // named
          List<Actor> run =
              onePairRun(at, here, v, paraSentences, views.subList(s - paraSentences.size(), s));
          if (run.size() == 2 && !new HashSet<>(run).equals(new HashSet<>(two))) {
            two = run;
          } else if (straddlesList(
              two,
              sourceRuns(at, here, v, paraSentences, views.subList(s - paraSentences.size(), s)))) {
            // Russia, China and Iran held drills in the Gulf of Oman. The two countries…: one of a
            // list of three and a state named apart from it are no pair; which two is unsaid
            two = List.of();
          }
          if (w.contains("republic") || w.contains("республик")) {
            // Kyrgyzstan, which borders China, … Both republics belong to the SCO: the two
            // Central Asian republics named last, when the paragraph names two, not the power
            // named on the way
            List<Mention> republics = new ArrayList<>(before);
            republics.removeIf(x -> !centralAsia.contains(x.actor()));
            List<Actor> ca = lastDistinct(republics, "Country", 2);
            // only when one of the last two is a Central Asian republic, the other then the power
            // on the way: two other republics named last (Грузия считает войска в Абхазии и Южной
            // Осетии оккупационными. Москва признала независимость обеих республик) are the pair
            if (!ca.isEmpty() && (two.size() < 2 || two.stream().anyMatch(centralAsia::contains))) {
              two = ca;
            }
          }
          List<Actor> talks = talksPair(v, here, paraSentences, at, actors);
          if (!talks.isEmpty()) {
            two = talks;
          } else if (w.matches("[a-z ]+")) {
            List<Actor> leaders = leadersPair(here, at, paraSentences, actors);
            if (!leaders.isEmpty()) {
              two = leaders;
            }
          }
          if (w.matches("[a-z ]+")) {
            List<Actor> ahead = cataphoricPair(v, at, m.end(), here);
            if (!ahead.isEmpty()) {
              two = ahead;
            }
          }
          if (two.isEmpty() && topic != null && w.matches("[a-z ]+")) {
            two = withTopic(before, topic);
          }
          for (Actor a : two) {
            added.add(new Mention(a, at, m.end(), "coref", 0.7));
          }
        } else if (kind.equals("Country")) {
          List<Actor> region =
              w.startsWith("the central asian ")
                  ? centralAsia
                  : w.contains("soviet") ? formerSoviet(before) : null;
          if (w.startsWith("the ") || RU_OBLIQUE.matcher(w).matches()) {
            // the United States resumed aid to the country, Пекин оказывает этой стране помощь:
            // not the subject of its own clause
            Set<Actor> own = InSentenceReferences.ownSubject(v, here, added, at);
            if (!own.isEmpty()) {
              before.removeIf(x -> own.contains(x.actor()));
            }
          }
          Actor led =
              w.startsWith("the ")
                  ? EnglishReferences.ledCountry(v, here, at, actors)
                  : personsState(v, here, at, actors);
          for (Actor a :
              led != null
                  ? List.of(led)
                  : countryAntecedent(before, here, v, at, adjectives, region)) {
            added.add(new Mention(a, at, m.end(), "coref", 0.7));
          }
        } else {
          if (kind.equals("Organization")) {
            // 其前身「上海五國」…共同創立該組織: the predecessor named on the way is not the organisation
            before.removeIf(x -> here.contains(x) && predecessor(v, x.begin()));
          }
          if (kind.equals("Organization")
              && BLOC_NOUN.matcher(w.replaceFirst("^(?:the|this) ", "")).matches()) {
            before.removeIf(x -> isBody(x.actor())); // the bloc: no body of an organisation
          }
          List<Actor> last = lastDistinct(before, kind, 1);
          if (kind.equals("Organization")
              && titleHere != null
              && (CHINESE.matcher(w).find()
                  || ORGANISATION_WORD.matcher(w).find() && !anOrganisationByName(last, titleHere))
              && titleStands(titleHere, here, at)) {
            // 該組織 in an entry on an organisation: the title's, when the paragraph names no other
            // organisation before it (a paragraph that names the CSTO means the CSTO); in English
            // and Russian the organisation words alone (the organisation, эта организация), not
            // the bloc or the alliance, which may be another kind of body than the title's
            last = List.of(titleHere);
          }
          if (kind.equals("Organization") && !(last.size() == 1 && last.get(0) == titleHere)) {
            // 三國簽署《歐亞經濟聯盟條約》，該聯盟並於2015年正式運作: the organisation the agreement named
            // last (after any organisation) is named for, not the customs union named before it
            Actor founded = namedInLastAgreement(before);
            if (founded != null) {
              last = List.of(founded);
            }
          }
          if (kind.equals("Organization") && w.matches("[a-z ]+")) {
            // Pakistan, which joined the organisation in 2017, has used the SCO…: the one
            // organisation the sentence names after the aside, not one of an earlier sentence
            Actor after = organisationAfterAside(v, at, m.end(), here);
            if (after != null) {
              last = List.of(after);
            }
          }
          if (kind.equals("Organization") && last.size() == 1) {
            if (neverThatMany(last.get(0), v, at, m.end())) {
              continue; // became the organisation's ninth member: not the CSTO, never nine strong
            }
          }
          for (Actor a : last) {
            added.add(new Mention(a, at, m.end(), "coref", 0.7));
          }
        }
      }
      Context cx = new Context(out, views, s, s - paraSentences.size(), centralAsia, actors);
      ChineseReferences.firstOfList(v, here, cx, added);
      if (numberedCoref(v, here, history, docHistory, numbered, cx, added)) {
        lastNumbered = s;
      }
      parties(v, here, cx, added);
      leaders(v, here, cx, added);
      stateLeader(v, here, cx, added);
      ChineseReferences.theseStates(v, here, paraSentences, added);
      List<Mention> prevSentence =
          !paraSentences.isEmpty() ? paraSentences.get(paraSentences.size() - 1) : lastBody;
      String prevView = !paraSentences.isEmpty() ? views.get(s - 1) : lastBodyView;
      ChineseReferences.pronouns(v, here, prevSentence, prevView, added);
      RussianReferences.pronouns(v, here, prevSentence, prevView, added);
      EnglishReferences.pronouns(v, here, prevSentence, prevView, history, added);
      EnglishReferences.themGiven(v, here, prevSentence, prevView, added);
      if (!paraSentences.isEmpty()) {
        ChineseReferences.zeroSubject(v, here, prevSentence, prevView, added);
      }
      ChineseReferences.itZh(
          v, here, paraSentences.isEmpty() ? null : prevSentence, prevView, added);
      ChineseReferences.partiesOf(v, here, history, added);
      ChineseReferences.formerLatter(
          v, here, paraSentences, views.subList(s - paraSentences.size(), s), added);
      ChineseReferences.itsZh(
          v, here, paraSentences.isEmpty() ? null : prevSentence, prevView, added);
      EnglishReferences.itAfterPreposition(v, here, added);
      EnglishReferences.itOwnSentence(v, here, added);
      EnglishReferences.describedState(
          v, here, history, prevSentence, prevView, adjectives, centralAsia, added);
      EnglishReferences.heEn(v, here, prevSentence, prevView, history, added);
      EnglishReferences.thePresident(v, here, prevSentence, prevView, history, cx, added);
      EnglishReferences.hisCountry(v, here, actors, added);
      EnglishReferences.whoseCountry(v, here, actors, added);
      EnglishReferences.otherCentralAsian(v, here, centralAsia, added);
      EnglishReferences.demonymCapital(v, here, capitals, added);
      EnglishReferences.itsApposition(v, here, added);
      EnglishReferences.latterFormer(v, here, prevSentence, added);
      EnglishReferences.bothAlone(v, here, prevSentence, prevView, added);
      RussianReferences.russianSingular(v, here, prevSentence, prevView, added);
      RussianReferences.theirTerritory(v, here, prevSentence, prevView, added);
      RussianReferences.latter(v, here, prevSentence, prevView, added);
      RussianReferences.hePerson(v, here, prevSentence, prevView, added);
      EnglishReferences.itsHead(v, here, prevSentence, prevView, history, added);
      successor(v, here, prevSentence, prevView, added);
      entryPronouns(v, here, prevSentence, prevView, history, entryPerson, added);
      EnglishReferences.signatureAdded(v, here, prevSentence, added);
      EnglishReferences.foundingDocument(v, here, history, added);
      ChineseReferences.membersOf(
          v,
          here,
          paraSentences,
          views.subList(s - paraSentences.size(), s),
          prevSentence,
          prevView,
          added);
      ChineseReferences.restCoref(v, here, history, docHistory, added);
      ChineseReferences.regionExcept(v, here, centralAsia, added);
      List<Mention> zeros = new ArrayList<>();
      ChineseReferences.zeroObject(v, here, history, zeros);
      ChineseReferences.zeroJoin(
          v, here, added, paraSentences.isEmpty() ? null : prevSentence, zeros);
      EnglishReferences.zeroJoin(
          v, here, paraSentences.isEmpty() ? null : prevSentence, added, zeros);
      List<Mention> recent = new ArrayList<>(); // the exercise of this report: three sentences back
      for (int k = Math.max(0, s - 3); k < s; k++) {
        recent.addAll(out.get(k));
      }
      Contingents.contingents(v, here, recent, zeros);
      Attendance.attendance(v, here, recent, zeros);
      Destinations.destinations(
          v, here, paraSentences, views.subList(s - paraSentences.size(), s), zeros);
      described(
          v, sentences.get(s).text(), here, history, prevSentence, prevView, titleHere, added);
      RussianReferences.bareCountryRu(v, here, prevSentence, prevView, actors, topic, added);
      newKinds.at(s, docHistory.size());
      RussianReferences.exercises(v, here, docHistory, newKinds, added);
      EnglishReferences.exercises(v, here, docHistory, added);
      heads(
          v, sentences.get(s).text(), here, history, docHistory.size(), newKinds, topicName, added);
      ChineseReferences.bareHeads(v, here, history, titleHere, added);
      ChineseReferences.eachMember(v, here, history, titleHere, added);
      ChineseReferences.describedZh(v, here, history, added);
      ChineseReferences.thisIsEvent(v, here, history, added);
      ChineseReferences.foundingDocument(v, here, history, titleHere, added);
      memberOf(v, here, history, titleHere, added);
      ChineseReferences.thisPost(
          v, here, paraSentences.isEmpty() ? null : prevSentence, prevView, history, added);
      EnglishReferences.statusMember(
          v,
          here,
          history,
          topicName != null && topicName.label().equals("Organization") ? topicName : null,
          paraSentences.isEmpty()
              ? null
              : EnglishReferences.openingOrganisation(
                  paraSentences.get(0), views.get(s - paraSentences.size())),
          added);
      ChineseReferences.facility(v, here, history, added);
      InSentenceReferences.resolve(v, here, added);
      if (sentences.get(s).kind() == Sentence.Kind.HEADING && !headingSeen) {
        headingSeen = true;
        headingPerson = onePerson(here.stream().filter(x -> x.method().equals("name")).toList());
        entryPerson = headingPerson;
      } else if (sentences.get(s).kind() == Sentence.Kind.BODY && !bodySeen) {
        bodySeen = true;
        Actor lead = leadPerson(v, here);
        if (entryPerson == null && lead != null) {
          entryPerson = lead;
        }
      }
      if (sentences.get(s).kind() == Sentence.Kind.HEADING && !titleSeen) {
        titleSeen = true;
        List<Actor> orgs =
            here.stream()
                .filter(
                    x -> (x.method().equals("name") || x.method().equals("short")) && !isCountry(x))
                .map(Mention::actor)
                .filter(a -> a.label().equals("Organization"))
                .distinct()
                .toList();
        // the one organisation a title names; the places and events beside it (上合組織比什凱克峰會落幕
        // …轉赴車里雅賓斯克) do not make it a title about several things
        titleOrg = orgs.size() == 1 ? orgs.get(0) : null;
      } else if (s == 0 && !titleSeen) {
        // a title the splitter ran into the first sentence (獨立國協：從蘇聯解體到…獨立國協是…), or an
        // entry's lead that opens with its subject (上海合作組織是…): the organisation it opens with; a
        // bare reference takes it only where the paragraph names no other organisation
        // (titleStands)
        titleSeen = true;
        titleOrg =
            here.stream()
                .filter(x -> x.method().equals("name") || x.method().equals("short"))
                .min(Comparator.comparingInt(Mention::begin))
                .filter(x -> x.begin() == 0 && x.actor().label().equals("Organization"))
                .map(Mention::actor)
                .orElse(null);
      }
      if (sentences.get(s).kind() == Sentence.Kind.HEADING) {
        List<Actor> states =
            here.stream()
                .filter(x -> isCountry(x) && x.method().equals("name"))
                .map(Mention::actor)
                .distinct()
                .toList();
        if (states.size() == 1) {
          topic = states.get(0); // Foreign relations of Kazakhstan: the state the text is about
        }
        List<Actor> named =
            here.stream()
                .filter(
                    x ->
                        x.method().equals("name")
                            && !isCountry(x)
                            && !x.actor().label().equals("Person"))
                .map(Mention::actor)
                .distinct()
                .toList();
        // Eurasian Economic Union, Karshi-Khanabad Air Base: what an entry is about
        topicName = named.size() == 1 ? named.get(0) : null;
      }
      here.addAll(added);
      // A left-out object is read by the rules of this sentence only: it is no antecedent of
      // later references (他們, 雙方 of the next sentence).
      List<Mention> kept = zeros.isEmpty() ? here : new ArrayList<>(here);
      here.addAll(zeros);
      if (sentences.get(s).kind() == Sentence.Kind.BODY) {
        lastBody = kept;
        lastBodyView = v;
      }
      for (Mention x : kept) {
        if (isCountry(x)
            && x.end() <= v.length()
            && stateAdjective(x, v)
            && !beforeStateAgent(x, v)
            && !x.method().equals("coref")) {
          adjectives.add(x);
        }
      }
      for (Mention x : kept) {
        if (isCountry(x) && (namedAsTime(x, v) || qualifiesGroup(x, kept, v))) {
          timeStates.add(x);
        }
      }
      paraSentences.add(kept);
      history.addAll(kept);
      docHistory.addAll(kept);
    }
  }

  /**
   * An English pair word in a paragraph that names one state only, under a heading that names
   * another one (Foreign relations of Kazakhstan … Russia remains the closest ally, and the two
   * countries share a border): the heading's state and the paragraph's. Nothing when the paragraph
   * names the heading's state or no state, or two.
   */
  private static List<Actor> withTopic(List<Mention> before, Actor topic) {
    List<Actor> states =
        before.stream()
            .filter(x -> isCountry(x) && !x.method().equals("coref"))
            .map(Mention::actor)
            .distinct()
            .toList();
    if (states.size() != 1 || states.get(0).id().equals(topic.id())) {
      return List.of();
    }
    return List.of(topic, states.get(0));
  }

  /**
   * A group word and an exception right after it, in every language: тюркские государства
   * Центральной Азии, кроме Туркменистана; the Caspian states except Iran; 中亞五國除了塔吉克外, 中亞四國（土庫曼除外）.
   * The group's members the exception names are no members of this mention. Every state the
   * exception names must be a member, else it excepts something else (中亞五國除了 與中國的邊界外); the group
   * word keeps at least one member. Not помимо, apart from, but: as often "besides" as "except".
   */
  private static final Pattern GROUP_EXCEPT =
      Pattern.compile(
          "\\G[\\s,，]*(?:(?:кроме|за исключением)\\s+([^,.;:()]{1,60})"
              + "|(?:except(?: for)?|other than|excluding)\\s+([^,.;:()]{1,60})"
              + "|(?:之中|中)?[，,]?除(?:了|去)?([^，。；、]{1,24}?)(?:之)?(?:以外|外)"
              + "|[（(]([^（）()]{1,24}?)除外[）)])");

  static void groupExcept(String v, List<Mention> here) {
    Map<Integer, Map<String, Mention>> groups = new LinkedHashMap<>();
    for (Mention x : here) {
      if (x.method().equals("group")) {
        groups.computeIfAbsent(x.end(), k -> new LinkedHashMap<>()).put(x.actor().id(), x);
      }
    }
    Set<Mention> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map.Entry<Integer, Map<String, Mention>> g : groups.entrySet()) {
      int end = g.getKey();
      if (end > v.length()) {
        continue;
      }
      Matcher m = GROUP_EXCEPT.matcher(v);
      m.region(end, v.length());
      if (!m.lookingAt()) {
        continue;
      }
      int k = 1;
      while (m.group(k) == null) {
        k++;
      }
      int b = m.start(k);
      int e = m.end(k);
      List<Mention> named =
          here.stream()
              .filter(x -> x.begin() >= b && x.end() <= e && !x.method().equals("coref"))
              .toList();
      Map<String, Mention> members = g.getValue();
      if (named.isEmpty()
          || named.stream().anyMatch(x -> !members.containsKey(x.actor().id()))
          || named.stream().map(x -> x.actor().id()).distinct().count() >= members.size()) {
        continue;
      }
      named.forEach(x -> dropped.add(members.get(x.actor().id())));
    }
    here.removeAll(dropped);
  }

  /**
   * The actor of the mention nearest before {@code at} that {@code which} accepts: this sentence's
   * mentions before it, latest first, then the paragraph's; null when none is.
   */
  static Actor lastNamed(
      List<Mention> history, List<Mention> here, int at, Predicate<Actor> which) {
    List<Mention> before = new ArrayList<>(history);
    here.stream()
        .filter(x -> x.end() <= at)
        .sorted(Comparator.comparingInt(Mention::end))
        .forEach(before::add);
    for (int k = before.size() - 1; k >= 0; k--) {
      if (which.test(before.get(k).actor())) {
        return before.get(k).actor();
      }
    }
    return null;
  }

  /**
   * Links [{@code at}, {@code end}) to the actor {@link #lastNamed} finds before it (該論壇, этих
   * учений), as a reference of this confidence; nothing when none is named.
   */
  static void linkLast(
      List<Mention> history,
      List<Mention> here,
      int at,
      int end,
      Predicate<Actor> which,
      double confidence,
      List<Mention> added) {
    Actor a = lastNamed(history, here, at, which);
    if (a != null) {
      added.add(new Mention(a, at, end, "coref", confidence));
    }
  }

  /** The sentences before the current one that a count may refer back to, and their views. */
  record Context(
      List<List<Mention>> out,
      List<String> views,
      int s,
      int paraStart,
      List<Actor> centralAsia,
      java.util.function.Function<String, Actor> actors) {
    /**
     * The earlier sentences to search, nearest first: the paragraph's, and up to three before it.
     */
    List<Integer> earlier() {
      List<Integer> ks = new ArrayList<>();
      for (int k = s - 1; k >= 0 && k >= paraStart - 3 && k >= s - 8; k--) {
        ks.add(k);
      }
      return ks;
    }
  }

  /**
   * 該3國, 這三國, 三強, 三者, 五國總統, 這十一國, 這三個斯拉夫共和國 (the last list of exactly N states, else the last N
   * countries); 其他4國, 其餘4國, 餘3國, 留下來的六國 (the rest of a group); the same in English (the six states,
   * the other four members, all five) and Russian (эти пять стран, остальные четыре государства):
   * each language's pattern in its class, in this order; whether any count was linked.
   */
  private static boolean numberedCoref(
      String v,
      List<Mention> here,
      List<Mention> history,
      List<Mention> docHistory,
      Map<Integer, List<Actor>> numbered,
      Context cx,
      List<Mention> added) {
    boolean any =
        ChineseReferences.numberedCoref(v, here, history, docHistory, numbered, cx, added);
    any |= MemberCounts.read(v, here, numbered, added);
    any |= EnglishReferences.numberedCoref(v, here, history, docHistory, numbered, cx, added);
    any |= RussianReferences.numberedCoref(v, here, history, docHistory, numbered, cx, added);
    return any;
  }

  static boolean link(
      List<Actor> resolved,
      int n,
      int at,
      int end,
      Map<Integer, List<Actor>> numbered,
      List<Mention> added) {
    return link(resolved, n, at, end, numbered, added, null);
  }

  /**
   * The same; {@code via}: the organisation whose membership resolved the count (上合組織八個成員國), which
   * each mention records ({@link Mention#via}), else null.
   */
  static boolean link(
      List<Actor> resolved,
      int n,
      int at,
      int end,
      Map<Integer, List<Actor>> numbered,
      List<Mention> added,
      String via) {
    if (resolved.size() != n) {
      return false;
    }
    numbered.put(n, resolved);
    for (Actor a : resolved) {
      added.add(new Mention(a, at, end, "coref", 0.65, via));
    }
    return true;
  }

  /**
   * The N states a count refers to. {@code kind}: rest (其餘六國, the other four: the group or the
   * states named just before, without those this or the last sentence names), definite (這五國, the
   * six states: the last list of exactly N, else the last N states), bare (五國總統: a count this
   * sentence does not name, as definite after a group word or a count of the same N), listed (a
   * Russian count without a determiner: only a list of exactly N).
   */
  static List<Actor> resolveCount(
      int n,
      String kind,
      boolean chinese,
      int at,
      int end,
      List<Mention> here,
      List<Mention> history,
      List<Mention> docHistory,
      Map<Integer, List<Actor>> numbered,
      Context cx) {
    List<Mention> before = new ArrayList<>(history);
    here.stream().filter(x -> x.end() <= at).forEach(before::add);
    if (kind.equals("rest")) {
      List<Actor> r = rest(here, at, before, docHistory, n);
      return restOfRegion(r.size() == n ? r : restOfRecent(n, at, here, cx), n, at, end, here, cx);
    }
    long inSentence =
        here.stream()
            .filter(x -> x.end() <= at && isCountry(x))
            .map(x -> x.actor().id())
            .distinct()
            .count();
    if (!kind.equals("definite") && inSentence >= n) {
      return List.of(); // 哈薩克、吉爾吉斯、塔吉克三國: the states are named
    }
    // Chinese: only a format its own sentence names before the count (首屆中國—中亞峰會在西安舉行，六國元首簽署…);
    // (with the sentence before as well, 六國元首 was measured twice: challenge +6 false SIGNED, 0
    // true)
    List<Actor> parties = summitParties(n, at, here, cx, chinese);
    if (parties.size() == n
        && lastListIn(here.stream().filter(x -> x.end() <= at).toList(), cx.views().get(cx.s()), n)
            .isEmpty()) {
      return parties; // 首屆中國—中亞峰會在西安舉行，六國元首簽署…: China and the five
    }
    if (!kind.equals("definite") && numbered.containsKey(n)) {
      return numbered.get(n);
    }
    if (kind.equals("bare") && chinese) {
      List<Actor> group = lastGroup(before);
      if (group.size() == n) {
        return group;
      }
    }
    List<Actor> list = lastList(n, at, here, cx);
    if (list == null) {
      return List.of(); // a longer list came after the last list of n: the count names none
    }
    if (list.size() == n
        && list.stream().anyMatch(a -> !cx.centralAsia().contains(a))
        && ofCentralAsia(at, cx)) {
      // пять государств региона after the Shanghai Five were listed: the region's states, not
      // China and Russia
      list = List.of();
    }
    if (list.size() != n && n == cx.centralAsia().size() && regionNear(at, cx)) {
      list = cx.centralAsia(); // No Central Asian state applied, yet all five joined; пятью
      // государствами региона
    }
    if (list.size() == n || kind.equals("listed")) {
      return list;
    }
    if (chinese && n <= 9) {
      return lastDistinct(before, "Country", n);
    }
    // all five, the eleven republics without a list of that many: only when the paragraph names
    // exactly that many states (the last N of a longer paragraph are a guess)
    Map<String, Actor> named = new LinkedHashMap<>();
    before.stream()
        .filter(x -> isCountry(x) && !x.method().equals("coref"))
        .forEach(x -> named.putIfAbsent(x.actor().id(), x.actor()));
    return named.size() == n ? List.copyOf(named.values()) : List.of();
  }

  /**
   * The parties of a summit format named by a partner and the region, from the data file's
   * summit_parties ({@code event=party,party,…}).
   */
  private static final Map<String, List<String>> SUMMIT_PARTIES = summitParties();

  private static Map<String, List<String>> summitParties() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String entry : WORDS.get("summit_parties").split("\\|")) {
      String[] kv = entry.strip().split("=");
      if (kv.length == 2) {
        out.put(kv[0].strip(), List.of(kv[1].strip().split(",")));
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The parties of the summit named nearest before a count (in this sentence before {@code at},
   * else in the sentence before it in the paragraph) when the data file lists exactly {@code n} of
   * them: 首屆中國—中亞峰會在西安舉行，六國元首簽署…, the six leaders. Only the nearest event counts: a count after
   * another summit, or of another size, names none here.
   */
  static List<Actor> summitParties(int n, int at, List<Mention> here, Context cx) {
    return summitParties(n, at, here, cx, false);
  }

  /**
   * The same; {@code ownSentence}: only a format this sentence names, before the count or in the
   * name of an agreement it names (六國元首簽署了《中國—中亞峰會西安宣言》), not the format of the sentence before.
   */
  static List<Actor> summitParties(
      int n, int at, List<Mention> here, Context cx, boolean ownSentence) {
    List<Mention> own =
        here.stream()
            .filter(x -> x.end() <= at && !x.method().equals("coref"))
            .sorted(Comparator.comparingInt(Mention::end).reversed())
            .toList();
    for (Mention x : own) {
      if (isEvent(x)) {
        return partiesOf(x.actor().id(), n);
      }
    }
    // no format before the count: the format an agreement of this sentence is named after
    Set<String> formats = new LinkedHashSet<>();
    for (Mention x : here) {
      if (x.actor().label().equals("Agreement") && !x.method().equals("coref")) {
        formats.addAll(formatsNaming(x.actor()));
      }
    }
    if (formats.size() == 1) {
      return partiesOf(formats.iterator().next(), n);
    }
    if (!formats.isEmpty() || ownSentence || cx.s() - 1 < cx.paraStart()) {
      return List.of();
    }
    List<Mention> prev = new ArrayList<>(cx.out().get(cx.s() - 1));
    prev.sort(Comparator.comparingInt(Mention::end).reversed());
    for (Mention x : prev) {
      if (isEvent(x)) {
        return partiesOf(x.actor().id(), n);
      }
    }
    return List.of();
  }

  /** The parties the data file gives a format when they are exactly {@code n}, else none. */
  private static List<Actor> partiesOf(String format, int n) {
    List<String> ids = SUMMIT_PARTIES.get(format);
    if (ids == null || ids.size() != n) {
      return List.of();
    }
    List<Actor> parties = new ArrayList<>();
    for (String id : ids) {
      Actor a = Gazetteer.load().get(id.strip());
      if (a == null) {
        return List.of();
      }
      parties.add(a);
    }
    return List.copyOf(parties);
  }

  private static final Map<String, Set<String>> FORMATS_NAMING =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The formats of summit_parties whose name (of four characters or more) an agreement's name
   * holds: the Xi'an Declaration of the China–Central Asia Summit, 中國—中亞峰會西安宣言.
   */
  static Set<String> formatsNaming(Actor agreement) {
    return FORMATS_NAMING.computeIfAbsent(
        agreement.id(),
        k -> {
          Set<String> out = new LinkedHashSet<>();
          for (String format : SUMMIT_PARTIES.keySet()) {
            Actor f = Gazetteer.load().get(format);
            if (f == null) {
              continue;
            }
            for (String name : f.names()) {
              if (name.length() >= 4
                  && agreement.names().stream().anyMatch(a -> a.contains(name))) {
                out.add(format);
              }
            }
          }
          return Set.copyOf(out);
        });
  }

  /**
   * 烏茲別克與其他四國都接壤 in a paragraph about Central Asia: when the states this sentence names before the
   * count are Central Asian and the count is the rest of the five, the other states are the
   * region's, not a list that takes in China or Russia named nearby. The region may qualify the
   * count itself (烏茲別克與其他四個中亞國家接壤; Uzbekistan borders all four other Central Asian states): it is
   * looked for up to the count's {@code end}.
   */
  private static List<Actor> restOfRegion(
      List<Actor> found, int n, int at, int end, List<Mention> here, Context cx) {
    List<Actor> region = cx.centralAsia();
    String v = cx.views().get(cx.s());
    boolean qualified = REGION.matcher(v.substring(at, end)).find();
    if (found.isEmpty() ? !qualified : found.stream().allMatch(region::contains)) {
      return found;
    }
    Set<String> except = new LinkedHashSet<>();
    here.stream()
        .filter(x -> x.end() <= at && isCountry(x) && !x.method().equals("coref"))
        .forEach(x -> except.add(x.actor().id()));
    List<Actor> rest = region.stream().filter(a -> !except.contains(a.id())).toList();
    if (except.isEmpty()
        || rest.size() != n
        || rest.size() + except.size() != region.size()
        || !regionNamed(end, cx)) {
      return found;
    }
    return rest;
  }

  /**
   * Whether this sentence before {@code at} or one of the sentences before it names Central Asia.
   */
  private static boolean regionNamed(int at, Context cx) {
    String v = cx.views().get(cx.s());
    if (REGION.matcher(v.substring(0, Math.min(at, v.length()))).find()) {
      return true;
    }
    for (int k : cx.earlier()) {
      if (REGION.matcher(cx.views().get(k)).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Central Asia named as a region (中亞, Central Asian, Центральной Азии), not as its five states.
   */
  private static final Pattern REGION =
      Pattern.compile("中亚|central asia|(?:центральн|средн)[а-яё]*\\s+ази");

  /**
   * Whether this sentence before {@code at}, or the one before it, names Central Asia: a count of
   * five there is its five states.
   */
  /** A sentence of Latin letters, digits, marks and spaces only (an English one). */
  private static final Pattern LATIN_ONLY =
      Pattern.compile("(?s)[\\p{IsLatin}\\p{N}\\p{P}\\p{S}\\s]*");

  private static boolean regionNear(int at, Context cx) {
    String v = cx.views().get(cx.s());
    if (REGION.matcher(v.substring(0, Math.min(at, v.length()))).find()) {
      return true;
    }
    if (cx.s() > 0 && REGION.matcher(cx.views().get(cx.s() - 1)).find()) {
      return true;
    }
    // the five states of an English paragraph that named Central Asia before (Central Asia… In
    // 2023 Washington launched a dialogue with the five states): no other five to take
    if (LATIN_ONLY.matcher(v).matches()) {
      for (int k = cx.s() - 1; k >= cx.paraStart() && k >= 0; k--) {
        if (REGION.matcher(cx.views().get(k)).find()) {
          return true;
        }
      }
    }
    // пятью государствами региона, the five states of the region: the region the paragraph named
    return ofCentralAsia(at, cx);
  }

  /**
   * A count qualified by the region (пять государств региона, the five states of the region, 該地區五國)
   * in a sentence or paragraph that named Central Asia: its states are Central Asian.
   */
  private static boolean ofCentralAsia(int at, Context cx) {
    String v = cx.views().get(cx.s());
    Matcher own = OF_THE_REGION.matcher(v);
    boolean qualified =
        (own.find(Math.min(at, v.length())) && own.start() - at < 40)
            || REGION_BEFORE
                .matcher(v.substring(Math.max(0, at - 4), Math.min(at, v.length())))
                .find();
    return qualified && regionNamed(at, cx);
  }

  /** 該地區五國, 本地區的五國: the region before a Chinese count. */
  private static final Pattern REGION_BEFORE = Pattern.compile("(?:本地区|该地区|区域内)的?$");

  private static final Pattern OF_THE_REGION =
      Pattern.compile("(?<![\\p{L}])(?:региона|of the region|in the region)(?![\\p{L}])|本地区|该地区");

  /**
   * The last list of exactly {@code n} distinct states (哈薩克、吉爾吉斯與烏茲別克; Russia, Belarus and Ukraine;
   * a group word of n states), in this sentence before {@code at}, then in the sentences before it,
   * nearest first. Failing a list in a sentence, a name there that spells n states joined by dashes
   * (the China-Kyrgyzstan-Uzbekistan railway … the three governments), but only in the paragraph
   * and only while no sentence from the count back names a state outside names: a state named in
   * between (Ten years later Tajikistan hosted Iran and Afghanistan. The three governments…) leaves
   * the count to the fallbacks after this. Null when a list of more than {@code n} states comes
   * first, nearer than any list of {@code n} (Kazakhstan and China held talks. Kyrgyzstan,
   * Tajikistan and Uzbekistan met. The two countries…): which of them the count means is unsaid,
   * and the older list is no longer the one in view, as a pair word after three names nobody.
   */
  private static List<Actor> lastList(int n, int at, List<Mention> here, Context cx) {
    List<Integer> ks = new ArrayList<>();
    ks.add(cx.s());
    ks.addAll(cx.earlier());
    boolean stateNamed = false;
    for (int k : ks) {
      List<Mention> ms =
          k == cx.s() ? here.stream().filter(x -> x.end() <= at).toList() : cx.out().get(k);
      String v = cx.views().get(k);
      List<Actor> l = lastListIn(ms, v, n);
      if (!l.isEmpty()) {
        return l;
      }
      if (runsIn(ms, v).stream().anyMatch(r -> r.size() > n && r.size() >= 3)) {
        return null; // a longer list nearer: which n of it, unsaid
      }
      stateNamed |= ms.stream().anyMatch(x -> isCountry(x) && !x.method().equals("coref"));
      if (!stateNamed && k >= cx.paraStart()) {
        l = lastCompoundIn(ms, v, n);
        if (!l.isEmpty()) {
          return l;
        }
      }
    }
    return List.of();
  }

  /**
   * The states a name of a sentence spells out joined by dashes, when the sentence lists no states
   * itself: the China-Kyrgyzstan-Uzbekistan railway, the Turkmenistan–Afghanistan–Pakistan–India
   * pipeline (…before the three governments signed an agreement: China, Kyrgyzstan and Uzbekistan).
   * The last such name of the sentence with exactly {@code n} distinct states, each part a state's
   * name or adjective (the Sino-Kazakh pipeline: China and Kazakhstan), the last part one before
   * the rest of the name (not the Russian-led bloc); none when the sentence names a state outside
   * names.
   */
  static List<Actor> lastCompoundIn(List<Mention> ms, String v, int n) {
    if (ms.stream().anyMatch(x -> isCountry(x) && !x.method().equals("coref"))) {
      return List.of();
    }
    List<Actor> found = List.of();
    for (Mention x :
        ms.stream()
            .filter(x -> !isCountry(x) && !x.method().equals("coref") && x.end() <= v.length())
            .sorted(Comparator.comparingInt(Mention::begin))
            .toList()) {
      List<Actor> states = statesSpelledIn(v.substring(x.begin(), x.end()));
      if (states.size() == n) {
        found = states;
      }
    }
    return found;
  }

  /** A dash between the parts of a compound name, spaced or not. */
  private static final Pattern NAME_DASH = Pattern.compile("\\s*[-‐‑‒–—]\\s*");

  /**
   * The states {@code surface} spells when it is a compound of two or more distinct states' names
   * or adjectives joined by dashes, the last of which may carry the rest of the name
   * (China-Kyrgyzstan-Uzbekistan railway, Sino-Kazakh pipeline), in order; empty when it has no
   * dash, a part is no state's name (Russian-led bloc, North-South transport corridor) or a state
   * comes twice.
   */
  static List<Actor> statesSpelledIn(String surface) {
    String[] parts = NAME_DASH.split(surface.strip());
    if (parts.length < 2) {
      return List.of();
    }
    Map<String, Actor> states = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      Actor a = COUNTRY_NAMES.get(Linker.key(part));
      if (a == null && i == parts.length - 1) {
        // the last part carries the rest of the name: uzbekistan railway
        int space = part.indexOf(' ');
        while (space > 0 && a == null) {
          a = COUNTRY_NAMES.get(Linker.key(part.substring(0, space)));
          space = part.indexOf(' ', space + 1);
        }
      }
      if (a == null) {
        return List.of();
      }
      states.putIfAbsent(a.id(), a);
    }
    return states.size() == parts.length ? List.copyOf(states.values()) : List.of();
  }

  /** Every state's names (Linker keys) to the state. */
  private static final Map<String, Actor> COUNTRY_NAMES = countryNames();

  private static Map<String, Actor> countryNames() {
    Map<String, Actor> out = new HashMap<>();
    Set<String> clash = new HashSet<>();
    for (Actor a : Gazetteer.load().actors().values()) {
      if (!a.label().equals("Country")) {
        continue;
      }
      for (String name : a.names()) {
        String k = Linker.key(name);
        if (k.length() < 3) {
          continue;
        }
        Actor old = out.putIfAbsent(k, a);
        if (old != null && !old.id().equals(a.id())) {
          clash.add(k);
        }
      }
    }
    clash.forEach(out::remove);
    return Map.copyOf(out);
  }

  /**
   * What {@code in} finds in this sentence before {@code at}, else in the sentences before it,
   * nearest first; empty when none has it.
   */
  static List<Actor> nearest(
      int at,
      List<Mention> here,
      Context cx,
      java.util.function.BiFunction<List<Mention>, String, List<Actor>> in) {
    List<Actor> l =
        in.apply(here.stream().filter(x -> x.end() <= at).toList(), cx.views().get(cx.s()));
    for (int k : cx.earlier()) {
      if (!l.isEmpty()) {
        break;
      }
      l = in.apply(cx.out().get(k), cx.views().get(k));
    }
    return l;
  }

  /** The last run of coordinated states of a sentence with exactly {@code n} distinct members. */
  private static List<Actor> lastListIn(List<Mention> ms, String v, int n) {
    List<Actor> found = List.of();
    for (List<Actor> run : runsIn(ms, v)) {
      if (run.size() == n) {
        found = run;
      }
    }
    return found;
  }

  /**
   * 留下來的六國, the remaining six, остальные пять: the states named in the sentences just before (the
   * nearest that give exactly {@code n}), without those named last (in this sentence before {@code
   * at}, else in the last sentence naming a state): 亞塞拜然、喬治亞與烏茲別克退出…，留下來的六國….
   */
  private static List<Actor> restOfRecent(int n, int at, List<Mention> here, Context cx) {
    Set<String> except = new LinkedHashSet<>();
    here.stream()
        .filter(x -> x.end() <= at && isCountry(x) && !x.method().equals("coref"))
        .forEach(x -> except.add(x.actor().id()));
    List<Integer> ks = cx.earlier();
    int from = 0;
    if (except.isEmpty()) {
      for (; from < ks.size() && except.isEmpty(); from++) {
        cx.out().get(ks.get(from)).stream()
            .filter(x -> isCountry(x) && !x.method().equals("coref"))
            .forEach(x -> except.add(x.actor().id()));
      }
    }
    if (except.isEmpty()) {
      return List.of();
    }
    Map<String, Actor> named = new LinkedHashMap<>();
    for (int i = from; i < ks.size(); i++) {
      cx.out().get(ks.get(i)).stream()
          .filter(x -> isCountry(x) && !x.method().equals("coref"))
          .forEach(x -> named.putIfAbsent(x.actor().id(), x.actor()));
      List<Actor> rest = named.values().stream().filter(a -> !except.contains(a.id())).toList();
      if (rest.size() == n) {
        return rest;
      }
      if (rest.size() > n) {
        break;
      }
    }
    return List.of();
  }

  /**
   * Prepositions and verbs that make the actor after them an object, not a subject (與俄羅斯的合作,
   * 鄰近俄羅斯).
   */
  private static final Pattern GOVERNED =
      Pattern.compile(
          "(与|和|同|跟|对|向|在|于|从|及|邻近|针对|依赖|\\bwith|\\bto|\\bin|\\binto|\\bfrom|\\bof|\\bby|\\bon|\\bagainst|\\bbetween"
              + "|(?<![\\p{L}])(?:с|со|в|во|из|к|ко|по|для|против|между|от|у|на|при|о|об))\\s*$");

  /** A profile's lead says where or when its person was born. */
  private static final Pattern BORN =
      Pattern.compile("生於|生于|出生|(?<![\\p{L}])(?:born|родился|родилась)(?![\\p{L}])");

  /**
   * The person an entry's lead opens with as its subject, when the lead says where or when he was
   * born (卡瑟姆若馬爾特·托卡耶夫1953年生於阿拉木圖; Kassym-Jomart Tokayev, the second president of Kazakhstan, was
   * born in Almaty): what the entry is about. Null otherwise.
   */
  static Actor leadPerson(String v, List<Mention> here) {
    if (!BORN.matcher(v).find()) {
      return null;
    }
    Mention first =
        here.stream()
            .filter(x -> x.method().equals("name") && x.end() <= v.length())
            .min(Comparator.comparingInt(Mention::begin))
            .orElse(null);
    if (first == null
        || !first.actor().label().equals("Person")
        || !GIVEN_NAMES.matcher(v.substring(0, first.begin())).matches()) {
      return null;
    }
    return first.actor();
  }

  /** Nothing, or the given names before a linked Chinese surname (卡瑟姆若馬爾特·托卡耶夫). */
  private static final Pattern GIVEN_NAMES = Pattern.compile("\\s*(?:[\\p{IsHan}]{1,10}[·・•‧])?");

  /**
   * An object pronoun that is no clause's subject: him, 他 after a verb, него. The entry's person is
   * still what the sentence speaks of (Ban Ki-moon appointed him deputy secretary-general), so the
   * next "he" is his.
   */
  private static final Pattern OBJECT_HIM =
      Pattern.compile(
          "(?<![\\p{L}])(?:him|него|нему|ним)(?![\\p{L}])|(?<=[\\p{IsHan}])他(?![们們国國人方者日处處乡鄉])");

  /**
   * He, 他 or он opening a clause in an entry on a person (卡瑟姆若馬爾特·托卡耶夫1953年生於阿拉木圖。… 2013年，他返回阿斯塔納),
   * which the resolvers of the sentence before left unlinked because that sentence names two
   * persons or speaks of a third (Nazarbayev resigned, and Tokayev was sworn in. He won…;
   * 潘基文任命他為…。2013年，他…): the entry's person, when the person named last (in the sentence before,
   * else in the paragraph) is he, when none is named, or when the sentence before speaks of "him"
   * unnamed (the entry's person stays what the text is about). Not after another person named last
   * (Nazarbayev resigned in 2019. The constitution was amended. He kept…: that person's, or
   * nobody's), nor after a person of its own sentence, nor she, 她, она (the entry's person is not
   * known to be a man or a woman).
   */
  static void entryPronouns(
      String v,
      List<Mention> here,
      List<Mention> prev,
      String prevView,
      List<Mention> paragraph,
      Actor entry,
      List<Mention> added) {
    if (entry == null || prev == null || prevView == null) {
      return;
    }
    Actor last =
        prev.stream()
            .filter(x -> x.actor().label().equals("Person"))
            .max(Comparator.comparingInt(Mention::begin))
            .map(Mention::actor)
            .orElse(null);
    for (int k = paragraph.size() - 1; k >= 0 && last == null; k--) {
      if (paragraph.get(k).actor().label().equals("Person")) {
        last = paragraph.get(k).actor();
      }
    }
    boolean him = OBJECT_HIM.matcher(prevView).find();
    if (last != null
        && !last.id().equals(entry.id())
        && !him
        && partnerOfEntry(prev, prevView, entry)) {
      last = entry; // 托卡耶夫赴柏林出席峰會，與德國總理朔爾茨會晤。…，他…: the partner met is no subject
    }
    if (last != null && !last.id().equals(entry.id()) && !him) {
      return;
    }
    for (Pattern p :
        List.of(ChineseReferences.HE_ZH, EnglishReferences.HE_EN, RussianReferences.HE_PERSON_RU)) {
      Matcher m = p.matcher(v);
      while (m.find()) {
        int g = m.groupCount() >= 1 && m.group(1) != null ? 1 : 0;
        int at = m.start(g);
        int end = m.end(g);
        String w = m.group(g);
        if (!w.equals("他") && !w.equals("he") && !w.equals("он")) {
          continue;
        }
        if (overlapsName(here, at, end)
            || personBefore(here, at)
            || added.stream().anyMatch(x -> x.begin() < end && at < x.end())
            || SUCCEEDED.matcher(v).results().anyMatch(r -> r.start(1) == at)) {
          continue;
        }
        added.add(new Mention(entry, at, end, "coref", 0.6));
      }
    }
  }

  /** A Chinese partner or guest word before a person: met with him, received him. */
  private static final Pattern PARTNER_BEFORE_ZH =
      Pattern.compile("(?:与|與|同|跟|会见|會見|会晤|會晤|接待|接见|接見)[^，,；;：:。]{0,12}$");

  /**
   * Whether every person {@code prev} names after the entry's person is the partner or guest of a
   * clause the entry's person opens the sentence with (托卡耶夫赴柏林出席峰會，與德國總理朔爾茨會晤; 米爾濟約耶夫接待了習近平): the
   * sentence still speaks of the entry's person, so the next clause-opening 他 is his. Not when
   * another person is named before him or stands as a clause's own subject (納扎爾巴耶夫辭職，托卡耶夫接任).
   */
  static boolean partnerOfEntry(List<Mention> prev, String prevView, Actor entry) {
    List<Mention> persons =
        prev.stream()
            .filter(x -> x.actor().label().equals("Person"))
            .sorted(Comparator.comparingInt(Mention::begin))
            .toList();
    if (persons.isEmpty() || !persons.get(0).actor().id().equals(entry.id())) {
      return false;
    }
    boolean other = false;
    for (Mention p : persons.subList(1, persons.size())) {
      if (p.actor().id().equals(entry.id())) {
        continue;
      }
      other = true;
      if (p.begin() > prevView.length()
          || !PARTNER_BEFORE_ZH.matcher(prevView.substring(0, p.begin())).find()) {
        return false;
      }
    }
    return other;
  }

  /** Whether a person is named in this sentence before {@code at}. */
  static boolean personBefore(List<Mention> here, int at) {
    return here.stream().anyMatch(x -> x.actor().label().equals("Person") && x.end() <= at);
  }

  /** The one person {@code mentions} name, or null for none or two. */
  static Actor onePerson(List<Mention> mentions) {
    List<Actor> persons =
        mentions.stream()
            .filter(x -> x.actor().label().equals("Person"))
            .map(Mention::actor)
            .distinct()
            .toList();
    return persons.size() == 1 ? persons.get(0) : null;
  }

  /**
   * A successor after the holder of a post (He was followed by X; В 2025 году его сменил X): the
   * pronoun stands for the post, so it is linked to the one state or organisation of the previous
   * sentence, when that sentence names one person and a head's title (Its first president,
   * Saparmurat Niyazov, ruled…). The title rules read 「state was followed by person」.
   */
  static final Pattern SUCCEEDED =
      Pattern.compile(
          "(?:^|[,;]\\s+|\\s)(he|she|его|её|ее)\\s+(?:was\\s+(?:followed|succeeded|replaced)\\s+by"
              + "|(?:сменил|сменила|заменил|заменила)(?:\\s+на\\s+этом\\s+посту)?)(?![\\p{L}])");

  private static final Pattern HEAD_TITLE_WORD =
      Pattern.compile(
          "president|leader|secretary[ -]general|chairman|prime minister|президент|лидер|генеральн[а-я]+\\s+секретар"
              + "|председател|глав[аоуы]|премьер");

  private static void successor(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    if (prev == null || prev.isEmpty() || !HEAD_TITLE_WORD.matcher(prevView).find()) {
      return;
    }
    Matcher m = SUCCEEDED.matcher(v);
    if (!m.find() || overlapsName(here, m.start(1), m.end(1))) {
      return;
    }
    long persons =
        prev.stream()
            .filter(x -> x.actor().label().equals("Person"))
            .map(x -> x.actor().id())
            .distinct()
            .count();
    List<Actor> posts =
        prev.stream()
            .filter(
                x ->
                    x.actor().label().equals("Country") || x.actor().label().equals("Organization"))
            .map(Mention::actor)
            .distinct()
            .toList();
    if (persons == 1 && posts.size() > 1) {
      // the post is the body or state right after the head's title (пост генерального секретаря
      // ШОС занимал китайский дипломат …: the SCO's, not China's)
      posts = titledPost(prev, prevView);
    }
    if (persons != 1 || posts.size() != 1) {
      return; // two persons or two posts could be either
    }
    added.add(new Mention(posts.get(0), m.start(1), m.end(1), "coref", 0.6));
  }

  /**
   * The states and bodies named right after a head's title in {@code view} (at most 3 chars on).
   */
  private static List<Actor> titledPost(List<Mention> prev, String view) {
    List<Actor> out = new ArrayList<>();
    Matcher t = HEAD_TITLE_WORD.matcher(view);
    while (t.find()) {
      int at = t.end();
      int wordEnd = at;
      while (wordEnd < view.length() && Character.isLetter(view.charAt(wordEnd))) {
        wordEnd++; // the title's case ending (секретаря, председателя)
      }
      int from = wordEnd;
      prev.stream()
          .filter(
              x ->
                  (x.actor().label().equals("Country") || x.actor().label().equals("Organization"))
                      && x.begin() >= from
                      && x.begin() <= from + 3)
          .map(Mention::actor)
          .filter(a -> !out.contains(a))
          .forEach(out::add);
    }
    return out;
  }

  private static final Pattern COORDINATED =
      Pattern.compile("\\s*(、|,|，|与|和|及|以及|同|跟|and|&|и)\\s*");

  /** The actors a sentence names itself (not by coreference). */
  static Set<String> namedIn(List<Mention> here) {
    Set<String> named = new LinkedHashSet<>();
    here.stream().filter(x -> !x.method().equals("coref")).forEach(x -> named.add(x.actor().id()));
    return named;
  }

  /** Whether a state is named (not by coreference) before {@code at} in this sentence. */
  static boolean stateBefore(List<Mention> here, int at) {
    return here.stream()
        .anyMatch(x -> x.end() <= at && isCountry(x) && !x.method().equals("coref"));
  }

  /**
   * The distinct actors of the given labels in {@code prev} that stand as subjects: not governed by
   * a preposition or an object verb (與俄羅斯, 鄰近俄羅斯), unless coordinated with an actor right before
   * (俄羅斯與哈薩克), and not named again in the current sentence ({@code view} null: every such actor).
   */
  static List<Actor> subjects(
      List<Mention> prev, String view, Set<String> named, Set<String> labels) {
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
        if (y != x
            && y.end() <= x.begin()
            && x.begin() - y.end() <= 5
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
   * An English pair word that names a pair the sentence names later (cataphora): in a clause
   * fronted before the main one (When the two countries signed the treaty in 1998, Kazakhstan and
   * Uzbekistan also settled their border), or opening a sentence whose colon lists the pair (Both
   * states joined the WTO late: Kazakhstan in 2015 and Tajikistan in 2013). The two states must be
   * the only ones after the comma or colon; otherwise none, and the pair named before stands.
   */
  static List<Actor> cataphoricPair(String v, int at, int end, List<Mention> here) {
    String opening = v.substring(0, at);
    int cut;
    if (FRONTED_CLAUSE.matcher(opening).matches()) {
      cut = v.indexOf(',', end);
    } else if (SENTENCE_OPENING.matcher(opening).matches()) {
      cut = v.indexOf(':', end);
    } else {
      return List.of();
    }
    if (cut < 0) {
      return List.of();
    }
    List<Actor> after = new ArrayList<>();
    int first = -1;
    for (Mention x : here) {
      if (x.begin() > cut && isCountry(x) && !after.contains(x.actor())) {
        after.add(x.actor());
        first = first < 0 ? x.begin() : Math.min(first, x.begin());
      }
    }
    // the pair opens what follows, as the main clause's subject or the colon's list (not
    // "…, Russia and China objected": another pair acting on the first)
    return after.size() == 2 && v.substring(cut + 1, first).strip().matches("(?:the\\s+)?")
        ? after
        : List.of();
  }

  /**
   * A subordinate clause opening the sentence, right before the pair word (When, After, Although).
   */
  private static final Pattern FRONTED_CLAUSE =
      Pattern.compile(
          "\\s*(?:but\\s+|and\\s+|yet\\s+)?(?:when|after|before|although|though|while|since|once|until"
              + "|because|as\\s+soon\\s+as|even\\s+though)\\s+");

  /** Nothing but a conjunction or nothing at all before the pair word (Both states joined …). */
  private static final Pattern SENTENCE_OPENING =
      Pattern.compile("\\s*(?:but\\s+|and\\s+|yet\\s+)?");

  /** Whether the last state named before a pair word was named by a group word (中亞五國). */
  private static boolean lastStateIsGroup(List<Mention> before) {
    for (int k = before.size() - 1; k >= 0; k--) {
      if (isCountry(before.get(k))) {
        return before.get(k).method().equals("group");
      }
    }
    return false;
  }

  /** A predecessor's name: 其前身「上海五國」, its predecessor the Shanghai Five, предшественник. */
  private static final Pattern PREDECESSOR =
      Pattern.compile(
          "(?:前身|predecessor|предшественни[а-яё]*)\\s*(?:是|为|,|，|:|：|—|–)?\\s*(?:the\\s+)?[「『“\"«]?\\s*$");

  /** Whether the mention at {@code begin} is named as an organisation's predecessor. */
  private static boolean predecessor(String v, int begin) {
    if (begin <= 0 || begin > v.length()) {
      return false;
    }
    return PREDECESSOR.matcher(v.substring(Math.max(0, begin - 16), begin)).find();
  }

  /**
   * A comitative (與, 跟) right after the one party a sentence names, an adverb or a short 於…/在…
   * phrase between at most (喬治亞則先於2018年與聯盟…), or opening the party's next clause
   * (伊朗則選擇另一條路徑，先於2018年 與聯盟…): it names the other side itself. 與 of 參與, 與會 or 與此同時 is no partner,
   * nor does a 於…/在… phrase reach past 參 (俄羅斯曾於2018年參與演習).
   */
  private static final Pattern COMITATIVE =
      Pattern.compile(
          "(?:[^，,。；;：:]{0,12}[，,])?\\s*(?:(?:则|先|曾|已|也|亦|又|再|还|将|早|即|随即|随后|其后|于[^，,。；：与跟参]{1,10}?|在[^，,。；：与跟参]{1,10}?)\\s*){0,3}"
              + "(?<!参)[与跟](?![会此])");

  /**
   * Whether a sentence names one state or organisation before 雙方 and then its partner with a
   * comitative (伊朗先於2018年與聯盟簽署協定，其後雙方再簽訂…): the two sides are that party and its partner, not a
   * pair of an earlier sentence; with the partner unlinked, 雙方 refers to no one the linker knows. A
   * party that only calls on both sides (俄羅斯總統普京呼籲雙方克制) names no partner.
   */
  /**
   * Both sides, обе стороны, 雙方 after a sentence that names its two parties without joining them
   * (Kazakhstan signed an agreement with the European Union. Both sides…; Казахстан подписал
   * соглашение с Евросоюзом. Обе стороны…): the two states or organisations of the sentence before,
   * when this sentence names none before the word and that one names exactly two, joined as parties
   * by a word between them (with, and, и, с, между, 與, 和, 同, 跟); else none. One named as what the
   * other applied to, left or joined (Kazakhstan later applied to the World Trade Organization;
   * Uzbekistan left the CSTO) is no side.
   */
  static List<Actor> partiesBefore(
      List<Mention> here, int at, List<List<Mention>> para, String prevView) {
    if (para.isEmpty() || here.stream().anyMatch(x -> x.end() <= at && isParty(x))) {
      return List.of();
    }
    List<Mention> named =
        para.get(para.size() - 1).stream()
            .filter(Coreference::isParty)
            .sorted(Comparator.comparingInt(Mention::begin))
            .toList();
    List<Actor> parties = named.stream().map(Mention::actor).distinct().toList();
    if (parties.size() != 2) {
      return List.of();
    }
    Mention first = named.get(0);
    Mention second =
        named.stream().filter(x -> !x.actor().equals(first.actor())).findFirst().orElseThrow();
    if (first.end() > second.begin()
        || second.begin() > prevView.length()
        || !PARTIES_JOINED.matcher(prevView.substring(first.end(), second.begin())).find()) {
      return List.of();
    }
    return parties;
  }

  /** A word that joins two parties between their names ({@link #partiesBefore}). */
  private static final Pattern PARTIES_JOINED =
      Pattern.compile(
          "(?i)\\b(?:with|and|between)\\b|(?<![\\p{L}])(?:и|с|со|между)(?![\\p{L}])|[与與和同跟]");

  /**
   * Whether this sentence before {@code at}, or else the paragraph's sentence before, names an
   * organisation among its parties: both sides there are not two states found further back.
   */
  static boolean organisationParty(List<Mention> here, int at, List<List<Mention>> para) {
    List<Mention> own = here.stream().filter(x -> x.end() <= at && isParty(x)).toList();
    if (own.isEmpty() && !para.isEmpty()) {
      own = para.get(para.size() - 1).stream().filter(Coreference::isParty).toList();
    }
    return own.stream().anyMatch(x -> x.actor().label().equals("Organization"));
  }

  /** A state or an organisation named by name (not a reference, not a group word). */
  private static boolean isParty(Mention x) {
    return !x.method().equals("coref")
        && !x.method().equals("group")
        && (isCountry(x) || x.actor().label().equals("Organization"));
  }

  static boolean ownSidesUnnamed(List<Mention> here, int at, String v) {
    List<Mention> parties =
        here.stream()
            .filter(
                x ->
                    x.end() <= at
                        && !x.method().equals("coref")
                        && (isCountry(x) || x.actor().label().equals("Organization")))
            .toList();
    if (parties.stream().map(x -> x.actor().id()).distinct().count() != 1) {
      return false;
    }
    int end = parties.stream().mapToInt(Mention::end).max().orElse(at);
    return end < at
        && end <= v.length()
        && COMITATIVE.matcher(v.substring(end, Math.min(at, v.length()))).lookingAt();
  }

  /**
   * 在同謝爾達爾會談時，兩國元首…; 與米爾濟約耶夫會晤後，雙方…: a pair word right after talks with one person is that person's
   * own state (gazetteer partOf) and the other side, the state named last by name before the talks
   * that is not his (中方, 中國 of the sentences before: the host the paragraph has been speaking of).
   * Not the last two states of the paragraph, which may be an earlier guest's and the host's.
   * Nothing when the person's state is unknown or no other state is named.
   */
  private static final Pattern TALKS_AFTER =
      Pattern.compile("^(?:举行)?(?:会谈|会晤|会见|通电话|通话)(?:时|后|之后|期间|中)?\\s*[，,]\\s*$");

  private static final Pattern TALKS_BEFORE = Pattern.compile("(?:同|与|和)$");

  /**
   * What comes between a leader and the city he visits (普京于2024年5月访问塔什干, 托卡耶夫出访北京): a verb of
   * visiting at the end of a short stretch of one clause.
   */
  private static final Pattern VISIT_BETWEEN =
      Pattern.compile("^[^，,。；;：:]{0,12}?(?:访问|出访|到访|访华|前往|抵达)$");

  /**
   * What comes between the visited city and the pair word: a word of the visit's time and a comma.
   */
  private static final Pattern VISIT_TO_PAIR =
      Pattern.compile("^(?:进行(?:国事|正式|工作)?访问)?(?:期间|时|之际|后|之后)\\s*[，,]\\s*$");

  /** Between two leaders: a verb of meeting (习近平在西安会见了托卡耶夫). */
  private static final Pattern MEET_BETWEEN =
      Pattern.compile("^[^，,。；;：:]{0,12}?(?:会见|会晤|接见)(?:了)?$");

  /** Between the leader met and the pair word: nothing but a time word and a comma. */
  private static final Pattern MEET_TO_PAIR = Pattern.compile("^(?:时|后|之后|期间)?\\s*[，,]\\s*$");

  /**
   * 兩國 or 雙方 right after a leader's visit to a city of another state (普京访问塔什干期间，两国签署…) or after one
   * leader met another (习近平在西安会见了托卡耶夫，双方…): the leader's state and the city's, or the two leaders'
   * states. Only the clause right before the pair word counts (a place may stand between the
   * leaders: 在西安), and only two different states.
   */
  static List<Actor> visitOrMeetingPair(
      String v, List<Mention> here, int at, java.util.function.Function<String, Actor> actors) {
    List<Mention> before =
        here.stream()
            .filter(x -> x.end() <= at && !x.method().equals("coref"))
            .sorted(Comparator.comparingInt(Mention::begin))
            .toList();
    for (int k = 0; k + 1 < before.size(); k++) {
      Mention a = before.get(k);
      if (!namedPerson(a)) {
        continue;
      }
      for (int j = k + 1; j < before.size(); j++) {
        Mention b = before.get(j);
        if (b.begin() < a.end()) {
          continue;
        }
        String between = v.substring(a.end(), b.begin());
        String after = v.substring(b.end(), at);
        boolean visit =
            b.actor().label().equals("Place")
                && VISIT_BETWEEN.matcher(between).matches()
                && VISIT_TO_PAIR.matcher(after).matches();
        boolean meeting =
            namedPerson(b)
                && MEET_BETWEEN.matcher(between).matches()
                && MEET_TO_PAIR.matcher(after).matches();
        Actor own = a.actor().country(actors);
        Actor other = visit || meeting ? b.actor().country(actors) : null;
        if (own != null && other != null && !own.id().equals(other.id())) {
          return List.of(own, other);
        }
      }
    }
    return List.of();
  }

  /** A person named in the sentence, not one a reference stands for. */
  static boolean namedPerson(Mention x) {
    return x.actor().label().equals("Person") && !x.method().equals("coref");
  }

  /**
   * An English pair word right after a sentence in which two leaders of two states met (Putin and
   * Tokayev held talks in Moscow. The two sides signed…; Kazakh President Tokayev met Xi Jinping in
   * Astana. The two leaders agreed to deepen the partnership between the two countries): the two
   * leaders' states (gazetteer partOf), not the last two states of the text. Only when that
   * sentence names exactly two persons, of two states, and no state but theirs, and this one names
   * no state or person of its own before the word.
   */
  static List<Actor> leadersPair(
      List<Mention> here,
      int at,
      List<List<Mention>> para,
      java.util.function.Function<String, Actor> actors) {
    if (para.isEmpty()
        || here.stream()
            .anyMatch(
                x ->
                    x.end() <= at
                        && !x.method().equals("coref")
                        && (isCountry(x) || x.actor().label().equals("Person")))) {
      return List.of();
    }
    List<Mention> last = para.get(para.size() - 1);
    List<Actor> persons =
        last.stream().filter(Coreference::namedPerson).map(Mention::actor).distinct().toList();
    if (persons.size() != 2) {
      return List.of();
    }
    Actor one = persons.get(0).country(actors);
    Actor two = persons.get(1).country(actors);
    if (one == null || two == null || one.id().equals(two.id())) {
      return List.of();
    }
    Set<String> theirs = Set.of(one.id(), two.id());
    boolean other =
        last.stream()
            .anyMatch(
                x ->
                    isCountry(x)
                        && !x.method().equals("coref")
                        && !theirs.contains(x.actor().id()));
    return other ? List.of() : List.of(one, two);
  }

  static List<Actor> talksPair(
      String v,
      List<Mention> here,
      List<List<Mention>> para,
      int at,
      java.util.function.Function<String, Actor> actors) {
    List<Actor> visit = visitOrMeetingPair(v, here, at, actors);
    if (!visit.isEmpty()) {
      return visit;
    }
    Mention person =
        here.stream()
            .filter(
                x ->
                    namedPerson(x)
                        && x.end() <= at
                        && x.begin() >= 1
                        && TALKS_BEFORE.matcher(v.substring(0, x.begin())).find()
                        && TALKS_AFTER.matcher(v.substring(x.end(), at)).matches())
            .findFirst()
            .orElse(null);
    Actor own = person == null ? null : person.actor().country(actors);
    if (own == null) {
      return List.of();
    }
    // 習近平同扎帕羅夫會談後，雙方…: a person named before the talks is the other side, his state
    Mention subject =
        here.stream()
            .filter(x -> namedPerson(x) && x.end() <= person.begin())
            .max(Comparator.comparingInt(Mention::end))
            .orElse(null);
    if (subject != null) {
      Actor theirs = subject.actor().country(actors);
      return theirs != null && !theirs.id().equals(own.id()) ? List.of(theirs, own) : List.of();
    }
    // the sentences from this one back, each from its end: the state named last by position
    List<List<Mention>> back = new ArrayList<>();
    back.add(here.stream().filter(x -> x.end() <= person.begin()).toList());
    for (int k = para.size() - 1; k >= 0; k--) {
      back.add(para.get(k));
    }
    for (List<Mention> ms : back) {
      Mention last =
          ms.stream()
              .filter(
                  b ->
                      isCountry(b)
                          && !b.method().equals("coref")
                          && !b.method().equals("leader")
                          && !b.method().equals("group")
                          && !b.actor().id().equals(own.id()))
              .max(Comparator.comparingInt(Mention::end))
              .orElse(null);
      if (last != null) {
        return List.of(last.actor(), own);
      }
    }
    return List.of();
  }

  /**
   * 雙方: the last two actors (states or organisations) joined by a coordinator (俄羅斯與北約), in this
   * sentence before {@code at}, else in the paragraph's earlier sentences from the last one back.
   */
  static List<Actor> lastPair(
      List<Mention> here, int at, String v, List<List<Mention>> para, List<String> paraViews) {
    List<Mention> before = here.stream().filter(x -> x.end() <= at).toList();
    List<Actor> p = pairIn(before, v, true);
    if (p.isEmpty()
        && before.stream()
                .filter(Coreference::isCountry)
                .map(x -> x.actor().id())
                .distinct()
                .count()
            >= 2) {
      return p; // 哈薩克總統納札爾巴耶夫和俄羅斯總統葉爾欽簽訂雙方…: the two states of the sentence (below)
    }
    Set<String> since = new LinkedHashSet<>(); // the states of the sentences after the pair's
    for (int k = para.size() - 1; k >= 0 && p.isEmpty(); k--) {
      p = pairIn(para.get(k), paraViews.get(k), false);
      if (p.isEmpty()) {
        // 吉塔兩國爆發衝突。…吉方指責塔方…。俄羅斯總統普京呼籲雙方克制: a compound pair of an earlier
        // sentence, when the sentences between name no other state (the one state of this sentence
        // is a third party calling on both)
        List<Actor> c = pairIn(para.get(k), paraViews.get(k), true);
        if (!c.isEmpty() && c.stream().map(Actor::id).toList().containsAll(since)) {
          p = c;
        }
      }
      para.get(k).stream()
          .filter(x -> isCountry(x) && !x.method().equals("coref"))
          .forEach(x -> since.add(x.actor().id()));
    }
    return p;
  }

  /**
   * The last two coordinated states or organisations of a sentence (a pair, not the end of a longer
   * list).
   */
  private static List<Actor> pairIn(List<Mention> ms, String v, boolean compounds) {
    List<Mention> sorted = new ArrayList<>(ms);
    sorted.removeIf(
        x ->
            x.method().equals("group")
                || x.method().equals("coref")
                || !(isCountry(x) || x.actor().label().equals("Organization")));
    sorted.sort(Comparator.comparingInt(Mention::begin));
    for (int k = sorted.size() - 1; k >= 1; k--) {
      Mention b = sorted.get(k);
      Mention a = sorted.get(k - 1);
      if (b.begin() - a.end() <= 3
          && b.end() <= v.length()
          && joined(a, b, v, compounds)
          && !a.actor().id().equals(b.actor().id())
          && (k < 2 || !joined(sorted.get(k - 2), a, v, compounds))
          && (k + 1 >= sorted.size() || !joined(b, sorted.get(k + 1), v, compounds))) {
        return List.of(a.actor(), b.actor());
      }
    }
    return List.of();
  }

  /**
   * Whether {@code b} is coordinated right after {@code a}: a coordinator between them (俄羅斯與北約),
   * or, with {@code compounds}, two one-character forms of a compound side by side before 兩國 or 雙方
   * (吉塔兩國; not 哈俄關係, a relation the sentence may only compare).
   */
  private static boolean joined(Mention a, Mention b, String v, boolean compounds) {
    if (a.end() > b.begin() || b.begin() > v.length()) {
      return false;
    }
    return COORDINATED.matcher(v.substring(a.end(), b.begin())).matches()
        || compounds
            && a.end() == b.begin()
            && a.method().equals("compound")
            && b.method().equals("compound")
            && (v.startsWith("两国", b.end()) || v.startsWith("双方", b.end()));
  }

  /** A date or a word of {@code zero_openers} opening a Chinese sentence, with its comma. */
  static final String ZERO_OPENER =
      "(?:(?:在|于|自|从)?\\s*\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?"
          + "(?:初|底|末|中|时|间|起|以来|后)?|"
          + String.join("|", longestFirst(WORDS.get("zero_openers")))
          + ")\\s*[，,]?\\s*";

  /** What may stand before the actor that opens a sentence: openers (1991年，烏茲別克…), or the. */
  private static final Pattern OPENERS_ONLY =
      Pattern.compile("^(?:" + ZERO_OPENER + ")*(?:the\\s+)?$");

  static List<String> longestFirst(String list) {
    return java.util.Arrays.stream(list.split("\\|"))
        .filter(w -> !w.isBlank())
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .toList();
  }

  /**
   * The one actor that opens a sentence, after nothing but times and adverbs ({@link
   * #ZERO_OPENER}): its topic. Null when the sentence opens otherwise, or with two coordinated
   * actors (哈薩克與中國…: a pair, which 兩國 and they refer to).
   */
  static Mention opening(List<Mention> mentions, String view) {
    if (mentions == null || mentions.isEmpty() || view == null) {
      return null;
    }
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(Mention::begin));
    Mention first = sorted.get(0);
    if (first.end() > view.length()
        || !OPENERS_ONLY.matcher(view.substring(0, first.begin())).matches()) {
      return null;
    }
    for (Mention x : sorted) {
      if (x != first
          && !x.actor().id().equals(first.actor().id())
          && x.begin() >= first.end()
          && x.begin() - first.end() <= 5
          && COORDINATED.matcher(view.substring(first.end(), x.begin())).matches()) {
        return null;
      }
    }
    return first;
  }

  /**
   * The members of the last group word before {@code at} in the paper (中亞5國), without those this
   * sentence names before {@code at}, or else without the group member named last; {@code n}
   * members or none ({@code n < 0}: any number).
   */
  static List<Actor> rest(
      List<Mention> here, int at, List<Mention> before, List<Mention> docHistory, int n) {
    List<Mention> all = new ArrayList<>(docHistory);
    here.stream().filter(x -> x.end() <= at).forEach(all::add);
    Map<String, Actor> group = new LinkedHashMap<>();
    for (int k = all.size() - 1; k >= 0; k--) {
      Mention g = all.get(k);
      if (!g.method().equals("group")) {
        continue;
      }
      for (int q = k;
          q >= 0 && all.get(q).method().equals("group") && all.get(q).begin() == g.begin();
          q--) {
        group.put(all.get(q).actor().id(), all.get(q).actor());
      }
      for (int q = k + 1;
          q < all.size() && all.get(q).method().equals("group") && all.get(q).begin() == g.begin();
          q++) {
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
    here.stream()
        .filter(
            x -> x.end() <= at && !x.method().equals("group") && group.containsKey(x.actor().id()))
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

  static final Pattern POSSESSIVE = Pattern.compile("^(?:'s|’s|')\\s+");

  /**
   * Whether a referring word at {@code end} is a possessive right before a name (the alliance's
   * Partnership for Peace, the bloc's Collective Rapid Reaction Force): it modifies that name, and
   * read as an actor it makes the verb before it act on the wrong one (joined the alliance's
   * programme is no membership of the alliance).
   */
  private static boolean possessiveOfName(String v, int end, List<Mention> here) {
    Matcher p = POSSESSIVE.matcher(v.substring(Math.min(end, v.length())));
    if (!p.find()) {
      return false;
    }
    int name = end + p.end();
    return here.stream().anyMatch(x -> x.begin() == name && !x.method().equals("coref"));
  }

  /**
   * Whether {@code at..end} is already spoken for: inside a name of the sentence, or a reference
   * this sentence has already resolved.
   */
  static boolean taken(List<Mention> here, List<Mention> added, int at, int end) {
    return overlapsName(here, at, end)
        || added.stream().anyMatch(x -> x.begin() < end && at < x.end());
  }

  static boolean overlapsName(List<Mention> here, int b, int e) {
    for (Mention x : here) {
      if (x.begin() < e && b < x.end() && !x.method().equals("coref")) {
        return true;
      }
    }
    return false;
  }

  static boolean isCountry(Mention m) {
    return m.actor().label().equals("Country");
  }

  /** Summits, forums, formats and exercises are the gazetteer's initiatives. */
  private static boolean isEvent(Mention m) {
    return m.actor().label().equals("Initiative");
  }

  /**
   * A meeting word right after an organisation's name makes it one of its meetings (SCO summit).
   */
  private static final Pattern MEETING_AFTER =
      Pattern.compile("[\\s_]{0,2}(?:" + MEETING.pattern() + ")");

  /** Whether {@code m} names an event: an initiative, or an organisation's summit or meeting. */
  private static boolean namesEvent(Mention m, String v) {
    return isEvent(m)
        || m.actor().label().equals("Organization")
            && m.end() <= v.length()
            && MEETING_AFTER.matcher(v).region(m.end(), v.length()).lookingAt();
  }

  /**
   * The one organisation an English sentence names after the relative or parenthetical aside a
   * referring word stands in (Pakistan, which joined the organisation in 2017, has used the SCO…;
   * Pakistan (a member of the bloc since 2017) has used the SCO…): that organisation, not one of an
   * earlier sentence. Null when the sentence names an organisation before the aside closes, or none
   * or two in the clause the aside stands in (up to its next comma), or that clause says also.
   */
  static Actor organisationAfterAside(String v, int at, int end, List<Mention> here) {
    int comma = v.lastIndexOf(',', at);
    int paren = v.lastIndexOf('(', at);
    int close;
    if (paren > comma && v.lastIndexOf(')', at) < paren) {
      close = v.indexOf(')', end);
    } else if (comma >= 0 && EN_ASIDE_OPENING.matcher(v.substring(comma + 1)).lookingAt()) {
      close = v.indexOf(',', end);
    } else {
      return null;
    }
    if (close < 0) {
      return null;
    }
    // the main clause the aside stands in, up to its next clause mark (…, as did the UN
    // Secretary-General: another clause)
    Matcher rest = CLAUSE_STOP_EN.matcher(v).region(close + 1, v.length());
    int stop = rest.find() ? rest.start() : v.length();
    if (ANOTHER_AFTER_ASIDE.matcher(v).region(close + 1, stop).find()) {
      return null; // Armenia, which joined the organisation, also belongs to the CSTO: another one
    }
    Actor one = null;
    for (Mention x : here) {
      if (!x.actor().label().equals("Organization") || x.method().equals("coref")) {
        continue;
      }
      if (x.begin() <= close) {
        return null; // the CSTO, which Uzbekistan left…: an organisation named before it closes
      }
      if (x.begin() >= stop) {
        continue;
      }
      if (one != null && !one.id().equals(x.actor().id())) {
        return null;
      }
      one = x.actor();
    }
    return one;
  }

  /** Where an English clause ends. */
  private static final Pattern CLAUSE_STOP_EN = Pattern.compile("[,;:]");

  /** A main clause that names another organisation than the aside's (also, too, as well). */
  private static final Pattern ANOTHER_AFTER_ASIDE =
      Pattern.compile("(?<![\\p{L}])(?:also|too|as well|another|other|both)(?![\\p{L}])");

  /** What opens an English relative aside after its comma: who, which, whose, where. */
  private static final Pattern EN_ASIDE_OPENING =
      Pattern.compile("^\\s*(?:who|which|whose|where)(?![\\p{L}])");

  /**
   * Whether the English mention stands in a relative aside set off by commas that closes before
   * {@code at} (Tokayev, who has received French President Emmanuel Macron in Astana, has also…):
   * who, which, whose or where right after the comma before it, and a comma after it before {@code
   * at}.
   */
  static boolean insideEnglishAside(String v, Mention x, int at) {
    if (at > v.length()) {
      return false;
    }
    int open = RussianReferences.asideOpening(v, x, at);
    return open >= 0 && EN_ASIDE_OPENING.matcher(v.substring(open + 1)).lookingAt();
  }

  /**
   * {@code before} with a person this sentence names before {@code at} standing also for the state
   * the gazetteer gives them (during Vladimir Putin's visit to Tashkent, the two governments
   * signed: Russia and Uzbekistan), when the paper names that state somewhere before. With {@code
   * earlierSentences} a person the paragraph's earlier sentences name stands for the state too
   * (卡里莫夫向華府開放…基地。翌年，兩國元首…: Uzbekistan and the United States).
   */
  private static List<Mention> withLeadersStates(
      List<Mention> before,
      int at,
      List<Mention> here,
      List<Mention> docHistory,
      boolean earlierSentences) {
    List<Mention> out = new ArrayList<>();
    for (Mention x : before) {
      out.add(x);
      Actor p = x.actor();
      boolean own = here.contains(x);
      if (!p.label().equals("Person")
          || p.partOf() == null
          || !own && !earlierSentences
          || own && x.end() > at
          || x.method().equals("coref")) {
        continue;
      }
      Actor state = null;
      for (Mention y : docHistory) {
        if (y.actor().id().equals(p.partOf()) && isCountry(y)) {
          state = y.actor();
        }
      }
      for (Mention y : here) {
        if (y.actor().id().equals(p.partOf()) && isCountry(y)) {
          state = y.actor();
        }
      }
      if (state != null) {
        out.add(new Mention(state, x.begin(), x.end(), "leader", x.confidence()));
      }
    }
    return out;
  }

  /**
   * The state 該國, the country or эта страна refers to. A Chinese one after a state this sentence
   * names as a subject is that subject, the topic of the sentence (烏茲別克境內沒有俄羅斯駐軍，該國也不是…:
   * Uzbekistan, not Russia named later as a modifier of 駐軍). Otherwise the last state named as a
   * noun: an English or Russian adjective of a state modifies another noun and is no antecedent
   * (loans paid for the highway to the Uzbek border and for lines across the country: not
   * Uzbekistan), unless the noun is the state's government or head (Tajik President Rahmon has
   * ruled the country).
   */
  static List<Actor> countryAntecedent(
      List<Mention> before,
      List<Mention> here,
      String v,
      int at,
      Set<Mention> adjectives,
      List<Actor> region) {
    List<Mention> sentence =
        here.stream()
            .filter(x -> x.end() <= at && isCountry(x) && !x.method().equals("coref"))
            .toList();
    Set<String> own = Set.of();
    if (at < v.length()
        && Character.UnicodeScript.of(v.codePointAt(at)) == Character.UnicodeScript.HAN) {
      int clause = clauseStart(v, at);
      if (clause >= 0 && OBJECT_BEFORE.matcher(v.substring(Math.max(0, at - 2), at)).find()) {
        own = new HashSet<>();
        for (Mention x : sentence) {
          if (x.begin() > clause) {
            own.add(x.actor().id());
          }
        }
        if (own.isEmpty()) {
          // 日本在塔吉克資助修路，其國際協力機構也為該國培訓邊防人員: a later clause that names no state
          // before 該國 (its subject left out, or the sentence's own 其 possession) refers past the
          // state that opens the sentence as its subject, as a clause without a comma does
          // (俄羅斯與中國簽署協議，並為該國提供貸款: every state of a coordinated opening subject)
          Actor opening = openingSubject(v, here, at, sentence);
          if (opening != null) {
            own = coordinatedFrom(v, sentence, opening);
          }
        }
      } else if (OBJECT_BEFORE.matcher(v.substring(Math.max(0, at - 2), at)).find()) {
        // 俄羅斯在該國駐有第201軍事基地; 北京同時也向該國提供軍事援助: no comma before it, the state that
        // opens the sentence as its subject (not one before a person: 烏茲別克總統在該國議會…; nor a
        // possessor: 吉爾吉斯的動盪促使俄羅斯向該國增派軍隊)
        Actor opening = openingSubject(v, here, at, sentence);
        if (opening != null) {
          own = Set.of(opening.id());
        }
      }
    }
    if (!own.isEmpty()) {
      // 中國在塔吉克修建公路，日本則向該國提供援助: 該國 the object of a clause whose subject is a state
      // refers past that state, to the nearest other one (Tajikistan), not to the first clause's
      // subject
      for (int k = before.size() - 1; k >= 0; k--) {
        Mention b = before.get(k);
        if (isCountry(b)
            && !own.contains(b.actor().id())
            && !adjectives.contains(b)
            && (region == null || region.contains(b.actor()))) {
          Actor neighbour = borderSubject(b, here, v, own);
          return List.of(neighbour != null ? neighbour : b.actor());
        }
      }
      return List.of();
    }
    if (at < v.length()
        && Character.UnicodeScript.of(v.codePointAt(at)) == Character.UnicodeScript.HAN) {
      List<Actor> subjects = subjects(sentence, v, Set.of(), Set.of("Country"));
      if (!subjects.isEmpty()) {
        return List.of(subjects.get(0));
      }
    }
    // Uzbekistan opened its borders with Tajikistan and Kyrgyzstan, and the country rejoined…:
    // one state of a list its own sentence coordinates is no antecedent of a singular reference
    // (either could be meant); the state named before the list in the sentence is, else none
    Set<String> listed = new HashSet<>();
    for (List<Actor> run :
        runs(
            sentence.stream()
                .filter(x -> x.end() <= v.length())
                .sorted(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end))
                .toList(),
            v,
            LIST_GAP,
            false)) {
      if (run.size() > 1) {
        run.forEach(a -> listed.add(a.id()));
      }
    }
    boolean passedList = false;
    for (int k = before.size() - 1; k >= 0; k--) {
      Mention b = before.get(k);
      if (!isCountry(b) || adjectives.contains(b)) {
        continue; // Kyrgyzstan hosts a Russian base. The country…: not Russia
      }
      if (region != null && !region.contains(b.actor())) {
        continue; // the Central Asian republic: one of the five
      }
      if (here.contains(b)
          && b.end() <= v.length()
          && stateAdjective(b, v)
          && !beforeStateAgent(b, v)) {
        continue;
      }
      if (here.contains(b) && listed.contains(b.actor().id())) {
        passedList = true;
        continue;
      }
      if (passedList && !here.contains(b)) {
        return List.of();
      }
      return List.of(b.actor());
    }
    return List.of();
  }

  /**
   * The state of the person a Chinese sentence opens with as its subject, for 該國 as the subject of
   * a later clause (nothing but a connective before it in its clause) when every state named
   * between is a possessor (拉赫蒙感謝中國的援助，該國也將…: 中國 modifies 援助, and the country is Rahmon's
   * Tajikistan), or null: a state named as a noun on the way (拉赫蒙訪問中國，該國…) or 該國 after a
   * preposition or a verb of giving (…向該國提供) is left to {@link #countryAntecedent}.
   */
  static Actor personsState(
      String v, List<Mention> here, int at, java.util.function.Function<String, Actor> actors) {
    if (at >= v.length()
        || Character.UnicodeScript.of(v.codePointAt(at)) != Character.UnicodeScript.HAN
        || OBJECT_BEFORE.matcher(v.substring(Math.max(0, at - 2), at)).find()
        || clauseStart(v, at) < 0
        || !CLAUSE_OPENER_ZH.matcher(v.substring(clauseStart(v, at) + 1, at)).matches()) {
      // 該國 opens its clause as the subject, nothing but a connective before it (…，並稱讚該國的
      // 發展: the object of a verb, the state just named)
      return null;
    }
    Mention first =
        here.stream()
            .filter(x -> x.end() <= at)
            .min(Comparator.comparingInt(Mention::begin))
            .orElse(null);
    if (first == null
        || !first.actor().label().equals("Person")
        || !OPENING_ZH.matcher(v.substring(0, first.begin())).matches()
        || v.startsWith("的", first.end())) {
      return null;
    }
    Actor state = first.actor().country(actors);
    if (state == null) {
      return null;
    }
    for (Mention x : here) {
      if (x.begin() >= first.end()
          && x.end() <= at
          && isCountry(x)
          && !x.method().equals("coref")
          && !x.actor().equals(state)
          && !v.startsWith("的", x.end())) {
        return null;
      }
    }
    return state;
  }

  /**
   * The subject of a border clause whose partner after 與 is {@code b} (塔吉克與阿富汗接壤，俄羅斯在該國部署…: the
   * clause is said of Tajikistan, its topic, and Afghanistan only bounds it), or null: a state that
   * opens the clause, then 與 (和, 同, 跟) and {@code b}, then a verb of bordering.
   */
  private static Actor borderSubject(Mention b, List<Mention> here, String v, Set<String> own) {
    if (!here.contains(b) || b.begin() < 1 || "与和同跟".indexOf(v.charAt(b.begin() - 1)) < 0) {
      return null;
    }
    if (!BORDER_VERB.matcher(v.substring(b.end(), Math.min(v.length(), b.end() + 8))).find()) {
      return null;
    }
    int mark = clauseStart(v, b.begin());
    int clause = mark < 0 ? 0 : mark + 1;
    return here.stream()
        .filter(
            x ->
                isCountry(x)
                    && x.end() == b.begin() - 1
                    && x.begin() >= clause
                    && !own.contains(x.actor().id())
                    && OPENING_ZH.matcher(v.substring(clause, x.begin())).matches())
        .map(Mention::actor)
        .findFirst()
        .orElse(null);
  }

  private static final Pattern BORDER_VERB = Pattern.compile("^[^，,。；;]{0,4}(?:接壤|相邻|毗邻|交界|为邻)");

  /**
   * 該國 as the object of a clause whose subject is another state (日本則向該國提供援助, 美國也與該國簽署): a
   * preposition or a verb of giving or visiting right before it.
   */
  private static final Pattern OBJECT_BEFORE =
      Pattern.compile("(?:向|对|与|和|同|给|在|赴|访问|援助|支持|协助|帮助|为|替|从)$");

  /**
   * The ids of {@code first}'s first mention in {@code sentence} and of each state joined to it in
   * a run of coordinated names (俄羅斯與中國, 俄羅斯、中國和哈薩克: 與, 和, 及, 同 or 、 between).
   */
  static Set<String> coordinatedFrom(String v, List<Mention> sentence, Actor first) {
    List<Mention> sorted =
        sentence.stream().sorted(Comparator.comparingInt(Mention::begin)).toList();
    Set<String> out = new HashSet<>();
    Mention prev = null;
    for (Mention x : sorted) {
      if (prev == null) {
        if (x.actor().id().equals(first.id())) {
          prev = x;
          out.add(x.actor().id());
        }
        continue;
      }
      String gap = x.begin() >= prev.end() ? v.substring(prev.end(), x.begin()) : "";
      if (!gap.matches("[與与和及同、]")) {
        break;
      }
      out.add(x.actor().id());
      prev = x;
    }
    return out;
  }

  /**
   * The state a Chinese sentence opens with as its subject (nothing but a date or a connective
   * before it, not a possessor: 吉爾吉斯的動盪…; not before a person it qualifies: 烏茲別克總統…), or null.
   */
  private static Actor openingSubject(
      String v, List<Mention> here, int at, List<Mention> sentence) {
    Mention first =
        here.stream()
            .filter(x -> x.end() <= at)
            .min(Comparator.comparingInt(Mention::begin))
            .orElse(null);
    if (first != null
        && sentence.contains(first)
        && OPENING_ZH.matcher(v.substring(0, first.begin())).matches()
        && !v.startsWith("的", first.end())
        && here.stream()
            .noneMatch(
                y ->
                    y.actor().label().equals("Person")
                        && y.begin() >= first.end()
                        && y.begin() < at)) {
      return first.actor();
    }
    return null;
  }

  /**
   * A Russian state reference in a case other than the nominative (этой стране, эту страну, этого
   * государства): an object, which the subject of its own clause would name with свой.
   */
  /** A Russian pair word in an oblique case (обеих республик, обеим странам, двух государств). */
  /**
   * A preposition right before an English pair word (Iran sold drones to both countries, Russia's
   * trade with the two neighbours): the clause's subject acts on the pair, it is none of it.
   */
  private static final Pattern EN_OBLIQUE_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])(?:to|with|from|for|against|between|on|into|towards?|about|over|in|by)\\s+$");

  private static final Pattern RU_OBLIQUE_PAIR =
      Pattern.compile("(?:обеих|обеим|обеими|обоих|обоим|обоими|двух|двум|двумя)[ _][а-яё]+");

  private static final Pattern RU_OBLIQUE =
      Pattern.compile(
          "(?:этой|эту|данной|данную)[ _](?:стран|республик)[а-яё]*|(?:этого|этому|этим|этом|данного|данному|данным|данном)[ _]государств[а-яё]*");

  /** The linking adverbs that may open a sentence or a clause before its subject (simplified). */
  private static final String CONNECTIVES_ZH = "此后|其后|此外|同时|随后|另外|然而|但是?|而";

  /** What may stand before a sentence's subject: nothing, a date, a linking adverb. */
  private static final Pattern OPENING_ZH =
      Pattern.compile(
          "\\s*(?:(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?|" + CONNECTIVES_ZH + ")?\\s*");

  /**
   * What may stand before a clause's subject: a linking adverb, or one that joins or concludes (而且,
   * 并且, 因此), nothing else.
   */
  private static final Pattern CLAUSE_OPENER_ZH =
      Pattern.compile("\\s*(?:" + CONNECTIVES_ZH + "|而且|并且?|因此|所以)?\\s*");

  /** The start of the comma clause of {@code at}: the index of the mark before it, -1 if none. */
  private static int clauseStart(String v, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if ("，,；;".indexOf(v.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static final Pattern RU_ADJECTIVE =
      Pattern.compile(
          "[а-яё]+(?:ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ых|их|ые|ие|ыми|ими)");

  /**
   * Whether a state's mention is an adjective before a noun: an English form other than the state's
   * name before a word (Uzbek border, Chinese loans; not China has, Moscow said), or a Russian
   * adjective (узбекской границы).
   */
  static boolean stateAdjective(Mention b, String v) {
    if (!b.method().equals("name")) {
      return false;
    }
    String surface = v.substring(b.begin(), b.end());
    if (RU_ADJECTIVE.matcher(surface).matches()) {
      return true;
    }
    if (!surface.matches("[a-z][a-z-]*")) {
      return false;
    }
    String rest = v.substring(b.end());
    return rest.matches("(?s)\\s+[a-z].*")
        && !b.actor().name().equalsIgnoreCase(surface)
        && surface.matches(".*(?:an|ese|ish|ek|ik|kh|yz|en|ch|ic|i)");
  }

  /** A state's adjective before a noun of {@link #STATE_AGENTS}: Tajik President Rahmon. */
  private static boolean beforeStateAgent(Mention b, String v) {
    Matcher next = NEXT_WORD.matcher(v.substring(b.end()));
    return next.lookingAt()
        && STATE_AGENTS.contains(next.group(1))
        && !AGENT_AS_ADJECTIVE.matcher(v.substring(b.end() + next.end())).lookingAt();
  }

  /**
   * After an agent noun, a thing it modifies (a Russian military base, Chinese security
   * facilities): the state's word is then an adjective of the thing, no agent (Tajikistan hosts the
   * largest Russian military base abroad. The republic…: not Russia).
   */
  private static final Pattern AGENT_AS_ADJECTIVE =
      Pattern.compile("\\s+(?:air\\s+)?(?:bases?|facilit(?:y|ies)|installations?|airfields?)\\b");

  private static final Pattern NEXT_WORD = Pattern.compile("\\s+([a-z]+)");

  /**
   * Nouns after a state's adjective that stand for the state (agent-nouns.lex: the Kazakh
   * government, Uzbek troops) or for its head (the first word of a role of state-head-roles.lex:
   * Tajik President Rahmon, the Kyrgyz prime minister), so that the adjective is an antecedent of
   * "the country" ({@link #countryAntecedent}).
   */
  private static final Set<String> STATE_AGENTS = stateAgents();

  private static Set<String> stateAgents() {
    Set<String> out = new HashSet<>(Linker.words("rules/agent-nouns.lex"));
    for (String role : Linker.words("rules/state-head-roles.lex")) {
      out.add(role.split("_")[0]);
    }
    return Set.copyOf(out);
  }

  /**
   * The organisation whose name the agreement named last holds (Treaty on the Eurasian Economic
   * Union, 《歐亞經濟聯盟條約》: the Union), when that agreement stands after every organisation named
   * before; else null. The longest organisation name inside the agreement's names wins; Chinese
   * names of four characters or more, Latin and Cyrillic names of two words or more.
   */
  static Actor namedInLastAgreement(List<Mention> before) {
    for (int k = before.size() - 1; k >= 0; k--) {
      Actor a = before.get(k).actor();
      if (a.label().equals("Organization")) {
        return null;
      }
      if (a.label().equals("Agreement")) {
        return ORG_IN_AGREEMENT.computeIfAbsent(a.id(), id -> orgNamedIn(a)).orElse(null);
      }
    }
    return null;
  }

  private static final Map<String, java.util.Optional<Actor>> ORG_IN_AGREEMENT =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static java.util.Optional<Actor> orgNamedIn(Actor agreement) {
    List<String> docNames = agreement.names().stream().map(Linker::key).toList();
    Actor best = null;
    int bestLength = 0;
    boolean tie = false;
    for (Actor o : Gazetteer.load().actors().values()) {
      if (!o.label().equals("Organization")) {
        continue;
      }
      for (String raw : o.names()) {
        String n = Linker.key(raw);
        boolean han = CHINESE.matcher(n).find();
        if (han ? n.length() < 4 : n.length() < 8 || !n.contains(" ")) {
          continue;
        }
        if (docNames.stream().noneMatch(d -> d.contains(n))) {
          continue;
        }
        if (n.length() > bestLength) {
          best = o;
          bestLength = n.length();
          tie = false;
        } else if (n.length() == bestLength && !o.id().equals(best.id())) {
          tie = true;
        }
      }
    }
    return tie ? java.util.Optional.empty() : java.util.Optional.ofNullable(best);
  }

  /**
   * The last two distinct states of {@code before} named by a metonym (their capitals or seats of
   * power: Moscow and Beijing, the Kremlin), the antecedent of the two capitals, whatever states
   * were named by their names on the way (Moscow and Beijing… before the invasion of Ukraine);
   * empty when fewer than two were, or more than two (Moscow and Beijing condemned the sanctions
   * Washington imposed: which two is not said).
   */
  static List<Actor> capitalsPair(List<Mention> before) {
    Map<String, Actor> picked = new LinkedHashMap<>();
    for (int k = before.size() - 1; k >= 0 && picked.size() < 3; k--) {
      Mention x = before.get(k);
      if (isCountry(x) && x.method().equals("metonym")) {
        picked.putIfAbsent(x.actor().id(), x.actor());
      }
    }
    return picked.size() == 2 ? List.copyOf(picked.values()) : List.of();
  }

  /**
   * {@code before} with every mention of a capital ({@code capitalOf}: a capital's id to its state)
   * as a mention of its state at the same place, in the same order.
   */
  static List<Mention> capitalsAsStates(List<Mention> before, Map<String, Actor> capitalOf) {
    List<Mention> out = new ArrayList<>(before.size());
    for (Mention x : before) {
      Actor state = capitalOf.get(x.actor().id());
      out.add(
          state == null ? x : new Mention(state, x.begin(), x.end(), "metonym", x.confidence()));
    }
    return out;
  }

  static List<Actor> lastDistinct(List<Mention> before, String label, int n) {
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
