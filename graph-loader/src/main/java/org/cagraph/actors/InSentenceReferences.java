package org.cagraph.actors;

import static org.cagraph.actors.Coreference.POSSESSIVE;
import static org.cagraph.actors.Coreference.stateAdjective;
import static org.cagraph.actors.Coreference.taken;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References whose antecedent stands in their own sentence, English and Russian: a possessive (its,
 * their, его, её, их), a clause subject "it" or "he" after a subordinator, and "there". Each reads
 * the sentence as clauses (split at commas, semicolons, colons and subordinators) and takes the
 * nearest earlier clause subject of a compatible kind: a state or an organisation for its and it, a
 * state for there, a person for he and she, a coordinated list for their and их, and for его and её
 * the nearest actor of the pronoun's gender; a Russian subject он / она after a conjunction, the
 * state that is an earlier clause's subject and agrees in gender, and a dative ей / ему after a
 * clause with a state for subject, the nearest state of its gender. A pronoun never takes the
 * subject of its own clause when it is itself a subject or a place (France kept troops there: not
 * France), never an actor across a quotation mark, and never one when a noun no actor covers is
 * coordinated right before it (the treaty and its protocol: the treaty's).
 */
final class InSentenceReferences {
  private InSentenceReferences() {}

  private static final Pattern EN =
      Pattern.compile("(?<![\\p{L}'’-])(its|their|there|it|they|he|she)(?![\\p{L}'’-])");

  private static final Pattern RU =
      Pattern.compile("(?<![\\p{L}])(его|её|ее|их|там|ей|ему|она|он)(?![\\p{L}])");

  /**
   * What may stand in a Russian clause before a pronoun subject он / она: a conjunction, then
   * perhaps a fronted place or time (…, а в Таджикистане она размещает базу); or a relative pronoun
   * its object, the pronoun then the relative clause's subject (…полигоном Сары-Шаган, который она
   * арендует; …базу, которую он модернизирует).
   */
  private static final Pattern OPEN_HE_SHE_RU =
      Pattern.compile(
          "^\\s*(?:(?:и|но|а|однако|затем|позднее|позже|также|теперь|тогда)\\s+)?"
              + "(?:(?:в|во|на|с|со|после|до|через)\\s+[^,;:]{0,40}?\\s+)?$"
              + "|^\\s*(?:который|которую|которое|которые)\\s+$");

  /** Where an English clause begins: after a mark or a subordinator. */
  private static final Pattern BOUNDARY_EN =
      Pattern.compile(
          "[,;:()]|\\s[–—]\\s|(?<![\\p{L}])(?:but|while|although|though|because|whereas|that|which|who|when|where)"
              + "(?![\\p{L}])");

  /** Where a Russian clause begins: after a mark or a conjunction. */
  private static final Pattern BOUNDARY_RU =
      Pattern.compile(
          "[,;:()]|\\s[–—]\\s|(?<![\\p{L}])(?:но|однако|хотя|поскольку|когда|что|который|которая|которое|которые"
              + "|которого|которой|которым)(?![\\p{L}])");

  /** What may stand in an English clause before its subject: a conjunction, a date, the. */
  private static final Pattern OPEN_EN =
      Pattern.compile(
          "^\\s*(?:(?:and|but|so|yet|then|also|later|meanwhile|partly|partly because|because|while|although|though"
              + "|whereas|that|which|when|where|after|before|since|once|until|as|if|unless)\\s+)?(?:(?:in|on|by|during)\\s+(?:(?:early|late|mid-?)\\s*)?"
              + "(?:\\d{1,2}\\s+)?(?:[a-z]+\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}\\s*,?\\s*)?"
              + "(?:(?:the|president|prime\\s+minister|neighbou?ring)\\s+)*$");

  /** What may stand in a Russian clause before its subject: a conjunction, a date. */
  private static final Pattern OPEN_RU =
      Pattern.compile(
          "^\\s*(?:(?:и|но|а|однако|хотя|поскольку|когда|что|затем|позднее|позже|также)\\s+)?"
              + "(?:(?:в|с|до|после)\\s+(?:\\d{1,2}\\s+)?(?:[а-яё]+\\s+)?\\d{4}\\s*(?:году|года|г\\.)?\\s*,?\\s*)?"
              + "(?:(?:президент|премьер-министр)\\s+)?$");

  /** The gap inside a coordinated list of actors. */
  private static final Pattern LIST_GAP =
      Pattern.compile("^\\s*(?:,|,?\\s*and|&|и|,\\s*и|,\\s*а\\s+также|а\\s+также)\\s*$");

  /** An English "it" that heads its clause: a verb follows, not an expletive is or seems. */
  private static final Pattern IT_VERB =
      Pattern.compile(
          "^\\s+(?:(?:also|later|then|still|now|soon|eventually|henceforth|already|never|formally|officially"
              + "|subsequently|itself)\\s+)*(?!is\\b|was\\b|seems|appears|means|matters|follows|depends|remains"
              + "\\s+(?:unclear|to)|has\\s+been\\s+(?:said|argued|suggested|reported)|had\\s+been\\s+(?:said|argued))"
              + "(?:has|have|had|will|would|could|can|should|must|may|did|does|remained|remains|became|becomes"
              + "|[a-z]{2,}ed|[a-z]{3,}(?<![su]s)s)(?![\\p{L}])");

  /** "there" as an existential subject or a fixed phrase: there is, there were, there has been. */
  private static final Pattern THERE_EXISTENTIAL =
      Pattern.compile(
          "^\\s+(?:(?:also|still|now|then|already|never|once|always|usually|reportedly)\\s+)*(?:is|are|was|were"
              + "|has|have|had|will|would|may|might|could|should|must|can|remain|remains|remained|exist|exists"
              + "|existed|seem|seems|seemed|appear|appears|appeared|be|being|came|comes|followed|arose|emerged"
              + "|'s|’s)(?![\\p{L}])");

  /** A word before there that makes it no place the text named (here and there, from there on). */
  private static final Pattern THERE_FIXED =
      Pattern.compile("(?:here\\s+and|then\\s+and|over|out|up|down|so)\\s+$");

  /**
   * A noun coordinated with a possessive or set beside it: the treaty and its protocol, the base,
   * its runway (not ", and its", which opens a clause).
   */
  private static final Pattern COORDINATED_BEFORE =
      Pattern.compile("(\\p{L}[\\p{L}-]*)[)»\"”’']?(?:,\\s*|\\s+and\\s+|\\s+or\\s+)$");

  /**
   * What must follow an English possessive for it to be linked (coreference.tsv possessed: its
   * president, their troops), and the words after a Russian one that leave it to the rules
   * (possessive_kept: её членом): Latin entries whole words, Cyrillic ones stems.
   */
  private static final Pattern POSSESSED = wordsAfter("possessed");

  private static final Pattern KEPT = wordsAfter("possessive_kept");

  private static Pattern wordsAfter(String list) {
    List<String> alternatives = new ArrayList<>();
    for (String w : Coreference.WORDS.get(list).split("\\|")) {
      String e = w.strip().replace('_', ' ');
      if (e.isEmpty()) {
        continue;
      }
      boolean latin = e.chars().allMatch(c -> c < 0x400);
      alternatives.add(Pattern.quote(e) + (latin ? "(?![\\p{L}])" : "[а-яё]*"));
    }
    alternatives.sort(Comparator.comparingInt(String::length).reversed());
    return Pattern.compile("^\\s+(?:" + String.join("|", alternatives) + ")");
  }

  /** Whether a possessive ending at {@code end} is to be linked (see {@link #POSSESSED}). */
  private static boolean possessive(String v, int end, boolean english) {
    String rest = v.substring(end);
    return english
        ? POSSESSED.matcher(rest).lookingAt()
        : rest.matches("(?s)^\\s+\\p{L}.*") && !KEPT.matcher(rest).lookingAt();
  }

  private static final Pattern QUOTE = Pattern.compile("[\"“”«»„]");

  private static final Set<String> STATE_ORG = Set.of("Country", "Organization");

  /**
   * Links the in-sentence references of {@code v} (lower case) to the actors of {@code here} and of
   * {@code added} (what earlier readers linked in this sentence), adding to {@code added}.
   */
  static void resolve(String v, List<Mention> here, List<Mention> added) {
    if (here.isEmpty()) {
      return;
    }
    List<Mention> ms = null;
    Matcher en = EN.matcher(v);
    while (en.find()) {
      int at = en.start(1);
      int end = en.end(1);
      if (at == 0 || taken(here, added, at, end)) {
        continue; // a sentence-initial pronoun is the sentence before's (pronouns, itsHead, heEn)
      }
      if (ms == null) {
        ms = mentions(here, added);
      }
      String w = en.group(1);
      if ((w.equals("its") || w.equals("their")) && !possessive(v, end, true)) {
        continue; // its war with, their border: the rules read the possessive as written
      }
      List<Actor> found =
          switch (w) {
            case "its" -> its(v, ms, at);
            case "their" -> list(v, ms, at);
            case "there" -> there(v, ms, at, end);
            case "it" -> it(v, ms, at, end);
            case "they" -> they(v, ms, at, end);
            default -> he(v, ms, at);
          };
      for (Actor a : found) {
        added.add(new Mention(a, at, end, "coref", 0.6));
      }
    }
    if (v.indexOf('е') < 0 && v.indexOf('ё') < 0 && v.indexOf('х') < 0) {
      return;
    }
    Matcher ru = RU.matcher(v);
    while (ru.find()) {
      int at = ru.start(1);
      int end = ru.end(1);
      if (at == 0 || taken(here, added, at, end)) {
        continue;
      }
      if (ms == null) {
        ms = mentions(here, added);
      }
      String w = ru.group(1);
      if (w.equals("там")) {
        // Киргизия закрыла базу Манас, которую США арендовали там с 2001 года: an earlier
        // clause's state
        for (Actor a :
            nearestSubject(
                v, ms == null ? mentions(here, added) : ms, at, Set.of("Country"), false)) {
          added.add(new Mention(a, at, end, "coref", 0.6));
        }
        continue;
      }
      if (w.equals("он") || w.equals("она")) {
        // Россия арендует Байконур у Казахстана, а в Таджикистане она размещает базу: the state
        // that is the subject of an earlier clause, of the pronoun's gender
        List<Integer> starts = clauseStarts(v, ms, at);
        if (starts.size() < 2
            || !OPEN_HE_SHE_RU.matcher(v.substring(starts.get(0), at)).matches()
            || !v.substring(end).matches("(?s)^\\s+[а-яё].*")) {
          continue;
        }
        // a place fronted in its own clause (в Киргизии она …) is no rival antecedent
        int own = starts.get(0);
        List<Mention> before = ms.stream().filter(x -> x.end() <= own || x.begin() >= at).toList();
        for (Actor a :
            nearestSubject(v, before, at, Set.of("Country"), false, w.equals("она") ? 'f' : 'm')) {
          added.add(new Mention(a, at, end, "coref", 0.6));
        }
        continue;
      }
      if (w.equals("ей") || w.equals("ему")) {
        // Китай дал Киргизии кредиты, а Россия списала ей долг: the nearest state of the
        // pronoun's gender that is not its own clause's subject; a person nearer keeps it
        // only after a clause whose subject is a state (Министр прибыл в Душанбе, и Таджикистан
        // вручил ему орден: an unlinked person's clause)
        List<Integer> starts = clauseStarts(v, ms, at);
        if (starts.size() < 2) {
          continue;
        }
        List<Mention> first = subject(v, ms, starts.get(1), starts.get(0));
        if (first.isEmpty() || !first.get(0).actor().label().equals("Country")) {
          continue;
        }
        List<Actor> found = gendered(v, ms, at, w.equals("ей") ? "её" : "его");
        for (Actor a : found) {
          if (a.label().equals("Country")) {
            added.add(new Mention(a, at, end, "coref", 0.6));
          }
        }
        continue;
      }
      if (!possessive(v, end, false)) {
        continue; // её членом, ратифицировал его: the rules read it as written
      }
      List<Actor> found = w.equals("их") ? list(v, ms, at) : gendered(v, ms, at, w);
      for (Actor a : found) {
        added.add(new Mention(a, at, end, "coref", 0.6));
      }
    }
  }

  /** The sentence's mentions in the order of the text, without one inside another. */
  private static List<Mention> mentions(List<Mention> here, List<Mention> added) {
    List<Mention> all = new ArrayList<>(here);
    all.addAll(added);
    all.sort(Comparator.comparingInt(Mention::begin).thenComparing(x -> -x.end()));
    List<Mention> out = new ArrayList<>();
    int last = -1;
    for (Mention x : all) {
      if (x.begin() >= last && x.end() > x.begin()) {
        out.add(x);
        last = x.end();
      }
    }
    return out;
  }

  /**
   * The starts of the clauses before {@code at}, nearest first; the first is {@code at}'s own. A
   * comma inside a list of actors (Azerbaijan, Georgia and Belarus) opens no clause, and a mark
   * right before a subordinator opens one clause with it.
   */
  private static List<Integer> clauseStarts(String v, List<Mention> ms, int at) {
    boolean cyrillic = v.chars().anyMatch(c -> c >= 'а' && c <= 'я');
    Matcher b = (cyrillic ? BOUNDARY_RU : BOUNDARY_EN).matcher(v);
    b.region(0, at);
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    while (b.find()) {
      int mark = b.start();
      if (v.charAt(mark) == ',' && inList(v, ms, mark)) {
        continue;
      }
      // a subordinator opens its clause: it belongs to it (that it will…), a mark does not
      int start = Character.isLetter(v.charAt(mark)) ? mark : b.end();
      int prev = starts.get(starts.size() - 1);
      if (prev <= start && v.substring(prev, start).isBlank()) {
        starts.set(starts.size() - 1, start);
      } else {
        starts.add(start);
      }
    }
    List<Integer> nearest = new ArrayList<>();
    for (int k = starts.size() - 1; k >= 0; k--) {
      nearest.add(starts.get(k));
    }
    return nearest;
  }

  /** Whether the comma at {@code i} stands between two actors of a list. */
  private static boolean inList(String v, List<Mention> ms, int i) {
    Mention left = null;
    for (Mention x : ms) {
      if (x.end() <= i && v.substring(x.end(), i).isBlank()) {
        left = x;
      }
      if (left != null
          && x.begin() > i
          && v.substring(i + 1, x.begin()).matches("\\s*(?:and\\s+|и\\s+)?")) {
        return !frontedBesides(v, left, x);
      }
    }
    return false;
  }

  /**
   * A sentence that opens with a phrase of besides or unlike and one actor, then a comma and the
   * subject (Помимо Канта, Россия располагает…; Besides Manas, the United States used…): the comma
   * ends the phrase, no list, when no list goes on after the actor behind it (Кроме России,
   * Казахстана и Китая, …: a list).
   */
  private static final Pattern BESIDES_OPENING =
      Pattern.compile(
          "^\\s*(?:помимо|кроме|наряду\\s+с|в\\s+отличие\\s+от|besides|apart\\s+from|unlike"
              + "|in\\s+addition\\s+to)\\s+$");

  private static final Pattern LIST_GOES_ON =
      Pattern.compile("^\\s*(?:,|и\\s|или\\s|and\\s|or\\s)");

  private static boolean frontedBesides(String v, Mention left, Mention right) {
    return left.begin() <= v.length()
        && right.end() <= v.length()
        && BESIDES_OPENING.matcher(v.substring(0, left.begin())).matches()
        && !LIST_GOES_ON.matcher(v.substring(right.end())).lookingAt();
  }

  /**
   * The subject of the clause from {@code from} to {@code to}: its first mention when only a
   * conjunction, a date or an article stand before it, with the actors coordinated with it (Russia
   * and China founded…); empty when the clause opens otherwise (with Putin beside him, at the
   * forum: no subject).
   */
  private static List<Mention> subject(String v, List<Mention> ms, int from, int to) {
    boolean cyrillic = v.chars().anyMatch(c -> c >= 'а' && c <= 'я');
    for (int k = 0; k < ms.size(); k++) {
      Mention x = ms.get(k);
      if (x.begin() < from) {
        continue;
      }
      if (x.begin() >= to
          || !(cyrillic ? OPEN_RU : OPEN_EN).matcher(v.substring(from, x.begin())).matches()) {
        return List.of();
      }
      if (x.end() > v.length() || stateAdjective(x, v)) {
        return List.of();
      }
      List<Mention> out = new ArrayList<>(List.of(x));
      int last = x.end();
      for (int j = k + 1; j < ms.size(); j++) {
        Mention y = ms.get(j);
        if (y.begin() >= to || !LIST_GAP.matcher(v.substring(last, y.begin())).matches()) {
          break;
        }
        out.add(y);
        last = y.end();
      }
      if (POSSESSIVE.matcher(v.substring(Math.min(last, v.length()))).lookingAt()) {
        return List.of(); // Kazakhstan's government: the government is the subject
      }
      return out;
    }
    return List.of();
  }

  /**
   * The actor a singular reference at {@code at} takes: the subject of the nearest clause before it
   * of one of {@code labels}, its own clause's subject too when {@code own}; nothing across a
   * quotation mark, past a subject of a list or of another kind, or when another state (or
   * organisation, as the subject is) stands between the subject and the reference.
   */
  private static List<Actor> nearestSubject(
      String v, List<Mention> ms, int at, Set<String> labels, boolean own) {
    return nearestSubject(v, ms, at, labels, own, '?');
  }

  /**
   * As {@link #nearestSubject(String, List, int, Set, boolean)}, for a pronoun of {@code gender}
   * (m, f; '?' for none): the subject must agree, and only an actor that may agree is a rival.
   */
  private static List<Actor> nearestSubject(
      String v, List<Mention> ms, int at, Set<String> labels, boolean own, char want) {
    List<Integer> starts = clauseStarts(v, ms, at);
    int skip = own ? 0 : ownSubjects(v, ms, at, starts);
    int to = at;
    for (int i = 0; i < starts.size(); to = starts.get(i), i++) {
      int from = starts.get(i);
      if (i >= skip) {
        List<Mention> s = subject(v, ms, from, to);
        if (!s.isEmpty()) {
          Mention x = s.get(0);
          if (QUOTE.matcher(v.substring(x.end(), at)).find()) {
            return List.of(); // never across a quoted speaker
          }
          if (s.size() == 1 && labels.contains(x.actor().label())) {
            if (want != '?' && gender(x.actor()) != want) {
              return List.of();
            }
            Set<Actor> subjectsHere = ownSubject(v, ms, at);
            boolean rival =
                !x.actor().label().equals("Person")
                    && ms.stream()
                        .anyMatch(
                            y ->
                                y.begin() >= x.end()
                                    && y.end() <= at
                                    && y.actor().label().equals(x.actor().label())
                                    && !y.actor().equals(x.actor())
                                    && !subjectsHere.contains(y.actor())
                                    && (want == '?'
                                        || gender(y.actor()) == want
                                        || gender(y.actor()) == '?')
                                    && !stateAdjective(y, v));
            // Russia supported Tajikistan, and it later joined…: either state could be meant
            return rival ? List.of() : List.of(x.actor());
          }
          if (s.size() == 1 && x.actor().label().equals("Person") && !labels.contains("Person")) {
            continue; // President Tokayev said that it…: a person speaks, the state acts
          }
          return List.of(); // the nearest subject is of another kind, or a list
        }
      }
    }
    return List.of();
  }

  /** A relative pronoun opening a clause: its subject is the noun right before it. */
  private static final Pattern RELATIVE =
      Pattern.compile("^(?:which|who|whose|который|которая|которое|которые)(?![\\p{L}])");

  /**
   * How many clauses, nearest first, hold the subject of the reference's own clause: one, or two
   * when its clause is a relative one right after the previous clause's subject (Russia, which
   * keeps its base…: Russia is the subject of keeps).
   */
  private static int ownSubjects(String v, List<Mention> ms, int at, List<Integer> starts) {
    if (starts.size() < 2 || !RELATIVE.matcher(v.substring(starts.get(0))).lookingAt()) {
      return 1;
    }
    List<Mention> s = subject(v, ms, starts.get(1), starts.get(0));
    return !s.isEmpty()
            && v.substring(s.get(s.size() - 1).end(), starts.get(0)).matches("\\s*,?\\s*")
        ? 2
        : 1;
  }

  /**
   * The actors that are the subject of the clause of an English reference at {@code at} (the United
   * States resumed aid to the country: the United States), for a description that cannot stand for
   * them; none when the reference opens its clause itself.
   */
  static Set<Actor> ownSubject(String v, List<Mention> here, List<Mention> added, int at) {
    return ownSubject(v, mentions(here, added), at);
  }

  /** The actors that are the subject of the reference's own clause (its relative one included). */
  private static Set<Actor> ownSubject(String v, List<Mention> ms, int at) {
    List<Integer> starts = clauseStarts(v, ms, at);
    int n = ownSubjects(v, ms, at, starts);
    Set<Actor> out = new java.util.HashSet<>();
    int to = at;
    for (int i = 0; i < n; i++) {
      subject(v, ms, starts.get(i), to).forEach(x -> out.add(x.actor()));
      to = starts.get(i);
    }
    return out;
  }

  /**
   * English "its" inside the sentence (Kazakhstan joined the EAEU in 2015, and its president…;
   * Russia kept its base): the nearest clause subject, its own clause's included, that is a state
   * or an organisation, not its own clause's (Russia keeps its base: the rules read Russia). Only
   * before a word the rules leave to it ({@link #possessive}), and not after a coordinated noun
   * (the delegation and its leader: the delegation's; Armenia and its fellow members: read as
   * written).
   */
  private static List<Actor> its(String v, List<Mention> ms, int at) {
    if (COORDINATED_BEFORE.matcher(v.substring(Math.max(0, at - 60), at)).find()) {
      return List.of(); // the delegation and its leader; Armenia and its fellow members
    }
    return nearestSubject(v, ms, at, STATE_ORG, false);
  }

  /**
   * English "there" as a place (France kept a detachment there; the US had leased a base there):
   * the subject of an earlier clause that is a state, never its own clause's. Not an existential
   * there (there is, there were), nor here and there.
   */
  private static List<Actor> there(String v, List<Mention> ms, int at, int end) {
    if (THERE_EXISTENTIAL.matcher(v.substring(end)).lookingAt()
        || THERE_FIXED.matcher(v.substring(Math.max(0, at - 12), at)).find()) {
      return List.of();
    }
    return nearestSubject(v, ms, at, Set.of("Country"), false);
  }

  /**
   * English "it" heading a clause inside the sentence (Turkmenistan announced that it would…;
   * Kyrgyzstan signed in 1992, but it left…): the subject of an earlier clause that is a state or
   * an organisation.
   */
  private static List<Actor> it(String v, List<Mention> ms, int at, int end) {
    List<Integer> starts = clauseStarts(v, ms, at);
    if (OPEN_EN.matcher(v.substring(starts.get(0), at)).matches()
        && IT_VERB.matcher(v.substring(end)).lookingAt()) {
      return nearestSubject(v, ms, at, STATE_ORG, false);
    }
    if (OBJECT_VERB.matcher(v.substring(Math.max(0, at - 30), at)).find()
        && OBJECT_END.matcher(v.substring(end)).lookingAt()
        && !DOCUMENT.matcher(v.substring(0, at)).find()) {
      // After Russia annexed Crimea, the EU sanctioned it: the object is no subject of its own
      // clause; not when a document could be meant (the treaty came up, and Uzbekistan left it)
      return nearestSubject(v, ms, at, STATE_ORG, false);
    }
    return List.of();
  }

  /** A verb right before an object "it": a past or present form, or an infinitive after to. */
  private static final Pattern OBJECT_VERB =
      Pattern.compile("(?:[a-z]{3,}ed|[a-z]{3,}(?<![su]s)s|to\\s+[a-z]{3,})\\s+$");

  /** What may follow an object "it": a mark, a preposition, the end. */
  private static final Pattern OBJECT_END =
      Pattern.compile(
          "^(?:\\s*[,;.:)]|\\s*$|\\s+(?:in|on|at|for|with|over|after|until|since|from|by|as)(?![\\p{L}]))");

  /** A noun of a document or a plan an "it" could stand for instead of an actor. */
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "(?<![\\p{L}])(?:treaty|treaties|protocol|agreement|convention|charter|accord|pact|deal|memorandum"
              + "|declaration|document|plan|project|programme|program|proposal|initiative|idea|resolution|law|bill"
              + "|decision|request|offer|deployment|mission|base|pipeline|railway|corridor|route)(?![\\p{L}])");

  /**
   * English "they" heading a clause inside the sentence (Kazakhstan and Uzbekistan met in 2019, and
   * they signed…): the nearest coordinated list of states or organisations before it.
   */
  private static List<Actor> they(String v, List<Mention> ms, int at, int end) {
    List<Integer> starts = clauseStarts(v, ms, at);
    if (starts.get(0) == 0
        || !OPEN_EN.matcher(v.substring(starts.get(0), at)).matches()
        || !IT_VERB.matcher(v.substring(end)).lookingAt()) {
      return List.of();
    }
    return list(v, ms, at);
  }

  /**
   * English "he" or "she" after a person the sentence names (Tokayev declined: at the forum, with
   * Putin beside him, he said…): the nearest earlier clause subject that is a person; not its own
   * clause's (Putin said he would…: the rules read Putin).
   */
  private static List<Actor> he(String v, List<Mention> ms, int at) {
    if (ms.stream().noneMatch(x -> x.end() <= at && x.actor().label().equals("Person"))) {
      return List.of(); // heEn reads a he with no person before it
    }
    return nearestSubject(v, ms, at, Set.of("Person"), false);
  }

  /**
   * "their" and "их": the nearest coordinated list before them of two or more states or
   * organisations (Russia and China founded the SCO, and on their territory…; для Таджикистана и
   * Киргизии: на их территории).
   */
  private static List<Actor> list(String v, List<Mention> ms, int at) {
    for (int k = ms.size() - 1; k >= 0; k--) {
      Mention x = ms.get(k);
      if (x.end() > at) {
        continue;
      }
      if (QUOTE.matcher(v.substring(x.end(), at)).find()) {
        return List.of();
      }
      if (x.end() <= v.length() && stateAdjective(x, v)) {
        continue; // Tajik and Afghan officials: no list of states
      }
      List<Actor> items = new ArrayList<>(List.of(x.actor()));
      int first = x.begin();
      for (int j = k - 1; j >= 0; j--) {
        Mention y = ms.get(j);
        if (!LIST_GAP.matcher(v.substring(y.end(), first)).matches()) {
          break;
        }
        items.add(0, y.actor());
        first = y.begin();
      }
      List<Actor> distinct = items.stream().distinct().toList();
      String label = x.actor().label();
      if (distinct.size() >= 2 && ownSubject(v, ms, at).containsAll(distinct)) {
        return List
            .of(); // Azerbaijan and Georgia added their signatures: the rules read the subject
      }
      if (distinct.size() >= 2
          && STATE_ORG.contains(label)
          && distinct.stream().allMatch(a -> a.label().equals(label))) {
        return distinct;
      }
      if (distinct.size() >= 2) {
        return List.of(); // the nearest list is of other actors
      }
      k = k - (items.size() - 1);
    }
    return List.of();
  }

  /**
   * Russian "его" and "её": the nearest actor before them of the pronoun's gender (Узбекистан вышел
   * из ОДКБ, но его президент…: Узбекистан; Киргизия, член ОДКБ с момента её создания: ОДКБ), a
   * state, an organisation or a person; nothing when the nearest of that gender is another kind of
   * actor (a base, a treaty), or none is known.
   */
  private static List<Actor> gendered(String v, List<Mention> ms, int at, String w) {
    boolean feminine = !w.equals("его");
    // a Russian possessive never stands for its own clause's subject (that is свой)
    Set<Actor> own = ownSubject(v, ms, at);
    for (int k = ms.size() - 1; k >= 0; k--) {
      Mention x = ms.get(k);
      if (x.end() > at) {
        continue;
      }
      if (QUOTE.matcher(v.substring(x.end(), at)).find()) {
        return List.of();
      }
      if (own.contains(x.actor())) {
        continue;
      }
      char g = gender(x.actor());
      if (g == '?') {
        return List.of(); // an actor of no known gender nearer: it could be the one
      }
      if ((g == 'f') != feminine) {
        continue;
      }
      Set<String> labels = Set.of("Country", "Organization", "Person");
      return labels.contains(x.actor().label()) ? List.of(x.actor()) : List.of();
    }
    return List.of();
  }

  private static final Pattern CYRILLIC = Pattern.compile("[А-ЯЁа-яё][А-ЯЁа-яё -]*");

  private static final Pattern ADJECTIVE_RU =
      Pattern.compile("[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)");

  /**
   * The grammatical gender of an actor's Russian name: m, f, n (neuter counts as m: его), '?' when
   * it has none. A state by its shortest Russian name (Киргизия f, Казахстан m), an organisation by
   * the head noun of its longest (Организация Договора… f, Евразийский экономический союз m), a
   * person by the surname (-ова, -ева, -ина, -ая: f).
   */
  static char gender(Actor a) {
    List<String> ru =
        a.aliases().stream()
            .filter(n -> CYRILLIC.matcher(n).matches() && !n.equals(n.toUpperCase(Locale.ROOT)))
            .toList();
    if (ru.isEmpty()) {
      return '?';
    }
    String label = a.label();
    if (label.equals("Person")) {
      String n = ru.get(0).toLowerCase(Locale.ROOT);
      String[] words = n.split("\\s+");
      String last = words[words.length - 1];
      return last.matches(".*(?:ова|ева|ёва|ина|ая|ына)") ? 'f' : 'm';
    }
    // a state: its first single-word name with a capital (Узбекистан before Узбекистана, узбекский)
    if (!label.equals("Country")) {
      // an organisation: the head nouns of all its Russian names, when they agree (Организация …
      // and Совет … of one organisation say nothing)
      char g = 0;
      for (String n : ru) {
        if (!Character.isUpperCase(n.charAt(0))) {
          continue; // коллективных сил…: a form inflected in the text, not a name's nominative
        }
        char h = headGender(n);
        if (h == '?' || g != 0 && h != g) {
          return '?';
        }
        g = h;
      }
      return g == 0 ? '?' : g;
    }
    String name =
        ru.stream()
            .filter(n -> Character.isUpperCase(n.charAt(0)) && !n.contains(" "))
            .findFirst()
            .orElse(null);
    return name == null ? '?' : headGender(name);
  }

  /** The gender of a Russian name's head noun, its first word that is no adjective. */
  private static char headGender(String name) {
    String head = null;
    for (String word : name.split("[\\s-]+")) {
      if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
        return '?'; // an abbreviation says no gender
      }
      word = word.toLowerCase(Locale.ROOT);
      if (!ADJECTIVE_RU.matcher(word).matches()) {
        head = word;
        break;
      }
    }
    if (head == null || head.length() < 3) {
      return '?';
    }
    return head.matches(".*[ая]") ? 'f' : head.matches(".*ь") ? '?' : 'm';
  }
}
