package org.cagraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cagraph.extract.Export;
import org.cagraph.relations.Periods;
import org.cagraph.relations.RuleSet;
import org.cagraph.relations.TimeReading;

/**
 * Scores a statements file against sentence-level gold: each gold line quotes a sentence and lists
 * every relation it states, so predicted relations cited in an annotated sentence are hits or false
 * hits, and gold facts without a matching prediction are misses. A fact matches on subject, type
 * and object (either order for symmetric types); for MEMBER_OF, observers and dialogue partners are
 * kept apart from full members.
 *
 * <p>A gold line may also list {@code traps}: relations a careless reader would take from the
 * sentence though it does not state them (negated, planned, ended, observer only, reversed,
 * co-mentioned). A trap the extractor asserts is counted apart, so "no negated fact asserted" is a
 * number. A fact marked {@code "coref": true} needs a reference resolved beyond the sentence's own
 * names (兩國, 該組織, 哈、烏、吉, the group's members); recall is reported for those and for the rest
 * separately, and for the facts whose two actors the gazetteer holds ({@code known}): the gap
 * between that figure and the whole is what names never seen cost.
 */
public final class Evaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts for one relation type, language or set. */
  public static final class Score {
    public int tp;
    public int fp;
    public int fn;

    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void add(Score o) {
      tp += o.tp;
      fp += o.fp;
      fn += o.fn;
    }
  }

  /** A miss, a false hit or an asserted trap, with the sentence it is about. */
  public record Error(String kind, String fact, String doc, String quote) {}

  /**
   * What one set scored: per type and per language, recall for facts stated in one sentence ({@code
   * single}) and for facts needing coreference ({@code coref}), and the traps the extractor
   * asserted.
   */
  public record Report(
      Map<String, Score> byType,
      Score overall,
      List<Error> errors,
      int goldSentences,
      int goldFacts,
      Map<String, Score> byLanguage,
      Score single,
      Score coref,
      Score known,
      Score linked,
      int traps,
      int trapsAsserted,
      Map<String, Score> linkedByLanguage,
      Map<String, int[]> trapsByLanguage,
      Map<String, int[]> trapsByKind,
      Map<String, Score> linkedByType,
      Map<String, Integer> missCauses,
      Map<String, int[]> dates,
      Map<String, Score> linkedByShape,
      Map<String, int[]> linkedMissesRead,
      Map<String, Integer> falseCauses,
      Map<String, int[]> falseCausesByType) {}

  /**
   * The shapes {@code kg eval} sorts the facts between two linked actors by ({@link #shapeOf}), in
   * print order: where in the sentence the rules read or miss them. Counted on every set alike, so
   * a held-out set shows where its misses lie without a sentence of it being read.
   */
  public static final List<String> SHAPES =
      List.of(
          "one clause",
          "across clauses",
          "two sentences",
          "gap <=12",
          "gap 13-40",
          "gap >40",
          "actors 2",
          "actors 3-5",
          "actors 6+",
          "length <80",
          "length 80-159",
          "length 160+",
          "type+actor read",
          "type read",
          "other type read",
          "nothing read");

  /**
   * Why a fact was missed, in the order {@code kg eval} prints them: an actor of it the gazetteer
   * lacks and discovery did not find; a known actor not linked in a fact stated plainly (a spelling
   * the gazetteer lacks); a known actor not linked in a fact that needs a reference resolved
   * (coreference); both actors linked and no rule reading it.
   */
  public static final List<String> MISS_CAUSES =
      List.of("name never seen", "known, not linked", "reference unresolved", "linked, no rule");

  /**
   * Why a prediction was a false hit, in the order {@code kg eval} prints them, the first that
   * holds: the gold line lists it as a trap; it lists the reverse pair under the same type; it
   * lists the same fact with another role (an observer or dialogue partner read as a member, or the
   * reverse); it lists the pair under another type (an end read as membership, a partnership read
   * as aid); another line of the same document lists the fact (stated there, cited here); the line
   * states no fact at all (negated, planned, about something else); an actor the gazetteer lacks
   * (discovered) that the line's facts and traps never name; the subject, or else the object, is
   * named by none of the line's facts and traps (linked wrongly, or named in passing: the wrong
   * actor of the sentence taken); the rest (both actors named in the line, the relation between
   * them not stated). For a symmetric type the subject is the end first in id order. Counted from
   * the gold alone, so a held-out set shows where its false hits come from without a sentence of it
   * being read.
   */
  public static final List<String> FALSE_CAUSES =
      List.of(
          "trap",
          "reversed",
          "other role",
          "other type",
          "elsewhere in doc",
          "line states none",
          "discovered",
          "subject unnamed",
          "object unnamed",
          "rest");

  /**
   * The first of {@link #FALSE_CAUSES} that holds for the false hit {@code f} on the line {@code
   * g}.
   */
  static String falseCause(Fact f, GoldSentence g, List<GoldSentence> doc, Set<String> gazetteer) {
    if (g.traps().contains(f)) {
      return FALSE_CAUSES.get(0);
    }
    if (!RuleSet.SYMMETRIC.contains(f.p())
        && g.facts().stream()
            .anyMatch(x -> x.p().equals(f.p()) && x.s().equals(f.o()) && x.o().equals(f.s()))) {
      return FALSE_CAUSES.get(1);
    }
    if (g.facts().stream()
        .anyMatch(x -> x.p().equals(f.p()) && x.s().equals(f.s()) && x.o().equals(f.o()))) {
      return FALSE_CAUSES.get(2);
    }
    if (g.facts().stream()
        .anyMatch(
            x ->
                x.s().equals(f.s()) && x.o().equals(f.o())
                    || x.s().equals(f.o()) && x.o().equals(f.s()))) {
      return FALSE_CAUSES.get(3);
    }
    if (doc.stream().anyMatch(o -> o != g && o.facts().contains(f))) {
      return FALSE_CAUSES.get(4);
    }
    if (g.facts().isEmpty()) {
      return FALSE_CAUSES.get(5);
    }
    Set<String> named = new HashSet<>();
    Stream.concat(g.facts().stream(), g.traps().stream())
        .forEach(
            x -> {
              named.add(x.s());
              named.add(x.o());
            });
    if (Stream.of(f.s(), f.o()).anyMatch(a -> !named.contains(a) && !gazetteer.contains(a))) {
      return FALSE_CAUSES.get(6);
    }
    if (!named.contains(f.s())) {
      return FALSE_CAUSES.get(7);
    }
    if (!named.contains(f.o())) {
      return FALSE_CAUSES.get(8);
    }
    return FALSE_CAUSES.get(9);
  }

  record Fact(String s, String p, String o, String roleClass) {
    static Fact of(String s, String p, String o, String role) {
      if (RuleSet.SYMMETRIC.contains(p) && s.compareTo(o) > 0) {
        String t = s;
        s = o;
        o = t;
      }
      String rc =
          p.equals("MEMBER_OF")
                  && role != null
                  && !role.equals("founding")
                  && !role.equals("member")
              ? role
              : "";
      return new Fact(s, p, o, rc);
    }

    static Fact of(JsonNode f) {
      return of(
          f.path("subject").asText(),
          f.path("predicate").asText(),
          f.path("object").asText(),
          f.path("role").isTextual() ? f.path("role").asText() : null);
    }

    @Override
    public String toString() {
      return s + " " + p + " " + o + (roleClass.isEmpty() ? "" : " (" + roleClass + ")");
    }
  }

  /**
   * One annotated sentence, located in its document, with the split and language it is reported
   * under.
   */
  public record GoldSentence(
      String doc,
      int[] span,
      String quote,
      Set<Fact> facts,
      Set<Fact> coref,
      Set<Fact> traps,
      Map<Fact, String> trapKinds,
      Map<Fact, Map<String, String>> dates,
      String split,
      String language) {}

  /**
   * {@code text} is the clean sentence: a stitched sentence's span encloses the footnote it skips.
   */
  record Predicted(
      String doc,
      int start,
      int end,
      Fact fact,
      String quote,
      String text,
      String sentence,
      String rule,
      List<TimeReading> readings) {}

  /** The gold's bounds of a fact, each with the reading kind that states it ({@code date}: any). */
  public static final Map<String, String> DATE_BOUNDS =
      Map.of("date", "", "since", TimeReading.START, "until", TimeReading.END);

  /**
   * A gold file read against the statements extracted from its corpus, ready to be scored in any
   * slice.
   */
  public static final class Material {
    final List<GoldSentence> gold;
    final Map<String, List<Predicted>> predictedByDoc;

    /** For each rule (TYPE/name), the sentences it fired on. */
    final Map<String, Set<String>> ruleSentences;

    /** Every sentence of the corpus (document:index), with its split. */
    final Map<String, String> sentenceSplits;

    /** For each document, its sentences' spans with the actors linked in them. */
    final Map<String, List<Linked>> linkedByDoc;

    /**
     * For each document, its gold lines of every split, the unscored ones too (what either of two
     * disagreeing lines lists is no false hit next door).
     */
    final Map<String, List<GoldSentence>> goldByDoc = new HashMap<>();

    /**
     * Sentences annotated twice with different facts (document and offset): left unscored until the
     * lines are reconciled.
     */
    final List<String> unscored;

    Material(
        List<GoldSentence> lines,
        Map<String, List<Predicted>> predictedByDoc,
        Map<String, String> sentenceSplits,
        Map<String, List<Linked>> linkedByDoc) {
      this.unscored = new ArrayList<>();
      this.gold = onceEach(lines, unscored);
      lines.forEach(g -> goldByDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g));
      this.sentenceSplits = sentenceSplits;
      this.linkedByDoc = linkedByDoc;
      this.predictedByDoc = predictedByDoc;
      this.ruleSentences = new TreeMap<>();
      predictedByDoc
          .values()
          .forEach(
              l ->
                  l.forEach(
                      p ->
                          ruleSentences
                              .computeIfAbsent(p.rule(), k -> new HashSet<>())
                              .add(p.sentence())));
    }

    /** Every sentence of the corpus (document:index) with the split its text falls in. */
    public Map<String, String> sentenceSplits() {
      return sentenceSplits;
    }

    public List<GoldSentence> gold() {
      return gold;
    }

    /**
     * Sentences the gold annotates twice with different facts ({@code doc@offset}), which no set
     * scores.
     */
    public List<String> unscored() {
      return unscored;
    }

    /**
     * Whether the prediction's sentence reaches past the gold sentence {@code g} into another gold
     * line (of any split) that lists its fact: a sentence stitched over a page break, or one the
     * gold cuts in two, states what either part's line lists, and a fact is false only where no
     * line of the text it was read from lists it.
     */
    private boolean listedAround(Predicted p, GoldSentence g) {
      for (GoldSentence o : goldByDoc.getOrDefault(p.doc(), List.of())) {
        boolean before = p.start() < g.span()[0] && o.span()[0] < g.span()[0];
        boolean after = p.end() > g.span()[1] && o.span()[1] > g.span()[1];
        if ((before || after)
            && p.start() < o.span()[1]
            && o.span()[0] < p.end()
            && o.facts().contains(p.fact())
            && sharesText(o.quote().replaceAll("[\\s\\u3000]+", ""), p.text())) {
          return true;
        }
      }
      return false;
    }

    /** The rules that fired, each with the sentences (document:index) it fired on. */
    public Map<String, Set<String>> ruleSentences() {
      return ruleSentences;
    }

    public Report score(Predicate<GoldSentence> which) {
      return score(which, r -> false);
    }

    /**
     * Scores the gold sentences {@code which} selects, as if the rules {@code dropped} selects did
     * not exist.
     */
    public Report score(Predicate<GoldSentence> which, Predicate<String> dropped) {
      Map<String, Score> byType = new TreeMap<>();
      RuleSet.TYPES.forEach(t -> byType.put(t, new Score()));
      Map<String, Score> byLanguage = new TreeMap<>();
      Score single = new Score();
      Score coref = new Score();
      Score known = new Score();
      Score linked = new Score();
      Map<String, Score> linkedByLanguage = new TreeMap<>();
      Map<String, Score> linkedByType = new TreeMap<>();
      Map<String, Integer> missCauses = new LinkedHashMap<>();
      MISS_CAUSES.forEach(c -> missCauses.put(c, 0));
      Map<String, Integer> falseCauses = new LinkedHashMap<>();
      FALSE_CAUSES.forEach(c -> falseCauses.put(c, 0));
      Map<String, int[]> falseCausesByType = new TreeMap<>();
      Map<String, Score> linkedByShape = new LinkedHashMap<>();
      SHAPES.forEach(c -> linkedByShape.put(c, new Score()));
      // per type, the misses between linked actors by what the rules read in their sentence
      Map<String, int[]> linkedMissesRead = new TreeMap<>();
      Map<String, int[]> trapsByLanguage = new TreeMap<>();
      Map<String, int[]> trapsByKind = new TreeMap<>();
      Map<String, int[]> dates = new LinkedHashMap<>();
      List.of("date", "since", "until").forEach(b -> dates.put(b, new int[2]));
      Set<String> gazetteer = org.cagraph.actors.Gazetteer.load().actors().keySet();
      List<Error> errors = new ArrayList<>();
      int sentences = 0;
      int facts = 0;
      int traps = 0;
      int trapsAsserted = 0;
      Set<String> falseSeen = new HashSet<>();
      for (GoldSentence g : gold) {
        if (!which.test(g)) {
          continue;
        }
        sentences++;
        Score lang = byLanguage.computeIfAbsent(g.language(), k -> new Score());
        String stripped = g.quote().replaceAll("[\\s\\u3000]+", "");
        List<Predicted> here =
            predictedByDoc.getOrDefault(g.doc(), List.of()).stream()
                .filter(
                    p ->
                        !dropped.test(p.rule())
                            && p.start() < g.span()[1]
                            && g.span()[0] < p.end()
                            && sharesText(stripped, p.text()))
                .toList();
        Set<Fact> said = new HashSet<>();
        here.forEach(p -> said.add(p.fact()));
        Set<String> inSentence = new HashSet<>();
        List<Linked> overlapping = new ArrayList<>();
        for (Linked l : linkedByDoc.getOrDefault(g.doc(), List.of())) {
          if (l.start() < g.span()[1] && g.span()[0] < l.end()) {
            inSentence.addAll(l.actors());
            overlapping.add(l);
          }
        }
        for (Fact f : g.facts()) {
          facts++;
          boolean hit = said.contains(f);
          Score part = g.coref().contains(f) ? coref : single;
          boolean inGazetteer = gazetteer.contains(f.s()) && gazetteer.contains(f.o());
          if (inGazetteer) {
            known.tp += hit ? 1 : 0;
            known.fn += hit ? 0 : 1;
          }
          List<String> shapes = List.of();
          if (inSentence.contains(f.s()) && inSentence.contains(f.o())) {
            Score ll = linkedByLanguage.computeIfAbsent(g.language(), k -> new Score());
            Score lt = linkedByType.computeIfAbsent(f.p(), k -> new Score());
            lt.tp += hit ? 1 : 0;
            lt.fn += hit ? 0 : 1;
            linked.tp += hit ? 1 : 0;
            linked.fn += hit ? 0 : 1;
            ll.tp += hit ? 1 : 0;
            ll.fn += hit ? 0 : 1;
            shapes =
                shapeOf(
                    f,
                    overlapping,
                    inSentence.size(),
                    stripped.codePointCount(0, stripped.length()));
            shapes = new ArrayList<>(shapes);
            String read = readHere(f, here);
            shapes.add(read);
            if (!hit) {
              linkedMissesRead.computeIfAbsent(f.p(), k -> new int[4])[SHAPES.indexOf(read) - 12]++;
            }
            for (String shape : shapes) {
              Score sh = linkedByShape.get(shape);
              sh.tp += hit ? 1 : 0;
              sh.fn += hit ? 0 : 1;
            }
          }
          if (hit) {
            byType.get(f.p()).tp++;
            lang.tp++;
            part.tp++;
            dated(f, g, here, dates, errors);
          } else {
            byType.get(f.p()).fn++;
            lang.fn++;
            part.fn++;
            String kind = part == coref ? "cmiss" : "miss";
            String fact = f.toString();
            List<String> unlinked =
                Stream.of(f.s(), f.o()).filter(a -> !inSentence.contains(a)).distinct().toList();
            if (!unlinked.isEmpty()) {
              kind = part == coref ? "cunln" : "unlnk";
              fact += " [" + String.join(" ", unlinked) + "]";
            } else {
              // where the two linked actors stand (across clauses, gap >40 …): --errors sorts by it
              fact +=
                  " {"
                      + String.join(
                          ", ", shapes.subList(0, Math.min(2, Math.max(0, shapes.size() - 1))))
                      + (shapes.isEmpty() ? "" : ", " + shapes.get(shapes.size() - 1))
                      + "}";
            }
            String cause =
                unlinked.isEmpty()
                    ? MISS_CAUSES.get(3)
                    : unlinked.stream().anyMatch(a -> !gazetteer.contains(a))
                        ? MISS_CAUSES.get(0)
                        : part == coref ? MISS_CAUSES.get(2) : MISS_CAUSES.get(1);
            missCauses.merge(cause, 1, Integer::sum);
            errors.add(new Error(kind, fact, g.doc(), g.quote()));
          }
        }
        for (Predicted p : here) {
          if (!g.facts().contains(p.fact())
              && !listedAround(p, g)
              && falseSeen.add(p.doc() + p.start() + p.fact())) {
            byType.computeIfAbsent(p.fact().p(), k -> new Score()).fp++;
            lang.fp++;
            String cause =
                falseCause(p.fact(), g, goldByDoc.getOrDefault(g.doc(), List.of()), gazetteer);
            falseCauses.merge(cause, 1, Integer::sum);
            falseCausesByType
                .computeIfAbsent(p.fact().p(), k -> new int[FALSE_CAUSES.size()])[
                FALSE_CAUSES.indexOf(cause)]++;
            errors.add(new Error("false", p.fact() + " <" + cause + ">", p.doc(), p.quote()));
          }
        }
        int[] lt = trapsByLanguage.computeIfAbsent(g.language(), k -> new int[2]);
        for (Fact t : g.traps()) {
          int[] kt = trapsByKind.computeIfAbsent(g.trapKinds().get(t), k -> new int[2]);
          traps++;
          lt[0]++;
          kt[0]++;
          if (said.contains(t)) {
            trapsAsserted++;
            lt[1]++;
            kt[1]++;
            errors.add(new Error("trap", t.toString(), g.doc(), g.quote()));
          }
        }
      }
      Score all = new Score();
      byType.values().forEach(all::add);
      return new Report(
          byType,
          all,
          errors,
          sentences,
          facts,
          byLanguage,
          single,
          coref,
          known,
          linked,
          traps,
          trapsAsserted,
          linkedByLanguage,
          trapsByLanguage,
          trapsByKind,
          linkedByType,
          missCauses,
          dates,
          linkedByShape,
          linkedMissesRead,
          falseCauses,
          falseCausesByType);
    }

    /**
     * The dates the gold gives a fact found ({@code date}, {@code since}, {@code until}), each
     * counted read right when a citation of the fact in this sentence carries a reading that agrees
     * with it ({@link Periods#agree}: 2001 and 2001-06-15 agree), of the bound's kind (a start for
     * since, an end for until, any for date). What time costs beyond extraction, on any text the
     * annotators dated.
     */
    private static void dated(
        Fact f,
        GoldSentence g,
        List<Predicted> here,
        Map<String, int[]> dates,
        List<Error> errors) {
      Map<String, String> stated = g.dates().getOrDefault(f, Map.of());
      for (Map.Entry<String, String> b : stated.entrySet()) {
        String kind = DATE_BOUNDS.get(b.getKey());
        List<TimeReading> read =
            here.stream()
                .filter(p -> p.fact().equals(f))
                .flatMap(p -> p.readings().stream())
                .toList();
        boolean right =
            read.stream()
                .anyMatch(
                    r ->
                        (kind.isEmpty() || kind.equals(r.kind()))
                            && r.date() != null
                            && Periods.agree(b.getValue(), r.date()));
        int[] c = dates.get(b.getKey());
        c[0]++;
        c[1] += right ? 1 : 0;
        if (!right) {
          errors.add(
              new Error(
                  "time",
                  f + ": " + b.getKey() + " " + b.getValue() + ", read " + describe(read),
                  g.doc(),
                  g.quote()));
        }
      }
    }

    private static String describe(List<TimeReading> read) {
      List<String> out = new ArrayList<>();
      read.forEach(r -> out.add(r.kind() + (r.date() == null ? "" : " " + r.date())));
      return out.isEmpty() ? "nothing" : String.join(", ", out);
    }
  }

  private Evaluation() {}

  /** A citation's time readings, as the statements file gives them (kind, and a date or null). */
  private static List<TimeReading> readings(JsonNode citation) {
    List<TimeReading> out = new ArrayList<>();
    for (JsonNode r : citation.path("readings")) {
      out.add(
          new TimeReading(
              r.path("kind").asText(),
              r.path("date").isTextual() ? r.path("date").asText() : null));
    }
    return out;
  }

  /**
   * Reads a gold file, the statements extracted from {@code corpus} and their sentences sidecar.
   * {@code set} names the split of every line ({@link Split#CHALLENGE}); null splits the lines into
   * train and dev by {@link Split#of}.
   */
  public static Material load(Path gold, Path statements, Path corpus, String set)
      throws IOException {
    Map<String, String> texts = Corpora.texts(corpus);
    Map<String, String> languages = Corpora.languages(corpus);
    GoldQuote finder = new GoldQuote(texts);
    Map<String, String> sentenceTexts = sentenceTexts(Export.sidecar(statements));
    List<GoldQuote.Annotated> annotated = finder.read(gold);
    Alignment aligned =
        alignDiscovered(
            gold.resolveSibling("actors-not-in-gazetteer.tsv"),
            statements,
            goldIdsByDoc(annotated.stream().map(GoldQuote.Annotated::line).toList()));
    Map<String, List<Linked>> linked = linked(Export.sidecar(statements), texts, aligned);
    Map<String, String> sentenceSplits = new HashMap<>();
    sentenceTexts.forEach(
        (id, text) ->
            sentenceSplits.put(
                id, set != null ? set : Split.of(id.substring(0, id.lastIndexOf(':')), text)));
    Map<String, List<Predicted>> predicted = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(statements, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        if (!"relation".equals(n.path("type").asText())) {
          continue;
        }
        for (JsonNode c : n.path("citations")) {
          if (c.path("endsOnly").asBoolean(false)) {
            continue; // a sentence that ends the relation (sanctions lifted) is no statement of it
          }
          String doc = c.get("doc").asText();
          Fact f =
              Fact.of(
                  aligned.of(doc, n.path("subject").asText()),
                  n.path("predicate").asText(),
                  aligned.of(doc, n.path("object").asText()),
                  n.path("role").isTextual() ? n.path("role").asText() : null);
          String t = texts.get(doc);
          if (t == null) {
            continue;
          }
          int s = t.offsetByCodePoints(0, c.get("start").asInt());
          int e = t.offsetByCodePoints(0, c.get("end").asInt());
          String quote = c.path("quote").asText();
          String sentence = c.path("sentence").asText();
          predicted
              .computeIfAbsent(doc, k -> new ArrayList<>())
              .add(
                  new Predicted(
                      doc,
                      s,
                      e,
                      f,
                      quote,
                      sentenceTexts.getOrDefault(sentence, quote).replaceAll("\\s+", ""),
                      sentence,
                      f.p() + "/" + c.path("rule").asText(),
                      readings(c)));
        }
      }
    }
    List<GoldSentence> gs = new ArrayList<>();
    for (GoldQuote.Annotated a : annotated) {
      JsonNode g = a.line();
      String quote = g.get("quote").asText();
      Set<Fact> facts = new LinkedHashSet<>();
      Set<Fact> coref = new HashSet<>();
      for (JsonNode f : g.path("facts")) {
        Fact fact = Fact.of(f);
        facts.add(fact);
        if (f.path("coref").asBoolean(false)) {
          coref.add(fact);
        }
      }
      // a fact stated plainly somewhere in the sentence needs no coreference, even if another
      // mention of it does
      for (JsonNode f : g.path("facts")) {
        if (!f.path("coref").asBoolean(false)) {
          coref.remove(Fact.of(f));
        }
      }
      Map<Fact, Map<String, String>> dates = new HashMap<>();
      for (JsonNode f : g.path("facts")) {
        for (String b : DATE_BOUNDS.keySet()) {
          if (f.path(b).isTextual()) {
            dates.computeIfAbsent(Fact.of(f), k -> new TreeMap<>()).put(b, f.path(b).asText());
          }
        }
      }
      Set<Fact> traps = new LinkedHashSet<>();
      Map<Fact, String> trapKinds = new HashMap<>();
      for (JsonNode t : g.path("traps")) {
        Fact trap = Fact.of(t);
        if (!facts.contains(trap)) {
          traps.add(trap);
          trapKinds.putIfAbsent(trap, t.path("kind").asText("other"));
        }
      }
      String split = set != null ? set : Split.of(a.doc(), quote);
      gs.add(
          new GoldSentence(
              a.doc(),
              a.span(),
              quote,
              facts,
              coref,
              traps,
              trapKinds,
              dates,
              split,
              Corpora.language(quote, languages.get(a.doc()))));
    }
    return new Material(gs, predicted, sentenceSplits, linked);
  }

  /**
   * One gold sentence per sentence of the text: a sentence annotated twice (two lines whose quote
   * finds the same span) counts once when the lines agree, and not at all when they list different
   * facts or traps, whose {@code doc@offset} goes to {@code unscored}: which line is right is for
   * an annotator to settle, not the scorer.
   */
  static List<GoldSentence> onceEach(List<GoldSentence> gold, List<String> unscored) {
    Map<String, List<GoldSentence>> bySpan = new LinkedHashMap<>();
    for (GoldSentence g : gold) {
      bySpan
          .computeIfAbsent(g.doc() + "@" + g.span()[0] + "@" + g.span()[1], k -> new ArrayList<>())
          .add(g);
    }
    List<GoldSentence> out = new ArrayList<>();
    bySpan.forEach(
        (key, lines) -> {
          GoldSentence first = lines.get(0);
          boolean agree =
              lines.stream()
                  .allMatch(
                      g -> g.facts().equals(first.facts()) && g.traps().equals(first.traps()));
          if (agree) {
            out.add(first);
          } else {
            unscored.add(key.substring(0, key.lastIndexOf('@')));
          }
        });
    return out;
  }

  /**
   * Discovered actors under the annotators' ids. {@link #of} gives, for an actor discovered in a
   * document, the gold id it counts as there: of the gold ids its names match, the one the
   * document's own gold lines use, else the one a match over every document gives.
   */
  record Alignment(
      Map<String, String> everywhere,
      Map<String, List<String>> candidates,
      Map<String, Set<String>> goldIdsByDoc) {

    /** The id {@code actor}, as extracted from {@code doc}, counts as. */
    String of(String doc, String actor) {
      String d = everywhere.get(actor);
      List<String> c = candidates.getOrDefault(actor, List.of());
      Set<String> used = goldIdsByDoc.getOrDefault(doc, Set.of());
      if (d != null && used.contains(d)) {
        return d;
      }
      for (String g : c) {
        if (used.contains(g)) {
          return g;
        }
      }
      return d != null ? d : actor;
    }
  }

  /** The actor ids each document's gold facts use (not its traps). */
  static Map<String, Set<String>> goldIdsByDoc(List<JsonNode> goldLines) {
    Map<String, Set<String>> out = new HashMap<>();
    for (JsonNode g : goldLines) {
      Set<String> ids = out.computeIfAbsent(g.path("doc").asText(), k -> new HashSet<>());
      for (JsonNode f : g.path("facts")) {
        ids.add(f.path("subject").asText());
        ids.add(f.path("object").asText());
      }
    }
    return out;
  }

  /**
   * Actors the gazetteer lacks get an id from the annotator ({@code actors-not-in-gazetteer.tsv}:
   * id, type, English name, the names written) and another from discovery (a romanised slug). A
   * discovered actor counts as the annotator's when one of its names is one of the annotator's
   * (compared without white space, quotes or case; else one holding the other when the shorter has
   * four characters or more, the longest such name of the annotators'): the relation was found with
   * the right actor under another id. One name may be the annotators' for two actors (the Astana
   * Declaration of the China–Central Asia summit and the SCO's): where the discovered actor's name
   * is exactly that name, a document whose gold facts use one of them means that one; elsewhere the
   * first listed. A name that only holds or is held by another picks no actor per document.
   */
  static Alignment alignDiscovered(
      Path goldActors, Path statements, Map<String, Set<String>> goldIdsByDoc) throws IOException {
    Map<String, String> out = new HashMap<>();
    Map<String, List<String>> candidates = new HashMap<>();
    if (!Files.isRegularFile(goldActors)) {
      return new Alignment(out, candidates, goldIdsByDoc);
    }
    Map<String, List<String>> byName = new LinkedHashMap<>();
    // the names a discovered name may hold or be held by: the English name without its bracketed
    // note (Kandym gas processing plant (Bukhara region) holds no Bukhara region: the note
    // describes, it does not name), every name written as it is
    Set<String> held = new HashSet<>();
    for (String line : Files.readAllLines(goldActors, StandardCharsets.UTF_8)) {
      String[] c = line.split("\t");
      if (line.startsWith("#") || c.length < 3) {
        continue;
      }
      String bare = NOTE.matcher(c[2]).replaceAll("").strip();
      List<String> names = new ArrayList<>(List.of(c[2], bare));
      if (c.length > 3) {
        names.addAll(List.of(c[3].split("\\|")));
      }
      for (int i = 0; i < names.size(); i++) {
        String k = nameKey(names.get(i));
        if (!k.isEmpty()) {
          List<String> ids = byName.computeIfAbsent(k, x -> new ArrayList<>());
          if (!ids.contains(c[0])) {
            ids.add(c[0]);
          }
          if (i > 0 || bare.equals(c[2].strip())) {
            held.add(k);
          }
        }
      }
    }
    try (BufferedReader r = Files.newBufferedReader(statements, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        if (!"actor".equals(n.path("type").asText()) || !n.path("discovered").asBoolean(false)) {
          continue;
        }
        String id = n.path("id").asText();
        for (JsonNode name : n.path("names")) {
          String k = nameKey(name.asText());
          if (k.isEmpty()) {
            continue;
          }
          List<String> exact = byName.get(k);
          if (exact != null) {
            out.put(id, exact.get(0));
            candidates.put(id, List.copyOf(exact));
            break;
          }
          // the longest of the annotators' names that holds this one or is held by it: the most
          // specific (an SCO summit in Samarkand is the summit, not the city)
          String near = null;
          int nearLength = 0;
          if (k.length() >= 4) {
            for (Map.Entry<String, List<String>> e : byName.entrySet()) {
              String g = e.getKey();
              if (g.length() >= 4
                  && g.length() > nearLength
                  && held.contains(g)
                  && (g.contains(k) || k.contains(g))) {
                near = e.getValue().get(0);
                nearLength = g.length();
              }
            }
          }
          if (near != null) {
            out.put(id, near);
            break;
          }
        }
      }
    }
    return new Alignment(out, candidates, goldIdsByDoc);
  }

  /** A bracketed note ending an annotator's English name: (Uzbekistan), (ratified 2011). */
  private static final java.util.regex.Pattern NOTE =
      java.util.regex.Pattern.compile("\\s*\\([^()]*\\)\\s*$");

  private static String nameKey(String name) {
    return org.cagraph.actors.Linker.key(name).replaceAll("[\\s《》「」『』〈〉“”\"'()（）.,·・-]+", "");
  }

  /** A sentence's span (chars of its document) and the actors linked in it, under gold ids. */
  record Linked(int start, int end, Set<String> actors, String text, List<Mention> mentions) {}

  /**
   * A linked mention inside its sentence's text (offsets as the sidecar writes them), under its
   * gold id.
   */
  record Mention(String actor, int begin, int end) {}

  private static final java.util.regex.Pattern CLAUSE_BREAK =
      java.util.regex.Pattern.compile("[，,;；:：。!?！？]");

  /**
   * The shapes a fact between two actors linked in the sentence has ({@link #SHAPES}): whether a
   * clause break (a comma, semicolon, colon, or a full stop the extractor split at) stands between
   * the nearest mentions of the two, or they are linked only in two sentences of its split, how
   * many characters part them, how many actors the sentence links, how long the sentence is.
   */
  static List<String> shapeOf(Fact f, List<Linked> sentences, int actors, int length) {
    int gap = Integer.MAX_VALUE;
    boolean oneClause = false;
    for (Linked l : sentences) {
      for (Mention a : l.mentions()) {
        if (!a.actor().equals(f.s())) {
          continue;
        }
        for (Mention b : l.mentions()) {
          if (!b.actor().equals(f.o()) || b == a) {
            continue;
          }
          Mention first = a.begin() <= b.begin() ? a : b;
          Mention second = first == a ? b : a;
          int from = Math.min(first.end(), second.begin());
          int g = Math.max(0, second.begin() - first.end());
          String between = between(l.text(), from, second.begin());
          boolean one = !CLAUSE_BREAK.matcher(between).find();
          if (g < gap || (g == gap && one)) {
            gap = g;
            oneClause = one;
          }
        }
      }
    }
    if (gap == Integer.MAX_VALUE) {
      // the two are linked only in different sentences of the extractor's split that the gold
      // sentence spans: no distance to measure
      return List.of(SHAPES.get(2));
    }
    List<String> out = new ArrayList<>();
    out.add(oneClause ? SHAPES.get(0) : SHAPES.get(1));
    out.add(gap <= 12 ? SHAPES.get(3) : gap <= 40 ? SHAPES.get(4) : SHAPES.get(5));
    out.add(actors <= 2 ? SHAPES.get(6) : actors <= 5 ? SHAPES.get(7) : SHAPES.get(8));
    out.add(length < 80 ? SHAPES.get(9) : length < 160 ? SHAPES.get(10) : SHAPES.get(11));
    return out;
  }

  /**
   * What the rules read in the fact's sentence ({@link #SHAPES}, the last four): a fact of its type
   * with one of its actors (a hit is one; a miss here lost an actor of a list or took the wrong
   * one), a fact of its type between other actors, facts of other types only, or nothing.
   */
  static String readHere(Fact f, List<Predicted> here) {
    boolean type = false;
    for (Predicted p : here) {
      Fact q = p.fact();
      if (q.p().equals(f.p())) {
        if (q.s().equals(f.s())
            || q.o().equals(f.o())
            || q.s().equals(f.o())
            || q.o().equals(f.s())) {
          return SHAPES.get(12);
        }
        type = true;
      }
    }
    return type ? SHAPES.get(13) : here.isEmpty() ? SHAPES.get(15) : SHAPES.get(14);
  }

  private static String between(String text, int begin, int end) {
    int b = Math.max(0, Math.min(begin, text.length()));
    return text.substring(b, Math.max(b, Math.min(end, text.length())));
  }

  /**
   * The sidecar's sentences with their linked mentions (coreference included), so that a miss can
   * be told apart as linking's (an actor of the fact not linked in its sentence) or the rules'.
   */
  private static Map<String, List<Linked>> linked(
      Path sidecar, Map<String, String> texts, Alignment aligned) throws IOException {
    Map<String, List<Linked>> out = new HashMap<>();
    if (!Files.isRegularFile(sidecar)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        String t = texts.get(n.path("doc").asText());
        if (!"sentence".equals(n.path("type").asText()) || t == null) {
          continue;
        }
        Set<String> actors = new HashSet<>();
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : n.path("mentions")) {
          String id = aligned.of(n.path("doc").asText(), m.path("actor").asText());
          actors.add(id);
          mentions.add(new Mention(id, m.path("begin").asInt(), m.path("end").asInt()));
        }
        out.computeIfAbsent(n.path("doc").asText(), k -> new ArrayList<>())
            .add(
                new Linked(
                    t.offsetByCodePoints(0, n.path("start").asInt()),
                    t.offsetByCodePoints(0, n.path("end").asInt()),
                    actors,
                    n.path("text").asText(),
                    mentions));
      }
    }
    return out;
  }

  private static Map<String, String> sentenceTexts(Path sidecar) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!Files.isRegularFile(sidecar)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        if ("sentence".equals(n.path("type").asText())) {
          out.put(n.get("id").asText(), n.get("text").asText());
        }
      }
    }
    return out;
  }

  /**
   * Whether a gold quote and a predicted sentence share a run of text (not just an enclosing span).
   */
  static boolean sharesText(String gold, String sentence) {
    int k = Math.min(8, Math.min(gold.length(), sentence.length()));
    if (k == 0) {
      return false;
    }
    for (int i = 0; i + k <= gold.length(); i += Math.max(1, k / 2)) {
      if (sentence.contains(gold.substring(i, i + k))) {
        return true;
      }
    }
    return false;
  }
}
