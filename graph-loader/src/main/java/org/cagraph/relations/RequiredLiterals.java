package org.cagraph.relations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plain strings a regular expression cannot match without: a list such that every match holds
 * one of them, or null when no such list is known. A rule's pattern is tried at every position of
 * the masked sentence; a sentence that holds none of its strings (an English sentence for a rule
 * whose verbs are Russian, a sentence without 簽署 for a rule of signing) cannot match it, so the
 * pattern need not be run there. The strings are taken only from what a match must consume: a run
 * of plain chars outside any optional part, or a group every alternative of which has strings of
 * its own; lookarounds, classes, optional or repeated parts and anything not understood give none,
 * which only makes the list longer or null, never wrong.
 */
final class RequiredLiterals {
  private final String re;
  private int i;

  /** Thrown for a construct whose effect on the rest is not read here (inline flags). */
  private static final class Unknown extends RuntimeException {
    Unknown() {
      super(null, null, false, false);
    }
  }

  /**
   * What a part of the expression must match: {@code set}, one of which every match holds (null:
   * unknown); {@code literal}, the part's whole text when it is plain chars only (else null).
   */
  private record Info(List<String> set, String literal) {}

  private RequiredLiterals(String re) {
    this.re = re;
  }

  /** One of these strings is in every match of {@code regex}; null when that is not known. */
  static List<String> of(String regex) {
    RequiredLiterals p = new RequiredLiterals(regex);
    try {
      Info info = p.alternation();
      if (p.i != regex.length()) {
        return null; // an unbalanced ')': not read
      }
      return info.set();
    } catch (RuntimeException e) {
      return null; // Unknown, or a construct read wrongly: no list, the pattern is always tried
    }
  }

  private Info alternation() {
    List<Info> alts = new ArrayList<>();
    alts.add(sequence());
    while (i < re.length() && re.charAt(i) == '|') {
      i++;
      alts.add(sequence());
    }
    if (alts.size() == 1) {
      return alts.get(0);
    }
    Set<String> union = new LinkedHashSet<>();
    for (Info a : alts) {
      if (a.set() == null) {
        return new Info(null, null);
      }
      union.addAll(a.set());
    }
    return new Info(List.copyOf(union), null);
  }

  /**
   * An atom: a plain string, a group's {@link Info}, or neither; zero-width when it consumes none.
   */
  private record Atom(String literal, Info group, boolean zeroWidth) {}

  private static final Atom OTHER = new Atom(null, null, false);
  private static final Atom ZERO = new Atom(null, null, true);

  private Info sequence() {
    List<List<String>> candidates = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    StringBuilder whole = new StringBuilder();
    boolean pure = true;
    while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
      Atom a = atom();
      int min = quantifier();
      if (a.zeroWidth()) {
        flush(run, candidates);
        pure = false;
        continue;
      }
      String literal = a.literal() != null ? a.literal() : inlined(a.group());
      if (min < 0 && literal != null) {
        run.append(literal); // no quantifier: the plain chars continue the run
        whole.append(literal);
        continue;
      }
      flush(run, candidates);
      pure = false;
      if (min != 0) { // no quantifier, or one that asks for at least one
        if (literal != null) {
          if (!literal.isEmpty()) {
            candidates.add(List.of(literal));
          }
        } else if (a.group() != null && a.group().set() != null) {
          candidates.add(a.group().set());
        }
      }
    }
    flush(run, candidates);
    List<String> best = null;
    for (List<String> c : candidates) {
      if (best == null || better(c, best)) {
        best = c;
      }
    }
    return new Info(best, pure ? whole.toString() : null);
  }

  /** A group's text when it is plain chars only (a non-capturing group of one word). */
  private static String inlined(Info group) {
    return group == null ? null : group.literal();
  }

  private static void flush(StringBuilder run, List<List<String>> candidates) {
    if (run.length() > 0) {
      candidates.add(List.of(run.toString()));
      run.setLength(0);
    }
  }

  /** Longer shortest string first (rarer in a sentence), then fewer strings. */
  private static boolean better(List<String> a, List<String> b) {
    int la = shortest(a);
    int lb = shortest(b);
    return la != lb ? la > lb : a.size() < b.size();
  }

  private static int shortest(List<String> set) {
    int m = Integer.MAX_VALUE;
    for (String s : set) {
      m = Math.min(m, s.length());
    }
    return m;
  }

  /**
   * The quantifier after an atom, consumed: its least count, or -1 when there is none ({@code ?}
   * and {@code *} give 0, {@code +} gives 1, {@code {n,m}} gives n).
   */
  private int quantifier() {
    if (i >= re.length()) {
      return -1;
    }
    char c = re.charAt(i);
    int min;
    if (c == '?' || c == '*') {
      min = 0;
      i++;
    } else if (c == '+') {
      min = 1;
      i++;
    } else if (c == '{') {
      int close = re.indexOf('}', i);
      String body = re.substring(i + 1, close);
      String lo = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
      min = Integer.parseInt(lo.strip());
      i = close + 1;
    } else {
      return -1;
    }
    if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
      i++; // lazy or possessive: the same least count
    }
    return min;
  }

  private Atom atom() {
    char c = re.charAt(i);
    switch (c) {
      case '(':
        return group();
      case '[':
        skipClass();
        return OTHER;
      case '\\':
        return escape();
      case '.':
        i++;
        return OTHER;
      case '^':
      case '$':
        i++;
        return ZERO;
      default:
        if (Character.isHighSurrogate(c)
            && i + 1 < re.length()
            && Character.isLowSurrogate(re.charAt(i + 1))) {
          i += 2; // one code point: a quantifier after it takes both chars
          return new Atom(re.substring(i - 2, i), null, false);
        }
        i++;
        return new Atom(String.valueOf(c), null, false);
    }
  }

  private Atom group() {
    i++; // (
    boolean zero = false;
    boolean opaque = false;
    if (re.startsWith("?", i)) {
      char k = re.charAt(i + 1);
      if (k == ':' || k == '>') {
        i += 2;
      } else if (k == '=' || k == '!') {
        i += 2;
        zero = true;
      } else if (k == '<') {
        char k2 = re.charAt(i + 2);
        if (k2 == '=' || k2 == '!') {
          i += 3;
          zero = true;
        } else {
          i = re.indexOf('>', i) + 1; // a named group
        }
      } else {
        // flags: (?i:…) changes how its chars match, so nothing in it is taken; (?i) changes the
        // rest of the expression, so nothing is known
        int e = i + 1;
        while (e < re.length() && (Character.isLetter(re.charAt(e)) || re.charAt(e) == '-')) {
          e++;
        }
        if (e >= re.length() || re.charAt(e) != ':') {
          throw new Unknown();
        }
        i = e + 1;
        opaque = true;
      }
    }
    Info inner = alternation();
    if (i >= re.length() || re.charAt(i) != ')') {
      throw new Unknown();
    }
    i++;
    if (zero) {
      return ZERO;
    }
    if (opaque) {
      return OTHER;
    }
    return new Atom(null, inner, false);
  }

  /** Skips a character class, nested classes and escapes inside it. */
  private void skipClass() {
    int depth = 0;
    while (true) {
      char c = re.charAt(i);
      if (c == '\\') {
        if (re.charAt(i + 1) == 'Q') {
          throw new Unknown(); // quoted chars in a class: not read
        }
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        i++;
        if (re.charAt(i) == '^') {
          i++;
        }
        if (re.charAt(i) == ']') {
          throw new Unknown(); // a ']' first in a class: not read
        }
        continue;
      }
      i++;
      if (c == ']' && --depth == 0) {
        return;
      }
    }
  }

  private Atom escape() {
    char c = re.charAt(i + 1);
    i += 2;
    switch (c) {
      case 'p':
      case 'P':
        if (re.charAt(i) == '{') {
          i = re.indexOf('}', i) + 1;
        } else {
          i++;
        }
        return OTHER;
      case 'x':
        {
          int cp;
          if (re.charAt(i) == '{') {
            int close = re.indexOf('}', i);
            cp = Integer.parseInt(re.substring(i + 1, close), 16);
            i = close + 1;
          } else {
            cp = Integer.parseInt(re.substring(i, i + 2), 16);
            i += 2;
          }
          return new Atom(new String(Character.toChars(cp)), null, false);
        }
      case 'u':
        {
          char u = (char) Integer.parseInt(re.substring(i, i + 4), 16);
          i += 4;
          if (Character.isSurrogate(u)) {
            throw new Unknown();
          }
          return new Atom(String.valueOf(u), null, false);
        }
      case 'Q':
        {
          int end = re.indexOf("\\E", i);
          String quoted = end < 0 ? re.substring(i) : re.substring(i, end);
          i = end < 0 ? re.length() : end + 2;
          if (quoted.isEmpty()) {
            return ZERO;
          }
          return quantifiedQuote(quoted);
        }
      case 'k':
        i = re.indexOf('>', i) + 1;
        return OTHER;
      case 'c':
        i++;
        return OTHER;
      case 'b':
      case 'B':
      case 'A':
      case 'G':
      case 'Z':
      case 'z':
        if (re.startsWith("{", i)) {
          throw new Unknown(); // \b{g}
        }
        return ZERO;
      default:
        if (Character.isDigit(c)) {
          throw new Unknown(); // a back reference or an octal escape: how many digits it takes
        }
        if (Character.isLetter(c)) {
          return OTHER; // \d, \s, \w, \R, control chars
        }
        return new Atom(String.valueOf(c), null, false);
    }
  }

  /**
   * A quoted run: plain chars, but a quantifier right after it applies to its last char alone, so a
   * run followed by a quantifier is not read.
   */
  private Atom quantifiedQuote(String quoted) {
    if (i < re.length() && "?*+{".indexOf(re.charAt(i)) >= 0) {
      throw new Unknown();
    }
    return new Atom(quoted, null, false);
  }
}
