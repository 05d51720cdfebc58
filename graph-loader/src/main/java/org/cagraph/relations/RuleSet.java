package org.cagraph.relations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.cagraph.actors.Linker;

/**
 * The rules of {@code data/rules/}: one file per relation type, {@code TYPE.rules}. Each rule is a
 * line {@code name<TAB>confidence<TAB>role<TAB>pattern}, with the sentence it was written for in a
 * {@code #} comment above it. Lexicons ({@code *.lex}) hold negation, modality and role words.
 */
public final class RuleSet {
  /** The types of data/schema/relation-types.tsv, in its order. */
  public static final List<String> TYPES = RelationTypes.names();

  public static final List<String> SYMMETRIC =
      RelationTypes.all().stream()
          .filter(RelationTypes.Type::symmetric)
          .map(RelationTypes.Type::name)
          .toList();
  static final char OPEN = '\uE000';
  static final char CLOSE = '\uE001';

  /** Opens the placeholder of a modifier: an actor directly followed by another (中國一帶一路倡議). */
  static final char MOD_OPEN = '\uE002';

  /**
   * The type letters of the actor placeholder opening at {@code open} (C, O, P, …: the text between
   * the opening mark and its '#'), or "" where none follows.
   */
  static String placeholderTypes(String masked, int open) {
    int hash = masked.indexOf('#', open);
    return hash < 0 ? "" : masked.substring(open + 1, hash);
  }

  /**
   * The first of {@code marks} in {@code masked} from {@code from} that stands outside every
   * actor's placeholder (a quoted treaty name holds commas of its own), or the text's length.
   */
  static int nextMark(CharSequence masked, int from, String marks) {
    boolean inside = false;
    for (int k = from; k < masked.length(); k++) {
      char ch = masked.charAt(k);
      if (ch == OPEN || ch == MOD_OPEN) {
        inside = true;
      } else if (ch == CLOSE) {
        inside = false;
      } else if (!inside && marks.indexOf(ch) >= 0) {
        return k;
      }
    }
    return masked.length();
  }

  private static final String CLAUSE_STOPS = "，。；：,;:！？!?";

  /** Any actor's placeholder, a modifier's too, in the masked sentence. */
  private static final String PLACEHOLDER = "[" + OPEN + MOD_OPEN + "][^" + CLOSE + "]*" + CLOSE;

  /**
   * Russian kind nouns between a state's adjective and the name it owns (к китайской инициативе
   * «Пояс и путь», в российских учениях «Центр-2019», на таджикской авиабазе Айни): a programme, an
   * event, a bloc or a facility, never a place (китайской провинцией Синьцзян stays the state's
   * border).
   */
  private static final String RU_KIND_NOUNS =
      "(?:инициатив|проект|программ|учени|манёвр|маневр|блок|союз|организаци|форум|саммит|авиабаз"
          + "|баз|космодром|полигон|аэродром|газопровод|нефтепровод|трубопровод)";

  /**
   * An actor named as the leader or the owner of the actor right after it, in the Simplified
   * lower-case view: (由)俄羅斯(所)主導的, 中國領導的, 以美國為首的, Russian-led, Moscow-led, China's (Belt and Road
   * Initiative), возглавляемую Россией. An object slot reads past it to what it modifies.
   */
  static final String LEADER =
      "(?:(?:(?:由|以)\\s?)?"
          + PLACEHOLDER
          + "\\s?(?:所)?(?:主导|领导|带领|牵头|为首|率领)(?:的|之)\\s?[「『“]?"
          + "|"
          + PLACEHOLDER
          + "(?:-led |'s |’s )"
          + "|(?:возглавляем|руководим)\\p{L}* "
          + PLACEHOLDER
          + " |"
          + OPEN
          + "C#\\d+"
          + CLOSE
          + " (?:[а-яё-]+(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими) ){0,2}"
          + RU_KIND_NOUNS
          + "[а-яё]* [«\"“]?)";

  /**
   * What stands between a state and a company or a bank the text names after it, in the matching
   * view: the Kyrgyz bank Keremet Bank, the Kazakh oil company X (a kind noun, up to two words
   * before it), 吉爾吉斯的克雷梅特銀行 (的 before a company), киргизского банка «Керемет». The state is only
   * where the company is based: an object slot reads past it to the company, and never takes the
   * state itself there. A state's banks with no bank named (sanctions on Russian banks) stay the
   * state's.
   */
  static final String COMPANY_AFTER_ITS_STATE =
      "(?: (?:(?!and |or )[a-z-]+ ){0,2}?(?:banks?|lenders?|compan(?:y|ies)|firms?|corporations?"
          + "|conglomerates?|exporters?|importers?|manufacturers?|producers?|operators?|airlines?"
          + "|carriers?|insurers?|refiner(?:y|ies)|traders?|holdings?|giants?) "
          + "(?=["
          + OPEN
          + MOD_OPEN
          + "])"
          + "|\\s?的\\s?(?="
          + OPEN
          + "[A-Z]*M[A-Z]*#)"
          + "| (?:[а-яё-]+(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими) ){0,2}"
          + "(?:банк|компани|фирм|корпораци|концерн|холдинг|авиакомпани|предприяти)[а-яё]* [«\"“]?(?=["
          + OPEN
          + MOD_OPEN
          + "]))";

  private final List<Rule> rules;
  private final Scope scope;
  private final TimeReader time =
      new TimeReader(
          TimeReader.startWords(lines("data/rules/time-start.tsv"), "data/rules/time-start.tsv"),
          lexicon("data/rules/time-end.lex"),
          lexicon("data/rules/time-event.lex"),
          lexicon("data/rules/time-observed.lex"),
          lexicon("data/rules/time-past.lex"),
          lexicon("data/rules/time-as-of.lex"),
          lexicon("data/rules/time-incumbent.lex"),
          typed("data/rules/time-former.tsv"),
          typed("data/rules/time-renamed.tsv"),
          typed("data/rules/time-effective.tsv"),
          lexicon("data/rules/time-occasion.lex"),
          typed("data/rules/time-first.tsv"),
          lexicon("data/rules/time-later.lex"),
          TimeReader.startWords(
              java.util.stream.Stream.concat(
                      lines("data/rules/time-ended.tsv").stream(),
                      lines("data/rules/time-end.lex").stream()
                          .map(w -> w.isBlank() || w.startsWith("#") ? w : w.strip() + "\t*"))
                  .toList(),
              "data/rules/time-ended.tsv, data/rules/time-end.lex"),
          lexicon("data/rules/time-anniversary.lex"),
          lexicon("data/rules/time-topic.lex"));
  private final Map<String, String> roles;
  private final Prefilter prefilter;
  private final List<Frame> frames;
  private final List<Example> examples;

  RuleSet(
      List<Rule> rules,
      Scope scope,
      Map<String, String> roles,
      List<Frame> frames,
      List<Example> examples) {
    this.rules = rules;
    this.prefilter = new Prefilter(rules);
    this.examples = examples;
    this.frames = frames;
    this.scope = scope;
    this.roles = roles;
  }

  private static volatile RuleSet shared;

  public static RuleSet load() {
    if (shared == null) {
      synchronized (RuleSet.class) {
        if (shared == null) {
          shared = read();
        }
      }
    }
    return shared;
  }

  /**
   * A checked example of a rule: a sentence and the facts it must yield, or a near miss that must
   * yield none.
   */
  public record Example(
      String type,
      String rule,
      String sentence,
      List<String> facts,
      boolean nearMiss,
      String where) {}

  private static RuleSet read() {
    List<Rule> rules = new ArrayList<>();
    List<Example> examples = new ArrayList<>();
    Map<String, String> globalMacros = new HashMap<>();
    int mn = 0;
    for (String line : lines("data/rules/macros.rules")) {
      mn++;
      define(line, globalMacros, "data/rules/macros.rules:" + mn);
    }
    checkRulesFiles(org.cagraph.data.DataFiles.list("rules"), TYPES);
    for (String type : TYPES) {
      String res = "data/rules/" + type + ".rules";
      Map<String, String> macros = new HashMap<>(globalMacros);
      java.util.Set<String> names = new java.util.HashSet<>();
      List<Example> pending = new ArrayList<>();
      int n = 0;
      for (String line : lines(res)) {
        n++;
        String where = res + ":" + n;
        if (line.startsWith("@define ")) {
          define(line, macros, where);
          continue;
        }
        if (line.startsWith("@example ") || line.startsWith("@nearmiss ")) {
          pending.add(example(type, line, where));
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length != 4) {
          throw new IllegalStateException(
              where + ": expected name, confidence, role, pattern separated by tabs");
        }
        String name = c[0].strip();
        if (!names.add(name)) {
          throw new IllegalStateException(
              where + ": rule name " + name + " is already taken in " + res);
        }
        for (Example e : pending) {
          examples.add(
              new Example(e.type(), name, e.sentence(), e.facts(), e.nearMiss(), e.where()));
        }
        pending.clear();
        rules.add(
            compile(
                type,
                name,
                Double.parseDouble(c[1].strip()),
                c[2].strip(),
                expand(c[3].strip(), macros, where),
                where));
      }
      if (!pending.isEmpty()) {
        throw new IllegalStateException(
            pending.get(0).where() + ": an example must stand above the rule it checks");
      }
    }
    Map<String, String> roles = new HashMap<>();
    for (String line : lines("data/rules/roles.lex")) {
      String[] kv = line.split("\t");
      if (kv.length == 2 && !line.startsWith("#")) {
        roles.put(Linker.key(kv[0].strip()), kv[1].strip());
      }
    }
    Scope scope =
        new Scope(
            lexicon("data/rules/negation.lex"),
            lexicon("data/rules/not-negation.lex"),
            lexicon("data/rules/modality.lex"),
            lexicon("data/rules/ending.lex"),
            lexicon("data/rules/reported.lex"),
            lexicon("data/rules/reported-source.lex"),
            lexicon("data/rules/denial.lex"),
            lexicon("data/rules/planned-after.lex"),
            lexicon("data/rules/planned-after-noun-done.lex"),
            lexicon("data/rules/negated-auxiliary.lex"),
            lexicon("data/rules/stance-verbs.lex"),
            lexicon("data/rules/stance-objects.lex"),
            lexicon("data/rules/decision.lex"));
    List<Frame> frames = new ArrayList<>();
    int fn = 0;
    for (String line : lines("data/rules/frames.tsv")) {
      fn++;
      if (!line.isBlank() && !line.startsWith("#")) {
        frames.add(Frame.parse(line, "data/rules/frames.tsv:" + fn));
      }
    }
    return new RuleSet(
        List.copyOf(rules), scope, roles, List.copyOf(frames), List.copyOf(examples));
  }

  /**
   * A trigger is a word: in Latin or Cyrillic text it starts where a word starts (led is no trigger
   * inside called, правил none inside направила). Chinese has no word boundaries to keep.
   */
  private static final String WORD_START =
      "(?:(?<![\\p{IsLatin}\\p{IsCyrillic}])|(?![\\p{IsLatin}\\p{IsCyrillic}]))";

  /**
   * Whether a literal token's groups close within it (escapes and character classes skipped): a
   * space inside a group, (joined the|entered), would split it into two tokens that still compile
   * together into a different pattern.
   */
  static boolean balanced(String tok) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < tok.length(); i++) {
      char c = tok.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0 && !inClass;
  }

  static Rule compile(
      String type, String name, double conf, String role, String source, String where) {
    StringBuilder re = new StringBuilder();
    boolean pair = false;
    boolean sFirst = true;
    boolean seenS = false;
    java.util.Map<Character, String> slotTypes = new java.util.HashMap<>();
    boolean home = false;
    boolean named = false;
    boolean triggerSeen = false;
    String triggerWords = null;
    boolean everyObject = false;
    boolean ownPlace = false;
    for (String tok : source.split("\\s+")) {
      if (tok.equals("@own")) {
        // each object must be the place the gazetteer puts its subject in (吉爾吉斯的馬納斯空軍基地)
        ownPlace = true;
        continue;
      }
      if (tok.matches("O\\+:\\^?=?[A-Z*]+(~\\S+)?")) {
        // O+: every object the match reaches from its start, the last and each one before it
        // (出席A峰會…又出席B峰會; 北鄰俄羅斯，南接中國)
        if (!seenS || everyObject) {
          throw new IllegalStateException(
              where + ": O+: must be the rule's one object slot, after its subject");
        }
        everyObject = true;
        tok = "O" + tok.substring(2);
      }
      if (tok.equals("O:@home")) {
        home = true; // the object is the subject's own state (gazetteer partOf): 現任總統拉赫莫諾夫
      } else if (tok.equals("S:@named")) {
        // the subjects are the parties the object is named by (the Russia–Central Asia summit
        // convened)
        named = true;
        seenS = true;
      } else if (tok.matches("[SOPX]:\\^?=?[A-Z*]+(~\\S+)?")) {
        char slot = tok.charAt(0);
        boolean modifier =
            tok.charAt(2) == '^'; // O:^L: exactly the modifier of the next actor (新疆|喀什)
        int at = modifier ? 3 : 2;
        boolean exact = tok.charAt(at) == '=';
        int tilde = tok.indexOf('~');
        String words = tilde < 0 ? null : Linker.key(tok.substring(tilde + 1));
        String types = tok.substring(exact ? at + 1 : at, tilde < 0 ? tok.length() : tilde);
        if (modifier) {
          re.append(MOD_OPEN);
        } else {
          // a modifier right before the slot is skipped (簽署 獨立國協|集體安全條約), and before an object the
          // bloc's leader or owner (加入「俄羅斯主導的」集安組織, joined the "Russian-led" CSTO); only S, P
          // and X may be a modifier themselves
          re.append("(?:").append(MOD_OPEN).append("[^").append(CLOSE).append("]*").append(CLOSE);
          if (slot == 'O') {
            re.append('|').append(LEADER);
            if (seenS) { // 設在吉爾吉斯的克雷梅特銀行: an object before its subject may be its seat
              re.append('|')
                  .append(OPEN)
                  .append("C#\\d+")
                  .append(CLOSE)
                  .append(COMPANY_AFTER_ITS_STATE);
            }
          }
          re.append(")?");
          re.append(slot == 'O' ? String.valueOf(OPEN) : "[" + OPEN + MOD_OPEN + "]");
        }
        if (exact) {
          re.append("[").append(types).append("]+#");
        } else {
          if (!types.equals("*")) {
            re.append("(?=[A-Z]*[").append(types).append("])");
          }
          re.append("[A-Z]*#");
        }
        re.append(slot == 'X' ? "\\d+" : "(?<" + slot + ">\\d+)");
        if (words != null) { // O:A~夥伴|同盟: the agreement's own words hold one of these
          re.append("(?=~[^").append(CLOSE).append("]*(?:").append(words).append("))");
        }
        re.append("(?:~[^").append(CLOSE).append("]*)?").append(CLOSE);
        if (slot == 'O' && !modifier) {
          // NATO's Partnership for Peace: the owner is no object when a bloc, programme or
          // agreement it owns is named (Azerbaijan's Ilham Aliyev, Uzbekistan's Samarkand still
          // are)
          re.append("(?!(?:'s|’s) [").append(OPEN).append(MOD_OPEN).append("][A-Z]*[OIA][A-Z]*#)");
          // the Kyrgyz bank Keremet Bank: the state is where the named bank is based, no object
          // (unless the company is the subject still to come: 總部設在吉爾吉斯的克雷梅特銀行)
          if (seenS) {
            re.append("(?!").append(COMPANY_AFTER_ITS_STATE).append(')');
          }
        }
        if (slot != 'X') {
          slotTypes.put(slot, types);
        }
        pair |= slot == 'P';
        if (slot == 'S') {
          seenS = true;
        } else if (slot == 'O' && !seenS) {
          sFirst = false;
        }
      } else if (tok.matches("~~~\\d+")) {
        re.append("[^。；！？;!?]{0,").append(tok.substring(3)).append("}?");
      } else if (tok.matches("~~\\d+")) {
        re.append("[^").append(CLAUSE_STOPS).append("]{0,").append(tok.substring(2)).append("}?");
      } else if (tok.matches("~\\^\\d+")) {
        re.append("[^")
            .append(OPEN)
            .append(CLOSE)
            .append("。；！？;!?]{0,")
            .append(tok.substring(2))
            .append("}?");
      } else if (tok.matches("~\\d+")) {
        re.append("[^")
            .append(OPEN)
            .append(CLOSE)
            .append(CLAUSE_STOPS)
            .append("]{0,")
            .append(tok.substring(1))
            .append("}?");
      } else if (tok.startsWith("<role:") && tok.endsWith(">")) {
        // a role word starts a word, as a trigger does: after a gap, the grants of "migrants"
        // are no aid (Tajikistan sends most of its migrants to Russia)
        re.append("(?<role>")
            .append(WORD_START)
            .append("(?:")
            .append(Linker.key(tok.substring(6, tok.length() - 1)).replace("_", " "))
            .append("))");
      } else if (tok.contains("<role:")) {
        throw new IllegalStateException(
            where + ": '" + tok + "': a <role:…> capture must stand alone, between spaces");
      } else {
        if (!balanced(tok)) {
          throw new IllegalStateException(
              where
                  + ": '"
                  + tok
                  + "': its brackets do not close within the token; a space splits a rule into"
                  + " tokens, so write _ for a space inside a group");
        }
        // a word ending in * is a stem: вступ* reads вступил, вступила, вступление (Russian rules
        // are written over stems)
        String lit =
            Linker.key(tok)
                .replaceAll("(?<![\\\\\\p{L}])(\\p{L}+)\\*", "$1\\\\p{L}*")
                .replace("_", " ");
        // (a bare separator, _ or ,_, is no trigger: the negation of a rule whose first plain token
        // is the space before its verb would be read up to that space only)
        boolean trigger =
            !triggerSeen
                && tok.chars().anyMatch(Character::isLetter)
                && (tok.matches("\\(([^()?]|\\([^()]*\\))*\\)")
                    || tok.matches("[^()\\[\\]?*+{}|\\\\<>]+"));
        if (trigger) { // the rule's trigger (加入, 簽署, joined): negation, modality and endings are
          // scoped to it
          triggerSeen = true;
          triggerWords = lit;
          re.append("(?<T>").append(WORD_START).append(lit).append(")");
        } else {
          re.append("(?:").append(lit).append(")");
        }
      }
    }
    if (!pair && !home && (!named && !slotTypes.containsKey('S') || !slotTypes.containsKey('O'))) {
      throw new IllegalStateException(
          where + ": a rule needs S: and O: slots (or P:, or O:@home, or S:@named)");
    }
    try {
      return new Rule(
          type,
          name,
          conf,
          role.equals("-") ? null : role,
          Pattern.compile(re.toString()),
          source,
          pair,
          !sFirst,
          java.util.Map.copyOf(slotTypes),
          home,
          named,
          triggerSeen,
          triggerWords == null ? null : new TriggerWords(triggerWords),
          everyObject,
          ownPlace);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException(where + ": bad pattern (" + e.getDescription() + ")");
    }
  }

  private static Lexicon lexicon(String res) {
    return new Lexicon(lines(res), res);
  }

  /**
   * A time word list with the types each word applies to (word, tab, types), as one lexicon per
   * type.
   */
  private static Map<String, Lexicon> typed(String res) {
    return TimeReader.startWords(lines(res), res);
  }

  /**
   * One rules file for each row of data/schema/relation-types.tsv and a row for each rules file: a
   * rules file the schema does not name would otherwise be skipped without a word, and a row
   * without rules would read nothing.
   */
  public static void checkRulesFiles(java.util.Collection<String> files, List<String> types) {
    for (String f : files) {
      if (f.endsWith(".rules") && !f.equals("macros.rules")) {
        String type = f.substring(0, f.length() - ".rules".length());
        if (!types.contains(type)) {
          throw new IllegalStateException(
              "data/rules/"
                  + f
                  + " has no row in "
                  + RelationTypes.FILE
                  + ": add a row for "
                  + type
                  + " there, or remove the file");
        }
      }
    }
    for (String type : types) {
      if (!files.contains(type + ".rules")) {
        throw new IllegalStateException(
            RelationTypes.FILE
                + " names "
                + type
                + ", which has no rules file data/rules/"
                + type
                + ".rules");
      }
    }
  }

  /**
   * A macro of {@code macros.rules}, expanded and in the key form the engine matches ({@link
   * Linker#key}): for code that reads the same words a rule does (RuleEngine's STATE_PART_ZH).
   */
  static String sharedMacro(String name) {
    Map<String, String> macros = new HashMap<>();
    int mn = 0;
    for (String line : lines("data/rules/macros.rules")) {
      mn++;
      define(line, macros, "data/rules/macros.rules:" + mn);
    }
    String body = macros.get(name);
    if (body == null) {
      throw new IllegalStateException("macros.rules defines no " + name);
    }
    return Linker.key(body);
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = org.cagraph.data.DataFiles.open(resource.substring("data/".length()))) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Every rule as TYPE/name, in file order (what citations name as their rule, under their type).
   */
  public List<String> ruleNames() {
    List<String> out =
        new ArrayList<>(
            rules.stream().map(r -> r.predicate() + "/" + r.name()).distinct().toList());
    frames.forEach(f -> out.add(f.predicate() + "/frame_" + f.name()));
    return out;
  }

  List<Rule> rules() {
    return rules;
  }

  /** Which of {@link #rules} a text may match: the strings each cannot match without. */
  Prefilter prefilter() {
    return prefilter;
  }

  /** Every rule's checked examples ({@code @example}, {@code @nearmiss} lines above it). */
  public List<Example> examples() {
    return examples;
  }

  /** {@code @define NAME pattern tokens}: a named fragment, used in a pattern as {NAME}. */
  private static void define(String line, Map<String, String> macros, String where) {
    if (line.isBlank() || line.startsWith("#")) {
      return;
    }
    String[] c = line.strip().split("\\s+", 3);
    if (c.length != 3 || !c[0].equals("@define") || !c[1].matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalStateException(where + ": expected @define NAME pattern (NAME in capitals)");
    }
    if (macros.put(c[1], expand(c[2], macros, where))
        != null) { // a file may not shadow a shared macro either
      throw new IllegalStateException(where + ": macro " + c[1] + " is already defined");
    }
  }

  /**
   * A pattern with every {NAME} replaced by its macro; an unknown name is an error naming the line.
   */
  static String expand(String pattern, Map<String, String> macros, String where) {
    checkRaw(pattern, where);
    java.util.regex.Matcher m = MACRO.matcher(pattern);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String body = builtIn(m.group(1), m.group(2), where);
      if (body == null) {
        body = m.group(2) == null ? macros.get(m.group(1)) : null;
      }
      if (body == null) {
        throw new IllegalStateException(where + ": unknown macro " + m.group());
      }
      m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(body));
    }
    m.appendTail(b);
    java.util.regex.Matcher glued = GLUED_GUARD.matcher(b);
    while (glued.find()) {
      String word = glued.group();
      if (!GUARDS.containsKey(word)) {
        String guard =
            GUARDS.keySet().stream()
                .filter(word::endsWith)
                .max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
        String before = word.substring(0, word.length() - guard.length());
        throw new IllegalStateException(
            where
                + ": '"
                + word
                + "(' is read as text, not as a guard: a guard may not follow a letter (write (?:"
                + before
                + ")"
                + guard
                + "()");
      }
    }
    java.util.regex.Matcher g = GUARD.matcher(b);
    StringBuilder out = new StringBuilder();
    while (g.find()) {
      g.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(GUARDS.get(g.group(1))));
    }
    g.appendTail(out);
    return out.toString();
  }

  /** {NAME} or {NAME:argument}: a macro, or one of the engine's built-in names. */
  private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)(?::([^{}\\s]+))?\\}");

  /**
   * Guards: what must or must not stand right before or after this point, matching nothing
   * themselves. NOTAFTER(與|和) S:C reads no subject right after 與 or 和.
   */
  private static final Pattern GUARD =
      Pattern.compile("(?<![A-Za-z])(NOTAFTER|AFTER|NOTBEFORE|BEFORE)\\(");

  /** A word ending in a guard's name (withBEFORE(): a guard glued to the word before it). */
  private static final Pattern GLUED_GUARD = Pattern.compile("[A-Za-z]*(?:AFTER|BEFORE)(?=\\()");

  private static final Map<String, String> GUARDS =
      Map.of("NOTAFTER", "(?<!", "AFTER", "(?<=", "NOTBEFORE", "(?!", "BEFORE", "(?=");

  /**
   * The engine's names for what a pattern sees of the actors: {ACTOR} any actor (or coordinated
   * list, or modifier), {ACTOR:CL} one whose members are all of these types, {ACTOR:A~夥伴|同盟} an
   * agreement whose own name holds one of these words, {MOD} a modifier (中國 in 中國一帶一路倡議), and,
   * inside a character class, {ACTOR_MARKS}: [^{ACTOR_MARKS}，。] is a character of plain text;
   * {ACTOR_END} is where an actor ends (AFTER(與|{ACTOR_END}): right after 與 or another actor).
   */
  private static String builtIn(String name, String arg, String where) {
    String any = "[" + OPEN + MOD_OPEN + "]";
    String rest = "[^" + CLOSE + "]*";
    switch (name) {
      case "ACTOR":
        if (arg == null) {
          return "(?:" + any + rest + CLOSE + ")";
        }
        int tilde = arg.indexOf('~');
        String types = tilde < 0 ? arg : arg.substring(0, tilde);
        if (!types.matches("[A-Z]+")) {
          throw new IllegalStateException(
              where + ": {ACTOR:" + arg + "}: expected actor type letters (C O P A I F L G M)");
        }
        String head = "(?:" + any + "(?i:[" + types + "]+)#\\d+";
        return tilde < 0
            ? head + "(?:~" + rest + ")?" + CLOSE + ")"
            : head + "~" + rest + "(?:" + arg.substring(tilde + 1) + ")" + rest + CLOSE + ")";
      case "MOD":
        return arg == null ? "(?:" + MOD_OPEN + rest + CLOSE + ")" : null;
      case "ACTOR_MARKS":
        return arg == null ? "" + OPEN + CLOSE + MOD_OPEN : null;
      case "ACTOR_END":
        return arg == null ? String.valueOf(CLOSE) : null;
      default:
        return null;
    }
  }

  /**
   * Rule files name what they need: a raw look-around or a placeholder character is an error naming
   * the line and the name to write instead.
   */
  private static void checkRaw(String pattern, String where) {
    for (String[] raw :
        new String[][] {
          {"(?<!", "NOTAFTER("},
          {"(?<=", "AFTER("},
          {"(?!", "NOTBEFORE("},
          {"(?=", "BEFORE("},
          {"\\ue00", "{ACTOR}, {ACTOR:TYPES}, {MOD}, {ACTOR_END} or {ACTOR_MARKS}"},
          {"\\uE00", "{ACTOR}, {ACTOR:TYPES}, {MOD}, {ACTOR_END} or {ACTOR_MARKS}"},
          {String.valueOf(OPEN), "{ACTOR}"},
          {String.valueOf(CLOSE), "{ACTOR}"},
          {String.valueOf(MOD_OPEN), "{MOD}"}
        }) {
      if (pattern.contains(raw[0])) {
        throw new IllegalStateException(
            where
                + ": '"
                + raw[0]
                + "' is the engine's own regular expression; write "
                + raw[1]
                + " (data/rules/README.md)");
      }
    }
  }

  /** {@code @example sentence => subject TYPE object; …} or {@code @nearmiss sentence}. */
  private static Example example(String type, String line, String where) {
    boolean near = line.startsWith("@nearmiss ");
    String body = line.substring(near ? "@nearmiss ".length() : "@example ".length()).strip();
    List<String> facts = new ArrayList<>();
    if (!near) {
      int arrow = body.lastIndexOf("=>");
      if (arrow < 0) {
        throw new IllegalStateException(
            where + ": expected @example sentence => subject " + type + " object");
      }
      for (String f : body.substring(arrow + 2).split(";")) {
        String[] p = f.strip().split("\\s+");
        if (p.length != 3 || !TYPES.contains(p[1])) {
          throw new IllegalStateException(
              where + ": '" + f.strip() + "': expected subject TYPE object");
        }
        facts.add(String.join(" ", p));
      }
      body = body.substring(0, arrow).strip();
    }
    return new Example(type, null, body, List.copyOf(facts), near, where);
  }

  List<Frame> frames() {
    return frames;
  }

  /** The roles that make a person HEAD_OF a state (data/rules/state-head-roles.lex). */
  java.util.Set<String> stateHeadRoles() {
    return STATE_HEAD_ROLES;
  }

  /**
   * The roles that make a person head of a state (data/rules/state-head-roles.lex), for {@link
   * Aggregator}.
   */
  static java.util.Set<String> stateHeads() {
    return STATE_HEAD_ROLES;
  }

  /**
   * The relation types whose place object stands for the state the gazetteer puts it in
   * (data/rules/place-for-state.lex), as the matching view writes them (lower case).
   */
  boolean placeForState(String predicate) {
    return PLACE_FOR_STATE.contains(Linker.key(predicate));
  }

  private static final java.util.Set<String> PLACE_FOR_STATE =
      java.util.Set.copyOf(Linker.words("rules/place-for-state.lex"));

  private static final java.util.Set<String> STATE_HEAD_ROLES =
      java.util.Set.copyOf(Linker.words("rules/state-head-roles.lex"));

  /**
   * Verbs whose complement states a fact (data/rules/implicative.lex), as the matching view writes
   * them.
   */
  private static final java.util.Set<String> IMPLICATIVE =
      java.util.Set.copyOf(Linker.words("rules/implicative.lex"));

  /**
   * Nouns that stand for the state their modifier names when a frame's slot lands on them
   * (data/rules/agent-nouns.lex: the Chinese government, Kazakh troops, the leaders of Russia).
   */
  static final java.util.Set<String> AGENT_NOUNS =
      java.util.Set.copyOf(Linker.words("rules/agent-nouns.lex"));

  /**
   * Verbs whose subject is not the agent of the act their object noun names (data/rules/
   * non-agent-verbs.lex: criticised loans to, repaid its loans to, is debating sanctions): a
   * frame's {@code ^} subject slot reads nothing from them.
   */
  static final java.util.Set<String> NON_AGENT_VERBS =
      java.util.Set.copyOf(Linker.words("rules/non-agent-verbs.lex"));

  /**
   * Nouns that make a frame's verb a figure of speech as its object (data/rules/
   * figurative-objects.lex: lent its support to, lent weight to).
   */
  static final java.util.Set<String> FIGURATIVE_OBJECTS =
      java.util.Set.copyOf(Linker.words("rules/figurative-objects.lex"));

  /** Modifiers that leave a frame's noun trigger no relation that holds (a former member). */
  static final java.util.Set<String> FRAME_NOUN_MODIFIERS =
      java.util.Set.copyOf(Linker.words("rules/frame-noun-modifiers.lex"));

  java.util.Set<String> implicative() {
    return IMPLICATIVE;
  }

  /**
   * Nouns for a standing state whose possessive states it whatever the verb around it says
   * (data/rules/presupposed-nouns.lex: would be incompatible with Armenia's membership).
   */
  private static final java.util.Set<String> PRESUPPOSED =
      java.util.Set.copyOf(Linker.words("rules/presupposed-nouns.lex"));

  java.util.Set<String> presupposed() {
    return PRESUPPOSED;
  }

  TimeReader time() {
    return time;
  }

  Scope scope() {
    return scope;
  }

  String role(String surface) {
    return surface == null ? null : roles.getOrDefault(surface, null);
  }

  public int size() {
    return rules.size();
  }
}
