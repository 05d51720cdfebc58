package org.cagraph.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.nlp.Simplifier;
import org.cagraph.text.Sentence;

/**
 * Links mentions to gazetteer actors over a Simplified, lower-cased view of each sentence, so
 * 哈薩克, 哈萨克, Kazakhstan and 002's compatibility spellings all land on one key.
 *
 * <p>Passes, each only over text no earlier pass claimed: names and group words (longest match);
 * compounds (俄哈, 中俄) and abbreviations in lists (哈、烏、吉三國) or with 國/方/軍 (哈國, 美方);
 * coreference within a paragraph (兩國, 雙方, 該國, 該組織, the country).
 */
public final class Linker {
  private static final Pattern COREF = Pattern.compile(
      "两国|双方|该国|该组织|该机构|该集团|该公约|该条约|the two countries|the country|the organi[sz]ation|both countries");
  private static final String COUNT_WORDS = "两三四五六七八九等国";
  private final Map<String, Entry> dict = new HashMap<>();
  private final Map<Character, TreeSet<Integer>> lengths = new HashMap<>();
  private final Map<Character, List<Actor>> shorts = new HashMap<>();
  private final Map<String, List<Actor>> compounds = new HashMap<>();

  /** A dictionary key: actors (several for a group word), or none for a blocked phrase. */
  private record Entry(List<Actor> actors, String method) {
  }

  public Linker(Gazetteer g) {
    for (Actor a : g.actors().values()) {
      for (String n : a.names()) {
        put(n, new Entry(List.of(a), "name"), false);
      }
      for (String s : a.shortForms()) {
        String k = key(s);
        if (k.length() == 1) {
          shorts.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(a);
        } else {
          put(s, new Entry(List.of(a), "short"), false);
        }
      }
    }
    g.groupWords().forEach((word, ids) -> {
      List<Actor> members = ids.stream().map(g::get).filter(java.util.Objects::nonNull).toList();
      put(word, new Entry(members, members.isEmpty() ? "blocked" : "group"), true);
    });
    g.compounds().forEach((word, ids) ->
        compounds.put(key(word), ids.stream().map(g::get).filter(java.util.Objects::nonNull).toList()));
  }

  private void put(String surface, Entry e, boolean override) {
    String k = key(surface);
    if (k.isEmpty() || (!override && dict.containsKey(k))) {
      return;
    }
    dict.put(k, e);
    lengths.computeIfAbsent(k.charAt(0), c -> new TreeSet<>(Comparator.reverseOrder())).add(k.length());
  }

  /** The matching view: per-char Simplified, lower case; same length as the input. */
  public static String key(String s) {
    String simple = Simplifier.perChar(s);
    char[] out = new char[simple.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(simple.charAt(i));
    }
    return new String(out);
  }

  /** Links every sentence of one document; the result is parallel to {@code sentences}. */
  public List<List<Mention>> link(List<Sentence> sentences) {
    List<String> views = sentences.stream().map(s -> key(s.text())).toList();
    List<List<Mention>> out = new ArrayList<>();
    Map<String, Integer> docCounts = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<Mention> m = names(views.get(i));
      m.forEach(x -> docCounts.merge(x.actor().id(), 1, Integer::sum));
      out.add(m);
    }
    Map<Integer, Map<String, Integer>> paraCounts = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Map<String, Integer> pc = paraCounts.computeIfAbsent(sentences.get(i).paragraph(), p -> new HashMap<>());
      out.get(i).forEach(x -> pc.merge(x.actor().id(), 1, Integer::sum));
    }
    for (int i = 0; i < sentences.size(); i++) {
      Map<String, Integer> pc = paraCounts.get(sentences.get(i).paragraph());
      abbreviations(views.get(i), out.get(i), pc, docCounts);
    }
    coreference(sentences, views, out);
    for (List<Mention> m : out) {
      m.sort(Comparator.comparingInt(Mention::begin).thenComparing(x -> x.actor().id()));
    }
    return out;
  }

  private List<Mention> names(String v) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < v.length()) {
      int matched = matchAt(v, i, out);
      i += Math.max(1, matched);
    }
    return out;
  }

  private int matchAt(String v, int i, List<Mention> out) {
    TreeSet<Integer> ls = lengths.get(v.charAt(i));
    if (ls == null || (isWordChar(v.charAt(i)) && i > 0 && isWordChar(v.charAt(i - 1)))) {
      return 0;
    }
    for (int len : ls) {
      if (i + len > v.length()) {
        continue;
      }
      String k = v.substring(i, i + len);
      Entry e = dict.get(k);
      if (e == null) {
        continue;
      }
      int end = i + len;
      if (isWordChar(v.charAt(end - 1)) && end < v.length() && isWordChar(v.charAt(end))) {
        continue;
      }
      for (Actor a : e.actors()) {
        double conf = switch (e.method()) {
          case "group" -> 0.9;
          case "short" -> 0.9;
          default -> 1.0;
        };
        out.add(new Mention(a, i, end, e.method(), conf));
      }
      return len;
    }
    return 0;
  }

  private static boolean isWordChar(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }

  /** 俄哈, 中俄, 美歐; 哈、烏、吉三國; 哈國, 美方, 俄軍. */
  private void abbreviations(String v, List<Mention> mentions, Map<String, Integer> para, Map<String, Integer> doc) {
    boolean[] taken = new boolean[v.length()];
    for (Mention m : mentions) {
      for (int k = m.begin(); k < m.end(); k++) {
        taken[k] = true;
      }
    }
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < v.length()) {
      if (taken[i] || !shorts.containsKey(v.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < v.length() && !taken[j] && shorts.containsKey(v.charAt(j))) {
        j++;
      }
      String run = v.substring(i, j);
      char after = j < v.length() ? v.charAt(j) : ' ';
      List<Actor> fixed = compounds.get(run);
      if (fixed != null) {
        for (int k = 0; k < fixed.size(); k++) {
          found.add(new Mention(fixed.get(k), i, j, "compound", 0.85));
        }
      } else if (run.length() >= 2 && run.length() <= 4) {
        if (after != '洲') { // 中美洲 is Central America
          for (int k = i; k < j; k++) {
            found.add(new Mention(pick(v.charAt(k), para, doc), k, k + 1, "compound", 0.8));
          }
        }
      } else if (run.length() == 1 && (after == '国' || after == '方' || after == '军') && !taken(taken, j)) {
        found.add(new Mention(pick(v.charAt(i), para, doc), i, j + 1, "short", 0.85));
      } else if (run.length() == 1 && inList(v, i, j)) {
        found.add(new Mention(pick(v.charAt(i), para, doc), i, j, "short", 0.85));
      }
      i = j;
    }
    mentions.addAll(found);
  }

  private static boolean taken(boolean[] taken, int j) {
    return j < taken.length && taken[j];
  }

  /** A one-char item of a 、-list: 哈、烏、吉三國 or 中、俄、美等國. */
  private static boolean inList(String v, int i, int j) {
    char before = i > 0 ? v.charAt(i - 1) : ' ';
    char after = j < v.length() ? v.charAt(j) : ' ';
    boolean listBefore = before == '、';
    boolean listAfter = after == '、' || COUNT_WORDS.indexOf(after) >= 0 && listBefore;
    return listBefore || after == '、' ? (listBefore || !isHanLetter(before)) && (listAfter || !isHanLetter(after)) : false;
  }

  private static boolean isHanLetter(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** An ambiguous abbreviation (伊: Iran or Iraq) goes to the candidate the paragraph, then the paper, names most. */
  private Actor pick(char c, Map<String, Integer> para, Map<String, Integer> doc) {
    List<Actor> cands = shorts.get(c);
    Actor best = cands.get(0);
    long bestScore = -1;
    for (Actor a : cands) {
      long score = 1000L * para.getOrDefault(a.id(), 0) + doc.getOrDefault(a.id(), 0);
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    return best;
  }

  /** 兩國, 雙方 → the last two countries of the paragraph; 該國, 該組織 → the last of that type. */
  private static void coreference(List<Sentence> sentences, List<String> views, List<List<Mention>> out) {
    List<Mention> history = new ArrayList<>();
    int paragraph = -1;
    for (int s = 0; s < sentences.size(); s++) {
      if (sentences.get(s).paragraph() != paragraph) {
        history.clear();
        paragraph = sentences.get(s).paragraph();
      }
      List<Mention> here = out.get(s);
      Matcher m = COREF.matcher(views.get(s));
      List<Mention> added = new ArrayList<>();
      while (m.find()) {
        String w = m.group();
        int at = m.start();
        List<Mention> before = new ArrayList<>(history);
        here.stream().filter(x -> x.end() <= at).forEach(before::add);
        if (w.equals("两国") || w.equals("双方") || w.contains("two") || w.startsWith("both")) {
          long inSentence = here.stream().filter(x -> x.end() <= at && isCountry(x)).map(x -> x.actor().id()).distinct().count();
          if (inSentence >= 2 && w.equals("两国")) {
            continue; // 中俄兩國: the pair is already linked
          }
          for (Actor a : lastDistinct(before, "Country", 2)) {
            added.add(new Mention(a, at, m.end(), "coref", 0.7));
          }
        } else {
          String label = w.contains("国") || w.contains("country") ? "Country"
              : w.contains("公约") || w.contains("条约") ? "Agreement" : "Organization";
          for (Actor a : lastDistinct(before, label, 1)) {
            added.add(new Mention(a, at, m.end(), "coref", 0.7));
          }
        }
      }
      here.addAll(added);
      history.addAll(here);
    }
  }

  private static boolean isCountry(Mention m) {
    return m.actor().label().equals("Country");
  }

  private static List<Actor> lastDistinct(List<Mention> before, String label, int n) {
    Map<String, Actor> picked = new LinkedHashMap<>();
    for (int k = before.size() - 1; k >= 0 && picked.size() < n; k--) {
      Actor a = before.get(k).actor();
      if (a.label().equals(label)) {
        picked.putIfAbsent(a.id(), a);
      }
    }
    return picked.size() == n ? List.copyOf(picked.values()) : List.of();
  }
}
