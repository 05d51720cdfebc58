package org.cagraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.actors.Linker;
import org.cagraph.data.DataFiles;

/**
 * An office event about a linked person whose state the clause leaves unsaid (Tokayev, re-elected
 * in November 2022, …; When Nazarbayev resigned as president in March 2019, …;
 * 托卡耶夫於2019年自納札爾巴耶夫手中接任總統; Токаев был переизбран в 2022 году): the person heads his own state, the
 * one the gazetteer puts him in ({@code partOf}), which {@link RuleEngine} supplies, with the role
 * the event's phrase names, the status the scope reads at the phrase and the time reading the time
 * lexicons give it.
 *
 * <p>The phrases are data ({@code office-events.tsv}: phrase, role). The person is the actor
 * nearest before the phrase in its clause (one standing right after a word that makes him the
 * predecessor, 自, 從, 接替, from, succeeded, is skipped), or the actor right before the comma that
 * opens the phrase's clause (an apposition: Tokayev, re-elected in 2022). Nothing is read when a
 * state or a body is the office's object (just before the person, a possessive before the phrase,
 * or the phrase's object right after it: the CSTO's presidency, resigned from the CSTO council, the
 * rules' work; one elsewhere in the clause is another act's), or a title or body of {@code
 * office-other.lex} after the person or just before him (resigned as foreign minister; 當選議長;
 * Foreign Minister X resigned): a minister or a speaker heads no state.
 */
final class OfficeEvents {

  /** The rule name the statements carry. */
  static final String RULE = "office_event";

  /** The confidence of a statement read this way. */
  static final double CONFIDENCE = 0.7;

  /**
   * An office event: the placeholder of the person (its group index in the masked view) and the
   * phrase [{@code ts}, {@code te}) in the masked view, with its role (null for none).
   */
  record Event(int group, int ts, int te, String role) {}

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "["
              + RuleSet.OPEN
              + RuleSet.MOD_OPEN
              + "]([A-Z]+)#(\\d+)[^"
              + RuleSet.CLOSE
              + "]*"
              + RuleSet.CLOSE);

  /** Words right before a person that make him the predecessor, not the one taking office. */
  private static final Pattern PREDECESSOR =
      Pattern.compile(
          "(?:自|从|接替|接任|继任|取代|(?<![\\p{L}])(?:from|succeeded|succeeding|replaced|replacing|сменил|сменила|сменив)\\s)\\s*$");

  /**
   * An apposition's opening before the phrase (Tokayev, re-elected / Tokayev, who was re-elected).
   */
  private static final Pattern APPOSITION =
      Pattern.compile(
          "\\s*(?:who\\s+(?:was\\s+|had\\s+been\\s+|has\\s+been\\s+)?|который\\s+был\\s+)?");

  /**
   * What may stand between the office's object and the phrase after it (CSTO's presidency, 上合組織的).
   */
  private static final Pattern OBJECT_BEFORE = Pattern.compile("\\s*(?:'s|’s|的)?\\s*");

  /** What may stand between the phrase and its object after it (resigned from the CSTO; 連任上合組織). */
  private static final Pattern OBJECT_AFTER =
      Pattern.compile("\\s*(?:(?:as|from|of|at|to|in|the|в|из|на|с|со)\\s+){0,2}");

  /** An office word and "of" right after the phrase: the office of something the text names. */
  private static final Pattern OF_AFTER =
      Pattern.compile("\\s+(?:[\\p{L}-]+\\s+){0,2}of(?![\\p{L}])");

  private static final Map<String, String> PHRASES =
      DataFiles.pairs("rules/office-events.tsv", "an office phrase and its role");

  private static final Pattern EVENTS = alternation(PHRASES.keySet());

  private static final Pattern OTHER = alternation(DataFiles.entries("rules/office-other.lex"));

  /** The role of each phrase in its matching view. */
  private static final Map<String, String> ROLES = roles();

  private OfficeEvents() {}

  private static Map<String, String> roles() {
    Map<String, String> out = new java.util.HashMap<>();
    PHRASES.forEach(
        (k, v) -> out.put(key(k).replace("*", ""), "-".equals(v.strip()) ? null : v.strip()));
    return out;
  }

  private static String key(String entry) {
    return Linker.key(entry.strip().replace('_', ' '));
  }

  /**
   * One pattern for a list of entries: each in the matching view, longest first; a Latin or
   * Cyrillic entry as whole words, a trailing {@code *} taking any ending.
   */
  private static Pattern alternation(java.util.Collection<String> entries) {
    List<String> keys =
        entries.stream()
            .map(OfficeEvents::key)
            .filter(k -> !k.isEmpty())
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    List<String> parts = new ArrayList<>();
    for (String k : keys) {
      boolean stem = k.endsWith("*");
      String w = stem ? k.substring(0, k.length() - 1) : k;
      boolean letters = w.codePoints().anyMatch(c -> c < 0x2E80 && Character.isLetter(c));
      String body = Pattern.quote(w);
      if (letters) {
        body = "(?<![\\p{L}-])" + body + (stem ? "[\\p{L}-]*" : "(?![\\p{L}])");
      }
      parts.add(body);
    }
    return Pattern.compile("(?:" + String.join("|", parts) + ")");
  }

  /**
   * The office events of a masked sentence: {@code masked} is the matching view with each group of
   * actors one placeholder, which spells the group's types (P for persons).
   */
  static List<Event> read(String masked) {
    List<int[]> holders = new ArrayList<>(); // start, end, group, persons only (1/0)
    Matcher p = PLACEHOLDER.matcher(masked);
    while (p.find()) {
      holders.add(
          new int[] {
            p.start(), p.end(), Integer.parseInt(p.group(2)), p.group(1).equals("P") ? 1 : 0
          });
    }
    List<Event> out = new ArrayList<>();
    if (holders.isEmpty()) {
      return out;
    }
    Matcher m = EVENTS.matcher(masked);
    while (m.find()) {
      int ts = m.start();
      int te = m.end();
      if (inside(holders, ts)) {
        continue;
      }
      int cs = RuleEngine.clauseStart(masked, ts);
      int ce = RuleEngine.clauseEnd(masked, te);
      int[] person = null;
      for (int[] h : holders) {
        if (h[3] == 1 && h[0] >= cs && h[1] <= ts && ts - h[1] <= 40) {
          if (!PREDECESSOR.matcher(masked.substring(Math.max(cs, h[0] - 12), h[0])).find()) {
            person = h;
          }
        }
      }
      int from = cs;
      if (person == null
          && cs > 0
          && masked.charAt(cs - 1) == ','
          && APPOSITION.matcher(masked.substring(cs, ts)).matches()) {
        // Tokayev, re-elected in November 2022, …: the phrase's clause opens right after him
        int comma = cs - 1;
        for (int[] h : holders) {
          if (h[1] <= comma && masked.substring(h[1], comma).isBlank()) {
            person = h;
          }
        }
        if (person != null) {
          if (person[3] == 0) {
            continue;
          }
          from = RuleEngine.clauseStart(masked, person[0]);
        }
      }
      if (person == null) {
        continue;
      }
      // a state or a body just before the person (CSTO chief X), just before the phrase or right
      // after it (the office's object: 連任上合組織秘書長, resigned from the CSTO council): the office
      // is its, and the rules' to read; one elsewhere in the clause is another act's (travelled to
      // Ashgabat as president; 以總統身分與中亞五國元首舉行峰會)
      // (a Latin or Cyrillic phrase has its object right before it only as a possessive: the
      // CSTO's presidency; travelled to Ashgabat as president is no office of Ashgabat)
      boolean ownedBefore =
          han(masked.substring(ts, te)) || masked.startsWith("'", ts) || masked.startsWith("’", ts);
      int[] who = person;
      int lo = Math.max(from, who[0] - 30);
      if (holders.stream()
          .anyMatch(
              h ->
                  h[3] == 0
                      && (h[0] >= lo && h[0] < who[0]
                          || ownedBefore
                              && h[1] <= ts
                              && OBJECT_BEFORE.matcher(masked.substring(h[1], ts)).matches()
                          || h[0] >= te
                              && OBJECT_AFTER.matcher(masked.substring(te, h[0])).matches()))) {
        continue;
      }
      // another office after the person (resigned as foreign minister) or a title just before him
      String around =
          blank(masked.substring(Math.max(from, person[0] - 30), person[0]))
              + " "
              + blank(masked.substring(person[1], ce));
      if (OTHER.matcher(around).find()) {
        continue;
      }
      if (OF_AFTER.matcher(masked.substring(te, ce)).lookingAt()) {
        continue; // as president of the football federation: the office of a body left unlinked
      }
      String phrase = masked.substring(ts, te);
      out.add(new Event(person[2], ts, te, role(phrase)));
    }
    return out;
  }

  private static String role(String phrase) {
    String exact = ROLES.get(phrase);
    if (exact != null || ROLES.containsKey(phrase)) {
      return exact;
    }
    // a stem's match (переизбрана): the longest entry it starts with
    return ROLES.entrySet().stream()
        .filter(e -> phrase.startsWith(e.getKey()))
        .max(Comparator.comparingInt(e -> e.getKey().length()))
        .map(Map.Entry::getValue)
        .orElse(null);
  }

  /** The text with each placeholder blanked (an agreement keeps its words in its placeholder). */
  private static String blank(String s) {
    return PLACEHOLDER.matcher(s).replaceAll(" ");
  }

  private static boolean han(String s) {
    return s.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static boolean inside(List<int[]> holders, int at) {
    return holders.stream().anyMatch(h -> at >= h[0] && at < h[1]);
  }
}
