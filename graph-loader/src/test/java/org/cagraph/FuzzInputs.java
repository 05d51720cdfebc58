package org.cagraph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.cagraph.actors.Actor;
import org.cagraph.actors.Gazetteer;

/**
 * Generators for the fuzz properties: random Unicode built from the kinds of text that break text
 * code (every plane, combining marks, RTL and zero-width controls, compatibility ideographs,
 * footnote markers, CR/LF mixes, very long lines), and adversarial documents spliced from the real
 * corpus and gazetteer. Every generated string is valid UTF-16 (no lone surrogates): files are
 * decoded strictly, so the pipeline never sees one.
 */
public final class FuzzInputs {
  private FuzzInputs() {}

  /** Code point ranges, inclusive, one array per kind of text. */
  private static final int[][] COMBINING = {
    {0x0300, 0x036F},
    {0x0483, 0x0489},
    {0x0591, 0x05BD},
    {0x0610, 0x061A},
    {0x093C, 0x094D},
    {0x0E31, 0x0E3A},
    {0x1AB0, 0x1AFF},
    {0x1DC0, 0x1DFF},
    {0x20D0, 0x20FF},
    {0x302A, 0x302F},
    {0x3099, 0x309A},
    {0xFE20, 0xFE2F},
    {0x101FD, 0x101FD},
    {0x1D165, 0x1D169},
    {0x1D17B, 0x1D182},
    {0xE0100, 0xE01EF}
  };

  private static final int[][] RTL = {
    {0x0590, 0x05FF},
    {0x0600, 0x06FF},
    {0x0700, 0x074F},
    {0x200E, 0x200F},
    {0x202A, 0x202E},
    {0x2066, 0x2069},
    {0x061C, 0x061C},
    {0xFB1D, 0xFB4F},
    {0xFE70, 0xFEFC},
    {0x10800, 0x1083F}
  };
  private static final int[][] INVISIBLE = {
    {0x200B, 0x200D},
    {0x2060, 0x2064},
    {0xFEFF, 0xFEFF},
    {0x180E, 0x180E},
    {0x00AD, 0x00AD},
    {0x034F, 0x034F},
    {0xFE00, 0xFE0F},
    {0xE0001, 0xE007F}
  };
  private static final int[][] CONTROL = {
    {0x0000, 0x001F}, {0x007F, 0x009F}, {0x2028, 0x2029}, {0xFFF9, 0xFFFB}
  };
  private static final int[][] SPACES = {
    {0x0020, 0x0020},
    {0x0009, 0x000D},
    {0x00A0, 0x00A0},
    {0x1680, 0x1680},
    {0x2000, 0x200A},
    {0x202F, 0x202F},
    {0x205F, 0x205F},
    {0x3000, 0x3000},
    {0x0085, 0x0085}
  };
  private static final int[][] CJK = {
    {0x4E00, 0x9FFF},
    {0x3400, 0x4DBF},
    {0x20000, 0x2A6DF},
    {0x2B740, 0x2B81D},
    {0x3040, 0x30FF},
    {0xAC00, 0xD7A3},
    {0x1100, 0x11FF},
    {0x2E80, 0x2FDF}
  };

  /** Compatibility ideographs (002 spells 羅 as U+F90F) in the BMP and in the supplement. */
  private static final int[][] COMPAT = {{0xF900, 0xFAFF}, {0x2F800, 0x2FA1F}};

  private static final int[][] FULL_WIDTH = {
    {0xFF00, 0xFFEF}, {0x3000, 0x303F}, {0xFE10, 0xFE1F}, {0xFE30, 0xFE6F}
  };
  private static final int[][] DIGITS = {
    {0x0030, 0x0039},
    {0xFF10, 0xFF19},
    {0x0660, 0x0669},
    {0x06F0, 0x06F9},
    {0x0966, 0x096F},
    {0x2070, 0x209F},
    {0x00B2, 0x00B3},
    {0x00B9, 0x00B9},
    {0x2460, 0x24FF},
    {0x1D7CE, 0x1D7FF}
  };
  private static final int[][] LETTERS = {
    {0x0041, 0x005A},
    {0x0061, 0x007A},
    {0x00C0, 0x024F},
    {0x0370, 0x03FF},
    {0x0400, 0x04FF},
    {0x0130, 0x0131},
    {0x2126, 0x212B},
    {0x1E00, 0x1EFF},
    {0x10400, 0x1044F},
    {0xFB00, 0xFB06}
  };
  private static final int[][] ODD = {
    {0xE000, 0xF8FF},
    {0xFDD0, 0xFDEF},
    {0xFFF0, 0xFFFF},
    {0x1F300, 0x1FAFF},
    {0xF0000, 0x10FFFF},
    {0x0378, 0x0379},
    {0x2FFFE, 0x2FFFF}
  };

  /** Fixed strings the text stage and the linker treat specially. */
  private static final List<String> TOKENS =
      List.of(
          "。",
          "！",
          "？",
          "；",
          "「",
          "」",
          "『",
          "』",
          "《",
          "》",
          "〈",
          "〉",
          "、",
          "，",
          "：",
          "（",
          "）",
          "(",
          ")",
          "【",
          "】",
          ".",
          "!",
          "?",
          ";",
          ",",
          ":",
          "\"",
          "“",
          "”",
          "'",
          "’",
          "．",
          "<sup>",
          "</sup>",
          "<sup>1</sup>",
          "<sup> 12 </sup>",
          "<sup>999</sup>",
          "<sup>1234</sup>",
          "<sup></sup>",
          "<",
          "¹",
          "²³",
          "⁴⁵⁶",
          "⁰",
          "\t",
          "\n",
          "\r\n",
          "\r",
          "\n\n",
          "\n\r",
          "\n \n",
          "\n\u3000\n",
          "---",
          "———",
          "___",
          "***",
          "─────",
          "- - -",
          "=",
          "#",
          "## ",
          "###### ",
          "**",
          "<b>",
          "</b>",
          "第一章",
          "第十節",
          "壹、",
          "一、",
          "（一）",
          "(二)",
          "1.",
          "2．",
          "3、",
          "1 ",
          "12",
          "999",
          "1.2 ",
          "摘要",
          "結論",
          "References",
          "Abstract",
          "Introduction",
          "U.S.",
          "e.g.",
          "Mr.",
          "i.e.",
          "al.",
          " A",
          " 2",
          " \"",
          "年",
          "∗",
          "   ",
          "\u3000\u3000",
          "ﾟ",
          "Ⅻ",
          "中亞",
          "中亞五國",
          "中亞5國",
          "哈薩克",
          "俄羅斯",
          "上海合作組織",
          "上合組織",
          "北約",
          "兩國",
          "雙方",
          "該國",
          "該組織",
          "其他4國",
          "其餘",
          "餘3國",
          "該3國",
          "這三國",
          "三強",
          "三者",
          "五國總統",
          "第五大國際",
          "除烏茲別克外，其餘",
          "這些中亞國家",
          "上述國家",
          "此一宇航基地",
          "該基地",
          "他們",
          "they adopted",
          "it has established",
          "they ",
          "it ",
          "成員國有",
          "成員國包括",
          "中亞國家集體",
          "中亞各國都",
          "俄哈",
          "中俄",
          "美歐",
          "俄烏",
          "哈、烏、吉三國",
          "法、德、俄甚至",
          "哈國",
          "美方",
          "俄軍",
          "吉舉行",
          "訪俄",
          "侵烏",
          "俄語",
          "莫斯科",
          "在北京",
          "北京：",
          "首都",
          "附近",
          "Moscow",
          "Astana",
          "Washington, DC",
          "the two nations",
          "both countries",
          "the organization",
          "The",
          "SCO",
          "CSTO",
          "EAEU",
          "一帶一路",
          "「一帶一路」峰會",
          "Москва",
          "в Москве",
          "中美洲",
          "·",
          "•",
          "-",
          "/",
          "_",
          "http://",
          "ab-",
          "\u00a0");

  private static Arbitrary<String> codePoints(int[][] ranges) {
    List<Arbitrary<Integer>> each = new ArrayList<>();
    for (int[] r : ranges) {
      each.add(Arbitraries.integers().between(r[0], r[1]));
    }
    return Arbitraries.oneOf(each).map(FuzzInputs::valid).map(Character::toString);
  }

  /** Any scalar value: the surrogate block is moved past itself. */
  private static int valid(int cp) {
    return cp >= 0xD800 && cp <= 0xDFFF ? cp + 0x800 : cp;
  }

  private static Arbitrary<String> anyCodePoint() {
    return Arbitraries.integers()
        .between(0, 0x10FFFF)
        .map(FuzzInputs::valid)
        .map(Character::toString);
  }

  private static Arbitrary<String> anyBmp() {
    return Arbitraries.integers()
        .between(0, 0xFFFF)
        .map(FuzzInputs::valid)
        .map(Character::toString);
  }

  /** One piece of random text: a char of some kind, a token, a number, a line start or a run. */
  private static Arbitrary<String> unicodePiece() {
    Arbitrary<String> simple =
        Arbitraries.frequencyOf(
            Tuple.of(6, anyCodePoint()),
            Tuple.of(6, anyBmp()),
            Tuple.of(5, codePoints(COMBINING)),
            Tuple.of(3, codePoints(RTL)),
            Tuple.of(3, codePoints(INVISIBLE)),
            Tuple.of(3, codePoints(CONTROL)),
            Tuple.of(5, codePoints(SPACES)),
            Tuple.of(12, codePoints(CJK)),
            Tuple.of(4, codePoints(COMPAT)),
            Tuple.of(6, codePoints(FULL_WIDTH)),
            Tuple.of(4, codePoints(DIGITS)),
            Tuple.of(8, codePoints(LETTERS)),
            Tuple.of(2, codePoints(ODD)),
            Tuple.of(22, Arbitraries.of(TOKENS)),
            Tuple.of(3, Arbitraries.integers().between(0, 1200).map(String::valueOf)));
    Arbitrary<String> word = simple.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    // a footnote or numbered line: "\n12. text", "\n¹ text", "\n<sup>3</sup>text"
    Arbitrary<String> lineStart =
        Combinators.combine(
                Arbitraries.of("\n", "\n\n", "\r\n", "\n  ", "\n\u3000"),
                Arbitraries.of(
                    "1",
                    "2",
                    "3",
                    "4",
                    "12",
                    "13",
                    "99",
                    "100",
                    "¹",
                    "²",
                    "<sup>5</sup>",
                    "⁴²",
                    "0",
                    "1000"),
                Arbitraries.of(". ", "．", "、", " ", "", "  ", ".", "年"))
            .as((a, b, c) -> a + b + c);
    // very long lines: a short piece repeated past the sizes the heuristics look at
    Arbitrary<String> run =
        Combinators.combine(word, Arbitraries.integers().between(20, 1500))
            .as((w, n) -> w.repeat(Math.max(1, n / Math.max(1, w.length()))))
            .withoutEdgeCases();
    // no edge cases per piece: their combinations outnumber the tries, and the weights above
    // already reach them
    return Arbitraries.frequencyOf(
            Tuple.of(240, simple), Tuple.of(36, word), Tuple.of(18, lineStart), Tuple.of(3, run))
        .withoutEdgeCases();
  }

  /** Random Unicode text of up to {@code maxPieces} pieces. */
  public static Arbitrary<String> unicodeText(int maxPieces) {
    return unicodePiece().list().ofMaxSize(maxPieces).map(l -> String.join("", l));
  }

  // --- the corpus and the gazetteer --------------------------------------------------------------

  private static final List<String> FILES = readCorpus();
  private static final List<String> LINES = lines(FILES);
  private static final List<String> SENTENCES = sentences(FILES);
  private static final List<String> NAMES = names();

  private static List<String> readCorpus() {
    List<String> out = new ArrayList<>();
    try {
      for (Path f : TestCorpus.files()) {
        if (f.toString().endsWith(".txt") || f.toString().endsWith(".md")) {
          out.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the corpus under " + TestCorpus.dir(), e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no corpus under " + TestCorpus.dir());
    }
    return List.copyOf(out);
  }

  private static List<String> lines(List<String> files) {
    List<String> out = new ArrayList<>();
    for (String f : files) {
      f.lines().filter(l -> !l.isBlank()).forEach(out::add);
    }
    return List.copyOf(out);
  }

  private static List<String> sentences(List<String> files) {
    List<String> out = new ArrayList<>();
    for (String f : files) {
      for (String s : f.split("(?<=[。！？；])")) {
        if (!s.isBlank() && s.length() < 600) {
          out.add(s);
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String> names() {
    Gazetteer g = Gazetteer.load();
    Set<String> out = new LinkedHashSet<>();
    for (Actor a : g.actors().values()) {
      out.addAll(a.names());
      out.addAll(a.shortForms());
    }
    out.addAll(g.groupWords().keySet());
    out.addAll(g.compounds().keySet());
    out.removeIf(String::isEmpty);
    return List.copyOf(out);
  }

  /** The part of s between two cut points given in per mille of its code points. */
  static String cut(String s, int from, int to) {
    int n = s.codePointCount(0, s.length());
    int a = (int) ((long) n * Math.min(from, to) / 1000);
    int b = (int) ((long) n * Math.max(from, to) / 1000);
    return s.substring(s.offsetByCodePoints(0, a), s.offsetByCodePoints(0, b));
  }

  /**
   * A fragment of real text: a corpus line or sentence, a name, punctuation, a number or a random
   * piece.
   */
  private static Arbitrary<String> corpusFragment() {
    Arbitrary<String> whole =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(LINES)),
            Tuple.of(3, Arbitraries.of(SENTENCES)),
            Tuple.of(6, Arbitraries.of(NAMES)),
            Tuple.of(4, Arbitraries.of(TOKENS)),
            Tuple.of(1, Arbitraries.integers().between(0, 2030).map(String::valueOf)),
            Tuple.of(2, unicodePiece()));
    Arbitrary<Integer> permille = Arbitraries.integers().between(0, 1000);
    return Arbitraries.frequencyOf(
            Tuple.of(3, whole),
            Tuple.of(1, Combinators.combine(whole, permille, permille).as(FuzzInputs::cut)))
        .withoutEdgeCases();
  }

  /**
   * Fragments of the corpus and gazetteer spliced together, with separators and line breaks between
   * them.
   */
  public static Arbitrary<String> corpusMix(int maxFragments) {
    Arbitrary<String> sep =
        Arbitraries.of(
            "",
            "",
            "",
            "",
            "\n",
            "\n\n",
            "\r\n",
            "、",
            "，",
            "。",
            " ",
            "\t",
            "\n---\n",
            "\n1. ",
            "\n2 ",
            "\n¹",
            "\n<sup>2</sup>",
            "與",
            "和",
            "及",
            "」",
            "「");
    return Combinators.combine(corpusFragment(), sep)
        .as((f, s) -> s + f)
        .list()
        .ofMaxSize(maxFragments)
        .map(l -> String.join("", l));
  }

  // --- mutated windows of the real papers --------------------------------------------------------

  enum Edit {
    DELETE,
    DUPLICATE,
    SWAP,
    TRUNCATE,
    SPLICE,
    JOIN,
    BLANK,
    SEPARATOR,
    FOOTNOTE,
    PAGE_NUMBER,
    HEADER,
    CRLF,
    TABS
  }

  private record Mutation(Edit edit, int at, int other, String piece) {}

  /**
   * A run of lines of a real paper with some lines deleted, duplicated, swapped, cut, joined or
   * spliced into.
   */
  public static Arbitrary<String> mutatedWindow() {
    Arbitrary<Mutation> mutation =
        Combinators.combine(
                Arbitraries.of(Edit.class),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000),
                corpusFragment())
            .as(Mutation::new)
            .withoutEdgeCases();
    return Combinators.combine(
            Arbitraries.integers().between(0, FILES.size() - 1),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(1, 80),
            mutation.list().ofMaxSize(10))
        .as(FuzzInputs::window);
  }

  private static String window(int file, int startPermille, int count, List<Mutation> edits) {
    List<String> all = FILES.get(file).lines().toList();
    int from = (int) ((long) (all.size() - 1) * startPermille / 1000);
    List<String> ls = new ArrayList<>(all.subList(from, Math.min(all.size(), from + count)));
    String nl = "\n";
    for (Mutation m : edits) {
      if (ls.isEmpty()) {
        ls.add(m.piece());
      }
      int i = (int) ((long) (ls.size() - 1) * m.at() / 1000);
      int j = (int) ((long) (ls.size() - 1) * m.other() / 1000);
      switch (m.edit()) {
        case DELETE -> ls.remove(i);
        case DUPLICATE -> ls.add(i, ls.get(i));
        case SWAP -> ls.set(i, ls.set(j, ls.get(i)));
        case TRUNCATE -> ls.set(i, cut(ls.get(i), 0, m.other()));
        case SPLICE -> {
          String l = ls.get(i);
          int n = l.codePointCount(0, l.length());
          int k = l.offsetByCodePoints(0, (int) ((long) n * m.other() / 1000));
          ls.set(i, l.substring(0, k) + m.piece() + l.substring(k));
        }
        case JOIN -> {
          if (i + 1 < ls.size()) {
            ls.set(i, ls.get(i) + ls.remove(i + 1));
          }
        }
        case BLANK -> ls.add(i, m.other() % 2 == 0 ? "" : " ".repeat(m.other() % 40));
        case SEPARATOR -> ls.add(i, m.other() % 2 == 0 ? "---" : "");
        case FOOTNOTE ->
            ls.add(i, (m.other() % 12 + 1) + (m.other() % 3 == 0 ? ". " : " ") + m.piece());
        case PAGE_NUMBER -> ls.add(i, "- " + m.other() + " -");
        case HEADER -> {
          for (int k = 0; k < 3; k++) {
            ls.add(Math.min(ls.size(), i + k * 3), m.piece().strip());
          }
        }
        case CRLF -> nl = m.other() % 2 == 0 ? "\r\n" : "\r";
        case TABS -> ls.set(i, ls.get(i).replace('，', '\t'));
        default -> throw new IllegalStateException();
      }
    }
    return String.join(nl, ls);
  }
}
