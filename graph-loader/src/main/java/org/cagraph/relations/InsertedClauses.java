package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause set off by commas (or a dash) inside another: a relative or participle clause, an aside
 * (Туркмения, которая не входит в ОДКБ, граничит с Ираном; Казахстан, граничащий с Китаем, вступил
 * в ШОС). The Russian rules, written over main clauses, read the main clause's subject and its verb
 * as adjacent only when the inserted clause is cut out: each such clause gives a masked view of the
 * sentence without it, where only a match that spans the cut counts. What the cut clause negates or
 * plans stays with it (the view no longer holds it), and the main clause's own negation is still
 * read in the view. A participle clause also gives a view of its own relation, its noun leading it
 * (Казахстан граничащий с Китаем), as {@link RelativeClauses} does for который.
 *
 * <p>Three guards hold: an actor of a relative or participle clause is no subject of a verb after
 * it (Россия, потерявшая базу в Узбекистане, разместила войска в Таджикистане: not Uzbekistan;
 * Tajikistan, where Russia keeps a base, joined the CSTO: not Russia), nor, in Russian, of an
 * active participle of its own clause ({@link #participleSubjectInside}); and a match with no named
 * trigger that runs across an inserted clause is read in its own clauses, not in the inserted one
 * ({@link #blankInserted}).
 */
final class InsertedClauses {
  private InsertedClauses() {}

  /**
   * A view: the masked text, each of its characters' offset in the sentence's view; {@code cut}
   * where the clause was taken out (a match must span it), or, for a clause's own reading, -1 with
   * the clause at [{@code from}, {@code to}) and its own words marked.
   */
  record View(String masked, List<Integer> toText, int cut, int from, int to, boolean[] own) {
    /** Whether a match at [{@code start}, {@code end}) with its trigger at [ts, te) counts here. */
    boolean counts(int start, int end, int ts, int te) {
      if (cut >= 0) {
        return start < cut && end > cut;
      }
      if (start < from || end > to) {
        return false;
      }
      for (int k = Math.max(ts, from); k < Math.min(te, to); k++) {
        if (own[k] && Character.isLetter(masked.charAt(k))) {
          return true;
        }
      }
      return false;
    }
  }

  private static final String PLACEHOLDER =
      "[" + RuleSet.OPEN + RuleSet.MOD_OPEN + "][^" + RuleSet.CLOSE + "]*" + RuleSet.CLOSE;

  private static final String PREPOSITIONS = RelativeClauses.PREPOSITIONS;

  /**
   * A co-agent phrase (вместе с Белоруссией, совместно с президентом Казахстана Токаевым): it
   * stands between a subject and its verb as an adverbial does, so that a cut of what stands there
   * (a second predicate, a subject's gap) drops it too; {@link #coAgents} reads its actor as a
   * subject of its own.
   */
  private static final String RU_CO_AGENT_PHRASE =
      "(?:вместе|совместно)\\s+со?\\s+(?:[а-яё-]+(?:ами|ями|ом|ем|ой|ей|ью)\\s+){0,2}(?:"
          + PLACEHOLDER
          + ")+";

  /** An active participle's suffix (вступивш-, шедш-, граничащ-, входящ-). */
  private static final String RU_ACTIVE_SUFFIX = "вш|[её]дш|[уюая]щ";

  /** An adjective's ending, as a participle takes it. */
  private static final String RU_ENDING =
      "(?:ий|ый|ой|ая|ое|ее|ие|ые|его|ого|ему|ому|ей|ой|им|ым|ую|юю|ом|ем|их|ых|ими|ыми)";

  /**
   * A participle (граничащий, вышедший, закреплённые, возглавляемый, открытым), with its negation:
   * the stem's suffix, then an adjective's ending.
   */
  static final String RU_PARTICIPLE =
      "(?:не\\s+)?[а-яё]{2,}(?:"
          + RU_ACTIVE_SUFFIX
          + "|[её]нн|анн|янн|[еи]м)"
          + RU_ENDING
          + "(?:ся|сь)?";

  /**
   * A relative word after the noun it owns, perhaps in a prepositional phrase or with words of its
   * own (экономика которого, на территории которой, в состав которого, на долю которого, министром
   * иностранных дел которой).
   */
  private static final String RU_NOUN_RELATIVE =
      "(?:(?:"
          + PREPOSITIONS
          + ")\\s+)?(?:[а-яё-]{2,}\\s+){0,2}[а-яё-]{3,}\\s+котор(?:ого|ой|ых)(?![а-яё])";

  /**
   * A noun of standing that opens an apposition (Беларусь, член ОДКБ с 1994 года, направила войска
   * …): the body it names and the date it gives are the apposition's own. Not a view's cut (a cut
   * read a false membership across one held out): its clause only keeps its actors and dates.
   */
  private static final String RU_STANDING =
      "(?:член|участни(?:к|ца)|наблюдател[ья]|союзни(?:к|ца)|партн[её]р|основател[ья])(?![а-яё])";

  /** Where a Russian inserted clause starts, right after the comma that opens it. */
  private static final Pattern RU_OPENER =
      Pattern.compile(
          "(?:(?:"
              + PREPOSITIONS
              + ")\\s+)?(?:котор(?:ый|ая|ое|ые|ого|ому|ым|ой|ом|ую|ых|ыми)|где|куда|откуда"
              + "|чей|чья|чьё|чье|чьи)(?![а-яё])"
              // a noun the relative owns (Казахстан, экономика которого зависит от нефти, …),
              // perhaps
              // in a prepositional phrase (Киргизия, на территории которой находится база, …)
              + "|"
              + RU_NOUN_RELATIVE
              + "|(?:как\\s+и|так\\s+же\\s+как\\s+и|в\\s+отличие\\s+от|наряду\\s+с|вслед\\s+за"
              // вместе с тем (at the same time) opens no aside: a clause of its own goes on
              + "|вместе\\s+со?(?!\\s+тем(?![а-яё]))|совместно\\s+со?"
              + "|подобно|равно\\s+как\\s+и|несмотря\\s+на)(?![а-яё])"
              // a parenthetical phrase that is the whole aside (Узбекистан, как известно, вышел из
              // ОДКБ; not a hedge or a source: как сообщается, по данным are statuses)
              + "|(?<aside>(?:как\\s+известно|напротив|однако|впрочем|тем\\s+не\\s+менее|в\\s+частности"
              + "|в\\s+свою\\s+очередь|безусловно|разумеется|конечно|кстати|при\\s+этом"
              + "|в\\s+то\\s+же\\s+время|вместе\\s+с\\s+тем|тем\\s+самым"
              + "|таким\\s+образом|прежде\\s+всего|как\\s+и\\s+прежде|по-прежнему)(?=\\s*[,—–])"
              // a named person's word states the fact (ЕС, по словам Саидова, —)
              + "|по\\s+словам(?![а-яё])"
              + ")");

  /**
   * A participle opening the clause, perhaps after adverbs of time or manner (Узбекистан, дважды
   * выходивший из ОДКБ, …; Армения, в 1992 году подписавшая Договор, …; Туркмения, официально не
   * входящая ни в один блок, …; Астана, в последние годы активно развивающая связи с Анкарой, …).
   */
  private static final Pattern RU_PARTICIPLE_OPENER =
      Pattern.compile(
          "(?:(?:дважды|трижды|неоднократно|многократно|ранее|прежде|давно|уже|также|тоже|вновь"
              + "|снова|официально|формально|фактически|юридически|долго|долгое\\s+время|некогда"
              + "|когда-то|впервые|окончательно|ещё|еще|вс[её]\\s+ещ[её]|по-прежнему|пока|до\\s+сих\\s+пор"
              + "|в\\s+\\d{4}\\s+году|с\\s+\\d{4}\\s+года|в\\s+последние\\s+годы|в\\s+последнее\\s+время"
              // an adverb in -о (активно, тесно, последовательно)
              + "|[а-яё]{4,}о)\\s+){0,2}"
              + RU_PARTICIPLE
              + "(?![а-яё])");

  /**
   * An active participle (вступивший, вышедший, граничащий, входящая): its subject is the noun it
   * modifies, never a noun of its own clause.
   */
  static final Pattern RU_ACTIVE_PARTICIPLE =
      Pattern.compile(
          "[а-яё]{2,}(?:" + RU_ACTIVE_SUFFIX + ")" + RU_ENDING + "(?:ся|сь)?(?![а-яё])");

  /**
   * A participle's (or adjective's) ending, -ся dropped and spelt the one way whatever the stem (ы
   * as и, о as е, я as а, ю as у): граничащий and закреплённый both give ии, вступившая and
   * закреплённая аа, вышедшего and закреплённого еге. Words agree in gender, number and case when
   * their endings so read are the same.
   */
  static String ending(String word) {
    String w = word.strip();
    w = w.substring(w.lastIndexOf(' ') + 1);
    if (w.endsWith("ся") || w.endsWith("сь")) {
      w = w.substring(0, w.length() - 2);
    }
    int n = w.length() >= 3 && w.matches(".*(?:его|ого|ему|ому|ими|ыми)") ? 3 : 2;
    String e = w.substring(Math.max(0, w.length() - n));
    return e.replace('ы', 'и').replace('о', 'е').replace('я', 'а').replace('ю', 'у');
  }

  /** What ends an inserted clause: a clause mark, a dash or a bracket. */
  private static final String CLAUSE_END = ",;:.!?—–()";

  /**
   * Where an inserted clause whose opener ends at {@code from} closes: [the comma or dash that
   * closes it, where the main clause goes on after it (", — " closes it as one mark)], or null when
   * no such mark closes it before a clause or sentence end.
   */
  private static int[] closing(String masked, int from) {
    int end = RuleSet.nextMark(masked, from, CLAUSE_END);
    if (end >= masked.length() || end == from) {
      return null;
    }
    char close = masked.charAt(end);
    if (close != ',' && close != '—' && close != '–') {
      return null;
    }
    int after = end + 1;
    while (after < masked.length() && " —–".indexOf(masked.charAt(after)) >= 0) {
      after++;
    }
    return new int[] {end, after};
  }

  static List<View> russian(String masked, List<Integer> toText, String text) {
    List<View> out = new ArrayList<>();
    for (int[] c : commas(masked)) {
      int comma = c[0];
      int b = c[1];
      Matcher o = RU_OPENER.matcher(masked).region(b, masked.length());
      boolean participle = false;
      if (o.lookingAt() && o.group("aside") != null) {
        // a parenthetical or an adverbial participle is cut only between a subject and its verb:
        // the comma right after an actor that opens its clause (not …в ОДКБ, подчеркнув, что …)
        int ant = actorEndingAt(masked, comma);
        if (ant < 0
            || masked.charAt(ant) != RuleSet.OPEN
            || !subjectAfterConjunction(masked, ant)) {
          continue;
        }
      }
      if (!o.lookingAt()) {
        o = RU_PARTICIPLE_OPENER.matcher(masked).region(b, masked.length());
        if (!o.lookingAt()) {
          continue;
        }
        participle = true;
      }
      // from the opener's last letter: a parenthetical that is the whole aside (, однако,) ends
      // right at its closing comma
      int[] closed = closing(masked, o.end() - 1);
      if (closed == null) {
        continue;
      }
      int end = closed[0];
      int after = closed[1];
      int clauseStart = clauseStart(masked, comma);
      boolean actorBefore = hasActor(masked, clauseStart, comma);
      int nextEnd = RuleSet.nextMark(masked, after, CLAUSE_END);
      boolean actorAfter = hasActor(masked, after, nextEnd);
      if (actorBefore && actorAfter) {
        out.add(cut(masked, toText, comma, after));
      }
      if (participle) {
        int ant = actorEndingAt(masked, comma);
        // a second participle joined by и is the same noun's when it agrees with the first
        // (Узбекистан, покинувший СНГ в 1999 году и в тот же период примкнувший к ГУАМ): its noun
        // leads it too, not the first participle's object; one that does not agree is another
        // noun's and ends the first participle's clause (Турция, поддерживающая Азербайджан и
        // вступивший в ОДКБ Казахстан: Kazakhstan joined, not Turkey)
        String first = ending(o.group());
        List<Integer> seconds = new ArrayList<>();
        int ownEnd = end;
        Matcher second = RU_SECOND_PARTICIPLE.matcher(masked).region(o.end(), end);
        while (second.find()) {
          if (!ending(second.group(1)).equals(first)) {
            ownEnd = second.start();
            break;
          }
          seconds.add(second.start(1));
        }
        // the clause's own relation, its noun leading it: Казахстан граничащий с Китаем
        if (ant >= 0 && hasActor(masked, o.start(), ownEnd)) {
          out.add(own(masked, toText, ant, comma, b, ownEnd));
          View fin = finiteOwn(masked, toText, text, ant, comma, b, ownEnd, o.end());
          if (fin != null) {
            out.add(fin);
          }
        }
        for (int s : seconds) {
          if (ant >= 0 && hasActor(masked, s, ownEnd)) {
            out.add(own(masked, toText, ant, comma, s, ownEnd));
          }
        }
      }
    }
    return out;
  }

  /**
   * What opens an English clause set off by commas right after the subject of the main clause: a
   * relative word (who, whose, where, which) or an apposition led by a determiner or a number (a
   * member of the CSTO, both members of the EAEU, its closest ally, then the Kazakh leader). Which
   * was first left out for three false presences in-sample: states building or joining forces on a
   * gas pipeline, now no place of a presence. A participle only of a few verbs that describe the
   * subject (founded, signed, created, established, formed, admitted, backed, supported, led,
   * known, elected, appointed: Armenia, admitted to the WTO in 2003, joined …), not any (held near
   * Orenburg, …, worried observers from China: the observers read as taking part).
   */
  private static final Pattern EN_INSERTED =
      Pattern.compile(
          "(?:who|whose|where|which|founded|signed|created|established|formed|admitted|backed|supported|led|known|elected|appointed|a|an|the|both|all|each|its|their|his|her|then"
              + "|once|long|now|itself|themselves|one|two|three|four|five|six)(?![a-z])");

  /**
   * The views of an English sentence with a clause set off by commas cut out from between the first
   * actor of a clause and what follows it (Russia, whose lease of Baikonur runs until 2050, keeps
   * troops in Tajikistan → Russia keeps troops in Tajikistan; Armenia and Belarus, both members of
   * the CSTO, sent troops to Kazakhstan): the rules, written over simple clauses, read the subject
   * next to its verb. As for Russian, only a match across the cut counts, the cut clause's negation
   * stays its own, and an actor must follow the clause in the main clause.
   */
  static List<View> english(String masked, List<Integer> toText) {
    List<View> out = new ArrayList<>();
    for (int[] c : englishCuts(masked)) {
      out.add(cut(masked, toText, c[0], c[1]));
    }
    return out;
  }

  /**
   * The clauses {@link #english} cuts, each as [the comma that opens it, where the main clause goes
   * on, where its body starts, where it ends]: their actors are their own, and their dates too,
   * never the main clause's (Belarus, a member of the CSTO since 1994, sent troops to Kazakhstan:
   * not the CSTO, not since 1994).
   */
  static List<int[]> englishCuts(String masked) {
    List<int[]> out = new ArrayList<>();
    for (int[] c : commas(masked)) {
      int comma = c[0];
      int b = c[1];
      int ant = actorEndingAt(masked, comma);
      if (ant < 0 || masked.charAt(ant) != RuleSet.OPEN) {
        continue;
      }
      // the actor is the first of its clause: no actor since the clause's start or the last comma
      int lead = Math.max(clauseStart(masked, ant), masked.lastIndexOf(',', ant) + 1);
      if (hasActor(masked, lead, ant) || masked.lastIndexOf(RuleSet.CLOSE, ant) >= lead) {
        continue;
      }
      Matcher o = EN_INSERTED.matcher(masked).region(b, masked.length());
      if (!o.lookingAt()) {
        continue;
      }
      int[] closed = closing(masked, o.end() - 1);
      if (closed == null || masked.charAt(closed[0]) != ',') {
        continue;
      }
      int after = closed[1];
      Matcher and = EN_AND.matcher(masked).region(after, masked.length());
      if (and.lookingAt()) {
        continue; // the clause closes a list or a pair of clauses (…, which …, and Russia …)
      }
      String body = masked.substring(b, closed[0]);
      if (EN_LEAVING.matcher(body).find()
          && !(EN_APPOSITION.matcher(o.group()).matches()
              && !EN_LEAVING.matcher(EN_UNTIL.matcher(body).replaceAll(" ")).find())) {
        continue; // the clause may end what the main clause states (Russia, which pulled its troops
        // out within weeks, had sent 2,000 troops to Kazakhstan): read as it stands; an
        // apposition's "until" bounds the apposition's own standing (Uzbekistan, an observer of
        // the SCO until 1996, sent troops: the SCO sent none, 1996 dates no troops)
      }
      int nextEnd = RuleSet.nextMark(masked, after, CLAUSE_END);
      if (hasActor(masked, after, nextEnd)) {
        out.add(new int[] {comma, after, b, closed[0]});
      }
    }
    return out;
  }

  /** Words of leaving or ending, which an inserted clause may say of the main clause's state. */
  private static final Pattern EN_LEAVING =
      Pattern.compile(
          "(?<![a-z])(?:left|leav(?:e|es|ing)|quit|withdr[ae]wn?|withdraw(?:s|ing|al)?|pull(?:ed|s|ing)"
              + "|expell?(?:ed|s|ing)?|clos(?:ed|es|ing|ure)|end(?:ed|s|ing)?|evict(?:ed|s)?"
              + "|depart(?:ed|ure)|until|lost|lapsed|expired|terminated|suspended)(?![a-z])");

  /** The determiners that open an apposition (a noun phrase, no clause with a verb of its own). */
  private static final Pattern EN_APPOSITION =
      Pattern.compile("a|an|the|both|all|each|its|their|one|two|three|four|five|six");

  private static final Pattern EN_UNTIL = Pattern.compile("(?<![a-z])until(?![a-z])");

  private static final Pattern EN_AND = Pattern.compile("(?:and|or|but|while|whereas)(?![a-z])");

  /**
   * A view in which an actor an aside names as doing the same (как и, так же как и, равно как и,
   * подобно, наряду с; not вслед за, whose act came earlier than the date the clause gives) stands
   * in the place of the actor the aside follows: {@code at} is where its placeholder starts; a
   * match counts when a slot of it is that actor.
   */
  record Shared(String masked, List<Integer> toText, int at) {}

  /** An aside that says its actor does the same (not в отличие от: the opposite). */
  private static final Pattern RU_SAME =
      Pattern.compile(
          "(?:как\\s+и|так\\s+же\\s+как\\s+и|равно\\s+как\\s+и|подобно|наряду\\s+с"
              + "|вместе\\s+со?|совместно\\s+со?)\\s+"
              + "(?:("
              + PREPOSITIONS
              + ")\\s+)?(?="
              + RuleSet.OPEN
              + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The aside's preposition closing the text before the other actor (в Таджикистане, как и в
   * Киргизии: в before Таджикистане), by preposition in lower case, compiled once each.
   */
  private static final java.util.Map<String, Pattern> PREPOSITION_BEFORE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Pattern endsWith(String preposition) {
    return Pattern.compile(
        "(?<![\\p{L}])" + preposition + "\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The views of a Russian sentence in which an aside's actor is said to do the same as the actor
   * before it (Казахстан, как и Россия, входит в ЕАЭС: Россия входит в ЕАЭС; Россия разместила
   * войска в Таджикистане, как и в Киргизии: … в Киргизии) or after it (Как и Россия, Казахстан
   * входит в ЕАЭС): the aside's actor put in the other's place, the aside dropped. The aside holds
   * that one actor alone (a preposition before it must be the one before the other actor) and
   * closes with a comma, a dash or the clause's end.
   */
  static List<Shared> shared(String masked, List<Integer> toText) {
    List<Shared> out = new ArrayList<>();
    for (int[] c : commas(masked)) {
      int comma = c[0];
      int b = c[1];
      Matcher o = RU_SAME.matcher(masked).region(b, masked.length());
      if (!o.lookingAt()) {
        continue;
      }
      int open = o.end();
      int close = masked.indexOf(RuleSet.CLOSE, open) + 1;
      if (close <= 0) {
        continue;
      }
      int after = close;
      while (after < masked.length() && masked.charAt(after) == ' ') {
        after++;
      }
      boolean closes = after >= masked.length() || ",;:.!?—–()".indexOf(masked.charAt(after)) >= 0;
      if (!closes) {
        continue; // more than the actor in the aside
      }
      int ant = actorEndingAt(masked, comma);
      if (o.start() == b && ant >= 0) {
        // the other actor ends at the comma: the aside follows it
        String prep = o.group(1);
        boolean goesOn =
            after < masked.length()
                && (masked.charAt(after) == ','
                    || masked.charAt(after) == '—'
                    || masked.charAt(after) == '–');
        if (prep == null && !goesOn) {
          continue; // США ввели санкции против Ирана, как и ЕС: the aside's actor may be either end
        }
        if (prep != null
            && !PREPOSITION_BEFORE
                .computeIfAbsent(prep.toLowerCase(java.util.Locale.ROOT), InsertedClauses::endsWith)
                .matcher(masked.substring(Math.max(0, ant - 12), ant))
                .find()) {
          continue;
        }
        StringBuilder v = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        copy(masked, toText, 0, ant, v, map);
        int at = v.length();
        copy(masked, toText, open, close, v, map);
        // the aside's closing mark goes with it: Россия входит в ЕАЭС
        int rest = goesOn ? after + 1 : close;
        copy(masked, toText, rest, masked.length(), v, map);
        out.add(new Shared(v.toString(), map, at));
      }
    }
    // fronted: Как и Россия, Казахстан входит в ЕАЭС (not with a preposition: group 1)
    fronted(RU_SAME.matcher(masked), ",;:—–(", masked, toText, out);
    return out;
  }

  /**
   * The views of a sentence opening its clause with an aside (Как и Россия, …; Along with
   * Kazakhstan, …) whose one actor is followed by the clause's own actor: the aside's actor in its
   * place, the aside dropped. A match with a group 1 (a preposition before the aside's actor) gives
   * none.
   */
  private static void fronted(
      Matcher f, String clauseMarks, String masked, List<Integer> toText, List<Shared> out) {
    while (f.find()) {
      int clause = f.start();
      while (clause > 0 && clauseMarks.indexOf(masked.charAt(clause - 1)) < 0) {
        clause--;
      }
      if ((f.groupCount() >= 1 && f.group(1) != null)
          || !masked.substring(clause, f.start()).isBlank()
          || insideActor(masked, f.start())) {
        continue;
      }
      int open = f.end();
      int close = masked.indexOf(RuleSet.CLOSE, open) + 1;
      if (close <= 0) {
        continue;
      }
      Matcher next = FRONTED_NEXT.matcher(masked).region(close, masked.length());
      if (!next.lookingAt()) {
        continue;
      }
      int other = next.end();
      int otherClose = masked.indexOf(RuleSet.CLOSE, other) + 1;
      if (otherClose <= 0) {
        continue;
      }
      StringBuilder v = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      copy(masked, toText, 0, f.start(), v, map);
      int at = v.length();
      copy(masked, toText, open, close, v, map);
      copy(masked, toText, otherClose, masked.length(), v, map);
      out.add(new Shared(v.toString(), map, at));
    }
  }

  /**
   * An English aside saying its actor acts with the one it follows or precedes: together with,
   * along with, jointly with, alongside, as well as (not like: {@code Ellipsis} reads it; not
   * unlike).
   */
  private static final Pattern EN_SAME =
      Pattern.compile(
          "(?:(?:together|along|jointly)\\s+with|alongside|as\\s+well\\s+as)\\s+(?:the\\s+)?(?="
              + RuleSet.OPEN
              + ")",
          Pattern.CASE_INSENSITIVE);

  /**
   * The views of an English sentence in which an aside's actor acts with the actor before it
   * (Tajikistan, together with Kyrgyzstan, took part in the exercise: Kyrgyzstan took part in the
   * exercise) or after it (Along with Kazakhstan, Tajikistan took part: Kazakhstan took part), the
   * aside's actor in the other's place and the aside dropped; and, for an aside after its actor,
   * the sentence with the aside cut (Tajikistan took part in the exercise), whose length breaks the
   * patterns' short gaps. As for {@link #shared}, the aside holds one actor (or one coordinated
   * group) alone and closes with a comma: an aside closing the clause (…, along with Iran.) may
   * join either end and gives nothing. A match counts when a slot of it is the actor put in (or
   * kept, in the cut view); a negation or plan of the main clause still reaches it.
   */
  static List<Shared> sharedEnglish(String masked, List<Integer> toText) {
    List<Shared> out = new ArrayList<>();
    for (int[] c : commas(masked)) {
      int comma = c[0];
      int b = c[1];
      Matcher o = EN_SAME.matcher(masked).region(b, masked.length());
      if (!o.lookingAt()) {
        continue;
      }
      int open = o.end();
      int close = masked.indexOf(RuleSet.CLOSE, open) + 1;
      int ant = actorEndingAt(masked, comma);
      if (close <= 0 || ant < 0) {
        continue; // the aside's actor takes the other's place, whatever its role there (China
        // lent Tajikistan, along with Kyrgyzstan, …: China lent Kyrgyzstan …)
      }
      int after = close;
      while (after < masked.length() && masked.charAt(after) == ' ') {
        after++;
      }
      if (after >= masked.length() || masked.charAt(after) != ',') {
        continue; // more than the actor in the aside, or the aside closes the clause
      }
      StringBuilder v = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      copy(masked, toText, 0, ant, v, map);
      int at = v.length();
      copy(masked, toText, open, close, v, map);
      copy(masked, toText, after + 1, masked.length(), v, map);
      out.add(new Shared(v.toString(), map, at));
      StringBuilder w = new StringBuilder();
      List<Integer> wmap = new ArrayList<>();
      copy(masked, toText, 0, comma, w, wmap);
      copy(masked, toText, after + 1, masked.length(), w, wmap);
      out.add(new Shared(w.toString(), wmap, ant));
    }
    // fronted: Along with Kazakhstan, Tajikistan took part in the exercise
    fronted(EN_SAME.matcher(masked), ",;:(", masked, toText, out);
    return out;
  }

  /**
   * A co-agent phrase (вместе с, совместно с) with no comma around it: its actor, perhaps after up
   * to two nouns in the instrumental that head it (вместе с лидерами пяти государств), and the
   * phrase's end.
   */
  private static final Pattern RU_CO_AGENT =
      Pattern.compile(
          "(?<![\\p{L}])(?:вместе|совместно)\\s+со?\\s+"
              + "((?:(?!(?:тем|том|этим|этом|"
              + PREPOSITIONS
              + ")(?![\\p{L}]))[\\p{L}-]+(?:ами|ями|ом|ем|ой|ей|ью)\\s+){0,2})"
              + "("
              + PLACEHOLDER
              + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** At most four words, no actor and no clause mark: a verb and its adverbs or its negation. */
  private static final Pattern RU_VERB_SEGMENT =
      Pattern.compile("\\s*(?:[\\p{L}-]+\\s+){1,4}", Pattern.UNICODE_CASE);

  /**
   * The views of a Russian sentence in which a co-agent (вместе с, совместно с, with no comma
   * around the phrase) acts with the clause's subject: its actor put in the subject's place and the
   * phrase dropped, so that every rule reads it as the subject of the same verb. Before the verb:
   * Казахстан вместе с Киргизией вступил в ВТО (Киргизия вступил в ВТО); after it: Си Цзиньпин,
   * прибывший в Астану, подписал вместе с лидерами пяти государств договор (the five подписал
   * договор), the subject right before the verb or the verb opening its clause after a comma;
   * fronted: Вместе с Россией Казахстан подписал договор (Россия подписал договор). The words
   * between the subject and the phrase (the verb, its negation) are kept, so that a negation still
   * reaches the trigger. A phrase right after the subject with a comma and no verb after it, an
   * aside set off by commas (как и, наряду с: {@link #shared}) or a preposition's object as the
   * subject give nothing; a match counts when a slot of it is the co-agent.
   */
  static List<Shared> coAgents(String masked, List<Integer> toText) {
    List<Shared> out = new ArrayList<>();
    Matcher m = RU_CO_AGENT.matcher(masked);
    while (m.find()) {
      int p0 = m.start();
      int xOpen = m.start(2);
      int xClose = m.end(2);
      if (insideActor(masked, p0) || masked.charAt(xOpen) != RuleSet.OPEN) {
        continue;
      }
      int b = p0;
      while (b > 0
          && masked.charAt(b - 1) != RuleSet.CLOSE
          && ",;:—–(.!?".indexOf(masked.charAt(b - 1)) < 0) {
        b--;
      }
      String segment = masked.substring(b, p0);
      StringBuilder v = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      int at;
      if (b > 0 && masked.charAt(b - 1) == RuleSet.CLOSE) {
        // Казахстан вместе с Киргизией вступил; Казахстан подписал вместе с Киргизией договор
        if (!segment.isBlank() && !RU_VERB_SEGMENT.matcher(segment).matches()) {
          continue;
        }
        int s = masked.lastIndexOf(RuleSet.OPEN, b - 1);
        // a modifier right before it is the same noun's (президент Казахстана Токаев, договор с
        // президентом Казахстана Токаевым): the co-agent takes both places, and a preposition
        // is looked for before the modifier
        while (s > 0 && masked.charAt(s - 1) == RuleSet.CLOSE) {
          int mod = masked.lastIndexOf(RuleSet.MOD_OPEN, s - 1);
          if (mod < 0 || masked.lastIndexOf(RuleSet.OPEN, s - 1) > mod) {
            break;
          }
          s = mod;
        }
        if (s < 0 || precededByPreposition(masked, s)) {
          continue; // договор с Китаем вместе с Россией: no subject
        }
        if (segment.isBlank() && nextIsMark(masked, xClose)) {
          continue; // Казахстан вместе с Киргизией, …: no verb after the phrase
        }
        copy(masked, toText, 0, s, v, map);
        at = v.length();
        copy(masked, toText, xOpen, xClose, v, map);
        copy(masked, toText, b, p0, v, map);
        copy(masked, toText, xClose, masked.length(), v, map);
      } else if (segment.isBlank()) {
        // fronted: Вместе с Россией Казахстан подписал договор
        int s = xClose;
        while (s < masked.length() && masked.charAt(s) == ' ') {
          s++;
        }
        if (s >= masked.length() || masked.charAt(s) != RuleSet.OPEN) {
          continue;
        }
        int sClose = masked.indexOf(RuleSet.CLOSE, s) + 1;
        copy(masked, toText, 0, p0, v, map);
        at = v.length();
        copy(masked, toText, xOpen, xClose, v, map);
        copy(masked, toText, sClose, masked.length(), v, map);
      } else {
        // the verb opens its clause after a comma: …, подписал вместе с лидерами … договор
        if (b == 0 || masked.charAt(b - 1) != ',' || !RU_VERB_SEGMENT.matcher(segment).matches()) {
          continue;
        }
        copy(masked, toText, 0, b, v, map);
        v.append(' ');
        map.add(toText.get(b - 1));
        at = v.length();
        copy(masked, toText, xOpen, xClose, v, map);
        copy(masked, toText, b, p0, v, map);
        copy(masked, toText, xClose, masked.length(), v, map);
      }
      out.add(new Shared(v.toString(), map, at));
    }
    return out;
  }

  /**
   * The views of a Russian sentence with a co-agent phrase (вместе с, совместно с, no comma before
   * it) cut out, so that the words around it read as if it were not there: Казахстан, Киргизия и
   * Таджикистан, входящие вместе с Россией в ОДКБ (входящие в ОДКБ); Россия провела вместе с Китаем
   * учения (провела учения). The phrase's actor is read as a subject by {@link #coAgents}; here
   * only a match spanning the cut counts, so nothing the sentence already gave is read again. The
   * phrase's words (лидерами, президентом) and an actor with its modifier go with it.
   */
  static List<View> coAgentCuts(String masked, List<Integer> toText) {
    List<View> out = new ArrayList<>();
    Matcher m = RU_CO_AGENT_CUT.matcher(masked);
    while (m.find()) {
      int p0 = m.start();
      if (insideActor(masked, p0)) {
        continue;
      }
      int b = p0;
      while (b > 0 && masked.charAt(b - 1) == ' ') {
        b--;
      }
      if (b == 0 || ",;:—–(".indexOf(masked.charAt(b - 1)) >= 0) {
        continue; // an aside set off by a comma ({@link #shared}) or a fronted phrase: not here
      }
      out.add(cut(masked, toText, p0, m.end()));
    }
    return out;
  }

  private static final Pattern RU_CO_AGENT_CUT =
      Pattern.compile(
          "(?<![\\p{L}])" + RU_CO_AGENT_PHRASE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "не только", then up to two words and an actor (the actor a list whose second item closes ", но
   * и" when the words end in the same preposition, {@link RuleEngine}'s repeated preposition):
   * group 1 the words, group 2 the actor.
   */
  private static final Pattern RU_NOT_ONLY =
      Pattern.compile(
          "(?<![\\p{L}])не\\s+только\\s+((?:[\\p{L}-]+\\s+){0,2})(" + PLACEHOLDER + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** ", но и" and the same words again before the second actor (group 1). */
  private static final String RU_BUT_ALSO = "\\s*,\\s*но\\s+и\\s+";

  /**
   * The views of a Russian sentence whose "не только …, но и …" holds its actors: "не только"
   * dropped, so that the words before it reach the first actor as they would without it (входит не
   * только в ШОС, но и в ОДКБ; является членом не только ОДКБ, но и ЕАЭС: the list the repeated
   * preposition or ", но и" makes), and when the same words stand before both actors (является не
   * только членом ОДКБ, но и членом ЕАЭС), the view with the first half dropped (является членом
   * ЕАЭС). A match counts when a slot of it is that actor, so nothing else is read anew; a negation
   * or a plan before "не только" still reaches the trigger.
   */
  static List<Shared> notOnly(String masked, List<Integer> toText) {
    List<Shared> out = new ArrayList<>();
    Matcher m = RU_NOT_ONLY.matcher(masked);
    while (m.find()) {
      if (insideActor(masked, m.start())) {
        continue;
      }
      StringBuilder v = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      copy(masked, toText, 0, m.start(), v, map);
      copy(masked, toText, m.start(1), m.start(2), v, map);
      int at = v.length();
      copy(masked, toText, m.start(2), masked.length(), v, map);
      out.add(new Shared(v.toString(), map, at));
      String words = m.group(1);
      if (words.isBlank()) {
        continue;
      }
      Matcher second =
          Pattern.compile(
                  RU_BUT_ALSO + Pattern.quote(words.strip()) + "\\s+(" + PLACEHOLDER + ")",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(masked);
      if (!second.region(m.end(2), masked.length()).lookingAt()) {
        continue;
      }
      // является не только членом ОДКБ, но и членом ЕАЭС: является членом ЕАЭС
      StringBuilder w = new StringBuilder();
      List<Integer> wmap = new ArrayList<>();
      copy(masked, toText, 0, m.start(), w, wmap);
      copy(masked, toText, m.start(1), m.start(2), w, wmap);
      int at2 = w.length();
      copy(masked, toText, second.start(1), masked.length(), w, wmap);
      out.add(new Shared(w.toString(), wmap, at2));
    }
    return out;
  }

  /**
   * A fronted "помимо X," or "кроме X," opening the sentence (or a clause after a semicolon), group
   * 1 the actor X.
   */
  private static final Pattern RU_BESIDES_FRONTED =
      Pattern.compile(
          "(?:^|[;:]\\s*)(?:помимо|кроме)\\s+(" + PLACEHOLDER + ")\\s*,\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * What makes "кроме" exclusive (all but X, no one but X) or X's own actor unknown: a quantifier
   * or "other" in the clause.
   */
  private static final Pattern RU_BESIDES_EXCLUSIVE =
      Pattern.compile(
          "(?<![\\p{L}])(?:вс[еёя]|всех|весь|никто|никого|ни|нет|другие|других|остальные|остальных"
              + "|только|лишь)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The views of a Russian sentence opened by "Помимо X," or "Кроме X," whose clause names one
   * other actor of X's kinds: X put in that actor's place and the opener dropped (Помимо
   * Казахстана, в учениях участвовала Киргизия: в учениях участвовала Казахстан), so that X is the
   * subject of the same verb. Nothing when the clause says all, no one, other or only (Кроме
   * Туркмении, все страны региона вступили в СНГ; кроме Казахстана, никто не …), when it names two
   * actors of X's kinds (Помимо Китая, Казахстан подписал соглашение с Россией: which one X stands
   * beside is not said), or when that actor is a preposition's object. A match counts when its
   * subject is X.
   */
  static List<Shared> besidesFronted(String masked, List<Integer> toText) {
    List<Shared> out = new ArrayList<>();
    Matcher m = RU_BESIDES_FRONTED.matcher(masked);
    while (m.find()) {
      int xOpen = m.start(1);
      int xClose = m.end(1);
      if (masked.charAt(xOpen) != RuleSet.OPEN) {
        continue;
      }
      int end = m.end();
      while (end < masked.length() && ".;!?".indexOf(masked.charAt(end)) < 0) {
        end++;
      }
      String clause = masked.substring(m.end(), end);
      if (RU_BESIDES_EXCLUSIVE.matcher(clause).find()) {
        continue;
      }
      String kinds = RuleSet.placeholderTypes(masked, xOpen);
      int z = -1;
      int count = 0;
      for (int k = m.end(); k < end; k++) {
        char c = masked.charAt(k);
        if (c != RuleSet.OPEN && c != RuleSet.MOD_OPEN) {
          continue;
        }
        String t = RuleSet.placeholderTypes(masked, k);
        if (t.chars().anyMatch(ch -> kinds.indexOf(ch) >= 0)) {
          count++;
          z = k;
        }
      }
      if (count != 1 || masked.charAt(z) != RuleSet.OPEN || precededByPreposition(masked, z)) {
        continue;
      }
      int zClose = masked.indexOf(RuleSet.CLOSE, z) + 1;
      out.add(putInPlace(masked, toText, m.start(), m.end(), xOpen, xClose, z, zClose));
    }
    return out;
  }

  /**
   * A fronted Chinese "besides X" (除X之外, 除了X以外, 除X外) and its comma, group 1 the actor X; group 2
   * what stands between it and 之外 (a count and a noun: 哈、吉、塔、烏四個中亞國家之外). Not inside a verb (解除, 排除,
   * 廢除), not a possessive or a preposition's phrase (除中國的援助外, 除對哈薩克…外: no actor right after 除).
   */
  private static final Pattern ZH_BESIDES =
      Pattern.compile(
          "(?<![解排清废免扣删拆消剔破革根铲开摒])除了?("
              + PLACEHOLDER
              + ")([^"
              + RuleSet.OPEN
              + RuleSet.MOD_OPEN
              + "的对在向与和及从同跟由被把将，,。；;：:！？!?]{0,8}?)(?:之外|以外|外)[，,]");

  /** A word saying the clause's subject does so too (也, 亦, 還, 同樣). */
  private static final Pattern ZH_ALSO = Pattern.compile("^[^，,。；;：:！？!?]{0,6}?(?:也|亦|还|同样)");

  /**
   * What makes 除 exclusive (all but X, none but X) or the clause's subject not the one beside X: a
   * quantifier, "other", "only", or a negation of the whole group.
   */
  private static final Pattern ZH_BESIDES_EXCLUSIVE =
      Pattern.compile("都|均|皆|全部|全数|全數|悉数|悉數|所有|其他|其余|其餘|其它|只有|仅有|僅有|只|仅|僅|唯一|无一|無一|没有一|沒有一");

  /** A preposition or a coordinator before a clause's first actor: no subject. */
  private static final Pattern ZH_NOT_SUBJECT =
      Pattern.compile("在|于|与|和|及|对|向|从|同|跟|由|被|把|将|给|为|让|使|令");

  /**
   * The views of a Chinese sentence with a fronted "besides X" (除X之外，Y也…): X put in the place of
   * the clause's subject Y and the opener dropped (除哈、吉、塔、烏四國之外，中國、印度與巴基斯坦亦派兵參加: 哈、吉、塔、烏亦派兵參加), so
   * that X is the subject of the same verb, its negation and plans read as Y's. Y is the first
   * actor after the comma, with only a few plain words before it (a time, no preposition or
   * coordinator), one of X's kinds, and 也, 亦, 還 or 同樣 follows it within six characters; without
   * that word 除 is an except-list (除土庫曼外，中亞國家都加入了獨立國協), and a quantifier, "other" or "only" in the
   * clause gives nothing, and so does a clause naming another actor of X's kinds
   * (除吉爾吉斯外，俄羅斯還在塔吉克駐軍: X may stand beside the place). A match counts when its subject is X.
   */
  static List<Shared> besidesChinese(String masked, List<Integer> toText, String text) {
    List<Shared> out = new ArrayList<>();
    Matcher m = ZH_BESIDES.matcher(masked);
    while (m.find()) {
      int xOpen = m.start(1);
      int xClose = m.end(1);
      if (masked.charAt(xOpen) != RuleSet.OPEN || insideActor(masked, m.start())) {
        continue;
      }
      int end = m.end();
      while (end < masked.length() && "。；;！？!?".indexOf(masked.charAt(end)) < 0) {
        end++;
      }
      if (ZH_BESIDES_EXCLUSIVE.matcher(masked.substring(m.end(), end)).find()
          || end > m.end()
              && ZH_BESIDES_EXCLUSIVE
                  .matcher(text.substring(toText.get(m.end()), toText.get(end - 1) + 1))
                  .find()) {
        continue; // a group word's own words are in the text only (其他中亞國家)
      }
      int z = m.end();
      while (z < end && z - m.end() <= 8 && masked.charAt(z) != RuleSet.OPEN) {
        if (masked.charAt(z) == RuleSet.MOD_OPEN || "，,：:".indexOf(masked.charAt(z)) >= 0) {
          break;
        }
        z++;
      }
      if (z >= end
          || masked.charAt(z) != RuleSet.OPEN
          || ZH_NOT_SUBJECT.matcher(masked.substring(m.end(), z)).find()) {
        continue;
      }
      int zClose = masked.indexOf(RuleSet.CLOSE, z) + 1;
      if (zClose <= 0 || !ZH_ALSO.matcher(masked.substring(zClose, end)).find()) {
        continue;
      }
      String kinds = RuleSet.placeholderTypes(masked, xOpen);
      int clauseEnd = zClose;
      while (clauseEnd < end && "，,：:".indexOf(masked.charAt(clauseEnd)) < 0) {
        clauseEnd++;
      }
      int count = 0;
      for (int k = z; k < clauseEnd; k++) {
        char c = masked.charAt(k);
        if ((c == RuleSet.OPEN || c == RuleSet.MOD_OPEN)
            && RuleSet.placeholderTypes(masked, k).chars().anyMatch(ch -> kinds.indexOf(ch) >= 0)) {
          count++;
        }
      }
      if (count != 1
          || !RuleSet.placeholderTypes(masked, z).chars().anyMatch(ch -> kinds.indexOf(ch) >= 0)) {
        continue; // 除吉爾吉斯外，俄羅斯還在塔吉克駐軍: which one X stands beside is not said
      }
      out.add(putInPlace(masked, toText, m.start(), m.end(), xOpen, xClose, z, zClose));
    }
    return out;
  }

  /**
   * A Chinese subject, up to twelve plain characters (a time, a place after 在), then a co-agent
   * phrase 與Y一道 (一同, 一起, 共同, 聯手, 攜手, 同時) right before the verb: group 1 the subject X, group 2 the
   * words between, group 3 the co-agent Y.
   */
  private static final Pattern ZH_CO_AGENT =
      Pattern.compile(
          "("
              + PLACEHOLDER
              + ")([^"
              + RuleSet.OPEN
              + RuleSet.MOD_OPEN
              + RuleSet.CLOSE
              + "的，,。；;：:！？!?]{0,12}?)(?:与|同|和|跟)("
              + PLACEHOLDER
              + ")(?=一道|一同|一起|共同|联手|携手|同时)");

  /**
   * The views of a Chinese sentence whose subject acts with a co-agent (亞美尼亞於2015年與吉爾吉斯一同加入
   * 歐亞經濟聯盟): the phrase 與Y dropped, so that the subject X stands before the verb with only its time
   * between (亞美尼亞於2015年一同加入歐亞經濟聯盟) and every rule reads it; the rules read Y already, as the
   * nearest actor. X opens its clause; a negation or plan before the phrase is still read
   * (吉爾吉斯未與塔吉克一道加入, 中國計畫與俄羅斯一道舉行). A match counts when its subject is X. When a comma sets the
   * phrase off (與中國、俄羅斯一道，於6月簽署), the comma is left out, and Y stands in X's place in a view of its
   * own too, with the words between X and the phrase: the rules read no subject across that comma.
   * A match of that view counts when its subject is Y.
   */
  static List<Shared> coAgentsChinese(String masked, List<Integer> toText) {
    List<Shared> out = new ArrayList<>();
    Matcher m = ZH_CO_AGENT.matcher(masked);
    while (m.find()) {
      int x = m.start(1);
      if (masked.charAt(x) != RuleSet.OPEN) {
        continue;
      }
      int b = x;
      while (b > 0 && masked.charAt(b - 1) == ' ') {
        b--;
      }
      if (b > 0 && "，,。；;：:！？!?".indexOf(masked.charAt(b - 1)) < 0) {
        continue; // X is no clause's subject (a preposition's object, a modifier's noun)
      }
      // the phrase set off by a comma (與中國一道，於6月簽署): the verb after the comma is X's
      int word = m.end(3) + 2;
      boolean comma = word < masked.length() && "，,".indexOf(masked.charAt(word)) >= 0;
      StringBuilder v = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      copy(masked, toText, 0, m.end(2), v, map);
      copyOver(masked, toText, m.end(3), comma ? word : -1, v, map);
      out.add(new Shared(v.toString(), map, x));
      if (!comma) {
        continue; // the rules read Y already, as the actor nearest the verb
      }
      // 哈薩克與中國、俄羅斯一道，於6月簽署宣言: Y in X's place (中國、俄羅斯於6月一道簽署宣言)
      StringBuilder w = new StringBuilder();
      List<Integer> wmap = new ArrayList<>();
      copy(masked, toText, 0, x, w, wmap);
      int at = w.length();
      copy(masked, toText, m.start(3), m.end(3), w, wmap);
      copy(masked, toText, m.end(1), m.end(2), w, wmap);
      copyOver(masked, toText, m.end(3), word, w, wmap);
      out.add(new Shared(w.toString(), wmap, at));
    }
    Matcher t = ZH_TOGETHER_COMMA.matcher(masked);
    while (t.find()) {
      int x = t.start(1);
      int b = x;
      while (b > 0 && masked.charAt(b - 1) == ' ') {
        b--;
      }
      if (masked.charAt(x) != RuleSet.OPEN
          || (b > 0 && "，,。；;：:！？!?".indexOf(masked.charAt(b - 1)) < 0)) {
        continue;
      }
      // 哈薩克與中國、俄羅斯一道，於2001年簽署宣言 (one list): 哈薩克與中國、俄羅斯一道於2001年簽署宣言
      StringBuilder v = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      copyOver(masked, toText, 0, t.end() - 1, v, map);
      out.add(new Shared(v.toString(), map, x));
    }
    return out;
  }

  /**
   * A list that opens its clause, then 一道 (一同, 一起, 共同, 聯手, 攜手) and a comma: the list acts together
   * in the clause after the comma.
   */
  private static final Pattern ZH_TOGETHER_COMMA =
      Pattern.compile("(" + PLACEHOLDER + ")(?:一道|一同|一起|共同|联手|携手)[，,]");

  /**
   * The head of a Russian apposition read as a copula: не perhaps, up to two adjectives in the
   * nominative, then a noun of {@code apposition-heads.lex}.
   */
  private static final Pattern RU_APPOSITION_HEAD =
      Pattern.compile(
          "(?:не\\s+)?(?:(?!(?:бывш|будущ|потенциальн|возможн|прежн|несостоявш)[а-яё]*\\s)"
              + "[а-яё-]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\\s+){0,2}(?:"
              + org.cagraph.data.DataFiles.entries("rules/apposition-heads.lex").stream()
                  .map(w -> Pattern.quote(w.replace("_", " ")))
                  .sorted((a, b) -> b.length() - a.length())
                  .collect(java.util.stream.Collectors.joining("|"))
              + ")(?![\\p{L}-])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A relative word inside a phrase: a clause, not an apposition (президент которого). */
  private static final Pattern RU_RELATIVE_WORD =
      Pattern.compile("(?<![а-яё])(?:котор|где|куда|откуда|чей|чья|чьё|чье|чьи)");

  /**
   * A Russian clause after ", а" that repeats the preposition of the clause before it with another
   * actor and leaves the rest out for a dash (Узбекистан вышел из ЕврАзЭС в 2008 году, а из ОДКБ —
   * в 2012 году; Казахстан вступил в ВТО в 2015 году, а в ЕАЭС — годом ранее): the same subject and
   * verb, another object.
   */
  private static final Pattern RU_OBJECT_GAP =
      Pattern.compile(
          ",\\s+а\\s+(?:затем\\s+|позже\\s+|потом\\s+|также\\s+)?("
              + PREPOSITIONS
              + ")\\s+("
              + PLACEHOLDER
              + ")\\s*[—–]\\s+");

  /**
   * A negation after the dash of a gapped clause: the clause denies the act for its new object
   * (Туркмения граничит с Ираном, а с Китаем — нет).
   */
  private static final Pattern RU_GAP_DENIED =
      Pattern.compile(
          "(?<![а-яё])(?:нет|не|ни|никогда|никак)(?![а-яё])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The views of a Russian sentence whose second clause leaves out all but a new object and what
   * follows a dash ({@link #RU_OBJECT_GAP}): the first clause up to its own object after the same
   * preposition, the new object in that object's place, then the words after the dash (Узбекистан
   * вышел из ОДКБ — в 2012 году reads as Узбекистан вышел из ОДКБ в 2012 году). The first clause's
   * object must be the last actor after that preposition before the comma, with no clause mark
   * between them; a match counts when a slot of it is the new object. Nothing is read when the
   * words after the dash deny the act (а с Китаем — нет) or name an actor of their own (а против
   * Белоруссии — Евросоюз: another's act, with the first clause's verb).
   */
  static List<Shared> objectGaps(String masked, List<Integer> toText) {
    List<Shared> out = new ArrayList<>();
    if (masked.indexOf(", а ") < 0) {
      return out;
    }
    Matcher m = RU_OBJECT_GAP.matcher(masked);
    while (m.find()) {
      int tailEnd = m.end();
      while (tailEnd < masked.length() && ",;.:!?".indexOf(masked.charAt(tailEnd)) < 0) {
        tailEnd++;
      }
      String tail = masked.substring(m.end(), tailEnd);
      if (tail.indexOf(RuleSet.OPEN) >= 0
          || tail.indexOf(RuleSet.MOD_OPEN) >= 0
          || RU_GAP_DENIED.matcher(tail).find()) {
        continue; // а с Китаем — нет; а против Белоруссии — Евросоюз: denied, or another's act
      }
      String prep = m.group(1);
      int clauseStart = m.start();
      while (clauseStart > 0 && ",;:—–(".indexOf(masked.charAt(clauseStart - 1)) < 0) {
        clauseStart--;
      }
      Matcher first =
          Pattern.compile("(?<![\\p{L}])" + Pattern.quote(prep) + "\\s+(" + PLACEHOLDER + ")")
              .matcher(masked)
              .region(clauseStart, m.start());
      int objStart = -1;
      int objEnd = -1;
      while (first.find()) {
        objStart = first.start(1);
        objEnd = first.end(1);
      }
      if (objStart < 0 || masked.substring(objEnd, m.start()).indexOf(RuleSet.OPEN) >= 0) {
        continue; // no object after the same preposition, or another actor after it
      }
      StringBuilder b = new StringBuilder();
      List<Integer> at = new ArrayList<>();
      copy(masked, toText, 0, objStart, b, at);
      int put = b.length();
      copy(masked, toText, m.start(2), m.end(2), b, at);
      b.append(' ');
      at.add(toText.get(Math.min(m.end(2), toText.size() - 1)));
      copy(masked, toText, m.end(), masked.length(), b, at);
      out.add(new Shared(b.toString(), at, put));
    }
    return out;
  }

  /**
   * The views of a Russian sentence in which an apposition after an actor, set off by a comma and
   * opened by a noun of a relation ({@code apposition-heads.lex}: союзник, член, наблюдатель,
   * глава, партнёр), is read as a copula: Армения, союзник России по ОДКБ, заморозила участие…
   * gives "Армения — союзник России по ОДКБ.", which every rule written for the copula reads. The
   * rest of the sentence is cut, so that the main clause's words are no part of it; a negation in
   * the apposition (не член ЕАЭС) is its own, a claim before the actor still reaches it. The actor
   * is no preposition's object, and a phrase holding a relative word (президент которого) is a
   * clause; a match counts when a slot of it is the actor.
   */
  static List<Shared> appositions(String masked, List<Integer> toText) {
    List<Shared> out = new ArrayList<>();
    for (int[] c : commas(masked)) {
      int comma = c[0];
      int b = c[1];
      int ant = actorEndingAt(masked, comma);
      if (ant < 0
          || masked.charAt(ant) != RuleSet.OPEN
          || precededByPreposition(masked, ant)
          || !opensItsClause(masked, ant)) {
        continue;
      }
      Matcher h = RU_APPOSITION_HEAD.matcher(masked).region(b, masked.length());
      if (!h.lookingAt()) {
        continue;
      }
      int end = RuleSet.nextMark(masked, b, ",;:—–.!?()");
      String phrase = masked.substring(b, end);
      if (RU_RELATIVE_WORD.matcher(phrase).find()) {
        continue;
      }
      StringBuilder v = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      int at = ant;
      copy(masked, toText, 0, comma, v, map);
      for (char ch : " — ".toCharArray()) {
        v.append(ch);
        map.add(toText.get(comma));
      }
      copy(masked, toText, b, end, v, map);
      v.append('.');
      map.add(toText.get(Math.max(b, end - 1)));
      out.add(new Shared(v.toString(), map, at));
    }
    return out;
  }

  /** Words that may stand before a clause's subject: a list's conjunctions, a year. */
  private static final Pattern RU_BEFORE_SUBJECT =
      Pattern.compile(
          "(?<![\\p{L}])(?:и|или|в|во|с|году|года|г\\.|\\d+)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether the actor opening at {@code open} opens its clause, perhaps after other actors of a
   * list or a year (Армения, союзник России, …; Армения и Казахстан, члены ОДКБ, …; В 2022 году
   * Армения, …): the subject an apposition describes. An actor some other word governs is none
   * (Поблагодарив Путина, президент Казахстана Токаев отметил: Путин is the gerund's object, and
   * what follows the comma is the next clause, not an apposition of his).
   */
  private static boolean opensItsClause(String masked, int open) {
    int s = open;
    while (s > 0 && ",;:—–(.!?".indexOf(masked.charAt(s - 1)) < 0) {
      s--;
    }
    String lead = masked.substring(s, open).replaceAll(PLACEHOLDER, " ");
    return RU_BEFORE_SUBJECT.matcher(lead).replaceAll(" ").isBlank();
  }

  /** A conjunction or a linking phrase that opens a clause before its subject (а, но, однако). */
  private static final Pattern RU_CLAUSE_OPENING =
      Pattern.compile(
          "(?<![\\p{L}])(?:а|но|и|однако|причём|причем|при\\s+этом|вместе\\s+с\\s+тем"
              + "|в\\s+то\\s+же\\s+время|тогда\\s+как)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether the actor opening at {@code open} opens its clause ({@link #opensItsClause}), perhaps
   * after a conjunction of its own (…, а Узбекистан, как известно, вышел из ОДКБ).
   */
  private static boolean subjectAfterConjunction(String masked, int open) {
    if (opensItsClause(masked, open)) {
      return true;
    }
    int s = open;
    while (s > 0 && ",;:—–(.!?".indexOf(masked.charAt(s - 1)) < 0) {
      s--;
    }
    String lead = masked.substring(s, open).replaceAll(PLACEHOLDER, " ");
    return RU_BEFORE_SUBJECT
        .matcher(RU_CLAUSE_OPENING.matcher(lead).replaceFirst(" "))
        .replaceAll(" ")
        .isBlank();
  }

  /** A dash between spaces, the actor after it, and the clause's end. */
  private static final Pattern RU_DASH_ACTOR_END =
      Pattern.compile("\\s+[—–]\\s+(" + PLACEHOLDER + ")\\s*(?=[.;!?]|$)");

  /**
   * The views of a Russian sentence whose clause puts the predicate noun first and its actor after
   * a dash (Союзники России по ОДКБ — Армения, Белоруссия и Казахстан; Главный партнёр Киргизии —
   * Китай): the clause in the order of the copula, "Армения, Белоруссия и Казахстан — союзники
   * России по ОДКБ.", which the copula rules read. The clause opens the sentence (or follows a
   * semicolon) with a noun of {@code apposition-heads.lex}, as an apposition does ({@link
   * #appositions}), and ends with the actor; a match counts when a slot of it is that actor.
   */
  static List<Shared> inverted(String masked, List<Integer> toText) {
    List<Shared> out = new ArrayList<>();
    int start = 0;
    while (start < masked.length()) {
      int end = RuleSet.nextMark(masked, start, ";.!?");
      int b = start;
      while (b < end && masked.charAt(b) == ' ') {
        b++;
      }
      Matcher h = RU_APPOSITION_HEAD.matcher(masked).region(b, end);
      if (h.lookingAt()) {
        int dash = RuleSet.nextMark(masked, h.end(), "—–,:");
        if (dash < end && masked.charAt(dash) != ',' && masked.charAt(dash) != ':') {
          Matcher a = RU_DASH_ACTOR_END.matcher(masked).region(dash - 1, masked.length());
          String phrase = masked.substring(b, dash).strip();
          if (dash > 0
              && a.lookingAt()
              && a.end(1) <= end + 1
              && !phrase.isEmpty()
              && !RU_RELATIVE_WORD.matcher(phrase).find()) {
            StringBuilder v = new StringBuilder();
            List<Integer> map = new ArrayList<>();
            copy(masked, toText, 0, b, v, map);
            int at = v.length();
            copy(masked, toText, a.start(1), a.end(1), v, map);
            for (char ch : " — ".toCharArray()) {
              v.append(ch);
              map.add(toText.get(dash));
            }
            int trail = dash;
            while (trail > b && masked.charAt(trail - 1) == ' ') {
              trail--;
            }
            copy(masked, toText, b, trail, v, map);
            copy(masked, toText, a.end(1), masked.length(), v, map);
            out.add(new Shared(v.toString(), map, at));
          }
        }
      }
      start = end + 1;
    }
    return out;
  }

  /** Whether a preposition stands right before the actor that opens at {@code open}. */
  private static boolean precededByPreposition(String masked, int open) {
    return PREPOSITION_LAST.matcher(masked.substring(Math.max(0, open - 12), open)).find();
  }

  /** A preposition ending the text. */
  private static final Pattern PREPOSITION_LAST =
      Pattern.compile(
          "(?<![\\p{L}])(?:" + PREPOSITIONS + ")\\s+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Whether a clause mark follows {@code at}, spaces skipped. */
  private static boolean nextIsMark(String masked, int at) {
    int k = at;
    while (k < masked.length() && masked.charAt(k) == ' ') {
      k++;
    }
    return k >= masked.length() || ",;:—–.!?)".indexOf(masked.charAt(k)) >= 0;
  }

  /** A comma, then the next actor (the clause's subject) right after it. */
  private static final Pattern FRONTED_NEXT = Pattern.compile(",\\s*(?=" + RuleSet.OPEN + ")");

  /** A participle in the nominative (вышедший, вступившая, граничащие, расположенный). */
  private static final Pattern RU_NOMINATIVE_PARTICIPLE =
      Pattern.compile(
          "[а-яё]{2,}(?:"
              + RU_ACTIVE_SUFFIX
              + "|[её]нн|анн|янн|[еи]м)(?:ий|ый|ой|ая|ое|ее|ие|ые)(?:ся)?(?![а-яё])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Participles used as plain adjectives before a noun (бывшие члены СНГ, следующий саммит,
   * действующий договор): no phrase of an act.
   */
  private static final Pattern RU_ADJECTIVAL =
      Pattern.compile(
          "(?:бывш|следующ|настоящ|предыдущ|текущ|соответствующ|существующ|действующ|ведущ)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The views of a participle phrase standing before its noun (Вышедший из ОДКБ Узбекистан
   * сблизился с Китаем; Граничащий с Афганистаном Таджикистан …): the noun put to lead the phrase,
   * as for a participle clause after it (Узбекистан вышедший из ОДКБ; Узбекистан вышел из ОДКБ).
   * The phrase opens its clause (after a conjunction or adverbials perhaps); its noun is the first
   * actor after it that no preposition governs, that a word (the main verb) follows, and that the
   * participle agrees with; no clause mark stands between them.
   */
  static List<View> prenominal(String masked, List<Integer> toText, String text) {
    List<View> out = new ArrayList<>();
    Matcher p = RU_NOMINATIVE_PARTICIPLE.matcher(masked);
    while (p.find()) {
      int at = p.start();
      if (at > 0 && Character.isLetter(masked.charAt(at - 1))
          || RU_ADJECTIVAL.matcher(p.group()).lookingAt()) {
        continue;
      }
      int clause = at;
      while (clause > 0 && ",;:—–(".indexOf(masked.charAt(clause - 1)) < 0) {
        clause--;
      }
      if (insideActor(masked, at)
          || !RU_CLAUSE_LEAD.matcher(masked.substring(clause, at)).matches()) {
        continue;
      }
      int limit = Math.min(masked.length(), p.end() + 90);
      int end = RuleSet.nextMark(masked, p.end(), ",;:.!?—–()");
      limit = Math.min(limit, end);
      int head = -1;
      for (int k = p.end(); k < limit; k++) {
        if (masked.charAt(k) != RuleSet.OPEN) {
          continue;
        }
        int close = masked.indexOf(RuleSet.CLOSE, k);
        if (close < 0 || close >= limit) {
          break;
        }
        boolean governed =
            RelativeClauses.AFTER_PREPOSITION.matcher(masked.substring(p.end(), k)).find();
        boolean verbAfter =
            close + 2 < masked.length()
                && masked.charAt(close + 1) == ' '
                && Character.isLowerCase(masked.charAt(close + 2))
                && Character.isLetter(masked.charAt(close + 2));
        if (!governed && verbAfter && agrees(masked, toText, text, k, p.group())) {
          head = k;
          break;
        }
        k = close;
      }
      if (head < 0 || !hasActor(masked, p.end(), head)) {
        continue; // no noun, or nothing for the phrase to relate it to
      }
      int close = masked.indexOf(RuleSet.CLOSE, head) + 1;
      // the noun moved before the phrase, a comma after it: X, вышедший из ОДКБ …
      StringBuilder b = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      copy(masked, toText, 0, at, b, map);
      int ant = b.length();
      copy(masked, toText, head, close, b, map);
      int comma = b.length();
      b.append(',');
      map.add(toText.get(Math.min(close, toText.size() - 1))); // where the noun ends
      b.append(' ');
      map.add(toText.get(at));
      int bodyStart = b.length();
      int trail = head;
      while (trail > at && masked.charAt(trail - 1) == ' ') {
        trail--;
      }
      copy(masked, toText, at, trail, b, map);
      int bodyEnd = b.length();
      copy(masked, toText, close, masked.length(), b, map);
      String moved = b.toString();
      moved = lowerFirst(moved, bodyStart);
      out.add(own(moved, map, ant, comma, bodyStart, bodyEnd));
      View fin =
          finiteOwn(
              moved, map, text, ant, comma, bodyStart, bodyEnd, bodyStart + p.group().length());
      if (fin != null) {
        out.add(fin);
      }
    }
    return out;
  }

  /**
   * The text with its letter at {@code at} in lower case (a participle that opened the sentence).
   */
  private static String lowerFirst(String s, int at) {
    return s.substring(0, at) + Character.toLowerCase(s.charAt(at)) + s.substring(at + 1);
  }

  /**
   * Whether a nominative participle agrees with the actor at {@code ant} in gender and number, as
   * {@link #leads} reads them (-ие with a list only, -ая with a noun in а or я, -ий with one in a
   * consonant; a person's name tells no gender).
   */
  private static boolean agrees(
      String masked, List<Integer> toText, String text, int ant, String participle) {
    int close = masked.indexOf(RuleSet.CLOSE, ant);
    int from = toText.get(ant);
    int to = close + 1 < toText.size() ? toText.get(close + 1) : text.length();
    String noun =
        text.substring(Math.min(from, text.length()), Math.min(Math.max(from, to), text.length()))
            .strip();
    if (noun.isEmpty()) {
      return false;
    }
    boolean list = noun.matches("(?s).*(?:\\sи\\s|,).*");
    boolean person = RuleSet.placeholderTypes(masked, ant).equals("P");
    String p =
        participle.endsWith("ся") ? participle.substring(0, participle.length() - 2) : participle;
    if (p.endsWith("ие") || p.endsWith("ые")) {
      return list;
    }
    if (list) {
      return false;
    }
    if (person) {
      return true;
    }
    char last = Character.toLowerCase(noun.charAt(noun.length() - 1));
    if (p.endsWith("ая")) {
      return last == 'а' || last == 'я';
    }
    if (p.endsWith("ий") || p.endsWith("ый") || p.endsWith("ой")) {
      return "аеиоуыэюяё".indexOf(last) < 0 && Character.isLetter(last);
    }
    return last == 'о' || last == 'е' || last == 'ё';
  }

  /**
   * An agent noun a state's adjective names (Казахстанские власти, китайская сторона, российское
   * руководство), read as the state itself when the adverbials after it are cut.
   */
  private static final String RU_AGENT = "власти|сторона|руководство|правительство";

  private static final String RU_MONTH =
      "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре"
          + "|начале|конце|середине";

  /**
   * An adverbial between a subject and its verb: a time phrase (в 2019 году, с 2003 года, в мае
   * 2014 года, в том же году) or an adverb of time, manner or sequence (также, неоднократно, при
   * этом, в свою очередь, по-прежнему). Negation and modal words are none: they stay in the view.
   */
  private static final String RU_ADVERBIAL =
      "(?:(?:в|во)\\s+(?:(?:"
          + RU_MONTH
          + ")\\s+)?\\d{4}\\s+(?:году|года|г\\.)"
          + "|с\\s+\\d{4}\\s+года|\\d{1,2}\\s+[а-яё]+\\s+\\d{4}\\s+года"
          + "|в\\s+\\d{4}\\s*[-–]\\s*\\d{4}\\s+годах|в\\s+\\d{4}-х\\s+годах"
          + "|в\\s+(?:том\\s+же|тот\\s+же|этом|прошлом|следующем)\\s+(?:году|период)"
          + "|в\\s+последние\\s+годы|долгое\\s+время|при\\s+этом|в\\s+свою\\s+очередь"
          + "|со\\s+своей\\s+стороны|в\\s+частности|в\\s+итоге|тем\\s+временем"
          + "|(?:одним|одной|одними)\\s+из\\s+первых|тогда\\s+же"
          + "|также|тоже|неоднократно|впоследствии|затем|потом|уже|ещё|еще|вновь|снова|по-прежнему"
          + "|активно|официально|фактически|тогда|наконец|окончательно|впервые|сегодня|сейчас"
          + "|теперь|давно|традиционно|регулярно|постоянно|ежегодно|последовательно|неизменно"
          + "|"
          + RU_CO_AGENT_PHRASE
          + ")"
          + "(?![а-яё\\d-])";

  /**
   * A second participle of a participle clause, after и and perhaps adverbials (и в тот же период
   * примкнувший, и потому избегающий): group 1 is where it starts.
   */
  private static final Pattern RU_SECOND_PARTICIPLE =
      Pattern.compile(
          "(?<![а-яё])и\\s+(?:(?:"
              + RU_ADVERBIAL
              + "|потому|поэтому)\\s*,?\\s*)*("
              + RU_PARTICIPLE
              + ")(?![а-яё])");

  /**
   * An actor, then an agent noun (Казахстанские власти) or adverbials (Россия в 2019 году также …)
   * or both, then a word: the group 1 is what stands between the actor and that word.
   */
  private static final Pattern RU_SUBJECT_GAP =
      Pattern.compile(
          RuleSet.CLOSE
              + "((?:\\s+(?:"
              + RU_AGENT
              + ")(?![а-яё]))?(?:\\s*,?\\s+"
              + RU_ADVERBIAL
              + ")*)\\s*,?\\s+(?=[а-яё])");

  /**
   * A prepositional phrase between a subject and its verb (после многолетних переговоров, на
   * заседании Высшего совета в Минске, при поддержке таджикских властей, в рамках договорённостей с
   * Бишкеком): a preposition of time, place, cause or circumstance, then up to eight words or
   * actors, none of them a negation, a conditional, a relative or a word of the future or of a
   * source (по данным, по слухам: "по" only before итогам, результатам, инициативе, приглашению,
   * случаю, линии). Not без, вместо, кроме, помимо, против, вопреки, в случае, which say the act
   * was not done or not this subject's.
   */
  private static final String RU_PHRASE =
      "(?:после|в\\s+ходе|в\\s+рамках|в\\s+период|во\\s+время|при|на|в|во|с|со|из-за|благодаря"
          + "|вслед\\s+за|до|к|за|под|перед|через|вместе\\s+с|совместно\\s+с|несмотря\\s+на"
          + "|в\\s+ответ\\s+на|в\\s+связи\\s+с|по\\s+(?:итогам|результатам|инициативе|приглашению"
          + "|случаю|линии))"
          + "(?:\\s+(?!(?:не|ни|бы|ли|без|что|чтобы|если|когда|котор[а-яё]*|будущ[а-яё]*"
          + "|перспектив[а-яё]*|ближайш[а-яё]*|случае|данным|слухам|сообщениям|мнению|словам"
          + "|оценкам|информации|планам?|намерени[а-яё]*)(?![а-яё]))(?:[а-яё\\d][а-яё\\d-]*|"
          + PLACEHOLDER
          + ")){1,8}?";

  /** A finite verb in the past or present, perhaps negated (подписали, не вступила, размещает). */
  private static final String RU_FINITE =
      "(?:не\\s+)?[а-яё]{2,}(?:л|ла|ло|ли|ет|ит|ют|ят|ут|ат)(?:ся|сь)?(?![а-яё])";

  /**
   * An actor, then adverbials and at least one prepositional phrase, then a finite verb: group 1 is
   * what stands between the actor and the verb (Туркмения и Казахстан после многолетних переговоров
   * в 2018 году в Актау подписали…: Туркмения и Казахстан подписали…).
   */
  private static final Pattern RU_SUBJECT_PHRASE_GAP =
      Pattern.compile(
          RuleSet.CLOSE
              + "((?:\\s+(?:"
              + RU_ADVERBIAL
              + "))*(?:\\s+"
              + RU_PHRASE
              + ")(?:\\s+(?:"
              + RU_ADVERBIAL
              + "|"
              + RU_PHRASE
              + "))*?)\\s+(?="
              + RU_FINITE
              + ")");

  /**
   * What may stand before a second predicate besides {@link #RU_ADVERBIAL}: a restriction or a
   * concession (а лишь в 2023 году стал, однако всё же вступила) and a time after it (вскоре,
   * спустя год, через два года).
   */
  private static final String RU_SECOND_ADVERBIAL =
      "(?:"
          + RU_ADVERBIAL
          + "|(?:(?:лишь|только|всё|все)\\s+)?(?:лишь|только|же|всё-таки|все-таки|вскоре)"
          + "|(?:спустя|через)\\s+(?:год|месяц|[а-яё]+\\s+(?:года|лет|месяца|месяцев))"
          + ")(?![а-яё\\d-])";

  /**
   * A second predicate of a subject, after и, а, однако or после чего (not но: Монголия не входит в
   * ОДКБ, но сотрудничает с членами ОБСЕ reads a membership) and perhaps adverbials: a verb in the
   * past (вступил, активизировала, приостановили) or the present (-ает, -яет, -ует and their
   * plurals).
   */
  private static final Pattern RU_SECOND_PREDICATE =
      Pattern.compile(
          "(?:,\\s*)?(?<![а-яё])(?:и|а|а\\s+также|а\\s+затем|и\\s+затем|однако|после\\s+чего)\\s+((?:"
              + RU_SECOND_ADVERBIAL
              + "\\s*,?\\s*)*)(?=(?:не\\s+)?[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись"
              + "|ает|яет|ует|ают|яют|уют)(?![а-яё]))");

  /** What ends the first predicate's reach: a clause mark other than a comma, or a subordinator. */
  private static final Pattern RU_FIRST_PREDICATE_END =
      Pattern.compile(
          "[;:.!?—–()]|(?<![а-яё])(?:что|чтобы|котор[а-яё]+|где|когда|если|хотя)(?![а-яё])");

  /**
   * The views of a Russian sentence whose subject has two predicates (Астана подписала с Ташкентом
   * договор и заметно активизировала сотрудничество с Китаем): the first predicate cut, so that the
   * subject stands before the second (Астана активизировала сотрудничество с Китаем). The subject
   * opens its clause; only a match spanning the cut counts.
   */
  static List<View> secondPredicates(String masked, List<Integer> toText) {
    List<View> out = new ArrayList<>();
    int open = -1;
    while ((open = masked.indexOf(RuleSet.OPEN, open + 1)) >= 0) {
      int close = masked.indexOf(RuleSet.CLOSE, open);
      if (close < 0) {
        break;
      }
      int clause = open;
      while (clause > 0 && ",;:—–(".indexOf(masked.charAt(clause - 1)) < 0) {
        clause--;
      }
      if (!RU_CLAUSE_LEAD.matcher(masked.substring(clause, open)).matches()) {
        continue;
      }
      int after = close + 1;
      if (after >= masked.length() || masked.charAt(after) != ' ') {
        continue;
      }
      Matcher end = RU_FIRST_PREDICATE_END.matcher(masked).region(after, masked.length());
      int limit = end.find() ? end.start() : masked.length();
      Matcher c = RU_SECOND_PREDICATE.matcher(masked).region(after + 1, limit);
      while (c.find()) {
        if (c.start() <= after + 1) {
          continue; // nothing of a first predicate between
        }
        out.add(cut(masked, toText, after, c.end()));
      }
      open = close;
    }
    return out;
  }

  /**
   * An adverbial participle (деепричастие) that can be read as its subject's verb: perfective in
   * -в, -вши, -вшись and выйдя's kin (подписав, разместив, присоединившись, выйдя), imperfective in
   * -ясь, -уя, -юя, -ывая, -ивая, -авая, -яя (опасаясь, участвуя, поддерживая, укрепляя) and a few
   * in -ая spelt out (получая, размещая, предпочитая); not the nouns and adjectives that end so
   * (против, состав, последняя, включая: its actor is one of a list).
   */
  private static final Pattern RU_READ_GERUND =
      Pattern.compile(
          "(?<![а-яё])(?:(не)\\s+)?(?!(?:против|состав|устав|актив|архив|мотив|коллектив|включая"
              + "|[а-яё]*(?:дн|шн|хн|жн|тн|зн|[её]н|ин)яя)(?![а-яё]))([а-яё]{2,}(?:[аяеиу]в|[аяеиу]вши"
              + "|вшись|йдя|ясь|уя|юя|яя|ывая|ивая|авая)|получая|размещая|предпочитая|считая|имея"
              + "|обладая)(?![а-яё])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The finite verb an adverbial participle stands for, in the masculine past (подписав: подписал;
   * присоединившись: присоединился; выйдя: вышел) or, for an imperfective one, the present
   * (участвуя: участвует; получая: получает; опасаясь: опасается), so that a rule written for the
   * verb reads it; null for another word.
   */
  static String gerundAsVerb(String gerund) {
    String w = gerund.toLowerCase(java.util.Locale.ROOT);
    if (w.endsWith("вшись")) {
      return w.substring(0, w.length() - 5) + "лся";
    }
    if (w.endsWith("вши")) {
      return w.substring(0, w.length() - 3) + "л";
    }
    if (w.endsWith("йдя")) {
      String prefix = w.substring(0, w.length() - 3);
      return prefix.equals("вы") ? "вышел" : prefix + "шёл";
    }
    if (w.endsWith("ясь")) {
      String stem = w.substring(0, w.length() - 3);
      boolean vowel = !stem.isEmpty() && "аеиоуыэюяё".indexOf(stem.charAt(stem.length() - 1)) >= 0;
      return stem + (vowel ? "ется" : "ится");
    }
    if (w.length() > 2 && w.charAt(w.length() - 1) == 'в') {
      return w.substring(0, w.length() - 1) + "л";
    }
    if (w.endsWith("я") || w.endsWith("а")) {
      char before = w.length() > 1 ? w.charAt(w.length() - 2) : ' ';
      if ("аеуюя".indexOf(before) >= 0) {
        return w.substring(0, w.length() - 1) + "ет";
      }
      return w.substring(0, w.length() - 1) + "ит"; // говоря: говорит
    }
    return null;
  }

  /** A finite verb in the past (вступил, подписала, присоединились). */
  private static final Pattern RU_PAST_VERB =
      Pattern.compile(
          "(?<![а-яё])[а-яё]{2,}(?:л|ла|ло|ли)(?:ся|сь)?(?![а-яё])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A finite verb in the present (участвует, получают, является). */
  private static final Pattern RU_PRESENT_VERB =
      Pattern.compile(
          "(?<![а-яё])[а-яё]{2,}(?:ет|ит|ют|ят|ут|ат)(?:ся)?(?![а-яё])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether the clause [{@code from}, {@code to}) holds its subject's verb as a finite verb of a
   * tense the participle's act is stated in: the past, or the present for an imperfective
   * participle (a perfective one before a present-future verb is ahead: Вступив в ВТО, Узбекистан
   * получит доступ …). The first finite word decides.
   */
  private static boolean statedVerb(String masked, int from, int to, boolean imperfective) {
    String clause = masked.substring(from, to).replaceAll(PLACEHOLDER, " ");
    Matcher past = RU_PAST_VERB.matcher(clause);
    Matcher present = RU_PRESENT_VERB.matcher(clause);
    int p = past.find() ? past.start() : Integer.MAX_VALUE;
    int q = present.find() ? present.start() : Integer.MAX_VALUE;
    if (p == Integer.MAX_VALUE && q == Integer.MAX_VALUE) {
      return false;
    }
    return p < q || imperfective;
  }

  /**
   * The views of a Russian sentence with an adverbial participle's clause read as its subject's own
   * (Получив кредит от Китая, Таджикистан построил дорогу: Таджикистан получил кредит от Китая;
   * Россия, разместив войска в Армении, усилила …: Россия разместил войска в Армении; Таджикистан
   * строит дороги, получая кредиты от Китая: Таджикистан получает кредиты от Китая). The subject is
   * the actor that opens the main clause (after a conjunction or adverbials perhaps) and that no
   * preposition governs; the participle's clause opens the sentence or its clause, follows that
   * actor between commas, or closes the sentence after the main clause with no subordinator,
   * relative word or other subject between. The main verb is past, or present for an imperfective
   * participle; the participle's negation stays before it (Не получив поддержки, Армения …: Армения
   * не получил поддержки). A match counts when the subject fills a slot of it and its trigger
   * stands in the participle's clause. A clause between commas after its subject is also cut, so
   * that the main clause reads across it, as a participle's clause is ({@link #russian}).
   */
  static List<View> gerunds(String masked, List<Integer> toText) {
    List<View> out = new ArrayList<>();
    if (masked.indexOf(',') < 0) {
      return out;
    }
    Matcher g = RU_READ_GERUND.matcher(masked);
    while (g.find()) {
      int at = g.start();
      if (insideActor(masked, at)) {
        continue;
      }
      String verb = gerundAsVerb(g.group(2));
      if (verb == null) {
        continue;
      }
      boolean imperfective = verb.endsWith("т") || verb.endsWith("тся");
      int end = RuleSet.nextMark(masked, g.end(), ",;:.!?—–()");
      if (!hasActor(masked, g.end(), end)) {
        continue; // nothing for the clause to relate its subject to
      }
      int before = at;
      while (before > 0 && masked.charAt(before - 1) == ' ') {
        before--;
      }
      int clause = at;
      while (clause > 0 && ",;:—–(".indexOf(masked.charAt(clause - 1)) < 0) {
        clause--;
      }
      boolean afterComma = before > 0 && masked.charAt(before - 1) == ',';
      boolean goesOn = end < masked.length() && masked.charAt(end) == ',';
      int ant = afterComma ? actorEndingAt(masked, before - 1) : -1;
      int subject = -1;
      if (ant >= 0
          && masked.charAt(ant) == RuleSet.OPEN
          && subjectAfterConjunction(masked, ant)
          && goesOn) {
        // between commas after its subject: Россия, разместив войска в Армении, усилила …
        int mainEnd = RuleSet.nextMark(masked, end + 1, ",;:.!?—–()");
        if (hasActor(masked, end + 1, mainEnd)) {
          // … and the main clause read across it: Армения, выйдя из переговоров с ЕС, вступила в
          // ЕАЭС
          out.add(cut(masked, toText, before - 1, end + 1));
        }
        if (statedVerb(masked, end + 1, mainEnd, imperfective)) {
          subject = ant;
        }
      } else if (goesOn
          && (clause == 0 || masked.charAt(clause - 1) != '(')
          && RU_CLAUSE_LEAD.matcher(masked.substring(clause, at)).matches()) {
        // fronted: Получив кредит от Китая, Таджикистан построил …
        int main = mainSubject(masked, end + 1);
        if (main >= 0) {
          int close = masked.indexOf(RuleSet.CLOSE, main) + 1;
          int mainEnd = RuleSet.nextMark(masked, close, ",;:.!?—–()");
          if (statedVerb(masked, close, mainEnd, imperfective)) {
            subject = main;
          }
        }
      } else if (afterComma
          && (end >= masked.length() || ".!?;".indexOf(masked.charAt(end)) >= 0)) {
        // closing the sentence: Таджикистан строит дороги, получая кредиты от Китая
        subject = trailingSubject(masked, before - 1, imperfective);
      }
      if (subject < 0) {
        continue;
      }
      int close = masked.indexOf(RuleSet.CLOSE, subject) + 1;
      StringBuilder b = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      copy(masked, toText, 0, masked.length(), b, map);
      b.append(' ');
      map.add(toText.get(masked.length() - 1));
      int from = b.length();
      copy(masked, toText, subject, close, b, map);
      b.append(' ');
      map.add(toText.get(at));
      int ownFrom = b.length();
      if (g.group(1) != null) {
        b.append("не ");
        for (int k = 0; k < 3; k++) {
          map.add(toText.get(g.start(1) + Math.min(k, 1)));
        }
      }
      int w = g.start(2);
      for (int k = 0; k < verb.length(); k++) {
        b.append(verb.charAt(k));
        map.add(toText.get(Math.min(w + Math.min(k, g.group(2).length() - 1), toText.size() - 1)));
      }
      int trail = end;
      while (trail > g.end() && masked.charAt(trail - 1) == ' ') {
        trail--;
      }
      copy(masked, toText, g.end(), trail, b, map);
      int to = b.length();
      b.append('.');
      map.add(toText.get(Math.min(trail, toText.size() - 1)));
      boolean[] own = new boolean[b.length()];
      java.util.Arrays.fill(own, ownFrom, to, true);
      out.add(new View(b.toString(), map, -1, from, to, own));
    }
    return out;
  }

  /**
   * The actor that opens the main clause starting at {@code from} (a conjunction or adverbials
   * before it perhaps), followed by a word: its start, or -1.
   */
  private static int mainSubject(String masked, int from) {
    int open = masked.indexOf(RuleSet.OPEN, from);
    int mark = RuleSet.nextMark(masked, from, ",;:.!?—–()");
    if (open < 0 || open > mark) {
      return -1;
    }
    if (!RU_CLAUSE_LEAD.matcher(masked.substring(from, open)).matches()) {
      return -1;
    }
    int close = masked.indexOf(RuleSet.CLOSE, open);
    if (close < 0
        || close + 2 >= masked.length()
        || masked.charAt(close + 1) != ' '
        || !Character.isLetter(masked.charAt(close + 2))) {
      return -1;
    }
    return open;
  }

  /** Relative words and subordinators: a clause of another subject. */
  private static final Pattern RU_SUBORDINATE =
      Pattern.compile(
          "(?<![а-яё])(?:что|чтобы|котор[а-яё]+|где|куда|когда|если|хотя|пока|после\s+того|чей|чья"
              + "|чьи|как)(?![а-яё])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The subject of a sentence that an adverbial participle's clause closes after the comma at
   * {@code comma}: the actor opening the sentence (or its clause after a semicolon), a word after
   * it, no subordinator or relative word before the comma and every other actor between governed by
   * a preposition (Азербайджан не входит ни в ОДКБ, ни в ЕАЭС, предпочитая …); -1 when there is
   * none.
   */
  private static int trailingSubject(String masked, int comma, boolean imperfective) {
    int start = clauseStart(masked, comma);
    int subject = mainSubject(masked, start);
    if (subject < 0) {
      return -1;
    }
    int close = masked.indexOf(RuleSet.CLOSE, subject) + 1;
    String between = masked.substring(close, comma);
    if (RU_SUBORDINATE.matcher(between).find()) {
      return -1;
    }
    int first = RuleSet.nextMark(masked, close, ",;:.!?—–()");
    if (!statedVerb(masked, close, Math.min(first, comma), imperfective)) {
      return -1;
    }
    int open = close;
    while ((open = masked.indexOf(RuleSet.OPEN, open)) >= 0 && open < comma) {
      if (!RelativeClauses.AFTER_PREPOSITION.matcher(masked.substring(close, open)).find()) {
        return -1;
      }
      open = masked.indexOf(RuleSet.CLOSE, open) + 1;
      if (open <= 0) {
        return -1;
      }
    }
    return subject;
  }

  /**
   * What may stand before a subject in its clause: a conjunction and adverbials (В 2012 году Москва
   * …; а Россия …).
   */
  private static final Pattern RU_CLAUSE_LEAD =
      Pattern.compile(
          "\\s*(?:(?:и|а|но|однако|причём|причем)\\s+)?(?:" + RU_ADVERBIAL + "\\s*,?\\s*)*");

  /**
   * The views of a Russian sentence with what stands between a subject and its verb cut: an agent
   * noun after a state's adjective (Казахстанские власти направили: Казахстан направил) and the
   * adverbials (Китай в 2019 году также предоставил Киргизии кредит: Китай предоставил…). The rules
   * are written with a short gap between the two; only a match that spans the cut counts.
   */
  static List<View> subjectGaps(String masked, List<Integer> toText) {
    List<View> out = new ArrayList<>();
    Matcher m = RU_SUBJECT_GAP.matcher(masked);
    while (m.find()) {
      if (m.group(1).isBlank() || m.group(1).strip().equals(",")) {
        continue; // nothing stands between the actor and the word
      }
      int open = Math.max(masked.lastIndexOf(RuleSet.OPEN, m.start()), 0);
      int clause = open;
      while (clause > 0 && ",;:—–(".indexOf(masked.charAt(clause - 1)) < 0) {
        clause--;
      }
      if (!RU_CLAUSE_LEAD.matcher(masked.substring(clause, open)).matches()) {
        continue; // the actor does not open its clause: no subject (вступил в ШОС в 2001 году …)
      }
      out.add(cut(masked, toText, m.start(1), m.end()));
    }
    Matcher p = RU_SUBJECT_PHRASE_GAP.matcher(masked);
    while (p.find()) {
      int open = Math.max(masked.lastIndexOf(RuleSet.OPEN, p.start()), 0);
      int clause = open;
      while (clause > 0 && ",;:—–(".indexOf(masked.charAt(clause - 1)) < 0) {
        clause--;
      }
      if (RU_CLAUSE_LEAD.matcher(masked.substring(clause, open)).matches()) {
        out.add(cut(masked, toText, p.start(1), p.end()));
      }
    }
    return out;
  }

  /**
   * The words with what stands between the first and the last comma of [{@code from}, {@code to})
   * blanked: a match with no named trigger that runs across a clause set off by commas (Туркмения,
   * которая не входит в ОДКБ, граничит с Ираном; Mongolia, which never joined the CSTO, borders
   * Russia) is read in its own clauses, not in the inserted one. Chinese commas (，) are no such
   * marks: a Chinese clause chain is one sentence's predicates; and Chinese text between ASCII
   * commas is left as it is.
   */
  static String blankInserted(String words, int from, int to) {
    int first = words.indexOf(',', from);
    if (first < 0 || first >= to) {
      return words;
    }
    int last = words.lastIndexOf(',', to - 1);
    if (last <= first) {
      return words;
    }
    for (int k = first + 1; k < last; k++) {
      if (words.charAt(k) >= '\u2E80') {
        return words; // Chinese or Japanese text between ASCII commas: no inserted clause of these
      }
    }
    StringBuilder b = new StringBuilder(words);
    for (int k = first + 1; k < last; k++) {
      if (Character.isLetter(b.charAt(k))) {
        b.setCharAt(k, ' ');
      }
    }
    return b.toString();
  }

  /**
   * The commas of a masked sentence outside an actor's placeholder, each with where the text after
   * it starts, its spaces skipped: [comma, start]. Inserted clauses and asides open there.
   */
  private static List<int[]> commas(String masked) {
    List<int[]> out = new ArrayList<>();
    int comma = -1;
    while ((comma = masked.indexOf(',', comma + 1)) >= 0) {
      if (insideActor(masked, comma)) {
        continue;
      }
      int b = comma + 1;
      while (b < masked.length() && masked.charAt(b) == ' ') {
        b++;
      }
      out.add(new int[] {comma, b});
    }
    return out;
  }

  /** Relative words, after which an actor is the clause's own, never the main verb's subject. */
  static final Pattern EN_RELATIVE = Pattern.compile("(?:which|who|whom|whose|where)(?![a-z])");

  /**
   * The inserted clauses of a masked sentence opened by one of {@code openers}: each as [the comma
   * that opens it, where the main clause goes on after it).
   */
  static List<int[]> spans(String masked, Pattern openers) {
    List<int[]> out = new ArrayList<>();
    for (int[] c : commas(masked)) {
      int comma = c[0];
      int b = c[1];
      Matcher o = openers.matcher(masked).region(b, masked.length());
      if (!o.lookingAt()) {
        continue;
      }
      // from the opener's last letter: a parenthetical that is the whole aside (, однако,) ends
      // right at its closing comma
      int[] closed = closing(masked, o.end() - 1);
      if (closed == null) {
        continue;
      }
      int end = closed[0];
      int after = closed[1];
      if (onlyActor(masked, b, end)) {
        continue;
      }
      out.add(new int[] {comma, after, b, end});
    }
    return out;
  }

  /** Russian relative words and participles: the clause's actors are its own. */
  private static final Pattern RU_OWN =
      Pattern.compile(
          "(?:(?:"
              + PREPOSITIONS
              + ")\\s+)?(?:котор[а-яё]+|где|куда|откуда|чей|чья|чьё|чье|чьи)(?![а-яё])|"
              + RU_NOUN_RELATIVE
              + "|"
              + RU_STANDING
              + "|"
              + RU_PARTICIPLE
              + "(?![а-яё])");

  /**
   * An adverbial participle (деепричастие) opening an aside: perfective in -в, -вши, -вшись
   * (подписав, заявив, убедившись), выйдя and its kin, imperfective in -ясь (опасаясь, стремясь),
   * -уя (действуя), -яя but not an adjective's -няя (позволяя), -ывая, -ивая, -авая (поддерживая,
   * признавая), a few others spelt out (считая, имея, говоря, исходя, будучи). Not включая (its
   * actor is one of the subject's list) nor nouns in -в (против, состав, устав).
   */
  private static final Pattern RU_GERUND =
      Pattern.compile(
          "(?!(?:против|состав|устав|актив|архив|мотив|коллектив|включая)(?![а-яё]))"
              + "(?:[а-яё]{2,}(?:[аяеиу]в|[аяеиу]вши|вшись|йдя|ясь|уя|юя|[^н\\s]яя|ывая|ивая|авая)"
              + "|считая|желая|играя|обладая|зная|имея|владея|говоря|видя|ведя|исходя|будучи)"
              + "(?![а-яё])");

  /** A finite verb or a negation: an aside holding one is no adverbial participle's alone. */
  private static final Pattern RU_FINITE_OR_NEGATION =
      Pattern.compile(
          "(?<![а-яё])(?:не|ни|нет)(?![а-яё])|[а-яё]{2,}(?:л|ла|ло|ли|ет|ит|ют|ят|ут|ат)(?:ся|сь)?"
              + "(?![а-яё])");

  /**
   * The relative and participle clauses of a masked sentence (Latin or Cyrillic), as [opening
   * comma, where the main clause goes on]: an actor inside one is no subject of a verb after it
   * (Россия, потерявшая базу в Узбекистане, разместила войска в Таджикистане: not Uzbekistan). In
   * Russian an adverbial participle's aside with no finite verb and no negation counts too: its
   * actor is the participle's object (Узбекистан, опасаясь России, вышел из ОДКБ: not Russia).
   */
  static List<int[]> ownClauses(String masked) {
    if (masked.indexOf(',') < 0) {
      return List.of();
    }
    for (int k = 0; k < masked.length(); k++) {
      char c = masked.charAt(k);
      if (c >= '\u0400' && c <= '\u04FF') {
        List<int[]> out = new ArrayList<>(spans(masked, RU_OWN));
        for (int[] g : spans(masked, RU_GERUND)) {
          String body = masked.substring(g[2], g[3]).replaceAll(PLACEHOLDER, " ");
          if (!RU_FINITE_OR_NEGATION.matcher(body).find()) {
            out.add(g);
          }
        }
        return out;
      }
      if (c >= '\u2E80' && c < '\uE000') {
        return List.of();
      }
    }
    List<int[]> out = new ArrayList<>(spans(masked, EN_RELATIVE));
    for (int[] c : englishCuts(masked)) {
      if (out.stream().noneMatch(o -> o[0] == c[0])) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether a match whose subject starts at {@code subject} and whose trigger (or object) starts at
   * {@code verb} takes an actor of an inserted clause as the subject of a verb after it.
   */
  static boolean subjectInside(List<int[]> clauses, int subject, int verb) {
    for (int[] c : clauses) {
      if (subject > c[0] && subject < c[1] && verb >= c[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a match whose subject starts at {@code subject} and whose trigger starts at {@code
   * trigger} takes an actor of a relative or participle clause as the subject of an active
   * participle of the same clause: that participle's subject is the noun the clause modifies
   * (Узбекистан, покинувший СНГ в 1999 году и примкнувший к ГУАМ: not the CIS).
   */
  static boolean participleSubjectInside(
      List<int[]> clauses, String masked, int subject, int trigger) {
    for (int[] c : clauses) {
      if (subject > c[0] && subject < trigger && trigger < c[3]) {
        int w = trigger;
        while (w > 0 && Character.isLetter(masked.charAt(w - 1))) {
          w--;
        }
        Matcher p = RU_ACTIVE_PARTICIPLE.matcher(masked).region(w, masked.length());
        if (p.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether [{@code from}, {@code to}) of the masked text is one actor, spaces around it aside. */
  private static boolean onlyActor(String masked, int from, int to) {
    String s = masked.substring(Math.max(0, from), Math.max(from, to)).strip();
    return s.matches(PLACEHOLDER);
  }

  private static boolean insideActor(String masked, int at) {
    for (int k = at - 1; k >= 0; k--) {
      char c = masked.charAt(k);
      if (c == RuleSet.CLOSE) {
        return false;
      }
      if (c == RuleSet.OPEN || c == RuleSet.MOD_OPEN) {
        return true;
      }
    }
    return false;
  }

  private static int clauseStart(String masked, int at) {
    int k = at;
    while (k > 0) {
      char c = masked.charAt(k - 1);
      if (";:.!?()".indexOf(c) >= 0 && !insideActor(masked, k - 1)) {
        break;
      }
      k--;
    }
    return k;
  }

  private static boolean hasActor(String masked, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, masked.length()); k++) {
      if (masked.charAt(k) == RuleSet.OPEN) {
        return true;
      }
    }
    return false;
  }

  /** The start of the actor that ends right before the comma at {@code comma}, or -1. */
  static int actorEndingAt(String masked, int comma) {
    int k = comma;
    while (k > 0 && masked.charAt(k - 1) == ' ') {
      k--;
    }
    if (k == 0 || masked.charAt(k - 1) != RuleSet.CLOSE) {
      return -1;
    }
    int s = masked.lastIndexOf(RuleSet.OPEN, k - 1);
    return s;
  }

  /** The sentence without [{@code from}, {@code to}), one space in its place. */
  static View cut(String masked, List<Integer> toText, int from, int to) {
    StringBuilder b = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    int a = from;
    while (a > 0 && masked.charAt(a - 1) == ' ') {
      a--;
    }
    int z = to;
    while (z < masked.length() && masked.charAt(z) == ' ') {
      z++;
    }
    copy(masked, toText, 0, a, b, at);
    int cut = b.length();
    b.append(' ');
    at.add(toText.get(Math.min(z, toText.size() - 1)));
    copy(masked, toText, z, masked.length(), b, at);
    return new View(b.toString(), at, cut, 0, 0, null);
  }

  /**
   * The clause with its noun leading it, the comma between them dropped (Казахстан граничащий с
   * Китаем), then the rest of the sentence.
   */
  private static View own(
      String masked, List<Integer> toText, int ant, int comma, int bodyStart, int bodyEnd) {
    StringBuilder b = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    copy(masked, toText, 0, comma, b, at);
    int from = ant;
    b.append(' ');
    at.add(toText.get(Math.min(bodyStart, toText.size() - 1)));
    int ownFrom = b.length();
    int trail = bodyEnd;
    while (trail > bodyStart && masked.charAt(trail - 1) == ' ') {
      trail--;
    }
    copy(masked, toText, bodyStart, trail, b, at);
    int to = b.length();
    copy(masked, toText, trail, masked.length(), b, at);
    boolean[] own = new boolean[b.length()];
    java.util.Arrays.fill(own, ownFrom, to, true);
    return new View(b.toString(), at, -1, from, to, own);
  }

  /** A nominative past active participle (вступивший, прибывшая, присоединившиеся, вошедший). */
  private static final Pattern RU_PAST_PARTICIPLE =
      Pattern.compile("([а-яё]+?)(вш|шедш)(ий|ая|ее|ие)(ся)?");

  /**
   * A nominative past active participle as the past tense its noun's verb takes (прибывший: прибыл;
   * присоединившаяся: присоединилась; вошедшие: вошли), or null for another word.
   */
  static String finite(String participle) {
    Matcher m = RU_PAST_PARTICIPLE.matcher(participle);
    if (!m.matches()) {
      return null;
    }
    String stem = m.group(1);
    boolean went = m.group(2).equals("шедш");
    if (!went && "аеиоуыэюяё".indexOf(stem.charAt(stem.length() - 1)) < 0) {
      return null;
    }
    String g = m.group(3);
    String end;
    if (went) {
      stem = stem + "ш";
      // the stressed prefix вы- keeps the е unstressed: вышедший gives вышел, not вышёл
      String masc = stem.endsWith("выш") ? "ел" : "ёл";
      end = g.equals("ий") ? masc : g.equals("ая") ? "ла" : g.equals("ее") ? "ло" : "ли";
    } else {
      end = g.equals("ий") ? "л" : g.equals("ая") ? "ла" : g.equals("ее") ? "ло" : "ли";
    }
    String reflexive = m.group(4) == null ? "" : g.equals("ий") ? "ся" : "сь";
    return stem + end + reflexive;
  }

  /**
   * What follows бывший when it is the participle of быть (who was): a preposition or adverb
   * (бывший в составе ОДКБ до 2012 года, бывший тогда президентом) or a noun in the instrumental
   * (бывшая советской республикой).
   */
  private static final Pattern RU_WAS =
      Pattern.compile(
          "\\s*(?:(?:в|во|на|при|с|со|до|у|тогда|ранее|прежде|когда-то|долгое|долго|одно)(?![а-яё-])"
              + "|[а-яё]+(?:ом|ем|ём|ой|ей|ою|ею|ым|им|ами|ями|ыми|ими)(?![а-яё]))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether {@code participle}, ending at {@code end} of {@code masked}, is бывший as the adjective
   * former, before the noun it modifies in its own case (Узбекистан, бывший член ОДКБ, …: a former
   * member, not был член; Грузия, бывшая участница СНГ): no past verb of an act.
   */
  static boolean formerAdjective(String masked, String participle, int end) {
    String p = participle.toLowerCase(java.util.Locale.ROOT);
    if (!p.startsWith("бывш")) {
      return false;
    }
    if (p.equals("бывший")
        && RU_MASCULINE_OJ_ADJECTIVE.matcher(masked).region(end, masked.length()).lookingAt()) {
      return true; // бывший ключевой союзник: a masculine adjective in -ой, no instrumental
    }
    return !RU_WAS.matcher(masked).region(end, masked.length()).lookingAt();
  }

  /**
   * After a masculine бывший, a word in -ой then a noun ending as a masculine nominative does (a
   * consonant or -ь: союзник, член, партнёр, лидер), no preposition: the -ой word is the noun's
   * masculine adjective (бывший ключевой союзник, бывший основной партнёр), not an instrumental
   * after the participle of быть (бывший главой государства, бывший частью России).
   */
  private static final Pattern RU_MASCULINE_OJ_ADJECTIVE =
      Pattern.compile(
          "\\s*[а-яё-]{2,}ой\\s+(?!(?:"
              + PREPOSITIONS
              + ")(?![а-яё-]))[а-яё-]{2,}[бвгджзклмнпрстфхцчшщь](?![а-яё-])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The participle clause with its noun leading it and the participle read as a past verb (Си
   * Цзиньпин, прибывший в Бишкек для участия в саммите: Си Цзиньпин прибыл в Бишкек для участия в
   * саммите), so that a rule written for the verb reads it; null when the clause opens with no
   * nominative past active participle. The participle's negation stays before it.
   */
  private static View finiteOwn(
      String masked,
      List<Integer> toText,
      String text,
      int ant,
      int comma,
      int bodyStart,
      int bodyEnd,
      int participleEnd) {
    int wordStart = participleEnd;
    while (wordStart > bodyStart && Character.isLetter(masked.charAt(wordStart - 1))) {
      wordStart--;
    }
    String participle = masked.substring(wordStart, participleEnd);
    if (formerAdjective(masked, participle, participleEnd)) {
      return null;
    }
    String verb = finite(participle);
    if (verb == null || !leads(masked, toText, text, ant, participle)) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    copy(masked, toText, 0, wordStart, b, at);
    for (int k = 0; k < verb.length(); k++) {
      b.append(verb.charAt(k));
      at.add(
          toText.get(
              Math.min(wordStart + Math.min(k, participleEnd - wordStart - 1), toText.size() - 1)));
    }
    copy(masked, toText, participleEnd, masked.length(), b, at);
    int delta = verb.length() - (participleEnd - wordStart);
    return own(b.toString(), at, ant, comma, bodyStart, bodyEnd + delta);
  }

  /**
   * Whether the actor at {@code ant} is the participle's own noun: no word governs it (Специалисты
   * Китая, прибывшие ...; Делегация Китая, прибывшая ...: Китая is a genitive of another noun), but
   * и joining it to an actor before (Индия и Пакистан, вошедшие); and the participle agrees with it
   * (-ие with such a list only, -ая with a noun in а/я, -ий with one in a consonant, й or ь). A
   * person's name may follow its title (Президент Токаев, прибывший) and its ending tells no
   * gender.
   */
  private static boolean leads(
      String masked, List<Integer> toText, String text, int ant, String participle) {
    int close = masked.indexOf(RuleSet.CLOSE, ant);
    if (close < 0) {
      return false;
    }
    boolean person = RuleSet.placeholderTypes(masked, ant).equals("P");
    int k = ant;
    while (k > 0 && masked.charAt(k - 1) == ' ') {
      k--;
    }
    int w = k;
    while (w > 0 && Character.isLetter(masked.charAt(w - 1))) {
      w--;
    }
    boolean list = false;
    if (w < k) {
      String word = masked.substring(w, k);
      if (word.equals("и")) {
        int j = w;
        while (j > 0 && masked.charAt(j - 1) == ' ') {
          j--;
        }
        if (j == 0 || masked.charAt(j - 1) != RuleSet.CLOSE) {
          return false;
        }
        list = true;
      } else if (word.matches("[а-яё]+")) {
        return false;
      }
    }
    int from = toText.get(ant);
    int to = close + 1 < toText.size() ? toText.get(close + 1) : text.length();
    String noun =
        text.substring(Math.min(from, text.length()), Math.min(Math.max(from, to), text.length()))
            .strip();
    if (noun.isEmpty()) {
      return false;
    }
    // one placeholder may hold a list (Индия и Пакистан)
    if (noun.matches("(?s).*(?:\\sи\\s|,).*")) {
      list = true;
    }
    String p =
        participle.endsWith("ся") ? participle.substring(0, participle.length() - 2) : participle;
    if (p.endsWith("ие")) {
      return list;
    }
    if (list || person) {
      return !list;
    }
    char last = Character.toLowerCase(noun.charAt(noun.length() - 1));
    if (p.endsWith("ая")) {
      return last == 'а' || last == 'я';
    }
    if (p.endsWith("ий")) {
      return "аеиоуыэюяё".indexOf(last) < 0 && Character.isLetter(last);
    }
    return last == 'о' || last == 'е' || last == 'ё';
  }

  /**
   * The view of a fronted "besides X" opener ({@code [openerStart, openerEnd)}, holding X at {@code
   * [xOpen, xClose)}) dropped and X put in the place of the clause's actor at {@code [z, zClose)}:
   * the Russian Помимо/Кроме and the Chinese 除…之外 views.
   */
  private static Shared putInPlace(
      String masked,
      List<Integer> toText,
      int openerStart,
      int openerEnd,
      int xOpen,
      int xClose,
      int z,
      int zClose) {
    StringBuilder v = new StringBuilder();
    List<Integer> map = new ArrayList<>();
    copy(masked, toText, 0, openerStart, v, map);
    copy(masked, toText, openerEnd, z, v, map);
    int at = v.length();
    copy(masked, toText, xOpen, xClose, v, map);
    copy(masked, toText, zClose, masked.length(), v, map);
    return new Shared(v.toString(), map, at);
  }

  /** The rest of {@code masked} from {@code from}, leaving out the character at {@code skip}. */
  private static void copyOver(
      String masked, List<Integer> toText, int from, int skip, StringBuilder b, List<Integer> at) {
    if (skip < from) {
      copy(masked, toText, from, masked.length(), b, at);
      return;
    }
    copy(masked, toText, from, skip, b, at);
    copy(masked, toText, skip + 1, masked.length(), b, at);
  }

  private static void copy(
      String masked, List<Integer> toText, int from, int to, StringBuilder b, List<Integer> at) {
    for (int k = from; k < to; k++) {
      b.append(masked.charAt(k));
      at.add(toText.get(k));
    }
  }
}
