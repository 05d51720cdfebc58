package org.cagraph.actors;

import static org.cagraph.actors.Coreference.BARE_ORG_RU_NOT_AFTER;
import static org.cagraph.actors.Coreference.link;
import static org.cagraph.actors.Coreference.namedIn;
import static org.cagraph.actors.Coreference.overlapsName;
import static org.cagraph.actors.Coreference.resolveCount;
import static org.cagraph.actors.Coreference.stateBefore;
import static org.cagraph.actors.Coreference.subjects;
import static org.cagraph.actors.Coreference.taken;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.actors.Coreference.Context;

/**
 * The references only Russian text reaches, read for {@link Coreference} after names are linked:
 * counts with a state noun in every case (эти пять стран, с пятью государствами, остальные четыре
 * республики: the last list of exactly that many, the rest of a group), они and эти страны (the
 * states of the previous sentence), он, она and на её территории (the one state that stands as a
 * subject of the previous sentence, whose name agrees in gender), and a bare страна or республика
 * the document's several states left unlinked (the one state named before it in its sentence, or
 * the subject of the previous one).
 */
final class RussianReferences {
  private RussianReferences() {}

  /**
   * A bare Russian страна or республика in any case (В 2015 году страна вступила в ЕАЭС; Назарбаев,
   * руководивший страной; в республику были направлены; на территории республики): the one state
   * the paragraph has named so far (after two, it could be either; {@link #bareCountryRu} reads the
   * one state of the sentence or of the previous one's subject); not after an adjective (соседняя
   * страна, самая населённая страна, другой страны), все (все страны: many), nor a compound
   * (страна-член, страны-участницы).
   */
  static final Pattern BARE_COUNTRY_RU =
      Pattern.compile(
          "(?<![\\p{L}-])(?<!все\\s)(?<!всех\\s)(?<!всем\\s)(?:стран(?:а|ы|е|у|ой|ою)|республик(?:а|и|е|у|ой|ою))(?![\\p{L}-])");

  /**
   * The nominative plural страны or республики (many states, no reference to one): the word opening
   * its clause (Страны Центральной Азии граничат с Афганистаном; …, а республики региона…) or
   * followed by a region or a part of the world in the genitive (в страны региона, для стран
   * Центральной Азии is no singular either: страны Запада). The genitive singular follows the noun
   * or preposition governing it (президент страны, на территории республики) and stays a reference.
   */
  static boolean pluralCountryWord(String v, int at, int end) {
    String w = v.substring(at, end);
    if (!w.equals("страны") && !w.equals("республики")) {
      return false;
    }
    return CLAUSE_OPENING.matcher(v.substring(0, at)).find()
        || REGION_AFTER.matcher(v).region(end, v.length()).lookingAt();
  }

  private static final Pattern CLAUSE_OPENING =
      Pattern.compile("(?:^|[,;:—–(«\"]|(?<![\\p{L}])(?:и|а|но|однако))\\s*$");

  private static final Pattern REGION_AFTER =
      Pattern.compile(
          "\\s+(?:(?:центральной|средней|южной|юго-восточной|восточной|западной)\\s+(?:азии|европы)|азии|европы"
              + "|региона|запада|востока|ближнего\\s+востока|(?:южного\\s+)?кавказа|африки|мира|содружества)"
              + "(?![\\p{L}])");

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

  /**
   * The member half of a compound after a count's state noun (шесть государств-членов, стран —
   * членов, стран-участниц): a count of an organisation's members.
   */
  private static final Pattern MEMBER_AFTER_RU =
      Pattern.compile(
          "\\s*[-—–]\\s*(?:член(?:а|ов|ам|ами|ах|ы)?|участниц(?:ы|ам|ами|ах)?)(?![\\p{L}])");

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

  /**
   * Russian counts with a state noun: эти пять стран, шесть государств (a bare count: only a list
   * of exactly that many), остальные четыре государства (the rest of a group), resolved by {@link
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
    Matcher ru = NUMBERED_RU.matcher(v);
    while (ru.find()) {
      int at = ru.start();
      int end = ru.end();
      if (taken(here, added, at, end)) {
        continue; // пять государств Центральной Азии (a group word), обе страны (a pair word)
      }
      int n = russianCount(ru.group(2));
      String det = ru.group(1);
      String kind = det == null ? "listed" : REST_RU.contains(det) ? "rest" : "definite";
      Matcher member = MEMBER_AFTER_RU.matcher(v).region(end, v.length());
      boolean compound = ru.group(4).startsWith("член") || member.lookingAt();
      if (!kind.equals("rest")
          && compound
          && MemberCounts.memberCount(
              v, n, at, member.lookingAt() ? member.end() : end, here, history, numbered, added)) {
        any = true;
        continue; // все шесть государств-членов after the SCO summit: its six members
      }
      List<Actor> region = ofTheRegion(ru.group(3), n, v, end, here, cx);
      if (!region.isEmpty()) {
        any |= link(region, n, at, end, numbered, added);
        continue;
      }
      List<Actor> resolved =
          resolveCount(n, kind, false, at, end, here, history, docHistory, numbered, cx);
      any |= link(resolved, n, at, end, numbered, added);
    }
    describedFacility(v, here, cx, added);
    sides(v, here, cx, added);
    organisationPastAside(v, here, cx, added);
    bareDocument(v, here, cx, added);
    joinedAgreement(v, here, cx, added);
    return any;
  }

  private static final WordLists AGREEMENT_WORDS =
      WordLists.read("gazetteer/russian-references.tsv");

  /** russian-references.tsv agreement_nouns: the stems of a bare agreement word. */
  private static final String AGREEMENT_NOUNS =
      "(?:" + AGREEMENT_WORDS.get("agreement_nouns") + ")";

  /** One of {@link #AGREEMENT_NOUNS}' stems, compiled once. */
  private static final Pattern AGREEMENT_NOUN = Pattern.compile(AGREEMENT_NOUNS);

  /**
   * A bare agreement word after a verb of joining, ratifying, denouncing or leaving (присоединился
   * к соглашению, ратифицировали договор, вышла из договора), or before the joining verb (к
   * соглашению присоединился): no new agreement is introduced so, without a topic of its own (о,
   * об, между, по, с, a name in quotes after it), and only where the word ends its phrase
   * (agreement_after: the clause's end, a conjunction, a time phrase; not договор, заключённый с …,
   * договор 2016 года, договор Туркмении: a description of its own).
   */
  private static final Pattern JOINED_AGREEMENT_RU =
      Pattern.compile(
          "(?:(?<![\\p{L}])(?:"
              + AGREEMENT_WORDS.get("agreement_verbs")
              + ")\\s+("
              + AGREEMENT_NOUNS
              + "[а-яё]{0,3})|(?<![\\p{L}])к\\s+("
              + AGREEMENT_NOUNS
              + "[а-яё]{0,3})(?=\\s+(?:[а-яё]+\\s+){0,2}присоедин))"
              + "(?![\\p{L}])(?!\\s*(?:(?:о|об|обо|между|по|с|со)\\s|[«\"„“]))"
              + "(?=(?:"
              + AGREEMENT_WORDS.get("agreement_after")
              + "))");

  /**
   * A bare agreement word a verb joins, ratifies or leaves ({@link #JOINED_AGREEMENT_RU}): the
   * agreement of that kind (one of its names holds the word's stem: Ашхабадское соглашение, Договор
   * о …) that the nearest sentence of the paragraph naming one names (this sentence before it
   * first), when it names exactly one. None when two of that kind were named there, or none.
   */
  static void joinedAgreement(String v, List<Mention> here, Context cx, List<Mention> added) {
    Matcher m = JOINED_AGREEMENT_RU.matcher(v);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      int at = m.start(g);
      int end = m.end(g);
      if (taken(here, added, at, end)) {
        continue;
      }
      Matcher stem = AGREEMENT_NOUN.matcher(m.group(g));
      if (!stem.lookingAt()) {
        continue;
      }
      String kind = stem.group();
      Actor doc =
          nearestAgreement(
              here, at, cx, a -> a.names().stream().anyMatch(n -> Linker.key(n).contains(kind)));
      if (doc != null) {
        added.add(new Mention(doc, at, end, "coref", 0.6));
      }
    }
  }

  /**
   * The one agreement (of those {@code fits}) that the nearest sentence of the paragraph naming any
   * names: this sentence before {@code at} first, then the earlier ones, the last first. Null when
   * that sentence names two (either could be meant), or when none does.
   */
  private static Actor nearestAgreement(
      List<Mention> here, int at, Context cx, java.util.function.Predicate<Actor> fits) {
    List<List<Mention>> sentences = new ArrayList<>();
    sentences.add(here.stream().filter(x -> x.end() <= at).toList());
    for (int k = cx.s() - 1; k >= cx.paraStart() && k >= 0; k--) {
      sentences.add(cx.out().get(k));
    }
    for (List<Mention> ms : sentences) {
      List<Actor> docs =
          ms.stream()
              .map(Mention::actor)
              .filter(a -> a.label().equals("Agreement") && fits.test(a))
              .distinct()
              .toList();
      if (!docs.isEmpty()) {
        return docs.size() == 1 ? docs.get(0) : null;
      }
    }
    return null;
  }

  /**
   * A bare документ in the singular, any case (Документ вступил в силу; ратификация документа): not
   * after an adjective or a determiner (итоговый документ, любой документ, этот документ: the
   * latter is coreference.tsv's agreement), nor before о, об, между, по or a name (документ о
   * партнёрстве, документ «…»: one of its own).
   */
  private static final Pattern BARE_DOCUMENT_RU =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])документ(?:а|у|ом|е)?(?![\\p{L}\\p{N}])(?!\\s*(?:(?:о|об|между|по|с)\\s|[«\"„“]))");

  /**
   * A masculine or neuter adjective or participle right before документ (итоговый документ,
   * рамочного документа, подписанном документе, совместное…): a document of its own kind, not a
   * reference.
   */
  private static final Pattern DOCUMENT_NOT_AFTER =
      Pattern.compile("(?<![\\p{L}])[а-яё]{2,}(?:ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ое|ее)\\s+$");

  /**
   * A bare документ: the nearest agreement of the paragraph (this sentence before it, then the
   * earlier sentences, the last first), as этот документ reads. Nothing when the nearest sentence
   * that names agreements names two (either could be meant), or across a paragraph.
   */
  static void bareDocument(String v, List<Mention> here, Context cx, List<Mention> added) {
    Matcher m = BARE_DOCUMENT_RU.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      String lead = v.substring(Math.max(0, at - 30), at);
      if (taken(here, added, at, end)
          || BARE_ORG_RU_NOT_AFTER.matcher(lead).find()
          || DOCUMENT_NOT_AFTER.matcher(lead).find()
          || here.stream().anyMatch(x -> x.begin() >= end && x.begin() <= end + 2)) {
        continue;
      }
      Actor doc = nearestAgreement(here, at, cx, a -> true);
      if (doc != null) {
        added.add(new Mention(doc, at, end, "coref", 0.6));
      }
    }
  }

  /**
   * A bare стороны as the subject of its clause (В 2012 году стороны договорились…; …, где стороны
   * подписали…): the nominative plural before a finite verb, at the start of a clause or after a
   * fronted date. Not со стороны, с одной стороны, another side (казахстанской стороны: an
   * adjective), nor обе стороны (coreference.tsv's sides).
   */
  private static final Pattern SIDES_RU =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*|(?<![\\p{L}])(?:и|а|но|где|когда|затем|тогда|после\\s+чего|в\\s+итоге|годах?|году)\\s+)"
              + "(стороны)\\s+(?:(?:также|уже|вновь|ещё|еще|не|окончательно|официально)\\s+)*"
              + "(?=[а-яё]+(?:ли|лись|ют|ят|ут|ат|ются|ятся|утся|атся)(?![\\p{L}]))");

  /**
   * стороны as a clause's subject: the pair the paragraph named last (Москва и Душанбе подписали
   * соглашение. В 2012 году стороны договорились…), as обе стороны reads ({@link
   * Coreference#lastPair}); else the two parties, states or organisations, of the sentence before,
   * when it names exactly two (ЕС остаётся партнёром Узбекистана. В 2022 году стороны
   * парафировали…). Three parties (Россия, Китай и Индия) are no pair: nothing.
   */
  /**
   * A bare сторонами as the agent of a passive signing (Договор был подписан сторонами в 2012 году;
   * соглашение, заключённое между сторонами): the same pair as a subject стороны. Not обеими, всеми
   * or any other word before it (обеими сторонами is coreference.tsv's sides).
   */
  private static final Pattern SIDES_AGENT_RU =
      Pattern.compile(
          "(?<![\\p{L}])(?:подписан[аоы]?|подписанн[а-яё]+|заключ[её]н[аоы]?|заключ[её]нн[а-яё]+"
              + "|ратифицирован[аоы]?|ратифицированн[а-яё]+)\\s+(?:(?:в|во)\\s+[а-яё]+\\s+)?"
              + "(?:(?:в\\s+)?\\d{4}\\s+(?:году|года)\\s+)?(?:между\\s+)?(сторонами)(?![\\p{L}])");

  static void sides(String v, List<Mention> here, Context cx, List<Mention> added) {
    sides(SIDES_RU.matcher(v), v, here, cx, added);
    sides(SIDES_AGENT_RU.matcher(v), v, here, cx, added);
  }

  private static void sides(
      Matcher m, String v, List<Mention> here, Context cx, List<Mention> added) {
    while (m.find()) {
      int at = m.start(1);
      int end = m.end(1);
      if (taken(here, added, at, end)) {
        continue;
      }
      List<List<Mention>> para = new ArrayList<>();
      List<String> paraViews = new ArrayList<>();
      for (int k = cx.paraStart(); k < cx.s(); k++) {
        para.add(cx.out().get(k));
        paraViews.add(cx.views().get(k));
      }
      List<Actor> pair = Coreference.lastPair(here, at, v, para, paraViews);
      if (!pair.isEmpty() && endOfList(pair, here, v, para, paraViews)) {
        pair = List.of(); // Россия, Китай и Индия…; стороны: three parties, no pair
      }
      if (!para.isEmpty()) {
        boolean inSentence =
            here.stream()
                .anyMatch(
                    x ->
                        x.end() <= at
                            && (Coreference.isCountry(x)
                                || x.actor().label().equals("Organization")));
        List<Actor> parties =
            para.get(para.size() - 1).stream()
                .filter(x -> Coreference.isCountry(x) || x.actor().label().equals("Organization"))
                .map(Mention::actor)
                .distinct()
                .toList();
        // the two parties of the sentence right before, over a pair coordinated further back, when
        // that sentence relates the two to each other (Российские и узбекские военные…. … ЕС — один
        // из ключевых партнёров республики. В 2022 году стороны парафировали…: the EU and
        // Uzbekistan); a membership or a loan relates no sides (Россия и Таджикистан…. Ранее
        // Таджикистан вступил в ОДКБ. …стороны подписали…: still Russia and Tajikistan)
        if (!inSentence
            && parties.size() == 2
            && (pair.isEmpty()
                || !parties.containsAll(pair)
                    && BILATERAL_RU.matcher(paraViews.get(paraViews.size() - 1)).find())) {
          pair = parties;
        }
      }
      if (pair.isEmpty()) {
        pair = visitParties(here.stream().filter(x -> x.end() <= at).toList(), cx);
      }
      if (pair.isEmpty() && !para.isEmpty() && here.stream().noneMatch(x -> x.end() <= at)) {
        pair = leadersParties(para.get(para.size() - 1), cx);
      }
      if (pair.size() != 2) {
        continue;
      }
      for (Actor a : pair) {
        added.add(new Mention(a, at, end, "coref", 0.6));
      }
    }
  }

  /**
   * Words by which a sentence relates two parties to each other, as sides (partners, talks, a
   * dispute, sanctions).
   */
  private static final Pattern BILATERAL_RU =
      Pattern.compile(
          "партн[её]р|отношени|сотрудничеств|переговор|диалог|против|между|санкци|эмбарго");

  /** A participle or a relative pronoun: what opens an aside. */
  private static final Pattern ASIDE_WORD =
      Pattern.compile(
          "(?<![\\p{L}])(?:котор[а-яё]*|[а-яё]+(?:вш|ущ|ющ|ащ|ящ)(?:ий|ая|ее|ие|его|ей|их|им|ими|ую))(?![\\p{L}])");

  /**
   * Whether the mention stands in an aside set off by commas before {@code at} (Узбекистан, в 1999
   * году примкнувший к ГУУАМ, вернулся…): a participle or который between the comma before it and
   * the mention, and a comma after it before {@code at}.
   */
  private static boolean insideClosedAside(String v, Mention x, int at) {
    int open = asideOpening(v, x, at);
    return open >= 0 && ASIDE_WORD.matcher(v.substring(open + 1, x.begin())).find();
  }

  /**
   * The comma that opens the aside set off by commas around {@code x}, when a comma after it closes
   * the aside before {@code at}; else -1. What opens an aside is each language's own test ({@link
   * #insideClosedAside}, {@link Coreference#insideEnglishAside}).
   */
  static int asideOpening(String v, Mention x, int at) {
    if (x.end() > at) {
      return -1;
    }
    int open = v.lastIndexOf(',', x.begin());
    int close = v.indexOf(',', x.end());
    return open >= 0 && close >= 0 && close < at ? open : -1;
  }

  /**
   * The two states of a visit this sentence names before стороны (Токаев прибыл в Пекин, где
   * стороны договорились…): a person's state (the gazetteer's partOf) and the one other state,
   * named or by its capital, when these are exactly two; else empty. The states are found among the
   * document's mentions so far.
   */
  private static List<Actor> visitParties(List<Mention> before, Context cx) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (Mention x : before) {
      if (Coreference.isCountry(x)) {
        ids.add(x.actor().id());
      } else if ((x.actor().label().equals("Person") || x.actor().label().equals("Place"))
          && x.actor().partOf() != null) {
        ids.add(x.actor().partOf());
      }
    }
    if (ids.size() != 2
        || before.stream().noneMatch(x -> x.actor().label().equals("Person"))
        || before.stream()
            .anyMatch(x -> x.actor().label().equals("Person") && x.actor().partOf() == null)) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>();
    for (String id : ids) {
      Actor a = stateNamed(id, before, cx);
      if (a == null) {
        return List.of();
      }
      out.add(a);
    }
    return out;
  }

  /** The state of that id as the document has named it so far, or null. */
  /**
   * The two states of the sentence before стороны when it names them only through their leaders and
   * places (Мирзиёев встретился с Рахмоном в Душанбе. Стороны подписали…; Путин посетил Астану.
   * Стороны…): it names no state or organisation itself, at least one leader, and the leaders' and
   * places' states (the gazetteer's partOf) are exactly two.
   */
  private static List<Actor> leadersParties(List<Mention> prev, Context cx) {
    if (cx.actors() == null
        || prev.stream()
            .anyMatch(x -> Coreference.isCountry(x) || x.actor().label().equals("Organization"))
        || prev.stream().noneMatch(Coreference::namedPerson)) {
      return List.of();
    }
    Map<String, Actor> states = new java.util.LinkedHashMap<>();
    for (Mention x : prev) {
      String label = x.actor().label();
      if (x.method().equals("coref") || !label.equals("Person") && !label.equals("Place")) {
        continue;
      }
      Actor c = x.actor().country(cx.actors());
      if (c == null) {
        if (label.equals("Person")) {
          return List.of(); // a person of no known state: the pair is not known
        }
        continue;
      }
      states.putIfAbsent(c.id(), c);
    }
    return states.size() == 2 ? List.copyOf(states.values()) : List.of();
  }

  private static Actor stateNamed(String id, List<Mention> before, Context cx) {
    for (Mention x : before) {
      if (x.actor().id().equals(id)) {
        return x.actor();
      }
    }
    for (int k = cx.s() - 1; k >= 0; k--) {
      for (Mention x : cx.out().get(k)) {
        if (x.actor().id().equals(id) && x.actor().label().equals("Country")) {
          return x.actor();
        }
      }
    }
    return null;
  }

  /** What joins two items of a list: a comma, и, а также. */
  private static final Pattern LIST_JOINER =
      Pattern.compile("\\s*(?:,|,?\\s*и|,?\\s*а\\s+также)\\s*");

  /**
   * Whether one of the pair, in the nearest sentence that names both, stands in a list with a third
   * party (Россия, Китай и Индия): part of a longer list, no pair.
   */
  private static boolean endOfList(
      List<Actor> pair,
      List<Mention> here,
      String v,
      List<List<Mention>> para,
      List<String> paraViews) {
    List<List<Mention>> ms = new ArrayList<>(para);
    List<String> vs = new ArrayList<>(paraViews);
    ms.add(here);
    vs.add(v);
    for (int k = ms.size() - 1; k >= 0; k--) {
      List<Mention> s = ms.get(k);
      String view = vs.get(k);
      Set<String> ids = new java.util.HashSet<>();
      s.forEach(x -> ids.add(x.actor().id()));
      if (!ids.contains(pair.get(0).id()) || !ids.contains(pair.get(1).id())) {
        continue;
      }
      for (Mention a : s) {
        if (!pair.contains(a.actor()) || a.end() > view.length()) {
          continue;
        }
        for (Mention o : s) {
          if (pair.contains(o.actor())
              || !(Coreference.isCountry(o) || o.actor().label().equals("Organization"))
              || o.end() > view.length()) {
            continue;
          }
          String gap =
              o.end() <= a.begin()
                  ? view.substring(o.end(), a.begin())
                  : a.end() <= o.begin() ? view.substring(a.end(), o.begin()) : "-";
          if (LIST_JOINER.matcher(gap).matches()) {
            return true;
          }
        }
      }
      return false;
    }
    return false;
  }

  /** A bare организация in any case (coreference's bare organisation reads the others). */
  private static final Pattern ORGANISATION_RU =
      Pattern.compile("(?<![\\p{L}\\p{N}])организаци(?:я|и|ю|ей)(?![\\p{L}\\p{N}])");

  /**
   * A bare организация after an organisation named only inside an aside of its own sentence
   * (Узбекистан, в 1999 году примкнувший к ГУУАМ, вернулся в организацию): the organisation the
   * paragraph named before, outside the aside, not the one in passing. Only when the paragraph's
   * earlier sentences name one organisation; never across a paragraph.
   */
  static void organisationPastAside(String v, List<Mention> here, Context cx, List<Mention> added) {
    Matcher m = ORGANISATION_RU.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      String lead = v.substring(Math.max(0, at - 30), at);
      if (taken(here, added, at, end) || BARE_ORG_RU_NOT_AFTER.matcher(lead).find()) {
        continue;
      }
      List<Mention> orgs =
          here.stream()
              .filter(x -> x.end() <= at && x.actor().label().equals("Organization"))
              .toList();
      if (orgs.isEmpty() || !orgs.stream().allMatch(x -> insideClosedAside(v, x, at))) {
        continue; // no organisation before it here, or one the sentence itself speaks of
      }
      Set<String> earlier = new java.util.LinkedHashSet<>();
      Actor last = null;
      for (int k = cx.paraStart(); k < cx.s(); k++) {
        for (Mention x : cx.out().get(k)) {
          if (x.actor().label().equals("Organization") && x.actor().partOf() == null) {
            earlier.add(x.actor().id());
            last = x.actor();
          }
        }
      }
      if (earlier.size() == 1 && orgs.stream().noneMatch(x -> earlier.contains(x.actor().id()))) {
        added.add(new Mention(last, at, end, "coref", 0.65));
      }
    }
  }

  /** The Russian lists of data/gazetteer/russian-references.tsv. */
  private static final WordLists WORDS = WordLists.read("gazetteer/russian-references.tsv");

  /**
   * A facility's kind noun (stems of its words, in order) and the words of an English name that say
   * that kind (полигон: test site, test range).
   */
  private record Kind(List<String> stems, List<String> english) {}

  private static final List<Kind> FACILITY_NOUNS = facilityNouns();

  private static List<Kind> facilityNouns() {
    List<Kind> out = new ArrayList<>();
    for (String e : WORDS.get("facility_nouns").split("\\|")) {
      String[] kv = e.split("=", 2);
      if (kv.length != 2) {
        continue;
      }
      List<String> stems = new ArrayList<>();
      for (String w : kv[0].strip().split("_")) {
        stems.add(CyrillicNames.stem(w));
      }
      out.add(new Kind(List.copyOf(stems), List.of(kv[1].strip().split(","))));
    }
    return List.copyOf(out);
  }

  /**
   * A singular Russian demonstrative, up to two adjectives, and a noun (этот полигон, этой
   * магистрали, данного нового газопровода): the words are checked against {@link #FACILITY_NOUNS}
   * through their stems, so every case reads.
   */
  /**
   * A plural noun's dative, instrumental or prepositional ending (нефтепроводам, полигонами,
   * базах).
   */
  private static final Pattern PLURAL_NOUN = Pattern.compile("(?:ам|ям|ами|ями|ах|ях)$");

  private static final Pattern THIS_NOUN_RU =
      Pattern.compile(
          "(?<![\\p{L}])(?:этот|этого|этому|этим|этом|эта|этой|эту|это|данный|данного|данному|данным|данном"
              + "|данная|данной|данную|данное|указанный|указанного|указанному|указанным|указанном|указанная"
              + "|указанной|указанную|указанное)\\s+((?:[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю)\\s+){0,2}"
              + "[а-яё]+)(?![\\p{L}])");

  /**
   * этот полигон, этой магистрали, данного трубопровода: the nearest actor of the paragraph (this
   * sentence before the phrase, then the earlier sentences, the last first) whose English name says
   * the noun's kind ({@link #FACILITY_NOUNS}: Sary-Shagan test site for полигон, Trans-Afghan
   * Railway for магистраль). Never across a paragraph; a plural (эти полигоны: several) or a noun
   * of another kind reads nothing; an adjective of a state (этот казахстанский полигон) keeps only
   * a facility of that state.
   */
  static void describedFacility(String v, List<Mention> here, Context cx, List<Mention> added) {
    Matcher m = THIS_NOUN_RU.matcher(v);
    while (m.find()) {
      String[] words = m.group(1).split("\\s+");
      if (PLURAL_NOUN.matcher(words[words.length - 1]).find()) {
        continue; // по этим нефтепроводам: этим is plural here, and a plural reads nothing
      }
      Kind kind = null;
      for (Kind k : FACILITY_NOUNS) {
        int n = k.stems().size();
        if (words.length < n) {
          continue;
        }
        boolean all = true;
        for (int i = 0; i < n; i++) {
          if (!CyrillicNames.stem(words[words.length - n + i]).equals(k.stems().get(i))) {
            all = false;
          }
        }
        if (all && (kind == null || n > kind.stems().size())) {
          kind = k;
        }
      }
      int at = m.start();
      int end = m.end();
      if (kind == null
          || m.group().startsWith("это ")
              && v.substring(Math.max(0, at - 3), at).matches(".*[—–-]\\s*")
          || taken(here, added, at, end)
          || here.stream()
              .anyMatch(
                  x ->
                      x.begin() >= end
                          && x.begin() <= end + 2
                          && !Coreference.isCountry(x)
                          && !x.actor().label().equals("Person"))) {
        continue; // этот полигон Сары-Шаган: the name follows (этот полигон Россия арендует: no
        // name)
      }
      int adjFrom = m.start(1);
      Set<String> states =
          here.stream()
              .filter(x -> x.begin() >= adjFrom && x.end() <= end && Coreference.isCountry(x))
              .map(x -> x.actor().id())
              .collect(java.util.stream.Collectors.toSet());
      Actor found = nearestOfKind(kind, here, at, cx, states);
      if (found != null) {
        added.add(new Mention(found, at, end, "coref", 0.6));
      }
    }
  }

  private static Actor nearestOfKind(
      Kind kind, List<Mention> here, int at, Context cx, Set<String> states) {
    List<List<Mention>> sentences = new ArrayList<>();
    sentences.add(here.stream().filter(x -> x.end() <= at).toList());
    for (int k = cx.s() - 1; k >= cx.paraStart() && k >= 0; k--) {
      sentences.add(cx.out().get(k));
    }
    for (List<Mention> ms : sentences) {
      List<Mention> sorted = new ArrayList<>(ms);
      sorted.sort(Comparator.comparingInt(Mention::begin).reversed());
      for (Mention x : sorted) {
        Actor a = x.actor();
        if (!(a.label().equals("Facility") || a.label().equals("Initiative")) || a.name() == null) {
          continue;
        }
        String en =
            " " + a.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        // whole words: port is no word of transport, field none of airfield
        if (kind.english().stream().noneMatch(k -> en.contains(" " + k + " "))) {
          continue;
        }
        if (!states.isEmpty() && (a.partOf() == null || !states.contains(a.partOf()))) {
          return null; // этот российский полигон after a Kazakh one: another facility
        }
        return a;
      }
    }
    return null;
  }

  /** An exception after a count (кроме, за исключением, исключая). */
  private static final Pattern EXCEPT_BEFORE =
      Pattern.compile("(?<![\\p{L}])(?:кроме|за\\s+исключением|исключая)(?![\\p{L}])");

  /** The region's adjective inside a count (четыре центральноазиатских государства). */
  private static final Pattern REGION_ADJECTIVE =
      Pattern.compile("(?<![\\p{L}])(?:центральноазиатск|среднеазиатск)[а-яё]+");

  /**
   * A count whose adjective is the region's (пять центральноазиатских республик; Россия, Китай и
   * четыре центральноазиатских государства, кроме Туркменистана): the region's states this sentence
   * does not name otherwise, when they are exactly that many (five: all of them; four with one
   * named apart or excepted). Empty when the count does not agree (три центральноазиатские страны:
   * which three is not said), or when the region's states it stands for are listed after it (двумя
   * центральноазиатскими республиками — Казахстаном и Узбекистаном: the list reads).
   */
  private static List<Actor> ofTheRegion(
      String adjectives, int n, String v, int end, List<Mention> here, Context cx) {
    if (adjectives == null || !REGION_ADJECTIVE.matcher(adjectives).find()) {
      return List.of();
    }
    for (Mention x : here) {
      if (x.begin() >= end
          && x.begin() <= v.length()
          && cx.centralAsia().contains(x.actor())
          && !EXCEPT_BEFORE.matcher(v.substring(end, x.begin())).find()) {
        return List.of(); // двумя центральноазиатскими республиками — Казахстаном и Узбекистаном
      }
    }
    Set<String> named = new java.util.HashSet<>();
    here.stream()
        .filter(x -> Coreference.isCountry(x) && !x.method().equals("coref"))
        .forEach(x -> named.add(x.actor().id()));
    List<Actor> rest = cx.centralAsia().stream().filter(a -> !named.contains(a.id())).toList();
    return rest.size() == n ? rest : List.of();
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

  /** Fronted adverbs of earlier or later time before a pronoun subject (Ранее она вступила …). */
  private static final String BEFORE_OR_AFTER_RU = "ранее|прежде|вскоре|потом|недавно|теперь";

  /**
   * A clause-initial Russian они (they), alone or as все они / обе они, or эти страны (государства,
   * республики): the states of the previous sentence, as English they (Все они, кроме Узбекистана,
   * …: the state this sentence names is left out).
   */
  private static final Pattern THEY_RU =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*|(?<![\\p{L}])(?:и|но|а|затем|позже|позднее|также|тогда|впоследствии|"
              + BEFORE_OR_AFTER_RU
              + ")\\s+)"
              + "(?:(?:все|оба|обе)\\s+)?(они|эти\\s+(?:страны|государства|республики))(?![\\p{L}])");

  /**
   * они, эти страны as a clause subject: the states of the previous sentence that this sentence
   * does not name, two to six.
   */
  static void pronouns(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    if (prev == null || prev.isEmpty()) {
      return;
    }
    Set<String> named = namedIn(here);
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
  }

  /**
   * A clause-initial Russian он / она before a word (Он не входит в ОДКБ; after a fronted date or
   * adverbial: В 2012 году он вышел из ОДКБ), or её / его before the state's territory (На её
   * территории размещена база): the one state that stands as a subject of the previous sentence,
   * whose name there agrees in gender (Туркменистан … Он; Армения … Она). Of two such states the
   * possessive takes the one that agrees (Россия поддерживает Таджикистан. На его территории …); a
   * pronoun after a state named earlier in its own sentence, or after a sentence with a person for
   * subject (он: the president), stays unlinked. The territory phrase is linked as a whole, so that
   * the place rules read 「на [state] размещена」.
   */
  private static final Pattern HE_SHE_RU =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*|(?<![\\p{L}])(?:и|но|а|однако|затем|позже|позднее|также|тогда|впоследствии|сейчас|ныне|"
              + BEFORE_OR_AFTER_RU
              + ")\\s+"
              // after a fronted date or adverbial, as for a person, perhaps after a conjunction (В
              // 2012
              // году он вышел из ОДКБ; Тогда же она вступила в ЕАЭС; …, но в 2005 году он стал …)
              + "|(?:^|[,;]\\s*(?:и|но|а|однако)\\s+)(?:в|во|с|со|на|после|до|через|к|уже|затем|позднее|позже|тогда)\\s[^,;:]{0,40}?\\s)"
              + "(он|она)(?![\\p{L}])(?=\\s+(?:(?:же|также|тоже|уже|ещё|еще|не|по-прежнему|до\\s+сих\\s+пор)\\s+)*[а-яё])");

  private static final Pattern ITS_TERRITORY_RU =
      Pattern.compile(
          "(?<![\\p{L}])(его|её|ее)\\s+(?:территори[яиюей]{1,2}|земл[еяиюй]{1,2})(?![\\p{L}])");

  static void russianSingular(
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
   * Russian их before the territory (на их территории размещены базы; на их землях): the states the
   * pronoun stands for, as её территории is the one state's. In its own sentence, the last list of
   * two to six states joined by и or commas before it, with no other state after the list (гарантом
   * безопасности для Таджикистана и Киргизии: на их территории …); else, when this sentence names
   * no state before it, the two to six states that stand as subjects of the sentence before, as они
   * is read. One state alone is no antecedent of их (Россия … на их территории: someone else's).
   * The phrase is linked as a whole, so that the place rules read 「на [states] размещены」.
   */
  private static final Pattern THEIR_TERRITORY_RU =
      Pattern.compile(
          "(?<![\\p{L}])их\\s+(?:территори[яиюей]{1,2}|земл[еяиюй]{1,2}|земл[яе]х|территориях)(?![\\p{L}])");

  private static final Pattern STATE_LIST_GAP =
      Pattern.compile("\\s*(?:,|,?\\s*и|,?\\s*а\\s+также)\\s*");

  static void theirTerritory(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    Matcher t = THEIR_TERRITORY_RU.matcher(v);
    while (t.find()) {
      int at = t.start();
      if (overlapsName(here, at, t.end())) {
        continue;
      }
      List<Actor> states = listBefore(v, here, at);
      if (states.isEmpty() && !stateBefore(here, at) && prev != null && prevView != null) {
        List<Actor> subj = subjects(prev, prevView, namedIn(here), Set.of("Country"));
        if (subj.size() >= 2 && subj.size() <= 6) {
          states = subj;
        }
      }
      for (Actor a : states) {
        added.add(new Mention(a, at, t.end(), "coref", 0.6));
      }
    }
  }

  /** The last list of two to six states named (not by coreference) before {@code at}, else none. */
  private static List<Actor> listBefore(String v, List<Mention> here, int at) {
    List<Mention> states =
        here.stream()
            .filter(x -> x.end() <= at && !x.method().equals("coref"))
            .filter(x -> x.actor().label().equals("Country"))
            .sorted(Comparator.comparingInt(Mention::begin))
            .toList();
    if (states.isEmpty()) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>();
    Mention last = states.get(states.size() - 1);
    out.add(last.actor());
    for (int k = states.size() - 2; k >= 0; k--) {
      Mention x = states.get(k);
      if (x.end() > last.begin()) {
        continue; // two readings of one span
      }
      if (!STATE_LIST_GAP.matcher(v.substring(x.end(), last.begin())).matches()) {
        break;
      }
      if (!out.contains(x.actor())) {
        out.add(0, x.actor());
      }
      last = x;
    }
    return out.size() >= 2 && out.size() <= 6 ? out : List.of();
  }

  /**
   * A clause-initial Russian последний / последняя standing alone before a verb (Последняя
   * принимает российские войска; Последний, однако, вступил…), as English the latter: the second of
   * the two actors of one type this sentence names before it, else the sentence before, when the
   * second's name there is a nominative of the pronoun's gender (Россия и Белоруссия… Последняя:
   * Belarus). Not before a noun (последний саммит, последняя встреча: the last one): the word after
   * it must be a verb in the past, in -ает/-яет/-ует/-еет, or reflexive, or a comma.
   */
  private static final Pattern LATTER_RU =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*|(?<![\\p{L}])(?:и|но|а|однако|тогда)\\s+)(последн(?:ий|яя))(?![\\p{L}])"
              + "(?=\\s*,|\\s+(?:(?:же|также|тоже|уже|ещё|еще|не|по-прежнему|вскоре|затем|позже|официально)\\s+)*"
              + "[а-яё]{2,}(?:[аеиоуяё]л[аи]?|ает|яет|ует|еет|ся|сь)(?![\\p{L}]))");

  static void latter(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    Matcher m = LATTER_RU.matcher(v);
    while (m.find()) {
      int at = m.start(1);
      int end = m.end(1);
      if (overlapsName(here, at, end) || taken(here, added, at, end)) {
        continue;
      }
      List<Mention> scope = EnglishReferences.namedBefore(here, at);
      String view = v;
      List<Actor> two = EnglishReferences.twoOfAType(scope);
      if (two.isEmpty() && prev != null && prevView != null) {
        scope = EnglishReferences.namedBefore(prev, prevView.length());
        view = prevView;
        two = EnglishReferences.twoOfAType(scope);
      }
      if (two.size() != 2) {
        continue;
      }
      Actor second = two.get(1);
      char want = m.group(1).equals("последняя") ? 'f' : 'm';
      String where = view;
      // every mention of the second in that scope must agree (a name written once in the
      // nominative: Белоруссия, not Белоруссией)
      List<Mention> of = scope.stream().filter(x -> x.actor().equals(second)).toList();
      if (!of.isEmpty() && of.stream().allMatch(x -> gender(where, x) == want)) {
        added.add(new Mention(second, at, end, "coref", 0.6));
      }
    }
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
   * An agent noun right after a state's adjective (казахстанские власти, российская сторона,
   * киргизское руководство): the adjective stands for the state as the one acting.
   */
  private static final Pattern RU_AGENT_AFTER =
      Pattern.compile(
          "\\s+(?:власт|сторон|руководств|правительств|мид|президент|лидер|делегаци|парламент"
              + "|министр|официальн|дипломат|глав|премьер)");

  private static boolean agentAfter(Mention x, String v) {
    return RU_AGENT_AFTER.matcher(v).region(x.end(), v.length()).lookingAt();
  }

  /**
   * A bare Russian страна or республика that {@link Coreference#described} left unlinked because
   * the document has named several states so far (a Latin or Cyrillic text is one paragraph when
   * its lines end with a full stop): the one state named before it in its own sentence (В 2015 году
   * Казахстан вступил в ВТО, а в 2022 году страна подписала…), or else the one state the previous
   * sentence names, as its subject (Туркменистан провозгласил нейтралитет. Страна не входит в
   * ОДКБ). Not after two states (either could be meant; a state inside an aside of the previous
   * sentence, Таджикистан, граничащий с Афганистаном, …, is none of them), an adjective (соседняя
   * страна; при этом is no adjective), or a sentence with a person for subject. A sentence that
   * names no state before it but persons of one state (the gazetteer's partOf) means theirs
   * (Назарбаев, руководивший страной; Токаев обратился к ОДКБ, и в республику были направлены…),
   * unless they travel there (Путин прибыл в республику).
   */
  static void bareCountryRu(
      String v,
      List<Mention> here,
      List<Mention> prev,
      String prevView,
      Function<String, Actor> actors,
      Actor topic,
      List<Mention> added) {
    Matcher c = BARE_COUNTRY_RU.matcher(v);
    while (c.find()) {
      int at = c.start();
      int end = c.end();
      String lead = v.substring(Math.max(0, at - 30), at);
      if (taken(here, added, at, end)
          || pluralCountryWord(v, at, end)
          || BARE_ORG_RU_NOT_AFTER.matcher(lead).find() && !THIS_IDIOM_BEFORE.matcher(lead).find()
          || here.stream().anyMatch(x -> x.begin() >= end && x.begin() <= end + 2)) {
        continue; // республика Корея: the word begins a name
      }
      // a state named only by its adjective (пребывание российских военных в республике) is the
      // owner of what the noun after it names, not the republic the sentence goes on to
      List<Mention> before =
          here.stream()
              .filter(
                  x ->
                      x.end() <= at
                          && !x.method().equals("coref")
                          && !(Coreference.stateAdjective(x, v) && !agentAfter(x, v)))
              .toList();
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
        } else if (inSentence.size() == 1) {
          // the one state named before as a place, the word a place too (учения прошли в
          // Таджикистане, и в республику прибыли…)
          Actor place =
              placeBefore(v, at, before.stream().filter(x -> !inAside(v, x)).toList(), v, Set.of());
          if (place != null
              && subjects(
                      before.stream().filter(x -> !inAside(v, x)).toList(),
                      v.substring(0, at),
                      Set.of(),
                      Set.of("Person"))
                  .isEmpty()) {
            added.add(new Mention(place, at, end, "coref", 0.6));
          }
        }
        continue;
      }
      Actor home = personsHome(v, before, at, actors);
      if (home != null) {
        added.add(new Mention(home, at, end, "coref", 0.6));
        continue;
      }
      if (prev == null || prev.isEmpty() || prevView == null) {
        continue;
      }
      Set<String> named = namedIn(here);
      List<Mention> outsideAsides = prev.stream().filter(x -> !inAside(prevView, x)).toList();
      List<Actor> subjects = subjects(outsideAsides, prevView, named, Set.of("Country"));
      long statesBefore =
          outsideAsides.stream()
              .filter(Coreference::isCountry)
              .map(x -> x.actor().id())
              .distinct()
              .count();
      if (statesBefore == 1
          && subjects.size() == 1
          && subjects(prev, prevView, named, Set.of("Person")).isEmpty()) {
        added.add(new Mention(subjects.get(0), at, end, "coref", 0.6));
        continue;
      }
      Actor place = placeBefore(v, at, outsideAsides, prevView, named);
      if (statesBefore == 1
          && place != null
          && subjects(outsideAsides, prevView, named, Set.of("Person")).isEmpty()) {
        added.add(new Mention(place, at, end, "coref", 0.6));
        continue;
      }
      Actor own = topicState(topic, before, prev);
      if (own != null) {
        added.add(new Mention(own, at, end, "coref", 0.6));
      }
    }
  }

  /**
   * The state a document is about (the one state its heading names: Узбекистан не вернётся в
   * военные блоки) for a bare страна or республика nothing nearer resolves, when the sentence names
   * no person of another state before the word and the previous sentence names no state or names
   * this one among others (Ташкент потребовал вывести американцев, а Евросоюз ввёл эмбарго против
   * Узбекистана. … ЕС — один из ключевых партнёров республики: Uzbekistan, not the United States
   * named on the way). Null when the heading names no state, or the previous sentence names states
   * without it (the text has moved on to another).
   */
  static Actor topicState(Actor topic, List<Mention> before, List<Mention> prev) {
    if (topic == null) {
      return null;
    }
    for (Mention x : before) {
      if (x.actor().label().equals("Person")
          && x.actor().partOf() != null
          && !x.actor().partOf().equals(topic.id())) {
        return null; // Путин заявил, что республика…: a person of another state speaks
      }
    }
    List<String> states =
        prev == null
            ? List.of()
            : prev.stream()
                .filter(x -> Coreference.isCountry(x) && !x.method().equals("coref"))
                .map(x -> x.actor().id())
                .distinct()
                .toList();
    return states.isEmpty() || states.contains(topic.id()) ? topic : null;
  }

  /**
   * в, во, на, по or на территории right before a word: a place (в республику, на территории
   * страны).
   */
  private static final Pattern LOCATIVE_BEFORE =
      Pattern.compile("(?<![\\p{L}])(?:в|во|на|по|на\\s+территори[июя])\\s+$");

  /**
   * A bare республика or страна as a place (в республику прибыли, в стране) after a sentence whose
   * one state, no subject of it, is also named as a place (миссия в Казахстане; учения прошли на
   * территории Таджикистана): that state, the place the text is at. Null when the word is no place,
   * or the state is named otherwise (с Казахстаном, против Казахстана: a party, not a place).
   */
  private static Actor placeBefore(
      String v, int at, List<Mention> prev, String prevView, Set<String> named) {
    if (!LOCATIVE_BEFORE.matcher(v.substring(Math.max(0, at - 20), at)).find()) {
      return null;
    }
    List<Mention> states =
        prev.stream()
            .filter(x -> Coreference.isCountry(x) && !x.method().equals("coref"))
            .filter(x -> !named.contains(x.actor().id()) && x.end() <= prevView.length())
            .toList();
    if (states.isEmpty()
        || states.stream().map(x -> x.actor().id()).distinct().count() != 1
        || !states.stream()
            .allMatch(
                x ->
                    LOCATIVE_BEFORE
                        .matcher(prevView.substring(Math.max(0, x.begin() - 20), x.begin()))
                        .find())) {
      return null;
    }
    return states.get(0).actor();
  }

  /** при этом, после этого, кроме этого: a phrase of its own, not a demonstrative before страна. */
  private static final Pattern THIS_IDIOM_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])(?:при|после|кроме|помимо|вместо|вслед\\s+за)\\s+(?:этом|этого|этим),?\\s+$");

  /**
   * Travel between a person and the word: the state the person went to (Путин прибыл в республику;
   * в ходе визита в страну).
   */
  private static final Pattern TRAVEL_RU =
      Pattern.compile(
          "(?<![\\p{L}])(?:посет|посещ|визит|прибы|приех|прилет|прилёт|поездк|съезди|отправил|вернул)");

  /**
   * The one state of the persons named before {@code at} in this sentence (the gazetteer's partOf),
   * when they are all of one state and none travels between them and {@code at}; else null.
   */
  private static Actor personsHome(
      String v, List<Mention> before, int at, Function<String, Actor> actors) {
    List<Mention> persons =
        before.stream()
            .filter(x -> x.actor().label().equals("Person") && !inRelativeClause(v, x))
            .toList();
    if (persons.isEmpty() || actors == null) {
      return null;
    }
    Set<String> homes = new java.util.HashSet<>();
    for (Mention p : persons) {
      homes.add(p.actor().partOf() == null ? "" : p.actor().partOf());
    }
    int from = persons.stream().mapToInt(Mention::end).min().orElse(at);
    if (homes.size() != 1
        || homes.contains("")
        || TRAVEL_RU.matcher(v.substring(from, at)).find()) {
      return null;
    }
    Actor home = actors.apply(homes.iterator().next());
    return home != null && home.label().equals("Country") ? home : null;
  }

  /**
   * A participle or relative clause opened by a comma before the mention (Таджикистан, граничащий с
   * Афганистаном, …; Россия, которая поддерживает Армению, …; миссия, направленная по просьбе
   * президента Токаева, …): an aside, not what the sentence says of its subject.
   */
  private static final Pattern ASIDE_OPENING =
      Pattern.compile(
          "^\\s*(?:котор[а-яё]*|[а-яё]+(?:щий|щая|щее|щие|щего|щей|щих|щим|щими|вший|вшая|вшее|вшие|вшего|вшей|вших|вшим|вшими|нный|нная|нное|нные|нного|нной|нных|нным|нными|нную))(?![а-яё])");

  /**
   * A relative clause opened by a comma before the mention (…, руководство которыми взял на себя
   * генерал Иванов, в республику…): a person named there is no agent of the sentence.
   */
  private static final Pattern RELATIVE_OPENING =
      Pattern.compile("^[^,;:—–]*(?<![\\p{L}])котор[а-яё]*(?![\\p{L}])");

  private static boolean inRelativeClause(String view, Mention x) {
    if (x.end() > view.length()) {
      return false;
    }
    int comma = view.lastIndexOf(',', x.begin());
    return comma >= 0 && RELATIVE_OPENING.matcher(view.substring(comma + 1, x.begin())).find();
  }

  private static boolean inAside(String view, Mention x) {
    if (x.end() > view.length()) {
      return false;
    }
    int comma = view.lastIndexOf(',', x.begin());
    return comma >= 0 && ASIDE_OPENING.matcher(view.substring(comma + 1, x.begin())).find();
  }

  /**
   * A bare Russian учения or манёвры in any case, or after a demonstrative (В учениях участвовали…;
   * Хозяйкой учений выступила…; присоединился к этим учениям): the exercise the document named last
   * (an initiative whose English name says exercise: учения «Мирная миссия» in the lead, referred
   * back to in later paragraphs). Not right before a name (учения «Рубеж» name their own), nor
   * after an adjective (совместные учения, другие манёвры: another exercise), but one of the series
   * (первые учения, очередные манёвры).
   */
  private static final Pattern EXERCISE_RU =
      Pattern.compile(
          "(?<![\\p{L}-])(?:(?:эти|этих|этим|этими|данные|данных|данным|данными)\\s+)?"
              + "(?:учени(?:я|й|ям|ями|ях)|ман[её]вр(?:ы|ов|ам|ами|ах))(?![\\p{L}-])");

  private static final Pattern AN_ADJECTIVE_BEFORE =
      Pattern.compile("(?<![\\p{L}])[а-яё]+(?:ые|ие|ых|их|ым|им|ыми|ими|ое|ее)\\s+$");

  /**
   * Adjectives that place an exercise in its series, not another one (первые учения, очередные
   * манёвры).
   */
  private static final Pattern SAME_SERIES =
      Pattern.compile(
          "(?<![\\p{L}])(?:перв|очередн|нынешн|последн|прошлогодн|ежегодн)[а-яё]{2,3}\\s+$");

  static void exercises(
      String v,
      List<Mention> here,
      List<Mention> docHistory,
      Coreference.NewKinds newKinds,
      List<Mention> added) {
    Matcher m = EXERCISE_RU.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      String lead = v.substring(Math.max(0, at - 30), at);
      boolean nameAfter = here.stream().anyMatch(x -> x.begin() >= end && x.begin() <= end + 3);
      boolean ownName =
          here.stream()
              .anyMatch(
                  x ->
                      x.begin() >= end
                          && x.begin() <= end + 3
                          && !v.substring(end, x.begin()).matches(".*\\p{L}.*"));
      if (taken(here, added, at, end) || ownName) {
        continue; // учения «Рубеж» name their own
      }
      if (!m.group().startsWith("эт")
          && !m.group().startsWith("данн")
          && AN_ADJECTIVE_BEFORE.matcher(lead).find()
          && !SAME_SERIES.matcher(lead).find()) {
        newKinds.add("учени", at, here); // совместные учения (в Синьцзяне): another exercise now
        continue;
      }
      if (nameAfter) {
        continue;
      }
      List<Mention> before = new ArrayList<>(docHistory);
      here.stream()
          .filter(x -> x.end() <= at)
          .sorted(Comparator.comparingInt(Mention::end))
          .forEach(before::add);
      for (int k = before.size() - 1; k >= 0; k--) {
        Actor a = before.get(k).actor();
        if (a.label().equals("Initiative")
            && a.names().stream()
                .anyMatch(
                    n ->
                        Coreference.EXERCISE_NAME
                            .matcher(n.toLowerCase(java.util.Locale.ROOT))
                            .find())) {
          if (!newKinds.hides("учени", before.get(k), k < docHistory.size() ? k : -1)) {
            added.add(new Mention(a, at, end, "coref", 0.6));
          }
          break;
        }
      }
    }
  }

  /**
   * A Russian он or она opening a clause, after a fronted date or place at most (В 1999–2002 годах
   * он занимал пост премьер-министра; …, а затем он стал…): the one person the sentence before
   * names as its subject, when this sentence names no person before the pronoun (она: a name in -а
   * or -я, Тимошенко aside). A state subject is {@link #russianSingular}'s; его сменил is the
   * post's.
   */
  static final Pattern HE_PERSON_RU =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*|(?<![\\p{L}])(?:и|но|а|однако|затем|позже|также|тогда|впоследствии)\\s+"
              + "|^(?:в|во|с|со|на|после|до|через|к|уже|затем|позднее|позже)\\s[^,;:]{0,40}?\\s)"
              + "(он|она)(?![\\p{L}])(?=\\s+[а-яё])");

  static void hePerson(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    if (prev == null || prev.isEmpty() || prevView == null) {
      return;
    }
    Actor person = Coreference.onePerson(prev);
    if (person == null
        || subjects(prev, prevView, namedIn(here), Set.of("Person")).size() != 1
        || !subjects(prev, prevView, namedIn(here), Set.of("Country")).isEmpty()
            && prev.stream()
                .filter(x -> x.actor().label().equals("Country"))
                .allMatch(x -> x.begin() < firstOf(prev, person))) {
      return; // Казахстан … Назарбаев: a state before the person may be what он stands for
    }
    Matcher m = HE_PERSON_RU.matcher(v);
    while (m.find()) {
      int at = m.start(1);
      int end = m.end(1);
      if (overlapsName(here, at, end)
          || Coreference.personBefore(here, at)
          || added.stream().anyMatch(x -> x.begin() < end && at < x.end())
          || Coreference.SUCCEEDED.matcher(v).results().anyMatch(r -> r.start(1) == at)) {
        continue;
      }
      if (m.group(1).equals("она") && !feminine(prevView, prev, person)) {
        continue;
      }
      added.add(new Mention(person, at, end, "coref", 0.6));
    }
  }

  private static int firstOf(List<Mention> mentions, Actor a) {
    return mentions.stream()
        .filter(x -> x.actor().id().equals(a.id()))
        .mapToInt(Mention::begin)
        .min()
        .orElse(Integer.MAX_VALUE);
  }

  /** Whether the previous sentence writes the person's name ending in -а or -я (Ирина Иванова). */
  private static boolean feminine(String view, List<Mention> prev, Actor person) {
    return prev.stream()
        .filter(x -> x.actor().id().equals(person.id()) && x.end() <= view.length())
        .map(x -> view.substring(x.begin(), x.end()).trim())
        .anyMatch(w -> w.endsWith("а") || w.endsWith("я"));
  }
}
