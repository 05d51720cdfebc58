package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.cagraph.actors.Linker;
import org.cagraph.nlp.Token;

/**
 * A subject said once and carried across the clauses of a Chinese topic chain
 * (哈薩克於1991年獨立，1992年加入聯合國，2001年與中、俄等國共同創立上合組織): the rules need a subject before the trigger in its
 * clause, so the second and third facts would be lost. Each clause of the masked sentence (split on
 * ，, ； and ：) is read from its start with the part-of-speech tags CoreNLP gave its tokens:
 *
 * <ul>
 *   <li>a clause whose first verb comes after nothing but adverbs, time words, numbers and measure
 *       words, localisers, conjunctions, punctuation and prepositional phrases (a preposition and
 *       its object up to the verb or a localiser: 並與中國簽署, 在…下) has no subject of its own, and the
 *       topic's placeholder is inserted at its start;
 *   <li>a clause that opens with a noun phrase has its own subject: an actor (the last one of the
 *       phrase, with no 的 after it: 俄羅斯總統普丁, 哈薩克下議院) becomes the topic; a plain noun (經濟, 沿線國家,
 *       哈薩克的經濟) ends the topic, so that nothing is carried into that clause or the ones after it; a
 *       relative clause opening the phrase is skipped to its 的 (位居中亞之首的哈薩克: the actor heads it),
 *       nouns that say no subject (此外, 一方面: {@code no-subject.lex}) are read past, and a pronoun
 *       the linker left alone (其, 該國: {@code topic-pronouns.lex}) stands for the topic, which is
 *       read in its place and goes on after it;
 *   <li>a clause with no verb (1995年， 此後， 在塔吉克，) changes nothing; a passive agent (由中國資助, 被…)
 *       carries nothing into its clause.
 * </ul>
 *
 * An actor inside a prepositional phrase (在俄羅斯的支持下, 與中國, 對俄羅斯, 隨著美國…) is never the topic. {@link
 * RuleEngine} runs the rules a second time over the view this class builds and keeps only the
 * matches whose subject is an inserted copy, wholly inside its clause: what the first pass read
 * stays as it is.
 */
final class CarriedSubject {
  private CarriedSubject() {}

  /**
   * One copy of the topic: its span in the carried view, where its clause's main verb stands and
   * where the clause ends.
   */
  record Copy(int start, int end, int verb, int clauseEnd, boolean passive) {}

  /** The masked sentence with the copies inserted, its map to the text, and the copies. */
  record View(String masked, List<Integer> toText, List<Copy> copies) {
    /** The copy that holds {@code at} (a slot's group index), or null. */
    Copy at(int at) {
      for (Copy c : copies) {
        if (c.start() <= at && at < c.end()) {
          return c;
        }
      }
      return null;
    }
  }

  /** Tags that may open a clause before its verb without being its subject. */
  private static final Set<String> OPENERS =
      Set.of("AD", "NT", "CD", "OD", "M", "LC", "PU", "CC", "CS", "MSP", "SP", "AS", "ETC", "DER");

  private static final Set<String> VERBS = Set.of("VV", "VC", "VE", "VA");

  /** Tags a noun phrase at a clause's start is made of (besides actors). */
  private static final Set<String> NOUN_PHRASE =
      Set.of("NN", "NR", "PN", "DT", "JJ", "DEG", "DEC", "CD", "OD", "M", "ETC");

  /** Tags of a noun that heads a phrase after an actor (哈薩克總統: the president, not the state). */
  private static final Set<String> NOUNS = Set.of("NN", "NR", "PN");

  /** Prepositions of a passive agent: the clause's subject is what is acted on, not the topic. */
  private static final Set<String> PASSIVE = Set.of("由", "被", "受", "让", "讓", "叫", "给", "給");

  /**
   * Verbs of a Chinese passive (遭到歐盟制裁, 受到美國援助): the topic undergoes what the clause tells, so a
   * rule would read it the wrong way round.
   */
  private static final Set<String> PASSIVE_VERBS =
      Set.of("遭到", "遭受", "受到", "遭", "受", "蒙受", "挨", "获得", "獲得", "得到");

  private static final String BOUNDARIES = "，；：";

  /**
   * Words tagged as nouns that open a clause without being its subject (此外, 一方面, 其中), from {@code
   * data/rules/no-subject.lex}: they are read past as adverbs are.
   */
  private static final Set<String> NO_SUBJECT =
      org.cagraph.data.DataFiles.entries("rules/no-subject.lex").stream()
          .map(Linker::key)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Pronouns that stand for the topic as a clause's subject (其, 它, 該國), from {@code
   * data/rules/topic-pronouns.lex}.
   */
  private static final Set<String> TOPIC_PRONOUNS =
      org.cagraph.data.DataFiles.entries("rules/topic-pronouns.lex").stream()
          .map(Linker::key)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Nouns of a territory that open a clause with its possessor unsaid (境內, 國內:
   * 塔吉克是集安組織成員國，境內駐有俄羅斯軍隊), from {@code data/rules/topic-territory.lex}: the territory is the
   * topic's, whose copy goes before the word, which stays.
   */
  private static final Set<String> TERRITORY =
      org.cagraph.data.DataFiles.entries("rules/topic-territory.lex").stream()
          .map(Linker::key)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** A colon opens what it announces (一、…；二、…): no topic is carried past it. */
  private static final char COLON = '：';

  /** What a clause says of its subject. */
  enum Kind {
    /** no verb: a time phrase, a place phrase; the topic stays */
    NO_VERB,
    /** a verb before any subject: the topic is carried in */
    SUBJECTLESS,
    /**
     * a passive agent or a verb of undergoing before any subject (由中國資助, 隨後遭到歐盟制裁): the topic
     * stays; after a verb of undergoing (its verb is set) it is carried in as what the clause's act
     * is done to, never as its doer. After a passive agent nothing is carried: the topic a chain
     * names may be a mis-tagged object (將水庫劃歸吉方，由兩國共同管理).
     */
    PASSIVE,
    /** its own subject: an actor (the new topic) or a plain noun (no topic) */
    OWN
  }

  /**
   * What a clause says of its subject, its topic group (or -1) and its main verb's index (or -1).
   */
  private record Clause(
      Kind kind,
      int group,
      int verb,
      List<Integer> phrase,
      boolean pronoun,
      int head,
      int standsFrom,
      int standsTo,
      int restFrom) {
    Clause(Kind kind, int group) {
      this(kind, group, -1, List.of(), false, -1, -1, -1, -1);
    }

    Clause(Kind kind, int group, int verb) {
      this(kind, group, verb, List.of(), false, -1, -1, -1, -1);
    }

    Clause(
        Kind kind,
        int group,
        int verb,
        List<Integer> phrase,
        boolean pronoun,
        int head,
        int standsFrom,
        int standsTo) {
      this(kind, group, verb, phrase, pronoun, head, standsFrom, standsTo, standsTo);
    }
  }

  /**
   * The carried view of {@code masked}, or null when no clause takes a copy. {@code copyOf} gives
   * the placeholder to insert for a topic group (its members, or those before a comitative 與:
   * 中國與哈薩克接壤， 並與阿富汗相連 carries 中國 alone), or null to carry nothing. {@code clauses}: the sentence's
   * clauses as {@link #clauses} read them, once for every reading of the sentence.
   */
  static View of(
      String masked, List<Integer> toText, List<Reading> clauses, IntFunction<String> copyOf) {
    if (clauses == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    List<Integer> outText = new ArrayList<>();
    List<Copy> copies = new ArrayList<>();
    for (Reading c : clauses) {
      int cs = c.start();
      int ce = c.end();
      boolean stands = c.standsForTopic() && c.verb() >= 0;
      boolean passive = c.kind() == Kind.PASSIVE && c.verb() >= 0;
      if ((c.kind() == Kind.SUBJECTLESS || passive || stands)
          && c.topic() >= 0
          && cs > 0
          && !c.afterOpen()) {
        String copy = copyOf.apply(c.topic());
        if (copy != null) {
          if (stands) {
            // the pronoun gives way to the topic's copy: 其並於同年加入… reads as the topic's clause
            for (int k = cs; k < c.standsFrom(); k++) {
              out.append(masked.charAt(k));
              outText.add(toText.get(k));
            }
            int start = out.length();
            int text = toText.get(c.standsFrom());
            for (int k = 0; k < copy.length(); k++) {
              out.append(copy.charAt(k));
              outText.add(text);
            }
            int shift = out.length() - c.standsTo();
            copies.add(new Copy(start, out.length(), c.verb() + shift, ce + shift, false));
            for (int k = c.standsTo(); k < Math.min(masked.length(), ce + 1); k++) {
              out.append(masked.charAt(k));
              outText.add(toText.get(k));
            }
            continue;
          }
          int start = out.length();
          int text = cs < toText.size() ? toText.get(cs) : toText.get(toText.size() - 1);
          for (int k = 0; k < copy.length(); k++) {
            out.append(copy.charAt(k));
            outText.add(text);
          }
          copies.add(
              new Copy(
                  start,
                  out.length(),
                  out.length() + (c.verb() - cs),
                  out.length() + (ce - cs),
                  passive));
        }
      }
      for (int k = cs; k < Math.min(masked.length(), ce + 1); k++) {
        out.append(masked.charAt(k));
        outText.add(toText.get(k));
      }
    }
    return copies.isEmpty() ? null : new View(out.toString(), outText, copies);
  }

  /**
   * What one clause [start, end) of the masked sentence says of its subject: its kind and main verb
   * (or -1); the topic carried into it ({@code topic}: the group an earlier clause opened with, or
   * -1 when a plain noun or a colon ended it) and whether the clause before it ends inside a
   * prepositional phrase ({@code afterOpen}: the comma cuts one predicate, so no copy is inserted);
   * whether its own subject is a pronoun alone (其, 他們); the actors of the noun phrase that made the
   * topic ({@code referent}: 俄羅斯總統普丁, both; a pronoun subject does not end it); and the actor
   * heading the noun phrase that opens it ({@code head}, or -1: 哈薩克總統 is headed by a plain noun).
   */
  record Reading(
      int start,
      int end,
      Kind kind,
      int verb,
      int topic,
      boolean afterOpen,
      boolean pronoun,
      List<Integer> referent,
      int head,
      int standsFrom,
      int standsTo) {

    /**
     * Whether the clause's subject is a pronoun of {@code topic-pronouns.lex} standing for the
     * topic (其並於同年宣布…, 該國…): the carried pass reads the topic in its place.
     */
    boolean standsForTopic() {
      return standsFrom >= 0;
    }

    /**
     * The groups whose actors this clause says something of without naming them: the actors of the
     * noun phrase that made the topic (俄羅斯總統普丁，…，並與中國簽署: both) when the clause says no subject of
     * its own or its subject is a pronoun (其並於同年宣布…), else none. A pronoun does not end the topic
     * it refers to.
     */
    List<Integer> carried() {
      return kind == Kind.SUBJECTLESS || kind == Kind.NO_VERB || pronoun ? referent : List.of();
    }
  }

  /**
   * The clauses of {@code masked} (split on ， ； and ：) as this class reads them, in order, or null
   * when the tokens carry no Chinese tags (English and Russian text, rule examples).
   */
  static List<Reading> clauses(String masked, List<Integer> toText, List<Token> tokens) {
    if (tokens == null || tokens.isEmpty() || !chinese(tokens) || toText.isEmpty()) {
      return null;
    }
    int[] tokenAt = tokenAt(tokens, toText);
    List<Reading> out = new ArrayList<>();
    int topic = -1;
    List<Integer> referent = List.of(); // as the topic, but a pronoun subject does not end it
    boolean open = false; // the clause before ends inside a prepositional phrase
    int cs = 0;
    while (cs <= masked.length()) {
      int ce = RuleSet.nextMark(masked, cs, BOUNDARIES);
      ce = coordinated(masked, toText, tokens, tokenAt, cs, ce);
      Clause c = read(masked, toText, tokens, tokenAt, cs, ce);
      out.add(
          new Reading(
              cs,
              ce,
              c.kind(),
              c.verb(),
              topic,
              open,
              c.pronoun(),
              referent,
              c.head(),
              c.standsFrom(),
              c.standsTo()));
      if (c.kind() == Kind.OWN && c.standsFrom() < 0) {
        topic = c.group();
        if (!c.pronoun()) {
          referent = topic >= 0 ? c.phrase() : List.of();
        }
      }
      if (ce < masked.length() && masked.charAt(ce) == COLON) {
        topic = -1;
        referent = List.of();
      }
      open = openPhrase(tokens, toText.get(Math.min(cs, toText.size() - 1)), textEnd(toText, ce));
      cs = ce + 1;
    }
    return out;
  }

  /**
   * For each character of the sentence's text (as far as {@code toText} reaches), the index of the
   * token that holds it, or -1.
   */
  static int[] tokenAt(List<Token> tokens, List<Integer> toText) {
    int textLength = 0;
    for (Token t : tokens) {
      textLength = Math.max(textLength, t.end());
    }
    for (int p : toText) {
      textLength = Math.max(textLength, p + 1);
    }
    int[] tokenAt = new int[textLength + 1];
    java.util.Arrays.fill(tokenAt, -1);
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      for (int c = Math.max(0, t.begin()); c < t.end() && c < tokenAt.length; c++) {
        tokenAt[c] = k;
      }
    }
    return tokenAt;
  }

  /**
   * Where a second predicate of the clause [cs, ce) begins after 並 (并): the masked index of a 並
   * tagged AD or CC that follows a verb of the clause and the noun or actor closing its object
   * (翌年又加入歐亞經濟共同體並重返集安組織), so that the predicate after it reads as a clause of its own with no
   * subject, carrying the topic; else {@code ce}. A 並 right after the subject (俄羅斯並於2006年加入)
   * follows no verb and splits nothing.
   */
  private static int coordinated(
      String masked, List<Integer> toText, List<Token> tokens, int[] tokenAt, int cs, int ce) {
    boolean verb = false;
    boolean inside = false;
    for (int k = cs; k < ce; k++) {
      char ch = masked.charAt(k);
      if (isOpen(ch)) {
        inside = true;
        continue;
      }
      if (ch == RuleSet.CLOSE) {
        inside = false;
        continue;
      }
      if (inside) {
        continue;
      }
      Token t = token(toText, tokens, tokenAt, k);
      if (t == null) {
        continue;
      }
      if (VERBS.contains(t.pos())) {
        verb = true;
      } else if (verb
          && k > cs
          && (ch == '並' || ch == '并')
          && t.word().length() == 1
          && ("AD".equals(t.pos()) || "CC".equals(t.pos()))) {
        char before = masked.charAt(k - 1);
        Token prev = before == RuleSet.CLOSE ? null : token(toText, tokens, tokenAt, k - 1);
        if (before == RuleSet.CLOSE || (prev != null && NOUNS.contains(prev.pos()))) {
          return k;
        }
      }
    }
    return ce;
  }

  /** The index of the clause of {@code clauses} that holds masked index {@code k}. */
  static int clauseOf(List<Reading> clauses, int k) {
    for (int i = 0; i < clauses.size(); i++) {
      if (k <= clauses.get(i).end()) {
        return i;
      }
    }
    return clauses.size() - 1;
  }

  /** The relation types the carried pass does not read ({@code data/rules/not-carried.lex}). */
  static final Set<String> NOT_CARRIED =
      Set.copyOf(org.cagraph.data.DataFiles.entries("rules/not-carried.lex"));

  /**
   * Words that open a clause turning against the one before (但, 卻, 而是), from {@code
   * data/rules/contrast.lex}: what such a clause negates is its own (…，1992年加入聯合國，但未加入北約).
   */
  private static final List<String> CONTRAST =
      org.cagraph.data.DataFiles.entries("rules/contrast.lex").stream().map(Linker::key).toList();

  /**
   * Whether a later clause of the sentence, in {@code words} from {@code from}, negates or plans
   * ({@code qualifies}) and so may undo what the carried clause says (…，加入了集安組織，此說並不屬實;
   * …，加入世貿，後未能實現); a clause a contrast opens speaks for itself. A negation or plan before the
   * carried clause is that clause's own (哈薩克未加入北約，但加入了集安組織).
   */
  static boolean undoneAfter(String words, int from, Predicate<String> qualifies) {
    int cs = Math.min(from, words.length());
    while (cs < words.length()) {
      int ce = cs;
      while (ce < words.length() && "，；。,;".indexOf(words.charAt(ce)) < 0) {
        ce++;
      }
      String clause = words.substring(cs, ce).strip();
      // a copy of the topic inserted at the clause's start (one □ in the words) comes before its
      // contrast word
      String opening = clause.startsWith("□") ? clause.substring(1).strip() : clause;
      boolean contrast = CONTRAST.stream().anyMatch(opening::startsWith);
      if (!contrast && qualifies.test(clause)) {
        return true;
      }
      cs = ce + 1;
    }
    return false;
  }

  /**
   * Whether another actor than the object (at {@code object}, the slot's group index) stands
   * between the clause's main verb and the trigger: the trigger then tells that actor's act, not
   * the topic's (利用西方對俄制裁的機會: the sanctions are the West's).
   */
  static boolean othersBetween(String carried, int verb, int trigger, int object) {
    if (trigger < 0 || verb < 0 || trigger <= verb) {
      return false;
    }
    for (int k = verb; k < trigger && k < carried.length(); k++) {
      char ch = carried.charAt(k);
      if (isOpen(ch)) {
        int close = placeholderEnd(carried, k);
        boolean isObject = object >= k && object < close;
        boolean modifiesNext =
            ch == RuleSet.MOD_OPEN && close < carried.length() && isOpen(carried.charAt(close));
        if (!isObject && !modifiesNext) {
          return true;
        }
        k = close - 1;
      }
    }
    return false;
  }

  /** Whether the tokens carry the Chinese (CTB) tags this reading needs. */
  private static boolean chinese(List<Token> tokens) {
    for (Token t : tokens) {
      String p = t.pos();
      if ("VV".equals(p) || "NR".equals(p) || "PU".equals(p) || "VC".equals(p)) {
        return true;
      }
    }
    return false;
  }

  /** The group index of the placeholder opening at {@code k}. */
  private static int groupAt(String masked, int k) {
    int hash = masked.indexOf('#', k);
    int e = hash + 1;
    while (e < masked.length() && Character.isDigit(masked.charAt(e))) {
      e++;
    }
    return Integer.parseInt(masked.substring(hash + 1, e));
  }

  private static int placeholderEnd(String masked, int k) {
    int close = masked.indexOf(RuleSet.CLOSE, k);
    return close < 0 ? masked.length() : close + 1;
  }

  /** Reads the clause [cs, ce) from its start. */
  private static Clause read(
      String masked, List<Integer> toText, List<Token> tokens, int[] tokenAt, int cs, int ce) {
    boolean inPhrase = false; // inside a prepositional phrase
    int k = cs;
    while (k < ce) {
      char ch = masked.charAt(k);
      if (isOpen(ch)) {
        if (inPhrase) {
          k = placeholderEnd(masked, k);
          continue;
        }
        return subject(masked, toText, tokens, tokenAt, k, ce);
      }
      if (Character.isWhitespace(ch)) {
        k++;
        continue;
      }
      Token t = token(toText, tokens, tokenAt, k);
      if (t == null) {
        k++;
        continue;
      }
      String pos = t.pos();
      if (VERBS.contains(pos) && !inPhrase && PASSIVE_VERBS.contains(t.word())) {
        return new Clause(Kind.PASSIVE, -1, k); // 遭到歐盟制裁: the topic is acted on
      }
      if (VERBS.contains(pos)) {
        int dec =
            inPhrase
                ? objectClause(tokens, t, textEnd(toText, ce))
                : relative(tokens, t, textEnd(toText, ce));
        if (dec < 0) {
          return new Clause(Kind.SUBJECTLESS, -1, k);
        }
        if (!inPhrase) {
          // 參與組建的國家…, 位居中亞之首的哈薩克…: a relative clause opens a noun phrase
          return subject(masked, toText, tokens, tokenAt, k, ce);
        }
        // 與駐紮在馬納斯的美軍針鋒相對: the verb of a relative clause inside the phrase's object
        while (k < ce && (isOpen(masked.charAt(k)) || toText.get(k) < dec)) {
          k = isOpen(masked.charAt(k)) ? placeholderEnd(masked, k) : k + 1;
        }
        continue;
      }
      if ("P".equals(pos) || "BA".equals(pos)) {
        if (PASSIVE.contains(t.word())) {
          return new Clause(Kind.PASSIVE, -1);
        }
        inPhrase = true;
      } else if ("LB".equals(pos) || "SB".equals(pos)) {
        return new Clause(Kind.PASSIVE, -1);
      } else if ("LC".equals(pos)) {
        inPhrase = false; // 在…下, 在…中: the phrase closes
      } else if (!OPENERS.contains(pos)
          && !inPhrase
          && !NO_SUBJECT.contains(Linker.key(t.word()))) {
        int two = noSubjectPair(masked, toText, tokens, tokenAt, t, k, ce);
        if (two < 0) {
          return subject(masked, toText, tokens, tokenAt, k, ce);
        }
        k = two;
        continue;
      }
      k = after(masked, toText, t, k, ce);
    }
    return new Clause(Kind.NO_VERB, -1);
  }

  /**
   * Where a word of {@code no-subject.lex} the tagger cut in two ends (同/DT 年/M, 當/DT 年/M: the year
   * of the clause before, a time word and no subject), the masked index after its second token;
   * else -1.
   */
  private static int noSubjectPair(
      String masked,
      List<Integer> toText,
      List<Token> tokens,
      int[] tokenAt,
      Token t,
      int k,
      int ce) {
    int j = after(masked, toText, t, k, ce);
    if (j >= ce || isOpen(masked.charAt(j))) {
      return -1;
    }
    Token next = token(toText, tokens, tokenAt, j);
    if (next == null || next == t || !NO_SUBJECT.contains(Linker.key(t.word() + next.word()))) {
      return -1;
    }
    return after(masked, toText, next, j, ce);
  }

  /**
   * The clause's own subject at {@code k}; a pronoun standing for the topic (其並於同年加入…) is read with
   * the verb of the rest of the clause, which must say no other subject.
   */
  private static Clause subject(
      String masked, List<Integer> toText, List<Token> tokens, int[] tokenAt, int k, int ce) {
    Clause c = nounPhrase(masked, toText, tokens, tokenAt, k, ce);
    if (c.standsFrom() < 0) {
      return c;
    }
    Clause rest = read(masked, toText, tokens, tokenAt, c.restFrom(), ce);
    int verb = rest.kind() == Kind.SUBJECTLESS ? rest.verb() : -1;
    return new Clause(
        c.kind(), c.group(), verb, c.phrase(), true, c.head(), c.standsFrom(), c.standsTo());
  }

  /**
   * A noun phrase opening the clause at {@code k}: its subject is its last actor when no 的 follows
   * that actor inside the phrase, else a plain noun (no topic).
   */
  private static Clause nounPhrase(
      String masked, List<Integer> toText, List<Token> tokens, int[] tokenAt, int k, int ce) {
    int actor = -1;
    boolean plain = true;
    List<Integer> phrase = new ArrayList<>();
    Boolean pronoun =
        null; // whether the phrase is a pronoun alone (其, 他們), once its first word is read
    boolean headed = false; // whether the phrase ends with its last actor (哈薩克總統: it does not)
    int from = k;
    StringBuilder words =
        new StringBuilder(); // the phrase's words, to find a pronoun of the lexicon
    while (k < ce) {
      char ch = masked.charAt(k);
      if (isOpen(ch)) {
        actor = groupAt(masked, k);
        phrase.add(actor);
        headed = true;
        plain = false;
        k = placeholderEnd(masked, k);
        continue;
      }
      if (ch == '、' || Character.isWhitespace(ch)) {
        k++;
        continue;
      }
      Token t = token(toText, tokens, tokenAt, k);
      if (t == null) {
        k++;
        continue;
      }
      int dec = VERBS.contains(t.pos()) ? relative(tokens, t, textEnd(toText, ce)) : -1;
      if (dec >= 0) {
        // a relative clause opens the phrase (國力位居中亞之首的哈薩克): its actors are not the head; the
        // phrase goes on after its 的
        while (k < ce && toText.get(k) < dec) {
          k = isOpen(masked.charAt(k)) ? placeholderEnd(masked, k) : k + 1;
        }
        actor = -1;
        plain = true;
        phrase.clear();
        pronoun = false;
        headed = false;
        words.setLength(0);
        continue;
      }
      if (!NOUN_PHRASE.contains(t.pos())) {
        break;
      }
      words.append(t.word());
      pronoun = pronoun == null ? "PN".equals(t.pos()) : pronoun && "PN".equals(t.pos());
      headed &= !NOUNS.contains(t.pos());
      if ("DEG".equals(t.pos()) || "DEC".equals(t.pos()) || t.word().endsWith("的")) {
        plain = true; // 哈薩克的經濟: the head is what follows 的
        phrase.clear();
      }
      k = after(masked, toText, t, k, ce);
    }
    boolean stands = actor < 0 && TOPIC_PRONOUNS.contains(Linker.key(words.toString()));
    if (actor < 0 && TERRITORY.contains(Linker.key(words.toString()))) {
      // 境內駐有…: the topic's copy goes before the word, read as the topic's own territory
      return new Clause(Kind.OWN, -1, -1, List.of(), true, -1, from, from, k);
    }
    if (plain) {
      return new Clause(
          Kind.OWN,
          -1,
          -1,
          List.of(),
          actor < 0 && (Boolean.TRUE.equals(pronoun) || stands),
          -1,
          stands ? from : -1,
          stands ? k : -1);
    }
    return new Clause(Kind.OWN, actor, -1, List.copyOf(phrase), false, headed ? actor : -1, -1, -1);
  }

  /**
   * Where the 的 (DEC) that makes verb {@code v} a relative clause ends, when one comes before the
   * next verb of the clause; else -1.
   */
  private static int relative(List<Token> tokens, Token v, int textEnd) {
    int i = tokens.indexOf(v);
    for (int j = i + 1; j < tokens.size() && tokens.get(j).begin() < textEnd; j++) {
      Token t = tokens.get(j);
      if (VERBS.contains(t.pos())) {
        return -1;
      }
      if ("DEC".equals(t.pos())) {
        return t.end();
      }
    }
    return -1;
  }

  /**
   * Tags that may stand between the verb or preposition a relative clause hangs on and the clause's
   * own verb: 其, 該, a time, an adverb (擴大其租用的, 退出其2001年加入的).
   */
  private static final Set<String> BEFORE_RELATIVE =
      Set.of("PN", "DT", "NT", "CD", "OD", "M", "AD");

  /** Tags of a prepositional phrase's object inside the clause (在塔吉克, 在中亞地區內). */
  private static final Set<String> IN_PHRASE = Set.of("NR", "NN", "LC");

  /** Marks that end a clause among the tokens. */
  private static final String TOKEN_CLAUSE_MARKS = "，。；！？,;!?：";

  /**
   * Where the relative clause holding the verb at text offset {@code at} starts, when a 的 (DEC)
   * closes it before the next verb and it is the object of a verb or a preposition right before it
   * (擴大其租用的拜科努爾發射場, 退出其2001年加入的上合組織, 從駐吉爾吉斯的坎特空軍基地): what negates or plans that outer verb does not
   * reach into the clause. A verb of the clause's own verb group ({@code own}: 會, 計畫 in 不會加入的,
   * 計畫加入北約的烏克蘭) is walked past, and so is an adverb (未加入北約的烏克蘭 keeps its 未); a common noun before
   * the verb (派兵參加的) ends the reading, and a name there is the clause's own subject (拒絕參加俄羅斯主導的:
   * the clause starts at the name). -1 when the verb opens no such clause, or the tokens carry no
   * Chinese tags.
   */
  static int relativeStart(List<Token> tokens, int at, Predicate<String> own) {
    if (tokens == null || tokens.isEmpty() || !chinese(tokens)) {
      return -1;
    }
    int i = -1;
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).begin() <= at && at < tokens.get(k).end()) {
        i = k;
        break;
      }
    }
    if (i < 0 || !VERBS.contains(tokens.get(i).pos())) {
      return -1;
    }
    boolean closed = false;
    for (int j = i + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (VERBS.contains(t.pos()) || TOKEN_CLAUSE_MARKS.contains(t.word())) {
        break;
      }
      if ("DEC".equals(t.pos())) {
        closed = true;
        break;
      }
    }
    if (!closed) {
      return -1;
    }
    boolean noun = false; // nouns since the last word walked past: a preposition's object
    boolean named = true; // … and all of them proper names (NR): the clause's own named subject
    for (int j = i - 1; j >= 0; j--) {
      Token t = tokens.get(j);
      String pos = t.pos();
      String word = org.cagraph.actors.Linker.key(t.word());
      if (VERBS.contains(pos)
          && (own.test(word)
              || own.test(word + org.cagraph.actors.Linker.key(tokens.get(j + 1).word())))) {
        continue; // 計畫加入…的, 準備簽署的: the plan is the clause's own
      }
      if ("P".equals(pos) && noun) {
        noun = false; // 其在塔吉克設立的: the clause's own prepositional phrase
        named = true;
        continue;
      }
      if ("VV".equals(pos) && noun && named) {
        // a name right after the outer verb, then the clause's verb and 的 (拒絕參加俄羅斯主導的演習,
        // 未加入美國提出的計畫): the name is the clause's own subject, not the outer verb's object,
        // which is the noun the 的 closes onto
        return t.end();
      }
      if ("VV".equals(pos) || "P".equals(pos)) {
        return noun ? -1 : t.end(); // a common noun before the verb (派兵參加的): its object; no reading
      }
      if (VERBS.contains(pos)) {
        return -1; // 不是加入北約的國家: a copula's clause says what its subject is
      }
      if (IN_PHRASE.contains(pos)) {
        noun = true;
        named &= "NR".equals(pos);
      } else if (!BEFORE_RELATIVE.contains(pos)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the clause [from, to) of the text ends inside a prepositional phrase: a preposition
   * after its last verb, with no localiser closing it (…簽署了以非核國家身分，加入…: the comma cuts one
   * predicate, and what follows is no clause of the chain).
   */
  private static boolean openPhrase(List<Token> tokens, int from, int to) {
    int lastVerb = -1;
    int lastP = -1;
    for (int j = 0; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.begin() < from || t.begin() >= to) {
        continue;
      }
      if (VERBS.contains(t.pos())) {
        lastVerb = j;
      } else if ("P".equals(t.pos())) {
        lastP = j;
      } else if ("LC".equals(t.pos())) {
        lastP = -1;
      }
    }
    return lastVerb >= 0 && lastP > lastVerb;
  }

  /**
   * Inside a prepositional phrase, where the phrase's object ends when verb {@code v} belongs to a
   * relative clause in it (與駐紮在馬納斯機場的美軍針鋒相對: the last 的 (DEC) of the clause with a verb after it);
   * else -1.
   */
  private static int objectClause(List<Token> tokens, Token v, int textEnd) {
    int i = tokens.indexOf(v);
    int dec = -1;
    boolean verbAfter = false;
    for (int j = i + 1; j < tokens.size() && tokens.get(j).begin() < textEnd; j++) {
      Token t = tokens.get(j);
      if ("DEC".equals(t.pos())) {
        dec = t.end();
        verbAfter = false;
      } else if (VERBS.contains(t.pos())) {
        verbAfter = true;
      }
    }
    return dec >= 0 && verbAfter ? dec : -1;
  }

  private static int textEnd(List<Integer> toText, int ce) {
    return ce < toText.size() ? toText.get(ce) : Integer.MAX_VALUE;
  }

  private static boolean isOpen(char ch) {
    return ch == RuleSet.OPEN || ch == RuleSet.MOD_OPEN;
  }

  private static Token token(List<Integer> toText, List<Token> tokens, int[] tokenAt, int k) {
    int text = toText.get(k);
    if (text < 0 || text >= tokenAt.length || tokenAt[text] < 0) {
      return null;
    }
    return tokens.get(tokenAt[text]);
  }

  /** The masked index after token {@code t}, from {@code k}, stopping at a placeholder. */
  private static int after(String masked, List<Integer> toText, Token t, int k, int ce) {
    int j = k + 1;
    while (j < ce
        && masked.charAt(j) != RuleSet.OPEN
        && masked.charAt(j) != RuleSet.MOD_OPEN
        && toText.get(j) < t.end()
        && toText.get(j) >= t.begin()) {
      j++;
    }
    return j;
  }
}
