package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Russian relative clause whose antecedent is a linked actor (тема Афганистана, с которым
 * Узбекистан граничит; полигон, который Россия арендует; Таджикистан, где Россия держит базу, where
 * где stands for в; Монголия, которая граничит с Китаем): the rules, written over main clauses,
 * read the actor where the pronoun stands only when the clause is put in a main clause's order, the
 * pronoun replaced by the actor at its end (Узбекистан граничит с Афганистаном) or, when the
 * pronoun is the subject, at its start (Монголия граничит с Китаем). Each such clause is given as a
 * masked text of its own: the sentence up to the antecedent, the clause so ordered, then the rest
 * of the sentence, so that what the engine reads around a trigger (a claim anywhere before it, a
 * denial after it) stays where it was; only a match inside the reordered clause counts. English
 * needs none of this: the parse gives a relative pronoun its antecedent.
 */
final class RelativeClauses {
  private RelativeClauses() {}

  /**
   * A reordered clause: the masked text, each of its characters' offset in the sentence's view, and
   * where the clause lies in it ({@code from} to {@code to}): a match must lie within; {@code own}
   * marks the clause's own words, and {@code ant}, for a genitive pronoun's clause, is where the
   * antecedent put in the pronoun's place starts (a match must take it), -1 for the others.
   */
  record Clause(String masked, List<Integer> toText, int from, int to, boolean[] own, int ant) {
    Clause(String masked, List<Integer> toText, int from, int to, boolean[] own) {
      this(masked, toText, from, to, own, -1);
    }

    /**
     * Whether the text from {@code start} to {@code end} holds a word of the clause itself, not
     * only the preposition and the actor put in for the pronoun: a trigger must stand there (a base
     * discussed where: обсуждалась база в Армении, not a base in Armenia).
     */
    boolean ownWord(int start, int end) {
      for (int k = Math.max(start, from); k < Math.min(end, to); k++) {
        if (own[k] && Character.isLetter(masked.charAt(k))) {
          return true;
        }
      }
      return false;
    }
  }

  private static final String PLACEHOLDER =
      "[" + RuleSet.OPEN + "][^" + RuleSet.CLOSE + "]*" + RuleSet.CLOSE;

  /** The prepositions a relative pronoun may follow (с которым, в котором, против которой). */
  static final String PREPOSITIONS =
      "с|со|в|во|на|к|ко|от|из|у|о|об|обо|по|за|через|между|против|для|при|перед|под|над|вокруг";

  /**
   * A Russian preposition right before a name (в ЕАЭС, к ОДКБ, близ Бишкека): the name stands in a
   * prepositional phrase, in an oblique case. {@link RuleEngine} reads it too.
   */
  static final Pattern AFTER_PREPOSITION =
      Pattern.compile(
          "(?<![\\p{L}])(?:" + PREPOSITIONS + "|до|близ|около|возле|вблизи)\\s+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern RELATIVE =
      Pattern.compile(
          "("
              + PLACEHOLDER
              + ")\\s*,\\s*(?:("
              + PREPOSITIONS
              + ")\\s+)?(котор(?:ый|ая|ое|ые|ого|ому|ым|ой|ом|ую|ых|ыми)|где|куда|откуда)(?![а-яё])");

  /**
   * A genitive pronoun after the noun it modifies, perhaps after a preposition (на территории
   * которого, подразделения которой, в состав которого): the antecedent stands in its place, as a
   * genitive after that noun (на территории Таджикистана размещена база). The word before the
   * pronoun is no preposition (главным из которых: the antecedent is no genitive there).
   */
  private static final Pattern GENITIVE =
      Pattern.compile(
          "("
              + PLACEHOLDER
              + ")\\s*,\\s*((?:(?:"
              + PREPOSITIONS
              + ")\\s+)?(?:[а-яё-]+\\s+){0,1}(?!(?:"
              + PREPOSITIONS
              + ")\\s)[а-яё-]+\\s+)(которого|которой|которых)(?![а-яё])");

  /** Where-words, and the preposition that stands for them (Таджикистан, где: в Таджикистане). */
  private static final java.util.Map<String, String> WHERE =
      java.util.Map.of("где", "в", "куда", "в", "откуда", "из");

  /**
   * The forms that can be the clause's subject (nominative; который, которое and которые are also
   * the accusative of a thing): without a preposition such a pronoun is the clause's subject, and
   * the antecedent leads the clause in its place, unless an actor leads it (который Россия
   * арендует: the actor is the subject, the pronoun the object).
   */
  private static final Set<String> MAYBE_SUBJECT =
      Set.of("который", "которая", "которое", "которые");

  /** A clause that an actor leads, in the order subject, verb, object the rules are written in. */
  private static final Pattern SUBJECT_FIRST = Pattern.compile("\\s*" + PLACEHOLDER);

  /** What ends the relative clause: a clause mark, a dash, a bracket or a quote. */
  private static final String CLAUSE_END = ",;:.!?—–()«»\"";

  static List<Clause> of(String masked, List<Integer> toText) {
    List<Clause> out = new ArrayList<>();
    if (masked.indexOf("котор") < 0 && masked.indexOf("где") < 0 && masked.indexOf("куда") < 0) {
      return out;
    }
    Matcher m = RELATIVE.matcher(masked);
    while (m.find()) {
      String prep = m.group(2);
      String pronoun = m.group(3);
      int prepAt = prep == null ? m.start(3) : m.start(2);
      if (WHERE.containsKey(pronoun)) {
        if (prep != null) {
          continue; // до куда, оттуда: no place the clause is in
        }
        prep = WHERE.get(pronoun);
      }
      boolean maybeSubject = prep == null && MAYBE_SUBJECT.contains(pronoun);
      int bodyStart = m.end(3);
      int bodyEnd = RuleSet.nextMark(masked, bodyStart, CLAUSE_END);
      String body = masked.substring(bodyStart, bodyEnd);
      boolean actorFirst = SUBJECT_FIRST.matcher(body).lookingAt();
      if (maybeSubject && actorFirst) {
        maybeSubject = false; // Байконур, который Россия арендует: the actor is the subject
      }
      if (!maybeSubject && !actorFirst) {
        // no actor leads the clause: its subject may follow the verb (которую критикуют члены
        // ОБСЕ), and the actor put at its end would be read as the object of a noun
        continue;
      }
      int antStart = m.start(1);
      int antEnd = m.end(1);
      StringBuilder b = new StringBuilder();
      List<Integer> at = new ArrayList<>();
      copy(masked, toText, 0, antEnd, b, at);
      int comma = toText.get(Math.min(antEnd, toText.size() - 1));
      insert(", ", comma, b, at);
      int from = b.length();
      if (maybeSubject) {
        // the pronoun is the clause's subject (Монголия, которая граничит с Китаем): the antecedent
        // leads the clause in its place (Монголия граничит с Китаем)
        copy(masked, toText, antStart, antEnd, b, at);
        insert(" ", toText.get(m.start(3)), b, at);
      }
      // the clause's words, its leading space dropped
      int k = bodyStart;
      while (k < bodyEnd && Character.isWhitespace(masked.charAt(k))) {
        k++;
      }
      int trail = bodyEnd;
      while (trail > k && Character.isWhitespace(masked.charAt(trail - 1))) {
        trail--;
      }
      int ownFrom = b.length();
      copy(masked, toText, k, trail, b, at);
      int ownTo = b.length();
      if (!maybeSubject) {
        int pronounAt = toText.get(m.start(3));
        insert(" ", pronounAt, b, at);
        if (prep != null) {
          insert(prep + " ", toText.get(prepAt), b, at);
        }
        copy(masked, toText, antStart, antEnd, b, at);
      }
      int to = b.length();
      copy(masked, toText, trail, masked.length(), b, at);
      String text = b.toString();
      boolean[] own = new boolean[text.length()];
      java.util.Arrays.fill(own, ownFrom, ownTo, true);
      out.add(new Clause(text, at, from, to, own));
      if (!maybeSubject
          && ("с".equals(prep) || "со".equals(prep))
          && !AGAINST_RU.matcher(masked.substring(k, trail)).find()) {
        earlierPlaces(masked, toText, prep, prepAt, m.start(3), antStart, antEnd, k, trail, out);
      }
    }
    genitives(masked, toText, out);
    modifiedAntecedents(masked, toText, out);
    return out;
  }

  /**
   * A clause that fights or acts against a third party: its с is "alongside" (Турция, с которой
   * Азербайджан воевал против Армении), so the antecedent goes nowhere earlier than the end.
   */
  private static final Pattern AGAINST_RU = Pattern.compile("(?<![а-яё])против(?![а-яё])");

  /** The most word ends of a clause {@link #earlierPlaces} puts its antecedent after. */
  private static final int MAX_PLACES = 10;

  /**
   * A prepositional pronoun's clause (Индия, с которой Пакистан остаётся в конфликте из-за Кашмира)
   * read with the preposition and the antecedent after each word of the clause past its leading
   * actor as well as at its end: Russian puts a noun's or verb's complement right after it and the
   * clause may go on (Пакистан остаётся в конфликте с Индией из-за Кашмира), which the end alone
   * leaves apart from its trigger. A match must take the antecedent put in; the preposition and the
   * antecedent are none of the clause's own words.
   */
  private static void earlierPlaces(
      String masked,
      List<Integer> toText,
      String prep,
      int prepAt,
      int pronounAt,
      int antStart,
      int antEnd,
      int bodyFrom,
      int bodyTo,
      List<Clause> out) {
    List<Integer> places = new ArrayList<>();
    int depth = 0;
    boolean pastLead = false;
    boolean word = false; // a word of the clause after its leading actor: not right after the
    // actor, where с and the antecedent would read as a co-agent (Азербайджан с Арменией)
    for (int p = bodyFrom; p < bodyTo && places.size() < MAX_PLACES; p++) {
      char c = masked.charAt(p);
      if (c == RuleSet.OPEN || c == RuleSet.MOD_OPEN) {
        depth++;
      } else if (c == RuleSet.CLOSE) {
        depth = Math.max(0, depth - 1);
        pastLead = true;
      } else if (depth == 0 && pastLead && Character.isLetter(c)) {
        word = true;
      } else if (c == ' ' && depth == 0 && word) {
        places.add(p);
      }
    }
    for (int p : places) {
      StringBuilder b = new StringBuilder();
      List<Integer> at = new ArrayList<>();
      copy(masked, toText, 0, antEnd, b, at);
      insert(", ", toText.get(Math.min(antEnd, toText.size() - 1)), b, at);
      int from = b.length();
      copy(masked, toText, bodyFrom, p, b, at);
      int ownTo = b.length();
      insert(" ", toText.get(pronounAt), b, at);
      insert(prep + " ", toText.get(prepAt), b, at);
      int ant = b.length();
      copy(masked, toText, antStart, antEnd, b, at);
      int rest = b.length();
      copy(masked, toText, p, bodyTo, b, at);
      int to = b.length();
      copy(masked, toText, bodyTo, masked.length(), b, at);
      String text = b.toString();
      boolean[] own = new boolean[text.length()];
      java.util.Arrays.fill(own, from, ownTo, true);
      java.util.Arrays.fill(own, rest, to, true);
      out.add(new Clause(text, at, from, to, own, ant));
    }
  }

  /**
   * A nominative pronoun after a noun that an actor's adjective leads (Российская военная база,
   * которая размещена в Таджикистане): the noun phrase is the clause's subject, actor and all, and
   * leads the clause (Российская военная база размещена в Таджикистане). Only up to one more
   * adjective and the noun, each agreeing with the pronoun in gender and number, at the start of a
   * clause and after no preposition.
   */
  private static final Pattern MODIFIED_RELATIVE =
      Pattern.compile(
          "(?:^|(?<=[,;:—–(]\\s?))("
              + PLACEHOLDER
              + ")((?:\\s+[а-яё-]{2,}){1,2})\\s*,\\s*(котор(?:ый|ая|ое|ые))(?![а-яё])");

  /** Each pronoun's adjective endings and the endings its noun may have. */
  private static final java.util.Map<String, String[]> AGREEMENT =
      java.util.Map.of(
          "которая", new String[] {"(?:ая|яя)", ".*[ая]"},
          "который", new String[] {"(?:ый|ий|ой)", ".*[бвгджзклмнпрстфхцчшщй]"},
          "которое", new String[] {"(?:ое|ее)", ".*[оеё]"},
          "которые", new String[] {"(?:ые|ие)", ".*[ыи]"});

  private static void modifiedAntecedents(String masked, List<Integer> toText, List<Clause> out) {
    Matcher m = MODIFIED_RELATIVE.matcher(masked);
    while (m.find()) {
      String[] words = m.group(2).strip().split("\\s+");
      String[] agree = AGREEMENT.get(m.group(3));
      boolean agrees = words[words.length - 1].matches(agree[1]);
      for (int k = 0; k < words.length - 1; k++) {
        agrees &= words[k].matches("[а-яё-]+" + agree[0]);
      }
      if (!agrees
          || words[words.length - 1].matches("[а-яё-]+" + agree[0])
          || AFTER_PREPOSITION.matcher(masked.substring(0, m.start(1))).find()) {
        continue; // no noun phrase in agreement, or one a preposition governs
      }
      int bodyStart = m.end(3);
      int bodyEnd = RuleSet.nextMark(masked, bodyStart, CLAUSE_END);
      if (SUBJECT_FIRST.matcher(masked.substring(bodyStart, bodyEnd)).lookingAt()) {
        continue; // an actor leads the clause: the pronoun is its object
      }
      int k = bodyStart;
      while (k < bodyEnd && Character.isWhitespace(masked.charAt(k))) {
        k++;
      }
      int trail = bodyEnd;
      while (trail > k && Character.isWhitespace(masked.charAt(trail - 1))) {
        trail--;
      }
      StringBuilder b = new StringBuilder();
      List<Integer> at = new ArrayList<>();
      copy(masked, toText, 0, m.end(2), b, at);
      insert(", ", toText.get(Math.min(m.end(2), toText.size() - 1)), b, at);
      int from = b.length();
      copy(masked, toText, m.start(1), m.end(2), b, at);
      insert(" ", toText.get(m.start(3)), b, at);
      int ownFrom = b.length();
      copy(masked, toText, k, trail, b, at);
      int to = b.length();
      copy(masked, toText, trail, masked.length(), b, at);
      String text = b.toString();
      boolean[] own = new boolean[text.length()];
      java.util.Arrays.fill(own, ownFrom, to, true);
      out.add(new Clause(text, at, from, to, own));
    }
  }

  /**
   * The clauses whose pronoun is a genitive after its noun ({@link #GENITIVE}): the clause in its
   * own order, the antecedent in the pronoun's place (Таджикистан, на территории которого размещена
   * база: на территории Таджикистана размещена база). A match must take the antecedent.
   */
  private static void genitives(String masked, List<Integer> toText, List<Clause> out) {
    Matcher m = GENITIVE.matcher(masked);
    while (m.find()) {
      int antStart = m.start(1);
      int antEnd = m.end(1);
      String pronoun = m.group(3);
      String before = masked.substring(0, antStart);
      if (AFTER_PREPOSITION.matcher(before).find()) {
        // an actor in a prepositional phrase is no antecedent here (база в Таджикистане,
        // подразделения которой: the base's units), but the noun of a participle clause it closes
        // is when the participle agrees with the pronoun (база, дислоцированная в Таджикистане,
        // подразделения которой; not Россия, граничащая с Казахстаном, на территории которого),
        // and so is a verb's object (вступила в ЕАЭС, в состав которого)
        int[] head = participleHead(masked, antStart, pronoun);
        if (head != null) {
          antStart = head[0];
          antEnd = head[1];
        } else if (!AFTER_VERB_AND_PREPOSITION.matcher(before).find()) {
          continue;
        }
      } else if (pronoun.equals("которых")
          && !AFTER_LIST.matcher(before).find()
          && AFTER_NOUN.matcher(before).find()) {
        continue; // Соседи Китая, на территории которых: the neighbours, not China
      }
      int bodyEnd = RuleSet.nextMark(masked, m.end(3), CLAUSE_END);
      int trail = bodyEnd;
      while (trail > m.end(3) && Character.isWhitespace(masked.charAt(trail - 1))) {
        trail--;
      }
      StringBuilder b = new StringBuilder();
      List<Integer> at = new ArrayList<>();
      copy(masked, toText, 0, m.end(1), b, at);
      insert(", ", toText.get(Math.min(m.end(1), toText.size() - 1)), b, at);
      int from = b.length();
      copy(masked, toText, m.start(2), m.end(2), b, at);
      int ant = b.length();
      copy(masked, toText, antStart, antEnd, b, at);
      int antTo = b.length();
      copy(masked, toText, m.end(3), trail, b, at);
      int to = b.length();
      copy(masked, toText, trail, masked.length(), b, at);
      String text = b.toString();
      boolean[] own = new boolean[text.length()];
      java.util.Arrays.fill(own, from, to, true);
      java.util.Arrays.fill(own, ant, antTo, false);
      out.add(new Clause(text, at, from, to, own, ant));
    }
  }

  /**
   * A verb in the past (вступила, вошёл) or the present (вступает, участвуют), then a preposition,
   * in a clause no relative pronoun opens: the actor after them is the verb's object.
   */
  private static final Pattern AFTER_VERB_AND_PREPOSITION =
      Pattern.compile(
          "(?:^|[,;:—–(])(?:(?!котор|где|куда)[^,;:—–(])*(?<![а-яё])[а-яё]{2,}"
              + "(?:[аеиуяёо]л[аои]?|[аяу](?:ет|ют))(?:ся|сь)?\\s+(?:"
              + PREPOSITIONS
              + ")\\s+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A word right before an actor that is no verb's form (Соседи Китая, союзники России; not назвали
   * Россию): the actor is that noun's genitive modifier.
   */
  private static final Pattern AFTER_NOUN =
      Pattern.compile(
          "(?<![а-яё-])[а-яё]{2,}(?<!л|ла|ло|ли|ет|ют|ит|ят|ут|ат|ся|сь)\\s+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * An actor closing a list (Россия и Казахстан, Россия, Китай и Казахстан): a plural's antecedent.
   */
  private static final Pattern AFTER_LIST = Pattern.compile(RuleSet.CLOSE + "\\s*(?:,|и)\\s*$");

  /**
   * The actor a participle clause modifies, when the clause holds the prepositional phrase that
   * ends at {@code at} (201-я база, дислоцированная в Таджикистане: the base), as [start, end) of
   * its placeholder; null when the phrase is in no such clause, another actor stands between, the
   * participle does not agree with {@code pronoun} in gender and number (Россия, граничащая с
   * Казахстаном, на территории которого: Kazakhstan's) or the noun itself is in a prepositional
   * phrase.
   */
  private static int[] participleHead(String masked, int at, String pronoun) {
    int comma = masked.lastIndexOf(',', at);
    if (comma < 0 || RuleSet.nextMark(masked, comma + 1, CLAUSE_END) < at) {
      return null;
    }
    String clause = masked.substring(comma + 1, at);
    Matcher p = PARTICIPLE_FIRST.matcher(clause);
    if (!p.lookingAt()
        || !agrees(p.group(1), pronoun)
        || clause.indexOf(RuleSet.OPEN) >= 0
        || clause.indexOf(RuleSet.MOD_OPEN) >= 0) {
      return null;
    }
    int open = InsertedClauses.actorEndingAt(masked, comma);
    if (open < 0 || AFTER_PREPOSITION.matcher(masked.substring(0, open)).find()) {
      return null;
    }
    return new int[] {open, masked.indexOf(RuleSet.CLOSE, open) + 1};
  }

  private static final Pattern PARTICIPLE_FIRST =
      Pattern.compile("\\s*(" + InsertedClauses.RU_PARTICIPLE + ")(?![а-яё])");

  /**
   * Whether a participle agrees in gender and number with a genitive relative pronoun (которого:
   * -ий, -ый, -ого, -ему …; которой: -ая, -ую, -ей, -ой; которых: -ие, -ые, -их, -ых …); the cases
   * may differ, the clause's noun standing in the main clause.
   */
  private static boolean agrees(String participle, String pronoun) {
    String e = InsertedClauses.ending(participle);
    switch (pronoun) {
      case "которого":
        return Set.of("ии", "ее", "еге", "еме", "им", "ем").contains(e);
      case "которой":
        return Set.of("аа", "уу", "ей").contains(e);
      default:
        return Set.of("ие", "их", "им", "ими").contains(e);
    }
  }

  private static void copy(
      String masked, List<Integer> toText, int from, int to, StringBuilder b, List<Integer> at) {
    for (int k = from; k < to; k++) {
      b.append(masked.charAt(k));
      at.add(toText.get(k));
    }
  }

  private static void insert(String text, int offset, StringBuilder b, List<Integer> at) {
    for (int k = 0; k < text.length(); k++) {
      b.append(text.charAt(k));
      at.add(offset);
    }
  }
}
