package org.cagraph.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * Russian names in every grammatical case: Казахстан, Казахстана, Казахстаном, в Казахстане;
 * Шанхайской организации сотрудничества; Токаева. A name matches a run of words when, word by word,
 * the two stems agree (Lucene's {@link RussianLightStemmer}) or the text word's stem is the name's
 * word itself (a surname in -ев/-ов, whose nominative the stemmer cuts shorter than its other
 * cases: Токаев / Токаева).
 */
final class CyrillicNames {
  private record Name(String[] words, List<Actor> actors, String method) {}

  private final Map<String, List<Name>> byFirst = new HashMap<>();
  private int maxWords = 1;

  static boolean hasCyrillic(String s) {
    return s.chars()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }

  /** {@code key} is the matching view of a name (lower case). */
  void put(String key, List<Actor> actors, String method) {
    String[] words = words(key);
    if (words.length == 0 || !hasCyrillic(key)) {
      return;
    }
    Name n = new Name(words, actors, method);
    byFirst.computeIfAbsent(stem(words[0]), k -> new ArrayList<>()).add(n);
    if (!stem(words[0]).equals(words[0])) {
      // also under the word itself: a nominative whose end looks like a case ending is cut shorter
      // than its other cases (Вьетнам: вьетн; Вьетнама, во Вьетнаме: вьетнам; Назарбаев:
      // назарба), whose stem is then the name word itself
      byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(n);
    }
    maxWords = Math.max(maxWords, words.length);
  }

  /**
   * The longest name at {@code i} of the view {@code v} (a word start), as mentions added to {@code
   * out}; returns the chars it spans, 0 for none.
   */
  int matchAt(String v, int i, List<Mention> out) {
    if (i >= v.length() || i > 0 && isWordChar(v.charAt(i - 1)) || !isCyrillic(v.charAt(i))) {
      return 0;
    }
    List<int[]> spans = new ArrayList<>();
    int p = i;
    int quoted = -1; // the first word inside an opening quote, -1 for none
    while (spans.size() < maxWords && p < v.length()) {
      if (!spans.isEmpty() && quoted < 0 && QUOTES.indexOf(v.charAt(p)) >= 0) {
        p++; // a quoted name after its noun is one name (газопровода «Центральная Азия — Китай»)
        quoted = spans.size();
        if (p >= v.length()) {
          break;
        }
      }
      int s = p;
      while (p < v.length() && isWordChar(v.charAt(p))) {
        p++;
      }
      if (p == s && !spans.isEmpty() && DASHES.indexOf(v.charAt(p)) >= 0) {
        p++; // a spaced dash inside a name is a word of it (газопровода Центральная Азия — Китай)
      }
      if (p == s) {
        break;
      }
      spans.add(new int[] {s, p});
      while (p < v.length() && v.charAt(p) == ' ') {
        p++;
      }
    }
    if (spans.isEmpty()) {
      return 0;
    }
    String first = norm(v.substring(spans.get(0)[0], spans.get(0)[1]));
    Name best = bestName(v, spans, quoted, first, false);
    if (best == null) {
      return 0;
    }
    int end = spans.get(best.words().length - 1)[1];
    for (Actor a : best.actors()) {
      out.add(new Mention(a, i, end, best.method(), best.method().equals("name") ? 1.0 : 0.9));
    }
    return end - i;
  }

  /**
   * A person named with the patronymic between the first name and the surname (Касым-Жомарт
   * Кемелевич Токаев, Шавката Миромоновича Мирзиёева, Сердар Гурбангулыевич Бердымухамедов) at
   * {@code i}, in any case: the person the gazetteer names by the first name and the surname, as
   * mentions added to {@code out} over all three words; returns the chars, 0 for none.
   */
  int matchPerson(String v, int i, List<Mention> out) {
    if (i >= v.length() || i > 0 && isWordChar(v.charAt(i - 1)) || !isCyrillic(v.charAt(i))) {
      return 0;
    }
    List<int[]> spans = new ArrayList<>();
    int p = i;
    while (spans.size() < 3) {
      int s = p;
      while (p < v.length() && isWordChar(v.charAt(p))) {
        p++;
      }
      if (p == s) {
        return 0;
      }
      spans.add(new int[] {s, p});
      if (spans.size() < 3) {
        if (p >= v.length() || v.charAt(p) != ' ') {
          return 0;
        }
        p++;
      }
    }
    if (!isPatronymic(v.substring(spans.get(1)[0], spans.get(1)[1]))) {
      return 0;
    }
    spans.remove(1);
    Name person = bestName(v, spans, -1, norm(v.substring(i, spans.get(0)[1])), true);
    if (person == null || person.words().length != 2) {
      return 0;
    }
    for (Actor a : person.actors()) {
      out.add(new Mention(a, i, p, person.method(), person.method().equals("name") ? 1.0 : 0.9));
    }
    return p - i;
  }

  /** The longest name of the words {@code spans} that begin with {@code first}; persons only. */
  private Name bestName(
      String v, List<int[]> spans, int quoted, String first, boolean personsOfTwoWords) {
    Name best = null;
    for (String k : new String[] {stem(first), first, stem(nominative(first))}) {
      for (Name n : byFirst.getOrDefault(k, List.of())) {
        if (n.words().length <= spans.size()
            && (best == null || n.words().length > best.words().length)
            && (!personsOfTwoWords || n.words().length >= 2 && persons(n))
            && closesQuote(v, spans, quoted, n.words().length)
            && matches(n, v, spans)) {
          best = n;
        }
      }
    }
    return best;
  }

  private static boolean persons(Name n) {
    return !n.actors().isEmpty() && n.actors().stream().allMatch(a -> "Person".equals(a.label()));
  }

  /**
   * A Russian patronymic in any case (Кемелевич, Миромоновичем, Ильиничны) or a Kazakh or Kyrgyz
   * one written in Russian text (Кемелулы, Абдыкапарович).
   */
  private static final Pattern PATRONYMIC =
      Pattern.compile(
          "[а-яё]{2,}(?:(?:ов|ев|ь)ич(?:а|у|ем|е)?|(?:ов|ев|ин)?ичн(?:а|ы|е|у|ой|ою)"
              + "|(?:ов|ев)н(?:а|ы|е|у|ой|ою)|улы|уулу|кызы)");

  static boolean isPatronymic(String word) {
    return PATRONYMIC.matcher(norm(word.toLowerCase(Locale.ROOT))).matches();
  }

  /**
   * Whether a name of {@code words} words stops short of the quote or takes the whole quoted part:
   * сухого порта «Хоргос — Восточные ворота» is no сухой порт Хоргос, the quote going on.
   */
  private static boolean closesQuote(String v, List<int[]> spans, int quoted, int words) {
    if (quoted < 0 || words <= quoted) {
      return true;
    }
    int end = spans.get(words - 1)[1];
    return end < v.length() && CLOSING_QUOTES.indexOf(v.charAt(end)) >= 0;
  }

  private static final String CLOSING_QUOTES = "»”“\"";

  private static boolean matches(Name n, String v, List<int[]> spans) {
    for (int w = 0; w < n.words().length; w++) {
      String text = norm(v.substring(spans.get(w)[0], spans.get(w)[1]));
      String name = n.words()[w];
      String st = stem(text);
      if (!text.equals(name)
          && !st.equals(name)
          && !(st.equals(stem(name)) && endingAgrees(name, text))
          && !declines(name, text)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The opening quotes that may stand inside a name, between a noun and its quoted name (газопровод
   * «Центральная Азия — Китай»): the text's case form of the noun matches too, and the quoted part
   * is not read as another actor's name on its own.
   */
  private static final String QUOTES = "«“„\"";

  /** The dashes a name may hold between spaces (Центральная Азия — Китай). */
  private static final String DASHES = "—–";

  /** Stems this short are shared by common nouns: Грузия and груз (cargo) both stem to груз. */
  private static final int SHORT_STEM = 4;

  /**
   * The case endings of a feminine noun in -ия (Грузия, Россия, Индия, Турция) and of one in -а/-я
   * (Куба).
   */
  private static final java.util.Set<String> IYA_ENDINGS =
      java.util.Set.of("ия", "ии", "ию", "ией", "иею");

  private static final java.util.Set<String> A_ENDINGS =
      java.util.Set.of("а", "я", "ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею");

  /**
   * Whether {@code text}, which stems like the name word {@code name}, is a case form of it rather
   * than another word sharing the stem. The stemmer cuts a name in -ия or -а to a stem that other
   * nouns share when it is short (грузы, грузов: cargo, not Georgia); such a name matches only a
   * word whose ending is one its own declension takes. A surname in -ев/-ов matches only a word
   * that begins with it (Алиева, not Али Хаменеи).
   */
  static boolean endingAgrees(String name, String text) {
    String st = stem(name);
    if ((name.endsWith("ев") || name.endsWith("ов")) && st.length() < name.length() - 1) {
      // a surname in -ев/-ов, which the stemmer cuts to a stem that other words share (Алиев: али,
      // the first name Али; Лавров: лавр): every case of it begins with the whole name
      return text.startsWith(name);
    }
    if (st.length() > SHORT_STEM || !name.startsWith(st) || !text.startsWith(st)) {
      return true;
    }
    String nameEnd = name.substring(st.length());
    String textEnd = text.substring(st.length());
    if (nameEnd.endsWith("ия")) {
      return IYA_ENDINGS.contains(textEnd);
    }
    if (nameEnd.equals("а") || nameEnd.equals("я")) {
      return A_ENDINGS.contains(textEnd);
    }
    return true;
  }

  /** The shortest stem a noun in -а/-я keeps through its cases (коре in Корея, Кореи, Кореей). */
  private static final int DECLINED_BASE = 4;

  /**
   * Whether {@code text} is a case form of the name word {@code name}, a noun in -а or -я: the name
   * without its last letter, then a case ending of that declension (Корея: Кореи, Корее, Кореей,
   * Корею). The stemmer cuts a noun in -ея shorter in the nominative than in its other cases
   * (корея: кор, кореи: коре), so the stems alone miss them.
   */
  static boolean declines(String name, String text) {
    if (!(name.endsWith("а") || name.endsWith("я")) || name.length() - 1 < DECLINED_BASE) {
      return false;
    }
    String base = name.substring(0, name.length() - 1);
    return text.startsWith(base) && A_ENDINGS.contains(text.substring(base.length()));
  }

  /**
   * The nominative a word in another case of a noun in -я would have (Кореей: Корея), to find the
   * names it may be a case of; the word itself when it has no such ending.
   */
  private static String nominative(String word) {
    for (String end : new String[] {"ей", "ею", "ой", "ою", "и", "е", "ю", "у", "ы"}) {
      if (word.endsWith(end) && word.length() - end.length() >= DECLINED_BASE) {
        return word.substring(0, word.length() - end.length()) + "я";
      }
    }
    return word;
  }

  /**
   * A hyphenated adjective of two or more states (российско-китайский, казахстанско-узбекская
   * граница, кыргызско-таджикско-узбекская): every part is a state's adjective, the first ones in
   * their -о combining form, which stems as the adjective does (российско, российский: российск).
   * Read from the states' own adjectives in the gazetteer, so every pair and triple is known
   * without listing it. Adds one mention per state over the whole word, as a group word; returns
   * the chars, 0 when a part is no state.
   */
  int matchCompound(String v, int i, List<Mention> out) {
    if (i > 0 && isWordChar(v.charAt(i - 1)) || !isCyrillic(v.charAt(i))) {
      return 0;
    }
    int p = i;
    while (p < v.length() && isWordChar(v.charAt(p))) {
      p++;
    }
    String word = norm(v.substring(i, p));
    if (word.indexOf('-') < 0) {
      return 0;
    }
    String[] parts = word.split("-", -1);
    if (parts.length < 2) {
      return 0;
    }
    List<Actor> states = new ArrayList<>();
    for (int k = 0; k < parts.length; k++) {
      String part = parts[k];
      if (part.isEmpty() || k < parts.length - 1 && !part.endsWith("о")) {
        return 0;
      }
      Actor state = stateAdjective(part);
      if (state == null && k < parts.length - 1 && part.length() > 3) {
        // the short combining form: таджико-, туркмено-, армяно-, узбеко- (таджикский, туркменский)
        state = stateAdjective(part.substring(0, part.length() - 1) + "ский");
      }
      if (state == null) {
        return 0;
      }
      if (!states.contains(state)) {
        states.add(state);
      }
    }
    if (states.size() < 2) {
      return 0;
    }
    for (Actor a : states) {
      out.add(new Mention(a, i, p, "group", 0.9));
    }
    return p - i;
  }

  /** The one state whose own adjective (-ий) stems as {@code part} does, or null. */
  private Actor stateAdjective(String part) {
    for (Name n : byFirst.getOrDefault(stem(part), List.of())) {
      if (n.words().length == 1
          && n.method().equals("name")
          && n.actors().size() == 1
          && n.actors().get(0).label().equals("Country")
          && n.words()[0].endsWith("ий")) {
        return n.actors().get(0);
      }
    }
    return null;
  }

  private static String[] words(String key) {
    String k = norm(key).strip();
    // the quotes of a noun's quoted name (газопровод «Центральная Азия — Китай») are no part of its
    // words; a name that is all quoted («Взаимодействие», an exercise) keeps them, so that the
    // plain word in another case (взаимодействии) is not it
    if (!k.isEmpty() && QUOTES.indexOf(k.charAt(0)) < 0) {
      k = k.replaceAll("[«»“”„\"]", " ");
    }
    return java.util.Arrays.stream(k.split("[\\s]+"))
        .filter(w -> !w.isEmpty())
        .toArray(String[]::new);
  }

  private static String norm(String w) {
    return w.replace('ё', 'е');
  }

  static String stem(String word) {
    char[] c = norm(word).toCharArray();
    int n = new RussianLightStemmer().stem(c, c.length);
    return new String(c, 0, n);
  }

  private static boolean isCyrillic(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
  }

  private static boolean isWordChar(char c) {
    return c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '-');
  }
}
