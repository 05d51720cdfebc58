package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.actors.Actor;

/**
 * An English clause that repeats the relation of the clause before it for another actor without
 * saying it again: "India joined the SCO in 2017, and Iran followed in 2023", "Armenia joined the
 * union in January, followed by Kyrgyzstan in August", "Uzbekistan left the CSTO, as did
 * Azerbaijan", "Russia imposed sanctions on Georgia, and Belarus did the same", "Iran was admitted
 * to the SCO in 2023, and Belarus was admitted a year later". The actor of the elliptic clause
 * takes the place of the relation's first-named end (its subject in an active clause), for every
 * asserted relation whose two ends the sentence names before the marker. Nothing is read from a
 * clause that negates or plans the repetition (Turkmenistan never followed, Iran is expected to
 * follow: the marker's words admit no negation or modal), from "followed" with an object of its own
 * (Iran followed the talks), from an actor of another type than the end it would replace (followed
 * by a visit from Putin), or from a relation that is not asserted (Uzbekistan may join the EAEU, as
 * did Armenia: the plan is no fact, and what Armenia did is left alone).
 *
 * <p>The same gapped clause in Chinese and Russian: "伊朗於2023年成為上合組織正式成員，白俄羅斯則於一年後加入",
 * "烏茲別克重返集安組織，亞美尼亞亦然", "…，吉爾吉斯隨後也加入了", "Иран стал членом ШОС в 2023 году, а Белоруссия — годом
 * позже", "…, а Киргизия — в 2015-м", "…, а Киргизия тоже". Between the actor and the verb only a
 * time and the markers 則/也/亦/隨後 may stand, and nothing but punctuation after the verb, so a negated
 * (白俄羅斯則尚未加入, а Белоруссия — нет), planned (則計劃於明年加入) or own-object clause (白俄羅斯則加入了 歐亞經濟聯盟, а РАТС
 * — в Ташкенте) reads nothing. A year the gapped clause names is its date.
 */
final class Ellipsis {
  private Ellipsis() {}

  /** The groups of linked actors of the sentence, in the order of the view. */
  record Items(List<Actor> members, int begin, int end) {}

  /** What may follow an intransitive "followed": nothing, a time, a clause break. */
  private static final String AFTER_FOLLOWED =
      "(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|on|at|by|within|after|shortly|soon|later|only|too|as\\s+well"
          + "|a\\s+(?:year|month|week|decade|day|few|couple)|(?:two|three|four|five|six|several)\\s+"
          + "|the\\s+(?:next|following|same)\\s+(?:year|month|week|day|decade|spring|summer|autumn|winter)"
          + "|\\d|with|when|and|but|while)\\b)";

  /** ", and Z followed (suit)", ", while Z did the same": the actor before the verb. */
  private static final Pattern BEFORE_VERB =
      Pattern.compile(
          "[,;]?\\s+(?:and|while|whereas|but)\\s+(?:then\\s+|later\\s+|in\\s+\\d{4},?\\s+)?"
              + "\\uE000(\\d+)\\uE001\\s+(?:soon\\s+|later\\s+|quickly\\s+|also\\s+|then\\s+|duly\\s+"
              + "|eventually\\s+|shortly\\s+afterwards\\s+)?"
              + "(?:followed(?:\\s+suit)?"
              + AFTER_FOLLOWED
              + "|did\\s+(?:the\\s+same|likewise|so)\\b|did\\s+too\\b"
              // the first clause's verb said again with no object (Iran was admitted to the SCO in
              // 2023, and Belarus was admitted a year later; …, and Belarus joined in 2024)
              + "|(?:(?:was|were)\\s+(?:(?:formally|also|finally)\\s+)?admitted|joined(?!\\s+with\\b))"
              + AFTER_FOLLOWED
              + ")");

  /**
   * ", followed by Z", ", as did Z", ", as are Z" (Iran is a member of the SCO, as are India and
   * Pakistan), ", and so did Z": the actor after the marker.
   */
  private static final Pattern AFTER_MARKER =
      Pattern.compile(
          "[,;]\\s+(?:followed\\s+(?:(?:soon|shortly|later)\\s+)?by|as\\s+(?:did|has|had|have|does|do|is|are|was|were)"
              + "|(?:and\\s+)?so\\s+(?:did|has|had|have|does|do))\\s+(?:the\\s+)?\\uE000(\\d+)\\uE001"
              // as did Tajik President Emomali Rahmon: the state's adjective, a title, the person
              + "(?:\\s+(?:president|prime\\s+minister|premier|leader|foreign\\s+minister|counterpart)"
              + "\\s+\\uE000(\\d+)\\uE001)?"
              + "(?!\\s*(?:'s|’s))",
          Pattern.CASE_INSENSITIVE);

  /**
   * ", a year after Armenia", ", months after Kazakhstan": the clause's act, done earlier by the
   * actor after the marker (Kyrgyzstan joined the EAEU in 2015, a year after Armenia). Nothing but
   * the clause's end may follow the actor: "a year after Russia annexed Crimea" is another act. The
   * clause's date is not the actor's, so the repetition has none.
   */
  private static final Pattern AFTER_ACTOR =
      Pattern.compile(
          "[,;]\\s+(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\\s+few|some)"
              + "\\s+(?:years?|months?|weeks?|days?|decades?)\\s+|(?:shortly|soon|just|not\\s+long"
              + "|months|weeks|years|days)\\s+)after\\s+(?:the\\s+)?\\uE000(\\d+)\\uE001"
              + "(?=\\s*(?:[.;]|,\\s|$))",
          Pattern.CASE_INSENSITIVE);

  /**
   * "Kyrgyzstan, like Kazakhstan, belongs to the EAEU": an aside right after an actor saying that
   * another does the same (group 1 the actor, group 2 the one alike). Not "unlike", and not a
   * possessive after it (like Russia's other neighbours).
   */
  private static final Pattern LIKE_AFTER =
      Pattern.compile(
          "\\uE000(\\d+)\\uE001\\s*,\\s+(?:just\\s+|much\\s+)?(?<![\\p{L}])like\\s+(?:the\\s+)?"
              + "\\uE000(\\d+)\\uE001\\s*,",
          Pattern.CASE_INSENSITIVE);

  /**
   * "Like Kazakhstan, Kyrgyzstan belongs to the EAEU": the aside opening the sentence or a clause
   * after a semicolon (group 1 the one alike, group 2 the actor right after it).
   */
  private static final Pattern LIKE_BEFORE =
      Pattern.compile(
          "(?:^|[;:]\\s*)(?:just\\s+|much\\s+)?(?<![\\p{L}])like\\s+(?:the\\s+)?\\uE000(\\d+)\\uE001"
              + "\\s*,\\s+(?:the\\s+)?\\uE000(\\d+)\\uE001(?!\\s*(?:'s|’s))",
          Pattern.CASE_INSENSITIVE);

  /** A time in a gapped Chinese clause: 於2024年, 於一年後, 次年, 同年8月, 隨後. */
  private static final String ZH_TIME =
      "(?:(?:於|于|在)?(?:\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?|同年(?:\\d{1,2}月)?|次年|翌年|隔年"
          + "|[一二兩两三四五六七八九十數数]+(?:年|個月|个月|週|周|天)(?:之)?(?:後|后))"
          + "|隨後|随后|隨即|随即|稍後|稍后|其後|其后|不久(?:後|后)?)";

  /** "，白俄羅斯則於一年後加入", "，吉爾吉斯隨後也加入了", "，亞美尼亞亦然": the actor before the verb. */
  private static final Pattern ZH_GAP =
      Pattern.compile(
          "[，,；;]\\s*(?:而)?\\uE000(\\d+)\\uE001"
              + "(?:(?=[^，。；,;]{0,20}?(?:則|则|也|亦|隨後|随后|同樣|同样))"
              + "(?:則|则|也|亦|同樣|同样|隨之|随之|"
              + ZH_TIME
              + "){1,4}(?:加入|跟進|跟进|效仿|仿效|入會|入会|跟上)(?:了)?"
              + "|亦然|也是如此|亦是如此|亦同)(?=\\s*(?:[。，,；;]|$))");

  /** A time in a gapped Russian clause: в 2015-м, в июле 2024 года, годом позже, через год. */
  private static final String RU_TIME =
      "(?:в\\s+(?:[а-я]+\\s+)?\\d{4}(?:-м|\\s*г(?:од[уа]?|\\.)?)?"
          + "|(?:годом|месяцем|годами|спустя\\s+год)\\s*(?:позже|позднее|спустя)?"
          + "|(?:на|через)\\s+(?:год|два\\s+года|три\\s+года|несколько\\s+лет)(?:\\s+(?:позже|позднее))?"
          + "|позже|позднее|чуть\\s+позже|следом|вслед\\s+за\\s+ним)";

  /**
   * ", а Белоруссия — годом позже", ", а Киргизия тоже": the actor after "а"; without "а" only a
   * middle item of a gapped list, with a dash and another gapped clause with "а" after it (", Иран
   * — в 2023 году, а Белоруссия — в 2024-м"), and "же" after the actor (", Иран же — в 2023 году").
   */
  private static final Pattern RU_GAP =
      Pattern.compile(
          "[,;]\\s+(?<a>а\\s+)?(?:затем\\s+|потом\\s+)?\\uE000(?<i>\\d+)\\uE001(?<zhe>\\s+же)?\\s*"
              + "(?:[—–-]\\s*"
              + RU_TIME
              + "|(?:тоже|также)(?:\\s*[—–-]?\\s*"
              + RU_TIME
              + ")?)(?=\\s*(?:[.;,]|$))");

  /**
   * ", а в 2024 году — Киргизия", ", а через год — Таджикистан": a gapped Russian clause with its
   * time before the dash and the actor after it, nothing after the actor but the clause's end.
   */
  private static final Pattern RU_GAP_TIME_FIRST =
      Pattern.compile(
          "[,;]\\s+(?<a>а\\s+)(?:затем\\s+|потом\\s+)?"
              + RU_TIME
              + "\\s*[—–]\\s*\\uE000(?<i>\\d+)\\uE001(?<zhe>\\s+тоже)?(?=\\s*(?:[.;]|$))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A time a gapped English clause may hold: in 2023, in August, in early 2015, a year later. */
  private static final String EN_TIME =
      "(?:(?:in|on|by|during)\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:\\d{1,2}\\s+)?(?:january|february"
          + "|march|april|may|june|july|august|september|october|november|december)(?:\\s+\\d{1,2},?)?"
          + "(?:\\s+\\d{4})?|\\d{4})|(?:a|one|two|three|four|five|several)\\s+(?:years?|months?|weeks?"
          + "|days?|decades?)\\s+later|the\\s+(?:next|following)\\s+(?:year|month|week|day|decade))";

  /**
   * ", and Kyrgyzstan in August", ", Iran in 2023 and Belarus in 2024": a gapped English clause
   * that keeps only its subject and a time. Nothing but the time may follow the actor before the
   * clause ends (a comma, "and", the full stop), so a clause with a verb or object of its own reads
   * nothing.
   */
  private static final Pattern EN_GAP =
      Pattern.compile(
          "(?:[,;]\\s*(?:and\\s+|while\\s+)?|\\s+and\\s+)(?:the\\s+)?\\uE000(\\d+)\\uE001\\s+"
              + EN_TIME
              + "(?=\\s*(?:[,.;]|and\\b|$))",
          Pattern.CASE_INSENSITIVE);

  /**
   * ", and Tajikistan the CSTO": a gapped English clause that keeps its subject and its object (and
   * perhaps a time), the verb of the clause before it left unsaid.
   */
  private static final Pattern EN_GAP_PAIR =
      Pattern.compile(
          "(?:[,;]\\s*(?:and\\s+|while\\s+)?|\\s+and\\s+)\\uE000(\\d+)\\uE001\\s+(?:the\\s+)?"
              + "\\uE000(\\d+)\\uE001(?:\\s+"
              + EN_TIME
              + ")?(?=\\s*(?:[,.;]|$))",
          Pattern.CASE_INSENSITIVE);

  /** The prepositions a gapped Russian clause may repeat before its own second actor. */
  private static final String RU_PREP = "в|во|на|с|со|из|изо|к|ко|против|от|у|при|до";

  /**
   * ", а США — в Киргизии", ", а ЕС — против России", ", а Токаев — Казахстан": a gapped Russian
   * clause with an actor of its own in place of the relation's other end, after the same
   * preposition (or none) as that end in the clause before; a time may stand before or after it.
   * Without "а", as for {@link #RU_GAP}, only a middle item of a gapped list.
   */
  private static final Pattern RU_GAP_ARG =
      Pattern.compile(
          "[,;]\\s+(?<a>а\\s+)?(?:затем\\s+|потом\\s+)?\\uE000(?<i>\\d+)\\uE001(?<zhe>\\s+же)?\\s*[—–]\\s*"
              + "(?:"
              + RU_TIME
              + "\\s+)?(?:(?:только|лишь)\\s+)?(?:(?<prep>"
              + RU_PREP
              + ")\\s+)?\\uE000(?<w>\\d+)\\uE001(?:\\s*,?\\s*"
              + RU_TIME
              + ")?(?=\\s*(?:[.;,]|$))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** What may follow a sentence's last clause: its closing mark. */
  private static final Pattern SENTENCE_END = Pattern.compile("\\s*[.!?;]?\\s*");

  /** A later gapped clause with "а" (", а Белоруссия —"): what a middle item without "а" needs. */
  private static final Pattern RU_GAP_LATER =
      Pattern.compile("^[^.;!?]*?,\\s*а\\s+\\uE000\\d+\\uE001(?:\\s+же)?\\s*[—–]");

  /** {@link #RU_PREP} as a set, and the vowel forms it folds (во as в, со as с). */
  private static final Set<String> RU_PREPS = Set.of(RU_PREP.split("\\|"));

  private static final Pattern RU_PREP_VOWEL = Pattern.compile("^(в|с|к|из)о$");

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

  /**
   * Adds to {@code out} the relations the elliptic clauses of {@code view} repeat for their actor.
   * {@code items} are the sentence's groups of linked actors; the view is searched with each group
   * replaced by a marker of its index.
   */
  static void apply(
      String view, List<Items> items, Map<String, Statement> out, List<String> symmetric) {
    if (out.isEmpty() || items.size() < 3) {
      return;
    }
    List<Pattern> patterns =
        latin(view)
            ? List.of(BEFORE_VERB, AFTER_MARKER, EN_GAP, EN_GAP_PAIR, AFTER_ACTOR)
            : RuleEngine.cyrillic(view)
                ? List.of(RU_GAP, RU_GAP_ARG, RU_GAP_TIME_FIRST)
                : List.of(ZH_GAP);
    StringBuilder marked = new StringBuilder();
    List<Integer> at = new ArrayList<>(); // the marked text's offsets in the view
    int pos = 0;
    for (int g = 0; g < items.size(); g++) {
      Items it = items.get(g);
      if (it.begin() < pos) {
        continue;
      }
      for (int k = pos; k < it.begin(); k++) {
        marked.append(view.charAt(k));
        at.add(k);
      }
      String ph = "\uE000" + g + "\uE001";
      for (int k = 0; k < ph.length(); k++) {
        marked.append(ph.charAt(k));
        at.add(it.begin());
      }
      pos = it.end();
    }
    for (int k = pos; k < view.length(); k++) {
      marked.append(view.charAt(k));
      at.add(k);
    }
    String m = marked.toString();
    List<Statement> added = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher x = p.matcher(m);
      while (x.find()) {
        int marker = at.get(x.start());
        boolean russian = p == RU_GAP || p == RU_GAP_ARG || p == RU_GAP_TIME_FIRST;
        Items who = items.get(Integer.parseInt(russian ? x.group("i") : x.group(1)));
        if (p == AFTER_MARKER && x.group(2) != null) {
          // as did Tajik President Emomali Rahmon: the state stands for a state's end, the person
          // for a person's (Kyrgyz President Japarov signed the treaty: Rahmon signed it)
          Items person = items.get(Integer.parseInt(x.group(2)));
          List<Actor> both = new ArrayList<>(who.members());
          both.addAll(person.members());
          who = new Items(both, who.begin(), person.end());
        }
        if (russian
            && x.group("a") == null
            && x.group("zhe") == null
            && !RU_GAP_LATER.matcher(m.substring(x.end())).find()
            && !(p == RU_GAP && SENTENCE_END.matcher(m.substring(x.end())).matches())) {
          continue; // no "а": only a middle item of a gapped list, or a last clause that keeps only
          // its time (Казахстан вступил в ВТО в 2015 году, Таджикистан — в 2013 году.); one with
          // an actor of its own needs "а" (Россия держит войска в Таджикистане, США — в Киргизии)
        }
        // the gapped clause's own other end: Russian ", а США — в Киргизии"
        Items own = p == RU_GAP_ARG ? items.get(Integer.parseInt(x.group("w"))) : null;
        // the gapped pair's second actor: the object the clause keeps (", and Tajikistan the CSTO")
        Items what = p == EN_GAP_PAIR ? items.get(Integer.parseInt(x.group(2))) : null;
        String date = null; // the gapped clause's own year (Chinese, Russian, English)
        if (p != BEFORE_VERB && p != AFTER_MARKER && p != AFTER_ACTOR) {
          int from = (russian ? x.end("i") : x.end(what != null ? 2 : 1)) + 1;
          int to = x.end();
          if (p == RU_GAP_TIME_FIRST) {
            from = x.start(); // the time before the dash
            to = x.start("i");
          }
          Matcher y = YEAR.matcher(m.substring(Math.min(from, to), to));
          date = y.find() ? y.group(1) : null;
        }
        for (Statement st : out.values()) {
          if (!st.asserted()
              || st.rule() != null && st.rule().contains("title")
              || p == AFTER_MARKER && st.predicate().equals("HEAD_OF")) {
            continue; // Kyrgyz President Japarov: a title names an office, it is no predicate the
            // elided clause repeats (as did Tajik President Rahmon: not Japarov head of
            // Tajikistan);
            // nor is any head an "as did" repeats, however it was read (Sadyr Japarov, the
            // president of Kyrgyzstan, signed it, as did Emomali Rahmon: not Rahmon head of it)
          }
          int s = first(items, st.subject(), marker);
          int o = first(items, st.object(), marker);
          if (s < 0 || o < 0) {
            continue; // an end the sentence does not name before the marker
          }
          boolean subjectFirst = s <= o;
          if (russian && own == null || p == EN_GAP && !symmetric.contains(st.predicate())) {
            // Членом ЕАЭС стала Армения, а в 2024 году — Киргизия; Kazakhstan joined the SCO in
            // 2001
            // and the WTO in 2015: when the two ends are of other kinds, the gapped actor stands
            // for
            // the end of its kind, wherever the clause put it
            Actor subjectActor = actor(items, st.subject());
            Actor objectActor = actor(items, st.object());
            if (subjectActor != null
                && objectActor != null
                && !subjectActor.label().equals(objectActor.label())) {
              boolean asSubject =
                  who.members().stream().anyMatch(a -> a.label().equals(subjectActor.label()));
              boolean asObject =
                  who.members().stream().anyMatch(a -> a.label().equals(objectActor.label()));
              if (asSubject != asObject) {
                subjectFirst = asSubject;
              }
            }
          }
          String replaced = subjectFirst ? st.subject() : st.object();
          String kept = subjectFirst ? st.object() : st.subject();
          Actor model = actor(items, replaced);
          Actor keptActor = actor(items, kept);
          if ((p == EN_GAP || p == EN_GAP_PAIR)
              && (keptActor == null || model == null || keptActor.label().equals(model.label()))) {
            continue; // Russia stationed troops in Tajikistan in 2003 and Kyrgyzstan in 2005: the
            // gapped actor may be either end, and only their kinds could tell which
          }
          List<String> others = List.of(kept);
          if (what != null) {
            List<String> objects = new ArrayList<>();
            for (Actor b : what.members()) {
              if (b.label().equals(keptActor.label()) && !b.id().equals(kept)) {
                objects.add(b.id()); // Kazakhstan joined the EAEU, and Tajikistan the CSTO
              }
            }
            others = objects;
          } else if (own != null) {
            // the gapped clause's own actor stands for the kept end: of its kind, after the same
            // preposition as the kept end (России — против Украины / ЕС — против России), or none
            if (keptActor == null
                || !samePrep(before(view, Math.max(s, o)), x.group("prep"))
                || own.members().stream().anyMatch(a -> !sameKind(a, keptActor))) {
              continue;
            }
            others = own.members().stream().map(Actor::id).toList();
          }
          for (Actor a : who.members()) {
            if (model == null
                || !(a.label().equals(model.label()) || own != null && sameKind(a, model))
                || others.contains(a.id())
                || own == null && a.id().equals(kept)) {
              continue; // another kind of actor, or the relation's other end
            }
            for (String other : others) {
              added.add(
                  repeated(
                      st,
                      subjectFirst ? a.id() : other,
                      subjectFirst ? other : a.id(),
                      symmetric,
                      date,
                      null,
                      null,
                      readings(st, date)));
            }
          }
        }
      }
    }
    if (latin(view)) {
      likeAsides(m, items, out, symmetric, added);
    }
    for (Statement st : added) {
      String key = st.key();
      Statement had = out.putIfAbsent(key, st);
      if (had != null && st.date() != null && !st.date().equals(had.date())) {
        // a gapped rule's reading of "а Белоруссия — в 2024-м" dated by the first clause: the
        // gapped clause's own year is the date
        out.put(
            key,
            new Statement(
                had.subject(),
                had.predicate(),
                had.object(),
                had.role(),
                st.date(),
                had.since(),
                had.until(),
                had.confidence(),
                had.rule(),
                had.sentence(),
                had.status(),
                readings(had, st.date())));
      }
    }
  }

  /**
   * The relations an English like-aside repeats for the actor it names ({@link #LIKE_AFTER}, {@link
   * #LIKE_BEFORE}): every asserted relation with the actor next to the aside at one end and at the
   * other an actor named after the aside, with the one alike in its place, of the same kind
   * (Tajikistan, like Kyrgyzstan, hosts a Russian base: Russia in Kyrgyzstan too).
   */
  private static void likeAsides(
      String m,
      List<Items> items,
      Map<String, Statement> out,
      List<String> symmetric,
      List<Statement> added) {
    for (Pattern p : List.of(LIKE_AFTER, LIKE_BEFORE)) {
      Matcher x = p.matcher(m);
      while (x.find()) {
        Items actor = items.get(Integer.parseInt(x.group(p == LIKE_AFTER ? 1 : 2)));
        Items alike = items.get(Integer.parseInt(x.group(p == LIKE_AFTER ? 2 : 1)));
        for (Statement st : out.values()) {
          if (!st.asserted()) {
            continue;
          }
          boolean subjectSide = actor.members().stream().anyMatch(a -> a.id().equals(st.subject()));
          boolean objectSide = actor.members().stream().anyMatch(a -> a.id().equals(st.object()));
          if (subjectSide == objectSide) {
            continue;
          }
          String replaced = subjectSide ? st.subject() : st.object();
          String kept = subjectSide ? st.object() : st.subject();
          Actor model = actor(items, replaced);
          if (model == null
              || alike.members().stream().anyMatch(a -> a.id().equals(kept))
              || !namedAfter(items, kept, alike)) {
            continue;
          }
          for (Actor a : alike.members()) {
            if (!a.label().equals(model.label())) {
              continue;
            }
            added.add(
                repeated(
                    st,
                    subjectSide ? a.id() : kept,
                    subjectSide ? kept : a.id(),
                    symmetric,
                    st.date(),
                    st.since(),
                    st.until(),
                    st.readings()));
          }
        }
      }
    }
  }

  /**
   * {@code st} said again of another pair (an elided clause's actor, a like-aside's), at a lower
   * confidence; a symmetric type keeps its pair in id order.
   */
  private static Statement repeated(
      Statement st,
      String subj,
      String obj,
      List<String> symmetric,
      String date,
      String since,
      String until,
      List<TimeReading> readings) {
    boolean swap = symmetric.contains(st.predicate()) && subj.compareTo(obj) > 0;
    return new Statement(
        swap ? obj : subj,
        st.predicate(),
        swap ? subj : obj,
        st.role(),
        date,
        since,
        until,
        st.confidence() * 0.9,
        "ellipsis",
        st.sentence(),
        st.status(),
        readings);
  }

  /** Whether the sentence names the actor in a group after {@code aside}. */
  private static boolean namedAfter(List<Items> items, String id, Items aside) {
    for (Items it : items) {
      if (it.begin() > aside.end() && it.members().stream().anyMatch(a -> a.id().equals(id))) {
        return true;
      }
    }
    return false;
  }

  /** The word right before {@code pos} in {@code view} ("против" in "санкции против □"), or "". */
  private static String before(String view, int pos) {
    int e = Math.min(Math.max(0, pos), view.length());
    while (e > 0 && Character.isWhitespace(view.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(view.charAt(b - 1))) {
      b--;
    }
    return view.substring(b, e);
  }

  /** The same preposition, "со" as "с" (or no preposition on either side). */
  private static boolean samePrep(String word, String prep) {
    return preposition(word).equals(preposition(prep));
  }

  /** {@code word} as one of {@link #RU_PREPS}, its vowel form folded, or "" for none. */
  private static String preposition(String word) {
    String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
    return RU_PREPS.contains(w) ? RU_PREP_VOWEL.matcher(w).replaceAll("$1") : "";
  }

  /** Of one kind: the same label, or states and organisations, states and places. */
  private static boolean sameKind(Actor a, Actor b) {
    String x = a.label();
    String y = b.label();
    if (x.equals(y)) {
      return true;
    }
    Set<String> pair = Set.of(x, y);
    return pair.equals(Set.of("Country", "Organization"))
        || pair.equals(Set.of("Country", "Place"));
  }

  /** The readings of {@code st} with {@code date} for their date (an event if it had none). */
  private static List<TimeReading> readings(Statement st, String date) {
    if (date == null) {
      return List.of();
    }
    if (st.readings().isEmpty()) {
      return List.of(new TimeReading(TimeReading.EVENT, date));
    }
    return st.readings().stream().map(r -> new TimeReading(r.kind(), date)).toList();
  }

  /** Where the sentence first names the actor before {@code limit}, or -1. */
  private static int first(List<Items> items, String id, int limit) {
    for (Items it : items) {
      if (it.end() > limit) {
        break;
      }
      if (it.members().stream().anyMatch(a -> a.id().equals(id))) {
        return it.begin();
      }
    }
    return -1;
  }

  private static Actor actor(List<Items> items, String id) {
    for (Items it : items) {
      for (Actor a : it.members()) {
        if (a.id().equals(id)) {
          return a;
        }
      }
    }
    return null;
  }

  private static boolean latin(String view) {
    for (int k = 0; k < view.length(); k++) {
      char c = view.charAt(k);
      if (c >= '\u0400' && c <= '\u04FF' || c >= '\u2E80') {
        return false;
      }
    }
    return true;
  }
}
