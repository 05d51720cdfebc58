package org.cagraph.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cagraph.data.DataFiles;
import org.cagraph.nlp.Simplifier;
import org.cagraph.text.Sentence;

/**
 * Links mentions to gazetteer actors over a Simplified, lower-cased view of each sentence, so 哈薩克,
 * 哈萨克, Kazakhstan and 002's compatibility spellings all land on one key.
 *
 * <p>Passes, each only over text no earlier pass claimed: names and group words (longest match; a
 * group word without members blocks its phrase, e.g. regions such as 中亞); capitals used as actors
 * (北京並未公開支持莫斯科) become their state; compounds (俄哈, 中俄) and abbreviations in lists (哈、烏、吉三國;
 * 法、德、俄甚至), with 國/方/軍 (哈國, 美方) or in a clause as a state (吉舉行總統大選, 訪俄之旅); coreference within a
 * paragraph (兩國, 雙方, 該國, 該組織, 該3國, 其他4國, 此一宇航基地, the two nations).
 */
public final class Linker {
  private static final String COUNT_WORDS = "两三四五六七八九等国";

  /**
   * The word lists of data/gazetteer/linker-words.tsv (what surrounds a name: see the comments
   * there).
   */
  private static final WordLists WORDS = WordLists.read("gazetteer/linker-words.tsv");

  /** English adjectives and demonyms of states (CoreNLP's list). */
  private static final Demonyms DEMONYMS = Demonyms.of(WORDS);

  private static final String NOT_STATE_AFTER = WORDS.get("not_state_after");
  private static final List<String> STATE_PREDICATES =
      List.of(WORDS.get("state_predicates").split("\\|"));
  private static final String CLAUSE_LEFT = WORDS.get("clause_left");
  private static final String OBJECT_VERBS = WORDS.get("object_verbs");
  private static final String CLAUSE_SHORTS = WORDS.get("clause_shorts");
  private static final String OBJECT_SHORTS = WORDS.get("object_shorts");
  private static final Pattern LOCATIVE_BEFORE =
      Pattern.compile("(" + alternatives("locative_before") + ")\\s*$");
  private static final Pattern NAMESAKE = Pattern.compile("\\s*(" + alternatives("namesake") + ")");
  private static final Pattern NAMESAKE_BEFORE =
      Pattern.compile("(" + alternatives("namesake_before") + ")\\s*$");
  private static final Pattern WATER_BEFORE =
      Pattern.compile("(?<![\\p{L}])(?<!\\ba\\s)(" + alternatives("water_before") + ")\\s+$");
  private static final Pattern RU_ADJECTIVE_END =
      Pattern.compile("ск(?:ий|ая|ое|ой|ом|ого|ому|им|ую|ие|их|ими)$");
  private static final Pattern WATER_AFTER =
      Pattern.compile("\\s*(" + alternatives("water_after") + ")(?![\\p{L}&&[^\\p{IsHan}]])");

  /**
   * Words a short Chinese name's last character may open: the name is then cut out of two words.
   */
  private static final List<String> HAN_WORD_ACROSS =
      List.of(WORDS.get("han_word_across").split("\\|"));

  /**
   * After a capital and a hyphen: a modifier of agency (Moscow-led, Beijing-backed,
   * Washington-brokered), where the capital stands for its state; any other (Moscow-based, a
   * Tashkent-Dushanbe road) keeps it a place.
   */
  private static final Pattern AGENT_SUFFIX =
      Pattern.compile("-(" + alternatives("agent_suffix") + ")\\b");

  /** A list's words as alternatives; a Latin or Cyrillic word only as a whole word. */
  private static String alternatives(String list) {
    List<String> out = new ArrayList<>();
    for (String w : WORDS.get(list).split("\\|")) {
      boolean wordy = w.chars().anyMatch(c -> Character.isLetter(c) && c < 0x2E80);
      out.add((wordy ? "\\b" : "") + Pattern.quote(w));
    }
    return String.join("|", out);
  }

  /** Quotation marks a name may straddle: 「一帶一路」峰會, 「俄羅斯與中亞」模式. */
  private static final String QUOTES = "「」『』《》〈〉“”";

  /**
   * After a capital: a location (比什凱克附近, 北京舉行) or an event or text named after the city (阿斯塔納峰會,
   * 杜尚別宣言: the words of linker-words.tsv), a publisher's city (北京：新華出版社, Москва: ЗАО), Washington
   * DC.
   */
  private static final Pattern LOCATIVE_AFTER =
      Pattern.compile(
          "^\\s*(" + alternatives("locative_after") + "|[:：]|,?\\s*dc\\b|,?\\s*d\\.c\\.)");

  private final Map<String, Entry> dict = new HashMap<>();
  private final CyrillicNames cyrillic = new CyrillicNames();
  private final Map<Character, TreeSet<Integer>> lengths = new HashMap<>();

  /**
   * The lengths of the keys of two chars or more by their first two chars, longest first, and the
   * first chars of the keys of one: at a char only the lengths of the keys that start with it and
   * the next are looked up ({@link #lengthsAt}), not every key length of its first char.
   */
  private final Map<Integer, TreeSet<Integer>> lengthsByPair = new HashMap<>();

  private final java.util.Set<Character> oneCharKeys = new java.util.HashSet<>();
  private final Map<Character, List<Actor>> shorts = new HashMap<>();

  /**
   * One-character abbreviations read only as items of a counted 、-list of abbreviations
   * (linker-words.tsv, counted_list_shorts: 俄、白兩國).
   */
  private final Map<Character, List<Actor>> countedListShorts = new HashMap<>();

  /**
   * The same read against the text as written, before any other reading (linker-words.tsv,
   * counted_list_shorts_as_written: 亚 in Simplified script is Armenia).
   */
  private final Map<Character, Actor> writtenCountedListShorts = new HashMap<>();

  private final Map<String, List<Actor>> compounds = new HashMap<>();
  private final Map<String, Actor> metonyms = new HashMap<>();

  /** The five states of 中亞五國, for a quantified 中亞國家. */
  private final List<Actor> centralAsia;

  /**
   * Summit formats by their two parties, in either order ("id|id", a party that is no one actor, a
   * region such as 中亞, by its words): 海合會 and 中亞 → the GCC–Central Asia summit; null where two
   * formats share the parties.
   */
  private final Map<String, Actor> formatsByParties = new HashMap<>();

  /** The gazetteer's actors by id (a person's own state, for his country). */
  private final java.util.function.Function<String, Actor> byId;

  /**
   * A state's capital: the first place metonyms.tsv has stand for it (the Kazakh capital is Astana;
   * a seat of government listed after it, Akorda or the White House, is no capital).
   */
  private final Map<String, Actor> capitals = new HashMap<>();

  /**
   * 中亞國家集體加入歐安會, 中亞國家均…, 中亞各國都…: the generic "Central Asian states" with a distributive or
   * collective adverb right after it makes the claim hold for each of the five; without one
   * (中亞國家的安全, 造訪中亞各國) it stays unlinked, and so does a counted one (其他四個中亞國家皆…: a count the
   * references read). A topic frame (對中亞國家而言, 就中亞各國來說, 在中亞國家看來) states what holds for each of them:
   * the five as well.
   */
  private static final Pattern QUANTIFIED_REGION =
      Pattern.compile(
          "(?<![0-9一二三四五六七八九十两]|[0-9一二三四五六七八九十两]个)"
              + "(中亚国家|中亚各国|中亚诸国)(?=[^，。；、的与和及对向在除]{0,6}?(?:集体|均|皆|都|各自|纷纷|相继|一致|全数|全都|全部|分别|先后))"
              + "|(?<=对|就|在)(中亚国家|中亚各国|中亚诸国)(?=而言|来说|来讲|看来)"
              + "|(?<![\\p{L}])all(?: the| five)? central asian (?:states|countries|republics|nations)(?![\\p{L}])"
              + "|(?<![\\p{L}])the central asian (?:states|countries|republics) (?=all\\b|each\\b|have all\\b|both\\b)"
              + "|(?<![\\p{L}])(?:все|всех|всем|всеми) (?:(?:остальные|остальных|остальным|остальными|другие|других|другим|другими) )?"
              + "(?:государства|государств|государствам|государствами|страны|стран|странам|странами"
              + "|республики|республик) (?:(?:центральной|средней) азии|региона)(?![\\p{L}])"
              + "|(?<![\\p{L}])(?:все|всех|всем|всеми) (?:центральноазиатские|центральноазиатских|центральноазиатским|центральноазиатскими)"
              + " (?:государства|государств|государствам|государствами|страны|стран|странам|странами|республики|республик)(?![\\p{L}])");

  /**
   * A bloc's adjective before a noun of what states do or are: Western sanctions, under Western
   * pressure, западные санкции (data/gazetteer/linker-words.tsv: bloc_adjective,
   * bloc_adjective_nouns).
   */
  private static final Pattern BLOC_ADJECTIVE = blocAdjective();

  private static Pattern blocAdjective() {
    String[] adjectives = WORDS.get("bloc_adjective").split("\\|");
    List<String> adj = new ArrayList<>();
    for (int k = 1; k < adjectives.length; k++) {
      adj.add(
          Pattern.quote(adjectives[k])
              + (CyrillicNames.hasCyrillic(adjectives[k]) ? "[а-яё]*" : ""));
    }
    List<String> nouns = new ArrayList<>();
    for (String n : WORDS.get("bloc_adjective_nouns").split("\\|")) {
      nouns.add(Pattern.quote(n) + (CyrillicNames.hasCyrillic(n) ? "[а-яё]*" : "s?"));
    }
    return Pattern.compile(
        "(?<![\\p{L}-])("
            + String.join("|", adj)
            + ")(?:-led|-backed)?\\s+(?:"
            + String.join("|", nouns)
            + ")(?![\\p{L}])");
  }

  /**
   * The bloc {@link #BLOC_ADJECTIVE} stands for (the West), or null when the gazetteer lacks it.
   */
  private final Actor blocOfAdjective;

  /** A dictionary key: actors (several for a group word), or none for a blocked phrase. */
  private record Entry(List<Actor> actors, String method) {}

  /**
   * The names pass over one sentence: its mentions and every char a name or a blocked phrase
   * claimed.
   */
  private record Scan(List<Mention> mentions, boolean[] claimed) {}

  /** Agreements named by what they found or are about. */
  private final AgreementDescriptions agreementDescriptions;

  private final OrganDescriptions organDescriptions;

  private final FacilityDescriptions facilityDescriptions;

  /**
   * The bare agreement words discovery made agreements of ({@link Discovery#bareSignedZh}), by
   * their sentence id, '@' and their begin: linked there, and by name nowhere else.
   */
  private final Map<String, Actor> bareAgreements = new HashMap<>();

  /** The keys of the generated Chinese surnames ({@link #chineseSurnames}) no typed name holds. */
  private final Set<String> surnames = new HashSet<>();

  public Linker(Gazetteer g) {
    for (Actor a : g.actors().values()) {
      if (a.paper() != null && a.paper().contains("@")) {
        bareAgreements.put(a.paper(), a);
      }
    }
    agreementDescriptions = new AgreementDescriptions(Map.copyOf(g.actors()));
    organDescriptions = new OrganDescriptions(Map.copyOf(g.actors()));
    facilityDescriptions = new FacilityDescriptions(Map.copyOf(g.actors()));
    Map<String, List<Actor>> scopedByName = scopedByName(g);
    for (Actor a : g.actors().values()) {
      for (String n : a.names()) {
        // a name typed in capitals (US, UK, EU, ОДКБ) counts only in capitals, as generated
        // initials do: not "told us", not a web address's .uk or europa.eu
        List<Actor> named = scopedByName.getOrDefault(key(n), List.of(a));
        put(
            n,
            new Entry(named.contains(a) ? named : List.of(a), inCapitals(n) ? "initials" : "name"),
            false);
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
    for (String e : WORDS.get("counted_list_shorts").split("\\|")) {
      String[] kv = e.split("=");
      List<Actor> cands = new ArrayList<>();
      for (String id : kv[1].split(",")) {
        Actor a = g.actors().get(id.strip());
        if (a == null || kv[0].strip().length() != 1) {
          throw new IllegalStateException(
              "linker-words.tsv counted_list_shorts: no actor for " + e);
        }
        cands.add(a);
      }
      countedListShorts.put(kv[0].strip().charAt(0), List.copyOf(cands));
    }
    for (String e : WORDS.written("counted_list_shorts_as_written").split("\\|")) {
      String[] kv = e.split("=");
      Actor a = g.actors().get(kv[1].strip());
      if (a == null || kv[0].strip().length() != 1) {
        throw new IllegalStateException(
            "linker-words.tsv counted_list_shorts_as_written: no actor for " + e);
      }
      writtenCountedListShorts.put(kv[0].strip().charAt(0), a);
    }
    // abbreviations generated from full names, as media write them: 集體安全條約組織 → 集安組織, 上海合作組織 → 上合組織;
    // a name typed in the gazetteer wins over a generated one
    // and initials of English and Russian names (CSTO, ОДКБ), which count only in capitals; one
    // that two actors' names give (ЕЭС: Евразийское экономическое сообщество, Евразийский
    // экономический союз) stands for neither
    putUnambiguous(
        g,
        Linker::abbreviations,
        abbr -> abbr.chars().anyMatch(c -> c >= 0x2E80) ? "short" : "initials");
    // a name without the note in brackets its row gives it (Commission on National Reconciliation
    // (Tajikistan), People's Council of Turkmenistan (Halk Maslahaty)): the text writes the name
    // alone; one that two actors' names give stands for neither
    putUnambiguous(g, Linker::withoutBrackets, n -> "name");
    // a state's English adjectives and demonyms (Syrian, Qatari, Kyrgyz), from the list CoreNLP
    // ships for coreference: counted only capitalised (Polish, not polish), dropped when two states
    // share one (Korean) or linker-words.tsv skips it (Soviet: post-Soviet)
    putUnambiguous(g, DEMONYMS::of, d -> "demonym");
    // a foreign person's Chinese surname alone (馬蘇德 for 艾哈邁德·沙·馬蘇德, 尤爾達舍夫): Chinese prose names a
    // person so after a title or a first mention; of three characters or more (a shorter one is
    // part of too many words: 克里 in 克里米亞), dropped when two people share it (阿利耶夫), and a
    // typed name wins (扎帕羅夫 is Sadyr Japarov's)
    Set<String> typed = new HashSet<>(dict.keySet());
    putUnambiguous(g, Linker::chineseSurnames, n -> "name");
    dict.keySet().stream().filter(k -> !typed.contains(k)).forEach(surnames::add);
    // a summit format under its parties in the other order or another word for summit (中亞—中國峰會,
    // 中國—中亞元首峰會, the Central Asia–Russia summit): a typed name wins
    for (Actor a : g.actors().values()) {
      for (String v : formatVariants(a)) {
        put(v, new Entry(List.of(a), "name"), false);
      }
    }
    for (Actor a : g.actors().values()) {
      for (String[] parties : formatParties(a)) {
        String one = partyKey(parties[0]);
        String two = partyKey(parties[1]);
        for (String pair : List.of(one + "|" + two, two + "|" + one)) {
          Actor before = formatsByParties.putIfAbsent(pair, a);
          if (before != null && before != a) {
            formatsByParties.put(pair, null);
          }
        }
      }
    }
    g.groupWords()
        .forEach(
            (word, ids) -> {
              List<Actor> members =
                  ids.stream().map(g::get).filter(java.util.Objects::nonNull).toList();
              put(word, new Entry(members, members.isEmpty() ? "blocked" : "group"), true);
            });
    g.groupWords()
        .forEach(
            (word, ids) -> {
              List<Actor> members =
                  ids.stream().map(g::get).filter(java.util.Objects::nonNull).toList();
              for (String variant : modifiedCounts(word)) {
                put(variant, new Entry(members, "group"), false);
              }
            });
    blocOfAdjective = g.get(WORDS.get("bloc_adjective").split("\\|")[0]);
    Entry five = dict.get(key("中亞五國"));
    centralAsia = five == null ? List.of() : five.actors();
    byId = g::get;
    g.metonyms()
        .forEach(
            (place, state) -> {
              Actor p = g.get(place);
              if (p != null && p.label().equals("Place")) {
                capitals.putIfAbsent(state, p);
              }
            });
    g.compounds()
        .forEach(
            (word, ids) ->
                compounds.put(
                    key(word),
                    ids.stream().map(g::get).filter(java.util.Objects::nonNull).toList()));
    g.metonyms()
        .forEach(
            (place, state) -> {
              Actor s = g.get(state);
              if (s != null && g.get(place) != null) {
                metonyms.put(place, s);
              }
            });
  }

  /**
   * The agreements discovery scoped to one paper each ({@link Discovery#SCOPED}), by the key of
   * each of their names: two papers may describe an agreement of the same parties in the same words
   * (Кыргызстан и Таджикистан подписали договор о государственной границе), which gives two actors
   * of one name, each linked in its own paper only. One entry holds them all, so that the name
   * reaches each paper's own: the first entered would otherwise hold the name alone, and the other
   * paper would link none ({@link #elsewhere} keeps the paper's own).
   */
  private static Map<String, List<Actor>> scopedByName(Gazetteer g) {
    Map<String, List<Actor>> out = new HashMap<>();
    for (Actor a : g.actors().values()) {
      if (a.paper() == null || a.paper().contains("@")) {
        continue;
      }
      for (String n : a.names()) {
        List<Actor> as = out.computeIfAbsent(key(n), k -> new ArrayList<>());
        if (!as.contains(a)) {
          as.add(a);
        }
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  /** The modifiers a description of a state takes (coreference.tsv's state_modifiers). */
  private static final List<String> STATE_MODIFIERS =
      java.util.Arrays.stream(
              WordLists.read("gazetteer/coreference.tsv").get("state_modifiers").split("\\|"))
          .map(w -> w.strip().replace('_', ' '))
          .filter(w -> !w.isEmpty())
          .toList();

  private static final Pattern ENGLISH_COUNT_GROUP =
      Pattern.compile("(two|three|four|five|six|seven|eight|nine|ten) ([A-Za-z][A-Za-z -]+)");

  /**
   * An English group word that opens with its count (five Central Asian states, five republics of
   * Central Asia) in the forms that put one of the state modifiers between the count and the rest
   * (the five former Soviet republics of Central Asia, the five post-Soviet Central Asian states,
   * the five landlocked Central Asian nations): the same members. Nothing for other words.
   */
  static List<String> modifiedCounts(String word) {
    Matcher m = ENGLISH_COUNT_GROUP.matcher(word);
    if (!m.matches()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String mod : STATE_MODIFIERS) {
      if (!m.group(2).toLowerCase(java.util.Locale.ROOT).startsWith(mod)) {
        out.add(m.group(1) + " " + mod + " " + m.group(2));
      }
    }
    return out;
  }

  private void put(String surface, Entry e, boolean override) {
    String k = key(surface);
    if (k.isEmpty() || (!override && dict.containsKey(k))) {
      return;
    }
    cyrillic.put(k, e.actors(), e.method());
    dict.put(k, e);
    lengths
        .computeIfAbsent(k.charAt(0), c -> new TreeSet<>(Comparator.reverseOrder()))
        .add(k.length());
    if (k.length() == 1) {
      oneCharKeys.add(k.charAt(0));
    } else {
      lengthsByPair
          .computeIfAbsent(pair(k, 0), c -> new TreeSet<>(Comparator.reverseOrder()))
          .add(k.length());
    }
  }

  private static int pair(String v, int i) {
    return v.charAt(i) << 16 | v.charAt(i + 1);
  }

  private static final int[] NO_LENGTHS = {};

  private static final int[] ONE = {1};

  /**
   * The lengths of the keys that may start at {@code i} of {@code v}, longest first: those of its
   * two chars, then 1 when a key is its char alone. The keys of its first char of other lengths
   * cannot match there.
   */
  private int[] lengthsAt(String v, int i) {
    TreeSet<Integer> two = i + 1 < v.length() ? lengthsByPair.get(pair(v, i)) : null;
    boolean one = oneCharKeys.contains(v.charAt(i));
    if (two == null) {
      return one ? ONE : NO_LENGTHS;
    }
    int[] out = new int[two.size() + (one ? 1 : 0)];
    int k = 0;
    for (int len : two) {
      out[k++] = len;
    }
    if (one) {
      out[k] = 1;
    }
    return out;
  }

  /** At least two letters, Latin or Cyrillic, every one a capital: US, U.K., CSTO, ОДКБ, C5+1. */
  static boolean inCapitals(String name) {
    long letters = name.codePoints().filter(Character::isLetter).count();
    return letters >= 2
        && name.codePoints()
            .filter(Character::isLetter)
            .allMatch(
                c ->
                    Character.isUpperCase(c)
                        && (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                            || Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC));
  }

  /** What Chinese contractions drop between words: 歐洲安全暨合作組織 → 歐安組織. */
  private static final String ZH_JOINERS = "與与暨和及";

  /** Words initials skip: of, the, and; о, по, и. */
  private static final java.util.Set<String> INITIALS_SKIP =
      java.util.Set.of(
          "of", "the", "and", "for", "in", "on", "to", "at", "by", "о", "об", "по", "и", "в", "на",
          "для", "с", "со", "между");

  /**
   * Names generated for every actor (abbreviations, names without their note, demonyms), each
   * entered under the method it gives when exactly one actor gives it: a form two actors share
   * stands for neither, and a typed name keeps its entry.
   */
  private void putUnambiguous(
      Gazetteer g,
      java.util.function.Function<Actor, ? extends java.util.Collection<String>> forms,
      java.util.function.UnaryOperator<String> method) {
    Map<String, List<Actor>> byForm = new java.util.LinkedHashMap<>();
    for (Actor a : g.actors().values()) {
      for (String f : forms.apply(a)) {
        List<Actor> as = byForm.computeIfAbsent(key(f), k -> new ArrayList<>());
        if (!as.contains(a)) {
          as.add(a);
        }
      }
    }
    byForm.forEach(
        (form, actors) -> {
          if (actors.size() == 1) {
            put(form, new Entry(actors, method.apply(form)), false);
          }
        });
  }

  /**
   * The contracted names and initials media give an organisation or a group, generated from its
   * full names so that the gazetteer need not type them: Chinese names in two-character words
   * before 組織 give the first character of the first two words, then 組織 (集體|安全|條約|組織 → 集安組織,
   * 歐洲安全暨合作組織 → 歐安組織); before 聯盟 the first word, the first character of each other word and 盟
   * (歐亞|經濟|聯盟 → 歐亞經盟); English and Russian names of three words or more give their initials
   * (Collective Security Treaty Organization → CSTO, Asia-Pacific Economic Cooperation → APEC,
   * Шанхайская организация сотрудничества → ШОС).
   */
  static List<String> abbreviations(Actor a) {
    List<String> out = new ArrayList<>();
    if (!"Organization".equals(a.label()) && !"Group".equals(a.label())
        || Discovery.isMedia(a.name())) {
      return out; // a news medium is no actor to abbreviate (China News Service, not CNS)
    }
    String zh = a.nameZh();
    if (zh != null) {
      String stem = zh.replaceAll("[" + ZH_JOINERS + "]", "");
      boolean han =
          stem.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
      String suffix = stem.length() > 2 ? stem.substring(stem.length() - 2) : "";
      String words = stem.substring(0, Math.max(0, stem.length() - 2));
      if (han && words.length() >= 4 && words.length() % 2 == 0) {
        if (suffix.equals("組織") || suffix.equals("组织")) {
          out.add("" + words.charAt(0) + words.charAt(2) + suffix);
        } else if (suffix.equals("聯盟") || suffix.equals("联盟")) {
          StringBuilder b = new StringBuilder(words.substring(0, 2));
          for (int k = 2; k < words.length(); k += 2) {
            b.append(words.charAt(k));
          }
          out.add(b.append(suffix.charAt(1)).toString());
        }
      }
    }
    List<String> full = new ArrayList<>();
    full.add(a.name());
    full.addAll(a.aliases());
    for (String n : full) {
      String i = initials(n);
      if (i != null && !out.contains(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /** A bracketed note in a name: (Tajikistan), (Halk Maslahaty), (proposed). */
  private static final Pattern BRACKETED = Pattern.compile("\\s*[(（][^()（）]*[)）]");

  /** A bracketed year at the end of a name: (2023), (1992-1994). */
  private static final Pattern YEAR_NOTE =
      Pattern.compile("\\s*[(（](?:1[89]|20)[0-9]{2}(?:[-–](?:1[89]|20)?[0-9]{2})?[)）]\\s*$");

  /**
   * Given names a person's Chinese name may end with but which name many people (约旦国王阿卜杜拉二世,
   * 穆罕默德·阿卜杜拉): never a surname alone. In the linker's key (simplified).
   */
  private static final Set<String> GIVEN_NAMES =
      Set.of("阿卜杜拉", "阿布杜拉", "奥马尔", "穆罕默德", "艾哈迈德", "阿卜杜勒");

  /**
   * The surname of a foreign person written in Chinese with a name dot (艾哈邁德·沙·馬蘇德 → 馬蘇德): the part
   * after the last dot, when it is three Han characters or more and no given name of {@link
   * #GIVEN_NAMES}.
   */
  static List<String> chineseSurnames(Actor a) {
    List<String> out = new ArrayList<>();
    if (!"Person".equals(a.label())) {
      return out;
    }
    for (String n : a.names()) {
      String k = key(n);
      int dot = k.lastIndexOf('·');
      if (dot < 0) {
        continue;
      }
      String last = n.substring(dot + 1).strip();
      if (last.length() >= 3
          && !GIVEN_NAMES.contains(key(last))
          && last.chars()
              .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
          && !out.contains(last)) {
        out.add(last);
      }
    }
    return out;
  }

  /**
   * The names of an actor written with a bracketed note (the English name of the row, an alias),
   * without it: Commission on National Reconciliation (Tajikistan) is written Commission on
   * National Reconciliation; an agreement's only when the note is a year. None when what is left is
   * shorter than four letters, or English ending in a lower-case word the rules read after a name
   * (Peace Mission exercises (SCO): exercises).
   */
  static List<String> withoutBrackets(Actor a) {
    List<String> out = new ArrayList<>();
    // an agreement's note names its parties (Соглашение о партнёрстве и сотрудничестве (ЕС —
    // Туркменистан)): without it the name is every such agreement's; only a year note goes
    // (China-Kazakhstan Agreement on Mutual Visa Exemption (2023)), since the name keeps its
    // parties
    Pattern note = "Agreement".equals(a.label()) ? YEAR_NOTE : BRACKETED;
    List<String> names = new ArrayList<>();
    names.add(a.name());
    names.addAll(a.aliases());
    for (String n : names) {
      if (n.indexOf('(') < 0 && n.indexOf('（') < 0) {
        continue;
      }
      String b = note.matcher(n).replaceAll("").strip();
      String last = b.substring(b.lastIndexOf(' ') + 1);
      if (b.length() >= 4
          && !b.equals(n)
          && !out.contains(b)
          && !b.contains("(")
          && !(last.chars().allMatch(Character::isLowerCase) && b.matches("[\\p{IsLatin} .'-]+"))) {
        out.add(b);
      }
    }
    return out;
  }

  /** A format's name: its two parties, what joins them, and the word for its meeting. */
  private static final Pattern FORMAT_NAME =
      Pattern.compile(
          "^(\\S.*?)\\s*([—–]|\\s-\\s|(?<=\\p{IsHan})-(?=\\p{IsHan}))\\s*(\\S.*?)\\s*"
              + "(領導人高峰會|领导人高峰会|領導人峰會|领导人峰会|元首峰會|元首峰会|高峰會|高峰会|峰會|峰会|summit|Summit|саммит)$");

  /** The words Chinese writers use for a leaders' summit, one for another. */
  private static final List<String> ZH_SUMMIT_WORDS =
      List.of("峰會", "高峰會", "元首峰會", "領導人峰會", "領導人高峰會");

  /**
   * The names a summit format also goes by: its parties in the other order (中國—中亞峰會 and 中亞—中國峰會,
   * Russia–Central Asia and Central Asia–Russia summit) and, in Chinese, another word for the
   * summit (峰會, 高峰會, 元首峰會, 領導人峰會).
   */
  static List<String> formatVariants(Actor a) {
    List<String> out = new ArrayList<>();
    if (!"Initiative".equals(a.label())) {
      return out;
    }
    List<String> names = new ArrayList<>();
    names.add(a.name());
    if (a.nameZh() != null) {
      names.add(a.nameZh());
    }
    names.addAll(a.aliases());
    for (String n : names) {
      Matcher m = FORMAT_NAME.matcher(n.strip());
      if (!m.matches()) {
        continue;
      }
      boolean han = m.group(4).chars().allMatch(c -> c >= 0x2E80);
      List<String> words = han ? ZH_SUMMIT_WORDS : List.of(m.group(4));
      for (String w : words) {
        for (String[] order :
            List.of(new String[] {m.group(1), m.group(3)}, new String[] {m.group(3), m.group(1)})) {
          String v = order[0] + m.group(2) + order[1] + (han ? "" : " ") + w;
          if (!v.equals(n) && !out.contains(v)) {
            out.add(v);
          }
        }
      }
    }
    return out;
  }

  /** The two parties (in the matching view) of each Chinese name of a summit format. */
  static List<String[]> formatParties(Actor a) {
    List<String[]> out = new ArrayList<>();
    if (!"Initiative".equals(a.label())) {
      return out;
    }
    for (String n : a.names()) {
      Matcher m = FORMAT_NAME.matcher(n.strip());
      if (m.matches() && m.group(4).chars().allMatch(c -> c >= 0x2E80)) {
        out.add(new String[] {key(m.group(1)), key(m.group(3))});
      }
    }
    return out;
  }

  /** A format's party as the one actor its words name, else its words (中亞: a region). */
  private String partyKey(String words) {
    Entry e = dict.get(words);
    return e != null && e.actors().size() == 1 ? "id:" + e.actors().get(0).id() : "words:" + words;
  }

  /**
   * What follows a format's two parties joined by a conjunction: the meeting (的首屆峰會, 元首峰會, 領導人峰會,
   * 第二屆峰會).
   */
  private static final Pattern FORMAT_MEETING =
      Pattern.compile("的?(?:首届|首次|第[一二三四五六七八九十两\\d]{1,3}[届次])?(?:国家)?(?:元首|领导人|首脑)?(?:高峰会|峰会)");

  /**
   * A summit format named by its parties joined by a conjunction rather than a dash:
   * 海灣阿拉伯國家合作委員會與中亞五國的首屆峰會, 中國同中亞國家元首峰會 are the known formats (海合會—中亞峰會, 中國—中亞峰會). The parties
   * inside are the format's name, as they are in 中國—中亞峰會; parties no format holds (中國與哈薩克的峰會) stay
   * the parties.
   */
  private void conjoinedFormats(String v, List<Mention> mentions) {
    if (formatsByParties.isEmpty()) {
      return;
    }
    for (int c = 1; c + 1 < v.length(); c++) {
      if ("与和同".indexOf(v.charAt(c)) < 0) {
        continue;
      }
      final int at = c;
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      int begin = at;
      int end = at + 1;
      for (Mention m : mentions) {
        if (m.end() == at) {
          left.add("id:" + m.actor().id());
          begin = Math.min(begin, m.begin());
        }
        if (m.begin() == at + 1) {
          right.add("id:" + m.actor().id());
          end = Math.max(end, m.end());
        }
      }
      for (String pair : formatsByParties.keySet()) {
        String[] p = pair.split("\\|");
        if (p[0].startsWith("words:")) {
          String w = p[0].substring(6);
          if (begin < at
              ? v.startsWith(w, begin)
              : at >= w.length() && v.startsWith(w, at - w.length())) {
            left.add(p[0]);
            begin = Math.min(begin, at - w.length());
          }
        }
        if (p[1].startsWith("words:")) {
          String w = p[1].substring(6);
          if (v.startsWith(w, at + 1)) {
            right.add(p[1]);
            end = Math.max(end, at + 1 + w.length());
          }
        }
      }
      Actor format = null;
      for (String l : left) {
        for (String r : right) {
          Actor f = formatsByParties.get(l + "|" + r);
          if (f != null) {
            format = f;
          }
        }
      }
      if (format == null) {
        continue;
      }
      Matcher meeting = FORMAT_MEETING.matcher(v).region(end, v.length());
      if (!meeting.lookingAt()) {
        continue; // the parties alone (中國與中亞的合作) are no summit
      }
      int b = begin;
      int e = meeting.end();
      mentions.removeIf(m -> m.begin() >= b && m.end() <= e);
      mentions.add(new Mention(format, b, e, "name", 0.9));
      c = e;
    }
  }

  /**
   * The initials of a proper name of three words or more in Latin or Cyrillic letters, in capitals,
   * skipping function words (of, and, о, по), or null: a word already in capitals (CSTO Joint
   * Command) or an English word in lower case (Western countries) makes none.
   */
  static String initials(String name) {
    String n = name.replaceAll("\\s*\\([^)]*\\)", "").strip();
    boolean latin = n.matches("[A-Za-z' -]+");
    boolean cyrillic = n.matches("[А-Яа-яЁё -]+");
    if (!latin && !cyrillic || !Character.isUpperCase(n.charAt(0))) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (String w : n.split("\\s+|-(?=\\p{Lu})")) {
      if (w.isEmpty() || INITIALS_SKIP.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
          || latin && !Character.isUpperCase(w.charAt(0))) {
        return null;
      }
      b.append(Character.toUpperCase(w.charAt(0)));
    }
    return b.length() >= 3 && b.length() <= 6 ? b.toString() : null;
  }

  /**
   * The words of a word list in data/ ({@link DataFiles#entries}), in the matching view ({@link
   * #key}).
   */
  public static List<String> words(String relative) {
    return DataFiles.entries(relative).stream().map(Linker::key).toList();
  }

  /** The matching view: per-char Simplified, lower case; same length as the input. */
  public static String key(String s) {
    String simple = Simplifier.perChar(s);
    char[] out = new char[simple.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = kazakhBase(latinBase(Character.toLowerCase(simple.charAt(i))));
    }
    // a dash between two Latin letters is a hyphen (North–South, Baku–Tbilisi–Kars): a name
    // matches whichever the text prints; 中國—中亞 and spaced dashes (Россия — Китай) stay
    for (int i = 1; i + 1 < out.length; i++) {
      if ("‐‑‒–—".indexOf(out[i]) >= 0 && asciiLetter(out[i - 1]) && asciiLetter(out[i + 1])) {
        out[i] = '-';
      }
    }
    // between two Chinese characters every dash reads as the em dash (中國—中亞峰會, 中國-中亞峰會,
    // 中國－中亞峰會, 中國―中亞峰會) and every name dot as the middle dot (謝爾達爾·別爾德穆哈梅多夫,
    // 謝爾達爾．別爾德穆哈梅多夫, 謝爾達爾‧別爾德穆哈梅多夫): news media print any of them. A double
    // dash (——, a parenthesis) has no Chinese character on one side and stays.
    for (int i = 1; i + 1 < out.length; i++) {
      if (han(out[i - 1]) && han(out[i + 1])) {
        if ("-‐‑‒–—―－".indexOf(out[i]) >= 0) {
          out[i] = '—';
        } else if ("·•‧・．".indexOf(out[i]) >= 0) {
          out[i] = '·';
        }
      }
    }
    // between a Chinese character and a digit every dash is a hyphen (卡姆巴拉塔－1, 卡姆巴拉塔-1,
    // 和平使命—2021): a numbered plant or exercise matches whichever the text prints
    for (int i = 1; i + 1 < out.length; i++) {
      if (han(out[i - 1]) && (Character.isDigit(out[i + 1])) && "‐‑‒–—―－".indexOf(out[i]) >= 0) {
        out[i] = '-';
      }
    }
    // a Latin word typed with a Cyrillic look-alike (СOSCO with a Cyrillic С, as a Russian keyboard
    // gives it) reads as the Latin word: only in a word that holds letters of both scripts
    for (int i = 0; i < out.length; ) {
      int e = i;
      boolean latin = false;
      boolean cyrillic = false;
      while (e < out.length && Character.isLetter(out[e]) && out[e] < 0x2E80) {
        latin |= asciiLetter(out[e]);
        cyrillic |= out[e] >= 0x0400 && out[e] <= 0x04FF;
        e++;
      }
      if (latin && cyrillic) {
        for (int k = i; k < e; k++) {
          int at = LOOK_ALIKES.indexOf(simple.charAt(k));
          if (at >= 0) {
            out[k] = LOOK_ALIKES_LATIN.charAt(at);
          }
        }
      }
      i = Math.max(e, i + 1);
    }
    // British and American spellings read alike: Organisation, normalisation (-isation as -ization)
    for (int i = 2; i + 5 < out.length; i++) {
      if (out[i] == 's'
          && out[i - 1] == 'i'
          && asciiLetter(out[i - 2])
          && out[i + 1] == 'a'
          && out[i + 2] == 't'
          && out[i + 3] == 'i'
          && out[i + 4] == 'o'
          && out[i + 5] == 'n') {
        out[i] = 'z';
      }
    }
    return new String(out);
  }

  /**
   * The letters Kazakh adds to the Cyrillic alphabet, and the Russian letter each is written as.
   */
  private static final String KAZAKH = "қғңұүөһіә";

  private static final String KAZAKH_RUSSIAN = "кгнууохиа";

  /**
   * A Kazakh letter as the Russian letter Russian text writes for it (Ақорда as Акорда, Тоқаев as
   * Токаев), one char for one.
   */
  private static char kazakhBase(char c) {
    int at = c < 0x0456 || c > 0x04E9 ? -1 : KAZAKH.indexOf(c);
    return at < 0 ? c : KAZAKH_RUSSIAN.charAt(at);
  }

  /** Cyrillic letters drawn as Latin ones, and the Latin letter each reads as (lower case). */
  private static final String LOOK_ALIKES = "АВЕКМНОРСТХаеорсухк";

  private static final String LOOK_ALIKES_LATIN = "abekmhopctxaeopcyxk";

  private static boolean asciiLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** A Chinese character (CJK unified ideographs and extension A). */
  private static boolean han(char c) {
    return c >= 0x3400 && c <= 0x9FFF;
  }

  /**
   * A Latin letter with a diacritic as its base letter, so that a name matches however the text
   * spells it (Erdoğan and Erdogan, Sinirlioğlu, Türkiye, Berdimuhamedow): one char for one, so
   * offsets stay. Cyrillic (й, ё) and Chinese are left alone.
   */
  private static char latinBase(char c) {
    if (c < 0x00C0 || c > 0x024F || c == 0x00D7 || c == 0x00F7) {
      return c;
    }
    switch (c) {
      case 'ı':
        return 'i';
      case 'ø':
        return 'o';
      case 'ł':
        return 'l';
      case 'đ':
        return 'd';
      default:
        break;
    }
    String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
    char b = d.charAt(0);
    return b < 0x80 && Character.isLetter(b) ? b : c;
  }

  /**
   * The chars of {@code text} that a gazetteer name or a blocked phrase (a region such as 中亞)
   * covers: discovery does not make actors of them.
   */
  public boolean[] claimed(String text) {
    return names(key(text)).claimed();
  }

  /**
   * Generated initials (SEEC, ВЕЭС) stand for their actor only in capitals (not cab for CAB); those
   * that do are names like typed ones.
   */
  private static void capitalInitials(String text, List<Mention> mentions) {
    for (java.util.ListIterator<Mention> it = mentions.listIterator(); it.hasNext(); ) {
      Mention x = it.next();
      boolean demonym = x.method().equals("demonym");
      if (!x.method().equals("initials") && !demonym) {
        continue;
      }
      String surface = text.substring(x.begin(), x.end());
      if (demonym
          ? Character.isUpperCase(surface.charAt(0))
          : surface.equals(surface.toUpperCase(Locale.ROOT))) {
        it.set(new Mention(x.actor(), x.begin(), x.end(), "name", x.confidence()));
      } else {
        it.remove();
      }
    }
  }

  /** Links every sentence of one document; the result is parallel to {@code sentences}. */
  public List<List<Mention>> link(List<Sentence> sentences) {
    String before = PAPER.get();
    PAPER.set(sentences.isEmpty() ? null : sentences.get(0).docId());
    try {
      return linkPaper(sentences);
    } finally {
      PAPER.set(before);
    }
  }

  /**
   * A Russian person linked by one word (the surname: Хурэлсух) with a capitalised word right
   * before it that no mention covers and that does not open the sentence: a first name or
   * patronymic the gazetteer spells otherwise or lacks (Президент Монголии Ухнаагийн Хурэлсух;
   * Эмомали Шарипович Рахмон). The mention takes the word in, so that the title, the state and the
   * person stand as the rules read them (президент X Y: no unlinked word between the state and the
   * person).
   */
  static void firstNameBefore(String text, List<Mention> ms) {
    for (int k = 0; k < ms.size(); k++) {
      Mention m = ms.get(k);
      if (!m.actor().label().equals("Person")
          || m.begin() < 2
          || m.end() > text.length()
          || text.charAt(m.begin() - 1) != ' ') {
        continue;
      }
      String surface = text.substring(m.begin(), m.end());
      if (surface.contains(" ") || !CyrillicNames.hasCyrillic(surface)) {
        continue;
      }
      int e = m.begin() - 1;
      int b = e;
      while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '-')) {
        b--;
      }
      if (b == 0
          || e - b < 3
          || text.charAt(b - 1) != ' '
          || !Character.isUpperCase(text.charAt(b))
          || !CyrillicNames.hasCyrillic(text.substring(b, e))
          || !text.substring(b + 1, e).chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
          || Discovery.RU_TITLE.matcher(text.substring(b, e)).lookingAt()) {
        continue; // a title is no first name (Министр Лавров, Президент Токаев)
      }
      final int from = b;
      if (ms.stream().anyMatch(x -> x != m && x.begin() < e && from < x.end())) {
        continue;
      }
      ms.set(k, new Mention(m.actor(), b, m.end(), m.method(), m.confidence(), m.via()));
    }
  }

  /**
   * The paper {@link #link} reads (its sentences' doc id): an actor discovery scoped to another
   * paper ({@link Actor#inPaper}) is not linked in it. Per thread, as one linker may serve several.
   */
  private static final ThreadLocal<String> PAPER = new ThreadLocal<>();

  private static boolean elsewhere(Actor a) {
    return !a.inPaper(PAPER.get());
  }

  /**
   * An indefinite article before a mention, with up to three lower-case words between: a border
   * treaty, a new border treaty, another border treaty.
   */
  private static final Pattern INDEFINITE_BEFORE =
      Pattern.compile("(?<![\\p{L}])(?:a|an|another)\\s+(?:[\\p{Ll}-]+\\s+){0,3}$");

  /**
   * Drops a discovered agreement named by its parties (Kazakhstan-Uzbekistan border treaty) where
   * its words stand after an indefinite article in a sentence that names a state outside those
   * parties (The same year Kyrgyzstan signed a border treaty; Japarov signed a border treaty: a
   * leader stands for his state, as {@link Discovery#parties} reads him): "a border treaty"
   * introduces an agreement of its own, it does not refer back to the one the paper described
   * before. In the sentence that described it, or with the article the, the words still link it.
   */
  static void indefiniteOfOthers(
      String v, List<Mention> ms, java.util.function.Function<String, Actor> byId) {
    ms.removeIf(
        m -> {
          Actor a = m.actor();
          if (!a.discovered()
              || !a.label().equals("Agreement")
              || !INDEFINITE_BEFORE
                  .matcher(v.substring(Math.max(0, m.begin() - 60), m.begin()))
                  .find()) {
            return false;
          }
          String name = key(a.name());
          String words = v.substring(m.begin(), m.end());
          if (!name.endsWith(words) || name.length() <= words.length()) {
            return false; // no parties in its name: nothing to tell another agreement by
          }
          // the parties' names, joined by hyphens before the description (Discovery.withParties)
          java.util.Set<String> parties =
              java.util.Set.of(
                  name.substring(0, name.length() - words.length()).strip().split("-"));
          return Discovery.parties(ms, byId).stream()
              .filter(x -> x.label().equals("Country"))
              .anyMatch(x -> !parties.contains(key(x.name())));
        });
  }

  /** "non-" glued before a mention: the non-SCO state, non-NATO allies, a non-CIS country. */
  private static final Pattern NON_BEFORE =
      Pattern.compile("(?<![\\p{L}])non[-‐–]$", Pattern.CASE_INSENSITIVE);

  /**
   * Drops a mention glued to a "non-" before it: a non-SCO state, non-NATO allies name what the
   * thing is not, so the actor is no party to the sentence (Mongolia was the only non-SCO state to
   * take part: the SCO took no part).
   */
  static void nonPrefixed(String v, List<Mention> ms) {
    ms.removeIf(m -> NON_BEFORE.matcher(v.substring(Math.max(0, m.begin() - 6), m.begin())).find());
  }

  /**
   * What may follow a foreign surname in Chinese prose, in the linker's key (simplified): a
   * function character or a word a name is the subject or object of (马苏德的, 阿利耶夫在, 拉赫蒙表示, 米尔济约耶夫会见).
   * A Han letter outside these continues a longer word the surname is part of (阿卜杜拉耶夫, 阿卜杜拉二世,
   * 科斯塔奈州), which names another thing.
   */
  private static final Set<Character> AFTER_SURNAME =
      "的在于与和及、说称曾也则已将并会被等率向对同就是为还又都仍亦即均再所以赴"
          .chars()
          .mapToObj(c -> (char) c)
          .collect(Collectors.toUnmodifiableSet());

  private static final List<String> AFTER_SURNAME_WORDS =
      List.of(
          "表示", "指出", "认为", "出席", "访问", "会见", "宣布", "强调", "呼吁", "领导", "签署", "抵达", "担任", "遇刺", "去世",
          "逝世", "创立", "创建", "成立", "主持", "发表", "回答", "告诉", "透露", "提出", "介绍", "希望", "承诺", "谴责", "批评",
          "支持", "反对", "要求", "接受", "拒绝", "参加", "前往", "返回", "当选", "执政", "上台", "下台", "辞职", "政府", "总统",
          "本人", "时期", "家族", "一行", "同意", "致电", "致信", "通话", "举行", "讲话", "答道", "补充", "警告", "坚持", "声称",
          "宣称", "说道", "获得", "赢得", "死亡", "身亡", "被捕", "签字", "邀请", "曾经", "随后", "当时", "此前", "目前", "今天",
          "昨天", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "随即", "会谈", "会晤", "作为", "先后", "出任", "接任",
          "依照", "依宪", "解除", "借此", "多次", "首次", "再次", "明确", "一面", "大致", "国家", "亲自", "正式", "已经", "任命",
          "总理", "主席", "访华", "上任", "继任", "胜选", "连任");

  /**
   * A Han letter right after a mention that continues a word (阿卜杜拉耶夫, 科斯塔奈州): none of {@link
   * #AFTER_SURNAME} nor the start of one of {@link #AFTER_SURNAME_WORDS}.
   */
  static boolean insideWord(String v, int end) {
    if (end >= v.length()
        || Character.UnicodeScript.of(v.charAt(end)) != Character.UnicodeScript.HAN) {
      return false;
    }
    return !AFTER_SURNAME.contains(v.charAt(end))
        && AFTER_SURNAME_WORDS.stream().noneMatch(w -> v.startsWith(w, end));
  }

  /**
   * A mention with a name dot right before or after it (米歇爾·巴切萊特, 穆罕默德·阿卜杜拉): a part of another
   * person's full name, which a surname alone does not name.
   */
  private static boolean besideNameDot(String v, Mention m) {
    return m.begin() > 0 && v.charAt(m.begin() - 1) == '·'
        || m.end() < v.length() && v.charAt(m.end()) == '·';
  }

  private List<List<Mention>> linkPaper(List<Sentence> sentences) {
    List<String> views = sentences.stream().map(s -> key(s.text())).toList();
    List<List<Mention>> out = new ArrayList<>();
    List<boolean[]> claims = new ArrayList<>();
    Map<String, Integer> docCounts = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Scan scan = names(views.get(i));
      String text = sentences.get(i).text();
      capitalInitials(text, scan.mentions());
      conjoinedFormats(views.get(i), scan.mentions());
      List<Mention> m = metonymy(sentences.get(i).text(), views.get(i), scan.mentions());
      quantifiedRegion(views.get(i), m);
      blocAdjectives(views.get(i), m);
      out.add(m);
      claims.add(scan.claimed());
    }
    shortNames(views, out);
    out.forEach(m -> m.forEach(x -> docCounts.merge(x.actor().id(), 1, Integer::sum)));
    Map<Integer, Map<String, Integer>> paraCounts = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Map<String, Integer> pc =
          paraCounts.computeIfAbsent(sentences.get(i).paragraph(), p -> new HashMap<>());
      out.get(i).forEach(x -> pc.merge(x.actor().id(), 1, Integer::sum));
    }
    for (int i = 0; i < sentences.size(); i++) {
      Map<String, Integer> pc = paraCounts.get(sentences.get(i).paragraph());
      abbreviations(
          views.get(i), sentences.get(i).text(), claims.get(i), out.get(i), pc, docCounts);
      // after abbreviations: a description's parties may be 中哈 or 哈、烏
      List<Mention> earlier = new ArrayList<>();
      for (int j = i - 1;
          j >= 0 && sentences.get(j).paragraph() == sentences.get(i).paragraph();
          j--) {
        earlier.addAll(out.get(j));
      }
      agreementDescriptions.link(views.get(i), out.get(i), earlier);
      out.get(i).removeIf(x -> elsewhere(x.actor())); // a description fitting another paper's
      Sentence here = sentences.get(i);
      out.get(i).removeIf(x -> !x.actor().inSentence(here.docId(), here.id()));
      firstNameBefore(here.text(), out.get(i));
      for (int[] span : Discovery.bareSignedZh(here.text())) {
        Actor bare = bareAgreements.get(here.id() + "@" + span[0]);
        if (bare != null
            && out.get(i).stream().noneMatch(x -> x.begin() < span[1] && span[0] < x.end())) {
          out.get(i).add(new Mention(bare, span[0], span[1], "name", 0.85));
        }
      }
      indefiniteOfOthers(views.get(i), out.get(i), byId);
      nonPrefixed(views.get(i), out.get(i));
      String view = views.get(i);
      out.get(i)
          .removeIf(
              x ->
                  surnames.contains(view.substring(x.begin(), x.end()))
                      && (besideNameDot(view, x) || insideWord(view, x.end())));
      organDescriptions.link(views.get(i), out.get(i), earlier);
      facilityDescriptions.link(views.get(i), out.get(i));
    }
    Coreference.resolve(sentences, views, out, centralAsia, byId, capitals);
    topicsOfReferredParties(sentences, views, out);
    for (List<Mention> m : out) {
      m.sort(Comparator.comparingInt(Mention::begin).thenComparing(x -> x.actor().id()));
    }
    return out;
  }

  /**
   * A Russian agreement described by its topic whose parties only a reference names (Казахстан и
   * Узбекистан долго спорили о воде. В 2022 году обе страны подписали договор о союзнических
   * отношениях; стороны подписали соглашение о …), and one of any language described by its kind
   * (兩國議會批准了邊界劃定協定): the description is read again after coreference, with the states the
   * references stand for as its parties, as {@link AgreementDescriptions#agreementsByTopicRu} and
   * {@link AgreementDescriptions#agreementsByKind} read named ones. Only where a reference gave a
   * state: the first reading already had every name.
   */
  private void topicsOfReferredParties(
      List<Sentence> sentences, List<String> views, List<List<Mention>> out) {
    for (int i = 0; i < sentences.size(); i++) {
      List<Mention> m = out.get(i);
      if (m.stream()
          .noneMatch(x -> x.method().equals("coref") && x.actor().label().equals("Country"))) {
        continue;
      }
      int before = m.size();
      agreementDescriptions.agreementsByTopicRu(views.get(i), m);
      agreementDescriptions.agreementsByKindOfReferred(views.get(i), m);
      Sentence here = sentences.get(i);
      for (int k = m.size() - 1; k >= before; k--) {
        Actor a = m.get(k).actor();
        if (elsewhere(a) || !a.inSentence(here.docId(), here.id())) {
          m.remove(k);
        }
      }
    }
  }

  /**
   * The words that introduce a short name right after a name (（簡稱…）, (hereinafter …), (далее — …)).
   */
  private static final Pattern SHORT_NAME_INTRO =
      Pattern.compile(
          "\\s*[（(]\\s*(?:(?:以下|下文|后文|后|下)?(?:简称为|简称|称为|称)"
              + "|hereinafter(?:\\s+(?:referred\\s+to\\s+as|called|named))?|далее(?:\\s+по\\s+тексту)?\\s*[—–-]?)"
              + "\\s*[:：]?\\s*[「『“\"«]?\\s*");

  /**
   * A short name the text introduces for the actor it has just named (歐亞經濟聯盟（簡稱歐亞聯盟）, 上海合作組織
   * （以下稱上合組織）, the Eurasian Economic Union (hereinafter the Eurasian Union), Евразийский
   * экономический союз (далее — Евразийский союз)) is that actor's from there to the document's
   * end, the rest of its own sentence included, even where the gazetteer gives the short name to
   * another actor (歐亞聯盟 is also Nazarbayev's 1994 idea): the text's own definition wins. A renamed
   * mention keeps how it was found.
   */
  private static void shortNames(List<String> views, List<List<Mention>> out) {
    // keyed by the actor the gazetteer gave the short mention, with the short name's stems: a later
    // mention of that actor in any case of the short name is renamed (далее — Евразийский союз …
    // Евразийского союза), not only the surface it was introduced in
    Map<String, Actor> renamed = new HashMap<>();
    Map<String, String> shortStems = new HashMap<>();
    for (int i = 0; i < views.size(); i++) {
      String v = views.get(i);
      List<Mention> m = out.get(i);
      // the names introduced in this sentence, from where they are introduced
      Map<String, Integer> from = new HashMap<>();
      for (Mention named : List.copyOf(m)) {
        Matcher intro = SHORT_NAME_INTRO.matcher(v).region(named.end(), v.length());
        if (!intro.lookingAt()) {
          continue;
        }
        for (Mention s : m) {
          if (s.begin() >= intro.end() - 4
              && s.begin() <= intro.end() + 4 // an article (the) may be the name's or not
              && s.begin() > named.end()
              && !s.actor().id().equals(named.actor().id())) {
            String id = s.actor().id();
            renamed.put(id, named.actor());
            shortStems.put(id, stems(v.substring(s.begin(), s.end())));
            from.put(id, s.begin());
          }
        }
      }
      for (int k = 0; k < m.size(); k++) {
        Mention x = m.get(k);
        String id = x.actor().id();
        Actor own = renamed.get(id);
        if (own != null
            && !own.id().equals(id)
            && x.begin() >= from.getOrDefault(id, 0)
            && stems(v.substring(x.begin(), x.end())).equals(shortStems.get(id))) {
          m.set(k, new Mention(own, x.begin(), x.end(), x.method(), x.confidence(), x.via()));
        }
      }
    }
  }

  /** A name's words, each Cyrillic one by its stem (Евразийского союза: евразийск союз). */
  private static String stems(String surface) {
    StringBuilder b = new StringBuilder();
    for (String w : surface.toLowerCase(Locale.ROOT).split("\\s+")) {
      b.append(w.chars().anyMatch(c -> c >= 0x400 && c < 0x500) ? CyrillicNames.stem(w) : w)
          .append(' ');
    }
    return b.toString().strip();
  }

  private Scan names(String v) {
    List<Mention> out = new ArrayList<>();
    boolean[] claimed = new boolean[v.length()];
    int i = 0;
    while (i < v.length()) {
      // a person with the patronymic first: the first name alone may be a name too (Сердар)
      int matched = cyrillic.matchPerson(v, i, out);
      if (matched == 0) {
        matched = matchAt(v, i, out);
      }
      if (matched
          == 0) { // российско-китайский, казахстанско-узбекская: a hyphenated adjective of two
        // states or more
        matched = cyrillic.matchCompound(v, i, out);
      }
      if (matched == 0) {
        List<Mention> found = new ArrayList<>();
        matched =
            cyrillic.matchAt(v, i, found); // a Russian name in another case (Казахстана, Токаевым)
        if (matched > 0
            && (namesake(v, i, i + matched, found) || water(v, i, i + matched, found))) {
          matched =
              0; // Университет имени Назарбаева, Назарбаев Университет: an institution, not the
          // person
        } else {
          out.addAll(found);
        }
      }
      for (int k = i; k < i + matched; k++) {
        claimed[k] = true;
      }
      i += Math.max(1, matched);
    }
    out.removeIf(m -> elsewhere(m.actor())); // a Russian form of one scoped to another paper
    acrossQuotes(v, out, claimed);
    insideQuotedNames(v, out);
    out.removeIf(m -> numberedQuotedName(v, m));
    List<Mention> states = out.stream().filter(x -> x.actor().label().equals("Country")).toList();
    out.removeIf(m -> otherPartiesAgreement(v, m, states));
    ownerInsideFacility(v, out);
    return new Scan(out, claimed);
  }

  /**
   * A bloc's or a region's name opening a quotation, a number right after it inside the quotes
   * (учения «Запад-2021», «Восток 2018», 「天山-2號」): the first word of an exercise's or a programme's
   * own name, not the West or the region. A state keeps its mention («Казахстан-2050» is its own
   * programme), and so does a person.
   */
  static boolean numberedQuotedName(String v, Mention m) {
    String label = m.actor().label();
    if (!(label.equals("Organization") || label.equals("Place") || label.equals("Group"))
        || m.actor().discovered()
        || m.begin() == 0
        || "«「『“\"„".indexOf(v.charAt(m.begin() - 1)) < 0) {
      return false;
    }
    return NUMBER_IN_NAME.matcher(v).region(m.end(), v.length()).lookingAt();
  }

  /**
   * An agreement's generic alias (Partnership and Cooperation Agreement) after a hyphenated pair of
   * parties that holds a state the agreement's own name, itself a hyphenated pair, does not (the
   * EU-Kyrgyzstan Enhanced Partnership and Cooperation Agreement is no EU-Kazakhstan agreement):
   * the text names another pair's agreement, which the gazetteer does not know.
   */
  static boolean otherPartiesAgreement(String v, Mention m, List<Mention> states) {
    if (!m.actor().label().equals("Agreement") || !OWN_PAIR.matcher(m.actor().name()).find()) {
      return false;
    }
    String own = m.actor().name().toLowerCase(Locale.ROOT);
    for (Mention c : states) {
      if (c.end() > m.begin() || m.begin() - c.end() > 40) {
        continue;
      }
      String between = v.substring(c.end(), m.begin());
      boolean paired =
          c.begin() > 0 && "-‐‑–—".indexOf(v.charAt(c.begin() - 1)) >= 0
              || between.matches("[-‐‑–—]\\S+.*");
      if (paired
          && between.matches("(?:[-‐‑–—]\\S+)?(?:\\s+[\\p{L}-]+){0,2}\\s+")
          && !own.contains(c.actor().name().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An agreement's name that opens with its parties, hyphenated (EU-Kazakhstan …). */
  private static final Pattern OWN_PAIR = Pattern.compile("^\\S+[-‐‑–—]\\S+\\s");

  /** A number inside a quoted name, right after its first word (-2021, 2018, -2號). */
  private static final Pattern NUMBER_IN_NAME =
      Pattern.compile("\\s?[-‐‑–—]?\\s?\\d{1,4}(?:号|號)?[»」』”\"“]");

  /**
   * A Russian facility name that holds its owner's adjective (201-я российская военная база) gives
   * the owner a mention of its own, the facility keeping the words after it: the text says whose
   * base it is, as «российская авиабаза Кант» does with the adjective outside the name, and the
   * rules read the owner before the facility the same way. Only a word that is a state's name by
   * itself (российская, американская), not the name's last word.
   */
  private void ownerInsideFacility(String v, List<Mention> out) {
    for (int n = 0; n < out.size(); n++) {
      Mention m = out.get(n);
      if (!m.actor().label().equals("Facility")
          || !m.method().equals("name")
          || !CyrillicNames.hasCyrillic(v.substring(m.begin(), m.end()))) {
        continue;
      }
      int w = m.begin();
      while (w < m.end()) {
        int e = w;
        while (e < m.end() && v.charAt(e) != ' ') {
          e++;
        }
        if (e >= m.end()) {
          break; // the last word names the facility's kind
        }
        List<Mention> found = new ArrayList<>();
        int len = cyrillic.matchAt(v.substring(0, e), w, found);
        if (len == e - w
            && !found.isEmpty()
            && found.stream().allMatch(f -> f.actor().label().equals("Country"))) {
          int rest = e + 1;
          out.set(n, new Mention(m.actor(), rest, m.end(), m.method(), m.confidence()));
          for (Mention f : found) {
            out.add(new Mention(f.actor(), w, e, f.method(), f.confidence()));
          }
          break;
        }
        w = e + 1;
      }
    }
  }

  /**
   * A name that is a quotation (a discovered summit or exercise: «Взаимодействие», 「天山-2號」) or a
   * format quoted in the text («Центральная Азия плюс Япония») keeps the names inside it as well,
   * as names straddling quotes do: the dialogue is Japan's.
   */
  private void insideQuotedNames(String v, List<Mention> out) {
    List<Mention> inner = new ArrayList<>();
    for (Mention m : out) {
      boolean quoted = OPENING_QUOTES.indexOf(v.charAt(m.begin())) >= 0;
      boolean inQuotes =
          m.begin() > 0
              && OPENING_QUOTES.indexOf(v.charAt(m.begin() - 1)) >= 0
              && m.actor().label().equals("Initiative");
      if (m.end() - m.begin() < 3
          || !quoted && !inQuotes
          || !m.method().equals("name")
          || !FORMAT_JOIN.matcher(v.substring(m.begin(), m.end())).find()) {
        continue;
      }
      int i = quoted ? m.begin() + 1 : m.begin();
      int end = quoted ? m.end() - 1 : m.end();
      String inside = v.substring(0, end);
      while (i < end) {
        List<Mention> found = new ArrayList<>();
        if (i == m.begin()) {
          i++; // the name itself
          continue;
        }
        int len = matchAt(inside, i, found);
        if (len == 0) {
          len = cyrillic.matchAt(inside, i, found);
        }
        found.stream().filter(x -> x.actor().label().equals("Country")).forEach(inner::add);
        i += Math.max(1, len);
      }
    }
    out.addAll(inner);
  }

  private static final String OPENING_QUOTES = "«「『《〈“";

  /** What joins a format's parties: Central Asia plus Japan, Корея — Центральная Азия, 中亞+日本. */
  private static final Pattern FORMAT_JOIN =
      Pattern.compile("\\+|[—–]|\\s-\\s|(?<![\\p{L}])(?:plus|плюс)(?![\\p{L}])|加");

  private static boolean isAbbreviation(Mention m) {
    return m.method().equals("short") || m.method().equals("compound");
  }

  private static final String CLOSING_QUOTES = "」』》〉”";

  /**
   * A parenthetical aside in Latin letters right after a closing quote, before the name's last word
   * (「中吉烏鐵路」（China-Kyrgyzstan-Uzbekistan Railway, CKU）協議).
   */
  private static final Pattern QUOTED_ASIDE =
      Pattern.compile("[（(][a-z0-9][a-z0-9 ,.'’&-]{0,80}[）)](?=\\p{IsHan})");

  /**
   * Names that straddle quotation marks (「一帶一路」峰會 is the Belt and Road Forum), on top of those
   * inside, and a Latin aside after the quoted part (「中吉烏鐵路」（…, CKU）協議).
   */
  private void acrossQuotes(String v, List<Mention> out, boolean[] claimed) {
    int[] map = new int[v.length()];
    StringBuilder b = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      if (i > 0 && CLOSING_QUOTES.indexOf(v.charAt(i - 1)) >= 0) {
        // 「中吉烏鐵路」（China-Kyrgyzstan-Uzbekistan Railway, CKU）協議: the aside after the quoted part
        // stands inside the name
        Matcher aside = QUOTED_ASIDE.matcher(v).region(i, v.length());
        if (aside.lookingAt()) {
          i = aside.end() - 1;
          continue;
        }
      }
      if (QUOTES.indexOf(v.charAt(i)) < 0) {
        map[b.length()] = i;
        b.append(v.charAt(i));
      }
    }
    if (b.length() == v.length()) {
      return;
    }
    String w = b.toString();
    int i = 0;
    while (i < w.length()) {
      List<Mention> found = new ArrayList<>();
      int len = matchAt(w, i, found);
      if (len > 0) {
        int begin = map[i];
        int end = map[i + len - 1] + 1;
        if (end - begin > len) {
          boolean abbreviation = found.stream().allMatch(Linker::isAbbreviation);
          if (abbreviation
              && out.stream()
                  .anyMatch(o -> !isAbbreviation(o) && o.begin() < end && begin < o.end())) {
            i += len;
            continue; // a name already stands here
          }
          if (!abbreviation) { // a name wins over an abbreviation it overlaps, as inside quotes
            // (侵烏」國: 烏國)
            out.removeIf(o -> isAbbreviation(o) && o.begin() < end && begin < o.end());
          }
          for (Mention m : found) {
            out.add(new Mention(m.actor(), begin, end, m.method(), m.confidence() * 0.95));
          }
          for (int k = begin; k < end; k++) {
            claimed[k] = true;
          }
        }
      }
      i += Math.max(1, len);
    }
  }

  /** Whether a full name starting inside [i, end) reaches past end. */
  private boolean nameOverruns(String v, int i, int end) {
    for (int j = i + 1; j < end; j++) {
      for (int len : lengthsAt(v, j)) {
        if (j + len > end && j + len <= v.length()) {
          Entry e = dict.get(v.substring(j, j + len));
          if (e != null && e.method().equals("name")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private int matchAt(String v, int i, List<Mention> out) {
    TreeSet<Integer> ls = lengths.get(v.charAt(i));
    if (ls == null || (isWordChar(v.charAt(i)) && i > 0 && isWordChar(v.charAt(i - 1)))) {
      return 0;
    }
    for (int len : lengthsAt(v, i)) {
      if (i + len > v.length()) {
        continue;
      }
      String k = v.substring(i, i + len);
      Entry e = dict.get(k);
      if (e == null || !e.actors().isEmpty() && e.actors().stream().allMatch(Linker::elsewhere)) {
        // or a name only of actors scoped to another paper: a shorter one may stand inside (an
        // entry of no actor is a blocked phrase, which claims its span)
        continue;
      }
      int end = i + len;
      if (isWordChar(v.charAt(end - 1)) && end < v.length() && isWordChar(v.charAt(end))) {
        continue;
      }
      if (len <= 2 && acrossWords(v, i, end)) {
        continue; // 成員國協商: 國協 is the end of 成員國 and the start of 協商, not the CIS
      }
      if (e.method().equals("short") && nameOverruns(v, i, end)) {
        continue; // 入侵烏克蘭: the contracted 侵烏 yields to the full name 烏克蘭 that starts inside it
      }
      if (water(v, i, end, e.actors())) {
        continue; // the Gulf of Oman, 阿曼灣: a place of water named after the state, not the state
      }
      if (namesake(v, i, end, e.actors())) {
        continue; // 納扎爾巴耶夫大學, Nazarbayev University: an institution named after the person, not the
        // person
      }
      for (Actor a : e.actors()) {
        if (elsewhere(a)) {
          continue;
        }
        double conf =
            switch (e.method()) {
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

  /**
   * Whether the person's name at [begin, end) names an institution or place after the person: an
   * institution word after it (納扎爾巴耶夫大學, Nazarbayev University, Назарбаев Университет) or "named
   * after" before it (Университет имени Назарбаева). {@code who} are the actors the name links (a
   * list of actors or of mentions).
   */
  private static boolean namesake(String v, int begin, int end, List<?> who) {
    if (who.isEmpty()) {
      return false;
    }
    for (Object x : who) {
      if (!(x instanceof Mention m ? m.actor() : (Actor) x).label().equals("Person")) {
        return false;
      }
    }
    return NAMESAKE.matcher(v).region(end, v.length()).lookingAt()
        || NAMESAKE_BEFORE.matcher(v.substring(0, begin)).find();
  }

  /**
   * Whether the state's name at [begin, end) names a sea, gulf, bay or strait (water_before and
   * water_after of linker-words.tsv): the Gulf of Oman, 阿曼灣, Японское море are places of water, not
   * the state. {@code who} are the actors the name links (a list of actors or of mentions); only
   * states are dropped.
   */
  static boolean water(String v, int begin, int end, List<?> who) {
    if (who.isEmpty()) {
      return false;
    }
    for (Object x : who) {
      if (!(x instanceof Mention m ? m.actor() : (Actor) x).label().equals("Country")) {
        return false;
      }
    }
    Matcher after = WATER_AFTER.matcher(v).region(end, v.length());
    if (after.lookingAt()) {
      // a Russian water word only after the state's adjective (Оманский залив), never after its
      // name in another case (из Китая морем: by sea)
      return Character.UnicodeScript.of(after.group(1).charAt(0))
              != Character.UnicodeScript.CYRILLIC
          || RU_ADJECTIVE_END.matcher(v.substring(begin, end)).find();
    }
    return WATER_BEFORE.matcher(v.substring(Math.max(0, begin - 20), begin)).find();
  }

  /**
   * Whether the name at [begin, end) is cut out of two words: a Han character before it ends the
   * first (成員國, 問題上), and its last character opens a word of han_word_across that runs past end
   * (協商, 合作).
   */
  private static boolean acrossWords(String v, int begin, int end) {
    if (begin < 1
        || !han(v.charAt(begin - 1))
        || end < 1
        || end >= v.length()
        || !han(v.charAt(end - 1))) {
      return false;
    }
    for (String w : HAN_WORD_ACROSS) {
      if (w.length() > 1 && v.startsWith(w, end - 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }

  private static final Pattern EXCEPT =
      Pattern.compile(",?\\s*(?:кроме|за исключением|except(?: for)?|apart from)\\s+");

  private static final Pattern CENTRAL_ASIA_RU =
      Pattern.compile("(?<![\\p{L}])(?:центральн|средн)[а-яё]* ази[а-яё]*|центральноазиатск");

  private void quantifiedRegion(String v, List<Mention> mentions) {
    Matcher q = QUANTIFIED_REGION.matcher(v);
    while (q.find()) {
      int b = q.start();
      int e = q.end();
      if (centralAsia.isEmpty() || mentions.stream().anyMatch(x -> x.begin() < e && b < x.end())) {
        continue;
      }
      if (q.group().endsWith("региона") && !CENTRAL_ASIA_RU.matcher(v).find()) {
        continue; // все остальные страны региона: the region is Central Asia only when named so
      }
      // …, кроме Туркмении / except Turkmenistan: the states excepted right after are not of it
      java.util.Set<String> except = new java.util.HashSet<>();
      Matcher x = EXCEPT.matcher(v).region(e, v.length());
      if (x.lookingAt()) {
        int at = x.end();
        for (Mention m :
            mentions.stream().sorted(Comparator.comparingInt(Mention::begin)).toList()) {
          if (m.begin() < at) {
            continue;
          }
          if (!v.substring(at, m.begin()).matches("\\s*(?:,|и|and|or|или)?\\s*")) {
            break;
          }
          except.add(m.actor().id());
          at = m.end();
        }
      }
      for (Actor a : centralAsia) {
        if (!except.contains(a.id())) {
          mentions.add(new Mention(a, b, e, "group", 0.8));
        }
      }
    }
  }

  /**
   * Western sanctions on Russia, под западными санкциями: the bloc's adjective before a noun of
   * what states do or are is the bloc, on the adjective's span.
   */
  private void blocAdjectives(String v, List<Mention> mentions) {
    if (blocOfAdjective == null) {
      return;
    }
    Matcher b = BLOC_ADJECTIVE.matcher(v);
    while (b.find()) {
      int s = b.start(1);
      int e = b.end(1);
      if (mentions.stream().noneMatch(x -> x.begin() < e && s < x.end())) {
        mentions.add(new Mention(blocOfAdjective, s, e, "name", 0.9));
      }
    }
  }

  /**
   * A capital that acts stands for its state (莫斯科未能迅速攻下基輔: Russia attacks, Kyiv is the city; Astana
   * actively promoted; 基輔當局). Used as a location (在北京, in Moscow, 首都阿斯塔納, 美國華府, 比什凱克附近) it stays
   * the city; followed by a gloss in brackets it is both.
   */
  private List<Mention> metonymy(String text, String v, List<Mention> mentions) {
    if (metonyms.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Actor state = m.method().equals("name") ? metonyms.get(m.actor().id()) : null;
      if (state == null || asLocation(text, v, m, mentions) || besidePlace(v, m, mentions)) {
        out.add(m);
        continue;
      }
      out.add(new Mention(state, m.begin(), m.end(), "metonym", 0.8));
      String after = v.substring(m.end()).stripLeading();
      if (after.startsWith("(") || after.startsWith("（")) {
        out.add(m);
      }
    }
    return out;
  }

  /** What joins two items of a list: 與, 和, 、, and, и. */
  private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:与|和|及|、|and|и)\\s*");

  /**
   * A comma joins a list only after the capital: Bishkek, Osh and Naryn; not In Osh, Bishkek said.
   */
  private static final Pattern COMMA_JOIN = Pattern.compile("\\s*[,，]\\s*");

  /**
   * A capital listed with a place that stands for no state (分駐杜尚別與博赫塔爾, Bishkek and Osh, Ташкент и
   * Самарканд) is a place among places, not its state acting.
   */
  private boolean besidePlace(String v, Mention m, List<Mention> mentions) {
    for (Mention o : mentions) {
      if (o == m
          || !o.actor().label().equals("Place")
          || metonyms.containsKey(o.actor().id())
          || !o.method().equals("name")) {
        continue;
      }
      String between =
          o.begin() >= m.end()
              ? v.substring(m.end(), o.begin())
              : o.end() <= m.begin() ? v.substring(o.end(), m.begin()) : null;
      if (between != null
          && (LIST_JOIN.matcher(between).matches()
              || o.begin() >= m.end() && COMMA_JOIN.matcher(between).matches())) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern CAPITAL_WORD = Pattern.compile("首都|首府|capital|столиц");

  /**
   * An adverb of sequence or contrast right after a Chinese capital, then a verb that is no copula
   * or of being somewhere (旋即轉向, 隨即宣布, 則拒絕; not 則是, 則位於): the capital is the subject of an act. Not
   * 也, 亦 or 仍, which a city's description takes as well (美麗的塔什干也吸引遊客).
   */
  private static final Pattern ACTS_AFTER_ZH =
      Pattern.compile(
          "(?:旋即|随即|随后|遂|便|立即|立刻|迅速|随之|则|却|乃)(?!是|为|成|有|位|设|拥|在|于|地处|坐落|发展|变|扩)\\p{IsHan}");

  /**
   * A capital in apposition right after the name, however long its modifiers: Bishkek, the Kyrgyz
   * capital; Dushanbe, Tajikistan's capital; Alma-Ata, then the capital of Kazakhstan.
   */
  private static final Pattern CAPITAL_APPOSITION =
      Pattern.compile(
          "^\\s*,\\s*(?:(?:then|now|formerly|still)\\s+)?(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}(?:capital|столиц)");

  private static boolean asLocation(String text, String v, Mention m, List<Mention> mentions) {
    char prev = m.begin() > 0 ? v.charAt(m.begin() - 1) : ' ';
    char next = m.end() < v.length() ? v.charAt(m.end()) : ' ';
    if (next == '-' && AGENT_SUFFIX.matcher(v).region(m.end(), v.length()).lookingAt()) {
      return false; // Moscow-led, Beijing-backed: the state acts
    }
    if ("-/._·•".indexOf(prev) >= 0 || "-/_".indexOf(next) >= 0) {
      return true; // part of a web address or of another name (喬治·華盛頓大學)
    }
    boolean personBefore = // При Токаеве Астана подписала: a person's name is no part of the city's
        mentions.stream()
            .anyMatch(
                o ->
                    o.actor().label().equals("Person")
                        && o.end() <= m.begin()
                        && v.substring(o.end(), m.begin()).isBlank());
    if (isWordChar(v.charAt(m.begin()))
        && (capitalised(text, m.begin(), -1) && !personBefore || capitalised(text, m.end(), 1))) {
      return true; // The Astana Times, Carnegie Moscow Center
    }
    String before = v.substring(locativeWindow(v, m.begin()), m.begin());
    if (before.endsWith("的")
        && ACTS_AFTER_ZH.matcher(v).region(m.end(), v.length()).lookingAt()
        && mentions.stream().noneMatch(o -> o.end() == m.begin() - 1)) {
      // 被西方孤立的塔什干旋即轉向莫斯科: a capital a relative clause describes, then an adverb and a
      // verb of its own, acts (not 烏茲別克的塔什干, a place's; nor 的塔什干則是…, a description)
      before = before.substring(0, before.length() - 1);
    }
    if (LOCATIVE_BEFORE.matcher(before).find()
        || LOCATIVE_AFTER.matcher(v.substring(m.end())).find()) {
      return true;
    }
    int from = Math.max(0, m.begin() - 14);
    int to = Math.min(v.length(), m.end() + 16);
    for (int k = m.begin() - 1; k >= from; k--) {
      if ("，。；;！？".indexOf(v.charAt(k)) >= 0) {
        from = k + 1;
        break;
      }
    }
    for (int k = m.end(); k < to; k++) {
      if ("，。；;！？".indexOf(v.charAt(k)) >= 0) {
        to = k;
        break;
      }
    }
    if (CAPITAL_APPOSITION.matcher(v.substring(m.end())).lookingAt()) {
      return true; // Bishkek, the Kyrgyz capital: the city named as the capital is the city
    }
    if (CAPITAL_WORD.matcher(v.substring(from, to)).find()) {
      return true; // 阿斯塔納是哈薩克的首都, Astana, the capital of Kazakhstan: the city named as the capital
      // is the city
    }
    for (Mention o : mentions) {
      // 美國華府, 哈薩克首都阿斯塔納, в киргизском Бишкеке, армянском Гюмри: a state or its adjective right
      // before the city names where the city is
      if (o.end() <= m.begin()
          && v.substring(o.end(), m.begin()).isBlank()
          && o.actor().label().equals("Country")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the text a locative word may occupy before a name starts: six characters for Chinese (在,
   * 首都, 攻下), the two words before for Latin and Cyrillic text, whatever their length (visited
   * Dushanbe, arrived in Astana, посетил Ташкент).
   */
  static int locativeWindow(String v, int begin) {
    if (!isWordChar(v.charAt(begin))) {
      return Math.max(0, begin - 6);
    }
    int k = begin;
    for (int w = 0; w < 2; w++) {
      while (k > 0 && v.charAt(k - 1) == ' ') {
        k--;
      }
      if (k == 0 || !isWordChar(v.charAt(k - 1))) {
        break;
      }
      while (k > 0 && isWordChar(v.charAt(k - 1))) {
        k--;
      }
    }
    return k;
  }

  /**
   * The Latin word after {@code from} (dir 1) or before it (dir -1) starts with a capital (not a
   * leading "The").
   */
  private static boolean capitalised(String text, int from, int dir) {
    int k = from;
    if (dir < 0) {
      k--;
      while (k >= 0 && text.charAt(k) == ' ') {
        k--;
      }
      int e = k + 1;
      while (k >= 0 && isWordChar(text.charAt(k))) {
        k--;
      }
      String w = text.substring(k + 1, Math.max(k + 1, e));
      return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && k >= 0;
    }
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    int b = k;
    while (k < text.length() && isWordChar(text.charAt(k))) {
      k++;
    }
    String w = text.substring(b, k);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** 俄哈, 中俄, 美歐; 哈、烏、吉三國; 法、德、俄甚至; 哈國, 美方, 俄軍; 吉舉行總統大選; 訪俄之旅. */
  private void abbreviations(
      String v,
      String text,
      boolean[] claimed,
      List<Mention> mentions,
      Map<String, Integer> para,
      Map<String, Integer> doc) {
    boolean[] taken = claimed.clone();
    for (Mention m : mentions) {
      for (int k = m.begin(); k < m.end() && k < taken.length; k++) {
        taken[k] = true;
      }
    }
    List<Mention> found = new ArrayList<>();
    boolean[] listed = listItems(v, taken);
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
      char before = i > 0 ? v.charAt(i - 1) : ' ';
      char after = j < v.length() ? v.charAt(j) : ' ';
      List<Actor> fixed = compounds.get(run);
      if (fixed != null) {
        for (int k = 0; k < fixed.size(); k++) {
          found.add(new Mention(fixed.get(k), i, j, "compound", 0.85));
        }
      } else if (run.length() >= 2 && run.length() <= 4 || countedRun(v, j, run.length())) {
        if (after != '洲'
            && !doubled(run)
            && !translitBefore(v, i)
            && TRANSLIT_AFTER.indexOf(after)
                < 0) { // 中美洲 is Central America; 哈哈 (laughing) is a word
          for (int k = i; k < j; k++) {
            found.add(new Mention(pick(v.charAt(k), para, doc), k, k + 1, "compound", 0.8));
          }
        }
      } else if (run.length() == 1
          && stateWord(v, j) > 0
          && !taken(taken, j)
          && (stateWord(v, j) == 1 || TRANSLIT_BEFORE.indexOf(before) < 0)) {
        // 美政府, 俄當局; not the end of a foreign name (卡爾扎伊政府)
        found.add(new Mention(pick(v.charAt(i), para, doc), i, j + stateWord(v, j), "short", 0.85));
      } else if (run.length() == 1 && (listed[i] || inList(v, i, j))) {
        found.add(new Mention(pick(v.charAt(i), para, doc), i, j, "short", 0.85));
      } else if (run.length() == 1
          && NOT_STATE_AFTER.indexOf(after) < 0
          && (!taken(taken, j) || stationedGuest(v, j, before))
          && (clauseSubject(v, i, before) || verbObject(v.charAt(i), before))) {
        found.add(new Mention(pick(v.charAt(i), para, doc), i, j, "short", 0.75));
      }
      i = j;
    }
    countedList(v, text, taken, found, para, doc);
    mentions.addAll(found);
  }

  /**
   * A 、-list of one-character abbreviations closed by its count (俄、白兩國, 俄、白、亞、哈、吉、塔六國): every item
   * a state's, the words of {@link #countedListShorts} among them (白 Belarus, 亞 Armenia or
   * Azerbaijan, which are words elsewhere), at least one an abbreviation of the gazetteer, and as
   * many items as the count says. Items no mention covers yet are linked; 亞 only where the text
   * names one of its states in full ({@link #countedShort}).
   */
  private void countedList(
      String v,
      String text,
      boolean[] taken,
      List<Mention> found,
      Map<String, Integer> para,
      Map<String, Integer> doc) {
    String numerals = "  两三四五六七八九";
    for (int k = 0; k + 2 < v.length(); k++) {
      int n = numerals.indexOf(v.charAt(k + 1));
      if (n < 2 || v.charAt(k + 2) != '国') {
        continue;
      }
      List<Integer> items = new ArrayList<>();
      int p = k;
      while (p >= 0 && isListChar(v.charAt(p))) {
        items.add(0, p);
        if (p >= 2 && v.charAt(p - 1) == '、') {
          p -= 2;
        } else {
          break;
        }
      }
      if (items.isEmpty()) {
        continue;
      }
      int first = items.get(0);
      if (items.size() != n
          || first > 0 && isListChar(v.charAt(first - 1))
          || items.stream().noneMatch(x -> countedListShorts.containsKey(v.charAt(x)))
          || items.stream().noneMatch(x -> shorts.containsKey(v.charAt(x)))) {
        continue;
      }
      for (int x : items) {
        int at = x;
        if (taken[at] || found.stream().anyMatch(m -> m.begin() <= at && at < m.end())) {
          continue;
        }
        Actor written =
            text.length() == v.length() ? writtenCountedListShorts.get(text.charAt(at)) : null;
        Actor a =
            shorts.containsKey(v.charAt(at))
                ? pick(v.charAt(at), para, doc)
                : written != null
                    ? written
                    : countedShort(countedListShorts.get(v.charAt(at)), para, doc);
        if (a != null) {
          found.add(new Mention(a, at, at + 1, "short", 0.85));
        }
      }
    }
  }

  /**
   * The one actor a counted-list abbreviation can be, or of several (亞: Armenia, Azerbaijan) the
   * one its paragraph, else its document, names in full; none when neither settles it: no guess.
   */
  private static Actor countedShort(
      List<Actor> cands, Map<String, Integer> para, Map<String, Integer> doc) {
    if (cands.size() == 1) {
      return cands.get(0);
    }
    for (Map<String, Integer> seen : List.of(para, doc)) {
      List<Actor> named = cands.stream().filter(a -> seen.getOrDefault(a.id(), 0) > 0).toList();
      if (named.size() == 1) {
        return named.get(0);
      }
      if (named.size() > 1) {
        return null;
      }
    }
    return null;
  }

  private boolean isListChar(char c) {
    return shorts.containsKey(c) || countedListShorts.containsKey(c);
  }

  /**
   * The words after a one-character abbreviation that make it its state (哈國, 美方, 俄軍, 美政府, 俄當局:
   * linker-words.tsv, state_words), longest first.
   */
  private static final List<String> STATE_WORDS =
      java.util.Arrays.stream(WORDS.get("state_words").split("\\|"))
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  /** The length of the state word at {@code j} ({@link #STATE_WORDS}), 0 for none. */
  private static int stateWord(String v, int j) {
    for (String w : STATE_WORDS) {
      if (v.startsWith(w, j)) {
        return w.length();
      }
    }
    return 0;
  }

  /**
   * Characters of transliterated names around a run of one-char states: the run is part of a
   * foreign name no gazetteer entry covered (汗纳巴德: not 巴 Pakistan and 德 Germany), not a compound of
   * states. Only characters that hardly ever stand next to a real compound (中美拉锯 and 中俄达成 keep
   * theirs). A name dot on either side (达乌德·汗) and the syllables 马, 迈, 达 before (马苏德, 迈卢苏, 达乌德) and
   * 勒, 托, 逊 after (乌德勒支, 苏哈托, 哈德逊) mark a name too: 苏 Soviet Union and 德 Germany in 马苏德 are no
   * pair.
   */
  private static final String TRANSLIT_BEFORE = "纳尔斯姆兹萨诺夫拉里卡扎汗维索马迈·";

  private static final String TRANSLIT_AFTER = "纳尔斯姆兹萨诺夫里扎维索勒托逊·";

  /**
   * The char before {@code i} ends a transliteration ({@link #TRANSLIT_BEFORE}), or is the 达 of one
   * (达乌德), not of a word (抵达, 到达, 表达, 长达中俄边境).
   */
  private static boolean translitBefore(String v, int i) {
    char before = i > 0 ? v.charAt(i - 1) : ' ';
    if (TRANSLIT_BEFORE.indexOf(before) >= 0) {
      return true;
    }
    return before == '达' && (i < 2 || "到抵表传下转直通送长高多发雷马".indexOf(v.charAt(i - 2)) < 0);
  }

  /**
   * A run of five or more one-char states is read only when the count after it says how many
   * (中俄哈吉塔五國, 中俄哈吉塔烏六國): a longer run of characters that merely have short forms is more likely a
   * word.
   */
  private static boolean countedRun(String v, int end, int length) {
    String numerals = "  两三四五六七八九";
    return length >= 5
        && length < numerals.length()
        && end + 1 < v.length()
        && v.charAt(end) == numerals.charAt(length)
        && v.charAt(end + 1) == '国';
  }

  /**
   * 吉舉行總統大選, 但塔社會, 2002年8月俄在裏海: a one-char state at the head of a clause with a state predicate.
   */
  private static boolean clauseSubject(String v, int i, char before) {
    if (CLAUSE_SHORTS.indexOf(v.charAt(i)) < 0) {
      return false;
    }
    boolean head =
        i == 0
            || !isHanLetter(before) && !isWordChar(before)
            || CLAUSE_LEFT.indexOf(before) >= 0
            || Character.isDigit(before);
    if (!head) {
      return false;
    }
    for (String p : STATE_PREDICATES) {
      if (v.startsWith(p, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * 駐吉俄軍, 驻塔俄军, 駐吉美國部隊: the host after 駐 with the guest's name right after it, which the check for
   * a name glued to the abbreviation would otherwise drop (elsewhere such a name makes the
   * character part of a longer word).
   */
  private boolean stationedGuest(String v, int j, char before) {
    return (before == '駐' || before == '驻') && j < v.length() && shorts.containsKey(v.charAt(j));
  }

  /** 訪俄之旅, 侵烏, 俄駐吉空軍基地, 對俄出口, 親俄: a one-char state as the object of a verb. */
  private static boolean verbObject(char c, char before) {
    return OBJECT_SHORTS.indexOf(c) >= 0 && OBJECT_VERBS.indexOf(before) >= 0;
  }

  /**
   * Items of a 、-list of two or more one-char abbreviations (法、德、俄甚至; 與俄、中所合組), unless it names a
   * language (中、英文).
   */
  private boolean[] listItems(String v, boolean[] taken) {
    boolean[] listed = new boolean[v.length()];
    int i = 0;
    while (i < v.length()) {
      if (!single(v, taken, i)) {
        i++;
        continue;
      }
      int j = i;
      int items = 1;
      while (j + 2 < v.length() && v.charAt(j + 1) == '、' && single(v, taken, j + 2)) {
        j += 2;
        items++;
      }
      char after = j + 1 < v.length() ? v.charAt(j + 1) : ' ';
      if (items >= 2 && NOT_STATE_AFTER.indexOf(after) < 0) {
        for (int k = i; k <= j; k += 2) {
          listed[k] = true;
        }
      }
      i = j + 1;
    }
    return listed;
  }

  /** A free one-char abbreviation standing alone (not part of a longer run of abbreviations). */
  private boolean single(String v, boolean[] taken, int i) {
    if (taken[i] || !shorts.containsKey(v.charAt(i))) {
      return false;
    }
    boolean runBefore = i > 0 && !taken[i - 1] && shorts.containsKey(v.charAt(i - 1));
    boolean runAfter = i + 1 < v.length() && !taken[i + 1] && shorts.containsKey(v.charAt(i + 1));
    return !runBefore && !runAfter;
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
    return listBefore || after == '、'
        ? (listBefore || !isHanLetter(before)) && (listAfter || !isHanLetter(after))
        : false;
  }

  private static boolean isHanLetter(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** A run with a character doubled (哈哈, 中中) is a word, never a list of states. */
  private static boolean doubled(String run) {
    for (int k = 1; k < run.length(); k++) {
      if (run.charAt(k) == run.charAt(k - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An ambiguous abbreviation (伊: Iran or Iraq; 烏: Uzbekistan or Ukraine) goes to the candidate the
   * paragraph, then the paper, names most; with no evidence either way, to a Central Asian state
   * (the states these papers are about: 哈烏兩國 is Kazakhstan and Uzbekistan), then the first id. The
   * gazetteer's map has no fixed order, so without this last step a tie went to whichever candidate
   * the JVM's hash order put first, differently from run to run.
   */
  private Actor pick(char c, Map<String, Integer> para, Map<String, Integer> doc) {
    List<Actor> cands = shorts.get(c);
    Actor best = null;
    long bestScore = -1;
    for (Actor a : cands) {
      long score =
          4_000_000L * para.getOrDefault(a.id(), 0)
              + 2L * doc.getOrDefault(a.id(), 0)
              + (centralAsia.contains(a) ? 1 : 0);
      if (best == null
          || score > bestScore
          || score == bestScore && a.id().compareTo(best.id()) < 0) {
        best = a;
        bestScore = score;
      }
    }
    return best;
  }
}
