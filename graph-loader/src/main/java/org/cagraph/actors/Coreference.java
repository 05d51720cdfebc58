package org.cagraph.actors;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.text.Sentence;

/**
 * Coreference within a paragraph, after names are linked: 兩國 and 雙方 (the pair named last), 該國, 該組織,
 * 其 before a member word, the bloc (the last of that type), counts with a state noun (該3國, 這十一國,
 * 這三個斯拉夫共和國, the six states, all five, эти пять стран: the last list of exactly that many) and the
 * rest of a group (其他4國, 留下來的六國, the other four), 各方 and the parties (the last list of three or
 * more), 這些國家, pronouns as clause subjects (他們, they, it, они), it as the object of ratify or join,
 * described organisations (the new organisation, the Moscow-led bloc, этой военной организации, a
 * bare организация), programmes (這項計畫, эту инициативу), the members listed after 成員國包括, a member
 * word without its organisation (成為第九個成員國, its founding members), 該基地 (the last facility), a noun
 * that heads a name named before (在峰會上, the summit, космодром, вступил в совет: the data file's
 * heads list), обе организации (the last two organisations), the leaders and участники саммита (the
 * states of the summit named last), and the Chinese leader or Российский президент (the head of
 * that state the paper named last). 該國 prefers the subject of its own sentence and the country
 * skips a state named as an adjective (the Uzbek border). One job of the linker, kept apart from
 * name matching.
 */
final class Coreference {
  private Coreference() {}

  /** The referring words of data/gazetteer/coreference.tsv, by what each refers to. */
  private static final WordLists WORDS = WordLists.read("gazetteer/coreference.tsv");

  /** What a referring word stands for: the pair named last, or the last actor of one type. */
  private static final Map<String, String> KINDS = new HashMap<>();

  private static final Pattern COREF = referring();

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
    KINDS.putAll(kinds);
    return Pattern.compile(
        alternation(kinds.keySet()).pattern() + "|其(?=(?:创始|正式)?(?:成员国|会员国|成员|观察员国|观察员))");
  }

  /**
   * 該3國, 這三國, 五國總統, 三強, 三者, 這十一國, 這三個斯拉夫共和國, 上述五個國家; 其他4國, 其餘4國, 餘3國, 留下來的六國 (the rest of a group).
   * A modifier (斯拉夫) stands only between a measure word or a determiner and 國家, 共和國 or 成員國.
   */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(其他|其余|余下的?|余|剩下的?|剩余的?|留下来的|该|这|此|上述|前述)?(1[0-9]|20|[2-9]|二十|十[一二三四五六七八九]?|[两三四五六七八九])"
              + "(个)?([\\p{IsHan}&&[^国个年月日次位名届一二三四五六七八九十，。；、]]{0,4}?)(国家|共和国|成员国|大国|国|者|强)");

  /**
   * A clause mark between a pair's states and 兩國: 亞美尼亞與白俄羅斯…加入歐亞經濟聯盟，兩國同時也是… refers back across the
   * clause (中俄兩國, 中俄兩國元首 right after the states are already linked).
   */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[，,；;：:]");

  /** A rest determiner right before a pair word: 其餘兩國 is the rest of a group, not a pair. */
  private static final Pattern REST_BEFORE =
      Pattern.compile("(其他|其它|其余|余下的?|剩下的?|剩余的?|留下来的|另外|另)\\s*$");

  /** The determiners of {@link #NUMBERED} that take the rest of a group (其餘六國, 留下來的六國). */
  private static final Set<String> REST_ZH =
      Set.of("其他", "其余", "余下", "余下的", "余", "剩下", "剩下的", "剩余", "剩余的", "留下来的");

  private static final List<String> EN_NUMBERS =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");

  /**
   * English: the six states, these five countries, the three Slavic republics, the other four
   * members, the remaining six states, all five (before a verb or a comma). Not before of, that,
   * which or an -ing form (the five states of Central Asia: a description of its own).
   */
  private static final Pattern NUMBERED_EN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(the other|the remaining|the rest of the|these|those|all the|the|all)\\s+"
              + "(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|[2-9]|1[0-9])"
              + "(?:\\s+((?:[a-z][a-z-]*\\s+){0,2}?)(member states|member-states|founding members|states|countries|nations"
              + "|republics|members|governments|signatories|founders))?(?![\\p{L}\\p{N}])"
              + "(?!\\s+(?:of|for|on|between|with|that(?!\\s+(?:year|month|week|day|spring|summer|autumn|winter|time|decade)\\b)|which|who|[a-z]+ing)\\b)");

  /** After a bare "all five": a verb, an adverb or a comma, not a noun (all five leaders). */
  private static final Pattern ALL_N_AFTER =
      Pattern.compile(
          "^(?:\\s*[,;.]|\\s+(?:of them|have|has|had|are|were|will|would|did|also|then|later|now|soon|still|[a-z]+ly|[a-z]+ed)\\b)");

  /**
   * Russian: эти пять стран, шесть государств, остальные четыре республики, с пятью государствами,
   * in every case (no article: a bare count refers back only to a list of that many).
   */
  private static final Pattern NUMBERED_RU =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(эти|этих|этим|этими|все|всех|всем|всеми|остальные|остальных|остальным|остальными"
              + "|оставшиеся|оставшихся|оставшимся|оставшимися|данные|данных|указанные|указанных|перечисленные|перечисленных)\\s+)?"
              + "(две|двух|двум|двумя|три|трёх|трех|трём|трем|тремя|четыре|четырёх|четырех|четырём|четырем|четырьмя"
              + "|пять|пяти|пятью|шесть|шести|шестью|семь|семи|семью|восемь|восьми|восемью|девять|девяти|девятью"
              + "|десять|десяти|десятью|одиннадцать|одиннадцати|одиннадцатью|двенадцать|двенадцати|двенадцатью)\\s+"
              + "((?:[а-яё-]+(?:ых|их|ым|им|ыми|ими|ые|ие)\\s+){0,2})"
              + "(государств(?:а|ами|ам|ах)?|стран(?:ы|ами|ам|ах)?|республик(?:и|ами|ам|ах)?|член(?:а|ов|ами|ам|ах)|участник(?:а|ов|ами|ам|ах))"
              + "(?![\\p{L}\\p{N}])");

  private static final Set<String> REST_RU =
      Set.of(
          "остальные",
          "остальных",
          "остальным",
          "остальными",
          "оставшиеся",
          "оставшихся",
          "оставшимся",
          "оставшимися");

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
              + "[a-z]+-(?:led|backed|dominated|sponsored|centred|centered)|\\d{4})\\s+){1,2}"
              + "(organi[sz]ation|bloc|alliance|grouping|treaty|pact|accord|agreement|convention)(?![\\p{L}\\p{N}])"
              + "(?!\\s+(?:of|for|on|between|with|that(?!\\s+(?:year|month|week|day|spring|summer|autumn|winter|time|decade)\\b)|which|[a-z]+ing)\\b)");

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
   * присоединилась к организации): the rule ru_joined_same_union reads that shape itself.
   */
  private static final Pattern BARE_ORG_RU =
      Pattern.compile("(?<![\\p{L}\\p{N}])организаци(?:я|и|ю|ей)(?![\\p{L}\\p{N}])");

  /**
   * A bare Russian страна or республика (В 2015 году страна вступила в ЕАЭС; Республика граничит
   * с…): the one state the paragraph has named so far (after two, it could be either); not after an
   * adjective (соседняя страна, самая населённая страна, другая страна), nor a compound
   * (страна-член).
   */
  private static final Pattern BARE_COUNTRY_RU =
      Pattern.compile("(?<![\\p{L}-])(?:страна|республика)(?![\\p{L}-])");

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

  private static final Pattern BARE_ORG_RU_NOT_AFTER =
      Pattern.compile(
          "(?<![\\p{L}])(?:[а-яё]+(?:ые|ие|ых|их|ыми|ими)|[а-яё]{2,}(?:ая|яя|ую|юю)|международн[а-я]+|друг[а-я]+|ин[ао][йея][а-я]*|кажд[а-я]+|люб[а-я]+|"
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
              + "|withdrew from|walked out of|pulled out of|sign|ratify|join|leave|accede to)\\s+(it)(?![\\p{L}\\p{N}])");

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
   * Whether an agreement has a Russian name that begins with Договор (the Treaty it stands for).
   */
  private static boolean russianTreaty(Actor a) {
    return a.label().equals("Agreement")
        && a.names().stream().anyMatch(n -> n.startsWith("Договор "));
  }

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

  private static boolean uncovered(List<Mention> ms, String v, int from, int to) {
    Matcher d = DOCUMENT_NOUN.matcher(v);
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
      List<Mention> added) {
    for (Pattern p :
        List.of(
            DESCRIBED_EN, DESCRIBED_RU, BARE_ORG_RU, BARE_COUNTRY_RU, IT_OBJECT, BARE_TREATY_RU)) {
      Matcher m = p.matcher(v);
      while (m.find()) {
        boolean bare = p == BARE_ORG_RU || p == BARE_COUNTRY_RU || p == BARE_TREATY_RU;
        int g = bare ? 0 : 1;
        int at = p == IT_OBJECT ? m.start(1) : m.start();
        // a lower-case договор is any treaty; at the sentence's start the capital says nothing
        if (p == BARE_TREATY_RU
            && (raw == null
                || raw.length() != v.length()
                || !Character.isUpperCase(raw.charAt(at))
                || raw.substring(0, at).strip().isEmpty())) {
          continue;
        }
        int end = m.end();
        int from = at;
        if (overlapsName(here, m.start(g), m.end(g))
            || possessiveOfName(v, m.end(), here)
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
            p == IT_OBJECT
                ? SIGNING.matcher(m.group()).lookingAt()
                    ? List.of("Agreement")
                    : List.of("Agreement", "Organization", "Initiative")
                : noun.matches("(treaty|pact|accord|agreement|convention|договор|соглашени).*")
                    ? List.of("Agreement")
                    : p == BARE_COUNTRY_RU ? List.of("Country") : List.of("Organization");
        List<Mention> before = new ArrayList<>(p == IT_OBJECT ? prev : history);
        // the treaty came up for renewal…, Azerbaijan declined to extend it: a referring word of
        // this sentence before the pronoun is its antecedent too, in the order of the text
        List<Mention> sentence = new ArrayList<>();
        here.stream().filter(x -> x.end() <= from).forEach(sentence::add);
        added.stream()
            .filter(x -> x.end() <= from && x.method().equals("coref"))
            .forEach(sentence::add);
        sentence.sort(Comparator.comparingInt(Mention::begin));
        before.addAll(sentence);
        List<Mention> covering = new ArrayList<>(here);
        covering.addAll(added);
        if (p == BARE_COUNTRY_RU
            && before.stream()
                    .filter(x -> x.actor().label().equals("Country"))
                    .map(x -> x.actor().id())
                    .distinct()
                    .count()
                != 1) {
          continue; // a bare страна after two states could be either: only one named reads
        }
        for (int k = before.size() - 1; k >= 0; k--) {
          Mention b = before.get(k);
          Actor a = b.actor();
          if (!labels.contains(a.label()) || p == BARE_TREATY_RU && !russianTreaty(a)) {
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
   * members, её полноправным членом. Linked at the possessive (Russian, English) or as an empty
   * mention before the ordinal (Chinese), so that the member rules read 「成為 組織 第九個成員國」.
   */
  private static final Pattern ORDINAL_MEMBER_ZH =
      Pattern.compile(
          "(?<=成为|升格为|转为|晋升为|为|是|作为|身为|同为|均为|皆为)(?=(?:(?:第[^，。；、]{1,3}个|新)(?:正式)?|正式|创始)(?:成员国|会员国|成员))");

  /**
   * The organisation a body belongs to when the paragraph names it (РАТС ШОС → ШОС): a body has no
   * member states of its own.
   */
  private static Actor parentOf(Actor a, List<Mention> before) {
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
   * An English status with no organisation after it (Turkmenistan downgraded its status to that of
   * an associate member in 2005): the organisation the paragraph is about (named last and most
   * often, at least twice), linked as an empty mention right after the noun, so that the status
   * rules read 「an associate member 「organisation」」.
   */
  private static final Pattern STATUS_MEMBER_EN =
      Pattern.compile(
          "(?<![\\p{L}])an?\\s+(?:associate|observer)\\s+member(?![\\p{L}])"
              + "(?!\\s+(?:of|to|at|states?|countr[a-z]*|nations?)\\b)(?!\\s+in\\s+(?!\\d))");

  private static void statusMember(
      String v, List<Mention> here, List<Mention> history, List<Mention> added) {
    Matcher m = STATUS_MEMBER_EN.matcher(v);
    if (!m.find()
        || here.stream().anyMatch(x -> x.actor().label().equals("Organization"))
        || added.stream().anyMatch(x -> x.actor().label().equals("Organization"))) {
      return; // the sentence names its organisation
    }
    Map<String, Integer> freq = new HashMap<>();
    history.stream()
        .filter(x -> x.actor().label().equals("Organization"))
        .forEach(x -> freq.merge(x.actor().id(), 1, Integer::sum));
    List<Actor> last = lastDistinct(history, "Organization", 1);
    if (last.isEmpty()) {
      return;
    }
    int n = freq.get(last.get(0).id());
    if (n >= 2 && freq.values().stream().allMatch(k -> k <= n)) {
      // the organisation the paragraph is about: named last and most often, at least twice
      added.add(new Mention(last.get(0), m.end(), m.end(), "coref", 0.6));
    }
  }

  /**
   * An organisation's office after a verb of taking it, with no organisation named (諾羅夫於2019年擔任秘書長,
   * 由前外長出任總幹事): the office of the organisation the paragraph is about, linked as an empty mention
   * right before the title, so that the title rules read 「擔任 組織 秘書長」. Not 主席 (a state's, a party's
   * or a council's chair as often).
   */
  private static final Pattern OFFICE_ZH = Pattern.compile("(?:担任|出任|接任|就任|升任|继任)(秘书长|总干事|执行秘书)");

  private static void memberOf(
      String v, List<Mention> here, List<Mention> history, List<Mention> added) {
    if (here.stream()
        .anyMatch(x -> x.actor().label().equals("Organization") && !x.method().equals("coref"))) {
      return; // the sentence names its organisation
    }
    for (Pattern p : List.of(ORDINAL_MEMBER_ZH, ITS_MEMBER, STATUS_HEAD_RU, OFFICE_ZH)) {
      Matcher m = p.matcher(v);
      while (m.find()) {
        boolean empty = p == ORDINAL_MEMBER_ZH || p == STATUS_HEAD_RU || p == OFFICE_ZH;
        int g = empty ? 0 : m.group(1) != null ? 1 : 2; // ITS_MEMBER: English or Russian
        int at = p == OFFICE_ZH ? m.start(1) : empty ? m.end() : m.start(g);
        int end = empty ? at : m.end(g);
        if (added.stream()
            .anyMatch(x -> x.begin() <= at && at < Math.max(x.end(), x.begin() + 1))) {
          continue;
        }
        List<Mention> before = new ArrayList<>(history);
        added.stream().filter(x -> x.end() <= at).forEach(before::add);
        for (Actor a : lastDistinct(before, "Organization", 1)) {
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
   * Казахстана).
   */
  private static final Pattern LEADERS =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*|(?<![\\p{L}])(?:and|и|а|затем)\\s+)(the leaders|the heads of state|the presidents"
              + "|участники саммита|участники встречи|лидеры|главы государств|президенты)(?![\\p{L}])"
              + "(?!\\s+(?:of|from|who|whose|[a-z]+ing)\\b)|与会领导人|与会各国领导人|与会元首|与会各国元首");

  private static final Pattern MEETING =
      Pattern.compile("summit|meeting|(?<![\\p{L}])met(?![\\p{L}])|саммит|встреч|峰会|会晤|会议|会谈");

  private static void leaders(String v, List<Mention> here, Context cx, List<Mention> added) {
    Matcher m = LEADERS.matcher(v);
    while (m.find()) {
      int at = m.group(1) != null ? m.start(1) : m.start();
      int end = m.group(1) != null ? m.end(1) : m.end();
      if (overlapsName(here, at, end)
          || added.stream().anyMatch(x -> x.begin() < end && at < x.end())
          || here.stream()
              .anyMatch(
                  x -> x.begin() >= end && x.begin() - end <= 2 && !x.method().equals("coref"))) {
        continue;
      }
      Map<String, Actor> states = new LinkedHashMap<>();
      if (MEETING.matcher(v.substring(0, at)).find()) {
        here.stream()
            .filter(x -> x.end() <= at && isCountry(x))
            .forEach(x -> states.putIfAbsent(x.actor().id(), x.actor()));
      }
      for (int k = cx.s() - 1; k >= cx.paraStart() && states.size() < 2; k--) {
        states.clear();
        if (MEETING.matcher(cx.views().get(k)).find()) {
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
  private static boolean titledBefore(Actor person, Context cx) {
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

  /** 除烏茲別克外，其餘 / 餘均: the rest of a group after an exception. */
  private static final Pattern REST = Pattern.compile("除([^，。；]{1,30}?)外[，,]?(其余|余均|余皆|其他均)");

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
                  ? "(?!\\s+(?:of|for|on|between|with|that(?!\\s+(?:year|month|week|day|spring|summer|autumn|winter|time|decade)\\b)|which|[a-z]+ing)\\b)"
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
   * Азия» names its own).
   */
  private static void heads(
      String v, List<Mention> here, List<Mention> history, List<Mention> added) {
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
      if (overlapsName(here, m.start(), m.end())
          || possessiveOfName(v, m.end(), here)
          || added.stream().anyMatch(x -> x.begin() < to && from < x.end())
          || IDEA_OF.matcher(v.substring(Math.max(0, from - 20), from)).find()
          || bareRussian && INDEFINITE_AFTER.matcher(v.substring(to)).lookingAt()
          || bareRussian
              && (BARE_ORG_RU_NOT_AFTER.matcher(v.substring(Math.max(0, from - 30), from)).find()
                  || NAME_AFTER.matcher(v.substring(to)).lookingAt()
                      && here.stream()
                          .anyMatch(
                              x ->
                                  x.begin() > to
                                      && x.begin() - to <= 3
                                      && !x.method().equals("coref")))) {
        continue;
      }
      List<Mention> before = new ArrayList<>(history);
      here.stream().filter(x -> x.end() <= from).forEach(before::add);
      added.stream().filter(x -> x.end() <= from).forEach(before::add);
      for (int k = before.size() - 1; k >= 0; k--) {
        Actor a = before.get(k).actor();
        if (a.label().equals("Country") || a.label().equals("Person")) {
          continue;
        }
        if (a.names().stream()
            .map(Linker::key)
            .anyMatch(n -> n.endsWith(noun) || n.startsWith(noun + " "))) {
          added.add(new Mention(a, from, to, "coref", 0.65));
          break;
        }
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
              + ")(?=在|于|期间|由|已|曾|是|为|将|也|还|则|自|从|位于|全长|正式|首次|至今|目前|仍|共|总|的(?:成员|创始|秘书|宗旨))");

  /**
   * The same noun bare as the object of joining, leaving or signing, or after a preposition of a
   * party (吉爾吉斯加入聯盟, 伊朗與聯盟簽署協定, 烏茲別克退出條約), at the end of its clause or before a word that takes it
   * as a whole (的, 簽署, 合作): the body or treaty named before.
   */
  private static final Pattern BARE_HEAD_OBJECT =
      Pattern.compile(
          "(?:加入|加盟|退出|脱离|重返|签署了?|签订了?|批准了?|(?<![参给授赋])与|(?<![共相如等不])同|(?<![方面导趋意倾动转])向)("
              + String.join("|", WORDS.get("bare_heads").split("\\|"))
              + ")(?=[，。；、,;]|$|的|签|合作|之)");

  private static void bareHeads(
      String v, List<Mention> here, List<Mention> history, List<Mention> added) {
    bareHeads(BARE_HEAD.matcher(v), here, history, added);
    bareHeads(BARE_HEAD_OBJECT.matcher(v), here, history, added);
  }

  private static void bareHeads(
      Matcher m, List<Mention> here, List<Mention> history, List<Mention> added) {
    while (m.find()) {
      String noun = m.group(1);
      int at = m.start(1);
      int end = m.end(1);
      if (overlapsName(here, at, end)
          || added.stream().anyMatch(x -> x.begin() < end && at < x.end())) {
        continue;
      }
      List<Mention> before = new ArrayList<>(history);
      here.stream().filter(x -> x.end() <= at).forEach(before::add);
      for (int k = before.size() - 1; k >= 0; k--) {
        Actor a = before.get(k).actor();
        if (a.label().equals("Country") || a.label().equals("Person")) {
          continue;
        }
        if (a.names().stream().map(Linker::key).anyMatch(n -> n.endsWith(noun))) {
          added.add(new Mention(a, at, end, "coref", 0.65));
          break;
        }
      }
    }
  }

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

  /** Between a bare noun and a name right after it: a space, a quote (саммит «Россия — ЦА»). */
  private static final Pattern NAME_AFTER = Pattern.compile("\\s*[«\"“„']?");

  /** 此一宇航基地, 該基地, 這個基地: the last facility of the paragraph. */
  /** 這些中亞國家, 上述國家: the states the paragraph listed last. */
  private static final Pattern THESE_STATES = Pattern.compile("(这些|上述)[^，。；、\\s]{0,4}?国家");

  private static final Pattern FACILITY_COREF = Pattern.compile("(该|此一?|这一?个?)[^，。；、\\s]{0,4}?基地");

  /**
   * 兩國, 雙方 → the last two countries of the paragraph; 該國, 該組織 → the last of that type; 該3國, 三強,
   * 五國總統 → the last N countries; 其他4國, 餘3國, 除X外其餘 → the rest of the last group word (中亞5國); 此一宇航基地
   * → the last facility.
   */
  static void resolve(
      List<Sentence> sentences,
      List<String> views,
      List<List<Mention>> out,
      List<Actor> centralAsia) {
    List<Mention> history = new ArrayList<>();
    List<Mention> docHistory = new ArrayList<>();
    // English states of earlier sentences named only as an adjective (a Russian base): no
    // antecedent of the country
    Set<Mention> adjectives = Collections.newSetFromMap(new IdentityHashMap<>());
    List<List<Mention>> paraSentences = new ArrayList<>();
    Map<Integer, List<Actor>> numbered = new HashMap<>();
    int paragraph = -1;
    int lastNumbered = -10;
    Actor topic = null;
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
        if (overlapsName(here, at, m.end())) {
          continue; // a word inside a name: Североатлантический альянс
        }
        if (possessiveOfName(v, m.end(), here)) {
          continue; // the alliance's Partnership for Peace: a modifier of the name after it
        }
        List<Mention> before = new ArrayList<>(history);
        here.stream() // in the order of the text: compounds (俄烏) are linked after names
            .filter(x -> x.end() <= at)
            .sorted(Comparator.comparingInt(Mention::end))
            .forEach(before::add);
        String kind = w.equals("其") ? "Organization" : KINDS.get(w);
        if (kind.equals("sides")) {
          List<Actor> pair =
              lastPair(here, at, v, paraSentences, views.subList(s - paraSentences.size(), s));
          if (!pair.isEmpty()) { // 俄羅斯與北約達成協議，…，雙方簽署「羅馬宣言」: the pair named last, of any type
            for (Actor a : pair) {
              added.add(new Mention(a, at, m.end(), "coref", 0.7));
            }
            continue;
          }
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
          if (REST_BEFORE.matcher(v.substring(0, at)).find()) {
            continue; // 其餘兩國: the rest of a group (numberedCoref), not the two named last
          }
          if (lastStateIsGroup(before)) {
            continue; // 中亞五國領導人與歐盟…，雙方同意: a group word is no pair, nor its last two members
          }
          List<Actor> two =
              lastDistinct(withLeadersStates(before, at, here, docHistory), "Country", 2);
          if (two.isEmpty() && topic != null && w.matches("[a-z ]+")) {
            two = withTopic(before, topic);
          }
          for (Actor a : two) {
            added.add(new Mention(a, at, m.end(), "coref", 0.7));
          }
        } else if (kind.equals("Country")) {
          List<Actor> region = w.startsWith("the central asian ") ? centralAsia : null;
          for (Actor a : countryAntecedent(before, here, v, at, adjectives, region)) {
            added.add(new Mention(a, at, m.end(), "coref", 0.7));
          }
        } else {
          for (Actor a : lastDistinct(before, kind, 1)) {
            added.add(new Mention(a, at, m.end(), "coref", 0.7));
          }
        }
      }
      Context cx = new Context(out, views, s, s - paraSentences.size(), centralAsia);
      if (numberedCoref(v, here, history, docHistory, numbered, cx, added)) {
        lastNumbered = s;
      }
      parties(v, here, cx, added);
      leaders(v, here, cx, added);
      stateLeader(v, here, cx, added);
      theseStates(v, here, paraSentences, added);
      List<Mention> prevSentence =
          !paraSentences.isEmpty() ? paraSentences.get(paraSentences.size() - 1) : lastBody;
      String prevView = !paraSentences.isEmpty() ? views.get(s - 1) : lastBodyView;
      pronouns(v, here, prevSentence, prevView, history, added);
      if (!paraSentences.isEmpty()) {
        zeroSubject(v, here, prevSentence, prevView, added);
      }
      itZh(v, here, paraSentences.isEmpty() ? null : prevSentence, prevView, added);
      partiesOf(v, here, history, added);
      formerLatter(v, here, paraSentences, views.subList(s - paraSentences.size(), s), added);
      itsZh(v, here, paraSentences.isEmpty() ? null : prevSentence, prevView, added);
      itAfterPreposition(v, here, added);
      itOwnSentence(v, here, added);
      describedState(v, here, history, prevSentence, prevView, adjectives, centralAsia, added);
      heEn(v, here, prevSentence, prevView, added);
      latterFormer(v, here, prevSentence, added);
      russianSingular(v, here, prevSentence, prevView, added);
      itsHead(v, here, prevSentence, prevView, history, added);
      successor(v, here, prevSentence, prevView, added);
      signatureAdded(v, here, prevSentence, added);
      membersOf(
          v,
          here,
          paraSentences,
          views.subList(s - paraSentences.size(), s),
          prevSentence,
          prevView,
          added);
      restCoref(v, here, history, docHistory, added);
      regionExcept(v, here, centralAsia, added);
      List<Mention> zeros = new ArrayList<>();
      zeroObject(v, here, history, zeros);
      zeroJoin(v, here, added, paraSentences.isEmpty() ? null : prevSentence, zeros);
      described(v, sentences.get(s).text(), here, history, prevSentence, prevView, added);
      bareCountryRu(v, here, prevSentence, prevView, added);
      heads(v, here, history, added);
      bareHeads(v, here, history, added);
      memberOf(v, here, history, added);
      statusMember(v, here, history, added);
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

  /** The sentences before the current one that a count may refer back to, and their views. */
  private record Context(
      List<List<Mention>> out, List<String> views, int s, int paraStart, List<Actor> centralAsia) {
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
   * the other four members, all five) and Russian (эти пять стран, остальные четыре государства).
   */
  private static boolean numberedCoref(
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
      int n = count(m.group(2));
      String kind = prefix == null ? "bare" : REST_ZH.contains(prefix) ? "rest" : "definite";
      if (n < (kind.equals("rest") ? 2 : 3) || n > 20) {
        continue; // two states are a pair word's (兩國), except the rest of a group (其餘兩國)
      }
      List<Actor> resolved =
          resolveCount(n, kind, true, at, here, history, docHistory, numbered, cx);
      any |= link(resolved, n, at, end, numbered, added);
    }
    Matcher en = NUMBERED_EN.matcher(v);
    while (en.find()) {
      int at = en.start();
      int end = en.end();
      String det = en.group(1);
      if (overlapsName(here, at, end)
          || added.stream().anyMatch(x -> x.begin() < end && at < x.end())
          || en.group(4) == null
              && !(det.equals("all") && ALL_N_AFTER.matcher(v.substring(end)).find())) {
        continue; // the five Central Asian states (a group word), the two countries (a pair word)
      }
      int n = EN_NUMBERS.indexOf(en.group(2));
      n = n >= 0 ? n : Integer.parseInt(en.group(2));
      String kind = det.startsWith("the other") || det.startsWith("the re") ? "rest" : "definite";
      List<Actor> resolved =
          resolveCount(n, kind, false, at, here, history, docHistory, numbered, cx);
      any |= link(resolved, n, at, end, numbered, added);
    }
    Matcher ru = NUMBERED_RU.matcher(v);
    while (ru.find()) {
      int at = ru.start();
      int end = ru.end();
      if (overlapsName(here, at, end)
          || added.stream().anyMatch(x -> x.begin() < end && at < x.end())) {
        continue; // пять государств Центральной Азии (a group word), обе страны (a pair word)
      }
      int n = russianCount(ru.group(2));
      String det = ru.group(1);
      String kind = det == null ? "listed" : REST_RU.contains(det) ? "rest" : "definite";
      List<Actor> resolved =
          resolveCount(n, kind, false, at, here, history, docHistory, numbered, cx);
      any |= link(resolved, n, at, end, numbered, added);
    }
    return any;
  }

  private static boolean link(
      List<Actor> resolved,
      int n,
      int at,
      int end,
      Map<Integer, List<Actor>> numbered,
      List<Mention> added) {
    if (resolved.size() != n) {
      return false;
    }
    numbered.put(n, resolved);
    for (Actor a : resolved) {
      added.add(new Mention(a, at, end, "coref", 0.65));
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
  private static List<Actor> resolveCount(
      int n,
      String kind,
      boolean chinese,
      int at,
      List<Mention> here,
      List<Mention> history,
      List<Mention> docHistory,
      Map<Integer, List<Actor>> numbered,
      Context cx) {
    List<Mention> before = new ArrayList<>(history);
    here.stream().filter(x -> x.end() <= at).forEach(before::add);
    if (kind.equals("rest")) {
      List<Actor> r = rest(here, at, before, docHistory, n);
      return r.size() == n ? r : restOfRecent(n, at, here, cx);
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
   * Central Asia named as a region (中亞, Central Asian, Центральной Азии), not as its five states.
   */
  private static final Pattern REGION =
      Pattern.compile("中亚|central asia|(?:центральн|средн)[а-яё]*\\s+ази");

  /**
   * Whether this sentence before {@code at}, or the one before it, names Central Asia: a count of
   * five there is its five states.
   */
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
    if (v.matches("(?s)[\\p{IsLatin}\\p{N}\\p{P}\\p{S}\\s]*")) {
      for (int k = cx.s() - 1; k >= cx.paraStart() && k >= 0; k--) {
        if (REGION.matcher(cx.views().get(k)).find()) {
          return true;
        }
      }
    }
    // пятью государствами региона, the five states of the region: the region the paragraph named
    Matcher own = OF_THE_REGION.matcher(v);
    if (own.find(Math.min(at, v.length())) && own.start() - at < 40) {
      for (int k : cx.earlier()) {
        if (REGION.matcher(cx.views().get(k)).find()) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Pattern OF_THE_REGION =
      Pattern.compile("(?<![\\p{L}])(?:региона|of the region|in the region)(?![\\p{L}])|本地区|该地区");

  /**
   * The last list of exactly {@code n} distinct states (哈薩克、吉爾吉斯與烏茲別克; Russia, Belarus and Ukraine;
   * a group word of n states), in this sentence before {@code at}, then in the sentences before it.
   */
  private static List<Actor> lastList(int n, int at, List<Mention> here, Context cx) {
    List<Actor> l =
        lastListIn(here.stream().filter(x -> x.end() <= at).toList(), cx.views().get(cx.s()), n);
    for (int k : cx.earlier()) {
      if (!l.isEmpty()) {
        break;
      }
      l = lastListIn(cx.out().get(k), cx.views().get(k), n);
    }
    return l;
  }

  /** The last run of coordinated states of a sentence with exactly {@code n} distinct members. */
  private static List<Actor> lastListIn(List<Mention> ms, String v, int n) {
    List<Mention> states = new ArrayList<>();
    for (Mention x : ms) {
      if (isCountry(x) && !x.method().equals("coref") && x.end() <= v.length()) {
        states.add(x);
      }
    }
    states.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
    List<Actor> found = List.of();
    Map<String, Actor> run = new LinkedHashMap<>();
    int lastBegin = -1;
    int lastEnd = -1;
    for (Mention x : states) {
      boolean sameItem = x.begin() == lastBegin && x.end() == lastEnd;
      boolean joined =
          lastEnd >= 0
              && x.begin() >= lastEnd
              && LIST_GAP.matcher(v.substring(lastEnd, x.begin())).matches();
      if (!sameItem && !joined) {
        if (run.size() == n) {
          found = List.copyOf(run.values());
        }
        run.clear();
      }
      run.putIfAbsent(x.actor().id(), x.actor());
      lastBegin = x.begin();
      lastEnd = x.end();
    }
    if (run.size() == n) {
      found = List.copyOf(run.values());
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

  private static final List<String> RU_STEMS =
      List.of(
          "дв",
          "тр",
          "четыр",
          "пят",
          "шест",
          "сем",
          "вос",
          "девят",
          "десят",
          "одиннадцат",
          "двенадцат");

  /** пять, пятью, трёх, восьми: the value of a Russian count of {@link #NUMBERED_RU}. */
  static int russianCount(String w) {
    w = w.replace('ё', 'е');
    int best = -1;
    int bestLen = 0;
    for (int i = 0; i < RU_STEMS.size(); i++) {
      String stem = RU_STEMS.get(i);
      if (w.startsWith(stem) && stem.length() > bestLen) {
        best = i;
        bestLen = stem.length();
      }
    }
    return best < 0 ? -1 : best + 2;
  }

  /**
   * Prepositions and verbs that make the actor after them an object, not a subject (與俄羅斯的合作,
   * 鄰近俄羅斯).
   */
  private static final Pattern GOVERNED =
      Pattern.compile(
          "(与|和|同|跟|对|向|在|于|从|及|邻近|针对|依赖|\\bwith|\\bto|\\bin|\\binto|\\bfrom|\\bof|\\bby|\\bon|\\bagainst|\\bbetween"
              + "|(?<![\\p{L}])(?:с|со|в|во|из|к|ко|по|для|против|между|от|у|на|при|о|об))\\s*$");

  /**
   * A clause-initial Russian они (they), alone or as все они / обе они, or эти страны (государства,
   * республики): the states of the previous sentence, as English they (Все они, кроме Узбекистана,
   * …: the state this sentence names is left out).
   */
  private static final Pattern THEY_RU =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*|(?<![\\p{L}])(?:и|но|а|затем|позже|позднее|также|тогда|впоследствии)\\s+)"
              + "(?:(?:все|оба|обе)\\s+)?(они|эти\\s+(?:страны|государства|республики))(?![\\p{L}])");

  /** 他們 (they): the actors of the previous sentence. */
  private static final Pattern THEY_ZH = Pattern.compile("他们|她们");

  /**
   * 他 / 她 opening a clause (the sentence's head, or after a comma or a semicolon): the subject of a
   * singular pronoun. Not 他國, 他人, 他方 (other states, other people, the other side).
   */
  private static final Pattern HE_ZH = Pattern.compile("(?:^|(?<=[，；：,;]))(?:他|她)(?![们国人方者日处乡])");

  /**
   * A clause-initial English "they"/"it" before a finite verb (they adopted, it has established, it
   * borders, it is also a member; not it is important, it seems, it will be), also after a fronted
   * adverbial without a comma (In 2010 it became…, Together with Russia and Belarus it signed…,
   * that December it hosted…).
   */
  private static final Pattern PRONOUN_EN =
      Pattern.compile(
          "(?:^|[,;:]\\s+|^(?:in|on|by|since|until|during|after|together with|along with|that|this|later)\\s[^,;:]{1,40}?\\s)"
              + "(they|it)\\s+(?:also\\s+|then\\s+|officially\\s+|further\\s+|jointly\\s+|subsequently\\s+|later\\s+"
              + "|formally\\s+|together\\s+|still\\s+|now\\s+)?(?!has\\s+been|had\\s+been|have\\s+been|need|seem|proceed|exceed"
              + "|succeed|means|appears|matters|follows|depends|says|suggests|shows|looks|takes|goes|does|comes"
              + "|helps|makes|gets|lets|is\\s+(?:a|an|the|one)\\s+(?:matter|question|reason|fact|sign|way|time|case"
              + "|pity|shame|mistake|problem)\\b)"
              + "(has|have|had|[a-z]{2,}ed|(?:is|was|are|were|remains|remained)\\s+(?:also\\s+|still\\s+|now\\s+|not\\s+"
              + "|no\\s+longer\\s+)?(?:a|an|one|among|part|members?|founding|full)|[a-z]{3,}(?<![su]s)s)\\b");

  /**
   * An English "it" inside the sentence whose opening state it stands for: after a colon or a
   * semicolon and a fronted time (Kazakhstan went furthest: in 2006 it became the first …), or
   * after ", and" / ", but" (Kazakhstan signed the treaty in 1992, and it later joined …). Read
   * only when the sentence opens with that state and names no other one before the pronoun.
   */
  private static final Pattern IT_OWN_EN =
      Pattern.compile(
          "(?:[;:]\\s+(?:in|on|by|since|after|later)\\s[^,;:]{1,40}?\\s|[;:]\\s+|,\\s+(?:and|but)\\s+)(it)\\s+"
              + "(?:also\\s+|later\\s+|then\\s+|soon\\s+|eventually\\s+)?(?:became|joined|signed|hosted|left"
              + "|ratified|acceded|withdrew)\\b");

  private static void itOwnSentence(String v, List<Mention> here, List<Mention> added) {
    Matcher m = IT_OWN_EN.matcher(v);
    while (m.find()) {
      int at = m.start(1);
      if (overlapsName(here, at, m.end(1))
          || added.stream().anyMatch(x -> x.begin() <= at && at < x.end())) {
        continue;
      }
      List<Mention> states =
          here.stream()
              .filter(x -> x.end() <= at && isCountry(x) && !x.method().equals("coref"))
              .sorted(Comparator.comparingInt(Mention::begin))
              .toList();
      Mention first =
          here.stream()
              .filter(x -> x.end() <= at)
              .min(Comparator.comparingInt(Mention::begin))
              .orElse(null);
      if (first == null
          || states.isEmpty()
          || first != states.get(0)
          || !first.method().equals("name")
          || states.stream().map(x -> x.actor().id()).distinct().count() != 1
          || !OPENING.matcher(v.substring(0, first.begin())).matches()
          || POSSESSIVE.matcher(v.substring(first.end())).lookingAt()) {
        continue;
      }
      added.add(new Mention(first.actor(), at, m.end(1), "coref", 0.6));
    }
  }

  /**
   * An English definite description of a state by what it is (the landlocked country, the oil-rich
   * state, the Central Asian nation, the mountainous republic): "the" or "this", one to three
   * modifiers of coreference.tsv's state_modifiers (or a compound in -rich, -locked, -speaking,
   * -majority), and country, nation, state or republic; or the country of 20 million. The state is
   * the one "the country" would take ({@link #countryAntecedent}); a Central Asian description
   * takes one of the five. Not a description of its own (the landlocked country with the longest
   * border, the oil-rich state of the region), not a possessive, not a predicate (it is the state
   * the subject names), not a modifier outside the list (the largest country, the other country).
   */
  private static final String STATE_MODIFIER =
      "(?:"
          + String.join("|", longestFirst(WORDS.get("state_modifiers").replace('_', ' ')))
          + "|[a-z]+-(?:rich|locked|speaking|majority))";

  private static final Pattern DESCRIBED_STATE_EN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:the|this)\\s+((?:"
              + STATE_MODIFIER
              + ")(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+)"
              + STATE_MODIFIER
              + "){0,2})\\s+(?:country|nation|state|republic)(?![\\p{L}\\p{N}'’-])"
              + "(?!\\s+(?:of|for|on|between|with|that(?!\\s+(?:year|month|week|day|spring|summer|autumn|winter|time|decade)\\b)|which|who|where|to|in|at|[a-z]+ing)\\b)"
              + "|(?<![\\p{L}\\p{N}])(?:the|this)\\s+(?:country|nation|republic|state)\\s+of\\s+"
              + "(?:(?:some|about|around|nearly|almost|over|roughly|more than|fewer than|less than)\\s+)?"
              + "[0-9a-z.,-]+\\s+(?:million|billion)(?:\\s+(?:people|inhabitants|citizens|residents))?"
              + "(?![\\p{L}\\p{N}])");

  /** A predicate before a description: Kazakhstan is the landlocked country… names its subject. */
  private static final Pattern PREDICATE_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])(?:is|was|are|were|be|been|being|became|becomes|remains|remained|as)\\s+$");

  private static void describedState(
      String v,
      List<Mention> here,
      List<Mention> history,
      List<Mention> prev,
      String prevView,
      Set<Mention> adjectives,
      List<Actor> centralAsia,
      List<Mention> added) {
    Matcher m = DESCRIBED_STATE_EN.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      if (overlapsName(here, at, end)
          || added.stream().anyMatch(x -> x.begin() < end && at < x.end())
          || PREDICATE_BEFORE.matcher(v.substring(Math.max(0, at - 12), at)).find()) {
        continue;
      }
      List<Mention> before = new ArrayList<>(history);
      here.stream()
          .filter(x -> x.end() <= at)
          .sorted(Comparator.comparingInt(Mention::end))
          .forEach(before::add);
      String mods = m.group(1) == null ? "" : m.group(1);
      List<Actor> region = mods.contains("central asian") ? centralAsia : null;
      List<Actor> found = List.of();
      if (!stateBefore(here, at) && prev != null) {
        // a description opening a sentence is the topic of the sentence before: its one state,
        // or of several the one that opens it (Kazakhstan exports oil to China. The oil-rich
        // state…: Kazakhstan)
        List<Mention> states =
            prev.stream()
                .filter(
                    x ->
                        isCountry(x)
                            && x.end() <= prevView.length()
                            && !stateAdjective(x, prevView)
                            && (region == null || region.contains(x.actor())))
                .toList();
        if (states.stream().map(x -> x.actor().id()).distinct().count() == 1) {
          found = List.of(states.get(0).actor());
        } else if (!states.isEmpty()) {
          Mention first = opening(prev, prevView);
          if (first == null || !isCountry(first)) {
            continue; // several states, none the topic: either could be meant
          }
          found = List.of(first.actor());
        }
      }
      if (found.isEmpty()) {
        found = countryAntecedent(before, here, v, at, adjectives, region);
      }
      for (Actor a : found) {
        added.add(new Mention(a, at, end, "coref", 0.65));
      }
    }
  }

  /**
   * English "he" or "she" opening a clause (He later attended…, In 2022 he became…, …, and she
   * signed…): the one person the sentence before names, when this sentence names no person before
   * the pronoun. Two persons before, or none, leave it unresolved.
   */
  private static final Pattern HE_EN =
      Pattern.compile(
          "(?:^|[;:]\\s+|,\\s+(?:and|but|where|when)\\s+|^(?:in|on|by|since|until|during|after|later|that|this"
              + "|the following|the next|a year|two years|three years)\\s[^,;:]{0,40}?(?:,\\s*|\\s))"
              + "(he|she)\\s+(?=[a-z])");

  private static void heEn(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    if (prev == null || prev.isEmpty()) {
      return;
    }
    Matcher m = HE_EN.matcher(v);
    while (m.find()) {
      int at = m.start(1);
      if (overlapsName(here, at, m.end(1)) || personBefore(here, at)) {
        continue; // Tokayev arrived, and he…: the person of its own sentence, which the rules read
      }
      if (SUCCEEDED.matcher(v).results().anyMatch(r -> r.start(1) == at)) {
        continue; // He was followed by X: the post, which successor() reads
      }
      Actor person = onePerson(prev);
      if (person != null) {
        added.add(new Mention(person, at, m.end(1), "coref", 0.6));
      }
    }
  }

  /** Whether a person is named in this sentence before {@code at}. */
  private static boolean personBefore(List<Mention> here, int at) {
    return here.stream().anyMatch(x -> x.actor().label().equals("Person") && x.end() <= at);
  }

  /** The one person {@code mentions} name, or null for none or two. */
  private static Actor onePerson(List<Mention> mentions) {
    List<Actor> persons =
        mentions.stream()
            .filter(x -> x.actor().label().equals("Person"))
            .map(Mention::actor)
            .distinct()
            .toList();
    return persons.size() == 1 ? persons.get(0) : null;
  }

  /**
   * English "the latter" / "the former" standing alone as a subject or object (before a verb, an
   * adverb or a punctuation mark; not the former president, the former Soviet republic): the second
   * or the first of the two actors of one type the sentence before (or this one, before it) names,
   * when it names exactly two of that type.
   */
  private static final Pattern LATTER_EN =
      Pattern.compile(
          "(?<![\\p{L}])the\\s+(latter|former)(?=\\s*[,;.:)]|\\s*$|\\s+(?:has|have|had|was|were|is|are|will|would"
              + "|did|does|also|then|later|still|now|soon|eventually|remains|leases|hosts|keeps|holds|borders"
              + "|joins|signs|supports|owns|controls|operates|uses|rents|belongs|seeks|insists|[a-z]+ed|[a-z]+ly)\\b)");

  private static void latterFormer(
      String v, List<Mention> here, List<Mention> prev, List<Mention> added) {
    Matcher m = LATTER_EN.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      if (overlapsName(here, at, end)
          || added.stream().anyMatch(x -> x.begin() < end && at < x.end())) {
        continue;
      }
      List<Mention> scope =
          here.stream()
              .filter(x -> x.end() <= at && !x.method().equals("coref"))
              .sorted(Comparator.comparingInt(Mention::begin))
              .toList();
      List<Actor> two = twoOfAType(scope);
      if (two.isEmpty() && prev != null) {
        two =
            twoOfAType(
                prev.stream()
                    .filter(x -> !x.method().equals("coref"))
                    .sorted(Comparator.comparingInt(Mention::begin))
                    .toList());
      }
      if (two.size() == 2) {
        Actor a = m.group(1).equals("latter") ? two.get(1) : two.get(0);
        added.add(new Mention(a, at, end, "coref", 0.6));
      }
    }
  }

  /** The two actors of the one type {@code ms} names exactly two of, in the order of the text. */
  private static List<Actor> twoOfAType(List<Mention> ms) {
    List<Actor> found = List.of();
    for (String label : List.of("Country", "Organization", "Person")) {
      List<Actor> of =
          ms.stream().map(Mention::actor).filter(a -> a.label().equals(label)).distinct().toList();
      if (of.size() == 2) {
        if (!found.isEmpty()) {
          return List.of(); // two states and two organisations: either pair
        }
        found = of;
      }
    }
    return found;
  }

  /**
   * A sentence-initial English possessive "Its" (Its frontier with Afghanistan…, Its secretary
   * general since 2023 has been…): the actor that opens the previous sentence as its subject
   * (Tajikistan, a mountainous country, borders…; Moldova's parliament has voted…). The noun after
   * it narrows the type: a frontier or a parliament is a state's, a secretariat or a charter an
   * organisation's. Nothing when the previous sentence opens with no actor, with one of another
   * type, or with one this sentence names itself.
   */
  private static final Pattern ITS_HEAD = Pattern.compile("^its\\s+([a-z-]+(?:\\s+[a-z-]+)?)");

  private static final Pattern ITS_STATE_NOUN =
      Pattern.compile(
          "^(?:frontiers?|borders?|boundary|territory|capital|parliament|government|prime minister|economy|army"
              + "|armed forces|constitution|population|foreign minister|foreign policy|neighbou?rs)\\b");

  private static final Pattern ITS_ORG_NOUN =
      Pattern.compile(
          "^(?:secretary[ -]general|secretariat|charter|founding|founders?|headquarters|summits?|statute"
              + "|members?|member states|executive|permanent)\\b");

  /** What may stand before the subject that opens a sentence: a date or a place, an article. */
  private static final Pattern OPENING =
      Pattern.compile(
          "^(?:(?:in|on|by|since|after|at)\\s+[^,;:]{1,30}?(?:,\\s*|\\s+))?(?:the\\s+)?$");

  private static void itsHead(
      String v,
      List<Mention> here,
      List<Mention> prev,
      String prevView,
      List<Mention> history,
      List<Mention> added) {
    if (prev == null || prev.isEmpty()) {
      return;
    }
    Matcher m = ITS_HEAD.matcher(v);
    if (!m.find()
        || overlapsName(here, 0, 3)
        || added.stream().anyMatch(x -> x.begin() < 3 && 0 < Math.max(x.end(), x.begin() + 1))) {
      return;
    }
    Set<String> labels =
        ITS_STATE_NOUN.matcher(m.group(1)).lookingAt()
            ? Set.of("Country")
            : ITS_ORG_NOUN.matcher(m.group(1)).lookingAt()
                ? Set.of("Organization")
                : Set.of("Country", "Organization");
    if (labels.equals(Set.of("Organization"))) {
      // Its secretariat, Its secretary general: an organisation's noun, the one organisation the
      // paragraph names (two could be either)
      List<String> orgs =
          history.stream()
              .filter(x -> x.actor().label().equals("Organization"))
              .map(x -> x.actor().id())
              .distinct()
              .toList();
      if (orgs.size() == 1) {
        history.stream()
            .filter(x -> x.actor().id().equals(orgs.get(0)))
            .findFirst()
            .ifPresent(x -> added.add(new Mention(x.actor(), 0, 3, "coref", 0.6)));
        return;
      }
    }
    Mention first =
        prev.stream()
            .filter(x -> x.end() <= prevView.length())
            .min(Comparator.comparingInt(Mention::begin))
            .orElse(null);
    if (first == null
        || !labels.contains(first.actor().label())
        || !OPENING.matcher(prevView.substring(0, first.begin())).matches()
        || here.stream().anyMatch(x -> x.actor().id().equals(first.actor().id()))) {
      return;
    }
    added.add(new Mention(first.actor(), 0, 3, "coref", 0.6));
  }

  /**
   * A successor after the holder of a post (He was followed by X; В 2025 году его сменил X): the
   * pronoun stands for the post, so it is linked to the one state or organisation of the previous
   * sentence, when that sentence names one person and a head's title (Its first president,
   * Saparmurat Niyazov, ruled…). The title rules read 「state was followed by person」.
   */
  private static final Pattern SUCCEEDED =
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
    if (persons != 1 || posts.size() != 1) {
      return; // two persons or two posts could be either
    }
    added.add(new Mention(posts.get(0), m.start(1), m.end(1), "coref", 0.6));
  }

  /**
   * A signature added with no document named (Azerbaijan and Georgia added their signatures the
   * following year): the one agreement of the previous sentence, linked as an empty mention right
   * after the noun, so that the signing rules read 「added their signatures 「agreement」」.
   */
  private static final Pattern SIGNATURE_ADDED =
      Pattern.compile(
          "(?<![\\p{L}])(?:added|put|placed|affixed)\\s+(?:its|their|his|her)\\s+signatures?(?![\\p{L}])"
              + "(?!\\s+(?:to|on|under)\\b)");

  private static void signatureAdded(
      String v, List<Mention> here, List<Mention> prev, List<Mention> added) {
    if (prev == null) {
      return;
    }
    Matcher m = SIGNATURE_ADDED.matcher(v);
    if (!m.find()
        || here.stream().anyMatch(x -> x.actor().label().equals("Agreement"))
        || added.stream().anyMatch(x -> x.actor().label().equals("Agreement"))) {
      return; // the sentence names its document
    }
    List<Actor> docs =
        prev.stream()
            .filter(x -> x.actor().label().equals("Agreement"))
            .map(Mention::actor)
            .distinct()
            .toList();
    if (docs.size() == 1) {
      added.add(new Mention(docs.get(0), m.end(), m.end(), "coref", 0.6));
    }
  }

  /** 成員國有…, 成員國包括… at the head of a sentence: the members of the organisation named last. */
  private static final Pattern MEMBERS_HEAD =
      Pattern.compile(
          "^(?:(?:目前|现在|如今|当前|现今|迄今|至今)[，,]?|\\d{4}\\s*年[，,]?)?(其|该组织的?|该联盟的?)?(?:现有|正式|创始)?(成员国|会员国|成员)(有|包括|包含|为|计有)");

  private static final Pattern COORDINATED = Pattern.compile("\\s*(、|,|，|与|和|及|以及|同|跟|and|&)\\s*");

  /** English "it" governed by a preposition (shares a border with it, loans to it). */
  private static final Pattern IT_AFTER_PREPOSITION_EN =
      Pattern.compile(
          "(?<![\\p{L}])(?:with|to|from|against|into|towards|toward|on)\\s+(it)(?![\\p{L}'’])");

  /**
   * English "it" after a preposition, when its sentence names exactly two states before it: the
   * second, since the first is the clause's subject and a subject that meant itself would say
   * "itself" (China, among Kazakhstan's largest partners, shares a border with it: Kazakhstan).
   * Three states or more, or a state named only as an adjective, leave it unresolved.
   */
  private static void itAfterPreposition(String v, List<Mention> here, List<Mention> added) {
    Matcher m = IT_AFTER_PREPOSITION_EN.matcher(v);
    while (m.find()) {
      int at = m.start(1);
      if (overlapsName(here, at, m.end(1))) {
        continue;
      }
      List<String> order = new ArrayList<>();
      Map<String, Actor> states = new HashMap<>();
      here.stream()
          .filter(
              x ->
                  x.end() <= at
                      && isCountry(x)
                      && x.method().equals("name")
                      && !stateAdjective(x, v))
          .sorted(Comparator.comparingInt(Mention::begin))
          .forEach(
              x -> {
                if (states.putIfAbsent(x.actor().id(), x.actor()) == null) {
                  order.add(x.actor().id());
                }
              });
      if (order.size() != 2) {
        continue;
      }
      added.add(new Mention(states.get(order.get(1)), at, m.end(1), "coref", 0.6));
    }
  }

  /**
   * 他們都離不開與俄羅斯的合作 (the subject-position actors of the previous sentence that this sentence does not
   * name); English "they adopted" / "it has established" as a clause subject (they: the states of
   * the previous sentence, two or more; it: the one state of the previous sentence the paragraph
   * names most).
   */
  private static void pronouns(
      String v,
      List<Mention> here,
      List<Mention> prev,
      String prevView,
      List<Mention> history,
      List<Mention> added) {
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
    Matcher ru = THEY_RU.matcher(v);
    while (ru.find()) {
      int at = ru.start(1);
      if (overlapsName(here, at, ru.end(1))) {
        continue;
      }
      List<Actor> states = subjects(prev, prevView, named, Set.of("Country"));
      if (states.size() < 2) {
        states = subjects(prev, prevView, named, Set.of("Country", "Organization"));
      }
      if (states.size() < 2 || states.size() > 6) {
        continue;
      }
      for (Actor a : states) {
        added.add(new Mention(a, at, ru.end(1), "coref", 0.6));
      }
    }
    Matcher en = PRONOUN_EN.matcher(v);
    while (en.find()) {
      int at = en.start(1);
      if (overlapsName(here, at, en.end(1))) {
        continue;
      }
      boolean it = en.group(1).equals("it");
      // it: any state of the previous sentence (This leads … into Kazakhstan. At the same time, it
      // has established …)
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
      } else if (opening(prev, prevView) != null
          && opening(prev, prevView).actor().label().equals("Organization")
          && !named.contains(opening(prev, prevView).actor().id())) {
        // The CSTO was founded in 2002. It has six members: the organisation that opens the
        // sentence before
        added.add(new Mention(opening(prev, prevView).actor(), at, en.end(1), "coref", 0.6));
      } else if (!states.isEmpty()) {
        Map<String, Integer> freq = new HashMap<>();
        history.forEach(x -> freq.merge(x.actor().id(), 1, Integer::sum));
        Actor best =
            states.stream().max(Comparator.comparingInt(a -> freq.getOrDefault(a.id(), 0))).get();
        added.add(new Mention(best, at, en.end(1), "coref", 0.6));
      }
    }
  }

  /**
   * A clause-initial Russian он / она before a word (Он не входит в ОДКБ), or её / его before the
   * state's territory (На её территории размещена база): the one state that stands as a subject of
   * the previous sentence, whose name there agrees in gender (Туркменистан … Он; Армения … Она). Of
   * two such states the possessive takes the one that agrees (Россия поддерживает Таджикистан. На
   * его территории …); a pronoun after a state named earlier in its own sentence, or after a
   * sentence with a person for subject (он: the president), stays unlinked. The territory phrase is
   * linked as a whole, so that the place rules read 「на [state] размещена」.
   */
  private static final Pattern HE_SHE_RU =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*|(?<![\\p{L}])(?:и|но|а|однако|затем|позже|также|тогда|впоследствии|сейчас|ныне)\\s+)"
              + "(он|она)(?![\\p{L}])(?=\\s+(?:(?:же|также|тоже|уже|ещё|еще|не|по-прежнему|до\\s+сих\\s+пор)\\s+)*[а-яё])");

  private static final Pattern ITS_TERRITORY_RU =
      Pattern.compile(
          "(?<![\\p{L}])(его|её|ее)\\s+(?:территори[яиюей]{1,2}|земл[еяиюй]{1,2})(?![\\p{L}])");

  private static void russianSingular(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    if (prev == null || prev.isEmpty() || prevView == null) {
      return;
    }
    Set<String> named = namedIn(here);
    List<Mention> subjects = new ArrayList<>();
    for (Actor a : subjects(prev, prevView, named, Set.of("Country"))) {
      prev.stream()
          .filter(x -> x.actor().id().equals(a.id()) && x.end() <= prevView.length())
          .min(Comparator.comparingInt(Mention::begin))
          .ifPresent(subjects::add);
    }
    if (subjects.isEmpty()) {
      return;
    }
    boolean personSubject = !subjects(prev, prevView, named, Set.of("Person")).isEmpty();
    Matcher m = HE_SHE_RU.matcher(v);
    while (m.find()) {
      int at = m.start(1);
      if (personSubject || overlapsName(here, at, m.end(1)) || stateBefore(here, at)) {
        continue;
      }
      boolean fem = m.group(1).equals("она");
      List<Mention> agree =
          subjects.stream().filter(x -> gender(prevView, x) == (fem ? 'f' : 'm')).toList();
      if (subjects.size() == 1 && agree.size() == 1) {
        added.add(new Mention(agree.get(0).actor(), at, m.end(1), "coref", 0.6));
      }
    }
    Matcher t = ITS_TERRITORY_RU.matcher(v);
    while (t.find()) {
      int at = t.start();
      if (overlapsName(here, at, t.end()) || stateBefore(here, at)) {
        continue;
      }
      List<Mention> cands = subjects;
      if (cands.size() > 1) {
        char want = t.group(1).equals("его") ? 'm' : 'f';
        cands = subjects.stream().filter(x -> gender(prevView, x) == want).toList();
      }
      if (cands.size() == 1) {
        added.add(new Mention(cands.get(0).actor(), at, t.end(), "coref", 0.6));
      }
    }
  }

  /**
   * A bare Russian страна or республика that {@link #described} left unlinked because the document
   * has named several states so far (a Latin or Cyrillic text is one paragraph when its lines end
   * with a full stop): the one state named before it in its own sentence (В 2015 году Казахстан
   * вступил в ВТО, а в 2022 году страна подписала…), or else the one state the previous sentence
   * names, as its subject (Туркменистан провозгласил нейтралитет. Страна не входит в ОДКБ). Not
   * after two states (either could be meant), an adjective (соседняя страна), or a sentence with a
   * person for subject.
   */
  private static void bareCountryRu(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    Matcher c = BARE_COUNTRY_RU.matcher(v);
    while (c.find()) {
      int at = c.start();
      int end = c.end();
      if (overlapsName(here, at, end)
          || added.stream().anyMatch(x -> x.begin() < end && at < x.end())
          || BARE_ORG_RU_NOT_AFTER.matcher(v.substring(Math.max(0, at - 30), at)).find()
          || here.stream().anyMatch(x -> x.begin() >= end && x.begin() <= end + 2)) {
        continue; // республика Корея: the word begins a name
      }
      List<Mention> before =
          here.stream().filter(x -> x.end() <= at && !x.method().equals("coref")).toList();
      List<String> inSentence =
          before.stream()
              .filter(Coreference::isCountry)
              .map(x -> x.actor().id())
              .distinct()
              .toList();
      if (!inSentence.isEmpty()) {
        // the one state named before, when it stands as a subject (not после визита в Казахстан, в
        // отличие от Казахстана)
        if (inSentence.size() == 1
            && subjects(before, v.substring(0, at), Set.of(), Set.of("Country")).size() == 1) {
          here.stream()
              .filter(x -> x.actor().id().equals(inSentence.get(0)))
              .findFirst()
              .ifPresent(x -> added.add(new Mention(x.actor(), at, end, "coref", 0.6)));
        }
        continue;
      }
      if (prev == null || prev.isEmpty() || prevView == null) {
        continue;
      }
      Set<String> named = namedIn(here);
      List<Actor> subjects = subjects(prev, prevView, named, Set.of("Country"));
      long statesBefore =
          prev.stream().filter(Coreference::isCountry).map(x -> x.actor().id()).distinct().count();
      if (statesBefore == 1
          && subjects.size() == 1
          && subjects(prev, prevView, named, Set.of("Person")).isEmpty()) {
        added.add(new Mention(subjects.get(0), at, end, "coref", 0.6));
      }
    }
  }

  /** The actors a sentence names itself (not by coreference). */
  private static Set<String> namedIn(List<Mention> here) {
    Set<String> named = new LinkedHashSet<>();
    here.stream().filter(x -> !x.method().equals("coref")).forEach(x -> named.add(x.actor().id()));
    return named;
  }

  /** Whether a state is named (not by coreference) before {@code at} in this sentence. */
  private static boolean stateBefore(List<Mention> here, int at) {
    return here.stream()
        .anyMatch(x -> x.end() <= at && isCountry(x) && !x.method().equals("coref"));
  }

  /**
   * The gender of a state's Russian name as the previous sentence writes it in the nominative: f
   * for -а/-я (Армения, Киргизия), m for a consonant or -й (Туркменистан, Китай), ? for another
   * case, an abbreviation or a name of several words (Казахстаном, США, Южная Корея).
   */
  private static char gender(String view, Mention x) {
    String w = view.substring(x.begin(), x.end()).trim();
    if (w.isEmpty()
        || !CyrillicNames.hasCyrillic(w)
        || w.length() <= 3
        || w.contains(" ")
        || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
      return '?';
    }
    char c = Character.toLowerCase(w.charAt(w.length() - 1));
    if (c == 'а' || c == 'я') {
      return 'f';
    }
    return "бвгджзйклмнпрстфхцчшщ".indexOf(c) >= 0 ? 'm' : '?';
  }

  /**
   * The distinct actors of the given labels in {@code prev} that stand as subjects: not governed by
   * a preposition or an object verb (與俄羅斯, 鄰近俄羅斯), unless coordinated with an actor right before
   * (俄羅斯與哈薩克), and not named again in the current sentence ({@code view} null: every such actor).
   */
  private static List<Actor> subjects(
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

  /** Whether the last state named before a pair word was named by a group word (中亞五國). */
  private static boolean lastStateIsGroup(List<Mention> before) {
    for (int k = before.size() - 1; k >= 0; k--) {
      if (isCountry(before.get(k))) {
        return before.get(k).method().equals("group");
      }
    }
    return false;
  }

  /**
   * 雙方: the last two actors (states or organisations) joined by a coordinator (俄羅斯與北約), in this
   * sentence before {@code at}, else in the paragraph's earlier sentences from the last one back.
   */
  private static List<Actor> lastPair(
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

  /**
   * 成員國有俄羅斯、白俄羅斯… at the head of a sentence: the organisation that stands as a subject in the
   * paragraph's last sentence naming one (EEU成立的宗旨…), linked as an empty mention before 成員國 so that
   * member rules read 「組織 成員國有 …」.
   */
  private static void membersOf(
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

  /** 這些中亞國家: the countries of the last sentence of the paragraph that named two or more. */
  private static void theseStates(
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

  /**
   * 中亞除了塔吉克外已全部加入, 中亞國家除土庫曼外均…: the region's five states (or the group word's members) minus the
   * states the exception names, on the quantifier after it. The exception must name states only of
   * the five, else the sentence is about something else.
   */
  private static final Pattern REGION_EXCEPT =
      Pattern.compile(
          "(中亚(?:五国|5国|国家|各国|诸国)?)(?:之中|中)?[，,]?除了?([^，。；]{1,24}?)(?:之)?外[，,]?([^，。；]{0,4}?)"
              + "(全部|全都|均|皆|都|一律)");

  private static void regionExcept(
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
   * 哈薩克此後也派兵參加，…, 土庫曼總統也出席了 (參加, 參與, 出席, 與會): a verb of taking part that ends its clause with no
   * object takes the programme, summit or exercise the paragraph named last, when that is the last
   * actor named that is no state, person or place. Linked as an empty mention right after the verb,
   * so that the rules read 「參加 計畫」. The clause must name a state before the verb (its subject), and
   * the sentence no programme or organisation before it (then the rules read the sentence itself:
   * 「和平使命」演習在新疆 舉行，哈薩克也參加了). Not 加入: with no object it joins a campaign (sanctions, a coalition) as
   * often as a body. The empty mention is no antecedent of later references.
   */
  private static final Pattern ZERO_OBJECT =
      Pattern.compile("(?:参加|参与|出席|与会)(?:了)?(?=[，。；;,]|$|而|但|并)");

  private static void zeroObject(
      String v, List<Mention> here, List<Mention> history, List<Mention> added) {
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

  /** A date or a word of {@code zero_openers} opening a Chinese sentence, with its comma. */
  private static final String ZERO_OPENER =
      "(?:(?:在|于|自|从)?\\s*\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?"
          + "(?:初|底|末|中|时|间|起|以来|后)?|"
          + String.join("|", longestFirst(WORDS.get("zero_openers")))
          + ")\\s*[，,]?\\s*";

  /**
   * A Chinese sentence that leaves its subject out: openers ({@link #ZERO_OPENER}), then a verb of
   * {@code zero_verbs}; group 1 is the verb.
   */
  private static final Pattern ZERO_SUBJECT =
      Pattern.compile(
          "^(?:"
              + ZERO_OPENER
              + ")*("
              + String.join("|", longestFirst(WORDS.get("zero_verbs")))
              + ")");

  /** What may stand before the actor that opens a sentence: openers (1991年，烏茲別克…), or the. */
  private static final Pattern OPENERS_ONLY =
      Pattern.compile("^(?:" + ZERO_OPENER + ")*(?:the\\s+)?$");

  private static List<String> longestFirst(String list) {
    return java.util.Arrays.stream(list.split("\\|"))
        .filter(w -> !w.isBlank())
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .toList();
  }

  /**
   * A Chinese sentence that leaves its subject out (烏茲別克於1991年獨立。1992年加入聯合國，2006年重返集安組織): the one
   * actor (a state, an organisation or a person) that opens the sentence before in the paragraph,
   * after nothing but times and adverbs, is its subject. Linked as an empty mention right before
   * the verb, so that the rules read 「1992年 [state] 加入 [body]」. Nothing when the sentence names an
   * actor before its verb, when the sentence before opens with two actors (哈薩克與中國… is a pair, which
   * 兩國 refers to) or with none, or when that opening actor is governed (對哈薩克而言).
   */
  private static void zeroSubject(
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
   * 前者 (the former) and 後者 (the latter), opening a clause or after a preposition: the first and the
   * second of the pair of states or organisations named last (哈薩克與吉爾吉斯都是歐亞經濟聯盟成員。前者…，後者…); nothing
   * when no pair was named (a list of three is no pair).
   */
  private static final Pattern FORMER_LATTER =
      Pattern.compile("(?:^|(?<=[，；：,;])|(?<=在|于|与|同|向|对|而|则|但))(前者|后者)");

  private static void formerLatter(
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
   * (向其提供: the aid rules read the word itself).
   */
  private static final Pattern ITS_ZH =
      Pattern.compile(
          "(?:^|(?<=[，；：,;])|(?<=在|于|与|同|从|和|及))其(?![他它余中实次后间一二三四五六七八九十余所])"
              + "(?!(?:创始|正式)?(?:成员国|会员国|成员|观察员国|观察员|缔约国|签署国|缔约方|签约国|签字国))");

  private static void itsZh(
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
      // an empty mention after 其: the word stays for the rules that read it (在其境內)
      added.add(new Mention(topic.actor(), m.end(), m.end(), "coref", 0.6));
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
          "\\s*(?:但|而|却|并|后|后来)?\\s*(?:" + ZERO_OPENER + "|两国|三国|双方|重新|宣布|决定|同意|申请|相继|随后|也都|都已)*");

  private static void zeroJoin(
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
   * The parties of a treaty named before, as a clause's subject with no treaty before them
   * (《集體安全條約》於1992年簽署。簽署國包括…; …，其締約國包括…): the last agreement of the sentence before the word, else
   * of the paragraph, linked as an empty mention before the word so that the party rules read 「條約
   * 締約國包括 …」. Nothing when no agreement was named, or when a name stands right before the word
   * (哈薩克是締約國: the rules read that).
   */
  private static final Pattern PARTIES_HEAD =
      Pattern.compile("(?:^|(?<=[，；,;]))(其)?(缔约国|签署国|缔约方|签约国|签字国)(?:有|包括|包含|为|计有|是)");

  private static void partiesOf(
      String v, List<Mention> here, List<Mention> history, List<Mention> added) {
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
   * The one actor that opens a sentence, after nothing but times and adverbs ({@link
   * #ZERO_OPENER}): its topic. Null when the sentence opens otherwise, or with two coordinated
   * actors (哈薩克與中國…: a pair, which 兩國 and they refer to).
   */
  private static Mention opening(List<Mention> mentions, String view) {
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
   * 它 (it) opening a clause or before 的 (它的成員包括…): the non-person topic of its own sentence when a
   * clause of it came first (哈薩克是中亞面積最大的國家，它與…), else that of the sentence before
   * (塔吉克是上合組織的創始成員國。它也是…). Not 它們 (they), nor a 它 the sentence names an actor before in the same
   * clause.
   */
  private static final Pattern IT_ZH = Pattern.compile("(?:^|(?<=[，；：,;]))它(?!们)");

  private static void itZh(
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

  /** 除烏茲別克外，其餘仍極薄弱: the group minus the exception. */
  private static void restCoref(
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
   * The members of the last group word before {@code at} in the paper (中亞5國), without those this
   * sentence names before {@code at}, or else without the group member named last; {@code n}
   * members or none ({@code n < 0}: any number).
   */
  private static List<Actor> rest(
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

  private static final Pattern POSSESSIVE = Pattern.compile("^(?:'s|’s|')\\s+");

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

  /**
   * {@code before} with a person this sentence names before {@code at} standing also for the state
   * the gazetteer gives them (during Vladimir Putin's visit to Tashkent, the two governments
   * signed: Russia and Uzbekistan), when the paper names that state somewhere before.
   */
  private static List<Mention> withLeadersStates(
      List<Mention> before, int at, List<Mention> here, List<Mention> docHistory) {
    List<Mention> out = new ArrayList<>();
    for (Mention x : before) {
      out.add(x);
      Actor p = x.actor();
      if (!p.label().equals("Person")
          || p.partOf() == null
          || !here.contains(x)
          || x.end() > at
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
  private static List<Actor> countryAntecedent(
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
    if (at < v.length()
        && Character.UnicodeScript.of(v.codePointAt(at)) == Character.UnicodeScript.HAN) {
      List<Actor> subjects = subjects(sentence, v, Set.of(), Set.of("Country"));
      if (!subjects.isEmpty()) {
        return List.of(subjects.get(0));
      }
    }
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
      return List.of(b.actor());
    }
    return List.of();
  }

  private static final Pattern RU_ADJECTIVE =
      Pattern.compile(
          "[а-яё]+(?:ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ых|их|ые|ие|ыми|ими)");

  /**
   * Whether a state's mention is an adjective before a noun: an English form other than the state's
   * name before a word (Uzbek border, Chinese loans; not China has, Moscow said), or a Russian
   * adjective (узбекской границы).
   */
  private static boolean stateAdjective(Mention b, String v) {
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
    return next.lookingAt() && STATE_AGENTS.contains(next.group(1));
  }

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
