package org.cagraph.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.text.Sentence;

/**
 * Actors the gazetteer lacks: NER mentions (ORGANIZATION, GPE, PERSON, FACILITY) seen in two
 * sentences or glossed in English by the paper (巴基斯坦塔利班運動（Tehrik-e Taliban Pakistan, TTP）),
 * and named agreements in 「」 or 《》 (「建立經濟聯盟條約」(Treaty on establishment of the Economic Union)).
 * Variants are merged on the matching key; fragments that are not actors are filtered out.
 */
public final class Discovery {
  private static final Pattern TITLE = Pattern.compile(
      "[「《〈]([^」》〉「《]{2,40}?(?:條約|条约|協定|协定|宣言|憲章|宪章|備忘錄|备忘录|協議|协议|公約|公约|聲明|声明|議定書|议定书))[」》〉]"
          + "(?:\\s*[（(]\\s*([A-Z][^）)]{5,120})[）)])?");
  private static final Pattern GLOSS = Pattern.compile("^\\s*[（(]\\s*([A-Z][A-Za-z .'&-]{2,80}?)\\s*(?:[,，;；][^）)]*)?[）)]");
  private static final Pattern JUNK = Pattern.compile(".*(\\d|第.|節|章|关系|關係|問題|问题|政策|战略|戰略|地区|地區|国家|國家|经济|經濟|安全|合作|主义|主義|政府|[、，。「」《》()（）]).*");
  private static final Map<String, String> LABELS = Map.of("ORGANIZATION", "Organization", "GPE", "Place", "PERSON",
      "Person", "FACILITY", "Facility", "LOCATION", "Place");
  private final Set<String> gazetteerIds;
  private final Set<String> knownKeys = new HashSet<>();
  private final Map<String, Candidate> candidates = new LinkedHashMap<>();

  private static final class Candidate {
    String label;
    String surface;
    String english;
    final Set<String> sentences = new HashSet<>();
    final Set<String> surfaces = new java.util.LinkedHashSet<>();
  }

  public Discovery(Gazetteer g) {
    this.gazetteerIds = g.actors().keySet();
    for (Actor a : g.actors().values()) {
      a.names().forEach(n -> knownKeys.add(Linker.key(n)));
    }
  }

  /** Notes the candidates of one sentence (thread-confined: call from one thread). */
  public void observe(AnnotatedSentence a, List<Mention> mentions) {
    Sentence s = a.sentence();
    if (s.kind() == Sentence.Kind.HEADING) {
      return;
    }
    boolean[] taken = taken(s.text().length(), mentions);
    for (AnnotatedSentence.Entity e : a.entities()) {
      String label = LABELS.get(e.tag());
      if (label == null || overlaps(taken, e.begin(), e.end()) || !plausible(e.text(), label)) {
        continue;
      }
      Candidate c = candidate(Linker.key(e.text()), label, e.text());
      c.sentences.add(s.id());
      Matcher g = GLOSS.matcher(s.text().substring(e.end()));
      if (g.find() && c.english == null) {
        c.english = g.group(1).strip();
      }
    }
    Matcher t = TITLE.matcher(s.text());
    while (t.find()) {
      if (overlaps(taken, t.start(1), t.end(1))) {
        continue;
      }
      Candidate c = candidate(Linker.key(t.group(1)), "Agreement", t.group(1));
      c.sentences.add(s.id());
      if (t.group(2) != null && c.english == null) {
        c.english = t.group(2).strip();
      }
    }
  }

  private Candidate candidate(String key, String label, String surface) {
    Candidate c = candidates.computeIfAbsent(key, k -> new Candidate());
    if (c.label == null) {
      c.label = label;
      c.surface = surface;
    }
    c.surfaces.add(surface);
    return c;
  }

  /** The discovered actors: agreements always, others when seen twice or glossed. */
  public List<Actor> actors() {
    List<Actor> out = new ArrayList<>();
    Set<String> ids = new HashSet<>(gazetteerIds);
    Map<String, Actor> byEnglish = new HashMap<>();
    for (Map.Entry<String, Candidate> e : candidates.entrySet()) {
      Candidate c = e.getValue();
      if (knownKeys.contains(e.getKey())) {
        continue;
      }
      boolean keep = c.label.equals("Agreement") || c.sentences.size() >= 2 || c.english != null;
      if (!keep) {
        continue;
      }
      boolean zh = c.surface.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
      String english = c.english != null ? c.english : zh ? pinyin(c.surface) : c.surface;
      if (byEnglish.containsKey(english.toLowerCase(Locale.ROOT))) {
        continue; // a variant of one already kept
      }
      String id = slug(english);
      if (id.isEmpty()) {
        continue;
      }
      String unique = id;
      for (int n = 2; ids.contains(unique); n++) {
        unique = id + "_" + n;
      }
      ids.add(unique);
      List<String> aliases = new ArrayList<>(c.surfaces);
      if (c.english != null) {
        aliases.add(c.english);
      }
      Actor a = new Actor(unique, c.label, english, zh ? c.surface : null, List.copyOf(aliases), List.of(), null, null,
          true);
      byEnglish.put(english.toLowerCase(Locale.ROOT), a);
      out.add(a);
    }
    return out;
  }

  private static boolean plausible(String text, String label) {
    String t = text.strip();
    boolean zh = t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    if (zh ? t.length() < 2 : t.length() < 3) {
      return false;
    }
    if (label.equals("Person") && zh && t.length() > 8) {
      return false;
    }
    return !JUNK.matcher(t).matches() && Character.isLetter(t.charAt(0));
  }

  private static boolean[] taken(int n, List<Mention> mentions) {
    boolean[] t = new boolean[n];
    for (Mention m : mentions) {
      for (int k = m.begin(); k < m.end() && k < n; k++) {
        t[k] = true;
      }
    }
    return t;
  }

  private static boolean overlaps(boolean[] taken, int b, int e) {
    for (int k = b; k < e && k < taken.length; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }

  static String slug(String s) {
    String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
  }

  static String pinyin(String zh) {
    HanyuPinyinOutputFormat f = new HanyuPinyinOutputFormat();
    f.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    f.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    StringBuilder b = new StringBuilder();
    for (char c : zh.toCharArray()) {
      try {
        String[] p = PinyinHelper.toHanyuPinyinStringArray(c, f);
        if (p != null && p.length > 0) {
          b.append(b.length() > 0 ? " " : "").append(p[0].replace("u:", "v"));
        } else if (Character.isLetterOrDigit(c)) {
          b.append(c);
        }
      } catch (BadHanyuPinyinOutputFormatCombination e) {
        throw new IllegalStateException(e);
      }
    }
    return b.toString();
  }
}
