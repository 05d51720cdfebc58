package org.cagraph.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.data.DataFiles;

/**
 * The membership a reference to an organisation's member states states of each of them: when the
 * linker resolved a phrase to states by the organisation's membership (上合組織八個成員國: the eight states
 * the SCO had when it had eight; {@link Mention#via}), the phrase says that each is a member of it.
 * One MEMBER_OF (state → organisation) for each, cited by the phrase's sentence; its status is what
 * the phrase's clause says of it, as for a rule's trigger ({@link Scope}: 將擴大為十個成員國 is planned,
 * 並非…成員國 negated), and the words in the phrase give the role or take the membership back
 * (data/rules/membership-phrases.tsv: 創始 founding, 觀察員 observer, 前 a former member: none).
 */
final class MembershipPhrases {
  private MembershipPhrases() {}

  /** The rule name the statements carry. */
  static final String RULE = "member_phrase";

  /** A reference's reading: below the rules' (the engine adds it only where none read the pair). */
  static final double CONFIDENCE = 0.6;

  /**
   * A membership the phrase states: the state, the organisation (ids), the role, the status, and
   * the date it held at (null when the sentence gives none).
   */
  record Member(String state, String org, String role, String status, String date) {}

  private static final Map<Pattern, String> ROLES;

  /** Words taken out of a phrase before its role words are looked for (前述: no former). */
  private static final List<String> MASKS;

  /**
   * The words a phrase right after them is a stated count ({@code count}) or still a reference
   * ({@code reference}), longest first, each ending where the phrase starts.
   */
  private static final Map<Pattern, String> BEFORE;

  static {
    Map<Pattern, String> roles = new LinkedHashMap<>();
    List<String> masks = new ArrayList<>();
    Map<Pattern, String> before = new LinkedHashMap<>();
    read(roles, masks, before);
    ROLES = java.util.Collections.unmodifiableMap(roles);
    MASKS = List.copyOf(masks);
    BEFORE = java.util.Collections.unmodifiableMap(before);
  }

  private static void read(
      Map<Pattern, String> roles, List<String> masks, Map<Pattern, String> beforeWords) {
    List<String[]> before = new ArrayList<>();
    for (String line : DataFiles.lines("rules/membership-phrases.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(
            "data/rules/membership-phrases.tsv: '" + line + "': expected a word and a role");
      }
      String w = Linker.key(f[0].strip()).replace("_", " ");
      String kind = f[1].strip();
      if (kind.equals("mask")) {
        masks.add(w);
        continue;
      }
      if (kind.equals("count") || kind.equals("reference")) {
        before.add(new String[] {w, kind});
        continue;
      }
      boolean latin = w.chars().anyMatch(c -> Character.isLetter(c) && c < 0x0400);
      boolean cyrillic = w.chars().anyMatch(c -> c >= 0x0400 && c < 0x0530);
      String re =
          latin
              ? "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])"
              : cyrillic ? "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) : Pattern.quote(w);
      roles.put(Pattern.compile(re), kind);
    }
    before.sort((a, b) -> b[0].length() - a[0].length());
    for (String[] b : before) {
      boolean wordy = b[0].chars().anyMatch(c -> Character.isLetter(c) && c < 0x2E80);
      String re = (wordy ? "(?<![\\p{L}\\p{N}])" : "") + Pattern.quote(b[0]) + "\\s*$";
      beforeWords.put(Pattern.compile(re), b[1]);
    }
  }

  /**
   * Whether the text before a phrase ends in a word that makes the phrase a stated count (擁有五個成員國),
   * not a reference (所有五個成員國).
   */
  static boolean statedCount(String before) {
    for (Map.Entry<Pattern, String> e : BEFORE.entrySet()) {
      if (e.getKey().matcher(before).find()) {
        return e.getValue().equals("count");
      }
    }
    return false;
  }

  /**
   * The role the phrase gives ({@code member} unless a word of the data file says otherwise), or
   * null when it states no membership (a former member, a candidate).
   */
  static String role(String phrase) {
    for (String w : MASKS) {
      phrase = phrase.replace(w, " ");
    }
    String role = "member";
    for (Map.Entry<Pattern, String> e : ROLES.entrySet()) {
      if (e.getKey().matcher(phrase).find()) {
        if (e.getValue().equals("none")) {
          return null;
        }
        role = e.getValue();
      }
    }
    return role;
  }

  /**
   * The memberships the sentence's membership phrases state. {@code masked}: the sentence with each
   * placeholder, {@code toText} its offsets in {@code view}, {@code words} and {@code at}: the
   * sentence's words with each placeholder one character, and where each masked character stands in
   * them.
   */
  static List<Member> read(
      Scope scope,
      List<Mention> mentions,
      String view,
      CharSequence masked,
      List<Integer> toText,
      String words,
      int[] at,
      List<DateMention> ds) {
    List<Member> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.via() == null
          || !m.actor().label().equals("Country")
          || m.end() > view.length()
          || m.actor().id().equals(m.via())) {
        continue;
      }
      String role = role(view.substring(m.begin(), m.end()));
      int k = placeholder(masked, toText, m.begin(), m.end());
      if (role == null || k < 0 || statedCount(view.substring(0, m.begin()))) {
        continue;
      }
      String status = scope.status("MEMBER_OF", words, at[k], at[k] + 1, true);
      out.add(new Member(m.actor().id(), m.via(), role, status, dateOf(ds, view, m.begin())));
    }
    return out;
  }

  /**
   * When the membership held: the last date before the phrase in its sentence (in 2021 the SCO's
   * eight member states…), else the first after it in its clause; null when neither.
   */
  private static String dateOf(List<DateMention> ds, String view, int begin) {
    DateMention found = null;
    for (DateMention d : ds) {
      if (d.end() <= begin && (found == null || d.begin() > found.begin())) {
        found = d;
      }
    }
    if (found == null) {
      for (DateMention d : ds) {
        if (d.begin() >= begin
            && (found == null || d.begin() < found.begin())
            && d.begin() <= view.length()
            && !view.substring(begin, d.begin()).matches("(?s).*[，。；,;].*")) {
          found = d;
        }
      }
    }
    return found == null ? null : found.date();
  }

  /**
   * Where the placeholder that holds the text [{@code begin}, {@code end}) opens in {@code masked},
   * or -1 (none holds it all).
   */
  private static int placeholder(CharSequence masked, List<Integer> toText, int begin, int end) {
    int found = -1;
    for (int k = 0; k < masked.length() && toText.get(k) <= begin; k++) {
      char c = masked.charAt(k);
      if (c == RuleSet.OPEN || c == RuleSet.MOD_OPEN) {
        found = k;
      }
    }
    int close = found;
    while (close >= 0 && close < masked.length() && masked.charAt(close) != RuleSet.CLOSE) {
      close++;
    }
    boolean holds =
        found >= 0
            && close < masked.length()
            && (close + 1 >= masked.length() || toText.get(close + 1) >= end);
    return holds ? found : -1;
  }
}
