package org.cagraph.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organs of an organisation a sentence names by their kind alone (設在北京的秘書處, the secretariat,
 * секретариат), after the organisation: the gazetteer's organs are the actors whose parent ({@link
 * Actor#partOf}) is an organisation and whose name is the parent's name and an organ word (SCO
 * Secretariat, 上海合作組織秘書處, Секретариат ШОС: secretariat, 秘書處, секретариат). A bare organ word links
 * to the organ of the organisation named last before it in the paragraph, when that organisation
 * has an organ of that word; nothing otherwise. A state's organ ({@link #stateOrganWord}: the
 * Senate, Сенат, 參議院) links to the one state its sentence, else its paragraph, names.
 */
final class OrganDescriptions {
  /** Organ word (keyed) → the organs it names, one per parent. */
  private final Map<String, List<Actor>> organs = new HashMap<>();

  private final Pattern words;

  private final Map<String, Actor> byId;

  OrganDescriptions(Map<String, Actor> byId) {
    this.byId = byId;
    for (Actor organ : byId.values()) {
      Actor parent = organ.partOf() == null ? null : byId.get(organ.partOf());
      if (parent == null
          || !(parent.label().equals("Organization") || parent.label().equals("Country"))
          || !organ.label().equals("Organization")) {
        continue;
      }
      boolean ofState = parent.label().equals("Country");
      for (String n : keys(organ)) {
        for (String p : keys(parent)) {
          String w = ofState ? stateOrganWord(n, p) : organWord(n, p);
          if (w != null) {
            List<Actor> list = organs.computeIfAbsent(w, k -> new ArrayList<>());
            if (!list.contains(organ)) {
              list.add(organ);
            }
          }
        }
      }
    }
    List<String> all =
        organs.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    words =
        all.isEmpty()
            ? null
            : Pattern.compile(
                "(?:"
                    + String.join("|", all.stream().map(Pattern::quote).toList())
                    + ")[а-яё]{0,3}(?![\\p{L}&&[^\\p{IsHan}]])");
  }

  private static List<String> keys(Actor a) {
    List<String> k = new ArrayList<>();
    k.add(Linker.key(a.name()));
    k.add(
        Linker.key(
            a.name().replaceAll("\\s*\\([^()]*\\)$", ""))); // without a note: (Halk Maslahaty)
    a.aliases().forEach(x -> k.add(Linker.key(x)));
    return k;
  }

  /**
   * The organ word of an organ's name {@code n} after (or, in Latin and Cyrillic, before) its
   * parent's name {@code p}: 上海合作组织秘书处 → 秘书处, sco secretariat → secretariat, секретариат шос →
   * секретариат (a Russian word cut to its stem, taking any ending); null when {@code n} holds no
   * such word.
   */
  private static String organWord(String n, String p) {
    boolean han = p.chars().anyMatch(Character::isIdeographic);
    if (han && p.length() >= 2 && n.startsWith(p) && n.length() - p.length() >= 2) {
      String w = n.substring(p.length());
      return w.chars().allMatch(Character::isIdeographic) ? w : null;
    }
    if (!han && p.length() >= 2 && n.startsWith(p + " ")) {
      String w = n.substring(p.length() + 1);
      return w.matches("[a-z]{4,}(?: [a-z]{4,})?") ? w : null;
    }
    if (!han && p.length() >= 2 && n.endsWith(" " + p)) {
      String w = n.substring(0, n.length() - p.length() - 1);
      if (w.matches("[а-яё]{6,}")) {
        return w.substring(0, w.length() - 2); // секретариат → секретари: any case
      }
      return w.matches("[a-z]{4,}") ? w : null;
    }
    return null;
  }

  /** The kinds of a state's organ that prose names bare once the state is clear. */
  private static final Pattern STATE_ORGAN_EN =
      Pattern.compile("(?:[a-z'’-]{4,} ){0,3}(?:council|senate|committee|assembly|parliament)");

  private static final Pattern STATE_ORGAN_ZH = Pattern.compile(".{1,6}(?:会议|委员会|议院)");

  private static final Pattern STATE_ORGAN_RU = Pattern.compile("(?:сенат|парламент|мажилис)");

  /**
   * The organ word of a state's organ {@code n} after its state's name {@code p}: security council
   * of kazakhstan → security council, 哈萨克参议院 → 参议院, сенат казахстана → сенат (a chamber, a council,
   * a committee: what prose names bare once its state is clear); null otherwise.
   */
  static String stateOrganWord(String n, String p) {
    boolean han = p.chars().anyMatch(Character::isIdeographic);
    if (han && p.length() >= 2 && n.startsWith(p) && n.length() - p.length() >= 2) {
      String w = n.substring(p.length());
      return STATE_ORGAN_ZH.matcher(w).matches() ? w : null;
    }
    if (han || p.length() < 3) {
      return null;
    }
    for (String of : List.of(" of the ", " of ")) {
      if (n.endsWith(of + p)) {
        String w = n.substring(0, n.length() - p.length() - of.length());
        return STATE_ORGAN_EN.matcher(w).matches() ? w : null;
      }
    }
    int sp = n.indexOf(' ');
    if (sp > 0 && p.matches("[а-яё]+") && n.substring(sp + 1).matches(p + "[а-яё]{0,2}")) {
      String w = n.substring(0, sp);
      return STATE_ORGAN_RU.matcher(w).matches() ? w : null;
    }
    return null;
  }

  /** The endings a Russian organ word ending in a consonant takes: сенат, Сената, Сенатом. */
  private static final Pattern RU_NOUN_ENDING = Pattern.compile("(?:|а|у|ом|е|ы|ов)");

  /** Before a Chinese organ word: what lets it stand bare (設在北京的秘書處, 和秘書處, 即秘書處). */
  private static final String BARE_BEFORE_ZH = "的和与及、即是其该在由，；。：";

  /**
   * Adds to {@code out} the organs the keyed sentence {@code v} names by their word alone; {@code
   * earlier} holds the mentions of the paragraph's earlier sentences.
   */
  void link(String v, List<Mention> out, List<Mention> earlier) {
    if (words == null) {
      return;
    }
    organTitles(v, out, earlier);
    Matcher m = words.matcher(v);
    while (m.find()) {
      int b = m.start();
      int e = m.end();
      if (out.stream().anyMatch(x -> x.begin() < e && b < x.end())) {
        continue; // a name covers it (上合組織秘書處)
      }
      char prev = b > 0 ? v.charAt(b - 1) : ' ';
      boolean han = Character.isIdeographic(v.codePointAt(b));
      if (han
          ? Character.isIdeographic(prev) && BARE_BEFORE_ZH.indexOf(prev) < 0
          : Character.isLetter(prev)) {
        continue; // a longer noun (地區反恐怖機構執行委員會's 委員會 is not bare)
      }
      if (!han
          && v.substring(b, e).matches("[a-z ]+")
          && !v.substring(Math.max(0, b - 6), b).matches("(?:.*[^\\p{L}])?(?:the|its|whose) $")) {
        continue; // English: the secretariat, its secretariat, the bloc, whose secretariat
      }
      String w = key(v.substring(b, e));
      List<Actor> cands = organs.get(w);
      if (cands == null) {
        continue;
      }
      // the organisation of this sentence named last before the word; else the one organisation
      // of the paragraph's earlier sentences that has such an organ (two: no guess)
      Actor parent =
          out.stream()
              .filter(x -> x.end() <= b && isParent(x.actor(), cands))
              .max(Comparator.comparingInt(Mention::end))
              .map(Mention::actor)
              .orElse(null);
      if (parent == null) {
        List<Actor> inParagraph =
            earlier.stream()
                .map(Mention::actor)
                .filter(a -> isParent(a, cands))
                .distinct()
                .toList();
        parent = inParagraph.size() == 1 ? inParagraph.get(0) : null;
      }
      if (parent == null) {
        parent =
            soleState(
                out,
                earlier,
                cands,
                HEADSHIP
                    .matcher(v.substring(Math.max(0, b - 30), Math.min(v.length(), e + 16)))
                    .find());
      }
      if (parent == null) {
        continue;
      }
      if (w.matches("[а-яё]+")
          && !w.equals(v.substring(b, e))
          && parent.label().equals("Country")
          && !RU_NOUN_ENDING.matcher(v.substring(b + w.length(), e)).matches()) {
        continue; // сенатор: a person, not the chamber
      }
      Actor p = parent;
      List<Actor> organ = cands.stream().filter(o -> p.id().equals(o.partOf())).toList();
      if (organ.size() == 1) {
        out.add(new Mention(organ.get(0), b, e, "coref", 0.7));
      }
    }
  }

  /**
   * A state's organ named bare (the Senate, Сенат, 參議院, the People's Council): the one state the
   * sentence names, else the one state the paragraph's earlier sentences name, when that state has
   * an organ of that word. A word an organisation's organ shares (the Security Council: the UN's)
   * is read so only beside a word of its headship (Nazarbayev kept the chairmanship of the Security
   * Council; the Security Council chairmanship): Kazakhstan served on the Security Council means
   * the UN's. Null when two states are named, or none.
   *
   * @param headed a chairman's or secretary's word stands right before or after the organ's word
   */
  private Actor soleState(
      List<Mention> out, List<Mention> earlier, List<Actor> cands, boolean headed) {
    boolean shared =
        cands.stream()
            .anyMatch(
                o -> {
                  Actor pa = byId.get(o.partOf());
                  return pa != null && pa.label().equals("Organization");
                });
    if (shared && !headed) {
      return null;
    }
    List<Actor> here = states(out);
    List<Actor> states = !here.isEmpty() ? here : states(earlier);
    if (states.size() != 1) {
      return null;
    }
    Actor st = states.get(0);
    return cands.stream().anyMatch(o -> st.id().equals(o.partOf())) ? st : null;
  }

  /**
   * A head's word beside an organ's (the chairmanship of the Security Council, секретарь Совбеза).
   */
  private static final Pattern HEADSHIP =
      Pattern.compile("(?i)chair|secretar|председател|секретар|主席|秘書|秘书");

  private static List<Actor> states(List<Mention> mentions) {
    return mentions.stream()
        .map(Mention::actor)
        .filter(a -> a.label().equals("Country"))
        .distinct()
        .toList();
  }

  private String key(String found) {
    if (organs.containsKey(found)) {
      return found;
    }
    for (String w : organs.keySet()) {
      if (found.startsWith(w) && w.matches("[а-яё]+")) {
        return w;
      }
    }
    return found;
  }

  private static boolean isParent(Actor a, List<Actor> organs) {
    return a.label().equals("Organization")
        && organs.stream().anyMatch(o -> a.id().equals(o.partOf()));
  }

  private static final WordLists WORDS = WordLists.read("gazetteer/linker-words.tsv");

  /** Title (keyed) → the organ word its holder heads. */
  private static final Map<String, String> TITLES = new HashMap<>();

  static {
    for (String e : WORDS.get("organ_titles").split("\\|")) {
      String[] kv = e.replace('_', ' ').split(":");
      TITLES.put(kv[0], kv[1]);
    }
  }

  private static final Pattern TITLE =
      Pattern.compile(
          "(?<![a-z-])(?:(?:the|its) )?((?:首任|第一任|前任|现任|时任|新任|第二任|下任|first |former |new |current )?)("
              + String.join(
                  "|",
                  TITLES.keySet().stream()
                      .sorted(Comparator.comparingInt(String::length).reversed())
                      .map(Pattern::quote)
                      .toList())
              + ")(?![a-z-])");

  /** Words before a title that make it no head's: deputy, assistant, under-, vice-. */
  private static final Pattern NOT_HEAD_BEFORE =
      Pattern.compile("(?:deputy|assistant|under|vice)[ -]$|заместител[ья] $");

  /**
   * A bare title of an organ's head (首任秘書長, the secretary-general) in a sentence that does not name
   * the organisation heads the organisation whose organ of the title's word the sentence names
   * before it (上海合作組織秘書處…由張德廣出任首任秘書長) or, else, whose such organ or itself the paragraph names, one
   * only: a zero-width reference to it stands right before the title (the rules read 出任 □首任秘書長 as
   * they read 出任上合組織首任秘書長). Not after an organisation, a state or a person (上合組織秘書長, 聯合國的秘書長), nor
   * a deputy (副秘書長).
   */
  void organTitles(String v, List<Mention> out, List<Mention> earlier) {
    Matcher m = TITLE.matcher(v);
    while (m.find()) {
      int b = m.start(1);
      int e = m.end(2);
      if (out.stream().anyMatch(x -> x.begin() < e && b < x.end())) {
        continue;
      }
      int p = b;
      while (p > 0 && (v.charAt(p - 1) == '的' || v.charAt(p - 1) == ' ')) {
        p--;
      }
      int q = p;
      if (p > 0 && "副助".indexOf(v.charAt(p - 1)) >= 0
          || NOT_HEAD_BEFORE.matcher(v.substring(Math.max(0, b - 12), b)).find()
          || out.stream().anyMatch(x -> x.end() == q && x.end() > x.begin())) {
        continue; // a deputy or an assistant; a title of a named body (上合組織秘書長)
      }
      List<Actor> cands = organs.getOrDefault(TITLES.get(m.group(2)), List.of());
      if (cands.isEmpty()) {
        continue;
      }
      if (out.stream().anyMatch(x -> isParent(x.actor(), cands))) {
        continue; // the organisation itself is named here: the rules read its title
      }
      if (out.stream()
          .anyMatch(
              x ->
                  x.actor().label().equals("Organization")
                      && x.end() > x.begin()
                      && parentOf(x.actor(), cands) == null)) {
        continue; // another organisation named here (the Secretary-General of NATO): not ours
      }
      Actor parent =
          out.stream()
              .filter(x -> x.end() <= b && parentOf(x.actor(), cands) != null)
              .max(Comparator.comparingInt(Mention::end))
              .map(x -> parentOf(x.actor(), cands))
              .orElse(null);
      if (parent == null) {
        // the paragraph's organisations (an organ counted as its parent's): one only, and one
        // with such an organ (the CSTO and the SCO: either could have a secretary-general)
        List<Actor> inParagraph =
            earlier.stream()
                .map(Mention::actor)
                .filter(a -> a.label().equals("Organization"))
                .map(a -> organOf(a) != null ? organOf(a) : a)
                .distinct()
                .toList();
        parent =
            inParagraph.size() == 1 && isParent(inParagraph.get(0), cands)
                ? inParagraph.get(0)
                : null;
      }
      if (parent != null) {
        out.add(new Mention(parent, b, b, "coref", 0.6));
      }
    }
  }

  /** The organisation whose organ {@code a} is (of any word); else null. */
  private Actor organOf(Actor a) {
    Actor p = a.partOf() == null ? null : byId.get(a.partOf());
    return p != null
            && p.label().equals("Organization")
            && organs.values().stream().anyMatch(l -> l.contains(a))
        ? p
        : null;
  }

  /** The organisation {@code a} is, or whose organ of {@code organs} it is; else null. */
  private Actor parentOf(Actor a, List<Actor> organs) {
    if (isParent(a, organs)) {
      return a;
    }
    return organs.contains(a) ? byId.get(a.partOf()) : null;
  }
}
