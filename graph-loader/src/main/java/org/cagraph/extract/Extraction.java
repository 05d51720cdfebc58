package org.cagraph.extract;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.actors.Actor;
import org.cagraph.actors.Discovery;
import org.cagraph.actors.Gazetteer;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.AnnotationCache;
import org.cagraph.nlp.NlpPipeline;
import org.cagraph.relations.Aggregator;
import org.cagraph.relations.Citation;
import org.cagraph.relations.Relation;
import org.cagraph.relations.RuleEngine;
import org.cagraph.relations.RuleSet;
import org.cagraph.relations.Statement;
import org.cagraph.text.BadInputException;
import org.cagraph.text.DocumentReader;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;
import org.cagraph.text.SourceDocument;

/** corpus → text → nlp → actors → relations, for any folder of papers. */
public final class Extraction {

  /** How to run: threads for CoreNLP; keepGoing lets good papers through past bad ones. */
  public record Options(
      int threads, boolean keepGoing, long maxBytes, PrintStream progress, Path nlpCache) {
    public static Options defaults() {
      return new Options(
          Runtime.getRuntime().availableProcessors(),
          false,
          DocumentReader.DEFAULT_MAX_BYTES,
          null,
          null);
    }
  }

  /** Everything extraction produced; {@code errors} holds one line per paper that was refused. */
  public record Result(
      List<Paper> papers,
      Map<String, DocumentInfo> documents,
      Map<String, List<Mention>> mentions,
      Map<String, Actor> actors,
      List<Statement> statements,
      List<Relation> relations,
      List<String> errors,
      Timings timings) {}

  /** Wall time per stage, in nanoseconds. */
  public record Timings(long read, long nlp, long link, long relations, long total) {
    public double outsideNlpShare() {
      return total == 0 ? 0 : (double) (total - nlp) / total;
    }
  }

  /** Thrown when a paper is refused and keepGoing is off: nothing has been extracted. */
  public static final class RefusedInput extends Exception {
    private final List<String> lines;

    public RefusedInput(List<String> lines) {
      super(String.join("\n", lines));
      this.lines = lines;
    }

    public List<String> lines() {
      return lines;
    }
  }

  private Extraction() {}

  public static Result run(Path corpusDir, List<Path> files, Options o) throws RefusedInput {
    long t0 = System.nanoTime();
    List<String> errors = new ArrayList<>();
    Manifest manifest;
    try {
      manifest = Manifest.read(corpusDir);
    } catch (BadInputException e) {
      manifest = null;
      errors.add(e.getMessage());
    }
    List<Paper> papers = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    DocumentReader reader = new DocumentReader(o.maxBytes());
    for (Path f : files) {
      String id = DocumentReader.idOf(f);
      if (seen.containsKey(id)) {
        errors.add(
            f + ": document id " + id + " is already taken by " + seen.get(id).getFileName());
        continue;
      }
      seen.put(id, f);
      try {
        SourceDocument doc = reader.read(f);
        papers.add(Paper.of(doc));
      } catch (BadInputException e) {
        errors.add(e.getMessage());
      }
    }
    if (!errors.isEmpty() && !o.keepGoing()) {
      throw new RefusedInput(errors);
    }
    Map<String, DocumentInfo> docs = new LinkedHashMap<>();
    for (Paper p : papers) {
      docs.put(p.id(), documentInfo(manifest, p.id(), p.source().path().getFileName().toString()));
    }
    long t1 = System.nanoTime();

    List<AnnotatedSentence> annotated = annotate(papers, o);
    long t2 = System.nanoTime();

    Gazetteer gaz = Gazetteer.load();
    Linker base = new Linker(gaz);
    Map<String, List<Mention>> first = link(base, papers);
    Discovery discovery = new Discovery(gaz, base); // the same names: one linker built, not two
    for (AnnotatedSentence a : annotated) {
      discovery.observe(a, first.get(a.sentence().id()));
    }
    Gazetteer extended = gaz.with(discovery.actors()).with(discovery.spellings());
    Map<String, List<Mention>> mentions = link(new Linker(extended), papers);
    long t3 = System.nanoTime();

    RuleEngine engine = new RuleEngine(RuleSet.load(), extended::get);
    Map<String, AnnotatedSentence> parsed = new HashMap<>();
    annotated.forEach(a -> parsed.put(a.sentence().id(), a));
    List<Statement> statements = new ArrayList<>();
    for (Paper p : papers) {
      statements.addAll(statements(engine, p, docs.get(p.id()), parsed::get, mentions::get));
    }
    Map<String, SourceDocument> sources = new HashMap<>();
    papers.forEach(p -> sources.put(p.id(), p.source()));
    List<Relation> relations =
        Aggregator.aggregate(statements, st -> cite(st, sources.get(st.sentence().docId())));
    long t4 = System.nanoTime();
    return new Result(
        List.copyOf(papers),
        docs,
        mentions,
        extended.actors(),
        List.copyOf(statements),
        relations,
        List.copyOf(errors),
        new Timings(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0));
  }

  /**
   * What the manifest says about a paper, or its file name as title when the manifest (or the
   * paper's entry) is missing.
   */
  public static DocumentInfo documentInfo(Manifest manifest, String id, String fileName) {
    DocumentInfo d = manifest == null ? null : manifest.info(id, fileName);
    return d != null
        ? d
        : new DocumentInfo(id, fileName, fileName, List.of(), null, null, null, null, List.of());
  }

  /**
   * The statements of one paper, sentence by sentence in file order; the rules keep state across a
   * paper's sentences.
   */
  public static List<Statement> statements(
      RuleEngine engine,
      Paper p,
      DocumentInfo d,
      java.util.function.Function<String, AnnotatedSentence> parsed,
      java.util.function.Function<String, List<Mention>> mentions) {
    List<Statement> out = new ArrayList<>();
    RuleEngine.PaperState state = new RuleEngine.PaperState(d.date(), p.source().text());
    for (Sentence s : p.sentences()) {
      out.addAll(engine.extract(s, parsed.apply(s.id()), mentions.apply(s.id()), state));
    }
    return out;
  }

  /**
   * The CoreNLP pipeline of this JVM, with the gazetteer's RegexNER stage: built by the first
   * caller, then shared.
   */
  public static NlpPipeline nlp() {
    return NlpPipeline.shared(regexNerMapping());
  }

  /** CoreNLP over every sentence not already in the cache, on the configured threads. */
  private static List<AnnotatedSentence> annotate(List<Paper> papers, Options o) {
    AnnotationCache cache = o.nlpCache() == null ? null : new AnnotationCache(o.nlpCache());
    Map<String, List<AnnotatedSentence>> done = new HashMap<>();
    List<Paper> todo = new ArrayList<>();
    for (Paper p : papers) {
      var hit = cache == null ? java.util.Optional.<List<AnnotatedSentence>>empty() : cache.get(p);
      if (hit.isPresent()) {
        done.put(p.id(), hit.get());
      } else {
        todo.add(p);
      }
    }
    List<Sentence> all = todo.stream().flatMap(p -> p.sentences().stream()).toList();
    if (!all.isEmpty()) {
      long chars = all.stream().mapToLong(s -> s.text().length()).sum();
      Progress bar = new Progress("CoreNLP", chars, o.progress());
      List<AnnotatedSentence> fresh = nlp().annotateAll(all, o.threads(), bar::add);
      int k = 0;
      for (Paper p : todo) {
        List<AnnotatedSentence> mine = fresh.subList(k, k + p.sentences().size());
        k += p.sentences().size();
        done.put(p.id(), mine);
        if (cache != null) {
          cache.put(p, mine);
        }
      }
    }
    return papers.stream().flatMap(p -> done.get(p.id()).stream()).toList();
  }

  private static Path regexNerMapping() {
    try {
      Path f = java.nio.file.Files.createTempFile("kg-regexner-", ".tsv");
      f.toFile().deleteOnExit();
      java.nio.file.Files.writeString(f, Gazetteer.load().regexNerMapping());
      return f;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, List<Mention>> link(Linker linker, List<Paper> papers) {
    Map<String, List<Mention>> out = new HashMap<>();
    for (Paper p : papers) {
      List<List<Mention>> per = linker.link(p.sentences());
      for (int i = 0; i < p.sentences().size(); i++) {
        out.put(p.sentences().get(i).id(), per.get(i));
      }
    }
    return out;
  }

  /**
   * The citation of a statement: its sentence, quoted exactly from the original file, in code
   * points.
   */
  public static Citation cite(Statement st, SourceDocument doc) {
    Sentence s = st.sentence();
    return new Citation(
        s.docId(),
        s.id(),
        doc.codePoint(s.start()),
        doc.codePoint(s.end()),
        s.original(doc),
        st.rule(),
        st.readings());
  }
}
