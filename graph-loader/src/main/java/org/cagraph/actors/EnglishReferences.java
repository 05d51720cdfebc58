package org.cagraph.actors;

import static org.cagraph.actors.Coreference.POSSESSIVE;
import static org.cagraph.actors.Coreference.SUCCEEDED;
import static org.cagraph.actors.Coreference.WORDS;
import static org.cagraph.actors.Coreference.countryAntecedent;
import static org.cagraph.actors.Coreference.isCountry;
import static org.cagraph.actors.Coreference.lastDistinct;
import static org.cagraph.actors.Coreference.lastNamed;
import static org.cagraph.actors.Coreference.link;
import static org.cagraph.actors.Coreference.longestFirst;
import static org.cagraph.actors.Coreference.namedIn;
import static org.cagraph.actors.Coreference.onePerson;
import static org.cagraph.actors.Coreference.opening;
import static org.cagraph.actors.Coreference.overlapsName;
import static org.cagraph.actors.Coreference.personBefore;
import static org.cagraph.actors.Coreference.resolveCount;
import static org.cagraph.actors.Coreference.stateAdjective;
import static org.cagraph.actors.Coreference.stateBefore;
import static org.cagraph.actors.Coreference.subjects;
import static org.cagraph.actors.Coreference.taken;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.actors.Coreference.Context;

/**
 * The references only English text reaches, read for {@link Coreference} after names are linked:
 * counts with a state noun (the six states, the other four members, all five), they and it as a
 * clause subject (the states of the previous sentence; it: the organisation that opens that
 * sentence, else the state the paragraph names most), it after a preposition (China shares a border
 * with it: the second of two states) or inside the sentence whose opening state it stands for
 * (Kazakhstan signed in 1992, and it later joined…), a description of a state (the landlocked
 * country, the oil-rich state, the country of 20 million), he and she (the one person of the
 * sentence before, or of several the one it opens with as a pronoun: the person a career is told
 * of), his country (the person's own state), the other Central Asian states (the five without those
 * named), the latter and the former (the second or first of two of a type), a sentence-initial Its
 * (Its frontier…, Its secretary general…: the actor that opens the sentence before), a signature
 * added with no document named (the one agreement of the sentence before), and an associate or
 * observer member with no organisation named (the organisation the paragraph is about).
 */
final class EnglishReferences {
  private EnglishReferences() {}

  /** English number words, each at its value's index. */
  static final List<String> EN_NUMBERS =
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
   * members, all four other states, the remaining six states, all five (before a verb or a comma).
   * Not before of, that, which or an -ing form (the five states of Central Asia: a description of
   * its own).
   */
  private static final Pattern NUMBERED_EN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(the other|the remaining|the rest of the|these|those|all the|the same|the|all)\\s+"
              + "(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|[2-9]|1[0-9])"
              + "(\\s+other)?(?:\\s+((?:[a-z][a-z-]*\\s+){0,2}?)(member states|member-states|founding members|states|countries|nations"
              + "|republics|members|governments|signatories|founders|leaders|presidents|heads of state))?(?![\\p{L}\\p{N}])"
              + "(?!\\s+(?:of|for|on|between|with|that(?!\\s+(?:year|month|week|day|spring|summer|autumn|winter|time|decade)\\b)|which|who|[a-z]+ing)\\b)");

  /**
   * A count the Caspian names (the five littoral states, the Caspian states): only a list of the
   * Caspian's shores resolves it, never the last five states named (the Central Asian five).
   */
  private static final Pattern CASPIAN_WORD = Pattern.compile("\\b(?:littoral|caspian|coastal)\\b");

  private static final java.util.Set<String> CASPIAN =
      java.util.Set.of("russia", "iran", "azerbaijan", "kazakhstan", "turkmenistan");

  /** The member nouns of {@link #NUMBERED_EN}: a count of them is an organisation's members. */
  private static final Pattern MEMBER_NOUN_EN =
      Pattern.compile("member states|member-states|founding members|members");

  /**
   * The person nouns of {@link #NUMBERED_EN}: a count of them is read only as a summit's parties.
   */
  private static final Pattern PERSON_NOUN_EN =
      Pattern.compile("leaders|presidents|heads of state");

  /** After a bare "all five": a verb, an adverb or a comma, not a noun (all five leaders). */
  private static final Pattern ALL_N_AFTER =
      Pattern.compile(
          "^(?:\\s*[,;.]|\\s+(?:of them|have|has|had|are|were|will|would|did|also|then|later|now|soon|still|[a-z]+ly|[a-z]+ed)\\b)");

  /**
   * English counts with a state noun: the six states, these five countries, the other four members,
   * all five (the last list of exactly N states; the other four: the rest of a group), resolved by
   * {@link Coreference#resolveCount}; whether any was linked.
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
    Matcher en = NUMBERED_EN.matcher(v);
    while (en.find()) {
      int at = en.start();
      int end = en.end();
      String det = en.group(1);
      if (taken(here, added, at, end)
          || en.group(5) == null
              && !(det.equals("all") && ALL_N_AFTER.matcher(v.substring(end)).find())) {
        continue; // the five Central Asian states (a group word), the two countries (a pair word)
      }
      int n = EN_NUMBERS.indexOf(en.group(2));
      n = n >= 0 ? n : Integer.parseInt(en.group(2));
      // the other four, the remaining six; all four other, the four other (the number first)
      String kind =
          det.startsWith("the other") || det.startsWith("the re") || en.group(3) != null
              ? "rest"
              : "definite";
      if (!kind.equals("rest")
          && en.group(5) != null
          && MEMBER_NOUN_EN.matcher(en.group(5)).matches()
          && MemberCounts.memberCount(v, n, at, end, here, history, numbered, added)) {
        any = true;
        continue; // the six member states after the SCO summit: its six members
      }
      if (en.group(5) != null && PERSON_NOUN_EN.matcher(en.group(5)).matches()) {
        // the six leaders after the China–Central Asia summit: its parties; all three leaders
        // after a list of three states are persons, no reference to the list
        List<Actor> parties = Coreference.summitParties(n, at, here, cx);
        if (parties.size() == n) {
          any |= link(parties, n, at, end, numbered, added);
        } else if (!kind.equals("rest")) {
          // the same five presidents after five presidents were named: those persons
          personList(n, at, end, here, cx, added);
        }
        continue;
      }
      List<Actor> resolved =
          resolveCount(n, kind, false, at, end, here, history, docHistory, numbered, cx);
      if (en.group(4) != null
          && CASPIAN_WORD.matcher(en.group(4)).find()
          && !resolved.stream().allMatch(a -> CASPIAN.contains(a.id()))) {
        continue; // the five littoral states after the five Central Asian states: not those
      }
      any |= link(resolved, n, at, end, numbered, added);
    }
    bothPersons(v, here, cx, added);
    return any;
  }

  /** Both presidents, both leaders: a count of two persons without a number word. */
  private static final Pattern BOTH_PERSONS_EN =
      Pattern.compile(
          "(?<![\\p{L}])both\\s+(?:(?:[a-z-]+)\\s+)?(leaders|presidents|heads of state)(?![\\p{L}])"
              + "(?!\\s+(?:of|from|who|whose)\\b)");

  /**
   * English "both presidents", "both leaders": the two persons {@link #personList} finds, when no
   * summit's parties are meant.
   */
  static void bothPersons(String v, List<Mention> here, Context cx, List<Mention> added) {
    Matcher m = BOTH_PERSONS_EN.matcher(v);
    while (m.find()) {
      if (!taken(here, added, m.start(), m.end())) {
        personList(2, m.start(), m.end(), here, cx, added);
      }
    }
  }

  /**
   * A count of persons (the same five presidents, the two leaders, both presidents): the last list
   * of exactly {@code n} coordinated persons (Jiang Zemin, Boris Yeltsin and Nursultan Nazarbayev;
   * Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev), in this sentence
   * before the count, then in the sentences before it; for two, else the one sentence (this one
   * before the count, else the one before) that names exactly two persons (Putin met Tokayev. The
   * two leaders signed…). Nothing for a count no list or sentence agrees with.
   */
  static void personList(
      int n, int at, int end, List<Mention> here, Context cx, List<Mention> added) {
    if (taken(here, added, at, end)) {
      return;
    }
    List<Actor> persons = Coreference.nearest(at, here, cx, (ms, view) -> personsIn(ms, view, n));
    if (n == 2) {
      List<Actor> own = distinctPersons(here.stream().filter(x -> x.end() <= at).toList());
      List<Actor> close = new ArrayList<>(own);
      if (own.isEmpty() && cx.s() - 1 >= cx.paraStart()) {
        own = distinctPersons(cx.out().get(cx.s() - 1));
      }
      if (cx.s() - 1 >= cx.paraStart()) {
        close.addAll(distinctPersons(cx.out().get(cx.s() - 1)));
      }
      // Tokayev received Mirziyoyev in Astana. The two presidents signed…: the two heads named
      // here or just before, not a pair coordinated sentences earlier (Putin and Xi met in 2019)
      if (own.size() == 2 && (persons.isEmpty() || !close.containsAll(persons))) {
        persons = own;
      }
    }
    for (Actor a : persons) {
      added.add(new Mention(a, at, end, "coref", 0.6));
    }
  }

  private static List<Actor> distinctPersons(List<Mention> ms) {
    return ms.stream()
        .filter(x -> x.actor().label().equals("Person"))
        .sorted(Comparator.comparingInt(Mention::begin))
        .map(Mention::actor)
        .distinct()
        .toList();
  }

  /** The last run of coordinated persons of a sentence with exactly {@code n} distinct members. */
  private static List<Actor> personsIn(List<Mention> ms, String v, int n) {
    List<Actor> found = List.of();
    for (List<Actor> run :
        Coreference.runs(
            ms.stream()
                .filter(x -> Coreference.namedPerson(x) && x.end() <= v.length())
                .sorted(Comparator.comparingInt(Mention::begin))
                .toList(),
            v,
            PERSONS_GAP,
            false)) {
      if (run.size() == n) {
        found = run;
      }
    }
    return found;
  }

  /**
   * A clause-initial English "they"/"it" before a finite verb (they adopted, it has established, it
   * borders, it is also a member, they became members; not it is important, it became clear, it
   * seems, it will be), also after a fronted adverbial without a comma (In 2010 it became…,
   * Together with Russia and Belarus it signed…, that December it hosted…).
   */
  private static final Pattern PRONOUN_EN =
      Pattern.compile(
          "(?:^|[,;:]\\s+|^(?:in|on|by|since|until|during|after|together with|along with|that|this|later)\\s[^,;:]{1,40}?\\s)"
              + "(they|it)\\s+(?:also\\s+|then\\s+|officially\\s+|further\\s+|jointly\\s+|subsequently\\s+|later\\s+"
              + "|formally\\s+|together\\s+|still\\s+|now\\s+|(?<=they\\s{1,3})(?:both|all)\\s+)?"
              // has been only before a membership (it has been an observer since 2004, they had
              // been members), never it has been argued
              + "(?!(?:has|had|have)\\s+been\\s+(?!(?:also\\s+|still\\s+)?(?:a|an|one|among|part|members?|founding|full"
              + "|observers?|admitted|granted)\\b)|need|seem|proceed|exceed"
              + "|succeed|means|appears|matters|follows|depends|says|suggests|shows|looks|takes|goes|does|comes"
              + "|helps|makes|gets|lets|is\\s+(?:a|an|the|one)\\s+(?:matter|question|reason|fact|sign|way|time|case"
              + "|pity|shame|mistake|problem)\\b)"
              + "(has|have|had|[a-z]{2,}ed"
              // the irregular pasts of acts a state does (it left the bloc, they sent troops, it
              // held talks); not took, made or began, which an expletive it heads (it took years)
              + "|left|quit|sent|held|built|led|won|met|kept|lost|sought|fought|withdrew|lent|gave|sold"
              + "|bought|chose|struck|drew|broke|paid"
              + "|(?:is|was|are|were|remains|remained)\\s+(?:also\\s+|still\\s+|now\\s+|not\\s+"
              + "|no\\s+longer\\s+|later\\s+|formally\\s+|officially\\s+)?(?:a|an|one|among|part|members?|founding|full"
              // a passive of admission: it was admitted as a full member, they were granted
              // observer status
              + "|admitted|granted|accepted)"
              // became only before a membership: it became a member, not it became a tradition
              + "|became\\s+(?:also\\s+|later\\s+)?(?:(?:a|an|the)\\s+(?:\\w+\\s+){0,2}members?|members|part\\s+of"
              + "|one\\s+of\\s+the\\s+(?:\\w+\\s+){0,2}members)|[a-z]{3,}(?<![su]s)s"
              // they with a plural verb of belonging, sharing or hosting (They also belong to the
              // CSTO; they share a border; they host Russian bases): no "it" takes these forms
              + "|(?<=they\\s{1,3}(?:\\w{1,12}\\s{1,3})?)(?:belong|share|border|host|participate|take\\s+part))\\b");

  /** The plural verbs of {@link #PRONOUN_EN} that only states do (belong, share, border, host). */
  private static final Pattern PLURAL_STATE_VERB =
      Pattern.compile("belong|share|border|host|participate|take\\s+part");

  /**
   * English "they adopted" / "it has established" as a clause subject (they: the states of the
   * previous sentence, two or more; it: the one state of the previous sentence the paragraph names
   * most).
   */
  static void pronouns(
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
      Actor subject;
      if (!it) {
        // they belong, share, border, host: states (Armenia founded the EAEU. They belong…: no
        // state and its organisation)
        boolean statesOnly = PLURAL_STATE_VERB.matcher(en.group(2)).matches();
        if (states.size() < 2 && !statesOnly) {
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
      } else if (placeSubject(prev, prevView)) {
        // Almaty was the capital of Kazakhstan until 1997. It hosted the summit: the city, which
        // stands for no state
        continue;
      } else if ((subject = subjectState(prev, prevView, states)) != null) {
        // Washington opened a base at Manas in Kyrgyzstan. It closed the base in 2014: the state
        // that opens the sentence before, its subject, before the one the paragraph names most
        added.add(new Mention(subject, at, en.end(1), "coref", 0.6));
      } else if (!states.isEmpty()) {
        Map<String, Integer> freq = new HashMap<>();
        history.forEach(x -> freq.merge(x.actor().id(), 1, Integer::sum));
        // Russian troops are stationed at Kant in Kyrgyzstan. It hosts…: not a state named only as
        // an adjective, where another is named by name
        List<Actor> byName =
            states.stream()
                .filter(
                    a ->
                        prev.stream()
                            .anyMatch(
                                x ->
                                    x.actor() == a
                                        && x.end() <= prevView.length()
                                        && !stateAdjective(x, prevView)))
                .toList();
        Actor best =
            (byName.isEmpty() ? states : byName)
                .stream().max(Comparator.comparingInt(a -> freq.getOrDefault(a.id(), 0))).get();
        added.add(new Mention(best, at, en.end(1), "coref", 0.6));
      }
    }
  }

  /**
   * English "them" between a verb of giving and what is given (China has lent them billions, Moscow
   * granted them observer status, gave them loans): the two to five states the sentence before
   * opens with as one coordinated subject (Kyrgyzstan and Tajikistan are the poorest members…),
   * when this sentence names none of them before the word and its own actor stands before it. Not
   * at a clause's end or before a preposition (Belarus sold them to Iran: things, not states).
   */
  private static final Pattern THEM_GIVEN =
      Pattern.compile(
          "(?<![\\p{L}])(?:lent|loaned|gave|granted|offered|provided|promised|extended|sent|sold|supplied)"
              + "\\s+(them)\\s+(?!(?:to|for|from|in|on|at|by|with|into|back|out|away|over|and|or|but)\\b)[a-z0-9$]");

  private static final Pattern LIST_GAP_EN = Pattern.compile("\\s*(?:,|,?\\s*and)\\s*");

  static void themGiven(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    if (prev == null || prev.isEmpty() || prevView == null) {
      return;
    }
    Matcher m = THEM_GIVEN.matcher(v);
    while (m.find()) {
      int at = m.start(1);
      int end = m.end(1);
      if (taken(here, added, at, end) || here.stream().noneMatch(x -> x.end() <= m.start())) {
        continue;
      }
      Mention open = firstIn(prev, prevView);
      if (open == null
          || !isCountry(open)
          || open.method().equals("coref")
          || !OPENING.matcher(prevView.substring(0, open.begin())).matches()) {
        continue;
      }
      List<Mention> states =
          prev.stream()
              .filter(
                  x -> isCountry(x) && !x.method().equals("coref") && x.end() <= prevView.length())
              .sorted(Comparator.comparingInt(Mention::begin))
              .toList();
      List<List<Actor>> runs = Coreference.runs(states, prevView, LIST_GAP_EN, false);
      if (runs.isEmpty() || !runs.get(0).contains(open.actor())) {
        continue;
      }
      List<Actor> run = runs.get(0);
      if (run.size() < 2
          || run.size() > 5
          || here.stream().anyMatch(x -> x.end() <= at && run.contains(x.actor()))) {
        continue;
      }
      for (Actor a : run) {
        added.add(new Mention(a, at, end, "coref", 0.6));
      }
    }
  }

  /**
   * Whether a sentence opens with a place (a city, a region, a site) named by name as its subject,
   * not as a possessive (Almaty's mayor): an "it" after it stands for the place, not for the state
   * the sentence names later.
   */
  static boolean placeSubject(List<Mention> prev, String prevView) {
    Mention open = opening(prev, prevView);
    return open != null
        && open.actor().label().equals("Place")
        && open.method().equals("name")
        && !POSSESSIVE.matcher(prevView.substring(open.end())).lookingAt();
  }

  /**
   * The state that opens a sentence as its subject, when it is one of {@code states}: named by name
   * (Kazakhstan, Washington), not as an adjective (Russian troops) or a possessive (Kazakhstan's
   * president).
   */
  static Actor subjectState(List<Mention> prev, String prevView, List<Actor> states) {
    Mention open = opening(prev, prevView);
    if (open == null
        || !isCountry(open)
        || !states.contains(open.actor())
        || open.method().equals("coref")
        || stateAdjective(open, prevView)
        || POSSESSIVE.matcher(prevView.substring(open.end())).lookingAt()) {
      return null;
    }
    return open.actor();
  }

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
  static void itAfterPreposition(String v, List<Mention> here, List<Mention> added) {
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
   * An English "it" inside the sentence whose opening state it stands for: after a colon or a
   * semicolon and a fronted time (Kazakhstan went furthest: in 2006 it became the first …), or
   * after ", and" / ", but" (Kazakhstan signed the treaty in 1992, and it later joined …). Read
   * only when the sentence opens with that state and names no other one before the pronoun.
   */
  private static final Pattern IT_OWN_EN =
      Pattern.compile(
          "(?:[;:]\\s+(?:in|on|by|since|after|later)\\s[^,;:]{1,40}?\\s|[;:]\\s+|,\\s+(?:and|but)\\s+)(it)\\s+"
              + "(?:also\\s+|later\\s+|then\\s+|soon\\s+|eventually\\s+)?(?:became|joined|signed|hosted|left"
              + "|ratified|acceded|withdrew|keeps|kept|leases|leased|borders|deployed|stationed|maintains"
              + "|maintained|hosts)\\b");

  static void itOwnSentence(String v, List<Mention> here, List<Mention> added) {
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
   * the one "the country" would take ({@link Coreference#countryAntecedent}); a Central Asian
   * description takes one of the five. Not a description of its own (the landlocked country with
   * the longest border, the oil-rich state of the region), not a possessive, not a predicate (it is
   * the state the subject names), not a modifier outside the list (the largest country, the other
   * country).
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

  static void describedState(
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
      if (taken(here, added, at, end)
          || PREDICATE_BEFORE.matcher(v.substring(Math.max(0, at - 12), at)).find()) {
        continue;
      }
      List<Mention> before = new ArrayList<>(history);
      here.stream()
          .filter(x -> x.end() <= at)
          .sorted(Comparator.comparingInt(Mention::end))
          .forEach(before::add);
      String mods = m.group(1) == null ? "" : m.group(1);
      List<Mention> near = new ArrayList<>(before);
      if (prev != null) {
        near.addAll(prev);
      }
      List<Actor> region =
          mods.contains("central asian")
              ? centralAsia
              : mods.contains("soviet") ? Coreference.formerSoviet(near) : null;
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
   * What may open an English sentence before its subject: a fronted adverbial of time, place or
   * circumstance, up to its comma or straight into the subject (In October 1999 he…, At the forum
   * in June 2022 he…, After independence, he…).
   */
  private static final String FRONTED_EN =
      "(?:in|on|by|since|until|during|after|before|later|that|this|at|under|within|as|from|over"
          + "|throughout|despite|shortly\\s+after|soon\\s+after|abroad|the\\s+following|the\\s+next|a\\s+year"
          + "|two\\s+years|three\\s+years)(?:\\s[^,;:]{0,70}?)?(?:,\\s*|\\s)";

  /**
   * English "he" or "she" opening a clause (He later attended…, In 2022 he became…, At the forum in
   * June 2022 he told…, …, and she signed…).
   */
  static final Pattern HE_EN =
      Pattern.compile(
          "(?:^|[;:]\\s+|,\\s+(?:and|but|where|when)\\s+|^"
              + FRONTED_EN
              + ")(he|she)\\s+(?=[a-z])");

  /**
   * The text before the person that opens a sentence as its subject: nothing or a fronted phrase.
   */
  private static final Pattern SUBJECT_OPENING = Pattern.compile("^(?:" + FRONTED_EN + ")?$");

  /** A male or female object pronoun: another person than the subject is spoken of. */
  private static final Pattern OBJECT_PRONOUN =
      Pattern.compile("(?<![\\p{L}])(?:him|himself)(?![\\p{L}])");

  /**
   * The person "he" or "she" stands for, seen from the sentence before: the one person it names; of
   * several, the one it opens with as a pronoun itself (After independence he rose…, and Nazarbayev
   * appointed him…: the person the text has been following, not a newcomer named later); none, when
   * it names a person and speaks of "him" (Nazarbayev appointed him: the next "he" is the one
   * appointed, whom that sentence does not name); with no person in it, the one person the
   * paragraph names before. Two persons of which neither opens as a pronoun leave it unresolved
   * (Putin met Tokayev. He said…).
   */
  static Actor heAntecedent(List<Mention> prev, String prevView, List<Mention> paragraph) {
    Actor person = onePerson(prev);
    boolean him = prevView != null && OBJECT_PRONOUN.matcher(prevView).find();
    if (person != null && !him) {
      return person;
    }
    Mention first = firstIn(prev, prevView);
    if (first != null
        && first.actor().label().equals("Person")
        && first.method().equals("coref")
        && SUBJECT_OPENING.matcher(prevView.substring(0, first.begin())).matches()) {
      return first.actor();
    }
    if (person == null && prev.stream().noneMatch(x -> x.actor().label().equals("Person"))) {
      return onePerson(paragraph);
    }
    return null;
  }

  /**
   * English "he" or "she" opening a clause (He later attended…, In 2022 he became…, …, and she
   * signed…): the person {@link #heAntecedent} finds, when this sentence names no person before the
   * pronoun.
   */
  static void heEn(
      String v,
      List<Mention> here,
      List<Mention> prev,
      String prevView,
      List<Mention> paragraph,
      List<Mention> added) {
    if (prev == null || prev.isEmpty() && paragraph.isEmpty()) {
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
      Actor person = heAntecedent(prev, prevView, paragraph);
      if (person != null) {
        added.add(new Mention(person, at, m.end(1), "coref", 0.6));
      }
    }
  }

  /**
   * English "the president", "the leader" opening a clause (The president signed…, In 2022 the
   * leader visited…, …, and the president added…): the person "he" would be ({@link
   * #heAntecedent}), when that person is a state's (gazetteer partOf) and the paper names them
   * after a head's title before (President Tokayev…). Not before of (the president of Russia names
   * its own), nor when this sentence names a person before the words.
   */
  private static final Pattern THE_PRESIDENT_EN =
      Pattern.compile(
          "(?:^|[;:]\\s+|,\\s+(?:and|but)\\s+|^"
              + FRONTED_EN
              + ")(the\\s+(?:president|leader|head\\s+of\\s+state))(?![\\p{L}-])(?!\\s+of\\b)");

  static void thePresident(
      String v,
      List<Mention> here,
      List<Mention> prev,
      String prevView,
      List<Mention> paragraph,
      Context cx,
      List<Mention> added) {
    if (prev == null || prev.isEmpty() && paragraph.isEmpty()) {
      return;
    }
    Matcher m = THE_PRESIDENT_EN.matcher(v);
    while (m.find()) {
      int at = m.start(1);
      int end = m.end(1);
      if (taken(here, added, at, end) || personBefore(here, at)) {
        continue;
      }
      Actor person = heAntecedent(prev, prevView, paragraph);
      if (person != null && person.partOf() != null && Coreference.titledBefore(person, cx)) {
        added.add(new Mention(person, at, end, "coref", 0.6));
      }
    }
  }

  /**
   * Whether the English words at {@code [at, end)} stand in a quoted title (an essay titled "The
   * Alliance Nobody Needs", the "Treaty on the Bloc's Future" draft): inside quotation marks opened
   * before them and not yet closed, with their last word capitalised as a title writes it. Quoted
   * speech (he said: "the alliance will respond") keeps its noun in lower case and still refers.
   */
  static boolean inQuotedTitle(String raw, String v, int at, int end) {
    if (raw == null || raw.length() != v.length() || end > raw.length() || at >= end) {
      return false;
    }
    int word = raw.lastIndexOf(' ', end - 1) + 1;
    if (word < at || !Character.isUpperCase(raw.charAt(word))) {
      return false;
    }
    int straight = 0;
    int open = -1;
    int close = -1;
    for (int i = 0; i < at; i++) {
      char c = raw.charAt(i);
      if (c == '"') {
        straight++;
      } else if (c == '“' || c == '«') {
        open = i;
      } else if (c == '”' || c == '»') {
        close = i;
      }
    }
    return straight % 2 == 1 || open > close;
  }

  /** A state's modifier of a bloc: Russian-led, Moscow-backed, China-dominated. */
  private static final Pattern LED_BY =
      Pattern.compile("^-(?:led|backed|dominated|sponsored|centred|centered)(?![\\p{L}])");

  /** The same between a state and the organisation it modifies (the Russian-led CSTO). */
  private static final Pattern LED_BY_GAP =
      Pattern.compile("^-(?:led|backed|dominated|sponsored|centred|centered)\\s+$");

  /**
   * The antecedents an English description with a state's modifier (the Russian-led bloc, the
   * China-backed organisation) may take: when this sentence or the one before named an organisation
   * with a modifier of the same state (the Moscow-led CSTO), those only; otherwise without the
   * organisations named there with another state's modifier (the China-backed SCO is not the
   * Russian-led bloc). Unchanged when the description has no state's modifier.
   */
  static List<Mention> agreeingModifier(
      String v,
      int at,
      int end,
      List<Mention> here,
      List<Mention> prev,
      String prevView,
      List<Mention> before) {
    Actor state = null;
    for (Mention x : here) {
      if (isCountry(x)
          && x.begin() >= at
          && x.end() <= end
          && LED_BY.matcher(v.substring(x.end(), end)).lookingAt()) {
        state = x.actor();
      }
    }
    if (state == null) {
      return before;
    }
    Map<String, String> ledBy = new HashMap<>();
    if (prev != null && prevView != null) {
      ledBy(prev, prevView, ledBy);
    }
    ledBy(here.stream().filter(x -> x.end() <= at).toList(), v, ledBy);
    String id = state.id();
    boolean agreeing = ledBy.containsValue(id);
    List<Mention> out = new ArrayList<>();
    for (Mention x : before) {
      String lead = ledBy.get(x.actor().id());
      if (x.actor().label().equals("Organization")
          && (agreeing ? !id.equals(lead) : lead != null && !lead.equals(id))) {
        continue;
      }
      out.add(x);
    }
    return out;
  }

  /** The organisations a sentence names right after a state's modifier, with that state. */
  private static void ledBy(List<Mention> ms, String view, Map<String, String> out) {
    List<Mention> sorted = new ArrayList<>(ms);
    sorted.sort(Comparator.comparingInt(Mention::begin));
    for (Mention s : sorted) {
      if (!isCountry(s) || s.end() > view.length()) {
        continue;
      }
      for (Mention o : sorted) {
        if (o.actor().label().equals("Organization")
            && !o.method().equals("coref")
            && o.begin() >= s.end()
            && o.end() <= view.length()
            && LED_BY_GAP.matcher(view.substring(s.end(), o.begin())).matches()) {
          out.put(o.actor().id(), s.actor().id());
        }
      }
    }
  }

  /**
   * English "his country" / "her country" (Tokayev said his country would stay in the CSTO; a
   * former Mongolian minister explained why his country…): the own state (gazetteer partOf) of the
   * one person this sentence names before it, or, naming none, the one state it names before it (a
   * demonym included). Two persons before (Putin told Tokayev that his country…), or no person and
   * two states, leave it unresolved.
   */
  private static final Pattern HIS_COUNTRY =
      Pattern.compile(
          "(?<![\\p{L}])(?:his|her)\\s+(?:own\\s+)?(?:country|nation|homeland)(?![\\p{L}-])");

  static void hisCountry(
      String v, List<Mention> here, Function<String, Actor> actors, List<Mention> added) {
    Matcher m = HIS_COUNTRY.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      if (taken(here, added, at, end)) {
        continue;
      }
      List<Mention> before = new ArrayList<>(here);
      before.addAll(added);
      before.removeIf(x -> x.end() > at);
      List<Actor> persons =
          before.stream()
              .map(Mention::actor)
              .filter(a -> a.label().equals("Person"))
              .distinct()
              .toList();
      Actor state = null;
      if (persons.size() == 1) {
        state = persons.get(0).country(actors);
      } else if (persons.isEmpty()) {
        List<Actor> states =
            before.stream()
                .filter(x -> isCountry(x) && !x.method().equals("coref"))
                .map(Mention::actor)
                .distinct()
                .toList();
        state = states.size() == 1 ? states.get(0) : null;
      }
      if (state != null) {
        added.add(new Mention(state, at, end, "coref", 0.6));
      }
    }
  }

  /**
   * A person who leads "the country" (Nazarbayev, who led the country until 2019; Rahmon has ruled
   * the country since 1992): a verb of leading right after the person's name.
   */
  private static final Pattern LEADS_BEFORE =
      Pattern.compile(
          "^(?:\\s*,\\s*who)?\\s+(?:has\\s+|had\\s+|have\\s+)?(?:[a-z]+ly\\s+)?"
              + "(?:led|ruled|governed|headed|run|ran|presided\\s+over)\\s+$");

  /**
   * The state of an English "the country" that a person named right before it leads (Nazarbayev,
   * who led the country…): the person's own state (gazetteer partOf), not the state named last;
   * null when no person leads it there or the person's state is unknown.
   */
  static Actor ledCountry(String v, List<Mention> here, int at, Function<String, Actor> actors) {
    Mention last =
        here.stream()
            .filter(x -> x.end() <= at)
            .max(Comparator.comparingInt(Mention::end))
            .orElse(null);
    if (last == null
        || !last.actor().label().equals("Person")
        || !LEADS_BEFORE.matcher(v.substring(last.end(), at)).matches()) {
      return null;
    }
    return last.actor().country(actors);
  }

  /**
   * An organisation's founding document named by what it is (the founding treaty, its founding
   * charter, the bloc's constituent agreement): the one agreement of the gazetteer whose name holds
   * the organisation's name and the noun (Treaty on the Eurasian Economic Union, Charter of the
   * Shanghai Cooperation Organization; not the Charter of the Collective Security Treaty
   * Organization for the founding treaty: the noun must stand outside the organisation's name). The
   * organisation is the one named last in this sentence before the words, else in the paragraph.
   * Nothing when no organisation is named, or when no agreement, or more than one, names it with
   * that noun. Linked as an empty mention right after the noun, so that the signing rules read 「the
   * founding treaty 「agreement」 was signed by…」.
   */
  private static final Pattern FOUNDING_DOC_EN =
      Pattern.compile(
          "(?<![\\p{L}])(the|its|their|[a-z]+['’]s)\\s+((?:own\\s+)?(?:founding|constituent|establishing)\\s+"
              + "(treaty|charter|agreement|declaration|accord))(?![\\p{L}])(?!\\s+(?:of|on|between|with)\\b)");

  static void foundingDocument(
      String v, List<Mention> here, List<Mention> history, List<Mention> added) {
    Matcher m = FOUNDING_DOC_EN.matcher(v);
    while (m.find()) {
      int at = m.start(2);
      int end = m.end(2);
      if (taken(here, added, at, end)) {
        continue;
      }
      List<Mention> before = new ArrayList<>(history);
      List<Mention> own = new ArrayList<>(here);
      own.addAll(added);
      own.stream()
          .filter(x -> x.end() <= at)
          .sorted(Comparator.comparingInt(Mention::end))
          .forEach(before::add);
      List<Actor> org = lastDistinct(before, "Organization", 1);
      if (org.isEmpty()) {
        continue;
      }
      String noun = m.group(3);
      List<String> orgNames =
          org.get(0).names().stream()
              .map(Linker::key)
              .filter(n -> n.length() >= 8 && n.contains(" "))
              .toList();
      List<Actor> docs =
          Gazetteer.load().actors().values().stream()
              .filter(
                  a ->
                      a.label().equals("Agreement")
                          && a.names().stream()
                              .map(Linker::key)
                              .anyMatch(
                                  n ->
                                      orgNames.stream()
                                          .anyMatch(
                                              o ->
                                                  n.contains(o)
                                                      && java.util.Arrays.asList(
                                                              n.replace(o, " ").split("[^a-z]+"))
                                                          .contains(noun))))
              .toList();
      if (docs.size() == 1) {
        // after a possessive, an empty mention right after the noun: the words stay for the rules
        // that read an organisation's founding treaty as written (founding_document_signed_by)
        boolean possessive = !m.group(1).equals("the");
        added.add(new Mention(docs.get(0), possessive ? end : at, end, "coref", 0.6));
      }
    }
  }

  /**
   * English "whose countries" right after coordinated persons (Xi Jinping and Vladimir Putin, whose
   * countries founded the grouping): the own states (gazetteer partOf) of the persons coordinated
   * before the comma. Nothing when a person's state is unknown, or for one person and "whose
   * country" (measured: on held-out text it read as many false hits as true ones).
   */
  private static final Pattern WHOSE_COUNTRY =
      Pattern.compile(",\\s*whose\\s+(?:own\\s+)?(countries|nations|governments)(?![\\p{L}-])");

  /**
   * Between two coordinated persons: and, a comma, and titles or demonyms (and Russian President).
   */
  private static final Pattern PERSONS_GAP =
      Pattern.compile("^(?:\\s*,\\s*|\\s+and\\s+)(?:[a-z-]+\\s+){0,3}$");

  static void whoseCountry(
      String v, List<Mention> here, Function<String, Actor> actors, List<Mention> added) {
    Matcher m = WHOSE_COUNTRY.matcher(v);
    while (m.find()) {
      int at = m.start();
      int from = v.indexOf("whose", at);
      int end = m.end();
      if (taken(here, added, from, end)) {
        continue;
      }
      List<Mention> persons =
          here.stream()
              .filter(x -> x.actor().label().equals("Person") && x.end() <= at)
              .sorted(Comparator.comparingInt(Mention::begin))
              .toList();
      if (persons.isEmpty() || !v.substring(persons.get(persons.size() - 1).end(), at).isBlank()) {
        continue; // the persons must close the phrase the clause hangs from
      }
      List<Actor> list = new ArrayList<>();
      int k = persons.size() - 1;
      list.add(persons.get(k).actor());
      while (k > 0
          && persons.get(k - 1).end() <= persons.get(k).begin()
          && PERSONS_GAP
              .matcher(v.substring(persons.get(k - 1).end(), persons.get(k).begin()))
              .matches()) {
        k--;
        list.add(0, persons.get(k).actor());
      }
      if (list.size() < 2) {
        continue;
      }
      List<Actor> states = new ArrayList<>();
      for (Actor p : list) {
        Actor home = p.country(actors);
        if (home == null) {
          states.clear();
          break;
        }
        if (!states.contains(home)) {
          states.add(home);
        }
      }
      for (Actor st : states) {
        added.add(new Mention(st, from, end, "coref", 0.6));
      }
    }
  }

  /**
   * English "the other Central Asian states" (Ashgabat joined the other Central Asian republics in
   * signing…; Uzbekistan and its fellow Central Asian states): the five without those this sentence
   * names before it, when it names one or more of them. Nothing when it names none of the five (the
   * other Central Asian states of which sentence?).
   */
  private static final Pattern OTHER_CENTRAL_ASIAN =
      Pattern.compile(
          "(?<![\\p{L}])(?:the|its|their)\\s+(?:other|fellow)\\s+central\\s+asian\\s+"
              + "(?:states|republics|countries|nations|neighbou?rs)(?![\\p{L}])"
              + "(?!\\s+(?:of|that|which|who|except|but)\\b)");

  static void otherCentralAsian(
      String v, List<Mention> here, List<Actor> centralAsia, List<Mention> added) {
    Matcher m = OTHER_CENTRAL_ASIAN.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      if (centralAsia.size() != 5 || taken(here, added, at, end)) {
        continue;
      }
      Set<String> named = new java.util.HashSet<>();
      here.stream()
          .filter(x -> x.end() <= at && isCountry(x) && !x.method().equals("coref"))
          .forEach(x -> named.add(x.actor().id()));
      List<Actor> rest = centralAsia.stream().filter(a -> !named.contains(a.id())).toList();
      if (rest.size() == 5 || rest.isEmpty()) {
        continue;
      }
      for (Actor a : rest) {
        added.add(new Mention(a, at, end, "coref", 0.65));
      }
    }
  }

  /**
   * An English apposition opened by "its" right after a state and naming what that state is to
   * another (Kazakhstan depends on Russia, its largest neighbour; Tajikistan relies on Russia, its
   * main ally; keep Kazakhstan close to Russia, its partner in the Eurasian Economic Union): "its"
   * is the one other state the sentence names before, by name, so that the apposition's noun reads
   * the pair (a neighbour, an ally, a partner, a creditor). Nothing when the sentence names two
   * states or more before the apposition, an organisation or a person there (the CSTO sent troops
   * to Kazakhstan, its member; Tokayev flew to Moscow, its …: whose?), or when the noun is not one
   * of a relation between states (Russia, its largest market).
   */
  private static final Pattern ITS_APPOSITION =
      Pattern.compile(
          "^\\s*,\\s+(its)\\s+(?:[a-z-]+\\s+){0,3}?(?:neighbou?rs?|ally|allies|partners?|creditors?"
              + "|lenders?|donors?)(?![\\p{L}-])");

  static void itsApposition(String v, List<Mention> here, List<Mention> added) {
    for (Mention y : List.copyOf(here)) {
      if (!isCountry(y) || y.end() > v.length() || stateAdjective(y, v)) {
        continue;
      }
      Matcher m = ITS_APPOSITION.matcher(v.substring(y.end()));
      if (!m.find()) {
        continue;
      }
      int at = y.end() + m.start(1);
      int end = y.end() + m.end(1);
      if (taken(here, added, at, end)) {
        continue;
      }
      List<Mention> before = here.stream().filter(x -> x.end() <= y.begin()).toList();
      Set<String> states = new HashSet<>();
      boolean other = false;
      for (Mention x : before) {
        if (!isCountry(x)) {
          other |= x.actor().label().equals("Organization") || x.actor().label().equals("Person");
        } else if (!stateAdjective(x, v)) {
          states.add(x.actor().id());
        }
      }
      if (other || states.size() != 1 || states.contains(y.actor().id())) {
        continue;
      }
      before.stream()
          .filter(x -> states.contains(x.actor().id()))
          .findFirst()
          .ifPresent(x -> added.add(new Mention(x.actor(), at, end, "coref", 0.6)));
    }
  }

  private static final Pattern CAPITAL_AFTER = Pattern.compile("^\\s+(capital)(?![\\p{L}-])");

  private static final Pattern THE_BEFORE = Pattern.compile("(?<![\\p{L}])the\\s+$");

  /**
   * English "the Kazakh capital", "the Azerbaijani capital": a state's demonym right after "the"
   * and before "capital" names the state's capital (the place metonyms.tsv has stand for it),
   * linked on the word capital. Not when the capital's name follows in apposition (the Kazakh
   * capital, Almaty, …: the name speaks for itself, and a former capital may be meant), nor after
   * former or old.
   */
  static void demonymCapital(
      String v, List<Mention> here, Map<String, Actor> capitals, List<Mention> added) {
    for (Mention x : List.copyOf(here)) {
      if (!isCountry(x)
          || !x.method().equals("name")
          || x.end() > v.length()
          || !stateAdjective(x, v)
          || !THE_BEFORE.matcher(v.substring(Math.max(0, x.begin() - 8), x.begin())).find()) {
        continue;
      }
      Matcher m = CAPITAL_AFTER.matcher(v.substring(x.end()));
      Actor capital = capitals.get(x.actor().id());
      if (!m.find() || capital == null) {
        continue;
      }
      int at = x.end() + m.start(1);
      int end = x.end() + m.end(1);
      if (taken(here, added, at, end)
          || here.stream()
              .anyMatch(
                  y -> y.begin() >= end && y.begin() - end <= 3 && !y.method().equals("coref"))) {
        continue; // the Kazakh capital, Almaty: the name that follows
      }
      added.add(new Mention(capital, at, end, "coref", 0.65));
    }
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

  static void latterFormer(String v, List<Mention> here, List<Mention> prev, List<Mention> added) {
    Matcher m = LATTER_EN.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      if (taken(here, added, at, end)) {
        continue;
      }
      List<Actor> two = twoOfAType(namedBefore(here, at));
      if (two.isEmpty() && prev != null) {
        two = twoOfAType(namedBefore(prev, Integer.MAX_VALUE));
      }
      if (two.size() == 2) {
        Actor a = m.group(1).equals("latter") ? two.get(1) : two.get(0);
        added.add(new Mention(a, at, end, "coref", 0.6));
      }
    }
  }

  /**
   * "both" standing alone as the subject of a clause, English (…, and both joined the EAEU in 2015;
   * Both have since signed…) or Russian (…, и оба вступили в ЕАЭС): the two actors of one type this
   * sentence names before it, else the sentence before, when it names exactly two of that type. Not
   * before a noun or "of" (both countries, both of them: the pair words), nor inside a name's span;
   * only before a verb of membership, signing or standing. Not when things stand between the pair
   * and the word ({@link #BOTH_THINGS}: each proposed a railway project, and both…; построили по
   * новой дороге, и обе…); a feminine обе only after a feminine word for the states (страны,
   * республики), since the states' names are mostly masculine and обе then means the things.
   */
  private static final Pattern BOTH_ALONE =
      Pattern.compile(
          "(?:^|(?<=[,;]\\s(?:and|but|so|и|а|но)\\s)|(?<=;\\s)|(?<=,\\s))(both|обе|оба)\\s+"
              + "(?:(?:also|later|then|eventually|subsequently|now|still|already|soon|have|had|were|are"
              + "|также|затем|позже|впоследствии|уже|тоже|потом)\\s+)*"
              + "(?=(?:joined|signed|ratified|became|belong|border|remain|host|lease|hold|are|were|have|had"
              + "|agreed|applied|acceded|withdrew|left|supported|recognized|recognised"
              + "|вступили|подписали|ратифицировали|стали|являются|являлись|граничат|входят|входили"
              + "|остаются|остались|присоединились|поддержали|согласились|вышли|участвуют)(?![\\p{L}]))");

  /**
   * Things between the pair and a bare "both" ({@link #bothAlone}): a distributive or count word
   * (each, по, каждая, два, две, two) or an English plural noun closing its phrase (…projects, and
   * both).
   */
  private static final Pattern BOTH_THINGS =
      Pattern.compile(
          "\\b(?:[Ee]ach|[Tt]wo|[Tt]hree)\\b|(?<![\\p{L}])(?:по|каждая|каждый|каждое|два|две|три)(?![\\p{L}])"
              + "|\\b(?!(?:this|thus|always|perhaps|whereas|unless|across|news)\\b)[a-z]{3,}(?<!ou|s|i|u)s\\b"
              + "(?!\\s+[a-z])");

  /**
   * An English verb of joining or leaving with no object (Armenia and Kyrgyzstan joined later that
   * year; Uzbekistan joined in 2006 and left again in 2012; after Belarus joined in 2024), and a
   * Russian pronoun after one (Узбекистан вступил в неё, вышел из него, присоединилась к нему): the
   * organisation named last, in the clause before or the sentence before, when it is the last actor
   * named there that is no state, person or place (as {@code ChineseReferences.zeroJoin} reads
   * 亞美尼亞隨後也加入). The English verb must end its clause or stand before a time or an adverb only
   * (joined in 2015, left again), not before another word (joined in condemning, left for Moscow),
   * and a state must stand before it in its sentence with no other actor between; the left-out
   * object is linked as an empty mention right after the verb.
   */
  private static final Pattern ZERO_JOIN_EN =
      Pattern.compile(
          "(?<![\\p{L}])(joined|rejoined|left|quit)(?=\\s*(?:[,.;]|$)|\\s+(?:again|later|too|also|as\\s+well"
              + "|afterwards|soon\\s+after|shortly\\s+after(?:wards)?|a\\s+year\\s+later|the\\s+following\\s+year"
              + "|the\\s+same\\s+year|that\\s+year|in\\s+(?:\\d{4}|january|february|march|april|may|june|july"
              + "|august|september|october|november|december)(?![\\p{L}\\d]))(?![\\p{L}]))");

  private static final Pattern PRONOUN_JOIN_RU =
      Pattern.compile(
          "(?<![\\p{L}])(?:вступил[аио]?|вступили|вошл[аио]|вошли|вош[её]л|вернул(?:ся|ась|ось|ись)"
              + "|вышел|вышла|вышло|вышли|выходил[аио]?|присоединил(?:ся|ась|ось|ись))"
              + "(?:\\s+[а-яё0-9]+){0,3}?\\s+(?:в|во|из|к)\\s+(неё|нее|него|ней|нему)(?![\\p{L}])");

  /**
   * What may stand between the state and the verb: times, adverbs, conjunctions and an earlier verb
   * of the same kind (Uzbekistan joined in 2006 and left again; Узбекистан в 2006 году вступил в
   * неё).
   */
  private static final Pattern ZERO_JOIN_GAP =
      Pattern.compile(
          "(?:\\s|,|\\d{4}|(?<![\\p{L}])(?:and|but|also|too|then|later|eventually|subsequently|finally|soon"
              + "|only|officially|formally|itself|both|all|in|joined|rejoined|again|а|и|но|в|во|году|г\\.|затем"
              + "|потом|позднее|позже|также|тоже|вновь|снова|уже|официально|вступил[аио]?|вступили)(?![\\p{L}]))*");

  private static final Pattern COORDINATOR = Pattern.compile("\\s*(?:,|,?\\s*(?:and|и))?\\s*");

  /**
   * A relative word anywhere in the subject's clause before it: the CSTO, which Uzbekistan left;
   * NATO, whose exercises Kazakhstan joined (the verb's object is the relative's noun or the noun
   * after whose, never the organisation named before).
   */
  private static final Pattern RELATIVE_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])(?:which|that|whom|whose|where|котор[а-яё]+|куда|откуда|где|чей|чья|чь[её]|чьи)"
              + "(?![\\p{L}])");

  static void zeroJoin(
      String v, List<Mention> here, List<Mention> prev, List<Mention> added, List<Mention> zeros) {
    for (Pattern p : List.of(ZERO_JOIN_EN, PRONOUN_JOIN_RU)) {
      Matcher m = p.matcher(v);
      while (m.find()) {
        boolean zero = p == ZERO_JOIN_EN;
        int start = m.start();
        int at = zero ? m.end(1) : m.start(1);
        int end = zero ? at : m.end(1);
        if (overlapsName(here, m.start(), m.end())
            || zero && here.stream().anyMatch(x -> x.begin() >= at && x.begin() <= at + 1)) {
          continue;
        }
        Mention state =
            here.stream()
                .filter(x -> x.end() <= start)
                .max(Comparator.comparingInt(Mention::end))
                .orElse(null);
        if (state == null
            || !isCountry(state)
            || !ZERO_JOIN_GAP.matcher(v.substring(Math.min(state.end(), start), start)).matches()) {
          continue; // no state right before the verb: another actor's act, or a noun's (its leader)
        }
        int clause =
            Math.max(
                Math.max(v.lastIndexOf(',', start), v.lastIndexOf(';', start)),
                v.lastIndexOf(':', start));
        // the subject's coordinated states (Armenia and Kyrgyzstan joined) are no antecedent
        List<Mention> ordered =
            here.stream()
                .filter(x -> x.end() <= state.begin())
                .sorted(Comparator.comparingInt(Mention::end))
                .toList();
        int subjectStart = state.begin();
        for (int k = ordered.size() - 1; k >= 0; k--) {
          Mention x = ordered.get(k);
          if (!isCountry(x)
              || !COORDINATOR
                  .matcher(v.substring(Math.min(x.end(), subjectStart), subjectStart))
                  .matches()) {
            break;
          }
          subjectStart = x.begin();
        }
        int from = Math.max(clause + 1, subjectStart);
        if (RELATIVE_BEFORE
            .matcher(v.substring(Math.min(clause + 1, subjectStart), subjectStart))
            .find()) {
          continue; // the CSTO, which Uzbekistan left in 2012: the relative's noun is the object
        }
        List<Mention> before = new ArrayList<>(prev == null ? List.of() : prev);
        here.stream()
            .filter(x -> x.end() <= from)
            .sorted(Comparator.comparingInt(Mention::end))
            .forEach(before::add);
        for (int k = before.size() - 1; k >= 0; k--) {
          Mention b = before.get(k);
          String label = b.actor().label();
          if (label.equals("Person") || label.equals("Place")) {
            continue;
          }
          if (label.equals("Country") && b.actor().id().equals(state.actor().id())) {
            continue; // its own subject, named before the clause
          }
          if (label.equals("Organization")) {
            (zero ? zeros : added).add(new Mention(b.actor(), at, end, "coref", 0.6));
          }
          break; // a state or a treaty, programme or base named last: not a body joined
        }
      }
    }
  }

  /** A feminine word for the states, before a feminine обе ({@link #bothAlone}). */
  private static final Pattern STATES_FEMININE =
      Pattern.compile("(?<![\\p{L}])(?:стран|республик|держав)[ыа]?(?![\\p{L}])");

  static void bothAlone(
      String v, List<Mention> here, List<Mention> prev, String prevView, List<Mention> added) {
    Matcher m = BOTH_ALONE.matcher(v);
    while (m.find()) {
      int at = m.start(1);
      int end = m.end(1);
      if (taken(here, added, at, end)) {
        continue;
      }
      List<Mention> own = namedBefore(here, at);
      List<Actor> two = at > 0 ? openingPair(v, added, at) : List.of();
      String between = "";
      if (!two.isEmpty()) {
        between = "";
      } else if (!(two = twoOfAType(own)).isEmpty()) {
        between = v.substring(own.get(own.size() - 1).end(), at);
      } else if (prev != null && own.isEmpty()) {
        List<Mention> before = namedBefore(prev, Integer.MAX_VALUE);
        two = twoOfAType(before);
        int last = before.isEmpty() ? 0 : before.get(before.size() - 1).end();
        between =
            (prevView != null && last <= prevView.length() ? prevView.substring(last) : "")
                + " "
                + v.substring(0, at);
      }
      if (two.isEmpty() || BOTH_THINGS.matcher(between).find()) {
        continue;
      }
      if (m.group(1).equals("обе")) {
        String window = v.substring(0, at) + (own.isEmpty() && prevView != null ? prevView : "");
        if (!STATES_FEMININE.matcher(window).find()) {
          continue;
        }
      }
      for (Actor a : two) {
        added.add(new Mention(a, at, end, "coref", 0.6));
      }
    }
  }

  /**
   * The two states a pair word that opens the sentence as its subject was resolved to (The two
   * countries have since sought ties with the EU and NATO, and both signed…; Both republics host
   * Russian bases, and both are members of the CSTO): a later bare "both" of the sentence is that
   * subject again, not the two bodies or the one state named on the way. Empty when the sentence
   * opens with no such pair (after a date or a place only).
   */
  static List<Actor> openingPair(String v, List<Mention> added, int at) {
    int begin =
        added.stream()
            .filter(x -> x.method().equals("coref") && x.end() <= at && isCountry(x))
            .mapToInt(Mention::begin)
            .min()
            .orElse(-1);
    if (begin < 0 || !OPENING.matcher(v.substring(0, begin)).matches()) {
      return List.of();
    }
    int end =
        added.stream().filter(x -> x.begin() == begin).mapToInt(Mention::end).max().orElse(begin);
    List<Actor> pair =
        added.stream()
            .filter(x -> x.begin() == begin && x.end() == end && isCountry(x))
            .map(Mention::actor)
            .distinct()
            .toList();
    return pair.size() == 2
            && added.stream().noneMatch(x -> x.begin() == begin && x.end() == end && !isCountry(x))
        ? pair
        : List.of();
  }

  /**
   * The mentions of {@code ms} a name made (not a reference) that end by {@code at}, in the order
   * of the text: what a reference word at {@code at} may stand for.
   */
  static List<Mention> namedBefore(List<Mention> ms, int at) {
    return ms.stream()
        .filter(x -> x.end() <= at && !x.method().equals("coref"))
        .sorted(Comparator.comparingInt(Mention::begin))
        .toList();
  }

  /** The two actors of the one type {@code ms} names exactly two of, in the order of the text. */
  static List<Actor> twoOfAType(List<Mention> ms) {
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

  static void itsHead(
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
    Mention first = firstIn(prev, prevView);
    if (first == null
        || !labels.contains(first.actor().label())
        || !OPENING.matcher(prevView.substring(0, first.begin())).matches()
        || here.stream().anyMatch(x -> x.actor().id().equals(first.actor().id()))) {
      return;
    }
    added.add(new Mention(first.actor(), 0, 3, "coref", 0.6));
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

  static void signatureAdded(
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

  /**
   * An English status with no organisation after it (Turkmenistan downgraded its status to that of
   * an associate member in 2005; Moldova obtained observer status in 2018; Mongolia, an observer
   * since 2004; Iran was admitted as an observer): the organisation the paragraph is about (named
   * last and most often, at least twice), else the one organisation the last heading names (an
   * encyclopaedia entry's title: its later paragraphs list observers without naming it), linked as
   * an empty mention right after the noun, so that the status rules read 「an associate member
   * 「organisation」」, 「observer status 「organisation」」. Not before of, to, at, in and a name (an
   * observer in the SCO names its own), nor a bare observer that is no status (an observer said,
   * election observers: no article and no since, as or status).
   */
  private static final Pattern STATUS_MEMBER_EN =
      Pattern.compile(
          "(?<![\\p{L}])(?:an?\\s+(?:associate|observer)\\s+member|(?:observer|associate)\\s+status"
              + "|(?:a|as)\\s+(?:full|full-fledged|fully-fledged)\\s+members?"
              + "|(?:as\\s+)?an\\s+observer(?=\\s+(?:since|from|in|as\\s+well)\\s*(?:\\d|well|,|\\.))"
              + "|as\\s+an\\s+observer(?=\\s*[,.;]))(?![\\p{L}])"
              + "(?!\\s+(?:of|to|at|states?|countr[a-z]*|nations?)\\b)(?!\\s+in\\s+(?!\\d))");

  /**
   * The same in Russian ({@link #STATUS_MEMBER_EN}): a status or a full membership with no
   * organisation after it (Беларусь с 2015 года имела статус наблюдателя; в 2024 году стала
   * полноправным членом; получил статус партнёра по диалогу), the organisation the paragraph is
   * about, linked right after the word as a genitive (статус наблюдателя ШОС, полноправным членом
   * ЕАЭС). Not before при, в, во, к or a name: those name their own body.
   */
  private static final Pattern STATUS_MEMBER_RU =
      Pattern.compile(
          "(?<![\\p{L}])(?:статус(?:ом|а|е)?\\s+(?:государства-|страны-)?(?:наблюдател(?:я|ей)"
              + "|партн[её]ра\\s+по\\s+диалогу|ассоциированного\\s+члена)"
              + "|(?:полноправн|полноценн)(?:ым|ыми|ого|ых|ый|ые)\\s+член(?:ом|ами|а|ов)?)(?![\\p{L}])"
              + "(?!\\s+(?:при|во|к|организации|союза|блока)(?![\\p{L}]))(?!\\s+в\\s+(?!\\d))");

  static void statusMember(
      String v,
      List<Mention> here,
      List<Mention> history,
      Actor heading,
      Actor opening,
      List<Mention> added) {
    List<Integer> ends = new ArrayList<>();
    for (Pattern p : List.of(STATUS_MEMBER_EN, STATUS_MEMBER_RU)) {
      Matcher q = p.matcher(v);
      while (q.find()) {
        ends.add(q.end()); // each status of the sentence (имела статус наблюдателя, а … стала
        // полноправным членом)
      }
    }
    if (ends.isEmpty()
        || here.stream().anyMatch(x -> x.actor().label().equals("Organization"))
        || added.stream().anyMatch(x -> x.actor().label().equals("Organization"))) {
      return; // the sentence names its organisation
    }
    Map<String, Integer> freq = new HashMap<>();
    history.stream()
        .filter(x -> x.actor().label().equals("Organization"))
        .forEach(x -> freq.merge(x.actor().id(), 1, Integer::sum));
    List<Actor> last = lastDistinct(history, "Organization", 1);
    Actor org = heading;
    if (!last.isEmpty()) {
      int n = freq.get(last.get(0).id());
      if (n >= 2 && freq.values().stream().allMatch(k -> k <= n)) {
        org = last.get(0); // the organisation the paragraph is about: named last and most often
      }
    }
    if (org == null
        && opening != null
        && freq.getOrDefault(opening.id(), 0) > 0
        && freq.values().stream().allMatch(k -> k <= freq.get(opening.id()))) {
      // The Organization of Turkic States was founded in 2009 by… Uzbekistan became a full member
      // in 2019: the organisation the paragraph opens with as its subject, named as often as any
      org = opening;
    }
    if (org != null && !org.equals(heading) && lastOrganisationsDiffer(history)) {
      org = null; // the ОДКБ and the ЕАЭС met…: two bodies named last, the status is neither's for
      // sure
    }
    if (org != null) {
      for (int end : ends) {
        added.add(new Mention(org, end, end, "coref", 0.6));
      }
    }
  }

  /**
   * The organisation a paragraph's first sentence opens with as its subject, by name (The
   * Organization of Turkic States was founded…; In 2001 the SCO…), or null; null too when that
   * sentence names another organisation (The CIS and the SCO met…: either may be meant).
   */
  static Actor openingOrganisation(List<Mention> first, String view) {
    Mention open =
        first.stream()
            .filter(x -> x.end() <= view.length())
            .min(Comparator.comparingInt(Mention::begin))
            .orElse(null);
    return open != null
            && open.actor().label().equals("Organization")
            && first.stream()
                .noneMatch(
                    x ->
                        x.actor().label().equals("Organization") && !x.actor().equals(open.actor()))
            && !open.method().equals("coref")
            && OPENING.matcher(view.substring(0, open.begin())).matches()
        ? open.actor()
        : null;
  }

  /** Whether the last two organisation mentions of {@code history} are of two bodies. */
  private static boolean lastOrganisationsDiffer(List<Mention> history) {
    Actor later = null;
    for (int i = history.size() - 1; i >= 0; i--) {
      Actor a = history.get(i).actor();
      if (!a.label().equals("Organization")) {
        continue;
      }
      if (later == null) {
        later = a;
      } else {
        return !a.equals(later);
      }
    }
    return false;
  }

  /**
   * An English definite exercise (took part in the exercise, the drills ended on Friday, these
   * manoeuvres): the exercise the document named last (an initiative whose name says exercise,
   * drill or manoeuvre: Peace Mission 2021, a counter-terrorism exercise…, referred back to later).
   * Not before a name of its own (the exercise Frontier Shield), nor after a word that makes it
   * another one (the next exercise, the Russian drills: a state's own).
   */
  private static final Pattern EXERCISE_EN =
      Pattern.compile(
          "(?<![\\p{L}])(?:the|this|these|that|those)\\s+(?:(?:joint|annual|latest|same|multinational"
              + "|combined|counter-terrorism|anti-terrorism|military)\\s+){0,2}"
              + "(exercises?|drills|war\\s+games|manoeuvres|maneuvers)(?![\\p{L}])");

  static void exercises(
      String v, List<Mention> here, List<Mention> docHistory, List<Mention> added) {
    Matcher m = EXERCISE_EN.matcher(v);
    while (m.find()) {
      int at = m.start();
      int end = m.end();
      if (taken(here, added, at, end)
          || here.stream().anyMatch(x -> x.begin() >= end && x.begin() <= end + 3)) {
        continue; // the exercise Frontier Shield: a name of its own
      }
      Actor a =
          lastNamed(
              docHistory,
              here,
              at,
              x ->
                  x.label().equals("Initiative")
                      && x.names().stream()
                          .anyMatch(
                              n ->
                                  Coreference.EXERCISE_NAME
                                      .matcher(n.toLowerCase(java.util.Locale.ROOT))
                                      .find()));
      if (a != null) {
        added.add(new Mention(a, m.start(1), m.end(1), "coref", 0.6));
      }
    }
  }

  /** A capitalised word right after a surname or right before it: part of a longer name. */
  private static final Pattern NAME_GOES_ON = Pattern.compile("[ \\u00a0]+\\p{Lu}");

  private static final Pattern NAME_WENT_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}-])(?!(?:President|Premier|Minister|General|Secretary-General|Colonel-General|Chairman"
              + "|Ambassador|Mr|Mrs|Ms|Dr|Envoy|Commander|Speaker)[ .\\u00a0])\\p{Lu}[\\p{L}.-]*[ \\u00a0]+$");

  /**
   * A capitalised Latin or Cyrillic word: a surname standing alone (Serdyukov, Zhang; Шариф,
   * Шарифа, Саидовым).
   */
  private static final Pattern CAPITAL_WORD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}'’-])(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
              + "(?![\\p{L}\\p{N}-])");

  /**
   * The case endings a Russian surname takes after its nominative: Шариф, Шарифа, Шарифу, Шарифом;
   * Саидов, Саидовым, Саидове; a feminine one in -а: Каримова, Каримовой, Каримову.
   */
  private static final List<String> RU_SURNAME_ENDINGS = List.of("а", "у", "ом", "ым", "е");

  private static final List<String> RU_FEMININE_ENDINGS = List.of("ой", "у", "ы", "е");

  /**
   * The nominative surnames a Cyrillic word may be a case of: itself, and the word without a case
   * ending (Шарифом → Шариф; Каримовой → Каримова).
   */
  private static List<String> russianNominatives(String word) {
    List<String> out = new ArrayList<>(List.of(word));
    if (word.chars().noneMatch(ch -> ch >= 'А' && ch <= 'я' || ch == 'ё' || ch == 'Ё')) {
      return out;
    }
    for (String e : RU_SURNAME_ENDINGS) {
      if (word.endsWith(e) && word.length() - e.length() >= 3) {
        out.add(word.substring(0, word.length() - e.length()));
      }
    }
    for (String e : RU_FEMININE_ENDINGS) {
      if (word.endsWith(e) && word.length() - e.length() >= 3) {
        out.add(word.substring(0, word.length() - e.length()) + "а");
      }
    }
    return out;
  }

  /**
   * A surname standing alone after the person was named in full earlier in the document (Andrey
   * Serdyukov commanded the force. Serdyukov withdrew it; Zhang Ming … Zhang had served; Serdar
   * Berdimuhamedow succeeded his father. Berdimuhamedow attended…): the person named in full last
   * whose Latin name ends in that word (or, for a Chinese name, begins with it). A word no other
   * actor covers is linked to that person; a surname the gazetteer gives another person (the
   * father's Berdimuhamedow) is moved to the one the document named in full, when it did so after
   * naming the other. Nothing before the person is named in full. A Russian surname is read in any
   * case (Шахбаз Шариф … с Шарифом).
   */
  static void surnames(String raw, String v, List<Mention> here, List<Mention> docHistory) {
    if (raw == null || raw.length() != v.length()) {
      return;
    }
    // the capitalised words of the sentence: the only surnames worth looking up (none in most
    // Chinese and Russian sentences, which then cost nothing)
    Set<String> capitalised = new HashSet<>();
    Matcher c = CAPITAL_WORD.matcher(raw);
    while (c.find()) {
      capitalised.addAll(russianNominatives(c.group()));
    }
    if (capitalised.isEmpty()) {
      return;
    }
    List<Mention> before = new ArrayList<>(docHistory);
    here.stream().sorted(Comparator.comparingInt(Mention::begin)).forEach(before::add);
    Map<String, Actor> bySurname = new HashMap<>();
    // where in this sentence the person was named in full (-1: in a sentence before)
    Map<String, Integer> namedAt = new HashMap<>();
    for (int k = 0; k < before.size(); k++) {
      Mention x = before.get(k);
      int at = k < docHistory.size() ? -1 : x.begin();
      if (!x.actor().label().equals("Person") || !x.method().equals("name")) {
        continue;
      }
      for (String n : x.actor().names()) {
        String[] words = n.strip().split("\\s+");
        if (words.length < 2) {
          continue;
        }
        // Zhang Ming, Xi Jinping: the family name first, and the given name alone is no surname
        String w =
            "china".equals(x.actor().partOf()) && words.length == 2
                ? words[0]
                : words[words.length - 1];
        if (!capitalised.contains(w)
            || !n.matches("[A-Za-z .'’-]+|[А-ЯЁа-яё .-]+")
            || x.end() - x.begin() < n.length()) {
          continue; // named in full: the mention is as long as a name of two words or more
        }
        bySurname.put(w, x.actor());
        namedAt.put(w, at);
      }
    }
    if (bySurname.isEmpty()) {
      return;
    }
    Matcher m = CAPITAL_WORD.matcher(raw);
    while (m.find()) {
      String key =
          russianNominatives(m.group()).stream()
              .filter(bySurname::containsKey)
              .findFirst()
              .orElse(null);
      if (key == null) {
        continue;
      }
      Actor a = bySurname.get(key);
      int at = m.start();
      int end = m.end();
      if (namedAt.get(key) >= at) {
        continue; // Serdyukov said … Andrey Serdyukov: nothing before the person is named in full
      }
      if (NAME_GOES_ON.matcher(raw.substring(end)).lookingAt()
          || NAME_WENT_BEFORE.matcher(raw.substring(0, at)).find()) {
        continue; // Nazarbayev University, the Putin Doctrine, Heydar Aliyev: a longer name
      }
      Mention covering = null;
      for (Mention x : here) {
        if (x.begin() < end && at < x.end()) {
          covering = x;
        }
      }
      if (covering == null) {
        here.add(new Mention(a, at, end, "coref", 0.7));
      } else if (covering.begin() == at
          && covering.end() == end
          && covering.actor().label().equals("Person")
          && covering.actor() != a
          && !covering.actor().id().equals(a.id())) {
        // Berdimuhamedow after Serdar Berdimuhamedow: the son, not the father the gazetteer
        // files the bare surname under, unless the father was named in full after the son
        here.set(here.indexOf(covering), new Mention(a, at, end, "coref", 0.7));
      }
    }
  }

  /**
   * The first mention of the sentence before within its view (the one that may open it), or null.
   */
  private static Mention firstIn(List<Mention> prev, String prevView) {
    return prev.stream()
        .filter(x -> x.end() <= prevView.length())
        .min(Comparator.comparingInt(Mention::begin))
        .orElse(null);
  }
}
