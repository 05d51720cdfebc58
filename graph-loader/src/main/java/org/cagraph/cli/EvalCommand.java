package org.cagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cagraph.eval.Evaluation;
import org.cagraph.eval.Evaluation.GoldSentence;
import org.cagraph.eval.Evaluation.Report;
import org.cagraph.eval.Evaluation.Score;
import org.cagraph.eval.LinkEvaluation;
import org.cagraph.eval.Split;
import org.cagraph.extract.Export;
import org.cagraph.extract.Extraction;
import org.cagraph.relations.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    description = {
      "Precision and recall of extraction on the papers' train and dev splits, on the challenge set and leaving each paper out,",
      "per relation type and per language. Rules are written from train only: dev and challenge figures are out-of-sample."
    })
final class EvalCommand implements Callable<Integer> {
  private static final String WRITTEN_TRAIN = "written-train";
  private static final String WRITTEN_DEV = "written-dev";
  private static final List<String> LANGUAGES = List.of("en", "ru", "zh-Hans", "zh-Hant");

  private static final List<String> SETS =
      List.of(Split.TRAIN, Split.DEV, WRITTEN_TRAIN, WRITTEN_DEV, Split.CHALLENGE);

  @Spec CommandSpec spec;

  @Mixin ExtractOptions opts;

  @Option(
      names = "--gold",
      description = "score one gold file over --corpus as a single set, instead of the splits")
  Path gold;

  @Option(
      names = "--statements",
      description = "score this statements file (of --corpus) instead of extracting again")
  Path statements;

  @Option(
      names = "--challenge",
      defaultValue = "data/challenge",
      description =
          "challenge set: a folder with corpus/ and relations.jsonl (default: ${DEFAULT-VALUE})")
  Path challenge;

  @Option(
      names = "--written",
      defaultValue = "data/written",
      description =
          "sentences written for development, split train/dev like the papers: corpus/ and relations.jsonl"
              + " (default: ${DEFAULT-VALUE})")
  Path written;

  @Option(
      names = "--set",
      split = ",",
      description =
          "only these sets: train, dev, written-train, written-dev, challenge (default: all)")
  List<String> only;

  @Option(
      names = "--language",
      split = ",",
      description =
          "score only the sentences of these languages: en, ru, zh-Hans, zh-Hant (default: all);"
              + " the tables and --errors are then of those sentences alone, without leave-one-paper-out")
  List<String> languages;

  @Option(
      names = "--errors",
      description =
          "list the misses, false hits and asserted traps of the sets shown;"
              + " without --set, of train and written-train only (dev and challenge are for measuring, not for writing rules)")
  boolean showErrors;

  @Option(
      names = "--rules",
      description = "for each rule, the sentences it fires on in train, dev and challenge")
  boolean rules;

  @Option(
      names = "--mentions",
      description =
          "also score actor linking against this gold file (e.g. data/gold/mentions.jsonl)")
  Path mentions;

  @Option(
      names = "--time",
      description =
          "only score time against data/time: as-of accuracy, conflict precision and"
              + " recall, and the reading of each dated sentence, on train and dev")
  boolean time;

  @Option(
      names = "--examples",
      description =
          "only run every rule's @example and @nearmiss lines (no CoreNLP, a few"
              + " seconds); exit 1 when one fails")
  boolean examples;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (examples) {
      Path scratch = Files.createTempDirectory("kg-examples-");
      List<String> failures = org.cagraph.relations.RuleExamples.failures(RuleSet.load(), scratch);
      Files.deleteIfExists(scratch);
      failures.forEach(out::println);
      out.printf(
          "%d examples and near misses, %d failing%n",
          RuleSet.load().examples().size(), failures.size());
      out.flush();
      return failures.isEmpty() ? 0 : 1;
    }
    if (languages != null) {
      for (String l : languages) {
        if (!LANGUAGES.contains(l)) {
          throw new UserError(
              "--language " + l + ": expected one of " + String.join(", ", LANGUAGES));
        }
      }
    }
    if (only != null) {
      for (String s : only) {
        if (!SETS.contains(s)) {
          throw new UserError("--set " + s + ": expected one of " + String.join(", ", SETS));
        }
      }
    }
    Path corpusStatements =
        statements != null ? existing(statements, "--statements") : extract(opts.run(spec));
    if (time) {
      timeTable(
          out,
          org.cagraph.eval.TimeEvaluation.run(
              existing(Paths.home().resolve("data/time"), "temporal gold"), corpusStatements));
      out.flush();
      return 0;
    }
    if (gold != null) {
      Evaluation.Material m =
          Evaluation.load(existing(gold, "--gold"), corpusStatements, opts.corpusDir(), null);
      unscored(out, gold.toString(), m);
      Report r = m.score(g -> true);
      if (showErrors) {
        errors(out, r);
      }
      out.printf("%s: %d sentences, %d facts%n", gold, r.goldSentences(), r.goldFacts());
      typeTable(out, List.of("gold"), List.of(r));
      out.flush();
      return 0;
    }
    Evaluation.Material papers =
        Evaluation.load(
            existing(Paths.home().resolve("data/gold/relations.jsonl"), "gold"),
            corpusStatements,
            opts.corpusDir(),
            null);
    Evaluation.Material chal = null;
    Path chalDir = challenge.isAbsolute() ? challenge : Paths.home().resolve(challenge);
    boolean wantChallenge = only == null || only.contains(Split.CHALLENGE);
    if (wantChallenge) {
      Path chalCorpus = existing(chalDir.resolve("corpus"), "--challenge");
      Path chalGold = existing(chalDir.resolve("relations.jsonl"), "--challenge");
      ExtractOptions co = opts.with(chalCorpus);
      chal = Evaluation.load(chalGold, extract(co.run(spec)), chalCorpus, Split.CHALLENGE);
    }
    Evaluation.Material wr = null;
    if (only == null || only.contains(WRITTEN_TRAIN) || only.contains(WRITTEN_DEV)) {
      Path dir = written.isAbsolute() ? written : Paths.home().resolve(written);
      Path wCorpus = existing(dir.resolve("corpus"), "--written");
      wr =
          Evaluation.load(
              existing(dir.resolve("relations.jsonl"), "--written"),
              extract(opts.with(wCorpus).run(spec)),
              wCorpus,
              null);
    }
    if (mentions != null) {
      LinkEvaluation.Report lr =
          LinkEvaluation.run(
              existing(mentions, "--mentions"), Export.sidecar(corpusStatements), opts.corpusDir());
      out.printf(
          Locale.ROOT,
          "linking (all five papers): tp %d fp %d fn %d  precision %.3f recall %.3f%n%n",
          lr.tp(),
          lr.fp(),
          lr.fn(),
          lr.precision(),
          lr.recall());
    }
    unscored(out, "data/gold/relations.jsonl", papers);
    unscored(out, "the written gold", wr);
    unscored(out, "the challenge gold", chal);
    if (rules) {
      ruleTable(out, papers, wr, chal);
      out.flush();
      return 0;
    }
    List<String> names = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    for (String set : only == null ? SETS : only) {
      Predicate<GoldSentence> language = g -> languages == null || languages.contains(g.language());
      if (set.equals(Split.CHALLENGE)) {
        names.add(set);
        reports.add(chal.score(language));
      } else if (set.startsWith("written-")) {
        names.add(set);
        String half = set.substring("written-".length());
        reports.add(wr.score(language.and(g -> g.split().equals(half))));
      } else {
        names.add(set);
        reports.add(papers.score(language.and(g -> g.split().equals(set))));
      }
    }
    if (showErrors) {
      for (int i = 0; i < names.size(); i++) {
        if (only != null
            || names.get(i).equals(Split.TRAIN)
            || names.get(i).equals(WRITTEN_TRAIN)) {
          out.println("== errors on " + names.get(i));
          errors(out, reports.get(i));
        }
      }
    }
    summary(out, names, reports);
    typeTable(out, names, reports);
    languageTable(out, names, reports);
    missTable(out, names, reports);
    falseTable(out, names, reports);
    shapeTable(out, names, reports);
    missesReadTable(out, names, reports);
    dateTable(out, names, reports);
    if (languages == null
        && (only == null || only.contains(Split.TRAIN) && only.contains(Split.DEV))) {
      leaveOnePaperOut(out, papers);
    }
    out.flush();
    return 0;
  }

  private void timeTable(
      PrintWriter out, Map<String, org.cagraph.eval.TimeEvaluation.Score> scores) {
    if (showErrors) {
      for (var e : scores.entrySet()) {
        if (only != null && only.contains(e.getKey()) || e.getKey().equals(Split.TRAIN)) {
          out.println("== time errors on " + e.getKey());
          e.getValue().errors().forEach(out::println);
          out.println();
        }
      }
    }
    out.println(
        "Time (data/time; train is in-sample: lexicons were written from it, dev is measured)");
    out.printf(
        "%-6s %9s %14s %14s %18s %12s %16s %14s %14s%n",
        "split",
        "as-of acc",
        "includes",
        "excludes",
        "excludes (extr.)",
        "questions",
        "conflicts P",
        "conflicts R",
        "events as conf.");
    for (var e : scores.entrySet()) {
      var s = e.getValue();
      out.printf(
          Locale.ROOT,
          "%-6s %9.3f %14s %14s %18s %12s %16s %14s %14s%n",
          e.getKey(),
          s.asOfAccuracy(),
          s.includesRight() + "/" + s.includes(),
          s.excludesRight() + "/" + s.excludes(),
          s.excludesOfExtractedRight() + "/" + s.excludesOfExtracted(),
          s.questionsRight() + "/" + s.questions(),
          s.conflictsGenuine() + "/" + s.conflictsReported(),
          s.goldConflictsFound() + "/" + s.goldConflicts(),
          s.notConflictsReported() + "/" + s.notConflicts());
    }
    out.printf(
        "%-6s %12s %12s %12s %12s%n", "split", "readings", "cited", "kind right", "date right");
    for (var e : scores.entrySet()) {
      var s = e.getValue();
      out.printf(
          "%-6s %12d %12d %12d %12d%n",
          e.getKey(), s.readings(), s.readingsCited(), s.readingKindRight(), s.readingDateRight());
    }
  }

  private static Path existing(Path p, String what) {
    Path f = p.isAbsolute() || Files.exists(p) ? p : Paths.home().resolve(p);
    if (!Files.exists(f)) {
      throw new UserError(what + " " + p + ": no such file or folder");
    }
    return f;
  }

  private static Path extract(Extraction.Result r) throws Exception {
    Path st = Files.createTempFile("kg-eval-", ".jsonl");
    Export.write(r, st);
    st.toFile().deleteOnExit();
    Export.sidecar(st).toFile().deleteOnExit();
    return st;
  }

  private static void errors(PrintWriter out, Report r) {
    for (Evaluation.Error e : r.errors()) {
      out.printf("%-5s %-55s %s  %s%n", e.kind(), e.fact(), e.doc(), errorQuote(e.quote()));
    }
    out.println();
  }

  /** A space next to a Han character or a fullwidth mark is a line break of the source. */
  private static final Pattern HAN_SPACE =
      Pattern.compile(
          "(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])\\s+"
              + "|\\s+(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])");

  /**
   * The quote of an error line, on one line and cut: the spaces of Latin and Cyrillic text are kept
   * (they were dropped, which made "Ukrainestoppedsendingdelegates" of an English line), and a line
   * without Han characters is given more characters, since its words are longer.
   */
  static String errorQuote(String quote) {
    String q = HAN_SPACE.matcher(quote.strip()).replaceAll("").replaceAll("\\s+", " ");
    int limit =
        q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            ? 90
            : 160;
    return q.codePointCount(0, q.length()) <= limit
        ? q
        : q.substring(0, q.offsetByCodePoints(0, limit));
  }

  private static String label(String set) {
    return switch (set) {
      case Split.TRAIN -> "train (in-sample: rules are written from it)";
      case Split.DEV -> "dev (out-of-sample: measured, never read for rules)";
      case WRITTEN_TRAIN -> "written-train (in-sample: sentences written for rule writers)";
      case WRITTEN_DEV -> "written-dev (out-of-sample: the same writers' other third)";
      case Split.CHALLENGE -> "challenge (out-of-sample: new text in four languages, with traps)";
      default -> set;
    };
  }

  /**
   * Recall on the facts whose two actors are linked in their sentence, by the shape of the sentence
   * ({@link Evaluation#SHAPES}): where the rules miss, on held-out sets too, without reading them.
   */
  private static void shapeTable(PrintWriter out, List<String> names, List<Report> reports) {
    out.println();
    out.println(
        "linked facts by shape: read/all and recall (where the rules miss what linking found)");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-16s", "shape"));
    names.forEach(n -> head.append(String.format(Locale.ROOT, " %18s", n)));
    out.println(head);
    for (String shape : Evaluation.SHAPES) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s", shape));
      for (Report r : reports) {
        Score s = r.linkedByShape().get(shape);
        line.append(
            String.format(
                Locale.ROOT,
                " %18s",
                String.format(Locale.ROOT, "%d/%d %.2f", s.tp, s.tp + s.fn, s.recall())));
      }
      out.println(line);
    }
    out.println(
        "one clause: no comma, semicolon, colon or full stop between the two nearest mentions; two"
            + " sentences: linked");
    out.println(
        "only in two sentences of the extractor's split; gap: characters between them; actors:"
            + " distinct actors linked");
    out.println(
        "in the sentence; length: characters of the sentence. What the rules read in the sentence:"
            + " a fact of its");
    out.println(
        "type with one of its actors (type+actor: a hit, or a miss that lost a list's actor or"
            + " took another), of its");
    out.println("type between other actors, of other types only, or nothing.");
  }

  /**
   * Per type, the misses between two linked actors by what the rules read in their sentence: of its
   * type with one of its actors, of its type between others, other types only, nothing. Where a
   * type goes unread on new text, its triggers are missing, not its arguments.
   */
  private static void missesReadTable(PrintWriter out, List<String> names, List<Report> reports) {
    out.println();
    out.println(
        "linked misses by what the sentence read: type+actor / type / other type / nothing");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-26s", "type"));
    names.forEach(n -> head.append(String.format(Locale.ROOT, " %16s", n)));
    out.println(head);
    java.util.Set<String> types = new java.util.TreeSet<>();
    reports.forEach(r -> types.addAll(r.linkedMissesRead().keySet()));
    int[][] all = new int[reports.size()][4];
    for (String t : types) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s", t));
      for (int i = 0; i < reports.size(); i++) {
        int[] c = reports.get(i).linkedMissesRead().getOrDefault(t, new int[4]);
        for (int k = 0; k < 4; k++) {
          all[i][k] += c[k];
        }
        line.append(
            String.format(
                Locale.ROOT,
                " %16s",
                String.format(Locale.ROOT, "%d/%d/%d/%d", c[0], c[1], c[2], c[3])));
      }
      out.println(line);
    }
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s", "all"));
    for (int[] c : all) {
      line.append(
          String.format(
              Locale.ROOT,
              " %16s",
              String.format(Locale.ROOT, "%d/%d/%d/%d", c[0], c[1], c[2], c[3])));
    }
    out.println(line);
  }

  /**
   * A table of causes: a blank line, a head (the label, all, each cause right-aligned in {@code
   * width}), then one row a set with its total and each cause's cell.
   */
  private static void causeRows(
      PrintWriter out,
      String label,
      List<String> causes,
      int width,
      List<String> names,
      List<Report> reports,
      java.util.function.ToIntFunction<Report> total,
      java.util.function.BiFunction<Report, String, String> cell) {
    out.println();
    String col = " %" + width + "s";
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-14s %6s", label, "all"));
    causes.forEach(c -> head.append(String.format(Locale.ROOT, col, c)));
    out.println(head);
    for (int i = 0; i < names.size(); i++) {
      Report r = reports.get(i);
      StringBuilder line =
          new StringBuilder(
              String.format(Locale.ROOT, "%-14s %6d", names.get(i), total.applyAsInt(r)));
      for (String c : causes) {
        line.append(String.format(Locale.ROOT, col, cell.apply(r, c)));
      }
      out.println(line);
    }
  }

  /**
   * Each set's false hits by cause ({@link Evaluation#FALSE_CAUSES}): where precision is lost; then
   * per type, each set's counts in the same order.
   */
  private static void falseTable(PrintWriter out, List<String> names, List<Report> reports) {
    causeRows(
        out,
        "false hits",
        Evaluation.FALSE_CAUSES,
        16,
        names,
        reports,
        r -> r.overall().fp,
        (r, c) -> String.valueOf(r.falseCauses().getOrDefault(c, 0)));
    out.println();
    out.println("false hits by type and cause: " + String.join(" / ", Evaluation.FALSE_CAUSES));
    StringBuilder typeHead = new StringBuilder(String.format(Locale.ROOT, "%-26s", "type"));
    names.forEach(n -> typeHead.append(String.format(Locale.ROOT, " %24s", n)));
    out.println(typeHead);
    java.util.Set<String> types = new java.util.TreeSet<>();
    reports.forEach(r -> types.addAll(r.falseCausesByType().keySet()));
    int n = Evaluation.FALSE_CAUSES.size();
    for (String t : types) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s", t));
      for (Report r : reports) {
        int[] c = r.falseCausesByType().getOrDefault(t, new int[n]);
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < n; k++) {
          cell.append(k == 0 ? "" : "/").append(c[k]);
        }
        line.append(String.format(Locale.ROOT, " %24s", cell));
      }
      out.println(line);
    }
  }

  /** Each set's misses by cause ({@link Evaluation#MISS_CAUSES}): where recall is lost. */
  private static void missTable(PrintWriter out, List<String> names, List<Report> reports) {
    causeRows(
        out,
        "misses",
        Evaluation.MISS_CAUSES,
        22,
        names,
        reports,
        r -> r.overall().fn,
        (r, c) -> {
          int n = r.missCauses().getOrDefault(c, 0);
          return String.format(
              Locale.ROOT,
              "%d (%.0f%%)",
              n,
              r.overall().fn == 0 ? 0.0 : 100.0 * n / r.overall().fn);
        });
    out.println(
        "name never seen: an actor of the fact the gazetteer lacks, not discovered; known, not linked: a"
            + " gazetteer actor");
    out.println(
        "not linked where the fact is stated plainly (a spelling it lacks); reference unresolved: the"
            + " same where the fact");
    out.println(
        "needs 兩國, 該組織, it, a group's members; linked, no rule: both actors linked, no rule read"
            + " the fact.");
  }

  /**
   * The dates the annotators gave the facts found (date, since, until), and how many of them the
   * facts' time readings carry: time on text no time lexicon was written from.
   */
  private static void dateTable(PrintWriter out, List<String> names, List<Report> reports) {
    out.println();
    out.printf("%-14s %14s %14s %14s%n", "dates of facts", "date", "since", "until");
    for (int i = 0; i < names.size(); i++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", names.get(i)));
      for (int[] c : reports.get(i).dates().values()) {
        line.append(
            String.format(
                Locale.ROOT,
                " %14s",
                c[0] == 0
                    ? "-"
                    : String.format(Locale.ROOT, "%d/%d %.2f", c[1], c[0], (double) c[1] / c[0])));
      }
      out.println(line);
    }
    out.println(
        "the dates the gold gives the facts found, read right by the fact's time reading in that"
            + " sentence (since: a start,");
    out.println(
        "until: an end, date: any; 2001 and 2001-06 agree). `kg eval --errors` lists the others as"
            + " `time`.");
  }

  private static void summary(PrintWriter out, List<String> names, List<Report> reports) {
    out.printf(
        "%-68s %9s %9s %6s %6s %6s %8s %8s %8s %7s %8s %10s%n",
        "set",
        "sentences",
        "facts",
        "P",
        "R",
        "F1",
        "R single",
        "R coref",
        "R known",
        "linked",
        "R linked",
        "traps hit");
    for (int i = 0; i < names.size(); i++) {
      Report r = reports.get(i);
      out.printf(
          Locale.ROOT,
          "%-68s %9d %9d %6.3f %6.3f %6.3f %8.3f %8s %8.3f %7.3f %8.3f %10s%n",
          label(names.get(i)),
          r.goldSentences(),
          r.goldFacts(),
          r.overall().precision(),
          r.overall().recall(),
          r.overall().f1(),
          r.single().recall(),
          r.coref().tp + r.coref().fn == 0
              ? "-"
              : String.format(Locale.ROOT, "%.3f", r.coref().recall()),
          r.known().recall(),
          r.goldFacts() == 0 ? 0.0 : (double) (r.linked().tp + r.linked().fn) / r.goldFacts(),
          r.linked().recall(),
          r.traps() == 0 ? "-" : r.trapsAsserted() + "/" + r.traps());
    }
    out.println(
        "R single: facts stated in one sentence; R coref: facts needing 兩國, 該組織, 哈、烏、吉, a group's members;");
    out.println(
        "R known: facts between actors the gazetteer holds; linked: the share of facts whose two actors are linked in their");
    out.println(
        "sentence (names, discovery, coreference); R linked: recall on those, what the rules miss where linking did its part;");
    out.println("traps hit: relations a sentence mentions but does not state,");
    out.println(
        "asserted anyway (negated, planned, ended, observer only, reversed, co-mentioned).");
    out.println();
    out.println("traps hit by kind (asserted / annotated)");
    for (int i = 0; i < names.size(); i++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-13s", names.get(i)));
      reports
          .get(i)
          .trapsByKind()
          .forEach(
              (kind, n) ->
                  line.append(' ').append(kind).append(' ').append(n[1]).append('/').append(n[0]));
      out.println(line);
    }
    out.println();
  }

  private static void typeTable(PrintWriter out, List<String> names, List<Report> reports) {
    StringBuilder h = new StringBuilder(String.format("%-26s", "type"));
    for (String n : names) {
      h.append(String.format(" | %-22s", n + " tp/fp/fn P R"));
    }
    out.println(h);
    Set<String> types = new TreeSet<>(RuleSet.TYPES);
    for (String t : types) {
      StringBuilder row = new StringBuilder(String.format("%-26s", t));
      for (Report r : reports) {
        row.append(cell(r.byType().getOrDefault(t, new Score())));
      }
      out.println(row);
    }
    StringBuilder row = new StringBuilder(String.format("%-26s", "overall"));
    reports.forEach(r -> row.append(cell(r.overall())));
    out.println(row);
    out.println();
    // where the misses lie: the share of each type's facts whose two actors are linked in their
    // sentence, and recall on those (a low share is linking's work, a low recall the rules')
    StringBuilder lh = new StringBuilder(String.format("%-26s", "linked share, R linked"));
    names.forEach(n -> lh.append(String.format(" | %-22s", n)));
    out.println(lh);
    for (String t : types) {
      StringBuilder lr = new StringBuilder(String.format("%-26s", t));
      for (Report r : reports) {
        Score all = r.byType().getOrDefault(t, new Score());
        Score l = r.linkedByType().getOrDefault(t, new Score());
        int n = all.tp + all.fn;
        lr.append(
            String.format(
                Locale.ROOT,
                " | %5.2f %5.2f %10s",
                n == 0 ? 0.0 : (double) (l.tp + l.fn) / n,
                l.recall(),
                ""));
      }
      out.println(lr);
    }
    out.println();
  }

  private static String cell(Score s) {
    return String.format(
        Locale.ROOT, " | %3d/%2d/%3d %5.2f %5.2f", s.tp, s.fp, s.fn, s.precision(), s.recall());
  }

  private static void languageTable(PrintWriter out, List<String> names, List<Report> reports) {
    out.printf(
        "%-13s %-8s %5s %5s %5s %6s %6s %7s %8s %10s%n",
        "set", "language", "tp", "fp", "fn", "P", "R", "linked", "R linked", "traps hit");
    for (int i = 0; i < names.size(); i++) {
      Report r = reports.get(i);
      for (Map.Entry<String, Score> e : r.byLanguage().entrySet()) {
        Score s = e.getValue();
        Score l = r.linkedByLanguage().getOrDefault(e.getKey(), new Score());
        int[] t = r.trapsByLanguage().getOrDefault(e.getKey(), new int[2]);
        out.printf(
            Locale.ROOT,
            "%-13s %-8s %5d %5d %5d %6.3f %6.3f %7.3f %8.3f %10s%n",
            names.get(i),
            e.getKey(),
            s.tp,
            s.fp,
            s.fn,
            s.precision(),
            s.recall(),
            s.tp + s.fn == 0 ? 0.0 : (double) (l.tp + l.fn) / (s.tp + s.fn),
            l.recall(),
            t[0] == 0 ? "-" : t[1] + "/" + t[0]);
      }
    }
    out.println();
  }

  /**
   * Each paper scored twice: with every rule, and without the rules that fire on no other paper's
   * sentences (the rules it alone could have been written from). The gap is how much its figure
   * owes to rules fitted to it.
   */
  private static void leaveOnePaperOut(PrintWriter out, Evaluation.Material papers) {
    Map<String, Set<String>> fired = papers.ruleSentences();
    Set<String> docs = new TreeSet<>();
    papers.gold().forEach(g -> docs.add(g.doc()));
    out.println(
        "leave one paper out: each paper without the rules that fire only on it (train and dev together)");
    out.printf(
        "%-22s %6s %6s %6s | %6s %6s %6s  %s%n",
        "paper", "P", "R", "F1", "P", "R", "F1", "rules dropped");
    Score allRules = new Score();
    Score without = new Score();
    for (String doc : docs) {
      Predicate<GoldSentence> mine = g -> g.doc().equals(doc);
      Set<String> own = new TreeSet<>();
      fired.forEach(
          (rule, sentences) -> {
            if (sentences.stream().allMatch(s -> s.startsWith(doc + ":"))) {
              own.add(rule);
            }
          });
      Report a = papers.score(mine);
      Report b = papers.score(mine, own::contains);
      allRules.tp += a.overall().tp;
      allRules.fp += a.overall().fp;
      allRules.fn += a.overall().fn;
      without.tp += b.overall().tp;
      without.fp += b.overall().fp;
      without.fn += b.overall().fn;
      out.printf(
          Locale.ROOT,
          "%-22s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f  %d%n",
          doc,
          a.overall().precision(),
          a.overall().recall(),
          a.overall().f1(),
          b.overall().precision(),
          b.overall().recall(),
          b.overall().f1(),
          own.size());
    }
    out.printf(
        Locale.ROOT,
        "%-22s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n%n",
        "all papers",
        allRules.precision(),
        allRules.recall(),
        allRules.f1(),
        without.precision(),
        without.recall(),
        without.f1());
  }

  /** One line naming the sentences a gold file annotates twice with different facts. */
  private static void unscored(PrintWriter out, String what, Evaluation.Material m) {
    if (m != null && !m.unscored().isEmpty()) {
      out.printf(
          "%s annotates %d sentence(s) twice with different facts; left unscored until the lines"
              + " agree: %s%n%n",
          what, m.unscored().size(), String.join(", ", m.unscored()));
    }
  }

  /**
   * How many sentences each rule fires on in each set; rules that never fire, and those that fire
   * on one only.
   */
  private static void ruleTable(
      PrintWriter out,
      Evaluation.Material papers,
      Evaluation.Material written,
      Evaluation.Material chal) {
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, String> trainSentence = new HashMap<>(); // a rule's (last) train sentence
    RuleSet.load().ruleNames().forEach(r -> counts.put(r, new int[3]));
    for (Evaluation.Material m : written == null ? List.of(papers) : List.of(papers, written)) {
      Map<String, String> splitOf = m.sentenceSplits();
      m.ruleSentences()
          .forEach(
              (rule, sentences) ->
                  sentences.forEach(
                      s -> {
                        boolean train = Split.TRAIN.equals(splitOf.get(s));
                        counts.computeIfAbsent(rule, k -> new int[3])[train ? 0 : 1]++;
                        if (train) {
                          trainSentence.put(rule, s);
                        }
                      }));
    }
    if (chal != null) {
      chal.ruleSentences()
          .forEach(
              (rule, sentences) ->
                  counts.computeIfAbsent(rule, k -> new int[3])[2] += sentences.size());
    }
    out.println(
        "sentences each rule fires on; train and dev count the papers' and the written sentences together");
    out.printf("%-48s %6s %6s %9s %6s%n", "rule", "train", "dev", "challenge", "all");
    int single = 0;
    int never = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      int all = c[0] + c[1] + c[2];
      single += all == 1 ? 1 : 0;
      never += all == 0 ? 1 : 0;
      // a single that fires in train names its sentence, for whoever folds it (held-out sentences
      // stay unnamed)
      String mark =
          all == 0
              ? "  never"
              : all > 1
                  ? ""
                  : c[0] == 1 ? "  single  " + trainSentence.get(e.getKey()) : "  single";
      out.printf("%-48s %6d %6d %9d %6d%s%n", e.getKey(), c[0], c[1], c[2], all, mark);
    }
    out.printf(
        Locale.ROOT,
        "%n%d rules: %d fire on one sentence only (%.1f%%), %d on none%n",
        counts.size(),
        single,
        100.0 * single / Math.max(1, counts.size()),
        never);
  }
}
