package org.cagraph.actors;

import static org.cagraph.actors.Coreference.BARE_ORG_RU_NOT_AFTER;
import static org.cagraph.actors.Coreference.link;
import static org.cagraph.actors.Coreference.linkLast;
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
      List<Actor> resolved =
          resolveCount(n, kind, false, at, here, history, docHistory, numbered, cx);
      any |= link(resolved, n, at, end, numbered, added);
    }
    return any;
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
   * A clause-initial Russian они (they), alone or as все они / обе они, or эти страны (государства,
   * республики): the states of the previous sentence, as English they (Все они, кроме Узбекистана,
   * …: the state this sentence names is left out).
   */
  private static final Pattern THEY_RU =
      Pattern.compile(
          "(?:^|[,;:—–]\\s*|(?<![\\p{L}])(?:и|но|а|затем|позже|позднее|также|тогда|впоследствии)\\s+)"
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
      List<Mention> added) {
    Matcher c = BARE_COUNTRY_RU.matcher(v);
    while (c.find()) {
      int at = c.start();
      int end = c.end();
      String lead = v.substring(Math.max(0, at - 30), at);
      if (taken(here, added, at, end)
          || BARE_ORG_RU_NOT_AFTER.matcher(lead).find() && !THIS_IDIOM_BEFORE.matcher(lead).find()
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
      }
    }
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
        before.stream().filter(x -> x.actor().label().equals("Person")).toList();
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
   * Афганистаном, …; Россия, которая поддерживает Армению, …): an aside, not what the sentence says
   * of its subject.
   */
  private static final Pattern ASIDE_OPENING =
      Pattern.compile(
          "^\\s*(?:котор[а-яё]*|[а-яё]+(?:щий|щая|щее|щие|щего|щей|щих|щим|щими|вший|вшая|вшее|вшие|вшего|вшей|вших|вшим|вшими))(?![а-яё])");

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
      String v, List<Mention> here, List<Mention> docHistory, List<Mention> added) {
    Matcher m = EXERCISE_RU.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      String lead = v.substring(Math.max(0, at - 30), at);
      if (taken(here, added, at, end)
          || !m.group().startsWith("эт")
              && !m.group().startsWith("данн")
              && AN_ADJECTIVE_BEFORE.matcher(lead).find()
              && !SAME_SERIES.matcher(lead).find()
          || here.stream().anyMatch(x -> x.begin() >= end && x.begin() <= end + 3)) {
        continue;
      }
      linkLast(
          docHistory,
          here,
          at,
          end,
          x ->
              x.label().equals("Initiative")
                  && x.name() != null
                  && x.name().toLowerCase(java.util.Locale.ROOT).contains("exercise"),
          0.6,
          added);
    }
  }

  /**
   * A Russian он or она opening a clause, after a fronted date or place at most (В 1999–2002 годах
   * он занимал пост премьер-министра; …, а затем он стал…): the one person the sentence before
   * names as its subject, when this sentence names no person before the pronoun (она: a name in -а
   * or -я, Тимошенко aside). A state subject is {@link #russianSingular}'s; его сменил is the
   * post's.
   */
  private static final Pattern HE_PERSON_RU =
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
