package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.actors.Actor;
import org.cagraph.actors.Mention;
import org.cagraph.nlp.Token;

/**
 * An English subject with two predicates joined by "and" (Tajikistan hosts a Russian base and
 * borders Afghanistan; Kazakhstan joined the SCO in 2001 and signed the Treaty on the EAEU in
 * 2014). The rules read a subject right before its verb, so an actor of the first predicate was
 * read as the second's subject (Tajikistan borders Afghanistan and receives Chinese loans: not
 * Afghanistan), and the first predicate's date as the second's. Each second predicate gives
 *
 * <ul>
 *   <li>a cut of the first predicate, an aside as a cut clause is ({@link InsertedClauses}): its
 *       dates are not the second predicate's (signed … in 2014, not 2001);
 *   <li>a guard: an actor of the first predicate is not the subject of a match whose trigger stands
 *       in the second (its earliest slot), nor a slot of a frame triggered there.
 * </ul>
 *
 * <p>The rules are not run again over the sentence with the first predicate cut out (Tajikistan
 * receives Chinese loans): that read one more true fact held out and two more false ones, with a
 * subject the annotators did not take.
 *
 * <p>The subject opens its clause (perhaps after a date: In 2015 Kazakhstan …) and is followed by a
 * finite verb; the second verb follows "and" or, tagged finite, a comma of a list of predicates
 * (borders Afghanistan, hosts a German base and …), and perhaps adverbials (then, later, also, in
 * 2014, a year later) and is tagged finite by CoreNLP (VBD, VBZ, VBP, MD), so an "and" joining two
 * objects (borders Afghanistan and China; signed agreements and memoranda) or two clauses with
 * subjects of their own (Kazakhstan joined the SCO and Uzbekistan followed) splits nothing. The
 * first predicate ends at a clause mark other than a comma, at a subordinator (which, that, while,
 * because …) or at a comma followed by a new subject.
 */
final class SecondPredicates {
  private SecondPredicates() {}

  /**
   * One second predicate: the subject ends at {@code subjectEnd}, the first predicate runs to
   * {@code and}, the second verb starts at {@code verb}; {@code view} is the sentence without the
   * first predicate, whose cut marks it as an aside.
   */
  record Span(int subjectEnd, int and, int verb, InsertedClauses.View view) {}

  /** What may open a clause before its subject: a date or time phrase, an article. */
  private static final Pattern LEAD =
      Pattern.compile(
          "\\s*(?:(?:(?:in|on|by|since|during|after|from)\\s+(?:(?:early|late|mid-?)\\s*)?"
              + "(?:[a-z]+\\s+)?(?:\\d{1,2}\\s+)?\\d{4}|later|then|meanwhile|today|now|also"
              + "|however|moreover|in\\s+turn|in\\s+response)\\s*,?\\s*)?(?:the\\s+)?",
          Pattern.CASE_INSENSITIVE);

  /** Words that end the first predicate: a subordinate or a contrasting clause begins. */
  private static final Pattern FIRST_END =
      Pattern.compile(
          "(?<![a-z])(?:which|who|whom|whose|where|that|while|whereas|because|although|though"
              + "|unless|if|when|but|yet|so)(?![a-z])",
          Pattern.CASE_INSENSITIVE);

  /** "and", perhaps after a comma, then adverbials before the second verb. */
  private static final Pattern AND =
      Pattern.compile(
          "(?:(?:,\\s*)?(?<![a-z])and\\s+|,\\s+)(?:(?:then|later|also|subsequently|soon|still|now|eventually"
              + "|finally|thereafter|afterwards|in\\s+(?:[a-z]+\\s+)?\\d{4}"
              + "|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:years?|months?"
              + "|weeks?)\\s+(?:later|afterwards))\\s*,?\\s+)*",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  private static final String MARKS = ";:.!?—–()";

  /** The second predicates of an English masked sentence; none without tokens. */
  static List<Span> english(String masked, List<Integer> toText, List<Token> tokens) {
    List<Span> out = new ArrayList<>();
    if (tokens == null || tokens.isEmpty() || masked.indexOf(" and ") < 0) {
      return out;
    }
    int[] tokenAt = CarriedSubject.tokenAt(tokens, toText);
    int open = -1;
    while ((open = masked.indexOf(RuleSet.OPEN, open + 1)) >= 0) {
      int close = masked.indexOf(RuleSet.CLOSE, open);
      if (close < 0) {
        break;
      }
      int clause = open;
      while (clause > 0 && ",;:".indexOf(masked.charAt(clause - 1)) < 0) {
        clause--;
      }
      int after = close + 1;
      if (!LEAD.matcher(masked.substring(clause, open)).matches()
          || after >= masked.length()
          || masked.charAt(after) != ' ') {
        open = close;
        continue;
      }
      int firstVerb = nextWord(masked, after);
      while (firstVerb >= 0 && "RB".equals(pos(masked, toText, tokens, tokenAt, firstVerb))) {
        firstVerb = nextWord(masked, wordEnd(masked, firstVerb));
      }
      if (firstVerb < 0
          || masked.charAt(firstVerb) == RuleSet.OPEN
          || !isFinite(masked, toText, tokens, tokenAt, firstVerb)
          || !FINITE.contains(pos(masked, toText, tokens, tokenAt, firstVerb))
              && !objectNext(masked, wordEnd(masked, firstVerb))) {
        open = close;
        continue;
      }
      int limit = firstEnd(masked, firstVerb);
      if (limit <= wordEnd(masked, firstVerb)) {
        open = close;
        continue;
      }
      Matcher and = AND.matcher(masked).region(wordEnd(masked, firstVerb), limit);
      while (and.find()) {
        int verb = and.end();
        if (inPlaceholder(masked, and.start())
            || verb >= limit
            || masked.charAt(verb) == RuleSet.OPEN
            || masked.charAt(verb) == RuleSet.MOD_OPEN
            || !isFinite(masked, toText, tokens, tokenAt, verb)
            || !and.group().toLowerCase(java.util.Locale.ROOT).contains("and")
                && !FINITE.contains(pos(masked, toText, tokens, tokenAt, verb))) {
          continue;
        }
        out.add(
            new Span(after, and.start(), verb, InsertedClauses.cut(masked, toText, after, verb)));
      }
      open = close;
    }
    return out;
  }

  /**
   * Whether a match with its trigger at {@code trigger} takes an actor of a first predicate for a
   * second predicate's subject: its earliest slot (of {@code slots}, -1 for none) stands in the
   * first predicate. A match that starts at the sentence's subject may still take an object from
   * the first predicate (Uzbekistan joined the bloc in 2006 and walked out again in 2012).
   */
  static boolean slotInFirst(List<Span> spans, int trigger, int... slots) {
    int first = Integer.MAX_VALUE;
    for (int slot : slots) {
      if (slot >= 0) {
        first = Math.min(first, slot);
      }
    }
    for (Span s : spans) {
      if (trigger >= s.verb() && first > s.subjectEnd() && first < s.and()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The spans in the sentence's text, each as [where the subject ends, where "and" stands, where
   * the second verb starts].
   */
  static List<int[]> inText(List<Span> spans, List<Integer> toText) {
    List<int[]> out = new ArrayList<>();
    for (Span s : spans) {
      if (s.verb() < toText.size()) {
        out.add(new int[] {toText.get(s.subjectEnd()), toText.get(s.and()), toText.get(s.verb())});
      }
    }
    return out;
  }

  /**
   * Whether every mention of {@code actor} stands in the first predicate of a span whose second
   * verb comes at or before {@code trigger} (text offsets): a frame read from the parse takes it
   * for the second predicate's actor, though it belongs to the first.
   */
  static boolean onlyInFirst(Actor actor, int trigger, List<int[]> spans, List<Mention> mentions) {
    for (int[] s : spans) {
      if (trigger < s[2]) {
        continue;
      }
      boolean any = false;
      boolean all = true;
      for (Mention m : mentions) {
        if (m.actor().id().equals(actor.id())) {
          any = true;
          all &= m.begin() > s[0] && m.begin() < s[1];
        }
      }
      if (any && all) {
        return true;
      }
    }
    return false;
  }

  private static boolean inPlaceholder(String masked, int k) {
    int open =
        Math.max(masked.lastIndexOf(RuleSet.OPEN, k), masked.lastIndexOf(RuleSet.MOD_OPEN, k));
    return open >= 0 && masked.indexOf(RuleSet.CLOSE, open) >= k;
  }

  /**
   * Whether the word at {@code k} is a finite verb: tagged so, or a third person's -s the tagger
   * took for a plural noun after a name (Tajikistan borders Afghanistan; and stations troops).
   */
  private static boolean isFinite(
      String masked, List<Integer> toText, List<Token> tokens, int[] tokenAt, int k) {
    String pos = pos(masked, toText, tokens, tokenAt, k);
    if (pos == null) {
      return false;
    }
    if (FINITE.contains(pos)) {
      return true;
    }
    String word = masked.substring(k, wordEnd(masked, k));
    return "NNS".equals(pos) && word.matches("[a-z]{3,}[^s]s");
  }

  /** Where the first predicate from {@code from} ends (placeholders are read past). */
  private static int firstEnd(String masked, int from) {
    Matcher sub = FIRST_END.matcher(masked);
    for (int k = from; k < masked.length(); k++) {
      char c = masked.charAt(k);
      if (c == RuleSet.OPEN || c == RuleSet.MOD_OPEN) {
        int close = masked.indexOf(RuleSet.CLOSE, k);
        if (close < 0) {
          return masked.length();
        }
        k = close;
        continue;
      }
      if (MARKS.indexOf(c) >= 0) {
        return k;
      }
      if (c == ',') {
        int n = k + 1;
        while (n < masked.length() && masked.charAt(n) == ' ') {
          n++;
        }
        if (n < masked.length() && masked.charAt(n) == RuleSet.OPEN) {
          return k; // a new subject's clause
        }
      }
      if ((k == 0 || !Character.isLetter(masked.charAt(k - 1)))
          && sub.region(k, masked.length()).lookingAt()) {
        return k;
      }
    }
    return masked.length();
  }

  /**
   * Whether an object follows at {@code from}: a name or an article. A plural noun after a name is
   * read as its verb only so (Tajikistan borders Afghanistan), never as a noun the name modifies
   * (SCO leaders met and signed; Russian forces entered and …).
   */
  private static boolean objectNext(String masked, int from) {
    int k = nextWord(masked, from);
    if (k < 0) {
      return false;
    }
    char c = masked.charAt(k);
    if (c == RuleSet.OPEN || c == RuleSet.MOD_OPEN) {
      return true;
    }
    String w = masked.substring(k, wordEnd(masked, k)).toLowerCase(java.util.Locale.ROOT);
    return w.equals("a") || w.equals("an") || w.equals("the");
  }

  /** The start of the word after the spaces from {@code from}, or -1. */
  private static int nextWord(String masked, int from) {
    int k = from;
    while (k < masked.length() && masked.charAt(k) == ' ') {
      k++;
    }
    return k < masked.length() ? k : -1;
  }

  private static int wordEnd(String masked, int from) {
    if (masked.charAt(from) == RuleSet.OPEN || masked.charAt(from) == RuleSet.MOD_OPEN) {
      int close = masked.indexOf(RuleSet.CLOSE, from);
      return close < 0 ? masked.length() : close + 1;
    }
    int k = from;
    while (k < masked.length() && masked.charAt(k) != ' ') {
      k++;
    }
    return k;
  }

  /** The tag CoreNLP gave the token at masked position {@code k}, or null. */
  private static String pos(
      String masked, List<Integer> toText, List<Token> tokens, int[] tokenAt, int k) {
    if (k < 0 || k >= toText.size()) {
      return null;
    }
    int text = toText.get(k);
    if (text < 0 || text >= tokenAt.length || tokenAt[text] < 0) {
      return null;
    }
    return tokens.get(tokenAt[text]).pos();
  }
}
